package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.GradeApplication;
import io.github.kaoping.scoring.standings.GradeCheck;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradeStatus;
import io.github.kaoping.scoring.standings.GradingResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradings from facts files (issue 11): each unit's application, prerequisites and past grades in
 * YAML or JSON, decided on the file's {@code gradedOn} with the unit's score, written in every
 * results format and read back from JSON.
 */
class GradingFilesTest {

  static final Path HUBEI = ExampleFilesTest.FACTS.resolve("hubei-2011-2021.yaml");
  static final Calculator CALCULATOR = Calculator.of(Regulation.HUBEI_2011.scheme());

  @TempDir Path tmp;

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Results hubei() throws IOException {
    return Results.score(CALCULATOR, HUBEI, null);
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String HEAD = "scheme: hubei-2011\ngradedOn: 2021-12-15\nunits:\n";

  private static final String MET =
      "      prerequisites: {art5.1: true, art5.2: true, art5.3: true, art5.4: true, art5.5: true,"
          + " art5.6: true}\n";

  // ------------------------------------------------------------------ the example year

  @Test
  void theExampleYearIsGradedAsItsHeaderSays() throws IOException {
    Results r = hubei();
    assertThat(r.skipped()).isEmpty();
    GradingResult g = r.gradings().get(0);
    assertThat(g.outcomeId()).isEqualTo("grades");
    assertThat(g.date()).isEqualTo(day("2021-12-15"));
    assertThat(g.decisions()).hasSize(11);

    // 第三条: the year is counted to the application, 2021-01-10, not to the assessment.
    GradeDecision caizheng = g.decision("sheng-caizhengting");
    assertThat(caizheng.score()).contains(Points.of(95));
    assertThat(caizheng.application())
        .contains(GradeApplication.forGrade("prov1", day("2021-01-10")));
    assertThat(caizheng.verdict()).isEqualTo(GradeDecision.Verdict.NOT_GRANTED);
    assertThat(caizheng.check("prov1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT);
    assertThat(caizheng.heldAfter()).contains("prov2");

    assertThat(g.decision("sheng-jiaoyuting").granted()).contains("prov1");
    assertThat(g.decision("sheng-tiyuju").granted()).contains("prov2");
    assertThat(g.decision("sheng-guoziwei").granted()).contains("prov1");
    assertThat(g.decision("sheng-guoziwei").group()).isEqualTo("centre");

    // 第十一条: applied for 年初, reviewed in the autumn after the certificate ran out.
    GradeDecision minzheng = g.decision("sheng-minzhengting");
    assertThat(minzheng.verdict()).isEqualTo(GradeDecision.Verdict.RENEWED);
    assertThat(minzheng.heldBefore()).contains("prov2");
    GradeDecision shuili = g.decision("sheng-shuiliting");
    assertThat(shuili.verdict()).isEqualTo(GradeDecision.Verdict.NOT_RENEWED);
    assertThat(shuili.heldAfter()).isEmpty();

    // Listed for their grading alone: no facts, no score, only where their grades stand.
    GradeDecision wenhua = g.decision("sheng-wenhuating");
    assertThat(wenhua.verdict()).isEqualTo(GradeDecision.Verdict.NOT_APPLIED);
    assertThat(wenhua.score()).isEmpty();
    assertThat(wenhua.history())
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(GradeStatus.State.REVIEW_DUE))
        .satisfies(s -> assertThat(s.lapsesOn()).contains(day("2022-01-01")));
    assertThat(g.decision("sheng-weishengting").history().get(0).state())
        .isEqualTo(GradeStatus.State.LAPSED);
    assertThat(g.decision("sheng-shichangjianguanju").granted()).contains("special");

    assertThat(g.decision("sheng-shengtaihuanjingting").check("prov2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.PREREQUISITE);
    assertThat(g.decision("sheng-jiaotongting").check("prov2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.ALREADY_HELD);

    // Units without facts are graded, not scored.
    assertThat(r.units())
        .extracting(UnitResult::unitId)
        .hasSize(8)
        .doesNotContain("sheng-wenhuating");
  }

  @Test
  void theGradingsReadBackFromJsonAndTheSchemasCoverThem() throws IOException {
    Results r = hubei();
    String json = ResultFilesTest.write(ResultFormat.JSON, CALCULATOR.scheme(), r);
    assertThat(ResultFiles.read(new StringReader(json), "hubei.json")).isEqualTo(r);
    assertThat(JsonSchemaTest.validate(JsonSchemaTest.RESULTS, json)).isEmpty();
    assertThat(JsonSchemaTest.validate(JsonSchemaTest.FACTS, Files.readString(HUBEI))).isEmpty();
    assertThat(json)
        .contains(
            "\"applied\" : {\n            \"grade\" : \"prov1\",\n            \"on\" : \"2021-01-10\"")
        .contains("\"verdict\" : \"notGranted\"", "\"state\" : \"reviewDue\"");

    // What the reader refuses, the schema refuses.
    for (String bad :
        List.of(
            json.replace("\"verdict\" : \"renewed\"", "\"verdict\" : \"granted\""),
            json.replace("\"state\" : \"reviewDue\"", "\"state\" : \"due\""),
            json.replace("\"certified\" : \"2018-03-01\"", "\"certified\" : \"2018-3-1\""))) {
      assertThat(bad).isNotEqualTo(json);
      assertThatThrownBy(() -> ResultFiles.read(new StringReader(bad), "bad.json"))
          .isInstanceOf(InvalidFileException.class);
    }
    assertThat(
            JsonSchemaTest.validate(
                JsonSchemaTest.RESULTS,
                json.replace("\"state\" : \"reviewDue\"", "\"state\" : \"due\"")))
        .isNotEmpty();
    assertThat(
            JsonSchemaTest.validate(
                JsonSchemaTest.FACTS,
                HEAD
                    + "  - unit: a\n    group: organ\n    grading:\n      applied: {on: 2021-01-01}\n"))
        .isNotEmpty();
  }

  @Test
  void theSameFactsInAnyOrderGiveTheSameBytes() throws IOException {
    String text = Files.readString(HUBEI);
    String head = text.substring(0, text.indexOf("  - unit:"));
    List<String> units =
        List.of(text.substring(text.indexOf("  - unit:")).split("\n(?=  - unit:)"));
    StringBuilder reversed = new StringBuilder(head);
    for (int i = units.size() - 1; i >= 0; i--) {
      reversed.append(units.get(i).strip().isEmpty() ? "" : units.get(i).stripTrailing() + "\n");
    }
    Results again =
        Results.score(CALCULATOR, write("hubei-2011-2021.yaml", reversed.toString()), null);
    for (ResultFormat f : ResultFormat.values()) {
      assertThat(ResultFilesTest.write(f, CALCULATOR.scheme(), again))
          .as(f.toString())
          .isEqualTo(ResultFilesTest.write(f, CALCULATOR.scheme(), hubei()));
    }
  }

  // ------------------------------------------------------------------ problems, with their lines

  @Test
  void withoutGradedOnTheGradingsAreAnErrorNamingTheFile() throws IOException {
    Path file =
        write(
            "no-date.yaml",
            "scheme: hubei-2011\nunits:\n  - unit: a\n    group: organ\n    grading:\n"
                + "      history: [{grade: prov2, certified: 2020-01-01}]\n");
    assertThatThrownBy(() -> Results.score(CALCULATOR, file, null))
        .isInstanceOfSatisfying(
            InvalidFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .singleElement()
                    .satisfies(p -> assertThat(p).startsWith(file + ":1:1: gradedOn: "))
                    .satisfies(p -> assertThat(p).contains("gives no 'gradedOn'")));
  }

  @Test
  void everyProblemOfTheGradingsIsListedWithItsLine() throws IOException {
    Path file =
        write(
            "bad.yaml",
            HEAD
                + "  - unit: a\n    group: organ\n    facts: [{assessment: {node: art7, points: 90}}]\n"
                + "    grading:\n      applied: {grade: prov1, on: 2021-01-10}\n"
                + "      prerequisites: {art5.1: true}\n"
                + "  - unit: b\n    group: organ\n    facts: [{assessment: {node: art7, points: 90}}]\n"
                + "  - unit: c\n    group: organ\n    grading:\n"
                + "      applied: {grade: prov2, on: 2021-01-10}\n"
                + MET
                + "  - unit: d\n    group: organ\n    grading:\n"
                + "      history: [{grade: prov2, certified: 2018-03-01, reviews: [{applied: 2020-01-10}]}]\n");
    assertThatThrownBy(() -> Results.score(CALCULATOR, file, null))
        .isInstanceOfSatisfying(
            InvalidFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        file + ":8:7: unit a grading: " + unstated(1),
                        file + ":8:7: unit a grading: " + unstated(2),
                        file + ":8:7: unit a grading: " + unstated(3),
                        file + ":8:7: unit a grading: " + unstated(4),
                        file + ":8:7: unit a grading: " + unstated(5),
                        file
                            + ":10:5: unit b: gives no 'grading', while other units of this file"
                            + " do: each unit gives what it applied for, its prerequisites and its"
                            + " past grades",
                        file
                            + ":16:7: unit c grading: applied for prov2, which is reached by a score,"
                            + " and the case has none; give the assessment's score",
                        file
                            + ":21:7: unit d grading/grade prov2 of 2018-03-01: review applied for"
                            + " on 2020-01-10, but the certificate it renews runs through"
                            + " 2021-02-28; a review is applied for in the year the certificate"
                            + " runs out, and a grade without one lapses at that year's end"));
  }

  @Test
  void theGradingsProblemsAreCappedAsEveryFilesAre() throws IOException {
    StringBuilder yaml =
        new StringBuilder(HEAD)
            .append("  - unit: a\n    group: organ\n")
            .append("    facts: [{assessment: {node: art7, points: 90}}]\n")
            .append("    grading:\n      applied: {grade: prov2, on: 2021-01-10}\n")
            .append(MET);
    int ungraded = Problems.MAX + 100;
    for (int i = 0; i < ungraded; i++) {
      yaml.append("  - unit: u")
          .append(i)
          .append("\n    group: organ\n    facts: [{assessment: {node: art7, points: 90}}]\n");
    }
    Path file = write("many.yaml", yaml.toString());
    assertThatThrownBy(() -> Results.score(CALCULATOR, file, null))
        .isInstanceOfSatisfying(
            InvalidFileException.class,
            e -> {
              assertThat(e.problems()).hasSize(Problems.MAX);
              assertThat(e.unlisted()).isEqualTo(100);
              assertThat(e.problems().get(0).message()).startsWith("gives no 'grading'");
            });
  }

  private static String unstated(int i) {
    Rule.Element e =
        CALCULATOR.scheme().outcomes().stream()
            .map(Grading.class::cast)
            .findFirst()
            .orElseThrow()
            .prerequisites()
            .get(i);
    return "prerequisite " + e.id() + " " + e.title() + " is not stated; state whether it holds";
  }

  @Test
  void aGradingBlockOfTheWrongShapeIsAFormatProblem() throws IOException {
    Path file =
        write(
            "shape.yaml",
            HEAD
                + "  - unit: a\n    group: organ\n    grading:\n"
                + "      applied: {grade: prov2, review: prov2, on: 2021-01-10}\n"
                + "      prerequisites: {art5.1: yes}\n"
                + "      history: [{grade: prov2, certified: 2018-03-01, reviews: [{applied:"
                + " 2021-01-10, passed: 2021-10-01, failed: 2021-10-01}]}]\n"
                + "      grade: prov1\n");
    assertThatThrownBy(() -> Results.score(CALCULATOR, file, null))
        .isInstanceOfSatisfying(
            InvalidFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FileProblem::message)
                    .containsExactlyInAnyOrder(
                        "give either 'grade' (the grade applied for, 申报) or 'review' (the grade"
                            + " whose review was applied for, 复查)",
                        "expected true or false, found the boolean yes",
                        "a review either 'passed' or 'failed'; give one of them, or neither while"
                            + " pending",
                        "unknown key 'grade'; expected one of: outcome, applied, prerequisites,"
                            + " grantedByReview, history"));
  }

  @Test
  void aGradingForASchemeWithoutOneIsAnError() throws IOException {
    Calculator yueyang = Calculator.of(Regulation.YUEYANG_2007.scheme());
    Path file =
        write(
            "yueyang.yaml",
            "gradedOn: 2021-12-15\nunits:\n  - unit: a\n    group: county\n    grading: {}\n");
    assertThatThrownBy(() -> Results.score(yueyang, file, null))
        .isInstanceOfSatisfying(
            InvalidFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        file
                            + ":5:14: unit a grading: scheme yueyang-2007 decides no grades; leave"
                            + " out 'grading'"));
  }

  @Test
  void csvFactsHoldNoGradingsWhichAreSkippedWithTheReason() throws IOException {
    Path file = write("hubei.csv", "unit,group,period,art7\nsheng-tiyuju,organ,2021,81\n");
    Results r = Results.score(CALCULATOR, file, null);
    assertThat(r.gradings()).isEmpty();
    assertThat(r.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo(SkippedOutcome.Reason.GRADING))
        .satisfies(s -> assertThat(s.toString()).contains("YAML or JSON facts file"));
    assertThatThrownBy(
            () ->
                Results.score(
                    CALCULATOR, write("g.csv", "unit,group,grading\nsheng-tiyuju,organ,x\n"), null))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining("grading");
  }
}
