package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
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
 * Reading files: the yueyang scheme (parsed, mapped, validated) and a facts file of a year's facts
 * for its 84 rostered units (parsed, mapped, streamed unit by unit); per unit for facts.
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
  @Param({"yaml", "json"})
  public String format = "yaml";

  private Path directory;
  private Path schemeFile;
  private Path factsFile;
  private Calculator calculator;

  /** Writes the scheme and its 84 units' facts (seed 2024) to temporary files. */
  @Setup
  public void setUp() throws IOException {
    Scheme scheme = Regulation.YUEYANG_2007.scheme();
    calculator = Calculator.of(scheme);
    directory = Files.createTempDirectory("parse-benchmark");
    schemeFile = directory.resolve("yueyang-2007." + format);
    factsFile = directory.resolve("facts." + format);
    SchemeFiles.write(schemeFile, scheme);
    List<UnitFacts> units = RealisticFacts.generate(scheme, UNITS, 2024);
    FactsFiles.write(factsFile, scheme, units);
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

  /** Reads the facts file, per unit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public int readFactsPerUnit() throws IOException {
    int n = 0;
    try (FactsReader reader = FactsFiles.open(factsFile, calculator)) {
      while (reader.hasNext()) {
        n += reader.next().facts().size();
      }
    }
    return n;
  }
}
