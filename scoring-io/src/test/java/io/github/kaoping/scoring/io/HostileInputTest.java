package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input fails with a located problem, never with an exhausted heap, a stack overflow or a
 * number converted through {@code double}: each of Jackson's read constraints and the format's own
 * checks, in YAML, JSON and CSV.
 */
class HostileInputTest {

  private static List<FileProblem> scheme(String text, FileFormat format) {
    return scheme(text, format, Limits.SCHEME);
  }

  private static List<FileProblem> scheme(String text, FileFormat format, Limits limits) {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> SchemeFiles.read(new StringReader(text), format, "hostile", limits));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  private static String message(List<FileProblem> problems) {
    assertThat(problems).isNotEmpty();
    return problems.get(0).message();
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void aHugeExponentIsNotAPlainDecimal(FileFormat format) {
    String text =
        format == FileFormat.YAML
            ? "id: a\ntitle: b\nmax: 1e1000000\n"
            : "{\"id\": \"a\", \"title\": \"b\", \"max\": 1e1000000}";
    List<FileProblem> p = scheme(text, format);
    assertThat(p)
        .extracting(FileProblem::message)
        .containsExactly(
            "expected a plain decimal number such as 5 or 0.5, found the number 1e1000000");
    assertThat(p.get(0).line()).isEqualTo(format == FileFormat.YAML ? 3 : 1);
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void aNumberLongerThanTheLimitIsRefused(FileFormat format) {
    String digits = "9".repeat(150);
    String text =
        format == FileFormat.YAML
            ? "id: a\ntitle: b\nmax: " + digits + "\n"
            : "{\"id\": \"a\", \"title\": \"b\", \"max\": " + digits + "}";
    assertThat(message(scheme(text, format))).isEqualTo("a number is longer than 100 characters");
    String longer = "9".repeat(5_000);
    String text2 =
        format == FileFormat.YAML
            ? "id: a\ntitle: b\nmax: " + longer + "\n"
            : "{\"id\": \"a\", \"title\": \"b\", \"max\": " + longer + "}";
    // YAML reads a very long run of digits as text; either way it never becomes a number.
    assertThat(message(scheme(text2, format)))
        .containsAnyOf("a number is longer than 100 characters", "expected a plain decimal number");
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void nestingDeeperThanTheLimitIsRefused(FileFormat format) {
    int depth = 100_000;
    String text =
        format == FileFormat.YAML
            ? "id: a\ntitle: b\nnotes: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
            : "{\"id\": \"a\", \"notes\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    assertThat(message(scheme(text, format))).isEqualTo("nested deeper than 64 mappings and lists");
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void aStringLongerThanTheLimitIsRefused(FileFormat format) {
    String huge = "长".repeat(200_000);
    String text =
        format == FileFormat.YAML
            ? "id: a\ntitle: " + huge + "\n"
            : "{\"id\": \"a\", \"title\": \"" + huge + "\"}";
    assertThat(message(scheme(text, format))).isEqualTo("a value is longer than 100000 characters");
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void aKeyLongerThanTheLimitIsRefused(FileFormat format) {
    String key = "k".repeat(1_000);
    String text =
        format == FileFormat.YAML
            ? "id: a\n" + key + ": b\n"
            : "{\"id\": \"a\", \"" + key + "\": \"b\"}";
    assertThat(message(scheme(text, format))).isEqualTo("a key is longer than 200 characters");
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void aDocumentLargerThanTheLimitIsRefused(FileFormat format) {
    Limits small = new Limits(100, 64, 100_000, 200, 1_000);
    String text =
        format == FileFormat.YAML
            ? "id: a\ntitle: b\n" + "#".repeat(2_000) + "\n"
            : "{\"id\": \"a\", \"title\": \"b\"" + " ".repeat(2_000) + "}";
    assertThat(message(scheme(text, format, small)))
        .isEqualTo("the document is larger than 1000 characters");
  }

  @Test
  void theDefaultSchemeSizeLimitHolds() {
    String text = "{\"id\": \"a\"" + " ".repeat(17 << 20) + "}";
    assertThat(message(scheme(text, FileFormat.JSON)))
        .isEqualTo("the document is larger than 16777216 characters");
  }

  @Test
  void aBillionLaughsIsRefusedAtItsFirstAlias() {
    String laughs =
        """
        id: a
        title: b
        notes: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        supersedes: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        scope: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        """;
    List<FileProblem> p = scheme(laughs, FileFormat.YAML);
    assertThat(p)
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).containsAnyOf("aliases", "anchors"));
  }

  @Test
  void hostileFactsAreRefusedInEveryFormat() throws Exception {
    Calculator calc = Calculator.of(Examples.scheme());
    String csv = "unit,group,s1.2\ndongcheng,county,1e1000000\n";
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () ->
                FactsFiles.readAll(
                    FactsFiles.open(new StringReader(csv), FileFormat.CSV, "f.csv", calc),
                    "f.csv"));
    assertThat(e.problems())
        .extracting(FileProblem::toString)
        .containsExactly(
            "f.csv:2:3: unit dongcheng, column 's1.2': expected a measured value, such as 96.5, found"
                + " '1e1000000'");

    String yaml =
        "units:\n  - unit: dongcheng\n    group: county\n    facts:\n"
            + "      - measurement: {node: s1.2, value: 1e1000000}\n";
    InvalidFileException y =
        catchThrowableOfType(
            InvalidFileException.class,
            () ->
                FactsFiles.readAll(
                    FactsFiles.open(new StringReader(yaml), FileFormat.YAML, "f.yaml", null),
                    "f.yaml"));
    assertThat(y.problems()).extracting(FileProblem::line).containsExactly(5);

    String deep = "units: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
    InvalidFileException d =
        catchThrowableOfType(
            InvalidFileException.class,
            () ->
                FactsFiles.readAll(
                    FactsFiles.open(new StringReader(deep), FileFormat.YAML, "d.yaml", null),
                    "d.yaml"));
    assertThat(d.problems().get(0).message()).isEqualTo("nested deeper than 64 mappings and lists");
  }
}
