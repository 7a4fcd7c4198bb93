package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every point explained: which rule, clause and fact produced it, and who recorded the fact. */
class ExplanationTest {

  private static final Scheme SCHEME =
      Fixtures.scheme(
              Node.of("s3", "会议服务", "四(三)")
                  .max("60")
                  .evaluator("市政府应急管理办公室（总值班室）")
                  .add(
                      Node.of("s3.1", "接受通知无误", "四(三)1")
                          .max("30")
                          .rule(Rule.perOccurrence(Rule.Rate.deduct("5").titled("出现差错一次扣5分"))),
                      Node.of("s3.5", "会议纪律", "四(三)5")
                          .max("30")
                          .rule(Rule.perOccurrence(Rule.Rate.deduct("10").titled("每出现一人次扣10分")))))
          .build();

  private static final Provenance DUTY = Provenance.of("总值班室", LocalDate.of(2024, 4, 1), "档案资料");

  private static List<Fact> facts() {
    return List.of(
        Occurrence.of("m-2", "s3.1").provenance(DUTY).build(),
        Occurrence.of("m-1", "s3.1").provenance(DUTY).build(),
        Occurrence.of("late-1", "s3.5").count(2).note("迟到").build());
  }

  @Test
  void eachLineNamesItsRuleClauseAndFact() {
    ScoreCard card = Calculator.of(SCHEME).score(UnitFacts.of("u", "g").facts(facts()).build());
    NodeScore item = card.node("s3.1").orElseThrow();
    assertThat(item.lines())
        .extracting(Line::kind, Line::points, Line::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Line.Kind.START, p("30"), "从满分30分起扣"),
            org.assertj.core.groups.Tuple.tuple(Line.Kind.RULE, p("-5"), "记录 m-1（出现差错一次扣5分）"),
            org.assertj.core.groups.Tuple.tuple(Line.Kind.RULE, p("-5"), "记录 m-2（出现差错一次扣5分）"));
    assertThat(card.language(Language.ENGLISH).node("s3.1").orElseThrow().lines())
        .extracting(Line::text)
        .containsExactly(
            "starts from full marks 30",
            "occurrence m-1 (出现差错一次扣5分)",
            "occurrence m-2 (出现差错一次扣5分)");
    assertThat(item.lines()).allSatisfy(l -> assertThat(l.clause()).hasValue("四(三)1"));
    assertThat(item.lines().get(1).facts().get(0).provenance()).hasValue(DUTY);
    assertThat(card.explain())
        .contains("-5  记录 m-1（出现差错一次扣5分）  〔四(三)1〕  <总值班室 2024-04-01 档案资料>")
        .contains("-20  记录 late-1 共2次（每出现一人次扣10分）  〔四(三)5〕");
  }

  @Test
  void eachNodeNamesItsParentDepthAndAdjustmentsAndEachLineItsSource() {
    // s3.1 "出现差错一次扣5分" with "差错3次以上的，此项不得分" (the example office scheme's 三(一)1)
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s3", "会议服务", "四(三)")
                    .max("60")
                    .add(
                        Node.of("s3.1", "接受通知无误", "四(三)1")
                            .max("30")
                            .rule(Rule.perOccurrence(Rule.Rate.deduct("5")))
                            .addGates(Gate.zeroAfter(3, "差错3次以上的，此项不得分", "四(三)1")),
                        Node.of("s3.5", "会议纪律", "四(三)5")
                            .max("30")
                            .rule(Rule.deductPerOccurrence("10"))))
            .addVetoes(Veto.reported("v-late", "迟报", "五", Veto.penalty("2")))
            .build();
    ScoreCard card =
        Calculator.of(scheme)
            .score(
                Fixtures.facts(
                    Fixtures.concat(
                        Fixtures.occurrences("s3.1", 3),
                        new Fact[] {VetoEvent.of("late-1", "v-late", "迟报一次")})));
    assertThat(card.nodes())
        .extracting(NodeScore::nodeId, NodeScore::parentId, NodeScore::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test", java.util.Optional.empty(), 0),
            org.assertj.core.groups.Tuple.tuple("s3", java.util.Optional.of("test"), 1),
            org.assertj.core.groups.Tuple.tuple("s3.1", java.util.Optional.of("s3"), 2),
            org.assertj.core.groups.Tuple.tuple("s3.5", java.util.Optional.of("s3"), 2));
    NodeScore gated = card.node("s3.1").orElseThrow();
    assertThat(gated.points()).isEqualTo(Points.ZERO);
    assertThat(gated.adjustments()).containsExactly(Adjustment.GATE);
    assertThat(gated.lines())
        .extracting(Line::kind, Line::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Line.Kind.START, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.RULE, java.util.Optional.of("perOccurrence")),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.RULE, java.util.Optional.of("perOccurrence")),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.RULE, java.util.Optional.of("perOccurrence")),
            org.assertj.core.groups.Tuple.tuple(Line.Kind.GATE, java.util.Optional.of("after-3")));
    assertThat(card.node("s3").orElseThrow().lines())
        .extracting(Line::source)
        .containsExactly(java.util.Optional.of("s3.1"), java.util.Optional.of("s3.5"));
    assertThat(card.totalLines())
        .extracting(Line::kind, Line::source, Line::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.CHILD, java.util.Optional.of("test"), p("30")),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.PENALTY, java.util.Optional.of("v-late"), p("-2")));
    assertThat(card.nodePoints())
        .extracting(NodePoints::nodeId, NodePoints::points, NodePoints::adjustments)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test", p("30"), java.util.Set.of()),
            org.assertj.core.groups.Tuple.tuple("s3", p("30"), java.util.Set.of()),
            org.assertj.core.groups.Tuple.tuple(
                "s3.1", Points.ZERO, java.util.Set.of(Adjustment.GATE)),
            org.assertj.core.groups.Tuple.tuple("s3.5", p("30"), java.util.Set.of()));
  }

  @Test
  void theLinesOfEveryNodeAddUpToItsPoints() {
    ScoreCard card = Calculator.of(SCHEME).score(UnitFacts.of("u", "g").facts(facts()).build());
    for (NodeScore n : card.nodes()) {
      assertThat(Points.sum(n.lines().stream().map(Line::points).toList()))
          .as(n.nodeId())
          .isEqualTo(n.points());
    }
    assertThat(card.total()).isEqualTo(p("30"));
  }

  @Test
  void theOrderOfTheFactsNeverMatters() {
    Calculator calculator = Calculator.of(SCHEME);
    ScoreCard expected = calculator.score(UnitFacts.of("u", "g").facts(facts()).build());
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      List<Fact> shuffled = new ArrayList<>(facts());
      Collections.shuffle(shuffled, random);
      ScoreCard card = calculator.score(UnitFacts.of("u", "g").facts(shuffled).build());
      assertThat(card).isEqualTo(expected);
      assertThat(card.explain()).isEqualTo(expected.explain());
    }
  }

  /**
   * One unit under a scheme with every rule, modifier and limit, explained line by line. Each line
   * was checked by hand: per 差错 20 − 2 − 3 − 3.5 − 0.4 = 11.1 (p3 merged into the higher p2, p4
   * exempt); the checklist 6 − 2 − 2; the trimmed mean of 90, 80, 70, 100 is 85 of 100, so 8.5 of
   * 10; 88% is 12 short of 100, three started steps of 5 at 4 each; the amounts are pooled by
   * share: 120 alone is two whole steps of 50, the lead's 90 one step counted at half, 2.5; the
   * deduction item falls to −3 and is floored at 0; the total 73.73 less the 1.5 penalty is 72.23.
   */
  @Test
  void everyRuleModifierAndLimitExplainsItsPointsInWords() {
    Scheme scheme =
        Scheme.builder()
            .id("all")
            .title("每种规则")
            .addGroups(UnitGroup.of("g", "单位", "一"))
            .rounding(Rounding.halfUp(2))
            .notApplicable(NotApplicablePolicy.FULL_MARKS)
            .add(
                Node.of("per", "差错", "一")
                    .max("20")
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.deduct("2").forKind("差错").titled("差错一次扣2分"),
                            Rule.Rate.deduct("3").forKind("差错").atLevel("省级"),
                            Rule.Rate.deductBetween("1", "4").forKind("酌情")))
                    .addModifiers(
                        Modifier.sameMatterOnce("一"),
                        Modifier.selfReportedExempt("一"),
                        Modifier.jointSplit("0.8", "0.2", "一")),
                Node.of("list", "制度", "二")
                    .max("6")
                    .rule(
                        Rule.deductPerMissing(
                            "2",
                            new Rule.Element("e1", "考勤"),
                            new Rule.Element("e2", "值班"),
                            new Rule.Element("e3", "保密"))),
                Node.of("crit", "计划", "三").max("2").rule(Rule.criterion()),
                Node.of("crit2", "总结", "三").max("2").rule(Rule.criterion()),
                Node.of("full", "安全", "四")
                    .max("5")
                    .rule(Rule.fullMarks())
                    .addGates(Gate.zeroAfter(2, "两次以上不得分", "四")),
                Node.of("lvl", "档案", "五")
                    .max("4")
                    .rule(
                        new Rule.Levels(
                            List.of(
                                new Rule.Level("full", "全面建立", p("4")),
                                new Rule.Level("part", "部分建立", p("2"))))),
                Node.of("ass", "酌情扣分", "六").max("5").rule(Rule.Assessed.deduction()),
                Node.of("panel", "测评", "七")
                    .max("10")
                    .rule(
                        new Rule.Panel(
                            BigDecimal.valueOf(100), Rule.Aggregation.TRIMMED_MEAN, 3, 5)),
                Node.of("tiers", "时效", "八")
                    .max("10")
                    .rule(
                        new Rule.Tiers(
                            List.of(
                                new Rule.Tier(Interval.atLeast(95), p("10")),
                                new Rule.Tier(Interval.below("95"), p("6"))),
                            "%")),
                Node.of("prop", "信息", "九")
                    .max("15")
                    .rule(new Rule.Proportional(BigDecimal.valueOf(60), "篇")),
                Node.of("conv", "折算", "十")
                    .max("10")
                    .rule(new Rule.Conversion(BigDecimal.valueOf(100))),
                Node.of("short", "办结率", "十一")
                    .max("25")
                    .rule(
                        new Rule.ShortfallSteps(
                            BigDecimal.valueOf(100), BigDecimal.valueOf(5), p("4"), true, "%")),
                Node.of("amt", "资金", "十二")
                    .max("10")
                    .rule(
                        new Rule.AmountSteps(
                            BigDecimal.ZERO,
                            p("0"),
                            BigDecimal.valueOf(50),
                            p("1"),
                            Rule.Valuation.POOLED,
                            "万元"))
                    .addModifiers(Modifier.jointSplit("0.5", "0.5", "十二")),
                Node.of("na", "无此职能", "十三").max("3").rule(Rule.Assessed.award()),
                Node.of("floor", "扣分项", "十四").max("3").rule(Rule.deductPerOccurrence("2")))
            .addVetoes(Veto.reported("v", "通报批评", "十五", Veto.penalty("1.5")))
            .build();
    UnitFacts facts =
        UnitFacts.of("u", "g")
            .addFacts(
                Occurrence.of("p1", "per").kind("差错").build(),
                Occurrence.of("p2", "per").kind("差错").level("省级").matter("m1").build(),
                Occurrence.of("p3", "per").kind("差错").matter("m1").build(),
                Occurrence.of("p4", "per").kind("差错").selfReported(true).build(),
                Occurrence.of("p5", "per").kind("酌情").points(p("3.5")).build(),
                Occurrence.of("p6", "per").kind("差错").joint(Occurrence.JointRole.PARTNER).build(),
                Check.of("list", "e1", true),
                Check.of("list", "e2", false),
                Check.of("list", "e3", false),
                Check.of("crit", true),
                Check.of("crit2", false),
                Occurrence.of("f1", "full").count(2).build(),
                AssessedLevel.of("lvl", "part"),
                Assessment.of("ass", "1.5"),
                RaterScores.of("panel", "90", "80", "70", "100"),
                Measurement.of("tiers", "94.5"),
                Measurement.of("prop", "45"),
                Measurement.of("conv", "88.8"),
                Measurement.of("short", "88"),
                Occurrence.of("a1", "amt").amount(new BigDecimal("120")).build(),
                Occurrence.of("a2", "amt")
                    .amount(new BigDecimal("90"))
                    .joint(Occurrence.JointRole.LEAD)
                    .build(),
                NotApplicable.of("na", "本单位无此职能"),
                Occurrence.of("fl", "floor").count(3).build(),
                VetoEvent.of("ev1", "v", "三月"))
            .build();
    ScoreCard card = Calculator.of(scheme).score(facts);
    assertThat(card.total()).isEqualTo(p("72.23"));
    // the words of every kind of line, in the scheme's language and in English
    assertThat(card.explain())
        .isEqualTo(
            String.join(
                    "\n",
                    "u（单位），每种规则",
                    "结论：总分 72.23；未被一票否决；否决扣分: 通报批评 十五（报告否决事件1件：ev1）；名次未知",
                    "  +73.73  每种规则各项得分",
                    "  -1.5  否决扣分：通报批评（报告否决事件1件：ev1）  〔十五〕",
                    "      备注（否决事件 ev1）：三月",
                    "每种规则：73.73",
                    "  +11.1  差错  〔一〕",
                    "  +2  制度  〔二〕",
                    "  +2  计划  〔三〕",
                    "  0  总结  〔三〕",
                    "  0  安全  〔四〕",
                    "  +2  档案  〔五〕",
                    "  +3.5  酌情扣分  〔六〕",
                    "  +8.5  测评  〔七〕",
                    "  +6  时效  〔八〕",
                    "  +11.25  信息  〔九〕",
                    "  +8.88  折算  〔十〕",
                    "  +13  办结率  〔十一〕",
                    "  +2.5  资金  〔十二〕",
                    "  +3  无此职能  〔十三〕",
                    "  0  扣分项  〔十四〕",
                    "差错〔一〕：11.1 / 20",
                    "  +20  从满分20分起扣  〔一〕",
                    "  -2  记录 p1（差错一次扣2分）  〔一〕",
                    "  -3  记录 p2〔差错、省级〕  〔一〕",
                    "  0  记录 p3：与记录 p2（差错）属同一事项“m1”，只计一次，以后者为准：后者扣3分，本条扣2分  〔一〕",
                    "  0  记录 p4〔差错〕：主动报告，免于扣分（本应扣2分）  〔一〕",
                    "  -3.5  记录 p5〔酌情〕，选定3.5分  〔一〕",
                    "  -0.4  记录 p6（差错一次扣2分）；联合完成，本单位为联办单位，按20%计：-2 × 20% = -0.4  〔一〕",
                    "制度〔二〕：2 / 6",
                    "  +6  从满分6分起扣  〔二〕",
                    "  0  要素“考勤”已达到  〔二〕",
                    "  -2  要素“值班”未达到  〔二〕",
                    "  -2  要素“保密”未达到  〔二〕",
                    "计划〔三〕：2 / 2",
                    "  +2  达到评分标准  〔三〕",
                    "总结〔三〕：0 / 2",
                    "  0  未达到评分标准  〔三〕",
                    "安全〔四〕：0 / 5",
                    "  +5  从满分5分起扣  〔四〕",
                    "  -5  两次以上不得分：记录2次，属于“2次以上”，本项记0分  〔四〕",
                    "档案〔五〕：2 / 4",
                    "  +2  评定等次“部分建立”  〔五〕",
                    "酌情扣分〔六〕：3.5 / 5",
                    "  +5  从满分5分起扣  〔六〕",
                    "  -1.5  酌情扣1.5分  〔六〕",
                    "测评〔七〕：8.5 / 10",
                    "  +8.5  2个评分（去掉一个最高分和一个最低分）合计170，评分满分100：10 × 170/200 = 8.5  〔七〕",
                    "时效〔八〕：6 / 10",
                    "  +6  实测94.5%，在“不足95%”档  〔八〕",
                    "信息〔九〕：11.25 / 15",
                    "  +11.25  实测45篇，目标60篇：15 × 45/60 = 11.25  〔九〕",
                    "折算〔十〕：8.88 / 10",
                    "  +8.88  原始得分88.8分（满分100分）折算：10 × 88.8/100 = 8.88  〔十〕",
                    "办结率〔十一〕：13 / 25",
                    "  +25  从满分25分起扣  〔十一〕",
                    "  -12  实测88%，比目标100%少12%，每5%为一档（不足一档按一档计）共3档 × 每档4分  〔十一〕",
                    "资金〔十二〕：2.5 / 10",
                    "  +2  金额合计：a1 120 = 120万元，满50万元共2档 × 每档1分，计2分  〔十二〕",
                    "  +0.5  金额合计：a2 90（主办） = 90万元，满50万元共1档 × 每档1分，计1分；联合完成，按50%计：1 × 50% = 0.5  〔十二〕",
                    "无此职能〔十三〕：3 / 3",
                    "  +3  不属于本单位职责（本单位无此职能）：按满分计",
                    "扣分项〔十四〕：0 / 3",
                    "  +3  从满分3分起扣  〔十四〕",
                    "  -6  记录 fl 共3次  〔十四〕",
                    "  +3  最低0分  〔十四〕")
                + "\n");
    assertThat(card.language(Language.ENGLISH).explain())
        .isEqualTo(
            String.join(
                    "\n",
                    "u (单位) under 每种规则",
                    "verdict: total 72.23; not disqualified; veto penalties: 通报批评 十五 (1 event [ev1]); rank not known",
                    "  +73.73  points of 每种规则",
                    "  -1.5  veto 通报批评: 1 event [ev1]  [十五]",
                    "      note (veto event ev1): 三月",
                    "每种规则: 73.73",
                    "  +11.1  差错  [一]",
                    "  +2  制度  [二]",
                    "  +2  计划  [三]",
                    "  0  总结  [三]",
                    "  0  安全  [四]",
                    "  +2  档案  [五]",
                    "  +3.5  酌情扣分  [六]",
                    "  +8.5  测评  [七]",
                    "  +6  时效  [八]",
                    "  +11.25  信息  [九]",
                    "  +8.88  折算  [十]",
                    "  +13  办结率  [十一]",
                    "  +2.5  资金  [十二]",
                    "  +3  无此职能  [十三]",
                    "  0  扣分项  [十四]",
                    "差错 [一]: 11.1 / 20",
                    "  +20  starts from full marks 20  [一]",
                    "  -2  occurrence p1 [差错] (差错一次扣2分)  [一]",
                    "  -3  occurrence p2 [差错, 省级]  [一]",
                    "  0  occurrence p3: same matter 'm1' as occurrence p2 (差错), which counts instead: it deducts 3, this one 2  [一]",
                    "  0  occurrence p4 [差错]: self-reported, exempt (would be -2)  [一]",
                    "  -3.5  occurrence p5 [酌情], chosen 3.5  [一]",
                    "  -0.4  occurrence p6 [差错] (差错一次扣2分); joint work as partner unit (联办单位), counted at 20% of -2 = -0.4  [一]",
                    "制度 [二]: 2 / 6",
                    "  +6  starts from full marks 6  [二]",
                    "  0  element '考勤' met  [二]",
                    "  -2  element '值班' missing  [二]",
                    "  -2  element '保密' missing  [二]",
                    "计划 [三]: 2 / 2",
                    "  +2  criterion met  [三]",
                    "总结 [三]: 0 / 2",
                    "  0  criterion not met  [三]",
                    "安全 [四]: 0 / 5",
                    "  +5  starts from full marks 5  [四]",
                    "  -5  zeroed, 2 occurrences in [2, +∞): 两次以上不得分  [四]",
                    "档案 [五]: 2 / 4",
                    "  +2  level 部分建立  [五]",
                    "酌情扣分 [六]: 3.5 / 5",
                    "  +5  starts from full marks 5  [六]",
                    "  -1.5  deducted at the evaluator's discretion 1.5  [六]",
                    "测评 [七]: 8.5 / 10",
                    "  +8.5  mean of 2 scores without the highest and lowest (sum 170) on 100: 10 × 170/200 = 8.5  [七]",
                    "时效 [八]: 6 / 10",
                    "  +6  measured 94.5 % in tier (-∞, 95)  [八]",
                    "信息 [九]: 11.25 / 15",
                    "  +11.25  measured 45 篇 of the target 60: 15 × 45/60 = 11.25  [九]",
                    "折算 [十]: 8.88 / 10",
                    "  +8.88  converted from 88.8 分 of 100: 10 × 88.8/100 = 8.88  [十]",
                    "办结率 [十一]: 13 / 25",
                    "  +25  starts from full marks 25  [十一]",
                    "  -12  measured 88 %, short of 100 by 12: 3 started steps of 5 × 4  [十一]",
                    "资金 [十二]: 2.5 / 10",
                    "  +2  amounts added together, a1 120 = 120 万元, 2 whole steps of 50 万元 × 1: 2  [十二]",
                    "  +0.5  amounts added together, a2 90 (主办) = 90 万元, 1 whole step of 50 万元 × 1: 1; joint work, counted at 50% of 1 = 0.5  [十二]",
                    "无此职能 [十三]: 3 / 3",
                    "  +3  outside the unit's duties (本单位无此职能): counts at full marks",
                    "扣分项 [十四]: 0 / 3",
                    "  +3  starts from full marks 3  [十四]",
                    "  -6  occurrence fl ×3  [十四]",
                    "  +3  floor 0  [十四]")
                + "\n");
  }
}
