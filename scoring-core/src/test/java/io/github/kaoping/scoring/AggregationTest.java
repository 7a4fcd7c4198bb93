package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.deductionSection;
import static io.github.kaoping.scoring.Fixtures.occurrences;
import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Catalogue §3: floors, carries, bonus caps, signed adjustments and conversion. */
class AggregationTest {

  @Test
  void xingan_2_1_1_aSectionFloorsAtZero() {
    // 二(一)1 "领导重视情况15分，扣分情况以扣完本项分值为止。(1)...扣3分；(2)...扣5分；(3)...扣5分"
    Node.Builder lead =
        Node.of("x1", "领导重视情况", "二(一)1")
            .max("15")
            .add(
                Node.of("x1.1", "没有召开动员大会", "二(一)1(1)")
                    .role(Role.DEDUCTION)
                    .rule(Rule.deductPerOccurrence("3")),
                Node.of("x1.2", "没有制定工作方案", "二(一)1(2)")
                    .role(Role.DEDUCTION)
                    .rule(Rule.deductPerOccurrence("5")),
                Node.of("x1.3", "没有成立领导小组", "二(一)1(3)")
                    .role(Role.DEDUCTION)
                    .rule(Rule.deductPerOccurrence("5")));
    ScoreCard card =
        score(
            lead,
            Occurrence.of("a", "x1.1").build(),
            Occurrence.of("b", "x1.2").build(),
            Occurrence.of("c", "x1.3").build());
    assertThat(card.points("x1")).isEqualTo(p("2"));
  }

  @Test
  void zhangzhou_3_2_deductionsBeyondAHundredComeOffTheTotal() {
    // 三(二) "如扣分超过100分的，超出的分数在该单位总得分中扣除"
    Scheme scheme =
        Scheme.builder()
            .id("zz")
            .title("漳州市直机关绩效考评办法")
            .max("200")
            .addGroups(UnitGroup.of("g", "第一系列", "二"))
            .add(
                Node.of("z1", "完成基本工作目标", "三(一)").max("100").rule(Rule.Assessed.award()),
                deductionSection(
                        Node.of("z2.4.6", "迟到早退旷工", "三(二)4(6)")
                            .role(Role.DEDUCTION)
                            .rule(
                                Rule.perOccurrence(
                                    Rule.Rate.deduct("1").forKind("迟到早退"),
                                    Rule.Rate.deduct("2").forKind("旷工"))))
                    .overflow(Overflow.CARRY_TO_TOTAL))
            .build();
    ScoreCard card =
        score(
            scheme,
            Assessment.of("z1", "90"),
            Occurrence.of("late", "z2.4.6").kind("迟到早退").count(30).build(),
            Occurrence.of("absent", "z2.4.6").kind("旷工").count(50).build());
    assertThat(card.points("z2.4.6")).isEqualTo(p("-130"));
    assertThat(card.points("z2")).isEqualTo(Points.ZERO);
    assertThat(card.points("zz")).isEqualTo(p("90"));
    assertThat(card.total()).isEqualTo(p("60"));
    assertThat(card.totalLines())
        .filteredOn(l -> l.kind() == Line.Kind.CARRY)
        .singleElement()
        .satisfies(l -> assertThat(l.points()).isEqualTo(p("-30")))
        .satisfies(l -> assertThat(l.source()).hasValue("z2"));
    assertThat(card.nodePoints())
        .filteredOn(n -> n.nodeId().equals("z2"))
        .singleElement()
        .satisfies(
            n -> assertThat(n.adjustments()).containsExactly(Adjustment.FLOOR, Adjustment.CARRY));
    assertThat(card.node("z2.4.6").orElseThrow().adjustments()).isEmpty();
  }

  @Test
  void zhangzhou_3_2_withoutTheCarryTheLossStopsAtTheFloor() {
    ScoreCard card =
        score(
            deductionSection(
                Node.of("d", "扣分", "三(二)")
                    .role(Role.DEDUCTION)
                    .rule(Rule.deductPerOccurrence("60"))),
            occurrences("d", 2));
    assertThat(card.points("z2")).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(Points.ZERO);
  }

