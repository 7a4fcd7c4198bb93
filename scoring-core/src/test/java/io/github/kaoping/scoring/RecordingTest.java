package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.scheme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.standings.ExplanationText;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.text.Wording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Facts that record failures only ({@link Recording#FAILURES_ONLY}). */
class RecordingTest {

  /** 岳阳 四(一)1, 四(七)3 and 四(八)4 in small: a checklist, a prerequisite, a criterion. */
  private static final Scheme SCHEME =
      scheme(
              Node.of("s1", "综合", "四(一)")
                  .add(
                      Node.of("s1.1", "制度建设", "四(一)1")
                          .max("10")
                          .rule(
                              Rule.deductPerMissing(
                                  "5",
                                  new Rule.Element("plan", "年初制订工作规划"),
                                  new Rule.Element("summary", "年终有工作总结"))),
                      Node.of("s7.3", "电子政务内网", "四(七)3")
                          .max("20")
                          .rule(Rule.deductPerOccurrence("10"))
                          .addGates(Gate.prerequisite("intranet", "按要求建设内网并配备设备", "四(七)3")),
                      Node.of("s8.4", "档案管理", "四(八)4").max("5").rule(Rule.criterion()),
                      Node.of("s5.5", "督查调研报告", "四(五)5")
                          .max("15")
                          .rule(
                              new Rule.ShortfallSteps(
                                  new BigDecimal("3"), BigDecimal.ONE, p("5"), true, "篇"))))
          .build();

  private static final Calculator CALC = Calculator.of(SCHEME);

  private static UnitFacts.Builder unit(Recording recording, Fact... facts) {
    return UnitFacts.of("u", "g").recording(recording).addFacts(facts);
  }

  @Test
  void theWordsAboutTakenChecksFollowTheExplanationsLanguage() {
    ScoreCard card = CALC.score(unit(Recording.FAILURES_ONLY, Measurement.of("s5.5", "3")).build());
    // the note is data, the same in every language; people read it in theirs
    assertThat(card.node("s8.4").orElseThrow().lines().stream().flatMap(l -> l.facts().stream()))
        .extracting(Fact::note)
        .containsOnly(Optional.of(Wording.TAKEN_AS_MET));
    assertThat(card.explain())
        .contains("  +20  从满分20分起扣  〔四(七)3〕\n", "      备注（评分标准达标）：未记录，视为达标（只记录未达标事项）\n")
        .doesNotContain("starts from full marks", Wording.TAKEN_AS_MET);
    String english =
        ExplanationText.of(card).scheme(SCHEME).language(Language.ENGLISH).all(true).render();
    assertThat(english)
        .contains(
            "recording failures only: taken as met 制度建设 [四(一)1] (element '年初制订工作规划',"
                + " element '年终有工作总结'), 电子政务内网 [四(七)3] (prerequisite '按要求建设内网并配备设备'),"
                + " 档案管理 [四(八)4]; taken as zero 电子政务内网 [四(七)3]\n",
            "  +20  starts from full marks 20  [四(七)3]\n",
            "      note (criterion met): " + Wording.TAKEN_AS_MET + "\n")
        .doesNotContain("未记录", "s1.1", "s7.3", "s8.4", ":plan", "intranet");
  }

  @Test
  void withoutTheDeclarationAnUnrecordedCheckStaysAProblem() {
    UnitFacts facts = UnitFacts.of("u", "g").addFacts(Measurement.of("s5.5", "3")).build();
    assertThat(facts.recording()).isEqualTo(Recording.EVERY_CHECK);
    assertThat(CALC.check(facts))
        .extracting(Problem::message)
        .containsExactly(
            "no fact for s1.1: expected a check of element 'plan' (年初制订工作规划)",
            "no fact for s1.1: expected a check of element 'summary' (年终有工作总结)",
            "no fact for s7.3: expected a check of prerequisite 'intranet' (按要求建设内网并配备设备)",
            "no fact for s8.4: expected a check of whether its criterion is met");
  }

  @Test
  void failuresOnlyTakesTheUnrecordedChecksAsMetAndListsThem() {
    ScoreCard card =
        CALC.score(
            unit(
                    Recording.FAILURES_ONLY,
                    Check.of("s1.1", "summary", false).withNote("未见年终总结"),
                    Measurement.of("s5.5", "3"))
                .build());
    assertThat(card.points("s1.1")).isEqualTo(p("5"));
    assertThat(card.points("s7.3")).isEqualTo(p("20"));
    assertThat(card.points("s8.4")).isEqualTo(p("5"));
    assertThat(card.total()).isEqualTo(p("45"));
    assertThat(card.recording()).isEqualTo(Recording.FAILURES_ONLY);
    assertThat(card.unrecorded())
        .containsExactly(
            new Unrecorded("s1.1", "plan", Unrecorded.Taken.MET),
            new Unrecorded("s7.3", "intranet", Unrecorded.Taken.MET),
            new Unrecorded("s8.4", "", Unrecorded.Taken.MET),
            new Unrecorded("s7.3", "", Unrecorded.Taken.ZERO));
    // the lines show the taken checks as facts, with a note saying so; the recorded one keeps its
    // own
    List<Fact> used =
        card.node("s1.1").orElseThrow().lines().stream().flatMap(l -> l.facts().stream()).toList();
    assertThat(used)
        .extracting(Fact::note)
        .contains(Optional.of(FactsIndex.TAKEN_AS_MET), Optional.of("未见年终总结"));
    assertThat(card.explain())
        .contains(
            "只记录未达标事项：未记录视为达标 制度建设〔四(一)1〕（要素“年初制订工作规划”）、"
                + "电子政务内网〔四(七)3〕（前提条件“按要求建设内网并配备设备”）、档案管理〔四(八)4〕；"
                + "未记录视为零次 电子政务内网〔四(七)3〕\n",
            "备注（要素“年终有工作总结”未达标）：未见年终总结")
        // titles for people, not the nodes' ids nor the elements' keys
        .doesNotContain("s1.1", "s7.3", "s8.4", ":plan", "intranet");
  }

  @Test
  void failuresOnlyNeverTakesAMeasuredValue() {
    assertThat(CALC.check(unit(Recording.FAILURES_ONLY).build()))
        .extracting(Problem::message)
        .containsExactly(
            "no fact for s5.5: expected a measurement (recording failures only takes unrecorded"
                + " checks as met and unrecorded occurrences as none, never a measurement)");
  }

  @Test
  void everyCheckListsNothingTaken() {
    ScoreCard card =
        CALC.score(
            UnitFacts.of("u", "g")
                .addFacts(
                    Check.of("s1.1", "plan", true),
                    Check.of("s1.1", "summary", true),
                    Check.of("s7.3", "intranet", true),
                    Check.of("s8.4", true),
                    Measurement.of("s5.5", "3"))
                .build());
    assertThat(card.unrecorded()).isEmpty();
    assertThat(card.explain()).doesNotContain("recording");
  }

  @Test
  void partsRecordedUnderDifferentPoliciesDoNotMerge() {
    assertThatThrownBy(
            () ->
                UnitFacts.merge(
                    List.of(
                        unit(Recording.FAILURES_ONLY).build(),
                        unit(Recording.EVERY_CHECK).build())))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("recording policy must agree");
  }

  @Test
  void everyKindOfFactKeepsItsNote() {
    List<Fact> noted =
        List.of(
            Check.of("a", true).withNote("n"),
            Measurement.of("a", "1").withNote("n"),
            Assessment.of("a", "1").withNote("n"),
            AssessedLevel.of("a", "good").withNote("n"),
            RaterScores.of("a", "1").withNote("n"),
            NotApplicable.of("a", "outside its duties").withNote("n"),
            Occurrence.of("o", "a").note("n").build(),
            VetoEvent.of("e", "v", "n"));
    assertThat(noted).extracting(Fact::note).containsOnly(Optional.of("n"));
    assertThat(Check.of("a", true).withNote("n")).isNotEqualTo(Check.of("a", true));
    assertThat(Measurement.of("a", "1").withNote("n").in("篇").note()).contains("n");
  }

  /**
   * Under {@link Recording#FAILURES_ONLY}, leaving out the met checks changes no points, and the
   * card lists exactly the checks left out as taken as met.
   */
  @Test
  void leavingOutTheMetChecksScoresTheSame() {
    qt().withExamples(300)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Calculator calc = Calculator.of(c.scheme());
              UnitFacts full = c.facts();
              ScoreCard written = calc.score(full);
              UnitFacts failures =
                  UnitFacts.builder()
                      .from(full.without(f -> f instanceof Check k && k.met()))
                      .recording(Recording.FAILURES_ONLY)
                      .build();
              ScoreCard taken = calc.score(failures);
              assertThat(taken.total()).isEqualTo(written.total());
              assertThat(taken.vetoes()).isEqualTo(written.vetoes());
              assertThat(taken.nodes())
                  .extracting(NodeScore::nodeId, NodeScore::points)
                  .isEqualTo(
                      written.nodes().stream()
                          .map(n -> org.assertj.core.groups.Tuple.tuple(n.nodeId(), n.points()))
                          .toList());
              Set<String> leftOut =
                  full.facts().stream()
                      .filter(f -> f instanceof Check k && k.met())
                      .map(f -> new Unrecorded(f.target(), ((Check) f).key(), Unrecorded.Taken.MET))
                      .map(Unrecorded::ref)
                      .collect(Collectors.toSet());
              assertThat(
                      taken.unrecorded().stream()
                          .filter(u -> u.taken() == Unrecorded.Taken.MET)
                          .map(Unrecorded::ref))
                  .containsExactlyInAnyOrderElementsOf(new ArrayList<>(leftOut));
            });
  }
}
