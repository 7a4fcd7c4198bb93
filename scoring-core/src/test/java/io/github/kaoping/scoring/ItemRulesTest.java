package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.concat;
import static io.github.kaoping.scoring.Fixtures.deductionSection;
import static io.github.kaoping.scoring.Fixtures.occurrences;
import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * One test class per row of catalogue §2: each pins the quoted example with the figure its text
 * implies.
 */
class ItemRulesTest {

  @Nested
  class DeductPerOccurrenceWithFloor {
    // yueyang 四(三)1 "市政府和市政府办召开的会议，接受通知无误，计30分。出现差错一次扣5分。"
    private final Node.Builder item =
        Node.of("s3.1", "接受通知无误", "四(三)1").max("30").rule(Rule.deductPerOccurrence("5"));

    @Test
    void yueyang_4_3_1_twoErrorsCostTen() {
      ScoreCard card = score(item, occurrences("s3.1", 2));
      assertThat(card.points("s3.1")).isEqualTo(p("20"));
    }

    @Test
    void yueyang_4_3_1_sevenErrorsStopAtZeroNotMinusFive() {
      ScoreCard card = score(item, occurrences("s3.1", 7));
      assertThat(card.points("s3.1")).isEqualTo(Points.ZERO);
      assertThat(card.node("s3.1").orElseThrow().lines())
          .anySatisfy(
              l -> {
                assertThat(l.kind()).isEqualTo(Line.Kind.FLOOR);
                assertThat(l.points()).isEqualTo(p("5"));
              });
    }

    @Test
    void xingan_2_1_3_deductionsStopWhenTheSixtyAreGone() {
      // xingan 二(一)3 "公开情况60分，扣分情况以扣完本项分值为止。(1)...少一次扣10分；(2)...每次扣5分"
      Node.Builder open =
          Node.of("x3", "公开情况", "二(一)3")
              .max("60")
              .add(
                  Node.of("x3.1", "按季度公开", "二(一)3(1)")
                      .role(Role.DEDUCTION)
                      .rule(Rule.deductPerOccurrence("10")),
                  Node.of("x3.2", "公开内容不规范", "二(一)3(2)")
                      .role(Role.DEDUCTION)
                      .rule(Rule.deductPerOccurrence("5")));
      ScoreCard card = score(open, concat(occurrences("x3.1", 4), occurrences("x3.2", 5)));
      assertThat(card.points("x3.1")).isEqualTo(p("-40"));
      assertThat(card.points("x3.2")).isEqualTo(p("-25"));
      assertThat(card.points("x3")).isEqualTo(Points.ZERO);
    }
  }

  @Nested
  class DeductPerMissingElement {
    @Test
    void yueyang_4_1_1_missingTheSummaryCostsFive() {
      // 四(一)1 "年初制订工作规划...年终总结全面...计10分。缺一项扣5分。"
      Node.Builder item =
          Node.of("s1.1", "工作规划和总结", "四(一)1")
              .max("10")
              .rule(
                  Rule.deductPerMissing(
                      "5",
                      new Rule.Element("plan", "年初制订工作规划"),
                      new Rule.Element("summary", "年终总结")));
      ScoreCard card =
          score(item, Check.of("s1.1", "plan", true), Check.of("s1.1", "summary", false));
      assertThat(card.points("s1.1")).isEqualTo(p("5"));
    }

    @Test
    void yueyang_4_5_4_twoOfThreeRulesMissingLeaveFive() {
      // 四(五)4 "建立健全情况反馈、检查通报、考核奖惩等规章制度，计15分。少一项制度扣5分。"
      Node.Builder item =
          Node.of("s5.4", "督查工作制度", "四(五)4")
              .max("15")
              .rule(
                  Rule.deductPerMissing(
                      "5",
                      new Rule.Element("feedback", "情况反馈"),
                      new Rule.Element("notice", "检查通报"),
                      new Rule.Element("reward", "考核奖惩")));
      ScoreCard card =
          score(
              item,
              Check.of("s5.4", "feedback", true),
              Check.of("s5.4", "notice", false),
              Check.of("s5.4", "reward", false));
      assertThat(card.points("s5.4")).isEqualTo(p("5"));
    }

    @Test
    void yueyang_4_8_1_unlistedRulesAreNamedByTheFacts() {
      // 四(八)1 "建立健全各项规章制度，计10分。缺一项扣2分。" The text lists no rules.
      Node.Builder item =
          Node.of("s8.1", "规章制度", "四(八)1")
              .max("10")
              .rule(new Rule.Checklist(List.of(), p("2"), Direction.DEDUCT));
      ScoreCard card =
          score(
              item,
              Check.of("s8.1", "保密制度", false),
              Check.of("s8.1", "车辆管理制度", false),
              Check.of("s8.1", "财务制度", true));
      assertThat(card.points("s8.1")).isEqualTo(p("6"));
    }
  }

