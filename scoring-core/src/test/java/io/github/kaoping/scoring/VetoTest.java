package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.concat;
import static io.github.kaoping.scoring.Fixtures.deductionSection;
import static io.github.kaoping.scoring.Fixtures.occurrences;
import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalogue §4: disqualification and point penalties, by event or by derived condition. */
class VetoTest {

  private static final Node.Builder SECRECY =
      Node.of("s4.4", "机要保密", "四(四)4")
          .max("30")
          .rule(Rule.fullMarks())
          .addGates(Gate.zeroAfter(1, "失泄密", "发生失、泄密事件", "四(四)4"));

  @Test
  void yueyang_4_4_4_oneLeakDisqualifiesButTheScoreStands() {
    // 四(四)4 "发生失、泄密事件一次，评先资格一票否决。"
    Scheme scheme =
        Fixtures.scheme(SECRECY, Node.of("other", "其他", "四").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                new Veto(
                    "leak",
                    "失、泄密事件",
                    Optional.of("四(四)4"),
                    new Veto.OccurrenceCount("s4.4", Optional.of("失泄密"), Interval.atLeast(1)),
                    Veto.disqualification()))
            .build();
    ScoreCard clean = score(scheme, Assessment.of("other", "90"));
    assertThat(clean.isDisqualified()).isFalse();
    assertThat(clean.vetoes()).isEmpty();
    ScoreCard leak = score(scheme, Assessment.of("other", "90"), occurrences("s4.4", "失泄密", 1)[0]);
    assertThat(leak.isDisqualified()).isTrue();
    assertThat(leak.total()).isEqualTo(p("90")); // the item is zeroed; the score stands
    assertThat(leak.vetoes()).singleElement().satisfies(v -> assertThat(v.facts()).hasSize(1));
  }

