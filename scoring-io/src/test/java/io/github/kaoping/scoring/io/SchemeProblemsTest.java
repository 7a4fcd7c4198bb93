package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of a scheme file is reported at once, with file, line, column, path and what was
 * expected.
 */
class SchemeProblemsTest {

  @TempDir Path tmp;

  private static final String HEAD =
      """
      id: demo
      title: 示例办法
      max: 10
      groups:
        - {id: g, title: 单位}
      sections:
      """;

  private static List<FileProblem> problems(String yaml) {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> SchemeFiles.read(new StringReader(yaml), FileFormat.YAML, "demo.yaml"));
    assertThat(e).as("expected the file to be rejected").isNotNull();
    return e.problems();
  }

  private static FileProblem only(String yaml) {
    List<FileProblem> p = problems(yaml);
    assertThat(p).hasSize(1);
    return p.get(0);
  }

  @Test
  void everyFormatProblemIsListedAtOnceWithItsLineColumnAndPath() {
    List<FileProblem> p =
        problems(
            HEAD
                + """
                  - id: s1
                    titel: 文电
                    max: 1e1000000
                    rule:
                      perOccurrence:
                        - {direction: minus, points: 5}
                  - id: s2
                    title: 督办
                    max: "10"
                    rule: fullMarks
                """);
    assertThat(p)
        .extracting(FileProblem::toString)
        .containsExactly(
            "demo.yaml:7:5: demo/s1: missing 'title'",
            "demo.yaml:8:5: demo/s1: unknown key 'titel'; expected one of: id, title, clause, max,"
                + " role, rule, children, gates, modifiers, floor, ceiling, overflow, maximaAddUp,"
                + " groups, evaluator, evidence, note",
            "demo.yaml:9:10: demo/s1 max: expected a plain decimal number such as 5 or 0.5, found"
                + " the number 1e1000000",
            "demo.yaml:12:23: demo/s1 rule.perOccurrence[0].direction: expected one of earn,"
                + " deduct; found 'minus'",
            "demo.yaml:15:10: demo/s2 max: expected a plain decimal number such as 5 or 0.5, found"
                + " text '10'");
  }

  @Test
  void theCalculatorsProblemsArePlacedAtTheLineOfTheNodeTheyConcern() {
    List<FileProblem> p =
        problems(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    max: 4
                    rule: fullMarks
                  - id: s2
                    title: 督办
                    max: 5
                    rule: {assessed: {direction: earn}}
                    groups: [nowhere]
                """);
    assertThat(p)
        .extracting(FileProblem::line, FileProblem::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple(1, "demo"),
            org.assertj.core.groups.Tuple.tuple(11, "demo/s2"));
    assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("unknown group nowhere"));
    assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("add up to 4, not 10"));
  }

  @Test
  void aDuplicateKeyNamesBothLines() {
    FileProblem p =
        only(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    title: 文电二
                    max: 10
                    rule: fullMarks
                """);
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.message())
        .isEqualTo("duplicate key 'title' (first written on line 8); write each key once");
  }

  @Test
  void aDuplicateKeyInJsonIsRejectedToo() {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () ->
                SchemeFiles.read(
                    new StringReader("{\"id\": \"a\", \"id\": \"b\", \"title\": \"t\"}"),
                    FileFormat.JSON,
                    "d.json"));
    assertThat(e.problems())
        .extracting(FileProblem::message)
        .contains("duplicate key 'id' (first written on line 1); write each key once");
  }

  @Test
  void aFixedRateWrittenAsARangeIsRefusedSoThereIsOneWayToWriteIt() {
    FileProblem p =
        only(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    max: 10
                    rule: {perOccurrence: [{direction: deduct, min: 5, max: 5}]}
                """);
    assertThat(p.message()).isEqualTo("a fixed rate is written as 'points: 5', not as a range");
  }

  /** A scheme whose 每人次扣分 and 先进 places are numbers the office sets. */
  private static String withParameters(String value, String rate, String award) {
    return """
        id: demo
        title: 示例办法
        max: 10
        parameters:
          - {id: amount, title: 每人次扣分, clause: 三, kind: points, why: 未写分值, example: 2%s}
          - {id: winners, title: 先进名次, clause: 四, kind: places, why: 未写名额, example: 3}
        groups:
          - {id: g, title: 单位}
        sections:
          - id: s1
            title: 作风
            max: 10
            rule: {perOccurrence: [{direction: deduct, %s}]}
        outcomes:
          - ranking:
              id: r
              title: 先进
              disqualified: keepPosition
              cutTies: allWorse
              awards: [{label: 先进, from: 1, %s, end: top}]
        """
        .formatted(value, rate, award);
  }

  @Test
  void aParameterTheOfficeSetsReadsBackEqualAndItsMistakesAreNamedAtTheirLine() throws IOException {
    String good = withParameters(", value: 1.5", "parameter: amount", "places: winners");
    io.github.kaoping.scoring.Scheme scheme =
        SchemeFiles.read(new StringReader(good), FileFormat.YAML, "demo.yaml");
    assertThat(scheme.parameter("amount").orElseThrow().value())
        .contains(new java.math.BigDecimal("1.5"));
    assertThat(scheme.parameter("winners").orElseThrow().value()).isEmpty();
    String written = SchemeFiles.toString(scheme, FileFormat.YAML);
    assertThat(written).contains("parameter: amount", "places: winners", "value: 1.5");
    assertThat(SchemeFiles.read(new StringReader(written), FileFormat.YAML, "again.yaml"))
        .isEqualTo(scheme);
    assertThat(
            problems(
                withParameters(
                    ", value: -1", "parameter: amount, points: 2", "to: 2, places: winners")))
        .extracting(FileProblem::message)
        .containsExactlyInAnyOrder(
            "value: points cannot be negative, was -1",
            "a rate set by parameter amount gives no 'points', 'min' or 'max'",
            "an award has either 'to' or 'places' (a parameter), not both");
    assertThat(problems(withParameters("", "parameter: nothing", "places: amount")))
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("names unknown parameter nothing"))
        .anySatisfy(m -> assertThat(m).contains("names parameter amount, which sets points"));
  }

  @Test
  void aShapeWithoutParametersIsWrittenAsItsBareName() {
    FileProblem p = only(HEAD + "  - {id: s1, title: 文电, max: 10, rule: {criterion: {}}}\n");
    assertThat(p.message())
        .isEqualTo("'criterion' has no parameters: write it as the bare name criterion");
    FileProblem q = only(HEAD + "  - {id: s1, title: 文电, max: 10, rule: tiers}\n");
    assertThat(q.message()).isEqualTo("'tiers' needs parameters: write {tiers: {...}}");
    FileProblem r = only(HEAD + "  - {id: s1, title: 文电, max: 10, rule: {bogus: 1}}\n");
    assertThat(r.message()).startsWith("unknown rule 'bogus'; expected one of: perOccurrence,");
  }

  @Test
  void aRangeHasOneLowerAndOneUpperBound() {
    FileProblem p =
        only(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    max: 10
                    rule: {tiers: {unit: "%", tiers: [{range: {atLeast: 5, above: 6}, points: 1}]}}
                """);
    assertThat(p.message()).startsWith("a range has one lower bound");
    assertThat(p.path()).isEqualTo("demo/s1 rule.tiers.tiers[0].range");
  }

  @Test
  void anEmptyRangeIsReportedWithTheModelsReason() {
    FileProblem p =
        only(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    max: 10
                    rule: {tiers: {unit: "%", tiers: [{range: {atLeast: 9, below: 5}, points: 1}]}}
                """);
    assertThat(p.message()).isEqualTo("empty interval [9, 5)");
  }

  @Test
  void yamlAnchorsAliasesAndTagsAreRefused() {
    List<FileProblem> p =
        problems(
            HEAD
                + """
                  - id: s1
                    title: 文电
                    max: !!float 10
                    rule: fullMarks
                    evidence: &t [档案资料]
                  - id: s2
                    title: 督办
                    evidence: *t
                    max: 10
                    rule: fullMarks
                """);
    assertThat(p)
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("YAML anchors (&t) are not allowed"))
        .anySatisfy(m -> assertThat(m).startsWith("YAML tags ("))
        .anySatisfy(m -> assertThat(m).startsWith("YAML aliases (*t) are not allowed"));
  }

  @Test
  void yesAndNoAreNotBooleans() {
    FileProblem p =
        only(HEAD + "  - {id: s1, title: 文电, max: 10, rule: fullMarks, maximaAddUp: no}\n");
    assertThat(p.message()).isEqualTo("expected true or false, found the boolean no");
  }

  @Test
  void aSyntaxErrorStopsWithItsLocation() {
    FileProblem p = only("id: demo\ntitle: [unclosed\n");
    assertThat(p.message()).startsWith("not valid syntax");
    assertThat(p.line()).isPositive();
  }

  @Test
  void anEmptyFileAndASecondDocumentAreRefused() {
    assertThat(only("").message()).isEqualTo("the file is empty");
    assertThat(only("id: a\ntitle: b\n---\nid: c\n").message())
        .isEqualTo("unexpected content after the document; one document per file");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAndAByteOrderMarkIsSkipped() throws IOException {
    Path gbk = tmp.resolve("gbk.yaml");
    Files.write(gbk, "id: a\ntitle: 示例\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> SchemeFiles.read(gbk));
    assertThat(e.problems())
        .extracting(FileProblem::message)
        .containsExactly("the file is not UTF-8 text; save it as UTF-8");

    Path bom = tmp.resolve("bom.yaml");
    String text = SchemeFiles.toString(Examples.scheme(), FileFormat.YAML);
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    assertThat(SchemeFiles.read(bom)).isEqualTo(Examples.scheme());
  }

  @Test
  void theExceptionMessageListsEveryProblem() {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> SchemeFiles.read(new StringReader("id: a\n"), FileFormat.YAML, "x.yaml"));
    assertThat(e.getMessage())
        .startsWith("x.yaml is invalid (1 problem)")
        .contains("x.yaml:1:1: a: missing 'title'");
  }
}