  @Nested
  class DeductionWithinARange {
    // yueyang 四(八)3 "发生一起消防安全事故，按损失、性质和影响扣5至10分。"
    private final Node.Builder item =
        Node.of("s8.3", "安全保卫", "四(八)3")
            .max("30")
            .rule(Rule.perOccurrence(Rule.Rate.deductBetween("5", "10")));

    @Test
    void yueyang_4_8_3_theEvaluatorChoosesEightForOneFire() {
      ScoreCard card = score(item, Occurrence.of("fire-1", "s8.3").points(p("8")).build());
      assertThat(card.points("s8.3")).isEqualTo(p("22"));
    }

    @Test
    void yueyang_4_8_3_twelveIsOutsideTheRange() {
      assertThatThrownBy(() -> score(item, Occurrence.of("fire-1", "s8.3").points(p("12")).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the rate's range 5..10");
    }

    @Test
    void zhangzhou_3_2_3_3_aRangeNeedsTheChosenAmount() {
      // 三(二)3(3) "...被检查发现的，对该单位扣5至10分"
      Node.Builder finance =
          Node.of("z2.3.3", "财经纪律", "三(二)3(3)")
              .role(Role.DEDUCTION)
              .rule(Rule.perOccurrence(Rule.Rate.deductBetween("5", "10")));
      assertThatThrownBy(
              () -> score(deductionSection(finance), Occurrence.of("f1", "z2.3.3").build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("must say which amount the evaluator chose");
      assertThat(
              score(
                      deductionSection(finance),
                      Occurrence.of("f1", "z2.3.3").points(p("10")).build())
                  .points("z2"))
          .isEqualTo(p("90"));
    }
  }

  @Nested
  class DeductionByKind {
    // zhangzhou 三(二)2(1) "科级以上(包括科级)每人次扣15分，科级以下每人次扣10分"
    // and 2(3) "书面检查、诫勉教育、效能告诫三个档次，每人次分别扣1分、3分、5分"
    private final Node.Builder law =
        Node.of("z2.2", "违法违纪及效能责任追究", "三(二)2")
            .role(Role.DEDUCTION)
            .add(
                Node.of("z2.2.1", "违法被追究", "三(二)2(1)")
                    .role(Role.DEDUCTION)
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.deduct("15").forKind("科级以上"),
                            Rule.Rate.deduct("10").forKind("科级以下"))),
                Node.of("z2.2.3", "效能责任追究", "三(二)2(3)")
                    .role(Role.DEDUCTION)
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.deduct("1").forKind("书面检查"),
                            Rule.Rate.deduct("3").forKind("诫勉教育"),
                            Rule.Rate.deduct("5").forKind("效能告诫"))));

    @Test
    void zhangzhou_3_2_2_oneSectionChiefAndTwoClerks() {
      ScoreCard card =
          score(
              deductionSection(law),
              Occurrence.of("a", "z2.2.1").kind("科级以上").build(),
              Occurrence.of("b", "z2.2.1").kind("科级以下").count(2).build());
      assertThat(card.points("z2.2.1")).isEqualTo(p("-35"));
    }

    @Test
    void zhangzhou_3_2_2_3_threeGradesOfAccountability() {
      ScoreCard card =
          score(
              deductionSection(law),
              Occurrence.of("a", "z2.2.3").kind("书面检查").build(),
              Occurrence.of("b", "z2.2.3").kind("诫勉教育").build(),
              Occurrence.of("c", "z2.2.3").kind("效能告诫").build());
      assertThat(card.points("z2.2.3")).isEqualTo(p("-9"));
      assertThat(card.points("z2.2")).isEqualTo(p("-9"));
      assertThat(card.points("z2")).isEqualTo(p("91"));
    }

