package io.github.kaoping.scoring.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.InvalidFileException;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The facts readers of {@link ParseBenchmark} as a plain loop, for counting instructions under
 * callgrind as {@link SideBySideLoop} does for the scorers ({@code LOOP=ReadLoop
 * benchmarks/callgrind.sh} runs it): the same generated yueyang units (seed 2024) written once as a
 * facts file in one format and held in memory as text, then read whole a number of passes to warm
 * up and a number to measure. Reading from a string leaves out the file system, which the baseline
 * and the library would pay alike.
 *
 * <p>Readers, as {@code FORMAT:READER} with FORMAT {@code json}, {@code yaml}, {@code csv} (a row
 * per unit) or {@code csvrows} (CSV a row per fact):
 *
 * <ul>
 *   <li>{@code library}: the library's facts reader, every unit read to {@code UnitFacts} with
 *       every check of the format, without the calculator's check ({@code FactsFiles.open} with no
 *       calculator; CSV, which only a scheme can read, {@code FactsFiles.openUnchecked} with the
 *       scheme);
 *   <li>{@code checked}: the same with the calculator's check of every unit, as {@code score}
 *       reads;
 *   <li>{@code check}: the calculator's check alone of the units read, to subtract;
 *   <li>{@code baseline}: the parser alone over the same text, as in {@link ParseBenchmark}: JSON
 *       and CSV, Jackson's streaming parser, every token and every scalar's and key's text; YAML,
 *       SnakeYAML's event loop, every event and every scalar's text;
 *   <li>{@code file} and {@code filebaseline}: {@code library} and {@code baseline} over the same
 *       text written to a file and read from it, as {@link ParseBenchmark} reads (JSON and CSV
 *       parsed from the file's bytes by the baseline; the library as {@code FactsFiles.open(Path)}
 *       reads them);
 *   <li>{@code filechars}: {@code file} as the library read a JSON file before it parsed the bytes
 *       (decoded strictly to characters, parsed from those);
 *   <li>{@code jackson}: Jackson's token loop as in {@code baseline}, for YAML through Jackson's
 *       YAML parser (which the library reads with) over SnakeYAML's events: what the wrapper adds;
 *   <li>{@code anew} (CSV a row per unit): {@code library} over two texts of the same units read in
 *       turn, the second with its first two columns swapped in the header and in every row, so that
 *       no file's header is the one the reader kept planned from the file before: a unit with its
 *       share of planning its file's header.
 * </ul>
 *
 * <p>The CSV file of {@code csv} holds what a row per unit can of the units (see {@link
 * RealisticFacts#csvShaped}); that of {@code csvrows} holds them as generated, a row per fact (the
 * writer's layout for facts a cell cannot hold: checks, levels, panels' scores).
 */
public final class ReadLoop {

  private ReadLoop() {}

  /**
   * Runs the loop.
   *
   * @param args {@code FORMAT:READER}, the passes to warm up, the passes to measure, and optionally
   *     {@code pause}
   * @throws IOException never: the text is in memory
   */
  public static void main(String[] args) throws IOException {
    String[] what = args[0].split(":", 2);
    boolean rows = what[0].equals("csvrows");
    FileFormat format =
        rows ? FileFormat.CSV : FileFormat.valueOf(what[0].toUpperCase(Locale.ROOT));
    String reader = what[1];
    int warmUp = Integer.parseInt(args[1]);
    int measured = Integer.parseInt(args[2]);
    boolean pause = args.length > 3 && args[3].equals("pause");
    int count = args.length > 4 ? Integer.parseInt(args[4]) : 1024;
    Scheme scheme = Regulation.YUEYANG_2007.scheme();
    Calculator calculator = Calculator.of(scheme);
    List<UnitFacts> units = new java.util.ArrayList<>();
    // the generator cycles through the roster's 84 units: give each copy its own period, so that a
    // file
    // gives each unit once
    for (UnitFacts u : RealisticFacts.generate(scheme, count, 2024)) {
      int copy = units.size() / 84;
      units.add(
          copy == 0
              ? u
              : UnitFacts.builder().from(u).period(u.period().orElse("") + "-" + copy).build());
    }
    if (format == FileFormat.CSV && !rows) {
      units = RealisticFacts.csvShaped(scheme, units);
    }
    StringWriter out = new StringWriter();
    FactsFiles.write(out, format, scheme, units);
    String text = out.toString();
    // the units read once, for "check" alone: reading them from the string for the other readers
    // would teach the compiler a second parser class where the file's is the only one
    List<UnitFacts> read = new java.util.ArrayList<>();
    if (reader.equals("check")) {
      try (FactsReader r = FactsFiles.open(new StringReader(text), format, "facts", calculator)) {
        r.readEach(read::add);
      }
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("readloop", "." + format.name());
    file.toFile().deleteOnExit();
    java.nio.file.Files.writeString(file, text);
    Pass pass =
        switch (reader) {
          case "file" ->
              () ->
                  count(
                      format == FileFormat.CSV
                          ? FactsFiles.openUnchecked(file, scheme)
                          : FactsFiles.open(file));
          case "filechars" -> () -> count(FactsFiles.open(strictUtf8(file), format, "facts", null));
          case "filebaseline" -> () -> fileBaseline(file, format);
          case "library" ->
              () -> format == FileFormat.CSV ? unchecked(text, scheme) : read(text, format, null);
          case "checked" -> () -> read(text, format, calculator);
          case "check" -> () -> check(read, calculator);
          case "baseline" -> () -> baseline(text, format);
          case "jackson" -> () -> jackson(text, format);
          case "anew" -> {
            String[] texts = {text, firstColumnsSwapped(text)};
            int[] passes = {0};
            yield () -> unchecked(texts[passes[0]++ % 2], scheme);
          }
          default -> throw new IllegalArgumentException("unknown reader " + reader);
        };
    long start = System.nanoTime();
    long checksum = passes(pass, warmUp);
    long warm = System.nanoTime();
    SideBySideLoop.pause(pause, "warm");
    long measuring = System.nanoTime();
    checksum += passes(pass, measured);
    long end = System.nanoTime();
    SideBySideLoop.pause(pause, "measured");
    System.out.printf(
        Locale.ROOT,
        "%s: %d chars, %d + %d passes of %d units, checksum %d; %.3f µs per unit warming, %.3f"
            + " measured%n",
        args[0],
        text.length(),
        warmUp,
        measured,
        count,
        checksum,
        perUnit(warm - start, warmUp, count),
        perUnit(end - measuring, measured, count));
  }

  /**
   * A CSV text with its first two columns swapped, in the header and in every row (no cell of the
   * generated file is quoted).
   */
  private static String firstColumnsSwapped(String csv) {
    StringBuilder out = new StringBuilder();
    for (String line : csv.split("\n")) {
      String[] cells = line.split(",", -1);
      String first = cells[0];
      cells[0] = cells[1];
      cells[1] = first;
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  private static double perUnit(long nanos, int passes, int units) {
    return passes == 0 ? 0 : nanos / 1000.0 / passes / units;
  }

  private interface Pass {
    long run() throws IOException;
  }

  private static long passes(Pass pass, int passes) throws IOException {
    long checksum = 0;
    for (int p = 0; p < passes; p++) {
      checksum += pass.run();
    }
    return checksum;
  }

  private static long read(String text, FileFormat format, @Nullable Calculator calculator)
      throws IOException {
    return count(FactsFiles.open(new StringReader(text), format, "facts", calculator));
  }

  /** CSV without the calculator's check, read with its scheme, which says what its columns hold. */
  private static long unchecked(String text, Scheme scheme) throws IOException {
    return count(FactsFiles.openUnchecked(new StringReader(text), FileFormat.CSV, "facts", scheme));
  }

  /** Reads every unit, and closes the reader: the facts read. */
  private static long count(FactsReader reader) throws IOException {
    long n = 0;
    try (FactsReader r = reader) {
      while (r.hasNext()) {
        try {
          n += r.next().facts().size();
        } catch (InvalidFileException e) {
          throw new IllegalStateException("the generated facts do not read: " + e.getMessage(), e);
        }
      }
    }
    if (n == 0) {
      throw new IllegalStateException("nothing read");
    }
    return n;
  }

  private static long check(List<UnitFacts> units, Calculator calculator) {
    long n = 0;
    for (UnitFacts u : units) {
      n += calculator.check(u).size() + 1;
    }
    return n;
  }

  private static final JsonFactory JSON = new JsonFactory();
  private static final CsvFactory CSV = new CsvFactory();

  static long baseline(String text, FileFormat format) throws IOException {
    return switch (format) {
      case JSON -> tokens(JSON.createParser(text));
      case CSV -> {
        CsvParser p = CSV.createParser(text);
        p.setSchema(CsvSchema.emptySchema());
        yield tokens(p);
      }
      case YAML -> events(new StringReader(text));
      default -> throw new IllegalArgumentException(format.toString());
    };
  }

  /**
   * The file decoded as strict UTF-8, as the library decoded a JSON file before parsing it (it
   * still does for a file it cannot read from its bytes).
   */
  private static Reader strictUtf8(java.nio.file.Path file) throws IOException {
    return new java.io.InputStreamReader(
        java.nio.file.Files.newInputStream(file),
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
  }

  /**
   * The baseline over the file, as {@link ParseBenchmark} reads it: JSON and CSV from its bytes.
   */
  private static long fileBaseline(java.nio.file.Path file, FileFormat format) throws IOException {
    return switch (format) {
      case JSON -> tokens(JSON.createParser(file.toFile()));
      case CSV -> {
        CsvParser p = CSV.createParser(file.toFile());
        p.setSchema(CsvSchema.emptySchema());
        yield tokens(p);
      }
      case YAML -> {
        try (Reader in = java.nio.file.Files.newBufferedReader(file)) {
          yield events(in);
        }
      }
      default -> throw new IllegalArgumentException(format.toString());
    };
  }

  private static long jackson(String text, FileFormat format) throws IOException {
    if (format != FileFormat.YAML) {
      return baseline(text, format);
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return tokens(
        YAMLFactory.builder().loaderOptions(options).build().createParser(new StringReader(text)));
  }

  static long tokens(JsonParser parser) throws IOException {
    long n = 0;
    try (parser) {
      JsonToken t;
      while ((t = parser.nextToken()) != null) {
        n += t.isScalarValue() || t == JsonToken.FIELD_NAME ? parser.getText().length() : 1;
      }
    }
    return n;
  }

  static long events(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    long n = 0;
    for (Event e : new Yaml(options).parse(reader)) {
      n += e instanceof ScalarEvent s ? s.getValue().length() : 1;
    }
    return n;
  }
}
