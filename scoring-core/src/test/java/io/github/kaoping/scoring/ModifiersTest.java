package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.deductionSection;
import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The three occurrence modifiers the facts carry and the scheme grants. */
class ModifiersTest {

  /** zhangzhou 三(二)2 with its closing sentences. */
  private static Node.Builder law() {
    return deductionSection(
        Node.of("z2.2", "违法违纪及效能责任追究", "三(二)2")
            .role(Role.DEDUCTION)
            .addModifiers(
                Modifier.sameMatterOnce("三(二)2 同一事项就高扣分一次，不重复扣分"),
                Modifier.selfReportedExempt("三(二)2 属于本单位自行查处或主动报告有关机关查处的，免予扣分"))
            .add(
                Node.of("z2.2.1", "违法", "三(二)2(1)")
                    .role(Role.DEDUCTION)
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.deduct("15").forKind("科级以上"),
                            Rule.Rate.deduct("10").forKind("科级以下"))),
                Node.of("z2.2.2", "违纪", "三(二)2(2)")
                    .role(Role.DEDUCTION)
                    .rule(
                        Rule.perOccurrence(
                            Rule.Rate.deduct("10").forKind("科级以上"),
                            Rule.Rate.deduct("7").forKind("科级以下")))));
  }

  @Test
  void zhangzhou_3_2_2_oneMatterIsDeductedOnceAtItsHighest() {
    ScoreCard card =
        score(
            law(),
            Occurrence.of("court", "z2.2.1").kind("科级以上").matter("张某受贿").build(),
            Occurrence.of("party", "z2.2.2").kind("科级以上").matter("张某受贿").build());
    assertThat(card.points("z2.2")).isEqualTo(p("-15"));
    assertThat(card.node("z2.2.2").orElseThrow().lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Line.Kind.MERGED);
              assertThat(l.clause()).hasValue("三(二)2 同一事项就高扣分一次，不重复扣分");
            });
  }

  @Test
  void zhangzhou_3_2_2_aSelfReportedMatterIsExempt() {
    ScoreCard card =
        score(
            law(),
            Occurrence.of("found", "z2.2.2").kind("科级以下").selfReported(true).build(),
            Occurrence.of("other", "z2.2.2").kind("科级以下").build());
    assertThat(card.points("z2.2.2")).isEqualTo(p("-7"));
    assertThat(card.points("z2")).isEqualTo(p("93"));
  }

  @Test
  void aSelfReportedMarkWithoutAClauseIsAnError() {
    Node.Builder plain = Node.of("a", "差错", "x").max("10").rule(Rule.deductPerOccurrence("5"));
    assertThatThrownBy(() -> score(plain, Occurrence.of("o", "a").selfReported(true).build()))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("no clause of a exempts it");
  }

  /** zhangzhou 三(三)4(1) with the joint-work sentence of 三(三). */
  private static Node.Builder funds() {
    return Node.of("z4.1", "争取资金", "三(三)4(1)")
        .max("10")
        .addModifiers(Modifier.jointSplit("0.8", "0.2", "三(三) 主办单位按80%计分，联办单位按20%计分"))
        .rule(
            new Rule.AmountSteps(
                BigDecimal.ZERO,
                Points.ZERO,
                BigDecimal.valueOf(50),
                p("1"),
                Rule.Valuation.POOLED,
                "万元"));
  }

  @Test
  void zhangzhou_3_3_theLeadUnitCountsEightyPercentThePartnerTwenty() {
    Occurrence.Builder grant = Occurrence.of("g", "z4.1").amount(new BigDecimal("500"));
    assertThat(score(funds(), grant.joint(Occurrence.JointRole.LEAD).build()).points("z4.1"))
        .isEqualTo(p("8"));
    assertThat(score(funds(), grant.joint(Occurrence.JointRole.PARTNER).build()).points("z4.1"))
        .isEqualTo(p("2"));
  }

  @Test
  void anExplicitShareOverridesTheSplit() {
    Occurrence grant =
        Occurrence.of("g", "z4.1")
            .amount(new BigDecimal("500"))
            .joint(Occurrence.JointRole.PARTNER)
            .share(new BigDecimal("0.5"))
            .build();
    assertThat(score(funds(), grant).points("z4.1")).isEqualTo(p("5"));
  }

  @Test
  void aRatedJointOccurrenceEarnsItsShareOfTheRate() {
    Node.Builder research =
        Node.of("r", "调研成果被采纳", "三(三)2(3)")
            .max("10")
            .addModifiers(Modifier.jointSplit("0.8", "0.2", "三(三)"))
            .rule(Rule.earnPerOccurrence("2"));
    ScoreCard card =
        score(research, Occurrence.of("a", "r").joint(Occurrence.JointRole.PARTNER).build());
    assertThat(card.points("r")).isEqualTo(p("0.4"));
  }

  /** zhangzhou 三(三)4(2) with the joint-work sentence of 三(三). */
  private static Node.Builder projects() {
    return Node.of("z4.2", "引进项目", "三(三)4(2)")
        .max("10")
        .addModifiers(Modifier.jointSplit("0.8", "0.2", "三(三) 主办单位按80%计分，联办单位按20%计分"))
        .rule(
            new Rule.AmountSteps(
                BigDecimal.valueOf(1000),
                p("5"),
                BigDecimal.valueOf(300),
                p("1"),
                Rule.Valuation.EACH,
                "万元"));
  }

  @Test
  void zhangzhou_3_3_theShareScalesThePointsAnAmountEarnsNotTheAmount() {
    // 1000万 paid in earns 5; the lead unit counts 80% of the 5, not 80% of the 1000万
    Occurrence.Builder project = Occurrence.of("p", "z4.2").amount(new BigDecimal("1000"));
    ScoreCard lead = score(projects(), project.joint(Occurrence.JointRole.LEAD).build());
    assertThat(lead.points("z4.2")).isEqualTo(p("4"));
    // 120万 of funds is 2 whole steps of 50万: 2 points, 80% of them
    Occurrence grant =
        Occurrence.of("g", "z4.1")
            .amount(new BigDecimal("120"))
            .joint(Occurrence.JointRole.LEAD)
            .build();
    assertThat(score(funds(), grant).points("z4.1")).isEqualTo(p("1.6"));
  }

  @Test
  void zhangzhou_3_3_theCapAppliesAfterTheShare() {
    // 3000万 earns 5 + 6 = 11 points; the lead's 80% is 8.8, under the item's 10
    Occurrence project =
        Occurrence.of("p", "z4.2")
            .amount(new BigDecimal("3000"))
            .joint(Occurrence.JointRole.LEAD)
            .build();
    assertThat(score(projects(), project).points("z4.2")).isEqualTo(p("8.8"));
  }
}
