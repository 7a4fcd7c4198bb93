package io.github.kaoping.scoring.standings;

import static io.github.kaoping.scoring.standings.RankingTest.ranking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the standings leave to the office: awards a tie leaves unfilled and awards whose number of
 * places the office has not set. Never filled by a rule of the library, always named loudly.
 */
class OfficeDecisionsTest {

  private static Scheme scheme(CutTies policy, Award... awards) {
    return Cohort.scheme(
        "t", List.of("g"), ranking("prizes", "四(一)").cutTies(policy).addAwards(awards).build());
  }

  @Test
  void dazhou_4_1_threeTiedFirstForTwoPlacesSettledDownwardsLeaveTheAwardToTheOffice() {
    // "评选先进县(市、区)2名": ALL_WORSE gives the three tied counties nothing.
    StandingsResult result =
        Cohort.of(scheme(CutTies.ALL_WORSE, Award.top("先进", 1, 2)))
            .add("a", "g", "92")
            .add("b", "g", "92")
            .add("c", "g", "92")
            .add("d", "g", "80")
            .rank();
    RankedGroup g = result.ranking("prizes").group("g");
    assertThat(g.holders("先进")).isEmpty();
    assertThat(result.decisions())
        .singleElement()
        .isInstanceOfSatisfying(
            AwardUnfilledByTie.class,
            d -> {
              assertThat(d.outcomeId()).isEqualTo("prizes");
              assertThat(d.group()).isEqualTo("g");
              assertThat(d.award()).isEqualTo("先进");
              assertThat(d.end()).isEqualTo(Award.End.TOP);
              assertThat(d.from()).isEqualTo(1);
              assertThat(d.to()).isEqualTo(2);
              assertThat(d.unitIds()).containsExactly("a", "b", "c");
              assertThat(d.tieFrom()).isEqualTo(1);
              assertThat(d.tieTo()).isEqualTo(3);
              assertThat(d.settled()).isEmpty();
              assertThat(d.text())
                  .contains("先进单位〔四(一)〕", "“先进”第1至2名", "a、b、c", "须由考评办决定")
                  .doesNotContain("prizes");
            });
    assertThat(g.decisions()).isEqualTo(result.decisions());
    String table = result.table();
    assertThat(table.lines().findFirst()).hasValue("！须由考评办决定的事项（1项），结果在决定前不是最终结果：");
    assertThat(table.lines().skip(1).findFirst().orElseThrow()).startsWith("  ！先进单位〔四(一)〕");
  }

  @Test
  void aTieAcrossTheLastPlaceSettledDownwardsLeavesThatPlaceToTheOffice() {
    // One unit holds 先进 outright; the second place is lost by a tie: short, not empty.
    StandingsResult result =
        Cohort.of(scheme(CutTies.ALL_WORSE, Award.top("先进", 1, 2)))
            .add("a", "g", "95")
            .add("b", "g", "92")
            .add("c", "g", "92")
            .rank();
    assertThat(result.ranking("prizes").group("g").holders("先进")).containsExactly("a");
    assertThat(result.decisions())
        .singleElement()
        .isInstanceOfSatisfying(
            AwardUnfilledByTie.class,
            d -> {
              assertThat(d.from()).isEqualTo(2);
              assertThat(d.to()).isEqualTo(2);
              assertThat(d.unitIds()).containsExactly("b", "c");
            });
  }

