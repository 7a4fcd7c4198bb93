package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The invariants of standings (issue 3, catalogue §7) over generated rankings and cohorts: small
 * groups with many ties, awards from both ends, every tie and disqualification policy. The seed is
 * fixed in the pom; replay another with {@code -DQT_SEED=...}.
 */
class StandingsProperties {

  private static final int EXAMPLES = 200;

  /** A unit: points in sections a and b, and whether a veto disqualifies it. */
  record Unit(String id, BigDecimal a, int b, boolean vetoed) {
    UnitFacts facts() {
      UnitFacts.Builder f =
          UnitFacts.of(id, "g")
              .addFacts(
                  Assessment.of("a", a.toPlainString()), Assessment.of("b", String.valueOf(b)));
      if (vetoed) {
        f.addFacts(VetoEvent.of(id + "-veto", "veto", "违纪"));
      }
      return f.build();
    }

    Unit raisedBy(BigDecimal points) {
      return new Unit(id, a.add(points), b, vetoed);
    }
  }

  /** A ranking, a cohort, a shuffle seed, and a unit and an amount to raise it by. */
  record Case(Ranking ranking, List<Unit> units, long seed, int raised, BigDecimal raise) {
    Scheme scheme() {
      return Cohort.scheme("random", List.of("g"), ranking);
    }

    @Override
    public String toString() {
      return ranking.ties()
          + " "
          + ranking.disqualified()
          + " "
          + ranking.cutTies()
          + " "
          + ranking.awards()
          + "\n"
          + units;
    }
  }

  private static int between(RandomnessSource rs, int low, int high) {
    return Generate.range(low, high).generate(rs);
  }

