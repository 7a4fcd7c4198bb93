package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Standings for many units: two groups, each ranked with three awards (ties at the cuts reported
 * and settled) and banded, from score cards with many equal totals. The cost should grow as {@code
 * n log n}: compare the time per unit across sizes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StandingsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class StandingsBenchmark {

  /** The number of units. */
  @Param({"10000", "100000", "1000000"})
  public int units;

  private Standings standings;
  private List<ScoreCard> cards;

  /** Scores the units once: totals in tenths between 60 and 100, so many are tied. */
  @Setup
  public void setUp() {
    Scheme scheme =
        Scheme.builder()
            .id("standings")
            .title("排名")
            .max("100")
            .addGroups(UnitGroup.of("county", "县市区", "一"), UnitGroup.of("dept", "部门", "一"))
            .add(Node.of("all", "总分", "二").max("100").rule(Rule.Assessed.award()))
            .addOutcomes(
                Ranking.builder()
                    .id("awards")
                    .title("评奖")
                    .disqualified(DisqualifiedUnits.KEEP_POSITION)
                    .cutTies(CutTies.ALL_BETTER)
                    .addAwards(
                        Award.top("一等奖", 1, 10),
                        Award.top("二等奖", 11, 40),
                        Award.top("三等奖", 41, 100).eligibleIf(Interval.atLeast("85")))
                    .build(),
                Banding.builder()
                    .id("bands")
                    .title("等次")
                    .addBands(
                        new Band("不合格", Interval.below("70")),
                        new Band("合格", Interval.atLeast("70")))
                    .build())
            .build();
    Calculator calculator = Calculator.of(scheme);
    standings = Standings.of(calculator);
    SplittableRandom random = new SplittableRandom(2024);
    cards = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      Points total = Points.of(BigDecimal.valueOf(600 + random.nextInt(401), 1));
      UnitFacts facts =
          UnitFacts.of("u" + u, u % 2 == 0 ? "county" : "dept")
              .addFacts(new Assessment("all", total, Optional.empty()))
              .build();
      cards.add(calculator.score(facts));
    }
  }

  /** Ranks, awards and bands every unit. */
  @Benchmark
  public StandingsResult rank() {
    return standings.rank(cards);
  }
}
