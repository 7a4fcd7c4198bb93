package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Ranking;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shortfalls at the edges of what an award accepts: an eligible range closed above, a lower bound
 * that excludes its number (超过), and sanctions from the bottom of a small group. Mutation testing
 * showed none of these was checked.
 */
class ShortfallBoundsTest {

  private static List<String> shortfalls(Cohort cohort, String unit) {
    Standings standings = cohort.standings();
    return standings.shortfalls(standings.rank(cohort.cards())).stream()
        .filter(s -> s.unitId().equals(unit))
        .map(Shortfall::toString)
        .toList();
  }

  private static Cohort cohort(Ranking ranking, String... unitsAndTotals) {
    Cohort c = Cohort.of(Cohort.scheme("t", List.of("g"), ranking));
    for (int i = 0; i < unitsAndTotals.length; i += 2) {
      c.add(unitsAndTotals[i], "g", unitsAndTotals[i + 1]);
    }
    return c;
  }

  @Test
  void noShortfallIsGivenForAnAwardNoHighEnoughScoreIsEligibleFor() {
    // 第一 goes to position 1 but only to a score of at most 90: y would need 95
    Ranking capped =
        RankingTest.ranking("r", "一")
            .addAwards(Award.top("第一", 1, 1).eligibleIf(Interval.atMost(new BigDecimal("90"))))
            .build();
    assertThat(shortfalls(cohort(capped, "x", "95", "y", "85"), "y")).isEmpty();
    // at most 95 admits exactly the 95 that ties x, and ALL_BETTER settles that tie upwards
    Ranking reachable =
        RankingTest.ranking("r", "一")
            .addAwards(Award.top("第一", 1, 1).eligibleIf(Interval.atMost(new BigDecimal("95"))))
            .build();
    assertThat(shortfalls(cohort(reachable, "x", "95", "y", "85"), "y"))
        .containsExactly("y lacks 10 for 第一 (at least 95)");
    // under ALL_WORSE y must pass 95, which no eligible score does
    Ranking worse =
        RankingTest.ranking("r", "一")
            .cutTies(CutTies.ALL_WORSE)
            .addAwards(Award.top("第一", 1, 1).eligibleIf(Interval.atMost(new BigDecimal("95"))))
            .build();
    assertThat(shortfalls(cohort(worse, "x", "95", "y", "85"), "y")).isEmpty();
  }

  @Test
  void aLowerBoundThatExcludesItsNumberIsLackedByMoreThanTheGap() {
    // 超过85分: 85 itself is not eligible, whatever the position
    Ranking above =
        RankingTest.ranking("r", "一")
            .addAwards(Award.top("优秀", 1, 2).eligibleIf(Interval.above(new BigDecimal("85"))))
            .build();
    assertThat(shortfalls(cohort(above, "x", "95", "y", "90", "z", "80"), "z"))
        .containsExactly("z lacks 10 for 优秀 (at least 90)");
    assertThat(shortfalls(cohort(above, "x", "95", "y", "85", "z", "80"), "z"))
        .containsExactly("z lacks more than 5 for 优秀 (above 85)");
  }

  @Test
  void aSanctionFromTheBottomOfAGroupOfThreeIsLeftByPassingTheOneAbove() {
    // a tie with the unit above does not escape a sanction: it takes a strictly higher score
    Ranking bottom =
        RankingTest.ranking("r", "七")
            .addAwards(Award.bottom("倒数第一名", 1, 1), Award.bottom("倒数第二名", 2, 2))
            .build();
    Cohort three = cohort(bottom, "a", "95", "b", "90", "c", "89");
    assertThat(shortfalls(three, "c"))
        .containsExactly(
            "c lacks more than 1 for 倒数第二名 (above 90)",
            "c lacks more than 6 for no bottom award (above 95)");
    assertThat(shortfalls(three, "b"))
        .containsExactly("b lacks more than 5 for no bottom award (above 95)");
    assertThat(shortfalls(three, "a")).isEmpty();
    // with two units both hold a sanction, and no score leaves both behind
    Cohort two = cohort(bottom, "a", "95", "b", "90");
    assertThat(shortfalls(two, "b")).containsExactly("b lacks more than 5 for 倒数第二名 (above 95)");
    assertThat(shortfalls(two, "a")).isEmpty();
  }
}