  @Test
  void anOccurrenceAVetoAloneCountsIsAcceptedOnlyOfItsKindAndOnlyInItsSubtree() {
    // No gate here: only the veto's trigger counts occurrences of 失泄密 on s4.4.
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s4.4", "机要保密", "四(四)4").max("30").rule(Rule.fullMarks()),
                Node.of("other", "其他", "四").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                new Veto(
                    "leak",
                    "失、泄密事件",
                    Optional.of("四(四)4"),
                    new Veto.OccurrenceCount("s4.4", Optional.of("失泄密"), Interval.atLeast(1)),
                    Veto.disqualification()))
            .build();
    Assessment assessed = Assessment.of("other", "90");
    ScoreCard leak = score(scheme, assessed, occurrences("s4.4", "失泄密", 1)[0]);
    assertThat(leak.isDisqualified()).isTrue();
    assertThat(leak.total()).isEqualTo(p("120"));
    assertThatThrownBy(() -> score(scheme, assessed, occurrences("s4.4", "迟报", 1)[0]))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("an occurrence does not fit node s4.4")
        .hasMessageContaining("no gate or veto counts it");
    assertThatThrownBy(() -> score(scheme, assessed, occurrences("other", "失泄密", 1)[0]))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("an occurrence does not fit node other");
  }

  @Test
  void aVetoOfEveryKindCountsAnyKindOnANodeWithoutRates() {
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s4.4", "机要保密", "四(四)4").max("30").rule(Rule.fullMarks()),
                Node.of("other", "其他", "四").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                new Veto(
                    "any",
                    "任何事件",
                    Optional.of("四(四)4"),
                    new Veto.OccurrenceCount("s4.4", Optional.empty(), Interval.atLeast(2)),
                    Veto.disqualification()))
            .build();
    Assessment assessed = Assessment.of("other", "90");
    assertThat(score(scheme, assessed, occurrences("s4.4", "迟报", 1)[0]).isDisqualified()).isFalse();
    assertThat(
            score(scheme, Fixtures.concat(new Fact[] {assessed}, occurrences("s4.4", "迟报", 2)))
                .isDisqualified())
        .isTrue();
  }

  @Test
  void yueyang_4_5_1_fiftyFullyDeductedDisqualifies() {
    // 四(五)1 "计50分。不按要求落实并及时反馈的，出现一次扣10分；如50分全扣，评先资格一票否决。"
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s5.1", "落实并反馈", "四(五)1").max("50").rule(Rule.deductPerOccurrence("10")))
            .addVetoes(
                new Veto(
                    "s5.1-zero",
                    "50分全扣",
                    Optional.of("四(五)1"),
                    new Veto.NodeScore("s5.1", Interval.atMost(java.math.BigDecimal.ZERO)),
                    Veto.disqualification()))
            .build();
    assertThat(score(scheme, occurrences("s5.1", 4)).isDisqualified()).isFalse();
    ScoreCard five = score(scheme, occurrences("s5.1", 5));
    assertThat(five.points("s5.1")).isEqualTo(Points.ZERO);
    assertThat(five.isDisqualified()).isTrue();
    assertThat(five.vetoes().get(0).reason()).isEqualTo("落实并反馈得0分，属于“0分以下”");
    assertThat(five.language(Language.ENGLISH).vetoes().get(0).reason())
        .isEqualTo("落实并反馈 scored 0, in (-∞, 0]");
  }

  @Test
  void yueyang_4_5_1_anItemOutsideTheUnitsDutiesIsNotFullyDeducted() {
    // Under the rescale policy a not-applicable item counts 0, but it was not deducted at all.
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s5.1", "落实并反馈", "四(五)1").max("50").rule(Rule.deductPerOccurrence("10")),
                Node.of("rest", "其余", "四").max("50").rule(Rule.Assessed.award()))
            .max("100")
            .notApplicable(NotApplicablePolicy.RESCALE)
            .addVetoes(
                new Veto(
                    "s5.1-zero",
                    "50分全扣",
                    Optional.of("四(五)1"),
                    new Veto.NodeScore("s5.1", Interval.atMost(java.math.BigDecimal.ZERO)),
                    Veto.disqualification()))
            .build();
    ScoreCard card = score(scheme, NotApplicable.of("s5.1", "无此项职责"), Assessment.of("rest", "45"));
    assertThat(card.points("s5.1")).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(p("90"));
    assertThat(card.isDisqualified()).isFalse();
  }

  @Test
  void jishui_4_3_6_aVetoAlsoBarsTheUnitHead() {
    // 四(三)6 "实行一票否决，取消年终目标管理综合先进单位的评选资格，单位负责人不得评先评优"
    Scheme scheme =
        Fixtures.scheme(Node.of("all", "考评", "三").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                Veto.reported(
                    "discipline",
                    "单位内有受到党纪、政纪、法规处理的人和事",
                    "四(三)6(1)",
                    new Veto.Disqualification(true)))
            .build();
    ScoreCard card =
        score(scheme, Assessment.of("all", "95"), VetoEvent.of("e1", "discipline", "一名干部受党纪处分"));
    assertThat(card.isDisqualified()).isTrue();
    assertThat(card.isHeadBarred()).isTrue();
    assertThat(card.total()).isEqualTo(p("95"));
  }

  @Test
  void township_3_5_twoPointsPerVetoOnePerBottomFive() {
    // 三(五) "被'一票否决'的，在考评总分中每项扣2分，位列专项考评后5名的，每项扣1分。"
    Scheme scheme =
        Fixtures.scheme(Node.of("all", "四项指标", "三(一)-(四)").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                Veto.reported("special-veto", "专项考评被一票否决", "三(五)", Veto.penalty("2")),
                Veto.reported("special-bottom", "位列专项考评后5名", "三(五)", Veto.penalty("1")))
            .build();
    ScoreCard card =
        score(
            scheme,
            Assessment.of("all", "88"),
            VetoEvent.of("v1", "special-veto", "计划生育"),
            VetoEvent.of("v2", "special-veto", "综合治理"),
            VetoEvent.of("b1", "special-bottom", "安全生产"));
    assertThat(card.total()).isEqualTo(p("83"));
    assertThat(card.isDisqualified()).isFalse();
    assertThat(card.totalLines())
        .filteredOn(l -> l.kind() == Line.Kind.PENALTY)
        .extracting(Line::points)
        .containsExactly(p("-4"), p("-1"));
  }

  @Test
  void zhangzhou_3_2_3_1_twentyPerVetoedProgrammeInsideTheDeductionSection() {
    // 三(二)3(1) "列入'一票否决'的综治、计生、精神文明等重要工作，经主管部门认定必须否决的，每项扣20分"
    Scheme scheme =
        Fixtures.scheme(
                deductionSection(
                    Node.of("z2.4.1", "缺席会议", "三(二)4(1)")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerOccurrence("2"))))
            .addVetoes(
                new Veto(
                    "programme",
                    "综治、计生、精神文明等重要工作被否决",
                    Optional.of("三(二)3(1)"),
                    new Veto.Reported(),
                    new Veto.Penalty(p("20"), Optional.of("z2"))))
            .build();
    ScoreCard card =
        score(scheme, VetoEvent.of("v1", "programme", "计生"), Occurrence.of("m", "z2.4.1").build());
    assertThat(card.points("z2")).isEqualTo(p("78"));
    assertThat(card.isDisqualified()).isFalse();
  }

  @Test
  void aVetoEventForAScoreTriggeredVetoIsAnError() {
    Scheme scheme =
        Fixtures.scheme(Node.of("a", "项", "x").max("10").rule(Rule.deductPerOccurrence("10")))
            .addVetoes(
                new Veto(
                    "zero",
                    "全扣",
                    Optional.of("x"),
                    new Veto.NodeScore("a", Interval.atMost(java.math.BigDecimal.ZERO)),
                    Veto.disqualification()))
            .build();
    assertThatThrownBy(() -> score(scheme, VetoEvent.of("e", "zero", "")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining(
            "veto zero is set off by the points of a (in (-∞, 0]), not by a reported event");
  }

  @Test
  void yueyang_4_4_4_aVetoEventForACountTriggeredVetoNamesTheOccurrencesThatSetItOff() {
    // 四(四)4 "发生失、泄密事件一次": the leak is recorded as an occurrence, not a veto event
    Scheme scheme =
        Fixtures.scheme(
                Node.of("s4.4", "机要保密", "四(四)")
                    .max("30")
                    .rule(Rule.perOccurrence(Rule.Rate.deduct("10").forKind("差错"))))
            .addVetoes(
                new Veto(
                    "s4.4-leak",
                    "发生失、泄密事件",
                    Optional.of("四(四)4"),
                    new Veto.OccurrenceCount("s4.4", Optional.of("失泄密"), Interval.atLeast(1)),
                    Veto.disqualification()))
            .build();
    assertThatThrownBy(() -> score(scheme, VetoEvent.of("e", "s4.4-leak", "")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining(
            "veto s4.4-leak is set off by the number of occurrences of kind '失泄密' recorded on"
                + " s4.4 (in [1, +∞)), not by a reported event: record the occurrence on s4.4")
        .hasMessageNotContaining("by the score");
  }

  @Test
  void aCardWordsTheVetoesScoringSetOffAsTheExplainingRunDoesInEitherLanguage() {
    // Scoring decides the vetoes on numbers and words none; the card words them when read.
    Scheme scheme =
        Fixtures.scheme(
                Node.of("a", "落实反馈", "四(五)1").max("10").rule(Rule.deductPerOccurrence("2.5")),
                Node.of("s4.4", "机要保密", "四(四)4").max("30").rule(Rule.fullMarks()),
                Node.of("other", "其他", "四").max("100").rule(Rule.Assessed.award()))
            .addVetoes(
                Veto.reported("major", "重大过错", "三(一)", Veto.disqualification()),
                new Veto(
                    "leak",
                    "失、泄密事件",
                    Optional.of("四(四)4"),
                    new Veto.OccurrenceCount("s4.4", Optional.of("失泄密"), Interval.atLeast(1)),
                    new Veto.Disqualification(true)),
                new Veto(
                    "low",
                    "落实反馈过低",
                    Optional.of("四(五)1"),
                    new Veto.NodeScore("a", Interval.atMost(new BigDecimal("2.5"))),
                    Veto.disqualification()),
                Veto.reported("bottom", "位列后5名", "三(五)", Veto.penalty("1.5")))
            .build();
    UnitFacts facts =
        Fixtures.facts(
            concat(
                occurrences("a", 3),
                new Fact[] {
                  Assessment.of("other", "90.25"),
                  Occurrence.of("leak-2", "s4.4").kind("失泄密").build(),
                  Occurrence.of("leak-1", "s4.4").kind("失泄密").build(),
                  VetoEvent.of("m2", "major", "二"),
                  VetoEvent.of("m1", "major", "一"),
                  VetoEvent.of("b1", "bottom", "安全生产")
                }));
    ScoreCard card = Calculator.of(scheme).score(facts);
    assertThat(card.isDisqualified()).isTrue();
    assertThat(card.isHeadBarred()).isTrue();
    assertThat(card.vetoes())
        .extracting(TriggeredVeto::reason)
        .containsExactly(
            "报告否决事件2件：m1、m2", "机要保密记录2次（失泄密类），属于“1次以上”", "落实反馈得2.5分，属于“2.5分以下”", "报告否决事件1件：b1");
    assertThat(card.language(Language.ENGLISH).vetoes())
        .extracting(TriggeredVeto::reason)
        .containsExactly(
            "2 events [m1, m2]",
            "2 occurrences of kind '失泄密' on 机要保密, in [1, +∞)",
            "落实反馈 scored 2.5, in (-∞, 2.5]",
            "1 event [b1]");
    assertThat(card.vetoes().get(1).facts())
        .extracting(f -> ((Occurrence) f).id())
        .containsExactly("leak-1", "leak-2");
    assertThat(card.vetoes().get(0).times()).isEqualTo(2);
    Plan plan = SchemeCompiler.compile(scheme);
    for (Language language : Language.values()) {
      Scorer.Tally explained = Scorer.explain(plan, FactsIndex.build(plan, facts), language);
      List<TriggeredVeto> worded = explained.vetoes(plan, LineWords.of(language));
      assertThat(card.language(language).vetoes()).isEqualTo(worded);
      // the penalty's line gives the same reason
      assertThat(card.language(language).totalLines())
          .filteredOn(l -> l.kind() == Line.Kind.PENALTY)
          .singleElement()
          .satisfies(l -> assertThat(l.text()).contains(worded.get(3).reason()));
    }
  }
}
