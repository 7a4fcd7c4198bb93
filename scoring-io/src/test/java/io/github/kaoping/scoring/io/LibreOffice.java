package io.github.kaoping.scoring.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * A real spreadsheet program for tests: LibreOffice, run headless to convert a file, which it must
 * open to do so. Tests that need it are skipped, with the reason, where it is not installed ({@code
 * apt-get install libreoffice-calc-nogui}; {@code .ci/run} installs it).
 */
public final class LibreOffice {

  private LibreOffice() {}

  /** The {@code soffice} program, if installed: on the PATH or where Debian puts it. */
  public static Optional<Path> soffice() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "soffice");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    Path debian = Path.of("/usr/bin/soffice");
    return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
  }

  /** Skips the calling test, saying why, unless LibreOffice is installed. */
  public static Path require() {
    Optional<Path> soffice = soffice();
    assumeTrue(
        soffice.isPresent(),
        "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    return soffice.orElseThrow();
  }

  /**
   * Converts a file with LibreOffice, which opens it to do so.
   *
   * @param file the file; a CSV file is read as UTF-8, comma-separated, with formulas evaluated (as
   *     Excel opens CSV), so that a cell that would run as a formula shows as one
   * @param format the target, as {@code soffice --convert-to} takes it: {@code xlsx}, {@code csv},
   *     or a filter with options such as {@code csv:Text - txt - csv
   *     (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1} (every sheet to its own file)
   * @param dir the directory to write into; LibreOffice's profile is kept there too
   * @return the files written, by name
   * @throws IOException if it cannot run or writes nothing
   */
  public static List<Path> convert(Path file, String format, Path dir)
      throws IOException, InterruptedException {
    Path soffice = require();
    Path out = Files.createDirectories(dir.resolve("out"));
    Path log = dir.resolve("soffice.log");
    List<String> command = new ArrayList<>();
    command.add(soffice.toString());
    command.add("-env:UserInstallation=" + dir.resolve("profile").toUri());
    command.add("--headless");
    command.add("--norestore");
    if (file.getFileName().toString().endsWith(".csv")) {
      // separator ',', quote '"', UTF-8 (76), from line 1, evaluate formulas (token 13)
      command.add("--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true");
    }
    command.addAll(List.of("--convert-to", format, "--outdir", out.toString(), file.toString()));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("LibreOffice did not finish converting " + file);
    }
    try (var files = Files.list(out)) {
      List<Path> written = files.sorted().toList();
      if (p.exitValue() != 0 || written.isEmpty()) {
        throw new IOException(
            "LibreOffice failed to convert "
                + file
                + " (exit "
                + p.exitValue()
                + "): "
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return written;
    }
  }

  /**
   * One cell of a sheet as LibreOffice saved it.
   *
   * @param ref the cell, such as {@code B2}
   * @param type the cell type: {@code s} or {@code str} or {@code inlineStr} for text, {@code n}
   *     for a number, {@code b} for a boolean, {@code e} for an error
   * @param formula the formula, or null if the cell holds a value
   * @param value the value shown: the text, or the number as written
   */
  record Cell(String ref, String type, @Nullable String formula, String value) {
    boolean isText() {
      return formula == null
          && (type.equals("s") || type.equals("str") || type.equals("inlineStr"));
    }
  }

  private static final Pattern CELL =
      Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>(.*?)</c>)", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("\\bt=\"(\\w+)\"");
  private static final Pattern FORMULA = Pattern.compile("<f[^>]*>(.*?)</f>", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
  private static final Pattern SHARED = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);

  /** The cells of the first sheet of an xlsx workbook, by reference, in the order saved. */
  static Map<String, Cell> firstSheet(Path xlsx) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      List<String> shared = new ArrayList<>();
      String strings = entry(zip, "xl/sharedStrings.xml");
      if (strings != null) {
        Matcher si = SHARED.matcher(strings);
        while (si.find()) {
          StringBuilder text = new StringBuilder();
          Matcher t = TEXT.matcher(si.group(1));
          while (t.find()) {
            text.append(unescape(t.group(1)));
          }
          shared.add(text.toString());
        }
      }
      String sheet = entry(zip, "xl/worksheets/sheet1.xml");
      if (sheet == null) {
        throw new IOException(xlsx + " has no first sheet");
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      Matcher c = CELL.matcher(sheet);
      while (c.find()) {
        String body = c.group(4) == null ? "" : c.group(4);
        Matcher type = TYPE.matcher(c.group(2));
        String t = type.find() ? type.group(1) : "n";
        Matcher f = FORMULA.matcher(body);
        Matcher v = VALUE.matcher(body);
        String value = v.find() ? unescape(v.group(1)) : "";
        if (t.equals("s") && !value.isEmpty()) {
          value = shared.get(Integer.parseInt(value));
        }
        cells.put(
            c.group(1), new Cell(c.group(1), t, f.find() ? unescape(f.group(1)) : null, value));
      }
      return cells;
    }
  }

  private static @Nullable String entry(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