  @Test
  void zhangzhou_3_3_rewardsAddUpToAtMostAHundred() {
    // 三(三) "实行奖励制，各分项奖励累计不超过100分"; 1 "每个项目按完成程度奖励30分"
    Node.Builder rewards =
        Node.of("z3", "突出绩效与创新", "三(三)")
            .max("100")
            .maximaAddUp(false)
            .add(
                Node.of("z3.1", "突出贡献", "三(三)1").rule(Rule.earnPerOccurrence("30")),
                Node.of("z3.2.1", "便民利企新举措", "三(三)2(1)")
                    .max("10")
                    .rule(Rule.earnPerOccurrence("2")));
    ScoreCard card = score(rewards, concat(occurrences("z3.1", 3), occurrences("z3.2.1", 7)));
    assertThat(card.points("z3.1")).isEqualTo(p("90"));
    assertThat(card.points("z3.2.1")).isEqualTo(p("10")); // 14, capped at the item's 10
    assertThat(card.points("z3")).isEqualTo(p("100")); // 100, not 90 + 10 = 100 by chance:
    ScoreCard more = score(rewards, concat(occurrences("z3.1", 4), occurrences("z3.2.1", 1)));
    assertThat(more.points("z3")).isEqualTo(p("100")); // 120 + 2, capped at the section's 100
    assertThat(card.node("z3.2.1").orElseThrow().adjustments()).containsExactly(Adjustment.CEILING);
    assertThat(card.node("z3").orElseThrow().adjustments()).isEmpty();
    assertThat(more.node("z3").orElseThrow().adjustments()).containsExactly(Adjustment.CEILING);
  }

  @Test
  void changzhou_7_theTwentyExtraPointsSitOnTopOfTheHundred() {
    // 四 "采取百分制(附加20分)"; 七 "加分项目(20分)：提升理论研究水平10分，创先争优5分，改革创新5分"
    Scheme scheme =
        Scheme.builder()
            .id("cz")
            .title("常州市机关事务管理工作考核办法")
            .max("100")
            .addGroups(UnitGroup.of("g", "辖市(区)", "三"))
            .add(
                Node.of("s1", "其他方面", "四").max("100").rule(Rule.Assessed.award()),
                Node.of("s7", "加分项目", "四(七)")
                    .role(Role.BONUS)
                    .max("20")
                    .add(
                        Node.of("7.1", "提升理论研究水平", "7.1")
                            .max("10")
                            .rule(Rule.earnPerOccurrence("2")),
                        Node.of("7.2", "积极创先争优", "7.2")
                            .max("5")
                            .rule(Rule.perOccurrence(Rule.Rate.earnBetween("1", "5"))),
                        Node.of("7.3", "勇于改革创新", "7.3").max("5").rule(Rule.earnPerOccurrence("1"))))
            .build();
    ScoreCard card =
        score(
            scheme,
            concat(
                new Fact[] {
                  Assessment.of("s1", "96"),
                  Occurrence.of("c1", "7.2").points(p("4")).build(),
                  Occurrence.of("c2", "7.2").points(p("3")).build()
                },
                occurrences("7.1", 6),
                occurrences("7.3", 2)));
    assertThat(card.points("7.1")).isEqualTo(p("10"));
    assertThat(card.points("7.2")).isEqualTo(p("5"));
    assertThat(card.points("s7")).isEqualTo(p("17"));
    assertThat(card.total()).isEqualTo(p("113"));
  }

  @Test
  void yueyang_3_1_aBonusOfAtMostThirtyPercentOfTheCategory() {
    // 三(一) "酌情加分（不超过单项分的30%）", read as 30% of the category's 150.
    Node.Builder meetings =
        Node.of("s3", "会议服务", "四(三)")
            .max("150")
            .add(
                Node.of("s3.1", "接受通知无误", "四(三)1").max("150").rule(Rule.deductPerOccurrence("5")),
                Node.of("s3.bonus", "加分", "三(一)")
                    .role(Role.BONUS)
                    .ceiling(Limit.shareOf("s3", "0.3"))
                    .rule(Rule.Assessed.award()));
    ScoreCard card =
        score(meetings, Occurrence.of("e", "s3.1").build(), Assessment.of("s3.bonus", "45"));
    assertThat(card.points("s3")).isEqualTo(p("190"));
    assertThat(
            Calculator.of(Fixtures.scheme(meetings).build())
                .check(Fixtures.facts(Assessment.of("s3.bonus", "46"))))
        .anySatisfy(pr -> assertThat(pr.message()).contains("outside the allowed range 0..45"));
  }

