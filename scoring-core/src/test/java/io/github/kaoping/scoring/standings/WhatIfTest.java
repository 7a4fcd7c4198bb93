package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.VetoEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What-if: the points a unit lacks for a better award or band, and one changed fact. */
class WhatIfTest {

  private static Ranking departments(CutTies policy) {
    return RankingTest.ranking("awards-dept", "三(四)")
        .cutTies(policy)
        .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 4), Award.top("三等奖", 5, 9))
        .build();
  }

  private static List<String> shortfalls(Cohort cohort, String unit) {
    Standings standings = cohort.standings();
    return standings.shortfalls(standings.rank(cohort.cards())).stream()
        .filter(s -> s.unitId().equals(unit))
        .map(Shortfall::toString)
        .toList();
  }

  private static Shortfall only(Cohort cohort, String unit, String target) {
    Standings standings = cohort.standings();
    return standings.shortfalls(standings.rank(cohort.cards())).stream()
        .filter(s -> s.unitId().equals(unit) && s.target().equals(Optional.of(target)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void yueyang_3_4_aDepartmentLacksThePointsOfTheLastHolderOfTheNextAward() {
    Cohort cohort =
        Cohort.of(Cohort.scheme("yueyang-2007", List.of("dept"), departments(CutTies.ALL_BETTER)))
            .descending("d", "dept", 10, 980);
    // d5 (976) holds 三等奖; d4 (977) is the last 二等奖, d1 (980) the 一等奖.
    assertThat(shortfalls(cohort, "d5"))
        .containsExactly("d5 lacks 1 for 二等奖 (at least 977)", "d5 lacks 4 for 一等奖 (at least 980)");
    assertThat(shortfalls(cohort, "d10"))
        .containsExactly(
            "d10 lacks 1 for 三等奖 (at least 972)",
            "d10 lacks 6 for 二等奖 (at least 977)",
            "d10 lacks 9 for 一等奖 (at least 980)");
    assertThat(shortfalls(cohort, "d1")).isEmpty();
    Shortfall s = only(cohort, "d5", "二等奖");
    assertThat(s.value()).isEqualTo(Points.of(976));
    assertThat(s.isReachedBy(Points.of(977))).isTrue();
    assertThat(s.group()).isEqualTo("dept");
    assertThat(s.outcomeId()).isEqualTo("awards-dept");
  }

  @Test
  void underAllWorseATieIsNotEnoughSoTheUnitLacksMoreThanTheGap() {
    Cohort cohort =
        Cohort.of(Cohort.scheme("yueyang-2007", List.of("dept"), departments(CutTies.ALL_WORSE)))
            .descending("d", "dept", 10, 980);
    assertThat(shortfalls(cohort, "d5"))
        .containsExactly(
            "d5 lacks more than 1 for 二等奖 (above 977)", "d5 lacks more than 4 for 一等奖 (above 980)");
  }

  @Test
  void anEqualValueIsDecidedByTheUnitsTieBreakerValuesAsTheyStand() {
    Ranking first =
        RankingTest.ranking("first", "x")
            .ties(TiePolicy.breakingBy("b"))
            .addAwards(Award.top("第一", 1, 1))
            .build();
    Cohort ahead =
        Cohort.of(Cohort.scheme("t", List.of("g"), first))
            .add("x", "g", "80", "20")
            .add("y", "g", "65", "30");
    assertThat(shortfalls(ahead, "y")).containsExactly("y lacks 5 for 第一 (at least 100)");
    Cohort behind =
        Cohort.of(Cohort.scheme("t", List.of("g"), first))
            .add("x", "g", "80", "20")
            .add("y", "g", "85", "10");
    assertThat(shortfalls(behind, "y")).containsExactly("y lacks more than 5 for 第一 (above 100)");
  }

  @Test
  void jishui_4_3_1_anIneligibleUnitLacksTheEligibleScoreAsWellAsThePosition() {
    Interval eightyFive = Interval.atLeast("85");
    Ranking advanced =
        RankingTest.ranking("advanced", "四(三)1")
            .addAwards(
                Award.top("一等奖", 1, 1).eligibleIf(eightyFive),
                Award.top("二等奖", 2, 3).eligibleIf(eightyFive),
                Award.top("三等奖", 4, 6).eligibleIf(eightyFive))
            .build();
    Cohort cohort =
        Cohort.of(Cohort.scheme("jishui-2014", List.of("s"), advanced))
            .add("office", "s", "95")
            .add("personnel", "s", "90")
            .add("planning", "s", "88")
            .add("survey", "s", "85")
            .add("law", "s", "84.99");
    assertThat(shortfalls(cohort, "law"))
        .containsExactly(
            "law lacks 0.01 for 三等奖 (at least 85)",
            "law lacks 3.01 for 二等奖 (at least 88)",
            "law lacks 10.01 for 一等奖 (at least 95)");
  }

  @Test
  void township_7_aSanctionedUnitLacksThePointsToLeaveTheBottom() {
    Ranking bottom =
        RankingTest.ranking("bottom", "七")
            .addAwards(Award.bottom("倒数第一名", 1, 1), Award.bottom("倒数第二名", 2, 2))
            .build();
    Cohort cohort =
        Cohort.of(Cohort.scheme("township", List.of("g"), bottom)).descending("u", "g", 7, 95);
    // u7 (89) is last, u6 (90) second to last, u5 (91) the lowest unit without a sanction. A tie
    // at the bottom is settled towards the sanction, so equalling the unit above is not enough.
    assertThat(shortfalls(cohort, "u7"))
        .containsExactly(
            "u7 lacks more than 1 for 倒数第二名 (above 90)",
            "u7 lacks more than 2 for no bottom award (above 91)");
    assertThat(shortfalls(cohort, "u6"))
        .containsExactly("u6 lacks more than 1 for no bottom award (above 91)");
    assertThat(shortfalls(cohort, "u5")).isEmpty();
  }

  @Test
  void aDisqualifiedUnitLacksNothingForAnAwardItCannotHold() {
    Cohort cohort =
        Cohort.of(Cohort.scheme("yueyang-2007", List.of("dept"), departments(CutTies.ALL_BETTER)))
            .descending("d", "dept", 10, 980)
            .vetoed("leak", "dept", "900");
    assertThat(shortfalls(cohort, "leak")).isEmpty();
  }

  @Test
  void jishui_4_3_2_aUnitLacksEachHigherBandsLowerBound() {
    Banding bands =
        Banding.of("bands", "档次", "x")
            .addBands(
                new Band("扣发10%", Interval.below("80")),
                new Band(
                    "扣发5%",
                    Interval.between(
                        new java.math.BigDecimal("80"),
                        true,
                        new java.math.BigDecimal("85"),
                        false)),
                new Band(
                    "全额领取",
                    Interval.between(
                        new java.math.BigDecimal("85"),
                        true,
                        new java.math.BigDecimal("95"),
                        true)),
                new Band("超过95", Interval.above(new java.math.BigDecimal("95"))))
            .build();
    Cohort cohort =
        Cohort.of(Cohort.scheme("jishui-2014", List.of("s"), bands)).add("a", "s", "79");
    assertThat(shortfalls(cohort, "a"))
        .containsExactly(
            "a lacks 1 for 扣发5% (at least 80)",
            "a lacks 6 for 全额领取 (at least 85)", "a lacks more than 16 for 超过95 (above 95)");
  }

  // ------------------------------------------------------------------ one changed fact

  private static Cohort departments() {
    return Cohort.of(
            Cohort.scheme("yueyang-2007", List.of("dept"), departments(CutTies.ALL_BETTER)))
        .descending("d", "dept", 10, 980);
  }

  @Test
  void oneMorePointRescoresTheUnitAndReRanksItAgainstTheOthersUnchanged() {
    Cohort cohort = departments();
    WhatIf w =
        cohort
            .standings()
            .whatIf(
                cohort.cards(),
                cohort.facts("d5"),
                FactChange.replace(Assessment.of("a", "976"), Assessment.of("a", "977")));
    assertThat(w.before().total()).isEqualTo(Points.of(976));
    assertThat(w.after().total()).isEqualTo(Points.of(977));
    WhatIf.Effect e = w.effect("awards-dept").orElseThrow();
    assertThat(e.before().holds()).containsExactly("三等奖");
    // Tied with d4 across the 二等奖 cut; ALL_BETTER gives both 二等奖.
    assertThat(e.after().holds()).containsExactly("二等奖");
    assertThat(e.after().position()).hasValue(4);
    assertThat(e.changesStanding()).isTrue();
  }

  @Test
  void aVetoEventAddedOrRemovedTakesOrRestoresTheAward() {
    Cohort cohort = departments();
    VetoEvent leak = VetoEvent.of("leak-1", "veto", "失泄密");
    WhatIf added =
        cohort.standings().whatIf(cohort.cards(), cohort.facts("d1"), FactChange.add(leak));
    assertThat(added.effect("awards-dept").orElseThrow().after().holds()).isEmpty();
    assertThat(added.after().isDisqualified()).isTrue();

    Cohort vetoed = departments().vetoed("leak", "dept", "990");
    WhatIf removed =
        vetoed
            .standings()
            .whatIf(
                vetoed.cards(),
                vetoed.facts("leak"),
                FactChange.remove(VetoEvent.of("leak-veto", "veto", "违纪")));
    WhatIf.Effect e = removed.effect("awards-dept").orElseThrow();
    assertThat(e.before().holds()).isEmpty();
    assertThat(e.after().holds()).containsExactly("一等奖");
  }

  @Test
  void aChangeMustFitTheUnitsFacts() {
    Cohort cohort = departments();
    Standings standings = cohort.standings();
    assertThatThrownBy(
            () ->
                standings.whatIf(
                    cohort.cards(), cohort.facts("d5"), FactChange.remove(Assessment.of("a", "1"))))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("unit d5: has no fact equal to");
    assertThatThrownBy(
            () ->
                standings.whatIf(
                    cohort.cards(),
                    cohort.facts("d5").with(VetoEvent.of("x", "veto", "违纪")),
                    FactChange.add(Assessment.of("a", "1"))))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("unit d5: its facts do not score to its card among the cards");
    Cohort other = departments().add("stranger", "dept", "1");
    assertThatThrownBy(
            () ->
                standings.whatIf(
                    cohort.cards(),
                    other.facts("stranger"),
                    FactChange.add(Assessment.of("a", "1"))))
        .hasMessageContaining("unit stranger: has no card among the cards");
  }
}
