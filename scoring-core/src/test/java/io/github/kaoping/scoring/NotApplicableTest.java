package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Items outside a unit's duties: an explicit state and a scheme-level policy, never a silent zero.
 */
class NotApplicableTest {

  private static Scheme scheme(NotApplicablePolicy policy) {
    return Scheme.builder()
        .id("yy")
        .title("岳阳")
        .max("300")
        .addGroups(UnitGroup.of("dept", "市政府各部门", "一(一)2"))
        .notApplicable(policy)
        .rounding(Rounding.halfUp(2))
        .add(
            Node.of("s2", "应急值守", "四(二)").max("150").rule(Rule.Assessed.award()),
            Node.of("s3", "会议服务", "四(三)")
                .max("150")
                .add(
                    Node.of("s3.3", "现场会议", "四(三)3").max("30").rule(Rule.deductPerOccurrence("15")),
                    Node.of("s3.x", "其余各项", "四(三)").max("120").rule(Rule.Assessed.award())))
        .build();
  }

  private static UnitFacts facts() {
    return UnitFacts.of("u", "dept")
        .addFacts(
            Assessment.of("s2", "135"),
            Assessment.of("s3.x", "108"),
            NotApplicable.of("s3.3", "本部门不承办现场会议"))
        .build();
  }

  @Test
  void yueyang_3_1_rejectedWhenTheSchemeSaysNothing() {
    assertThatThrownBy(() -> Calculator.of(scheme(NotApplicablePolicy.REJECT)).score(facts()))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("cannot be marked not applicable");
  }

  @Test
  void yueyang_3_1_countedAtFullMarks() {
    ScoreCard card = Calculator.of(scheme(NotApplicablePolicy.FULL_MARKS)).score(facts());
    assertThat(card.points("s3.3")).isEqualTo(p("30"));
    assertThat(card.node("s3.3").orElseThrow().notApplicable()).isTrue();
    assertThat(card.total()).isEqualTo(p("273"));
  }

  @Test
  void yueyang_3_1_leftOutAndRescaled() {
    ScoreCard card = Calculator.of(scheme(NotApplicablePolicy.RESCALE)).score(facts());
    assertThat(card.points("s3.3")).isEqualTo(Points.ZERO);
    // 243 of an applicable 270, rescaled to 300: 270.
    assertThat(card.total()).isEqualTo(p("270"));
    assertThat(card.node("yy").orElseThrow().lines())
        .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.RESCALE));
    assertThat(card.nodePoints().get(0).adjustments()).containsExactly(Adjustment.RESCALE);
    assertThat(card.nodePoints())
        .filteredOn(NodePoints::notApplicable)
        .extracting(NodePoints::nodeId)
        .containsExactly("s3.3");
  }

  @Test
  void aNotApplicableItemTakesNoOtherFacts() {
    UnitFacts facts = facts().with(Occurrence.of("o", "s3.3").build());
    assertThat(Calculator.of(scheme(NotApplicablePolicy.FULL_MARKS)).check(facts))
        .singleElement()
        .satisfies(pr -> assertThat(pr.message()).contains("marked not applicable"));
  }
}
