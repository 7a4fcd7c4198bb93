package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.UnitFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalogue §5: rankings within groups, awards by position, ties, cuts and disqualification. */
class RankingTest {

  static Ranking.Builder ranking(String id, String clause) {
    return Ranking.of(id, "先进单位", clause)
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER);
  }

  private static List<String> ranks(RankedGroup g) {
    return g.placings().stream()
        .map(p -> p.unitId() + ":" + p.rank().map(String::valueOf).orElse("-"))
        .toList();
  }

  private static Points p(String points) {
    return Points.parse(points);
  }

  // ------------------------------------------------------------------ worked examples

  @Test
  void yueyang_3_4_countiesWinOneTwoToThreeFourToSixAndDepartmentsOneTwoToFourFiveToNine() {
    // 三(四) "县、市、区计分第一名为一等奖，二、三名为二等奖，四、五、六名为三等奖；
    // 市政府各部门计分第一名为一等奖，二、三、四名为二等奖，五、六、七、八、九名为三等奖。"
    Scheme scheme =
        Cohort.scheme(
            "yueyang-2007",
            List.of("county", "dept"),
            ranking("awards-county", "三(四)")
                .addGroups("county")
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6))
                .build(),
            ranking("awards-dept", "三(四)")
                .addGroups("dept")
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 4), Award.top("三等奖", 5, 9))
                .build());
    StandingsResult result =
        Cohort.of(scheme)
            .descending("c", "county", 12, 950)
            .descending("d", "dept", 72, 980)
            .rank();

    RankedGroup counties = result.ranking("awards-county").group("county");
    assertThat(counties.holders("一等奖")).containsExactly("c1");
    assertThat(counties.holders("二等奖")).containsExactly("c2", "c3");
    assertThat(counties.holders("三等奖")).containsExactly("c4", "c5", "c6");
    assertThat(counties.placing("c7").orElseThrow().awards()).isEmpty();
    assertThat(counties.placings()).hasSize(12);

    RankedGroup depts = result.ranking("awards-dept").group("dept");
    assertThat(depts.holders("一等奖")).containsExactly("d1");
    assertThat(depts.holders("二等奖")).containsExactly("d2", "d3", "d4");
    assertThat(depts.holders("三等奖")).containsExactly("d5", "d6", "d7", "d8", "d9");
    assertThat(depts.placing("d10").orElseThrow().awards()).isEmpty();
    assertThat(result.ranking("awards-county").groups()).containsExactly("county");
  }

  @Test
  void yueyang_3_3_highestFirstWithSharedCompetitionRanksByDefault() {
    // 三(三) "按计分从高至低排序"; the tie policy is explicit: 1, 2, 2, 4.
    Scheme scheme = Cohort.scheme("t", List.of("g"), ranking("rank", "三(三)").build());
    StandingsResult result =
        Cohort.of(scheme)
            .add("w", "g", "80")
            .add("y", "g", "90")
            .add("x", "g", "90")
            .add("z", "g", "100")
            .rank();
    RankedGroup g = result.ranking("rank").group("g");
    assertThat(ranks(g)).containsExactly("z:1", "x:2", "y:2", "w:4");
    assertThat(g.placings())
        .extracting(Placing::position)
        .containsExactly(Optional.of(1), Optional.of(2), Optional.of(2), Optional.of(4));
    assertThat(g.placings())
        .extracting(Placing::fromBottom)
        .containsExactly(Optional.of(4), Optional.of(2), Optional.of(2), Optional.of(1));
  }

  @Test
  void denseRanksNumberConsecutivelyButAwardsStillCountPositions() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("rank", "x").ties(TiePolicy.dense()).addAwards(Award.top("前三", 1, 3)).build());
    RankedGroup g =
        Cohort.of(scheme)
            .add("w", "g", "80")
            .add("y", "g", "90")
            .add("x", "g", "90")
            .add("z", "g", "100")
            .add("v", "g", "70")
            .rank()
            .ranking("rank")
            .group("g");
    assertThat(ranks(g)).containsExactly("z:1", "x:2", "y:2", "w:3", "v:4");
    // w is ranked 3 but stands at position 4: the top three positions are z, x and y.
    assertThat(g.holders("前三")).containsExactly("z", "x", "y");
    assertThat(g.placing("w").orElseThrow().position()).hasValue(4);
  }

  @Test
  void tieBreakersOnNamedNodesDecideInOrder() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("rank", "x")
                .ties(TiePolicy.breakingBy("b"))
                .addAwards(Award.top("第一", 1, 1))
                .build());
    RankedGroup g =
        Cohort.of(scheme)
            .add("x", "g", "50", "40")
            .add("y", "g", "60", "30")
            .add("z", "g", "45", "45")
            .add("u", "g", "60", "30")
            .rank()
            .ranking("rank")
            .group("g");
    // All total 90; b decides: z 45, x 40, then u and y tied at 30 (listed by unit id).
    assertThat(ranks(g)).containsExactly("z:1", "x:2", "u:3", "y:3");
    assertThat(g.placing("z").orElseThrow().tieBreakers()).containsExactly(p("45"));
    assertThat(g.holders("第一")).containsExactly("z");
    assertThat(g.cutTies()).isEmpty();
  }

  @Test
  void theUnitIdDecidesOnlyWhenThePolicySaysSo() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("rank", "x")
                .ties(new TiePolicy(TiePolicy.Ranks.COMPETITION, List.of(), true))
                .addAwards(Award.top("第一", 1, 1))
                .build());
    RankedGroup g =
        Cohort.of(scheme).add("q", "g", "90").add("p", "g", "90").rank().ranking("rank").group("g");
    assertThat(ranks(g)).containsExactly("p:1", "q:2");
    assertThat(g.holders("第一")).containsExactly("p");
    assertThat(g.cutTies()).isEmpty();
  }

  @Test
  void harbin_10_standardBearersAndAdvancedUnitsPerSeries() {
    // 第十条 标兵: 区政府序列前2名、县(市)政府序列前3名、委办局序列前10名、驻外办事处序列前2名;
    // 先进: 第3名至第5名、第4名至第7名、第11名至第30名、第3名至第5名.
    String[] series = {"district", "county", "bureau", "office"};
    int[][] bounds = {{2, 5}, {3, 7}, {10, 30}, {2, 5}};
    List<Ranking> rankings = new ArrayList<>();
    for (int s = 0; s < series.length; s++) {
      rankings.add(
          ranking("awards-" + series[s], "第十条")
              .addGroups(series[s])
              .addAwards(
                  Award.top("标兵单位", 1, bounds[s][0]),
                  Award.top("先进单位", bounds[s][0] + 1, bounds[s][1]))
              .build());
    }
    Scheme scheme = Cohort.scheme("harbin-2008", List.of(series), rankings.toArray(new Ranking[0]));
    StandingsResult result =
        Cohort.of(scheme)
            .descending("d", "district", 8, 300)
            .descending("c", "county", 10, 300)
            .descending("b", "bureau", 40, 300)
            .descending("o", "office", 5, 300)
            .rank();
    int[][] counts = {{2, 3}, {3, 4}, {10, 20}, {2, 3}};
    for (int s = 0; s < series.length; s++) {
      RankedGroup g = result.ranking("awards-" + series[s]).group(series[s]);
      assertThat(g.holders("标兵单位")).as(series[s]).hasSize(counts[s][0]);
      assertThat(g.holders("先进单位")).as(series[s]).hasSize(counts[s][1]);
    }
    RankedGroup bureaus = result.ranking("awards-bureau").group("bureau");
    assertThat(bureaus.holders("先进单位")).startsWith("b11").endsWith("b30");
    // 驻外办事处 has five units: every one is 标兵 or 先进.
    assertThat(result.ranking("awards-office").group("office").holders("先进单位"))
        .containsExactly("o3", "o4", "o5");
  }

  @Test
  void zhangzhou_5_excellentTopFiveTenFivePerSeriesAndFailingBelowSevenHundred() {
    // 五 "取第一系列前5名，第二序列前10名，第三系列前5名，为'优秀单位'；总分在700分(不含700分)以下的为'不合格单位'"
    Scheme scheme =
        Cohort.scheme(
            "zhangzhou",
            List.of("s1", "s2", "s3"),
            ranking("excellent-s1", "五").addGroups("s1").addAwards(Award.top("优秀单位", 1, 5)).build(),
            ranking("excellent-s2", "五")
                .addGroups("s2")
                .addAwards(Award.top("优秀单位", 1, 10))
                .build(),
            ranking("excellent-s3", "五").addGroups("s3").addAwards(Award.top("优秀单位", 1, 5)).build(),
            io.github.kaoping.scoring.Banding.of("failing", "不合格单位", "五")
                .addBands(new io.github.kaoping.scoring.Band("不合格单位", Interval.below("700")))
                .build());
    StandingsResult result =
        Cohort.of(scheme)
            .descending("a", "s1", 18, 900)
            .descending("b", "s2", 44, 900)
            .descending("c", "s3", 12, 900)
            .add("c-exact", "s3", "700")
            .add("c-below", "s3", "699.9")
            .rank();
    assertThat(result.ranking("excellent-s1").group("s1").holders("优秀单位"))
        .containsExactly("a1", "a2", "a3", "a4", "a5");
    assertThat(result.ranking("excellent-s2").group("s2").holders("优秀单位")).hasSize(10);
    assertThat(result.ranking("excellent-s3").group("s3").holders("优秀单位")).hasSize(5);
    BandedGroup s3 = result.banding("failing").group("s3");
    assertThat(s3.unit("c-exact").orElseThrow().band()).isEmpty(); // exactly 700 is 合格
    assertThat(s3.unit("c-below").orElseThrow().band()).hasValue("不合格单位");
    assertThat(s3.inBand("不合格单位")).containsExactly("c-below");
    assertThat(result.banding("failing").groups()).containsExactly("s1", "s2", "s3");
  }

  @Test
  void jishui_4_3_1_eightyFiveOrMoreThenOneFirstTwoSecondThreeThird() {
    // 四(三)1 "综合考评总分在85分以上，按得分高低评出综合先进单位一等奖一个，二等奖2个，三等奖3个"
    Interval eightyFive = Interval.atLeast("85");
    Scheme scheme =
        Cohort.scheme(
            "jishui-2014",
            List.of("section"),
            ranking("advanced", "四(三)1")
                .addAwards(
                    Award.top("一等奖", 1, 1).eligibleIf(eightyFive),
                    Award.top("二等奖", 2, 3).eligibleIf(eightyFive),
                    Award.top("三等奖", 4, 6).eligibleIf(eightyFive))
                .build());
    RankedGroup g =
        Cohort.of(scheme)
            .add("office", "section", "95")
            .add("personnel", "section", "90")
            .add("planning", "section", "88")
            .add("survey", "section", "85") // exactly 85: 以上 includes it
            .add("law", "section", "84.99")
            .add("land", "section", "80")
            .rank()
            .ranking("advanced")
            .group("section");
    assertThat(g.holders("一等奖")).containsExactly("office");
    assertThat(g.holders("二等奖")).containsExactly("personnel", "planning");
    assertThat(g.holders("三等奖")).containsExactly("survey");
    // Positions 5 and 6 carry 三等奖, but their scores are below 85; it is not passed on.
    assertThat(g.placing("law").orElseThrow().withheld())
        .containsExactly(new Withheld("三等奖", Withheld.Reason.INELIGIBLE));
    assertThat(g.placing("land").orElseThrow().awards()).isEmpty();
  }

  @Test
  void township_7_lastAndSecondToLastCarrySanctionsFromTheBottom() {
    // 七 "位列倒数第二名...给予通报批评...倒数第一名的单位，给予...免职处理"; 先进: 第一类前3名.
    Scheme scheme =
        Cohort.scheme(
            "township",
            List.of("cat1"),
            ranking("results", "七")
                .addAwards(
                    Award.top("效能建设先进单位", 1, 3),
                    Award.bottom("倒数第一名", 1, 1),
                    Award.bottom("倒数第二名", 2, 2))
                .build());
    RankedGroup g =
        Cohort.of(scheme).descending("u", "cat1", 7, 95).rank().ranking("results").group("cat1");
    assertThat(g.holders("效能建设先进单位")).containsExactly("u1", "u2", "u3");
    assertThat(g.holders("倒数第一名")).containsExactly("u7");
    assertThat(g.holders("倒数第二名")).containsExactly("u6");
    assertThat(g.placing("u7").orElseThrow().fromBottom()).hasValue(1);
  }

  @Test
  void township_7_aRankingAcrossGroupsRanksEveryCategoryTogether() {
    // A reading of 七: the categories are named for 先进 but not for 倒数第一名.
    Scheme scheme =
        Cohort.scheme(
            "township",
            List.of("cat1", "cat2"),
            ranking("bottom", "七")
                .acrossGroups(true)
                .addAwards(Award.bottom("倒数第一名", 1, 1))
                .build());
    RankingResult r =
        Cohort.of(scheme)
            .add("a", "cat1", "80")
            .add("b", "cat1", "70")
            .add("c", "cat2", "75")
            .add("d", "cat2", "60")
            .rank()
            .ranking("bottom");
    assertThat(r.groups()).containsExactly("cat1+cat2");
    assertThat(r.group("cat1+cat2").holders("倒数第一名")).containsExactly("d");
    assertThat(r.group("cat1+cat2").placings())
        .extracting(Placing::unitId)
        .containsExactly("a", "c", "b", "d");
  }

  @Test
  void dazhou_4_1_eachAreaIsRankedSeparately() {
    // 四(一) "...分别评选先进县(市、区)2名、市级部门3名" for each of the areas.
    Scheme scheme =
        Cohort.scheme(
            "dazhou-2012",
            List.of("county", "dept"),
            ranking("a-county", "四(一)")
                .on("a")
                .addGroups("county")
                .addAwards(Award.top("先进", 1, 2))
                .build(),
            ranking("a-dept", "四(一)")
                .on("a")
                .addGroups("dept")
                .addAwards(Award.top("先进", 1, 3))
                .build(),
            ranking("b-county", "四(一)")
                .on("b")
                .addGroups("county")
                .addAwards(Award.top("先进", 1, 2))
                .build());
    StandingsResult result =
        Cohort.of(scheme)
            .add("k1", "county", "90", "10")
            .add("k2", "county", "80", "30")
            .add("k3", "county", "70", "20")
            .add("m1", "dept", "50", "0")
            .add("m2", "dept", "60", "0")
            .add("m3", "dept", "40", "0")
            .add("m4", "dept", "30", "0")
            .rank();
    assertThat(result.ranking("a-county").group("county").holders("先进"))
        .containsExactly("k1", "k2");
    assertThat(result.ranking("b-county").group("county").holders("先进"))
        .containsExactly("k2", "k3");
    assertThat(result.ranking("a-dept").group("dept").holders("先进"))
        .containsExactly("m2", "m1", "m3");
    assertThat(result.ranking("b-county").group("county").placing("k1").orElseThrow().value())
        .isEqualTo(p("10"));
  }

  // ------------------------------------------------------------------ ties at a cut

  private static RankedGroup prizes(CutTies policy, String... unitsAndTotals) {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("prizes", "x")
                .cutTies(policy)
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 5))
                .build());
    Cohort cohort = Cohort.of(scheme);
    for (int i = 0; i < unitsAndTotals.length; i += 2) {
      cohort.add(unitsAndTotals[i], "g", unitsAndTotals[i + 1]);
    }
    return cohort.rank().ranking("prizes").group("g");
  }

  private static final String[] TIE_AT_THREE_AND_FOUR = {
    "a", "100", "b", "95", "c", "90", "d", "90", "e", "80", "f", "70"
  };

  @Test
  void aTieAcrossACutIsReportedAndAllBetterGivesEveryTiedUnitTheBetterAward() {
    RankedGroup g = prizes(CutTies.ALL_BETTER, TIE_AT_THREE_AND_FOUR);
    assertThat(g.holders("二等奖")).containsExactly("b", "c", "d"); // three, through a reported tie
    assertThat(g.holders("三等奖")).containsExactly("e");
    assertThat(g.cutTies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.unitIds()).containsExactly("c", "d");
              assertThat(t.value()).isEqualTo(p("90"));
              assertThat(t.end()).isEqualTo(Award.End.TOP);
              assertThat(t.from()).isEqualTo(3);
              assertThat(t.to()).isEqualTo(4);
              assertThat(t.spans())
                  .containsExactly(
                      new Span(3, 3, Optional.of("二等奖")), new Span(4, 4, Optional.of("三等奖")));
              assertThat(t.policy()).isEqualTo(CutTies.ALL_BETTER);
              assertThat(t.settled()).hasValue("二等奖");
            });
    assertThat(g.placing("c").orElseThrow().withheld()).isEmpty(); // it holds the better award
  }

  @Test
  void allWorseGivesEveryTiedUnitTheWorseAward() {
    RankedGroup g = prizes(CutTies.ALL_WORSE, TIE_AT_THREE_AND_FOUR);
    assertThat(g.holders("二等奖")).containsExactly("b");
    assertThat(g.holders("三等奖")).containsExactly("c", "d", "e");
    assertThat(g.cutTies()).singleElement().satisfies(t -> assertThat(t.settled()).hasValue("三等奖"));
    assertThat(g.placing("d").orElseThrow().withheld())
        .containsExactly(new Withheld("二等奖", Withheld.Reason.TIE_AT_CUT));
  }

  @Test
  void aTieAcrossTheLastCutIsSettledToNoAwardUnderAllWorse() {
    String[] tieAtFiveAndSix = {"a", "100", "b", "95", "c", "90", "d", "85", "e", "80", "f", "80"};
    RankedGroup worse = prizes(CutTies.ALL_WORSE, tieAtFiveAndSix);
    assertThat(worse.holders("三等奖")).containsExactly("d");
    assertThat(worse.cutTies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.spans())
                  .containsExactly(
                      new Span(5, 5, Optional.of("三等奖")), new Span(6, 6, Optional.empty()));
              assertThat(t.settled()).isEmpty();
            });
    assertThat(worse.placing("e").orElseThrow().withheld())
        .containsExactly(new Withheld("三等奖", Withheld.Reason.TIE_AT_CUT));
    RankedGroup better = prizes(CutTies.ALL_BETTER, tieAtFiveAndSix);
    assertThat(better.holders("三等奖")).containsExactly("d", "e", "f");
  }

  @Test
  void aTieAcrossSeveralCutsSpansEveryAward() {
    RankedGroup g =
        prizes(CutTies.ALL_BETTER, "a", "90", "b", "90", "c", "90", "d", "90", "e", "50");
    assertThat(g.holders("一等奖")).containsExactly("a", "b", "c", "d");
    assertThat(g.cutTies())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.spans())
                    .containsExactly(
                        new Span(1, 1, Optional.of("一等奖")),
                        new Span(2, 3, Optional.of("二等奖")),
                        new Span(4, 4, Optional.of("三等奖"))));
  }

  @Test
  void township_7_aTieAtTheBottomIsSettledTowardsTheSanctionWhateverThePolicy() {
    // Units tied for the last places share the last place: each receives the heaviest sanction
    // the tie's positions carry, so a tie never takes a sanction away (issue 10 §4). The declared
    // policy governs awards from the top only.
    for (CutTies policy : CutTies.values()) {
      Scheme scheme =
          Cohort.scheme(
              "township",
              List.of("g"),
              ranking("bottom", "七")
                  .cutTies(policy)
                  .addAwards(Award.bottom("倒数第一名", 1, 1), Award.bottom("倒数第二名", 2, 2))
                  .build());
      RankedGroup lastTwo =
          Cohort.of(scheme)
              .add("a", "g", "90")
              .add("b", "g", "80")
              .add("c", "g", "70")
              .add("d", "g", "70")
              .rank()
              .ranking("bottom")
              .group("g");
      RankedGroup lastThree =
          Cohort.of(scheme)
              .add("a", "g", "90")
              .add("b", "g", "70")
              .add("c", "g", "70")
              .add("d", "g", "70")
              .rank()
              .ranking("bottom")
              .group("g");
      RankedGroup aboveLast =
          Cohort.of(scheme)
              .add("a", "g", "90")
              .add("b", "g", "80")
              .add("c", "g", "80")
              .add("d", "g", "70")
              .rank()
              .ranking("bottom")
              .group("g");
      assertThat(lastTwo.holders("倒数第一名")).as(policy.name()).containsExactly("c", "d");
      assertThat(lastTwo.holders("倒数第二名")).as(policy.name()).isEmpty();
      assertThat(lastThree.holders("倒数第一名")).as(policy.name()).containsExactly("b", "c", "d");
      assertThat(aboveLast.holders("倒数第二名")).as(policy.name()).containsExactly("b", "c");
      assertThat(aboveLast.holders("倒数第一名")).as(policy.name()).containsExactly("d");
      // The tied units receive a heavier sanction, not a lighter one: nothing is withheld.
      assertThat(lastTwo.placings()).allSatisfy(p -> assertThat(p.withheld()).isEmpty());
      assertThat(lastTwo.cutTies())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.end()).isEqualTo(Award.End.BOTTOM);
                assertThat(t.policy()).isEqualTo(CutTies.ALL_WORSE);
                assertThat(t.settled()).contains("倒数第一名");
                assertThat(t.spans())
                    .containsExactly(
                        new Span(1, 1, Optional.of("倒数第一名")), new Span(2, 2, Optional.of("倒数第二名")));
              });
      // 倒数第二名 is held by nobody: the office decides whether the unit above takes it.
      assertThat(lastTwo.decisions())
          .singleElement()
          .isInstanceOfSatisfying(
              AwardUnfilledByTie.class,
              d -> {
                assertThat(d.award()).isEqualTo("倒数第二名");
                assertThat(d.end()).isEqualTo(Award.End.BOTTOM);
                assertThat(d.from()).isEqualTo(2);
                assertThat(d.to()).isEqualTo(2);
                assertThat(d.unitIds()).containsExactly("c", "d");
                assertThat(d.settled()).contains("倒数第一名");
                assertThat(d.text()).contains("倒数第二名", "倒数第2名", "考评办");
              });
      assertThat(aboveLast.decisions()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ disqualification

  private static Ranking.Builder vetoRanking(DisqualifiedUnits policy) {
    return ranking("prizes", "四(四)4")
        .disqualified(policy)
        .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 2), Award.top("三等奖", 3, 3));
  }

  private static RankedGroup vetoedFirst(Ranking ranking) {
    Scheme scheme = Cohort.scheme("yueyang-2007", List.of("g"), ranking);
    return Cohort.of(scheme)
        .vetoed("leak", "g", "100")
        .add("b", "g", "90")
        .add("c", "g", "80")
        .add("d", "g", "70")
        .vetoed("last", "g", "60")
        .rank()
        .ranking("prizes")
        .group("g");
  }

  @Test
  void yueyang_4_4_4_aDisqualifiedUnitKeepsItsPositionAndItsAwardGoesToNoOne() {
    // 四(四)4 "评先资格一票否决": the score stands, the honour does not; a sanction still falls.
    RankedGroup g =
        vetoedFirst(
            vetoRanking(DisqualifiedUnits.KEEP_POSITION)
                .addAwards(Award.bottom("倒数第一", 1, 1))
                .build());
    assertThat(ranks(g)).containsExactly("leak:1", "b:2", "c:3", "d:4", "last:5");
    assertThat(g.holders("一等奖")).isEmpty();
    assertThat(g.holders("二等奖")).containsExactly("b");
    assertThat(g.holders("三等奖")).containsExactly("c");
    assertThat(g.holders("倒数第一")).containsExactly("last");
    Placing leak = g.placing("leak").orElseThrow();
    assertThat(leak.disqualified()).isTrue();
    assertThat(leak.withheld()).containsExactly(new Withheld("一等奖", Withheld.Reason.DISQUALIFIED));
    assertThat(g.placing("last").orElseThrow().withheld()).isEmpty();
  }

  @Test
  void yueyang_4_4_4_aDisqualifiedUnitRankedApartLetsTheOthersMoveUp() {
    RankedGroup g = vetoedFirst(vetoRanking(DisqualifiedUnits.SKIP_POSITION).build());
    assertThat(ranks(g)).containsExactly("b:1", "c:2", "d:3", "leak:-", "last:-");
    assertThat(g.holders("一等奖")).containsExactly("b");
    assertThat(g.holders("二等奖")).containsExactly("c");
    assertThat(g.holders("三等奖")).containsExactly("d");
    Placing leak = g.placing("leak").orElseThrow();
    assertThat(leak.position()).isEmpty();
    assertThat(leak.fromBottom()).isEmpty();
    assertThat(leak.awards()).isEmpty();
  }

  @Test
  void unitsRankedApartCannotEscapeASanctionCountedFromTheBottom() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            vetoRanking(DisqualifiedUnits.SKIP_POSITION)
                .addAwards(Award.bottom("倒数第一", 1, 1))
                .build());
    assertThat(io.github.kaoping.scoring.Calculator.validate(scheme))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("declare KEEP_POSITION"));
  }

  // ------------------------------------------------------------------ input

  @Test
  void badCardsAreAllReportedAndNothingIsRanked() {
    Scheme scheme = Cohort.scheme("t", List.of("g"), ranking("rank", "x").build());
    Cohort here = Cohort.of(scheme).period("2024").add("a", "g", "90").add("b", "g", "80");
    Cohort other =
        Cohort.of(Cohort.scheme("other", List.of("g"))).period("2024").add("x", "g", "70");
    Cohort earlier = Cohort.of(scheme).period("2023").add("c", "g", "60");
    List<io.github.kaoping.scoring.ScoreCard> cards = new ArrayList<>(here.cards());
    cards.add(here.card("a"));
    cards.addAll(other.cards());
    cards.addAll(earlier.cards());
    assertThatThrownBy(() -> here.standings().rank(cards))
        .isInstanceOfSatisfying(
            StandingsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "cards/unit a: unit a has two cards",
                        "cards/unit x: its card is of scheme other, not t",
                        "cards: cards of several periods cannot be ranked together: [2023, 2024]"));
  }

  @Test
  void theResultNamesThePeriodAndPrintsAsATable() {
    Scheme scheme =
        Cohort.scheme(
            "t", List.of("g"), ranking("prizes", "三(四)").addAwards(Award.top("一等奖", 1, 1)).build());
    StandingsResult result =
        Cohort.of(scheme)
            .period("2024")
            .add("a", "g", "90")
            .add("b", "g", "90")
            .vetoed("c", "g", "95")
            .rank();
    assertThat(result.period()).hasValue("2024");
    assertThat(result.table())
        .isEqualTo(
            String.join(
                "\n",
                "先进单位〔三(四)〕：g",
                "名次  位次  单位  得分  奖项  备注",
                "----  ----  ----  ----  ----  ------------------------------------",
                "   1     1  c       95        一票否决；未获“一等奖”（被一票否决）",
                "   2     2  a       90",
                "   2     2  b       90",
                ""));
    assertThat(result.standingsOf("a"))
        .containsExactly(
            new UnitStanding("prizes", "g", p("90"), Optional.of(2), Optional.of(2), List.of()));
  }

  @Test
  void theSameCardsInAnyOrderGiveAnEqualResult() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("prizes", "x")
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3))
                .build());
    Cohort cohort =
        Cohort.of(scheme)
            .add("a", "g", "90")
            .add("b", "g", "90")
            .add("c", "g", "80")
            .add("d", "g", "90");
    List<ScoreCard> reversed = cohort.cards();
    Collections.reverse(reversed);
    assertThat(cohort.standings().rank(reversed)).isEqualTo(cohort.rank());
  }

  @Test
  void cardsAreReadOnceFromAnyIterableSoTheyMayBeScoredWhileRanked() {
    Scheme scheme =
        Cohort.scheme(
            "t",
            List.of("g"),
            ranking("prizes", "x")
                .on("b")
                .ties(TiePolicy.breakingBy("a"))
                .addAwards(Award.top("一等奖", 1, 1))
                .build());
    Cohort cohort =
        Cohort.of(scheme)
            .add("p", "g", "10", "90")
            .add("q", "g", "20", "90")
            .add("r", "g", "1", "80");
    // a source that can be read only once, as a file of facts scored unit by unit is
    List<UnitFacts> facts = List.of(cohort.facts("p"), cohort.facts("q"), cohort.facts("r"));
    boolean[] read = {false};
    Iterable<ScoreCard> once =
        () -> {
          assertThat(read[0]).as("read twice").isFalse();
          read[0] = true;
          return facts.stream().map(cohort.calculator()::score).iterator();
        };
    StandingsResult result = cohort.standings().rank(once);
    assertThat(result).isEqualTo(cohort.rank());
    assertThat(result.ranking("prizes").group("g").holders("一等奖")).containsExactly("q");
  }
}
