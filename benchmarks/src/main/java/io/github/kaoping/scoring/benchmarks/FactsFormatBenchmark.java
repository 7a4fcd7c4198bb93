package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.NodeSelection;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.ResultFormat;
import io.github.kaoping.scoring.io.Results;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * 100,000 units' facts and results through a file, per unit, in each format that holds a row per
 * unit: CSV, JSON and an Excel workbook. Reading: every unit read and checked against the scheme as
 * {@code score} reads it (a workbook's unit sheet streamed a row at a time, its shared strings
 * held). Writing: the units' facts written (a workbook through fastexcel, copied once to drop its
 * timestamp), and their scored results written (CSV and a workbook with every node's column, JSON
 * with every node's points). Each unit has a count, a measured value, assessed points and an
 * amount.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FactsFormatBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 10)
@Fork(1)
public class FactsFormatBenchmark {

  /** Units in the file. */
  private static final int UNITS = 100_000;

  /** The file format, by extension. */
  @Param({"csv", "json", "xlsx"})
  public String format = "xlsx";

  private Path directory;
  private Path factsFile;
  private Path written;
  private Path resultsFile;
  private Scheme scheme;
  private Calculator calculator;
  private Results results;
  private Iterable<UnitFacts> units;

  /** A scheme of the four kinds of fact a cell holds, with two groups that list no units. */
  static Scheme scheme() {
    return Scheme.builder()
        .id("formats")
        .title("文件格式测试办法")
        .max("100")
        .addGroups(UnitGroup.of("county", "县市区", "一(一)"), UnitGroup.of("dept", "市直部门", "一(二)"))
        .rounding(Rounding.halfUp(2))
        .add(
            Node.of("s1", "公文", "二(一)")
                .max("40")
                .add(
                    Node.of("s1.1", "公文差错", "二(一)1").max("20").rule(Rule.deductPerOccurrence("5")),
                    Node.of("s1.2", "办结率", "二(一)2")
                        .max("20")
                        .rule(new Rule.Proportional(new BigDecimal("100"), "%"))),
            Node.of("s2", "综合评价", "二(二)").max("30").rule(Rule.Assessed.award()),
            Node.of("s3", "争取资金", "二(三)")
                .max("30")
                .rule(
                    new Rule.AmountSteps(
                        BigDecimal.ZERO,
                        Points.ZERO,
                        new BigDecimal("50"),
                        Points.of(1),
                        Rule.Valuation.POOLED,
                        "万元")))
        .build();
  }

  static UnitFacts unit(int i) {
    UnitFacts.Builder u =
        UnitFacts.of(String.format(Locale.ROOT, "u%06d", i), i % 2 == 0 ? "county" : "dept")
            .period("2024")
            .addFacts(
                Measurement.of("s1.2", Integer.toString(80 + i % 20)),
                Assessment.of("s2", i % 29 + "." + i % 10),
                Occurrence.of("s3", "s3").amount(BigDecimal.valueOf(i % 500)).build());
    if (i % 3 > 0) {
      u.addFacts(Occurrence.of("s1.1", "s1.1").count(i % 3).build());
    }
    return u.build();
  }

  /** Writes the 100,000 units to a temporary file, and scores them. */
  @Setup
  public void setUp() throws IOException {
    scheme = scheme();
    calculator = Calculator.of(scheme);
    directory = Files.createTempDirectory("facts-format-benchmark");
    factsFile = directory.resolve("facts." + format);
    written = directory.resolve("written." + format);
    resultsFile = directory.resolve("results." + format);
    units = () -> IntStream.range(0, UNITS).mapToObj(FactsFormatBenchmark::unit).iterator();
    FactsFiles.write(factsFile, scheme, units);
    results = Results.score(calculator, factsFile, null);
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    for (Path p : new Path[] {factsFile, written, resultsFile}) {
      Files.deleteIfExists(p);
    }
    Files.deleteIfExists(directory);
  }

  /** Writes every unit's facts (generated as they are written), per unit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public long writeFactsPerUnit() throws IOException {
    FactsFiles.write(written, scheme, units);
    return Files.size(written);
  }

  /** Writes the units' results, every node's points included, per unit. */
  @Benchmark
  @OperationsPerInvocation(UNITS)
  public long writeResultsPerUnit() throws IOException {
    ResultFormat f = ResultFiles.formatOf(resultsFile);
    ResultFiles.write(resultsFile, f, scheme, results, NodeSelection.all());
    return Files.size(resultsFile);
  }

  /** Reads and checks every unit, per unit. */
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
