package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

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
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.START, p("30"), "starts from full marks 30"),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.RULE, p("-5"), "occurrence m-1 (出现差错一次扣5分)"),
            org.assertj.core.groups.Tuple.tuple(
                Line.Kind.RULE, p("-5"), "occurrence m-2 (出现差错一次扣5分)"));
    assertThat(item.lines()).allSatisfy(l -> assertThat(l.clause()).hasValue("四(三)1"));
    assertThat(item.lines().get(1).facts().get(0).provenance()).hasValue(DUTY);
    assertThat(card.explain())
        .contains("-5  occurrence m-1 (出现差错一次扣5分)  [四(三)1]  <总值班室 2024-04-01 档案资料>")
        .contains("-20  occurrence late-1 ×2 (每出现一人次扣10分)  [四(三)5]");
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
}
