package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scheme is validated when loaded: every problem at once, each with its node path. */
class SchemeValidationTest {

  private static List<Problem> problems(Scheme.Builder scheme) {
    return Calculator.validate(scheme.build());
  }

  private static Node.Builder item(String id, String max) {
    return Node.of(id, "项目" + id, "x").max(max).rule(Rule.deductPerOccurrence("1"));
  }

  @Test
  void aValidSchemeHasNoProblems() {
    assertThat(problems(Fixtures.scheme(item("a", "10")))).isEmpty();
  }

  @Test
  void duplicateIdsAreNamedWithTheirPath() {
    assertThat(
            problems(
                Fixtures.scheme(
                    Node.of("s", "节", "一").max("20").add(item("a", "10"), item("a", "10")))))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.path()).isEqualTo("test/s/a");
              assertThat(pr.nodeId()).hasValue("a");
              assertThat(pr.message()).isEqualTo("node id a is used twice");
            });
  }

  @Test
  void nonAsciiIdsAreRejected() {
    assertThat(problems(Fixtures.scheme(item("综合", "10"))))
        .singleElement()
        .satisfies(pr -> assertThat(pr.message()).contains("must be ASCII"));
  }

  @Test
  void danglingReferencesAreNamed() {
    Scheme.Builder scheme =
        Fixtures.scheme(
                Node.of("a", "项", "x")
                    .max("10")
                    .ceiling(Limit.shareOf("nowhere", "0.3"))
                    .rule(Rule.Assessed.award())
                    .addGroups("no-such-group"))
            .addVetoes(
                new Veto(
                    "v",
                    "否决",
                    Optional.empty(),
                    new Veto.NodeScore("ghost", Interval.atMost(java.math.BigDecimal.ZERO)),
                    new Veto.Penalty(p("2"), Optional.of("phantom"))))
            .addReadings(new Reading("r", "x", "原文", "理解", List.of("missing")));
    assertThat(Fixtures.messages(problems(scheme)))
        .containsExactlyInAnyOrder(
            "test/a: unknown group no-such-group; the scheme's groups are [g]",
            "test/a: its ceiling is a share of unknown node nowhere",
            "test/veto v: its trigger names unknown node ghost",
            "test/veto v: its penalty names unknown node phantom",
            "test/reading r: names unknown node missing");
  }

  @Test
  void capsThatCannotHold() {
    Scheme.Builder scheme =
        Fixtures.scheme(
            Node.of("s", "节", "一")
                .max("10")
                .add(
                    Node.of("a", "上限低于下限", "x")
                        .max("5")
                        .floor(Limit.of("3"))
                        .ceiling(Limit.of("2"))
                        .rule(Rule.Assessed.award()),
                    Node.of("b", "单次超过上限", "x").max("5").rule(Rule.earnPerOccurrence("6"))),
            Node.of("t", "节", "二")
                .max("5")
                .add(Node.of("c", "子项超过父项", "x").max("8").rule(Rule.Assessed.award())));
    assertThat(Fixtures.messages(problems(scheme)))
        .contains(
            "test/s/a: its floor 3 is above its ceiling 2, so neither can hold",
            "test/s/b: one occurrence (any occurrence) earns 6, above the cap 5, so the cap cannot hold",
            "test/t/c: its maximum 8 is above its parent's ceiling 5, so it can never be reached");
  }

  @Test
  void maximaThatDoNotAddUp() {
    // yueyang 四(一) 综合管理 100 = 10 + 20 + 30 + 20 + 20; one item mistyped as 25.
    Node.Builder general =
        Node.of("s1", "综合管理", "四(一)")
            .max("100")
            .add(
                item("s1.1", "10"),
                item("s1.2", "20"),
                item("s1.3", "30"),
                item("s1.4", "25"),
                item("s1.5", "20"));
    assertThat(problems(Fixtures.scheme(general)))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.path()).isEqualTo("test/s1");
              assertThat(pr.message())
                  .isEqualTo("the maxima of its scored children add up to 105, not 100");
            });
    assertThat(problems(Fixtures.scheme(general.maximaAddUp(false)))).isEmpty();
  }

  @Test
  void maximaAddUpPerGroup() {
    // jishui: 30 common points plus 70 specific to each section.
    Scheme.Builder scheme =
        Scheme.builder()
            .id("js")
            .title("吉水")
            .max("100")
            .addGroups(UnitGroup.of("office", "办公室", "三(二)"), UnitGroup.of("survey", "测绘股", "三(二)"))
            .add(
                item("common", "30"),
                item("office", "70").addGroups("office"),
                item("survey", "65").addGroups("survey"));
    assertThat(Fixtures.messages(problems(scheme)))
        .containsExactly(
            "js: the maxima of its scored children add up to 95 in group survey, not 100");
  }

  @Test
  void overlappingTiersAndMissingRounding() {
    Scheme.Builder scheme =
        Scheme.builder()
            .id("cz")
            .title("常州")
            .addGroups(UnitGroup.of("g", "辖市(区)", "三"))
            .add(
                Node.of("t", "编制", "2.4")
                    .max("2")
                    .rule(
                        new Rule.Tiers(
                            List.of(
                                new Rule.Tier(Interval.atLeast(5), p("1")),
                                new Rule.Tier(
                                    Interval.atMost(java.math.BigDecimal.valueOf(5)), p("0.5"))),
                            "人")),
                Node.of("q", "按比例", "x")
                    .max("3")
                    .rule(new Rule.Proportional(java.math.BigDecimal.TEN, "")));
    assertThat(Fixtures.messages(problems(scheme)))
        .containsExactly(
            "cz/t: tiers [5, +∞) and (-∞, 5] overlap; state which tier a shared value belongs to",
            "cz/q: its rule divides, but the scheme declares no rounding; declare the scale and mode the text uses");
  }

  @Test
  void structuralMistakes() {
    Scheme.Builder scheme =
        Fixtures.scheme(
            Node.of("leaf", "无规则", "x").max("5"),
            Node.of("both", "既有规则又有子项", "x")
                .max("5")
                .rule(Rule.Assessed.award())
                .add(item("k", "5")),
            Node.of("ded", "扣分项却得分", "x").role(Role.DEDUCTION).rule(Rule.earnPerOccurrence("1")),
            Node.of("nomax", "扣分却无满分", "x").rule(Rule.deductPerOccurrence("1")));
    assertThat(Fixtures.messages(problems(scheme)))
        .containsExactlyInAnyOrder(
            "test/leaf: is a leaf without a rule; give it a rule or children",
            "test/both: has both a rule and children; a rule belongs to a leaf",
            "test/ded: a deduction node's rule must only deduct",
            "test/nomax: its content deducts, so it starts from its maximum, but it has none; give it a maximum");
  }

  @Test
  void everyProblemIsReportedAtOnceAndCalculatorRefusesTheScheme() {
    Scheme scheme =
        Fixtures.scheme(item("a", "10"), item("a", "10"), Node.of("b", "无规则", "x").max("1"))
            .addGroups(UnitGroup.of("g", "重复", "x"))
            .build();
    assertThat(Calculator.validate(scheme)).hasSize(3);
    assertThatThrownBy(() -> Calculator.of(scheme))
        .isInstanceOfSatisfying(SchemeException.class, e -> assertThat(e.problems()).hasSize(3))
        .hasMessageContaining("scheme test is invalid (3 problems)");
  }

  @Test
  void aProportionalMaximumTheRoundingCannotReachIsAWarningNotAProblem() {
    Scheme scheme =
        Fixtures.scheme(
                Node.of("third", "三分之一", "x")
                    .max("33.333334")
                    .rule(new Rule.Proportional(new java.math.BigDecimal("60"), "篇")),
                Node.of("rest", "其余", "x").max("66.666666").rule(Rule.Assessed.award()))
            .build();
    assertThat(Calculator.validate(scheme)).isEmpty();
    assertThat(Calculator.warnings(scheme))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("test/third");
              assertThat(w.nodeId()).hasValue("third");
              assertThat(w.message())
                  .isEqualTo(
                      "its maximum 33.333334 has more decimal places than the scheme rounds to"
                          + " (2), so full marks give 33.33, never 33.333334");
            });
    ScoreCard full =
        Fixtures.score(scheme, Measurement.of("third", "60"), Assessment.of("rest", "66.666666"));
    assertThat(full.points("third")).isEqualTo(p("33.33"));
  }

  @Test
  void aMaximumTheRoundingReachesGivesNoWarning() {
    Scheme scheme =
        Fixtures.scheme(
                Node.of("half", "一半", "x")
                    .max("50.5")
                    .rule(new Rule.Proportional(new java.math.BigDecimal("60"), "篇")),
                item("rest", "49.5"))
            .build();
    assertThat(Calculator.warnings(scheme)).isEmpty();
  }

  @Test
  void everyIdIsAsciiLettersDigitsDotsUnderscoresOrDashes() {
    Scheme scheme =
        Scheme.builder()
            .id("考评")
            .title("办法")
            .addGroups(new UnitGroup("县 区", "县区", Optional.of("一"), List.of(), Optional.of(-1)))
            .add(item("a", "10"))
            .addVetoes(Veto.reported("否 决", "一票否决", "x", Veto.disqualification()))
            .addOutcomes(
                Grading.of("等级", "等级评定", "四")
                    .addPrerequisites(new Rule.Element("先决", "登记"))
                    .addGrades(
                        new Grade(
                            "一级",
                            "省一级",
                            Optional.empty(),
                            Optional.of(Interval.atLeast("80")),
                            Optional.empty(),
                            0))
                    .validYears(4)
                    .build())
            .build();
    assertThat(Fixtures.messages(Calculator.validate(scheme)))
        .containsExactly(
            "考评: scheme id '考评' must be ASCII letters, digits, '.', '_' or '-'",
            "考评/group 县 区: group id '县 区' must be ASCII letters, digits, '.', '_' or '-'",
            "考评/group 县 区: a declared unit count cannot be negative",
            "考评/veto 否 决: veto id '否 决' must be ASCII letters, digits, '.', '_' or '-'",
            "考评/outcome 等级: outcome id '等级' must be ASCII letters, digits, '.', '_' or '-'",
            "考评/outcome 等级: prerequisite id '先决' must be ASCII letters, digits, '.', '_' or"
                + " '-'",
            "考评/outcome 等级/grade 一级: grade id '一级' must be ASCII letters, digits, '.', '_'"
                + " or '-'");
  }

  @Test
  void theSchemeMayRoundToSixPlacesButNoFiner() {
    Node.Builder share =
        Node.of("p", "比例", "x").max("10").rule(new Rule.Proportional(new BigDecimal("3"), "篇"));
    assertThat(problems(Fixtures.scheme(share).rounding(Rounding.halfUp(6)))).isEmpty();
    assertThat(Fixtures.messages(problems(Fixtures.scheme(share).rounding(Rounding.halfUp(7)))))
        .containsExactly(
            "test: rounds to 7 places; points have at most 6 decimal places and below 1000000000");
  }
}
