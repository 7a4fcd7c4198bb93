package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.UnitFacts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalogue §5: improvement against the previous period (changzhou 六 单项进步奖). */
class ImprovementTest {

  private static Improvement.Builder progress() {
    return Improvement.of("progress", "单项进步奖", "六")
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_WORSE)
        .addAwards(Award.top("单项进步奖", 1, 1));
  }

  @Test
  void changzhou_6_theGreatestImprovementWinsAndUnitsWithoutLastYearAreReported() {
    // 六 "对各地区得分进行排名，评选年度综合优胜奖和单项进步奖"
    Scheme scheme = Cohort.scheme("changzhou-2018", List.of("area"), progress().build());
    Cohort last =
        Cohort.of(scheme)
            .period("2019")
            .add("wujin", "area", "80")
            .add("jintan", "area", "85")
            .add("liyang", "area", "70");
    Cohort now =
        Cohort.of(scheme)
            .period("2020")
            .add("wujin", "area", "90") // +10
            .add("jintan", "area", "88") // +3
            .add("liyang", "area", "85") // +15
            .add("xinbei", "area", "99"); // no card last year
    ImprovementResult result =
        now.standings().rank(now.cards(), last.cards()).improvement("progress");
    RankedGroup g = result.group("area");
    assertThat(g.placings())
        .extracting(Placing::unitId)
        .containsExactly("liyang", "wujin", "jintan");
    assertThat(g.holders("单项进步奖")).containsExactly("liyang");
    Placing liyang = g.placing("liyang").orElseThrow();
    assertThat(liyang.value()).isEqualTo(Points.of(15));
    assertThat(liyang.score()).isEqualTo(Points.of(85));
    assertThat(liyang.previous()).hasValue(Points.of(70));
    assertThat(g.withoutPrevious())
        .containsExactly("xinbei"); // reported, neither dropped nor zeroed
    assertThat(result.previousPeriod()).hasValue("2019");
    assertThat(result.table()).contains("无上期得分，未参加进步排名：xinbei");
  }

  @Test
  void tieBreakersCompareTheImprovementOnTheirNodes() {
    Scheme scheme =
        Cohort.scheme("t", List.of("g"), progress().ties(TiePolicy.breakingBy("b")).build());
    Cohort last = Cohort.of(scheme).add("x", "g", "50", "50").add("y", "g", "50", "50");
    Cohort now = Cohort.of(scheme).add("x", "g", "55", "55").add("y", "g", "50", "60");
    RankedGroup g =
        now.standings().rank(now.cards(), last.cards()).improvement("progress").group("g");
    // Both improve by 10; y's b improved by 10, x's by 5.
    assertThat(g.placings()).extracting(Placing::unitId).containsExactly("y", "x");
    assertThat(g.placing("x").orElseThrow().tieBreakers()).containsExactly(Points.of(5));
    assertThat(g.holders("单项进步奖")).containsExactly("y");
  }

  @Test
  void aDisqualifiedUnitHoldsNoImprovementAward() {
    Scheme scheme = Cohort.scheme("t", List.of("g"), progress().build());
    Cohort last = Cohort.of(scheme).add("x", "g", "50").add("y", "g", "50");
    Cohort now = Cohort.of(scheme).vetoed("x", "g", "80").add("y", "g", "60");
    RankedGroup g =
        now.standings().rank(now.cards(), last.cards()).improvement("progress").group("g");
    assertThat(g.holders("单项进步奖")).isEmpty();
    assertThat(g.placing("x").orElseThrow().withheld())
        .containsExactly(new Withheld("单项进步奖", Withheld.Reason.DISQUALIFIED));
  }

  @Test
  void improvementNeedsLastPeriodsCardsAndTheirNodes() {
    Scheme scheme = Cohort.scheme("t", List.of("g"), progress().on("b").build());
    Cohort now = Cohort.of(scheme).period("2020").add("x", "g", "50");
    assertThatThrownBy(() -> now.standings().rank(now.cards()))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining(
            "outcome progress: ranks improvement against last period; pass last period's cards");
    // Last period's scheme was a revision without node b.
    Scheme older = Cohort.scheme("t-old", List.of("g"));
    Scheme withoutB =
        Scheme.builder().from(older).sections(List.of(older.sections().get(0))).build();
    ScoreCard last =
        Calculator.of(withoutB)
            .score(
                UnitFacts.of("x", "g").period("2019").addFacts(Assessment.of("a", "40")).build());
    assertThatThrownBy(() -> now.standings().rank(now.cards(), List.of(last)))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining(
            "outcome progress/unit x: last period's card has no node b to compare");
    Cohort samePeriod = Cohort.of(scheme).period("2020").add("x", "g", "40");
    assertThatThrownBy(() -> now.standings().rank(now.cards(), samePeriod.cards()))
        .hasMessageContaining("last period's cards name the same period as this period's, 2020");
  }

  @Test
  void theUnitsOfAnImprovementArePlacedLikeARanking() {
    Scheme scheme = Cohort.scheme("t", List.of("g"), progress().build());
    Cohort last = Cohort.of(scheme).add("x", "g", "50");
    Cohort now = Cohort.of(scheme).add("x", "g", "40");
    StandingsResult result = now.standings().rank(now.cards(), last.cards());
    assertThat(result.standingsOf("x"))
        .containsExactly(
            new UnitStanding(
                "progress", "g", Points.of(-10), Optional.of(1), Optional.of(1), List.of("单项进步奖")));
  }
}
