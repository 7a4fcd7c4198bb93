package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.schemes.Regulation;
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
 * Validating a scheme and compiling it into a plan ({@link Calculator#of}), done once per scheme.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CompileBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {

  /** The packaged scheme. */
  @Param({"yueyang-2007", "zhangzhou-municipal", "jishui-2014"})
  public String scheme = "yueyang-2007";

  private Scheme model;

  /** Builds the scheme's model once. */
  @Setup
  public void setUp() {
    model = Regulation.byId(scheme).orElseThrow().scheme();
  }

  /** Validates and compiles. */
  @Benchmark
  public Calculator compile() {
    return Calculator.of(model);
  }
}