    @Test
    void anUnknownKindIsAnErrorNotAZero() {
      assertThatThrownBy(
              () -> score(deductionSection(law), Occurrence.of("a", "z2.2.1").kind("处级").build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("no rate of z2.2.1 matches kind '处级'");
    }
  }

  @Nested
  class ZeroAfterNOccurrences {
    @Test
    void yueyang_4_5_2_threeLateCompletionsZeroTheItem() {
      // 四(五)2 "计40分。未按要求办结的，一次扣10分；3次未按时办结的，此项计分全扣。"
      Node.Builder item =
          Node.of("s5.2", "督办件办结", "四(五)2")
              .max("40")
              .rule(Rule.deductPerOccurrence("10"))
              .addGates(Gate.zeroAfter(3, "3次未按时办结的，此项计分全扣", "四(五)2"));
      assertThat(score(item, occurrences("s5.2", 2)).points("s5.2")).isEqualTo(p("20"));
      ScoreCard three = score(item, occurrences("s5.2", 3));
      assertThat(three.points("s5.2")).isEqualTo(Points.ZERO); // not 40 - 30 = 10
      assertThat(three.node("s5.2").orElseThrow().lines())
          .filteredOn(l -> l.kind() == Line.Kind.GATE)
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.points()).isEqualTo(p("-10"));
                assertThat(l.facts()).hasSize(3);
              });
    }

