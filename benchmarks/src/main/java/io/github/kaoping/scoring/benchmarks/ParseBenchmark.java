package io.github.kaoping.scoring.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading files: the yueyang scheme (parsed, mapped, validated), and a facts file of a year's facts
 * for its 84 rostered units per unit, beside a baseline that reads the same bytes with the parser
 * alone, so that one run shows the ratio:
 *
 * <ul>
 *   <li>{@code readFactsPerUnit}: the library's facts reader, every unit read, mapped and checked
 *       ({@code FactsFiles.open(file, calculator)}), as {@code score} reads;
 *   <li>{@code readFactsUncheckedPerUnit}: the same without the calculator's check ({@code
 *       FactsFiles.openUnchecked(file, scheme)}): every check of the format, as the parser's
 *       baseline has none of the scheme's;
 *   <li>{@code baselinePerUnit}: JSON, Jackson's streaming parser, every token read and every
 *       scalar's and key's text taken; YAML, SnakeYAML's event loop (every event, scalars' text
 *       included); CSV, Jackson's CSV parser reading the rows, every cell's text taken.
 * </ul>
 *
 * <p>The CSV file holds what CSV can: yueyang's counts, amounts, measured values and assessed
 * points (about 20 columns filled of a unit's 34 facts), recording failed checks only, as CSV
 * cannot hold a check ({@link RealisticFacts#csvShaped}); so its rows are shorter than the units of
 * the other formats: compare each format with its own baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParseBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  /** yueyang's roster: 12 county-level offices and 72 departments, each once. */
  private static final int UNITS = 84;

  /** The file format. */
  @Param({"yaml", "json", "csv"})
  public String format = "yaml";

  private Path directory;
  private Path schemeFile;
  private Path factsFile;
  private Calculator calculator;
  private final JsonFactory json = new JsonFactory();
  private final CsvFactory csv = new CsvFactory();

  /** Writes the scheme and its 84 units' facts (seed 2024) to temporary files. */
  @Setup
  public void setUp() throws IOException {
    Scheme scheme = Regulation.YUEYANG_2007.scheme();
    calculator = Calculator.of(scheme);
    directory = Files.createTempDirectory("parse-benchmark");
    schemeFile = directory.resolve("yueyang-2007." + (format.equals("csv") ? "yaml" : format));
    factsFile = directory.resolve("facts." + format);
    SchemeFiles.write(schemeFile, scheme);
    List<UnitFacts> units = RealisticFacts.generate(scheme, UNITS, 2024);
    if (format.equals("csv")) {
      units = RealisticFacts.csvShaped(scheme, units);
    }
    FactsFiles.write(factsFile, scheme, units);
    if (readFactsPerUnit() == 0 || baselinePerUnit() == 0) {
      throw new IllegalStateException("nothing read");
    }
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(schemeFile);
    Files.deleteIfExists(factsFile);
    Files.deleteIfExists(directory);
  }

  /** Reads and validates the scheme file. */
  @Benchmark
  public Scheme readScheme() throws IOException {
    return SchemeFiles.read(schemeFile);
  }

  /** Reads the facts file and checks every unit against the scheme, per unit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public int readFactsPerUnit() throws IOException {
    return read(true);
  }

  /**
   * Reads the facts file without the calculator's check, per unit: every check of the format, no
   * check of the facts against the scheme's rules; CSV with the scheme, which says what its columns
   * hold ({@code FactsFiles.openUnchecked}).
   */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public int readFactsUncheckedPerUnit() throws IOException {
    return read(false);
  }

  private int read(boolean checked) throws IOException {
    int n = 0;
    try (FactsReader reader =
        checked
            ? FactsFiles.open(factsFile, calculator)
            : FactsFiles.openUnchecked(factsFile, calculator.scheme())) {
      while (reader.hasNext()) {
        n += reader.next().facts().size(); // every unit reads and passes the check
      }
    }
    return n;
  }

  /** The parser alone over the same file: every token or event, and its text; per unit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public long baselinePerUnit() throws IOException {
    return switch (format) {
      case "json" -> ReadLoop.tokens(json.createParser(factsFile.toFile()));
      case "csv" -> {
        CsvParser p = csv.createParser(factsFile.toFile());
        p.setSchema(CsvSchema.emptySchema());
        yield ReadLoop.tokens(p);
      }
      default -> events();
    };
  }

  private long events() throws IOException {
    try (InputStream in = Files.newInputStream(factsFile);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return ReadLoop.events(reader);
    }
  }
}
