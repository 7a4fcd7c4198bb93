package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts are checked against the scheme first: every problem, never a partial score. */
class FactsCheckTest {

  private static final Scheme SCHEME =
      Scheme.builder()
          .id("t")
          .title("测试")
          .addGroups(
              new UnitGroup(
                  "county",
                  "县市区",
                  java.util.Optional.of("一(一)1"),
                  List.of(new Unit("pingjiang", "平江县人民政府办公室"), new Unit("yueyang", "岳阳县人民政府办公室")),
                  java.util.Optional.of(12)))
          .add(
              Node.of("err", "差错", "x").max("30").rule(Rule.deductPerOccurrence("5")),
              Node.of("fire", "消防", "x")
                  .max("30")
                  .rule(Rule.perOccurrence(Rule.Rate.deductBetween("5", "10"))),
              Node.of("quality", "质量", "x").max("3").rule(Rule.Assessed.award()),
              Node.of("staff", "编制", "x")
                  .max("2")
                  .rule(
                      new Rule.Tiers(
                          List.of(
                              new Rule.Tier(Interval.atLeast(10), p("2")),
                              new Rule.Tier(Interval.below("10"), p("1"))),
                          "人")))
          .build();

  private static List<Problem> check(UnitFacts facts) {
    return Calculator.of(SCHEME).check(facts);
  }

  private static UnitFacts.Builder pingjiang() {
    return UnitFacts.of("pingjiang", "county");
  }

  @Test
  void completeFactsHaveNoProblems() {
    assertThat(
            check(
                pingjiang()
                    .addFacts(Assessment.of("quality", "2"), Measurement.of("staff", "12"))
                    .build()))
        .isEmpty();
  }

  @Test
  void everyProblemIsListed() {
    UnitFacts facts =
        pingjiang()
            .addFacts(
                Occurrence.of("o1", "nowhere").build(),
                Measurement.of("err", "3"),
                Occurrence.of("o2", "err").count(-1).build(),
                Assessment.of("quality", "4"),
                Occurrence.of("o3", "fire").points(p("11")).build(),
                Occurrence.of("o4", "qualty").build())
            .build();
    assertThat(Fixtures.messages(check(facts)))
        .containsExactlyInAnyOrder(
            "unit pingjiang/occurrence o1: names unknown node 'nowhere'",
            "unit pingjiang/occurrence o4: names unknown node 'qualty'; did you mean quality?",
            "unit pingjiang/measurement of err: a measurement does not fit node err: it has a per-occurrence rule, which reads occurrences",
            "unit pingjiang/occurrence o2: count must be at least 1, was -1",
            "unit pingjiang/assessment of quality: assessed 4 is outside the allowed range 0..3 of quality",
            "unit pingjiang/occurrence o3: chose 11, outside the rate's range 5..10",
            "unit pingjiang/t/staff: no fact for staff: expected a measurement");
  }

  @Test
  void anOccurrenceRecordedTwiceIsAnErrorNeverCountedTwice() {
    Provenance office = Provenance.of("秘书一科", java.time.LocalDate.of(2024, 3, 2), "档案资料");
    Provenance other = Provenance.of("督查室", java.time.LocalDate.of(2024, 3, 5), "工作现场");
    UnitFacts facts =
        pingjiang()
            .addFacts(
                Occurrence.of("o1", "err").provenance(office).build(),
                Occurrence.of("o1", "err").provenance(other).build(),
                Assessment.of("quality", "2"),
                Measurement.of("staff", "12"))
            .build();
    assertThat(check(facts))
        .singleElement()
        .satisfies(
            pr ->
                assertThat(pr.message())
                    .isEqualTo(
                        "occurrence o1 is recorded twice (督查室 2024-03-05 工作现场; 秘书一科 2024-03-02 档案资料);"
                            + " a fact counts once, so keep one"));
    assertThatThrownBy(() -> Calculator.of(SCHEME).score(facts)).isInstanceOf(FactsException.class);
  }

