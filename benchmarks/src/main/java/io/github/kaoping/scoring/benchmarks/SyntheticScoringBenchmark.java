package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Scoring one unit against a synthetic scheme of deduction items, to follow the calculator's own
 * cost while the packaged schemes are built.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SyntheticScoringBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SyntheticScoringBenchmark {

  /** Items in the scheme. */
  @Param({"40"})
  public int items;

  private Calculator calculator;
  private List<UnitFacts> units;
  private java.util.Map<String, Integer> itemIndex;
  private int next;

  /** Builds the scheme and 1000 units' facts from a fixed seed. */
  @Setup
  public void setUp() {
    Scheme.Builder scheme =
        Scheme.builder().id("synthetic").title("合成").addGroups(UnitGroup.of("g", "单位", "一"));
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < items / 5; s++) {
      Node.Builder section = Node.of("s" + s, "类别", "四").max("125");
      for (int i = 0; i < 5; i++) {
        String id = "s" + s + "." + i;
        ids.add(id);
        section.add(Node.of(id, "项目", "四").max("25").rule(Rule.deductPerOccurrence("5")));
      }
      scheme.add(section);
    }
    calculator = Calculator.of(scheme.build());
    itemIndex = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      itemIndex.put(ids.get(i), i);
    }
    SplittableRandom random = new SplittableRandom(1);
    units = new ArrayList<>();
    for (int u = 0; u < 1000; u++) {
      UnitFacts.Builder facts = UnitFacts.of("u" + u, "g");
      int k = 0;
      for (String id : ids) {
        if (random.nextInt(4) == 0) {
          facts.addFacts(Occurrence.of("o" + k++, id).count(1 + random.nextInt(3)).build());
        }
      }
      units.add(facts.build());
    }
  }

  /** The limit: the same arithmetic written by hand for this one scheme. */
  @Benchmark
  public java.math.BigDecimal handWritten() {
    UnitFacts facts = units.get(next);
    next = (next + 1) % units.size();
    int[] counts = new int[items];
    for (io.github.kaoping.scoring.Fact f : facts.facts()) {
      Occurrence o = (Occurrence) f;
      counts[itemIndex.getOrDefault(o.nodeId(), 0)] += o.count();
    }
    java.math.BigDecimal five = java.math.BigDecimal.valueOf(5);
    java.math.BigDecimal max = java.math.BigDecimal.valueOf(25);
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (int i = 0; i < items; i++) {
      java.math.BigDecimal item =
          max.subtract(five.multiply(java.math.BigDecimal.valueOf(counts[i])));
      total = total.add(item.max(java.math.BigDecimal.ZERO));
    }
    return total;
  }

  /** Scores the next unit: its total and every node's points, explanation on demand. */
  @Benchmark
  public ScoreCard score() {
    UnitFacts facts = units.get(next);
    next = (next + 1) % units.size();
    return calculator.score(facts);
  }
}
