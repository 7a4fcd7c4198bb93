package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.schemes.Regulation;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same scheme (yueyang-2007) and the same facts, scored four ways in one run: (a) plain Java
 * hand-written for this scheme, the limit; (b) QLExpress4 in precise mode; (c) AviatorScript with
 * decimals; (d) this library. Each returns the unit's total; {@code EnginesAgreeTest} checks that
 * all four agree on these facts before anything is timed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar YueyangSideBySideBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class YueyangSideBySideBenchmark {

  private static final int UNITS = 1024;

  private Calculator calculator;
  private QlExpressScorer qlCounty;
  private QlExpressScorer qlDepartment;
  private AviatorScorer aviatorCounty;
  private AviatorScorer aviatorDepartment;
  private List<UnitFacts> units;
  private int next;

  /** Generates 1024 units' realistic facts (seed 2024) and prepares the four scorers. */
  @Setup
  public void setUp() {
    Scheme scheme = Regulation.YUEYANG_2007.scheme();
    calculator = Calculator.of(scheme);
    ExpressionScript county = ExpressionScript.of(scheme, "county");
    ExpressionScript department = ExpressionScript.of(scheme, "department");
    qlCounty = new QlExpressScorer(county);
    qlDepartment = new QlExpressScorer(department);
    aviatorCounty = new AviatorScorer(county);
    aviatorDepartment = new AviatorScorer(department);
    units = RealisticFacts.generate(scheme, UNITS, 2024);
  }

  private UnitFacts nextUnit() {
    UnitFacts facts = units.get(next);
    next = (next + 1) & (UNITS - 1);
    return facts;
  }

  /** (a) Hand-written for yueyang: the limit. */
  @Benchmark
  public BigDecimal handWritten() {
    return HandWrittenYueyang.total(nextUnit());
  }

  /** (b) QLExpress4, precise mode, the compiled script cached. */
  @Benchmark
  public BigDecimal qlExpress4() {
    UnitFacts unit = nextUnit();
    return (unit.group().equals("county") ? qlCounty : qlDepartment).total(unit);
  }

  /** (c) AviatorScript, decimal numbers, the script compiled once. */
  @Benchmark
  public BigDecimal aviator() {
    UnitFacts unit = nextUnit();
    return (unit.group().equals("county") ? aviatorCounty : aviatorDepartment).total(unit);
  }

  /** (d) This library: checks the facts, scores every node, keeps the explanation on demand. */
  @Benchmark
  public BigDecimal library() {
    return calculator.score(nextUnit()).total().toBigDecimal();
  }

  /**
   * The part of (d) that (a) skips: checking every fact against the scheme, without scoring. The
   * difference between the two is what scoring and the score card cost.
   */
  @Benchmark
  public int libraryCheckOnly() {
    return calculator.check(nextUnit()).size();
  }
}
