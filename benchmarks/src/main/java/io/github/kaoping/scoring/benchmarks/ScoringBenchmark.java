package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.schemes.Regulation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one unit of a packaged scheme: checking its facts, every node's points, the vetoes and
 * the total (the explanation is built only on request, so it is not part of this cost). Units cycle
 * through 1024 seeded realistic ones, so their facts are not all in cache.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

  private static final int UNITS = 1024;

  /** The packaged scheme. */
  @Param({"yueyang-2007", "zhangzhou-municipal", "jishui-2014"})
  public String scheme = "yueyang-2007";

  private Calculator calculator;
  private List<UnitFacts> units;
  private int next;

  /** Compiles the scheme and generates 1024 units' facts (seed 2024). */
  @Setup
  public void setUp() {
    Scheme s = Regulation.byId(scheme).orElseThrow().scheme();
    calculator = Calculator.of(s);
    units = RealisticFacts.generate(s, UNITS, 2024);
  }

  /** Scores the next unit. */
  @Benchmark
  public ScoreCard score() {
    UnitFacts facts = units.get(next);
    next = (next + 1) & (UNITS - 1);
    return calculator.score(facts);
  }
}