  @Test
  void yueyang_3_1_aBonusStaysAboveEveryCapUpToTheTotal() {
    // A unit with full marks in every category still keeps its category bonus: the total's 1000 is
    // full marks, not a cap on bonuses (三(一) "酌情加分").
    Scheme scheme =
        Scheme.builder()
            .id("yy")
            .title("岳阳市政府系统办公室工作考评办法")
            .max("1000")
            .addGroups(UnitGroup.of("g", "市政府各部门", "一(一)2"))
            .add(
                Node.of("rest", "其余七类", "四").max("850").rule(Rule.Assessed.award()),
                Node.of("s3", "会议服务", "四(三)")
                    .max("150")
                    .add(
                        Node.of("s3.1", "会议服务各项", "四(三)")
                            .max("150")
                            .rule(Rule.deductPerOccurrence("5")),
                        Node.of("s3.bonus", "经验在全市推广", "三(一)")
                            .role(Role.BONUS)
                            .ceiling(Limit.shareOf("s3", "0.3"))
                            .rule(Rule.Assessed.award())))
            .build();
    ScoreCard card = score(scheme, Assessment.of("rest", "850"), Assessment.of("s3.bonus", "20"));
    assertThat(card.points("s3")).isEqualTo(p("170"));
    assertThat(card.total()).isEqualTo(p("1020"));
  }

  @Test
  void xingan_2_1_5_modelAndCriticismAdjustWithoutCap() {
    // 二(一)5 "县内做典型推广的每次加5分；被市级...加10分；被省级...加15分；...典型批评的扣5/10/15分"
    Scheme scheme =
        Scheme.builder()
            .id("xg")
            .title("阳光行动考评办法")
            .max("100")
            .addGroups(UnitGroup.of("g", "县直单位", "一"))
            .add(
                Node.of("x", "四个方面", "二(一)1-4").max("100").rule(Rule.Assessed.award()),
                Node.of("x5", "加、减分项目", "二(一)5")
                    .role(Role.ADJUSTMENT)
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.earn("5").forKind("推广").atLevel("县"),
                            Rule.Rate.earn("10").forKind("推广").atLevel("市"),
                            Rule.Rate.earn("15").forKind("推广").atLevel("省"),
                            Rule.Rate.deduct("5").forKind("批评").atLevel("县"),
                            Rule.Rate.deduct("10").forKind("批评").atLevel("市"),
                            Rule.Rate.deduct("15").forKind("批评").atLevel("省"))))
            .build();
    ScoreCard up =
        score(
            scheme,
            Assessment.of("x", "100"),
            Occurrence.of("m1", "x5").kind("推广").level("省").build(),
            Occurrence.of("m2", "x5").kind("推广").level("县").count(2).build());
    assertThat(up.total()).isEqualTo(p("125"));
    ScoreCard down =
        score(
            scheme,
            Assessment.of("x", "10"),
            Occurrence.of("c1", "x5").kind("批评").level("省").build());
    assertThat(down.points("x5")).isEqualTo(p("-15"));
    assertThat(down.total()).isEqualTo(p("-5"));
  }

  @Test
  void xingan_2_3_theResultIsConvertedIntoTheEfficiencyScheme() {
    // 二(三) "考评结果得分按比例折算后计入当效能建设工作考评政务公开项目得分"
    Node.Builder host =
        Node.of("open", "政务公开方面", "《新干县2006机关效能建设工作考评方案》第四项")
            .max("10")
            .rule(new Rule.Conversion(BigDecimal.valueOf(100)));
    assertThat(score(host, Measurement.of("open", "85")).points("open")).isEqualTo(p("8.5"));
    assertThat(score(host, Measurement.of("open", "86.55")).points("open")).isEqualTo(p("8.66"));
    // A result above 100 (with xingan's bonus points) is converted, then capped by the item.
    assertThat(score(host, Measurement.of("open", "115")).points("open")).isEqualTo(p("10"));
  }

  @Test
  void roundingFollowsTheSchemesMode() {
    Scheme scheme =
        Fixtures.scheme(
                Node.of("open", "政务公开", "x")
                    .max("10")
                    .rule(new Rule.Conversion(BigDecimal.valueOf(100))))
            .rounding(new Rounding(1, RoundingMode.DOWN))
            .build();
    assertThat(score(scheme, Measurement.of("open", "86.99")).points("open")).isEqualTo(p("8.6"));
  }

  private static Fact[] concat(Fact[]... parts) {
    return Fixtures.concat(parts);
  }
}