    @Test
    void jishui_3_1_13_threeAbsencesAreThreeOrMore() {
      // 三(一)13 "(2分)，无故缺席的扣0.2分，缺席3次以上此项不得分" — 以上 includes 3.
      Node.Builder item =
          Node.of("c13", "参与文明单位创建", "三(一)13")
              .max("2")
              .rule(Rule.deductPerOccurrence("0.2"))
              .addGates(Gate.zeroAfter(3, "缺席3次以上此项不得分", "三(一)13"));
      assertThat(score(item, occurrences("c13", 2)).points("c13")).isEqualTo(p("1.6"));
      assertThat(score(item, occurrences("c13", 3)).points("c13")).isEqualTo(Points.ZERO);
    }
  }

  @Nested
  class AnyOccurrenceZeroes {
    @Test
    void jishui_3_1_1_onceFoundGamingTheItemIsZero() {
      // 三(一)1 "无利用工作时间上网玩游戏、赌博等行为(2分)，一经发现此项不给分"
      Node.Builder item =
          Node.of("c1.2", "无上网玩游戏、赌博", "三(一)1")
              .max("2")
              .rule(Rule.fullMarks())
              .addGates(Gate.zeroAfter(1, "一经发现此项不给分", "三(一)1"));
      assertThat(score(item).points("c1.2")).isEqualTo(p("2"));
      assertThat(score(item, occurrences("c1.2", 1)).points("c1.2")).isEqualTo(Points.ZERO);
    }

    @Test
    void jishui_3_1_5_aLossZeroesWhileMissingLedgersCostHalf() {
      // 三(一)5 "(1分)。少建立一项台账扣0.5分，因管理不善出现一次丢失、遗漏事故不得分。"
      Node.Builder item =
          Node.of("c5", "财产和档案管理", "三(一)5")
              .max("1")
              .rule(Rule.perOccurrence(Rule.Rate.deduct("0.5").forKind("少建台账")))
              .addGates(Gate.zeroAfter(1, "丢失", "丢失、遗漏事故不得分", "三(一)5"));
      assertThat(score(item, occurrences("c5", "少建台账", 1)).points("c5")).isEqualTo(p("0.5"));
      assertThat(score(item, occurrences("c5", "丢失", 1)).points("c5")).isEqualTo(Points.ZERO);
    }
  }

  @Nested
  class MissingPrerequisite {
    @Test
    void yueyang_4_7_3_noIntranetNoPointsWhateverElse() {
      // 四(七)3 "计20分，未达到要求的不计分；内网传输未按要求开机接收而造成工作失误的，一次扣10分。"
      Node.Builder item =
          Node.of("s7.3", "电子政务内网", "四(七)3")
              .max("20")
              .rule(Rule.deductPerOccurrence("10"))
              .addGates(Gate.prerequisite("intranet", "按要求建设内网并配备设备", "四(七)3"));
      assertThat(
              score(item, Check.of("s7.3", "intranet", true), occurrences("s7.3", 1)[0])
                  .points("s7.3"))
          .isEqualTo(p("10"));
      assertThat(score(item, Check.of("s7.3", "intranet", false)).points("s7.3"))
          .isEqualTo(Points.ZERO);
    }

    @Test
    void jishui_officeFinance_noBudgetNoPoints() {
      // 办公室 3 "编制好财政预算(4分)未编制的不得分"
      Node.Builder item = Node.of("o3.2", "编制财政预算", "办公室3").max("4").rule(Rule.criterion());
      assertThat(score(item, Check.of("o3.2", true)).points("o3.2")).isEqualTo(p("4"));
      assertThat(score(item, Check.of("o3.2", false)).points("o3.2")).isEqualTo(Points.ZERO);
    }
  }

  @Nested
  class FixedPointsWhenMet {
    @Test
    void changzhou_2_2_renamedButOfficesIncomplete() {
      // 2.2 "●更名为'XX辖市(区)机关事务管理局'的，得1分；●管理、服务科室设置齐全的，得1分。"
      Node.Builder item =
          Node.of("2.2", "机构设置情况", "2.2")
              .max("2")
              .add(
                  Node.of("2.2.a", "更名为机关事务管理局", "2.2").max("1").rule(Rule.criterion()),
                  Node.of("2.2.b", "管理、服务科室设置齐全", "2.2").max("1").rule(Rule.criterion()));
      ScoreCard card = score(item, Check.of("2.2.a", true), Check.of("2.2.b", false));
      assertThat(card.points("2.2")).isEqualTo(p("1"));
    }
  }

  @Nested
  class PointsByAssessedLevel {
    // changzhou 4.2 "全面建立岗位责任制...得4分；部分建立...得2分；没建立...不得分。"
    private final Node.Builder item =
        Node.of("4.2", "岗位责任制建设", "4.2")
            .max("4")
            .rule(
                new Rule.Levels(
                    List.of(
                        new Rule.Level("full", "全面建立", p("4")),
                        new Rule.Level("partial", "部分建立", p("2")),
                        new Rule.Level("none", "没建立", Points.ZERO))));

    @Test
    void changzhou_4_2_partlyBuiltEarnsTwo() {
      assertThat(score(item, AssessedLevel.of("4.2", "partial")).points("4.2")).isEqualTo(p("2"));
    }

    @Test
    void changzhou_4_2_anUnknownLevelIsAnError() {
      assertThatThrownBy(() -> score(item, AssessedLevel.of("4.2", "mostly")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("unknown level 'mostly'");
    }
  }

  @Nested
  class EarnPerOccurrenceUpToACap {
    @Test
    void changzhou_1_1_threeInstructionsStillEarnTwo() {
      // 1.1 "每次得1分，最高得2分"
      Node.Builder item = Node.of("1.1", "领导重视", "1.1").max("2").rule(Rule.earnPerOccurrence("1"));
      assertThat(score(item, occurrences("1.1", 1)).points("1.1")).isEqualTo(p("1"));
      ScoreCard three = score(item, occurrences("1.1", 3));
      assertThat(three.points("1.1")).isEqualTo(p("2"));
      assertThat(three.node("1.1").orElseThrow().lines())
          .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.CEILING));
    }

    @Test
    void changzhou_3_3_fiveContractsAtHalfAPointReachTheCapOfTwo() {
      // 3.3 "每提供一个项目合同得0.5分，最高得2分"
      Node.Builder item =
          Node.of("3.3.d", "节能项目", "3.3").max("2").rule(Rule.earnPerOccurrence("0.5"));
      assertThat(score(item, occurrences("3.3.d", 3)).points("3.3.d")).isEqualTo(p("1.5"));
      assertThat(score(item, occurrences("3.3.d", 5)).points("3.3.d")).isEqualTo(p("2"));
    }
  }

  @Nested
  class EarnPerOccurrenceByLevel {
    private static Rule.PerOccurrence byLevel() {
      // jishui 三(一)6 "县级报刊1篇加0.1分；市级0.5分；省级1分；国家级2分"
      return Rule.perOccurrence(
          Rule.Rate.earn("0.1").atLevel("县级"),
          Rule.Rate.earn("0.5").atLevel("市级"),
          Rule.Rate.earn("1").atLevel("省级"),
          Rule.Rate.earn("2").atLevel("国家级"));
    }

    @Test
    void jishui_3_1_6_extraArticlesCappedAtThree() {
      // "...加分不超过3分"
      Node.Builder item =
          Node.of("c6.b", "多录用稿件加分", "三(一)6").role(Role.BONUS).max("3").rule(byLevel());
      ScoreCard some =
          score(
              item,
              Occurrence.of("a1", "c6.b").level("县级").count(2).build(),
              Occurrence.of("a2", "c6.b").level("市级").build());
      assertThat(some.points("c6.b")).isEqualTo(p("0.7"));
      ScoreCard many =
          score(
              item,
              Occurrence.of("a1", "c6.b").level("国家级").build(),
              Occurrence.of("a2", "c6.b").level("省级").count(2).build());
      assertThat(many.points("c6.b")).isEqualTo(p("3"));
    }

    @Test
    void harbin_9_adoptionPointsHaveNoCap() {
      // 第九条 "国务院办公厅...一般动态信息10分，调研信息20分" and no cap anywhere.
      Node.Builder item =
          Node.of("h9", "信息采用情况", "第九条")
              .role(Role.BONUS)
              .rule(
                  Rule.perOccurrence(
                      Rule.Rate.earn("1").forKind("一般动态").atLevel("市"),
                      Rule.Rate.earn("10").forKind("一般动态").atLevel("国家"),
                      Rule.Rate.earn("20").forKind("调研").atLevel("国家")));
      ScoreCard card =
          score(
              item,
              Occurrence.of("i1", "h9").kind("调研").level("国家").count(3).build(),
              Occurrence.of("i2", "h9").kind("一般动态").level("国家").build(),
              Occurrence.of("i3", "h9").kind("一般动态").level("市").count(25).build());
      assertThat(card.points("h9")).isEqualTo(p("95"));
    }
  }

  @Nested
  class HighestLevelOnly {
    @Test
    void zhangzhou_3_3_3_oneWorkAwardedThriceCountsAtTheNationalLevel() {
      // 三(三)3(1) "市(厅)级得4分，省(部)级得8分，国家级得12分" ... "同一项工作受到多次奖励的，按最高一级得分"
      Node.Builder item =
          Node.of("z3.3.1", "评为先进单位", "三(三)3(1)")
              .addModifiers(Modifier.sameMatterOnce("三(三)3"))
              .rule(
                  Rule.perOccurrence(
                      Rule.Rate.earn("4").atLevel("市"),
                      Rule.Rate.earn("8").atLevel("省"),
                      Rule.Rate.earn("12").atLevel("国家")));
      ScoreCard card =
          score(
              item,
              Occurrence.of("w-city", "z3.3.1").level("市").matter("扶贫").build(),
              Occurrence.of("w-nation", "z3.3.1").level("国家").matter("扶贫").build(),
              Occurrence.of("w-prov", "z3.3.1").level("省").matter("扶贫").build(),
              Occurrence.of("other", "z3.3.1").level("市").matter("招商").build());
      assertThat(card.points("z3.3.1")).isEqualTo(p("16"));
      assertThat(card.node("z3.3.1").orElseThrow().lines())
          .filteredOn(l -> l.kind() == Line.Kind.MERGED)
          .hasSize(2)
          .allSatisfy(
              l ->
                  assertThat(l.text()).contains("与记录 w-nation（评为先进单位）属同一事项“扶贫”，只计一次，以后者为准：后者加12分"));
    }
  }

  @Nested
  class TiersOnAMeasuredQuantity {
    // changzhou 2.4 "核定编制达到10人以上的，得2分；10-5人，得1分；5人以下的，得0.5分。"
    // Read here as [10, ∞) 2, [5, 10) 1, (-∞, 5) 0.5; the packaged scheme records its own reading.
    private final Node.Builder item =
        Node.of("2.4.a", "核定编制", "2.4")
            .max("2")
            .rule(
                new Rule.Tiers(
                    List.of(
                        new Rule.Tier(Interval.atLeast(10), p("2")),
                        new Rule.Tier(
                            Interval.between(BigDecimal.valueOf(5), true, BigDecimal.TEN, false),
                            p("1")),
                        new Rule.Tier(Interval.below("5"), p("0.5"))),
                    "人"));

    @Test
    void changzhou_2_4_tenPeopleIsTenOrMore() {
      assertThat(score(item, Measurement.of("2.4.a", "10")).points("2.4.a")).isEqualTo(p("2"));
      assertThat(score(item, Measurement.of("2.4.a", "9")).points("2.4.a")).isEqualTo(p("1"));
      assertThat(score(item, Measurement.of("2.4.a", "5")).points("2.4.a")).isEqualTo(p("1"));
      assertThat(score(item, Measurement.of("2.4.a", "4")).points("2.4.a")).isEqualTo(p("0.5"));
    }

    @Test
    void changzhou_2_4_theTextsOverlapAtFiveMustBeResolved() {
      Node.Builder literal =
          Node.of("2.4.a", "核定编制", "2.4")
              .max("2")
              .rule(
                  new Rule.Tiers(
                      List.of(
                          new Rule.Tier(
                              Interval.between(BigDecimal.valueOf(5), true, BigDecimal.TEN, true),
                              p("1")),
                          new Rule.Tier(Interval.atMost(BigDecimal.valueOf(5)), p("0.5"))),
                      "人"));
      assertThat(Calculator.validate(Fixtures.scheme(literal).build()))
          .singleElement()
          .satisfies(pr -> assertThat(pr.message()).contains("overlap"));
    }
  }

  @Nested
  class AllOrNothingThreshold {
    @Test
    void jishui_enforcement_5_ninetyFivePercentIsEnough() {
      // 执法监察大队 5 "结案率达到95%的(10分)，未达到的不给分"
      Node.Builder item =
          Node.of("e5", "查处得力", "执法监察大队5")
              .max("10")
              .rule(
                  new Rule.Tiers(
                      List.of(
                          new Rule.Tier(Interval.atLeast("95"), p("10")),
                          new Rule.Tier(Interval.below("95"), Points.ZERO)),
                      "%"));
      assertThat(score(item, Measurement.of("e5", "95")).points("e5")).isEqualTo(p("10"));
      assertThat(score(item, Measurement.of("e5", "94.99")).points("e5")).isEqualTo(Points.ZERO);
    }

    @Test
    void changzhou_2_4_eightyPercentStaffedIsEightyOrMore() {
      // 2.4 "核定人员配备齐全率达80%以上得2分，低于80%得1分"
      Node.Builder item =
          Node.of("2.4.b", "人员配备齐全率", "2.4")
              .max("2")
              .rule(
                  new Rule.Tiers(
                      List.of(
                          new Rule.Tier(Interval.atLeast("80"), p("2")),
                          new Rule.Tier(Interval.below("80"), p("1"))),
                      "%"));
      assertThat(score(item, Measurement.of("2.4.b", "80")).points("2.4.b")).isEqualTo(p("2"));
      assertThat(score(item, Measurement.of("2.4.b", "79.9")).points("2.4.b")).isEqualTo(p("1"));
    }
  }

  @Nested
  class ProportionalToATarget {
    @Test
    void jishui_3_1_6_twoOfThreeArticlesEarnTwoOfThree() {
      // 三(一)6 "全年完成上稿任务3篇计3分 ... 未完成稿件录用任务的按比例得分"
      Node.Builder item =
          Node.of("c6.a", "完成上稿任务", "三(一)6")
              .max("3")
              .rule(new Rule.Proportional(BigDecimal.valueOf(3), "篇"));
      assertThat(score(item, Measurement.of("c6.a", "2")).points("c6.a")).isEqualTo(p("2"));
      assertThat(score(item, Measurement.of("c6.a", "5")).points("c6.a")).isEqualTo(p("3"));
    }

    @Test
    void aQuotientIsRoundedOnceAsTheSchemeSays() {
      Node.Builder item =
          Node.of("c6.a", "完成上稿任务", "三(一)6")
              .max("2")
              .rule(new Rule.Proportional(BigDecimal.valueOf(3), "篇"));
      ScoreCard card = score(item, Measurement.of("c6.a", "1"));
      assertThat(card.points("c6.a")).isEqualTo(p("0.67"));
      assertThat(card.node("c6.a").orElseThrow().lines().get(0).text()).contains("（四舍五入保留2位小数）");
    }
  }

  @Nested
  class DeductionPerStepOfShortfall {
    // jishui 土地开发整理中心 3 "全面完成...补充耕地任务数(20分)，每差欠5%扣4分"
    private Node.Builder item(boolean partialStepCounts) {
      return Node.of("d3", "造地工作", "土地开发整理中心3")
          .max("20")
          .rule(
              new Rule.ShortfallSteps(
                  BigDecimal.valueOf(100), BigDecimal.valueOf(5), p("4"), partialStepCounts, "%"));
    }

    @Test
    void jishui_landCentre_3_tenPercentShortIsTwoSteps() {
      assertThat(score(item(false), Measurement.of("d3", "90")).points("d3")).isEqualTo(p("12"));
    }

    @Test
    void jishui_landCentre_3_sevenPercentShortIsOneWholeStepOrTwoStartedOnes() {
      assertThat(score(item(false), Measurement.of("d3", "93")).points("d3")).isEqualTo(p("16"));
      assertThat(score(item(true), Measurement.of("d3", "93")).points("d3")).isEqualTo(p("12"));
    }

    @Test
    void jishui_landCentre_3_halfTheTaskLosesEverything() {
      assertThat(score(item(false), Measurement.of("d3", "50")).points("d3"))
          .isEqualTo(Points.ZERO);
    }

    @Test
    void stepsAreTheShortfallOverTheStepRoundedOnceWhateverThePlaces() {
      // The scorer counts steps in longs where they hold the places and digits (values of up to 6
      // places and 12 digits), and in decimals beyond: both must give the decimals' quotient.
      qt().withExamples(400)
          .forAll(
              decimals(0, 100_000, 0, 3),
              decimals(1, 1_000, 0, 3),
              decimals(-100_000, 10_000_000, -1, 9),
              booleans().all())
          .checkAssert(
              (target, step, gap, partial) -> {
                BigDecimal value = target.subtract(gap).abs(); // a quantity is not negative
                Node.Builder item =
                    Node.of("d", "差欠", "x")
                        .max("100000000")
                        .rule(new Rule.ShortfallSteps(target, step, p("1"), partial, "%"));
                long steps =
                    target
                        .subtract(value)
                        .max(BigDecimal.ZERO)
                        .divide(step, 0, partial ? RoundingMode.UP : RoundingMode.DOWN)
                        .longValueExact();
                assertThat(score(item, new Measurement("d", value, Optional.empty())).points("d"))
                    .as("%s short of %s in steps of %s", value, target, step)
                    .isEqualTo(p(String.valueOf(100_000_000 - steps)));
              });
    }

    /** Decimals of {@code least..most} unscaled with {@code fewest..most} places. */
    private static Gen<BigDecimal> decimals(long least, long most, int fewest, int places) {
      return longs()
          .between(least, most)
          .zip(integers().between(fewest, places), BigDecimal::valueOf);
    }
  }

  @Nested
  class AmountWithBaseAndSteps {
    @Test
    void zhangzhou_3_3_4_1_fiftyTenThousandYuanPerPointUpToTen() {
      // 三(三)4(1) "每争取50万元得1分。本项最高得分10分。"
      Node.Builder item =
          Node.of("z4.1", "争取资金", "三(三)4(1)")
              .max("10")
              .rule(
                  new Rule.AmountSteps(
                      BigDecimal.ZERO,
                      Points.ZERO,
                      BigDecimal.valueOf(50),
                      p("1"),
                      Rule.Valuation.POOLED,
                      "万元"));
      ScoreCard some =
          score(
              item,
              Occurrence.of("g1", "z4.1").amount(new BigDecimal("120")).build(),
              Occurrence.of("g2", "z4.1").amount(new BigDecimal("60")).build());
      assertThat(some.points("z4.1")).isEqualTo(p("3"));
      ScoreCard lots =
          score(item, Occurrence.of("g1", "z4.1").amount(new BigDecimal("800")).build());
      assertThat(lots.points("z4.1")).isEqualTo(p("10"));
    }

    @Test
    void zhangzhou_3_3_4_2_baseOfTenMillionThenOnePointPerThreeMillion() {
      // 三(三)4(2) "实际到资1000万元的得5分，每增加300万元得1分。本项最高得分10分。"
      Node.Builder item =
          Node.of("z4.2", "引进项目", "三(三)4(2)")
              .max("10")
              .rule(
                  new Rule.AmountSteps(
                      BigDecimal.valueOf(1000),
                      p("5"),
                      BigDecimal.valueOf(300),
                      p("1"),
                      Rule.Valuation.EACH,
                      "万元"));
      assertThat(amount(item, "999")).isEqualTo(Points.ZERO);
      assertThat(amount(item, "1000")).isEqualTo(p("5"));
      assertThat(amount(item, "1650")).isEqualTo(p("7"));
      assertThat(amount(item, "3000")).isEqualTo(p("10"));
    }

    private Points amount(Node.Builder item, String amount) {
      return score(item, Occurrence.of("p1", "z4.2").amount(new BigDecimal(amount)).build())
          .points("z4.2");
    }
  }

  @Nested
  class PointsByRankInAnOutsideComparison {
    @Test
    void zhangzhou_3_3_3_2_secondInTheProvinceEarnsThree() {
      // 三(三)3(2) "综合业务工作在全省系统综合评比中位于前列的，第一名得4分，第二名得3分，第三名得2分"
      Node.Builder item =
          Node.of("z3.3.2", "全省综合评比名次", "三(三)3(2)")
              .rule(
                  Rule.perOccurrence(
                      Rule.Rate.earn("4").atLevel("1"),
                      Rule.Rate.earn("3").atLevel("2"),
                      Rule.Rate.earn("2").atLevel("3")));
      assertThat(score(item, Occurrence.of("r", "z3.3.2").level("2").build()).points("z3.3.2"))
          .isEqualTo(p("3"));
      assertThatThrownBy(() -> score(item, Occurrence.of("r", "z3.3.2").level("4").build()))
          .isInstanceOf(FactsException.class);
    }
  }

  @Nested
  class DirectAssessment {
    @Test
    void changzhou_6_1_upToThreeByQuality() {
      // 6.1 "视完成质量得分，最高得3分"
      Node.Builder item = Node.of("6.1", "完成上级各项工作任务", "6.1").max("3").rule(Rule.Assessed.award());
      assertThat(score(item, Assessment.of("6.1", "2.5")).points("6.1")).isEqualTo(p("2.5"));
      assertThatThrownBy(() -> score(item, Assessment.of("6.1", "3.5")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the allowed range 0..3");
    }

    @Test
    void changzhou_7_2_oneToFivePerCommendationAccumulate() {
      // 7.2 "被...通报表彰的，视情况加1-5分，可累加" (capped by 7.2's 5)
      Node.Builder item =
          Node.of("7.2", "积极创先争优", "7.2")
              .max("5")
              .rule(Rule.perOccurrence(Rule.Rate.earnBetween("1", "5")));
      ScoreCard card =
          score(
              item,
              Occurrence.of("c1", "7.2").points(p("2")).build(),
              Occurrence.of("c2", "7.2").points(p("1.5")).build());
      assertThat(card.points("7.2")).isEqualTo(p("3.5"));
    }

    @Test
    void jishui_regulations_6_discretionaryDeduction() {
      // 法规监察股 6 "(10分)。工作不到位酌情扣分。"
      Node.Builder item =
          Node.of("l6", "指导国土所宣传", "法规监察股6").max("10").rule(Rule.Assessed.deduction());
      assertThat(score(item, Assessment.of("l6", "3")).points("l6")).isEqualTo(p("7"));
    }
  }

  @Nested
  class PanelScores {
    @Test
    void zhangzhou_3_4_2_meanOfTheRatersOnFifty() {
      // 三(四)2 综合评议(50分) "集中统一打分"
      Node.Builder item =
          Node.of("z4.2", "综合评议", "三(四)2")
              .max("50")
              .rule(new Rule.Panel(BigDecimal.valueOf(50), Rule.Aggregation.MEAN, 1, 99));
      ScoreCard card = score(item, RaterScores.of("z4.2", "45", "48", "44"));
      assertThat(card.points("z4.2")).isEqualTo(p("45.67")); // 137 / 3, rounded once
    }

    @Test
    void township_3_2_weightsTwelveEighteenTen() {
      // 三(二) "镇党政班子评估指标，12分；党代表...评估指标，18分；效能建设监督员...评估指标，10分"
      Node.Builder style =
          Node.of("t2", "作风、效率评估指标", "三(二)")
              .max("40")
              .add(panel("t2.1", "12"), panel("t2.2", "18"), panel("t2.3", "10"));
      ScoreCard card =
          score(
              style,
              RaterScores.of("t2.1", "90", "80"),
              RaterScores.of("t2.2", "70", "80", "90"),
              RaterScores.of("t2.3", "100"));
      assertThat(card.points("t2.1")).isEqualTo(p("10.2"));
      assertThat(card.points("t2.2")).isEqualTo(p("14.4"));
      assertThat(card.points("t2.3")).isEqualTo(p("10"));
      assertThat(card.points("t2")).isEqualTo(p("34.6"));
    }

    @Test
    void hubei_10_aPanelOfThreeToFiveRejectsTwoRaters() {
      // 第十条 "对本级机关...评审组由3-5人组成"
      Node.Builder item =
          Node.of("hb", "评审", "第十条")
              .max("100")
              .rule(new Rule.Panel(BigDecimal.valueOf(100), Rule.Aggregation.MEAN, 3, 5));
      assertThatThrownBy(() -> score(item, RaterScores.of("hb", "90", "92")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("2 raters scored, but the panel of hb has 3 to 5");
    }

    @Test
    void aTrimmedMeanDropsTheHighestAndLowest() {
      Node.Builder item =
          Node.of("tm", "评议", "x")
              .max("10")
              .rule(new Rule.Panel(BigDecimal.valueOf(100), Rule.Aggregation.TRIMMED_MEAN, 3, 9));
      assertThat(score(item, RaterScores.of("tm", "100", "80", "70", "20")).points("tm"))
          .isEqualTo(p("7.5"));
    }

    private Node.Builder panel(String id, String max) {
      return Node.of(id, "评估", "三(二)")
          .max(max)
          .rule(new Rule.Panel(BigDecimal.valueOf(100), Rule.Aggregation.MEAN, 1, 50));
    }
  }

  @Test
  void aRuleStateIsNeverReadFromAMissingFact() {
    Node.Builder item =
        Node.of("m", "测量", "x")
            .max("2")
            .rule(new Rule.Tiers(List.of(new Rule.Tier(Interval.all(), p("2"))), "人"));
    assertThatThrownBy(() -> score(item))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("no fact for m: expected a measurement");
  }
}