  @Test
  void aDuplicateUnattributedNamesNoOneAndCarriesEveryCopy() {
    Occurrence first = Occurrence.of("o1", "err").build();
    Occurrence second = Occurrence.of("o1", "err").count(2).build();
    UnitFacts facts =
        pingjiang()
            .addFacts(first, second, Assessment.of("quality", "2"), Measurement.of("staff", "12"))
            .build();
    assertThat(check(facts))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.message())
                  .isEqualTo("occurrence o1 is recorded twice; a fact counts once, so keep one");
              // a reader names the line of each copy
              assertThat(pr.facts()).containsExactly(first, second);
            });
  }

  @Test
  void anUnknownGroupOrAUnitOffTheRoster() {
    assertThat(Fixtures.messages(check(UnitFacts.of("x", "city").build())))
        .containsExactly("unit x: unknown group 'city'; the scheme's groups are [county]");
    assertThat(
            Fixtures.messages(
                check(
                    UnitFacts.of("huarong", "county")
                        .addFacts(Assessment.of("quality", "2"), Measurement.of("staff", "12"))
                        .build())))
        .containsExactly("unit huarong: unit 'huarong' is not on the roster of group county");
  }

  @Test
  void aNegativeMeasurementAndAMissingAmount() {
    Scheme scheme =
        Fixtures.scheme(
                Node.of("prop", "比例", "x")
                    .max("3")
                    .rule(new Rule.Proportional(BigDecimal.valueOf(3), "篇")),
                Node.of("amt", "资金", "x")
                    .max("10")
                    .rule(
                        new Rule.AmountSteps(
                            BigDecimal.ZERO,
                            Points.ZERO,
                            BigDecimal.TEN,
                            p("1"),
                            Rule.Valuation.POOLED,
                            "万元")))
            .build();
    assertThat(
            Fixtures.messages(
                Calculator.of(scheme)
                    .check(
                        Fixtures.facts(
                            Measurement.of("prop", "-1"), Occurrence.of("g", "amt").build()))))
        .containsExactlyInAnyOrder(
            "unit u/measurement of prop: a measured quantity cannot be negative, was -1",
            "unit u/occurrence g: an occurrence on amt needs an amount");
  }

  @Test
  void markersTheSchemeDoesNotGrantAreErrorsNotSilentlyIgnored() {
    UnitFacts facts =
        pingjiang()
            .addFacts(
                Occurrence.of("o1", "err").matter("m").build(),
                Occurrence.of("o2", "err").joint(Occurrence.JointRole.LEAD).build(),
                Assessment.of("quality", "2"),
                Measurement.of("staff", "12"))
            .build();
    assertThat(Fixtures.messages(check(facts)))
        .containsExactlyInAnyOrder(
            "unit pingjiang/occurrence o1: is marked matter 'm', but err does not merge occurrences of the same matter (no clause says so)",
            "unit pingjiang/occurrence o2: is marked joint work, but no clause of err splits joint work");
  }

  @Test
  void aCheckOfSomethingTheNodeDoesNotCheck() {
    assertThat(
            Fixtures.messages(
                check(
                    pingjiang()
                        .addFacts(
                            Check.of("quality", true),
                            Assessment.of("quality", "2"),
                            Measurement.of("staff", "12"))
                        .build())))
        .containsExactly(
            "unit pingjiang/check of quality: node quality has no criterion of its own; it checks nothing");
  }

  @Test
  void aRateTimesACountTooLargeToCountExactlyIsAProblemOfItsFact() {
    Occurrence many = Occurrence.of("o-1", "err").count(999_999_999).build();
    UnitFacts facts =
        pingjiang()
            .addFacts(many, Assessment.of("quality", "2"), Measurement.of("staff", "12"))
            .build();
    assertThat(check(facts))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fact()).contains(many);
              assertThat(p.message())
                  .isEqualTo(
                      "999999999 times 5 points is 4999999995, too large to count exactly: points"
                          + " have at most 6 decimal places and below 1000000000");
            });
  }

  @Test
  void checkFindsEveryOverflowThatScoringWouldRefuse() {
    Scheme amounts =
        Scheme.builder()
            .id("t")
            .title("测试")
            .addGroups(UnitGroup.of("county", "县市区", "一"))
            .add(
                Node.of("funds", "争取资金", "x")
                    .rule(
                        new Rule.AmountSteps(
                            BigDecimal.ZERO,
                            p("0"),
                            new BigDecimal("0.000001"),
                            p("999"),
                            Rule.Valuation.POOLED,
                            "万元")))
            .build();
    UnitFacts facts =
        UnitFacts.of("a", "county")
            .addFacts(
                Occurrence.of("f-1", "funds").amount(new BigDecimal("1" + "0".repeat(40))).build())
            .build();
    Calculator calculator = Calculator.of(amounts);
    assertThat(calculator.check(facts))
        .extracting(Problem::toString)
        .containsExactly(
            "unit a/occurrence f-1: an amount of 10000000000000000000000000000000000000000 万元 is"
                + " out of range: funds counts amounts below 1.001002, which earn less than"
                + " 1000000000 points");
    assertThatThrownBy(() -> calculator.score(facts)).isInstanceOf(FactsException.class);
  }

  /** Checks, not-applicable marks, veto events, rater scores and shares, at their bounds. */
  private static final Scheme BOUNDS =
      Scheme.builder()
          .id("b")
          .title("边界")
          .addGroups(UnitGroup.of("g", "单位", "一"))
          .notApplicable(NotApplicablePolicy.FULL_MARKS)
          .rounding(Rounding.halfUp(2))
          .add(
              Node.of("crit", "制度", "x").max("2").rule(Rule.criterion()),
              Node.of("na", "职能", "x").max("3").rule(Rule.Assessed.award()),
              Node.of("panel", "测评", "x")
                  .max("10")
                  .rule(new Rule.Panel(BigDecimal.valueOf(100), Rule.Aggregation.MEAN, 2, 3)),
              Node.of("joint", "联办", "x")
                  .max("20")
                  .rule(Rule.earnPerOccurrence("2"))
                  .addModifiers(
                      Modifier.jointSplit("0.8", "0.2", "三"), Modifier.selfReportedExempt("三")))
          .addVetoes(Veto.reported("v", "泄密", "四", Veto.disqualification()))
          .build();

  private static List<Problem> checkBounds(Fact... facts) {
    return Calculator.of(BOUNDS).check(UnitFacts.of("u", "g").addFacts(facts).build());
  }

  private static final Fact[] COMPLETE = {
    Check.of("crit", true), Assessment.of("na", "3"), RaterScores.of("panel", "80", "90")
  };

  private static Fact[] complete(Fact... more) {
    Fact[] all = java.util.Arrays.copyOf(COMPLETE, COMPLETE.length + more.length);
    System.arraycopy(more, 0, all, COMPLETE.length, more.length);
    return all;
  }

  @Test
  void aCheckANotApplicableMarkAndAVetoEventGivenTwiceAreEachAProblem() {
    assertThat(
            Fixtures.messages(
                checkBounds(
                    Check.of("crit", true),
                    Check.of("crit", false),
                    NotApplicable.of("na", "无此职能"),
                    NotApplicable.of("na", "无此职能"),
                    RaterScores.of("panel", "80", "90"),
                    VetoEvent.of("e1", "v", "3月"),
                    VetoEvent.of("e1", "v", "3月"))))
        .containsExactlyInAnyOrder(
            "unit u/check of crit: check of crit is recorded twice; a fact counts once, so keep one",
            "unit u/not-applicable mark of na: not-applicable mark of na is recorded twice; a fact"
                + " counts once, so keep one",
            "unit u/veto event e1: veto event e1 is recorded twice; a fact counts once, so keep one");
  }

  @Test
  void raterScoresAtTheEndsOfTheScaleAndTheCountOfRatersAreAccepted() {
    assertThat(
            checkBounds(
                Check.of("crit", true),
                Assessment.of("na", "3"),
                RaterScores.of("panel", "0", "100", "100")))
        .isEmpty();
    assertThat(
            Fixtures.messages(
                checkBounds(
                    Check.of("crit", true),
                    Assessment.of("na", "3"),
                    RaterScores.of("panel", "-0.5", "100.5", "1", "2"))))
        .containsExactlyInAnyOrder(
            "unit u/rater scores of panel: 4 raters scored, but the panel of panel has 2 to 3",
            "unit u/rater scores of panel: a rater score of -0.5 is outside the panel's scale 0..100",
            "unit u/rater scores of panel: a rater score of 100.5 is outside the panel's scale"
                + " 0..100");
    assertThat(
            Fixtures.messages(
                checkBounds(
                    Check.of("crit", true),
                    Assessment.of("na", "3"),
                    RaterScores.of("panel", "50"))))
        .containsExactly(
            "unit u/rater scores of panel: 1 raters scored, but the panel of panel has 2 to 3");
  }

  @Test
  void aShareOfExactlyOneIsAcceptedAndNoneOutsideZeroToOne() {
    Occurrence whole =
        Occurrence.of("j1", "joint")
            .joint(Occurrence.JointRole.PARTNER)
            .share(BigDecimal.ONE)
            .build();
    assertThat(checkBounds(complete(whole))).isEmpty();
    assertThat(
            Fixtures.messages(
                checkBounds(
                    complete(
                        Occurrence.of("j2", "joint")
                            .joint(Occurrence.JointRole.PARTNER)
                            .share(BigDecimal.ZERO)
                            .build(),
                        Occurrence.of("j3", "joint")
                            .joint(Occurrence.JointRole.LEAD)
                            .share(new BigDecimal("1.01"))
                            .build(),
                        Occurrence.of("j4", "joint").share(new BigDecimal("0.5")).build()))))
        .containsExactlyInAnyOrder(
            "unit u/occurrence j2: a share must be above 0 and at most 1, was 0",
            "unit u/occurrence j3: a share must be above 0 and at most 1, was 1.01",
            "unit u/occurrence j4: has a share but is not marked joint work");
  }

  @Test
  void aShareMayTakeThePointsToSixPlacesButNoFurther() {
    // 2 points × 0.123456: six places, the most points have
    assertThat(
            checkBounds(
                complete(
                    Occurrence.of("j1", "joint")
                        .joint(Occurrence.JointRole.LEAD)
                        .share(new BigDecimal("0.123456"))
                        .build())))
        .isEmpty();
    assertThat(
            Fixtures.messages(
                checkBounds(
                    complete(
                        Occurrence.of("j1", "joint")
                            .joint(Occurrence.JointRole.LEAD)
                            .share(new BigDecimal("0.1234567"))
                            .build()))))
        .containsExactly(
            "unit u/occurrence j1: its points times its share need more than 6 places");
  }

  @Test
  void onlyADeductionIsExemptedWhenSelfReported() {
    assertThat(
            Fixtures.messages(
                checkBounds(complete(Occurrence.of("s1", "joint").selfReported(true).build()))))
        .containsExactly(
            "unit u/occurrence s1: is marked self-reported, but only deductions are exempted");
  }

  @Test
  void aCriterionCheckWithAKeyIsNamedWithWhatTheNodeChecks() {
    assertThat(
            Fixtures.messages(
                checkBounds(
                    Check.of("crit", "e1", true),
                    Check.of("crit", true),
                    Assessment.of("na", "3"),
                    RaterScores.of("panel", "80", "90"))))
        .containsExactly(
            "unit u/check of crit 'e1': node crit has no element or prerequisite 'e1'; it checks"
                + " [(its own criterion, empty key)]");
  }
}
