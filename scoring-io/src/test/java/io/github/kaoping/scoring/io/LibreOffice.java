package io.github.kaoping.scoring.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
   * @param file the file
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
    Process p =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
                out.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
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
}