  static Gen<Case> cases() {
    return rs -> {
      int n = between(rs, 0, 9);
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        units.add(
            new Unit(
                "u" + i,
                BigDecimal.valueOf(between(rs, 0, 12), 0).divide(BigDecimal.valueOf(2)),
                between(rs, 0, 2),
                between(rs, 1, 100) <= 20));
      }
      List<Award> awards = new ArrayList<>();
      Optional<Interval> eligible =
          between(rs, 1, 100) <= 30
              ? Optional.of(Interval.atLeast(BigDecimal.valueOf(between(rs, 0, 8), 0)))
              : Optional.empty();
      int at = between(rs, 1, 2);
      int prizes = between(rs, 0, 3);
      for (int k = 0; k < prizes; k++) {
        int size = between(rs, 1, 3);
        awards.add(new Award("top" + k, at, at + size - 1, Award.End.TOP, eligible));
        at += size + (between(rs, 1, 100) <= 20 ? 1 : 0);
      }
      DisqualifiedUnits disqualified = DisqualifiedUnits.values()[between(rs, 0, 1)];
      // A ranking that ranks vetoed units apart cannot count consequences from the bottom.
      int sanctions = disqualified == DisqualifiedUnits.SKIP_POSITION ? 0 : between(rs, 0, 2);
      for (int k = 0; k < sanctions; k++) {
        awards.add(Award.bottom("bottom" + k, k + 1, k + 1));
      }
      TiePolicy ties =
          new TiePolicy(
              between(rs, 0, 1) == 0 ? TiePolicy.Ranks.COMPETITION : TiePolicy.Ranks.DENSE,
              between(rs, 0, 1) == 0 ? List.of() : List.of("b"),
              between(rs, 1, 100) <= 20);
      Ranking ranking =
          Ranking.of("r", "排名", "x")
              .ties(ties)
              .disqualified(disqualified)
              .cutTies(CutTies.values()[between(rs, 0, 1)])
              .awards(awards)
              .build();
      return new Case(
          ranking,
          units,
          between(rs, 0, Integer.MAX_VALUE - 1),
          n == 0 ? 0 : between(rs, 0, n - 1),
          BigDecimal.valueOf(between(rs, 0, 8), 0).divide(BigDecimal.valueOf(2)));
    };
  }

  private static List<ScoreCard> cards(Calculator calculator, List<Unit> units) {
    List<ScoreCard> cards = new ArrayList<>();
    for (Unit u : units) {
      cards.add(calculator.score(u.facts()));
    }
    return cards;
  }

  private static RankedGroup group(StandingsResult result) {
    return result.ranking("r").group("g");
  }

  @Test
  void theStandingsDoNotDependOnInputOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Standings standings = Standings.of(c.scheme());
              List<ScoreCard> cards = cards(Calculator.of(c.scheme()), c.units());
              List<ScoreCard> shuffled = new ArrayList<>(cards);
              Collections.shuffle(shuffled, new Random(c.seed()));
              StandingsResult once = standings.rank(cards);
              StandingsResult again = standings.rank(shuffled);
              assertThat(again).isEqualTo(once);
              assertThat(again.table()).isEqualTo(once.table());
              assertThat(standings.shortfalls(again)).isEqualTo(standings.shortfalls(once));
            });
  }

  @Test
  void aDisqualifiedUnitNeverHoldsAnHonourButBearsItsSanctions() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              RankedGroup g =
                  group(Standings.of(c.scheme()).rank(cards(Calculator.of(c.scheme()), c.units())));
              List<String> honours =
                  c.ranking().awards().stream()
                      .filter(a -> a.end() == Award.End.TOP)
                      .map(Award::label)
                      .toList();
              for (Placing p : g.placings()) {
                if (p.disqualified()) {
                  assertThat(p.awards()).as(p.unitId()).noneMatch(honours::contains);
                  if (p.fromBottom().isEmpty()) {
                    continue; // ranked apart, which no ranking with sanctions may do
                  }
                  int fromBottom = p.fromBottom().get();
                  for (Award a : c.ranking().awards()) {
                    boolean alone =
                        g.cutTies().stream().noneMatch(t -> t.unitIds().contains(p.unitId()));
                    if (a.end() == Award.End.BOTTOM
                        && alone
                        && a.from() <= fromBottom
                        && fromBottom <= a.to()) {
                      assertThat(p.awards()).as(p.unitId()).contains(a.label());
                    }
                  }
                }
              }
            });
  }

  @Test
  void noAwardGoesToMoreUnitsThanItsPositionsExceptThroughAReportedTie() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              RankedGroup g =
                  group(Standings.of(c.scheme()).rank(cards(Calculator.of(c.scheme()), c.units())));
              for (Award a : c.ranking().awards()) {
                List<String> holders = g.holders(a.label());
                Set<String> throughTies = new HashSet<>();
                for (CutTie t : g.cutTies()) {
                  if (t.end() == a.end() && t.settled().equals(Optional.of(a.label()))) {
                    throughTies.addAll(t.unitIds());
                  }
                }
                long others = holders.stream().filter(u -> !throughTies.contains(u)).count();
                assertThat(others).as(a.label()).isLessThanOrEqualTo(a.to() - a.from() + 1);
              }
            });
  }

  @Test
  void raisingOneUnitsScoreNeverLowersItsRank() {
    qt().withExamples(EXAMPLES)
        .forAll(cases().assuming(c -> !c.units().isEmpty()))
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.of(c.scheme());
              Standings standings = Standings.of(calculator);
              List<Unit> raised = new ArrayList<>(c.units());
              Unit unit = raised.get(c.raised());
              raised.set(c.raised(), unit.raisedBy(c.raise()));
              Placing before =
                  group(standings.rank(cards(calculator, c.units())))
                      .placing(unit.id())
                      .orElseThrow();
              Placing after =
                  group(standings.rank(cards(calculator, raised))).placing(unit.id()).orElseThrow();
              if (before.rank().isPresent()) {
                assertThat(after.rank().orElseThrow()).isLessThanOrEqualTo(before.rank().get());
                assertThat(after.position().orElseThrow())
                    .isLessThanOrEqualTo(before.position().get());
              }
            });
  }

  @Test
  void aShortfallIsExactlyWhatTheUnitLacks() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.of(c.scheme());
              Standings standings = Standings.of(calculator);
              List<ScoreCard> cards = cards(calculator, c.units());
              BigDecimal cent = new BigDecimal("0.01");
              for (Shortfall s : standings.shortfalls(standings.rank(cards))) {
                BigDecimal enough =
                    s.points().toBigDecimal().add(s.inclusive() ? BigDecimal.ZERO : cent);
                BigDecimal tooLittle =
                    s.points().toBigDecimal().subtract(s.inclusive() ? cent : BigDecimal.ZERO);
                assertThat(reaches(c, calculator, s, enough)).as(s + " with " + enough).isTrue();
                if (tooLittle.signum() >= 0) {
                  assertThat(reaches(c, calculator, s, tooLittle))
                      .as(s + " with " + tooLittle)
                      .isFalse();
                }
              }
            });
  }

  /** Does raising the shortfall's unit by {@code points} reach its target, others unchanged? */
  private static boolean reaches(Case c, Calculator calculator, Shortfall s, BigDecimal points) {
    List<Unit> units = new ArrayList<>();
    for (Unit u : c.units()) {
      units.add(u.id().equals(s.unitId()) ? u.raisedBy(points) : u);
    }
    RankedGroup g = group(Standings.of(calculator).rank(cards(calculator, units)));
    Placing p = g.placing(s.unitId()).orElseThrow();
    List<Award> top = c.ranking().awards().stream().filter(a -> a.end() == Award.End.TOP).toList();
    List<Award> bottom =
        c.ranking().awards().stream().filter(a -> a.end() == Award.End.BOTTOM).toList();
    Optional<Award> target =
        c.ranking().awards().stream()
            .filter(a -> s.target().equals(Optional.of(a.label())))
            .findFirst();
    if (target.isPresent() && target.get().end() == Award.End.TOP) {
      // The target or a better award from the top.
      for (Award a : top) {
        if (a.from() <= target.get().from() && p.holds(a.label())) {
          return true;
        }
      }
      return false;
    }
    // From the bottom: stand above the target's positions; a tie there is settled towards the
    // sanction, so a tied unit stands at its tie's last place, its fromBottom.
    int standing = p.fromBottom().orElseThrow();
    int needed =
        target.isPresent()
            ? target.get().from()
            : bottom.stream().mapToInt(Award::to).max().orElseThrow() + 1;
    return standing >= needed;
  }
}