  @Test
  void aTieSettledUpwardsThatTakesEveryPlaceOfTheNextAwardLeavesItToTheOffice() {
    // yueyang 三(四) "第一名为一等奖，二、三名为二等奖": three tied first are all 一等奖, so nobody
    // holds 二等奖; a tie at 3 and 4 takes only one of 三等奖's places, which others still hold.
    Award[] awards = {Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6)};
    StandingsResult threeFirst =
        Cohort.of(scheme(CutTies.ALL_BETTER, awards))
            .add("a", "g", "95")
            .add("b", "g", "95")
            .add("c", "g", "95")
            .descending("u", "g", 4, 90)
            .rank();
    assertThat(threeFirst.ranking("prizes").group("g").holders("一等奖")).hasSize(3);
    assertThat(threeFirst.decisions())
        .singleElement()
        .satisfies(d -> assertThat(d.award()).isEqualTo("二等奖"))
        .isInstanceOfSatisfying(
            AwardUnfilledByTie.class,
            d -> {
              assertThat(d.from()).isEqualTo(2);
              assertThat(d.to()).isEqualTo(3);
              assertThat(d.settled()).contains("一等奖");
            });
    StandingsResult tiedThird =
        Cohort.of(scheme(CutTies.ALL_BETTER, awards))
            .add("a", "g", "95")
            .add("b", "g", "94")
            .add("c", "g", "93")
            .add("d", "g", "93")
            .descending("u", "g", 3, 90)
            .rank();
    assertThat(tiedThird.ranking("prizes").group("g").holders("二等奖"))
        .containsExactly("b", "c", "d");
    assertThat(tiedThird.ranking("prizes").group("g").cutTies()).hasSize(1);
    assertThat(tiedThird.decisions()).isEmpty();
  }

  @Test
  void aTieWithinOneAwardOrBelowEveryAwardLeavesNothingToDecide() {
    StandingsResult result =
        Cohort.of(scheme(CutTies.ALL_WORSE, Award.top("先进", 1, 2)))
            .add("a", "g", "95")
            .add("b", "g", "95")
            .add("c", "g", "80")
            .add("d", "g", "80")
            .rank();
    assertThat(result.decisions()).isEmpty();
    assertThat(result.table()).doesNotContain("须由考评办决定");
  }

  // ------------------------------------------------------------------ places the office sets

  private static final String WINNERS = "overall-winners";

  private static Scheme withPlacesParameter() {
    Scheme base =
        Cohort.scheme(
            "changzhou",
            List.of("g"),
            ranking("overall", "六").addAwards(Award.topPlaces("综合优胜奖", 1, WINNERS)).build());
    return Scheme.builder()
        .from(base)
        .addParameters(Parameter.places(WINNERS, "年度综合优胜奖获奖名次数", "六", "六 \"评选年度综合优胜奖\" 未定名额", 3))
        .build();
  }

  private static Cohort fiveUnits(Scheme scheme) {
    return Cohort.of(scheme).descending("u", "g", 5, 95);
  }

  @Test
  void changzhou_6_anAwardWhosePlacesTheOfficeHasNotSetGoesToNobodyAndSaysSo() {
    StandingsResult result = fiveUnits(withPlacesParameter()).rank();
    RankedGroup g = result.ranking("overall").group("g");
    assertThat(g.placings()).hasSize(5);
    assertThat(g.holders("综合优胜奖")).isEmpty();
    assertThat(result.decisions())
        .singleElement()
        .isInstanceOfSatisfying(
            AwardPlacesNotSet.class,
            d -> {
              assertThat(d.award()).isEqualTo("综合优胜奖");
              assertThat(d.parameterId()).isEqualTo(WINNERS);
              assertThat(d.from()).isEqualTo(1);
              assertThat(d.text()).contains("先进单位〔六〕", "年度综合优胜奖获奖名次数", "--set " + WINNERS + "=");
            });
    // The example is documentation only: it is never applied.
    assertThat(result.table()).startsWith("！须由考评办决定的事项（1项），结果在决定前不是最终结果：");
  }

  @Test
  void changzhou_6_theOfficesNumberOfPlacesDecidesTheAward() {
    Scheme set = withPlacesParameter().withParameters(Map.of(WINNERS, BigDecimal.valueOf(2)));
    StandingsResult result = fiveUnits(set).rank();
    assertThat(result.ranking("overall").group("g").holders("综合优胜奖")).containsExactly("u1", "u2");
    assertThat(result.decisions()).isEmpty();
    // What-if answers use the same places.
    assertThat(Standings.of(set).shortfalls(result))
        .extracting(s -> s.unitId() + " " + s.target().orElse("") + " " + s.points())
        .contains("u3 综合优胜奖 1");
  }

  @Test
  void aValueThatIsNotAWholeNumberOfPlacesOrAnUnknownParameterIsRefusedWithEveryProblem() {
    Scheme scheme = withPlacesParameter();
    assertThatThrownBy(
            () ->
                scheme.withParameters(
                    Map.of(WINNERS, new BigDecimal("2.5"), "winners", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter overall-winners (年度综合优胜奖获奖名次数): a number of places")
        .hasMessageContaining("has no parameter winners; its parameters are [overall-winners]");
    assertThatThrownBy(() -> scheme.withParameters(Map.of(WINNERS, BigDecimal.ZERO)))
        .hasMessageContaining("whole number from 1");
  }
}
