package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.max;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.sumOfMaxima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Occurrence.JointRole;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.BandedGroup;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import io.github.kaoping.scoring.standings.Withheld;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 漳州市直机关绩效考评办法, packaged as {@link Regulation#ZHANGZHOU}. */
class ZhangzhouMunicipalTest {

  private static final Scheme SCHEME = Regulation.ZHANGZHOU.scheme();

  /**
   * A second-series unit with 400 for its targets, no deduction and no reward, a 90% survey and
   * raters at 40 and 44: 400 + 100 + 0 + 270 + 42 = 812.
   */
  private static ScoreCard score(Fact... extra) {
    return score(SCHEME, extra);
  }

  /** The same unit, under the scheme with the parameters its office set. */
  private static ScoreCard score(Scheme scheme, Fact... extra) {
    List<Fact> facts =
        new ArrayList<>(
            List.of(
                Assessment.of("s1", "400"),
                Assessment.of("s2.4.10", "0"),
                Assessment.of("s3.2.2", "0"),
                Measurement.of("s4.1", "90"),
                RaterScores.of("s4.2", "40", "44")));
    facts.addAll(Arrays.asList(extra));
    return PackagedSchemeChecks.score(scheme, "jiaotongju", "series-2", facts);
  }

  private static Occurrence.Builder at(String id, String node) {
    return Occurrence.of(id, node);
  }

  @Nested
  class Packaging {

    @Test
    void everyKnownDefectHasAReading() {
      assertThat(PackagedSchemeChecks.reading(SCHEME, "s2-4-5-amount").quote()).contains("每人次扣分");
      assertThat(PackagedSchemeChecks.reading(SCHEME, "s2-1-amount").quote()).contains("给予相应扣分");
      assertThat(PackagedSchemeChecks.reading(SCHEME, "second-series").quote()).contains("第二序列");
      assertThat(SCHEME.readings())
          .extracting(Reading::id)
          .contains(
              "public-review",
              "comprehensive-review",
              "basic-targets",
              "contribution-all-or-nothing",
              "joint-split",
              "same-matter-deductions",
              "self-reported",
              "overflow",
              "reward-cap",
              "research-cap",
              "research-highest",
              "standing-highest",
              "excellent-below-700",
              "ranking-ties",
              "public-review-only-units",
              "funds-pooled",
              "project-each");
    }

    @Test
    void theCatalogueFindsItById() {
      assertThat(Regulation.byId("zhangzhou-municipal")).contains(Regulation.ZHANGZHOU);
      assertThat(Regulation.ZHANGZHOU.scheme()).isEqualTo(ZhangzhouMunicipal.scheme());
      assertThat(SCHEME.info().documentNumber()).isEmpty();
      assertThat(Regulation.byDocumentNumber("")).isEmpty(); // no 文号 is not a match for a blank one
      assertThat(SCHEME.info().issuer()).contains("漳州市");
    }

    @Test
    void zhangzhou_2_theRostersHoldTheirStatedCounts() {
      assertThat(SCHEME.groups())
          .extracting(UnitGroup::id, g -> g.units().size(), g -> g.declaredCount().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("series-1", 18, 18),
              org.assertj.core.groups.Tuple.tuple("series-2", 44, 44),
              org.assertj.core.groups.Tuple.tuple("series-3", 14, 14));
      List<Unit> all = SCHEME.groups().stream().flatMap(g -> g.units().stream()).toList();
      assertThat(all)
          .extracting(Unit::id)
          .doesNotHaveDuplicates()
          .allMatch(id -> id.matches("[a-z]+"));
      assertThat(all).extracting(Unit::name).contains("民政局(含老区办)", "漳州出入境检验检疫局", "检察院");
    }

    @Test
    void zhangzhou_2_theFiveUnitsOnlyInThePublicReviewAreInNoSeries() {
      // 二 "市人大机关...市政府办参加公众评议,不列入各系列考评"
      assertThat(SCHEME.groups().stream().flatMap(g -> g.units().stream()))
          .extracting(Unit::name)
          .doesNotContain("市人大机关", "市政协机关", "市纪委监察局机关", "市委办", "市政府办");
      assertThatThrownBy(
              () ->
                  PackagedSchemeChecks.score(
                      SCHEME, "shirenda", "series-1", List.of(Assessment.of("s1", "400"))))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("not on the roster of group series-1");
    }
  }

  @Nested
  class StatedTotals {
    @Test
    void zhangzhou_3_aThousandIs450Plus100Plus100Plus350() {
      assertThat(SCHEME.maximum()).contains(p("1000"));
      assertThat(max(SCHEME, "s1")).isEqualTo(p("450"));
      assertThat(max(SCHEME, "s2")).isEqualTo(p("100"));
      assertThat(max(SCHEME, "s3")).isEqualTo(p("100"));
      assertThat(max(SCHEME, "s4")).isEqualTo(p("350"));
      assertThat(sumOfMaxima(SCHEME, "s1", "s2", "s3", "s4")).isEqualTo(p("1000"));
      assertThat(sumOfMaxima(SCHEME, "s4.1", "s4.2")).isEqualTo(p("350"));
    }

    @Test
    void zhangzhou_3_aPerfectUnitScoresAThousand() {
      ScoreCard card =
          PackagedSchemeChecks.score(
              SCHEME,
              "guoshuiju",
              "series-3",
              List.of(
                  Assessment.of("s1", "450"),
                  Assessment.of("s2.4.10", "0"),
                  at("c1", "s3.1.1").build(),
                  at("c2", "s3.1.2").count(2).build(),
                  Assessment.of("s3.2.2", "10"),
                  Measurement.of("s4.1", "100"),
                  RaterScores.of("s4.2", "50", "50", "50")));
      assertThat(card.points("s2")).isEqualTo(p("100"));
      assertThat(card.points("s3")).isEqualTo(p("100"));
      assertThat(card.points("s4")).isEqualTo(p("350"));
      assertThat(card.total()).isEqualTo(p("1000"));
    }
  }

  @Nested
  class Deductions {
    @Test
    void zhangzhou_3_2_deductionsBeyondAHundredAreTakenFromTheTotal() {
      // 三(二) "如扣分超过100分的,超出的分数在该单位总得分中扣除"
      assertThat(PackagedSchemeChecks.node(SCHEME, "s2").overflow())
          .isEqualTo(Overflow.CARRY_TO_TOTAL);
      ScoreCard card =
          score(
              at("crime", "s2.2.1").kind("科级以上").count(4).build(), // -60
              at("absent", "s2.4.6").kind("旷工缺勤").count(10).build(), // -20
              VetoEvent.of("v1", "programme-veto", "综治"), // -20
              VetoEvent.of("v2", "programme-veto", "计生")); // -20
      assertThat(card.points("s2")).isEqualTo(Points.ZERO);
      assertThat(card.totalLines())
          .filteredOn(l -> l.kind() == Line.Kind.CARRY)
          .singleElement()
          .satisfies(l -> assertThat(l.points()).isEqualTo(p("-20")));
      assertThat(card.total()).isEqualTo(p("692")); // 812 - 100 - 20
    }

    @Test
    void zhangzhou_3_2_2_oneMatterIsDeductedOnceAtItsHighest() {
      // 三(二)2 "同一事项就高扣分一次,不重复扣分"
      ScoreCard card =
          score(
              at("court", "s2.2.1").kind("科级以上").matter("李某挪用公款").build(),
              at("party", "s2.2.2").kind("科级以上").matter("李某挪用公款").build(),
              at("warning", "s2.2.3").kind("效能告诫").matter("李某挪用公款").build());
      assertThat(card.points("s2.2")).isEqualTo(p("-15"));
      assertThat(card.points("s2")).isEqualTo(p("85"));
      assertThat(card.node("s2.2.2").orElseThrow().lines())
          .singleElement()
          .satisfies(l -> assertThat(l.kind()).isEqualTo(Line.Kind.MERGED));
    }

    @Test
    void zhangzhou_3_2_2_aSelfReportedMatterIsExempt() {
      // 三(二)2 "属于本单位自行查处或主动报告有关机关查处的,免予扣分"
      ScoreCard card =
          score(
              at("found", "s2.2.2").kind("科级以下").selfReported(true).build(),
              at("reported", "s2.2.2").kind("科级以下").build());
      assertThat(card.points("s2.2.2")).isEqualTo(p("-7"));
      assertThat(card.total()).isEqualTo(p("805"));
    }

    @Test
    void zhangzhou_3_2_2_theExemptionReachesNoOtherDeduction() {
      assertThatThrownBy(() -> score(at("late", "s2.4.6").kind("迟到早退").selfReported(true).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("no clause of s2.4.6 exempts it");
    }

    @Test
    void zhangzhou_3_2_3_1_aVetoedProgrammeTakesTwentyInsideTheSection() {
      // 三(二)3(1) "经主管部门认定必须否决的,每项扣20分"
      ScoreCard card = score(VetoEvent.of("v1", "programme-veto", "精神文明"));
      assertThat(card.points("s2.3")).isEqualTo(p("-20"));
      assertThat(card.points("s2")).isEqualTo(p("80"));
      assertThat(card.isDisqualified()).isFalse();
      assertThat(card.total()).isEqualTo(p("792"));
    }

    @Test
    void zhangzhou_3_2_3_3_financeBreachesCostFiveToTen() {
      // 三(二)3(3) "对该单位扣5至10分"
      assertThat(score(at("f", "s2.3.3").points(p("5")).build()).points("s2.3.3"))
          .isEqualTo(p("-5"));
      assertThatThrownBy(() -> score(at("f", "s2.3.3").points(p("4")).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the rate's range 5..10");
    }

    @Test
    void zhangzhou_3_2_3_3_financeFindingsCostFiveToTenAYearHoweverMany() {
      // 三(二)3(3) "被检查发现的,对该单位扣5至10分": no 每次, like 4(7) to 4(9) (reading once-a-year)
      ScoreCard two =
          score(
              at("f1", "s2.3.3").points(p("7")).build(), at("f2", "s2.3.3").points(p("8")).build());
      assertThat(two.points("s2.3.3")).isEqualTo(p("-10"));
      assertThat(two.points("s2")).isEqualTo(p("90"));
      assertThat(PackagedSchemeChecks.reading(SCHEME, "once-a-year").nodeIds()).contains("s2.3.3");
    }

    @Test
    void zhangzhou_3_2_1_eachProblemFoundDeductsTheAmountTheOfficeSets() {
      // 三(二)1 "督查中发现问题给予相应扣分": no amount in the text, so the office sets
      // s2.1-amount, as it sets 4(5)'s (reading s2-1-amount): the two gaps are read alike.
      assertThatThrownBy(() -> score(at("dc", "s2.1").count(3).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("parameter s2.1-amount (效能督查发现问题每个扣分, 三(二)1)")
          .hasMessageContaining("--set s2.1-amount=N");
      ScoreCard card =
          score(
              SCHEME.withParameters(Map.of("s2.1-amount", new BigDecimal("2.5"))),
              at("dc", "s2.1").count(5).build());
      assertThat(card.points("s2.1")).isEqualTo(p("-12.5"));
      assertThat(card.points("s2")).isEqualTo(p("87.5"));
      // No problem found, nothing to deduct: the unset amount is not needed.
      assertThat(score().points("s2.1")).isEqualTo(Points.ZERO);
    }

    @Test
    void zhangzhou_3_2_4_5_eachPersonTimeDeductsTheAmountTheOfficeSets() {
      // 三(二)4(5) "被省效能办...暗访发现或通报的,每人次扣分": the count is given, the amount is the
      // office's (reading s2-4-5-amount), fixed for every person-time, never chosen per case.
      Scheme set = SCHEME.withParameters(Map.of("s2.4.5.a-amount", new BigDecimal("3")));
      ScoreCard card = score(set, at("spot", "s2.4.5.a").count(2).build());
      assertThat(card.points("s2.4.5.a")).isEqualTo(p("-6"));
      assertThat(card.explain()).contains("〔考评办设定的参数“被省效能办暗访发现或通报每人次扣分”为3分〕");
    }

    @Test
    void zhangzhou_3_2_4_5_anAmountTheTextDoesNotGiveIsNotInvented() {
      // 三(二)4(5) "暗访发现或通报的,每人次扣分" gives no amount: a person-time recorded before the
      // office has set one is a facts error that names the amount to set, never a range of 1 to 10
      // the text does not have.
      assertThatThrownBy(() -> score(at("spot", "s2.4.5.a").points(p("3")).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("s2.4.5.a-amount")
          .hasMessageContaining("--set");
    }

    @Test
    void zhangzhou_3_2_4_7_tenPointsAtMostOnceAYear() {
      // 三(二)4(7) "...乱收费的,扣10分" (no 每次)
      ScoreCard card = score(at("a", "s2.4.7").build(), at("b", "s2.4.7").build());
      assertThat(card.points("s2.4.7")).isEqualTo(p("-10"));
      assertThat(card.points("s2")).isEqualTo(p("90"));
    }

    @Test
    void zhangzhou_3_2_4_10_trainingDeductionWithinFive() {
      // 三(二)4(10) "在5分内酌情扣分"
      ScoreCard card =
          PackagedSchemeChecks.score(
              SCHEME,
              "jiaotongju",
              "series-2",
              List.of(
                  Assessment.of("s1", "400"),
                  Assessment.of("s2.4.10", "5"),
                  Assessment.of("s3.2.2", "0"),
                  Measurement.of("s4.1", "90"),
                  RaterScores.of("s4.2", "40", "44")));
      assertThat(card.points("s2.4.10")).isEqualTo(p("-5"));
      assertThat(card.total()).isEqualTo(p("807"));
    }
  }

  @Nested
  class Rewards {
    @Test
    void zhangzhou_3_3_1_eachProjectEarnsThirtyAndJointWorkSplitsEightyTwenty() {
      // 三(三)1 "每个项目按完成程度奖励30分"; 三(三) "主办单位按80%计分,联办单位按20%计分"
      ScoreCard lead = score(at("port", "s3.1.2").joint(JointRole.LEAD).build());
      assertThat(lead.points("s3.1.2")).isEqualTo(p("24"));
      ScoreCard partner = score(at("port", "s3.1.2").joint(JointRole.PARTNER).build());
      assertThat(partner.points("s3.1.2")).isEqualTo(p("6"));
      assertThat(score(at("port", "s3.1.2").build()).points("s3")).isEqualTo(p("30"));
    }

    @Test
    void zhangzhou_3_3_rewardsAddUpToAtMostAHundred() {
      // 三(三) "各分项奖励累计不超过100分"
      ScoreCard card =
          score(
              at("projects", "s3.1.1").count(3).build(), // 90
              at("promoted", "s3.3.3").level("国家级").build()); // 15
      assertThat(card.points("s3.1")).isEqualTo(p("90"));
      assertThat(card.points("s3.3")).isEqualTo(p("15"));
      assertThat(card.points("s3")).isEqualTo(p("100"));
      assertThat(card.node("s3").orElseThrow().lines())
          .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.CEILING));
      assertThat(card.total()).isEqualTo(p("912"));
    }

    @Test
    void zhangzhou_3_3_oneWorkScoredUnderTwoItemsCountsAtItsHighest() {
      // 三(三) "同一项工作在不同项目得分的,以最高一次得分计"
      ScoreCard card =
          score(
              at("advanced", "s3.3.1").level("省级").matter("河长制").build(), // 8
              at("promoted", "s3.3.3").level("国家级").matter("河长制").build(), // 15
              at("other", "s3.3.1").level("市级").matter("扶贫").build()); // 4
      assertThat(card.points("s3.3.1")).isEqualTo(p("4"));
      assertThat(card.points("s3.3.3")).isEqualTo(p("15"));
      assertThat(card.points("s3")).isEqualTo(p("19"));
    }

    @Test
    void zhangzhou_3_3_2_3_oneResultCountsAtItsHighestAndTheItemStopsAtTen() {
      // 三(三)2(3) "同一成果就高一项得分。本项最高得分10分。"
      ScoreCard one =
          score(
              at("adopted", "s3.2.3").kind("采纳").matter("课题A").build(),
              at("prize", "s3.2.3").kind("一等奖").matter("课题A").build());
      assertThat(one.points("s3.2.3")).isEqualTo(p("8"));
      ScoreCard two =
          score(
              at("adopted", "s3.2.3").kind("采纳").matter("课题A").build(),
              at("prize", "s3.2.3").kind("一等奖").matter("课题A").build(),
              at("second", "s3.2.3").kind("二等奖").matter("课题B").build());
      assertThat(two.points("s3.2.3")).isEqualTo(p("10"));
    }

    @Test
    void zhangzhou_3_3_4_2_tenMillionEarnsFiveThenOnePerThreeMillion() {
      // 三(三)4(2) "实际到资1000万元的得5分,每增加300万元得1分。本项最高得分10分。"
      assertThat(investment("999")).isEqualTo(Points.ZERO);
      assertThat(investment("1000")).isEqualTo(p("5"));
      assertThat(investment("1299")).isEqualTo(p("5"));
      assertThat(investment("1300")).isEqualTo(p("6"));
      assertThat(investment("3000")).isEqualTo(p("10"));
    }

    private Points investment(String amount) {
      return score(at("inv", "s3.4.2").amount(new BigDecimal(amount)).build()).points("s3.4.2");
    }

    @Test
    void zhangzhou_3_3_4_1_fiftyTenThousandYuanAPointForTheLeadAtEightyPercent() {
      // 三(三)4(1) "每争取50万元得1分"; the lead unit of joint work counts 80% of 500万元
      ScoreCard card =
          score(at("grant", "s3.4.1").amount(new BigDecimal("500")).joint(JointRole.LEAD).build());
      assertThat(card.points("s3.4.1")).isEqualTo(p("8"));
    }
  }

  /**
   * 三(三)'s closing sentences on money items: "同一项工作在不同项目得分的,以最高一次得分计;…主办单位按80%计分, 联办单位按20%计分",
   * applied to what an occurrence is worth in points.
   */
  @Nested
  class MoneyUnderTheModifiers {

    private Occurrence funds(String id, String amount) {
      return at(id, "s3.4.1").amount(new BigDecimal(amount)).build();
    }

    private Occurrence.Builder project(String id, String amount) {
      return at(id, "s3.4.2").amount(new BigDecimal(amount));
    }

    @Test
    void zhangzhou_3_3_4_2_theLeadOfAJointProjectOfTenMillionEarnsEightyPercentOfFive() {
      // 4(2) "实际到资1000万元的得5分"; 三(三) "主办单位按80%计分": 5 × 80% = 4, not 800万 below the base
      ScoreCard card = score(project("port", "1000").joint(JointRole.LEAD).build());
      assertThat(card.points("s3.4.2")).isEqualTo(p("4"));
      assertThat(card.node("s3.4.2").orElseThrow().lines())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l.text())
                      .isEqualTo("记录 port：1000万元，达到基数1000万元，计5分；联合完成，本单位为主办单位，按80%计：5 × 80% = 4"));
    }

    @Test
    void zhangzhou_3_3_4_2_aPartnerOf22MillionEarnsTwentyPercentOfNine() {
      // 2200万: 5 for the base and 4 steps of 300万 = 9; the partner counts 20%: 1.8
      ScoreCard card = score(project("port", "2200").joint(JointRole.PARTNER).build());
      assertThat(card.points("s3.4.2")).isEqualTo(p("1.8"));
    }

    @Test
    void zhangzhou_3_3_4_1_jointlyLedFundsOf1200000EarnTwoStepsAtEightyPercent() {
      // 4(1) "每争取50万元得1分": 120万 is 2 whole steps = 2 points; as lead 80%: 1.6
      ScoreCard card =
          score(at("grant", "s3.4.1").amount(new BigDecimal("120")).joint(JointRole.LEAD).build());
      assertThat(card.points("s3.4.1")).isEqualTo(p("1.6"));
    }

    @Test
    void zhangzhou_3_3_fundsOfTenPointsBeatACityAwardOfFourForOneWork() {
      // 500万 = 10 points against 市级先进 = 4 for the same work: "以最高一次得分计" keeps the 10
      ScoreCard card =
          score(
              at("grant", "s3.4.1").amount(new BigDecimal("500")).matter("河长制").build(),
              at("award", "s3.3.1").level("市级").matter("河长制").build());
      assertThat(card.points("s3.4.1")).isEqualTo(p("10"));
      assertThat(card.points("s3.3.1")).isEqualTo(Points.ZERO);
      assertThat(card.points("s3")).isEqualTo(p("10"));
      assertThat(card.node("s3.3.1").orElseThrow().lines())
          .singleElement()
          .satisfies(l -> assertThat(l.kind()).isEqualTo(Line.Kind.MERGED))
          .satisfies(
              l ->
                  assertThat(l.text())
                      .isEqualTo("记录 award：与记录 grant（争取资金）属同一事项“河长制”，只计一次，以后者为准：后者加10分，本条加4分"));
    }

    @Test
    void zhangzhou_3_3_theChoiceOfAWorksHighestScoreIgnoresAnUnrelatedFineDeduction() {
      // The same two facts, and 0.125 deducted under 三(二)3(2) (每项扣分不超过10分, the amount
      // the lead unit chose): 三(三) still counts the 10
      ScoreCard card =
          score(
              at("task", "s2.3.2").points(p("0.125")).build(),
              at("grant", "s3.4.1").amount(new BigDecimal("500")).matter("河长制").build(),
              at("award", "s3.3.1").level("市级").matter("河长制").build());
      assertThat(card.points("s3")).isEqualTo(p("10"));
      assertThat(card.points("s2")).isEqualTo(p("99.875"));
    }

    @Test
    void zhangzhou_3_3_fundsOfThreePointsBeatANewMeasureOfTwoForOneWork() {
      // 150万 = 3 points against a 新举措 of 2 (三(三)2(1) "每条得2分"): the 3 counts
      ScoreCard card =
          score(
              at("grant", "s3.4.1").amount(new BigDecimal("150")).matter("一站式审批").build(),
              at("measure", "s3.2.1").matter("一站式审批").build());
      assertThat(card.points("s3.4.1")).isEqualTo(p("3"));
      assertThat(card.points("s3.2.1")).isEqualTo(Points.ZERO);
      assertThat(card.points("s3")).isEqualTo(p("3"));
    }

    @Test
    void zhangzhou_3_3_aLowerAwardForTheSameWorkNeverLowersTheScore() {
      // 300万 = 6; adding 市级先进 = 4 for the same work leaves 6, as without it
      ScoreCard without = score(funds("grant", "300"));
      ScoreCard with =
          score(
              at("grant", "s3.4.1").amount(new BigDecimal("300")).matter("河长制").build(),
              at("award", "s3.3.1").level("市级").matter("河长制").build());
      assertThat(without.points("s3")).isEqualTo(p("6"));
      assertThat(with.points("s3")).isEqualTo(p("6"));
      assertThat(with.points("s3.3.1")).isEqualTo(Points.ZERO);
    }

    @Test
    void zhangzhou_3_3_4_2_eachProjectIsValuedOnItsOwnPaidInCapital() {
      // 4(2) "实际到资1000万元的得5分": per project; two projects of 1000万 earn 5 + 5, not 2000万's 8
      assertThat(score(project("a", "1000").build(), project("b", "1000").build()).points("s3.4.2"))
          .isEqualTo(p("10"));
      // two projects of 600万 each reach no base: nothing
      assertThat(score(project("a", "600").build(), project("b", "600").build()).points("s3.4.2"))
          .isEqualTo(Points.ZERO);
    }

    @Test
    void zhangzhou_3_3_4_1_theYearsFundsArePooled() {
      // 4(1) "每争取50万元得1分": 30万 and 30万 are 60万 of the year, one whole step
      assertThat(score(funds("a", "30"), funds("b", "30")).points("s3.4.1")).isEqualTo(p("1"));
    }

    @Test
    void zhangzhou_3_3_4_1_fundsLedJointlyArePooledAndCountedAtEightyPercent() {
      // 60万 and 40万 led jointly pool to 100万, 2 whole steps = 2 points, 80% of it: 1.6; 30万
      // raised alone is a pool of its own, below a step
      ScoreCard card =
          score(
              at("a", "s3.4.1").amount(new BigDecimal("60")).joint(JointRole.LEAD).build(),
              at("b", "s3.4.1").amount(new BigDecimal("40")).joint(JointRole.LEAD).build(),
              funds("c", "30"));
      assertThat(card.points("s3.4.1")).isEqualTo(p("1.6"));
      assertThat(card.node("s3.4.1").orElseThrow().lines())
          .extracting(Line::points, Line::text)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Points.ZERO, "金额合计：c 30 = 30万元，不足一档（每档50万元），计0分"),
              org.assertj.core.groups.Tuple.tuple(
                  p("1.6"),
                  "金额合计：a 60（主办） + b 40（主办） = 100万元，满50万元共2档 × 每档1分，计2分；联合完成，按80%计：2 × 80% = 1.6"));
    }
  }

  @Nested
  class Review {
    @Test
    void zhangzhou_3_4_1_theSurveyRateTimesThreeHundred() {
      assertThat(survey("87.5")).isEqualTo(p("262.5"));
      assertThat(survey("88.888")).isEqualTo(p("266.66")); // 266.664, rounded once
      assertThat(survey("100")).isEqualTo(p("300"));
    }

    private Points survey(String rate) {
      return PackagedSchemeChecks.score(
              SCHEME,
              "fulian",
              "series-1",
              List.of(
                  Assessment.of("s1", "400"),
                  Assessment.of("s2.4.10", "0"),
                  Assessment.of("s3.2.2", "0"),
                  Measurement.of("s4.1", rate),
                  RaterScores.of("s4.2", "40")))
          .points("s4.1");
    }

    @Test
    void zhangzhou_3_4_2_theMeanOfTheRatersOnFifty() {
      assertThat(score().points("s4.2")).isEqualTo(p("42"));
      assertThatThrownBy(
              () ->
                  PackagedSchemeChecks.score(
                      SCHEME,
                      "fulian",
                      "series-1",
                      List.of(
                          Assessment.of("s1", "400"),
                          Assessment.of("s2.4.10", "0"),
                          Assessment.of("s3.2.2", "0"),
                          Measurement.of("s4.1", "90"),
                          RaterScores.of("s4.2", "51"))))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the panel's scale 0..50");
    }
  }

  @Nested
  class Outcomes {
    @Test
    void zhangzhou_5_theTopFiveTenAndFiveOfEachSeriesAreExcellent() {
      List<Ranking> rankings =
          SCHEME.outcomes().stream()
              .filter(o -> o instanceof Ranking)
              .map(o -> (Ranking) o)
              .toList();
      assertThat(rankings)
          .extracting(r -> r.groups().get(0), r -> r.awards().get(0).to())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("series-1", 5),
              org.assertj.core.groups.Tuple.tuple("series-2", 10),
              org.assertj.core.groups.Tuple.tuple("series-3", 5));
      Award excellent = rankings.get(1).awards().get(0);
      assertThat(excellent.label()).isEqualTo("优秀单位");
      assertThat(excellent.from()).isEqualTo(1);
      assertThat(excellent.eligible().orElseThrow().contains(p("700"))).isTrue();
      assertThat(excellent.eligible().orElseThrow().contains(p("699.99"))).isFalse();
    }

    @Test
    void zhangzhou_5_belowSevenHundredExcludingSevenHundredFails() {
      // 五 "总分在700分(不含700分)以下的为“不合格单位”"
      Banding bands =
          SCHEME.outcomes().stream()
              .filter(o -> o instanceof Banding)
              .map(o -> (Banding) o)
              .findFirst()
              .orElseThrow();
      assertThat(bands.bands()).hasSize(2);
      assertThat(bands.bands().get(0).label()).isEqualTo("不合格单位");
      assertThat(bands.bands().get(0).scores().contains(p("699.99"))).isTrue();
      assertThat(bands.bands().get(0).scores().contains(p("700"))).isFalse();
      assertThat(bands.bands().get(1).scores().contains(p("700"))).isTrue();
      assertThat(score(at("crime", "s2.2.1").kind("科级以上").count(8).build()).total())
          .satisfies(t -> assertThat(bands.bands().get(0).scores().contains(t)).isTrue());
    }

    // ---------------------------------------------------------------- 五, with standings

    private static final String EXCELLENT = "优秀单位";
    private static final String FAILED = "不合格单位";
    private static final String PASSED = "合格单位";

    /**
     * A unit's year: {@code targets} of 三(一)'s 450, no deduction or reward unless given, the
     * survey's satisfaction rate in percent and raters at 40 and 44 (42): its total is targets +
     * 100 + 3 × survey + 42.
     */
    private ScoreCard year(
        String unit, String series, String targets, String survey, Fact... more) {
      List<Fact> facts =
          new ArrayList<>(
              List.of(
                  Assessment.of("s1", targets),
                  Assessment.of("s2.4.10", "0"),
                  Assessment.of("s3.2.2", "0"),
                  Measurement.of("s4.1", survey),
                  RaterScores.of("s4.2", "40", "44")));
      facts.addAll(Arrays.asList(more));
      return PackagedSchemeChecks.score(SCHEME, unit, series, facts);
    }

    /** The first {@code n} units of a series' roster, in the text's order. */
    private List<String> roster(String series, int n) {
      return SCHEME.groups().stream()
          .filter(g -> g.id().equals(series))
          .findFirst()
          .orElseThrow()
          .units()
          .subList(0, n)
          .stream()
          .map(Unit::id)
          .toList();
    }

    /** Cards for the first units of a series, with targets falling by 5 from {@code top}. */
    private List<ScoreCard> descending(String series, int n, int top, String survey) {
      List<ScoreCard> cards = new ArrayList<>();
      List<String> units = roster(series, n);
      for (int i = 0; i < n; i++) {
        cards.add(year(units.get(i), series, String.valueOf(top - 5 * i), survey));
      }
      return cards;
    }

    private StandingsResult rank(List<ScoreCard> cards) {
      return Standings.of(SCHEME).rank(cards);
    }

    @Test
    void zhangzhou_5_theFirstFiveTenAndFiveOfEachSeriesAreExcellentAndNoMore() {
      // 五 "取第一系列前5名,第二序列前10名,第三系列前5名,为“优秀单位”"
      List<ScoreCard> cards = new ArrayList<>();
      cards.addAll(descending("series-1", 7, 430, "90")); // 842, 837, ... 812
      cards.addAll(descending("series-2", 12, 440, "92")); // 858, 853, ... 803
      cards.addAll(descending("series-3", 6, 420, "88")); // 826, 821, ... 801
      StandingsResult result = rank(cards);
      RankedGroup first = result.ranking("excellent-series-1").group("series-1");
      RankedGroup second = result.ranking("excellent-series-2").group("series-2");
      RankedGroup third = result.ranking("excellent-series-3").group("series-3");
      assertThat(first.holders(EXCELLENT)).containsExactlyElementsOf(roster("series-1", 5));
      assertThat(second.holders(EXCELLENT)).containsExactlyElementsOf(roster("series-2", 10));
      assertThat(third.holders(EXCELLENT)).containsExactlyElementsOf(roster("series-3", 5));
      // The sixth of the first series (817) is not excellent, though it is above the third
      // series' fifth (806): each series is ranked on its own.
      assertThat(first.placings().get(5).score()).isEqualTo(p("817"));
      assertThat(first.placings().get(5).awards()).isEmpty();
      assertThat(third.placings().get(4).score()).isEqualTo(p("806"));
      assertThat(third.placings().get(4).awards()).containsExactly(EXCELLENT);
      assertThat(second.placings().get(10).awards()).isEmpty();
      assertThat(result.banding("qualification").group("series-2").inBand(FAILED)).isEmpty();
    }

    @Test
    void zhangzhou_5_exactlySevenHundredPassesAndAnythingBelowFails() {
      // 五 "总分在700分(不含700分)以下的为“不合格单位”,其余的为合格单位"
      ScoreCard atLine = year("fagaiwei", "series-2", "300", "86"); // 300 + 100 + 258 + 42
      ScoreCard justBelow = year("jingmaowei", "series-2", "300", "85.99"); // 257.97 for the survey
      ScoreCard carried =
          year(
              "jiaoyuju",
              "series-2",
              "390",
              "90",
              at("crime", "s2.2.1").kind("科级以上").count(4).build(), // -60
              at("absent", "s2.4.6").kind("旷工缺勤").count(10).build(), // -20
              VetoEvent.of("v1", "programme-veto", "综治"), // -20
              VetoEvent.of("v2", "programme-veto", "计生")); // -20: 20 beyond the 100
      assertThat(atLine.total()).isEqualTo(p("700"));
      assertThat(justBelow.total()).isEqualTo(p("699.97"));
      assertThat(carried.total()).isEqualTo(p("682")); // 802 - 100 - 20
      BandedGroup bands =
          rank(List.of(atLine, justBelow, carried)).banding("qualification").group("series-2");
      assertThat(bands.inBand(PASSED)).containsExactly("fagaiwei");
      assertThat(bands.inBand(FAILED)).containsExactly("jingmaowei", "jiaoyuju");
    }

    @Test
    void zhangzhou_5_aTopUnitBelowSevenHundredIsNotExcellentAndItsPlaceIsNotPassedDown() {
      // Reading excellent-below-700: 不合格 prevails over a place among the top 5, and "前5名"
      // names places, so the sixth does not inherit the fifth's.
      assertThat(PackagedSchemeChecks.reading(SCHEME, "excellent-below-700").quote())
          .isEqualTo("总分在700分(不含700分)以下的为“不合格单位”,其余的为合格单位");
      List<String> units = roster("series-3", 6);
      List<ScoreCard> cards =
          new ArrayList<>(
              List.of(
                  year(units.get(0), "series-3", "420", "88"),
                  year(units.get(1), "series-3", "400", "87"),
                  year(units.get(2), "series-3", "360", "86"),
                  year(units.get(3), "series-3", "320", "86"), // 720
                  year(units.get(4), "series-3", "300", "85.99"), // 699.97
                  year(units.get(5), "series-3", "280", "85"))); // 677
      StandingsResult result = rank(cards);
      RankedGroup third = result.ranking("excellent-series-3").group("series-3");
      assertThat(third.holders(EXCELLENT)).containsExactlyElementsOf(units.subList(0, 4));
      Placing fifth = third.placing(units.get(4)).orElseThrow();
      assertThat(fifth.position()).contains(5);
      assertThat(fifth.awards()).isEmpty();
      assertThat(fifth.withheld())
          .containsExactly(new Withheld(EXCELLENT, Withheld.Reason.INELIGIBLE));
      assertThat(third.placing(units.get(5)).orElseThrow().awards()).isEmpty();
      assertThat(result.banding("qualification").group("series-3").inBand(FAILED))
          .containsExactly(units.get(4), units.get(5));

      // At exactly 700 the fifth is both 优秀 and 合格.
      cards.set(4, year(units.get(4), "series-3", "300", "86"));
      StandingsResult at700 = rank(cards);
      assertThat(at700.ranking("excellent-series-3").group("series-3").holders(EXCELLENT))
          .containsExactlyElementsOf(units.subList(0, 5));
      assertThat(at700.banding("qualification").group("series-3").unit(units.get(4)))
          .hasValueSatisfying(b -> assertThat(b.band()).contains(PASSED));
    }

    @Test
    void zhangzhou_5_unitsTiedAtTheFifthPlaceAreBothExcellent() {
      // Reading ranking-ties: equal totals share a rank, and a tie across the last 优秀 place is
      // within 前5名 (ALL_BETTER); the tie is reported.
      List<String> units = roster("series-1", 7);
      List<ScoreCard> cards = new ArrayList<>();
      String[] targets = {"430", "425", "420", "415", "410", "410", "400"};
      for (int i = 0; i < 7; i++) {
        cards.add(year(units.get(i), "series-1", targets[i], "90"));
      }
      RankedGroup first = rank(cards).ranking("excellent-series-1").group("series-1");
      assertThat(first.holders(EXCELLENT)).containsExactlyInAnyOrderElementsOf(units.subList(0, 6));
      assertThat(first.cutTies())
          .singleElement()
          .satisfies(t -> assertThat(t.from()).isEqualTo(5))
          .satisfies(t -> assertThat(t.to()).isEqualTo(6))
          .satisfies(t -> assertThat(t.value()).isEqualTo(p("822")))
          .satisfies(t -> assertThat(t.settled()).contains(EXCELLENT));
      assertThat(first.placing(units.get(6)).orElseThrow().position()).contains(7);
    }
  }
}
