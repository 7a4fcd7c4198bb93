package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever reads writes back equal, or is refused when read with a located problem; and problems
 * speak the user's terms, never a parser's class or method names.
 */
class TextRoundTripTest {

  private static final String SCHEME_JSON =
      """
      {"id": "a", "title": "%s", "max": 10,
       "groups": [{"id": "g", "title": "G"}],
       "sections": [{"id": "s", "title": "S", "max": 10, "rule": {"assessed": {"direction": "earn"}}}]}
      """;

  private static List<FileProblem> problems(String text, FileFormat format) {
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> SchemeFiles.read(new StringReader(text), format, "t." + format));
    assertThat(e).as("refused").isNotNull();
    return e.problems();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\u0085", // NEL: YAML 1.1 reads it as a line break
        "\\u001b[31m", // ESC: a terminal's escape sequence
        "\\u0000",
        "\\r",
        "\\u2028", // line separator: another YAML line break
        "\\ud800", // a lone surrogate: no character, cannot be written as UTF-8
        "\\uffff", // a noncharacter
        "\\ufeff" // a byte-order mark inside the text
      })
  void textThatCannotBeWrittenBackIsRefusedWhereItIsRead(String escaped) {
    String json = SCHEME_JSON.formatted("x" + escaped + "y");
    assertThat(problems(json, FileFormat.JSON))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.path()).isEqualTo("title");
              assertThat(p.message())
                  .startsWith("contains U+")
                  .contains("text may hold tabs and line breaks (\\n) but no other control");
            });
  }

  @Test
  void tabsLineBreaksAndChineseAreKeptAndReadBackEqual() throws IOException {
    String title = "第一行\t制表\n第二行 «引» \\ \" ' : # 😀 \u00a0";
    Scheme s =
        SchemeFiles.read(
            new StringReader(
                SCHEME_JSON.formatted(
                    title
                        .replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n"))),
            FileFormat.JSON,
            "t.json");
    assertThat(s.title()).isEqualTo(title);
    for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
      assertThat(Examples.parse(SchemeFiles.toString(s, f), f)).isEqualTo(s);
    }
  }

  @Test
  void aQuotedStringOfManyDigitsIsWrittenQuotedAndReadsBackEqual() throws IOException {
    Scheme example = Examples.scheme();
    String digits = "1".repeat(150);
    Scheme s =
        Scheme.builder()
            .from(example)
            .info(SchemeInfo.builder().from(example.info()).addNotes(digits, "-" + digits).build())
            .build();
    String yaml = SchemeFiles.toString(s, FileFormat.YAML);
    assertThat(Examples.parse(yaml, FileFormat.YAML)).isEqualTo(s);
  }

  // ------------------------------------------------------------------ messages

  private static void assertUserTerms(FileProblem p) {
    assertThat(p.message())
        .doesNotContain("org.yaml", "snakeyaml", "Event(", "StreamReadConstraints", "getMax", "`");
  }

  @Test
  void aKeyThatIsAListIsNamedInTheUsersTerms() {
    FileProblem p = problems("? [a]\n: b\n", FileFormat.YAML).get(0);
    assertUserTerms(p);
    assertThat(p.message()).isEqualTo("a key must be text, found a list");
  }

  @Test
  void nestingTooDeepNamesTheLimitNotTheParsersMethod() {
    String json = "{\"id\": " + "[".repeat(100) + "]".repeat(100) + "}";
    FileProblem p = problems(json, FileFormat.JSON).get(0);
    assertUserTerms(p);
    assertThat(p.message()).isEqualTo("nested deeper than 64 mappings and lists");
  }

  @Test
  void aStringTooLongInJsonNamesTheLimitNotTheParsersMethod() {
    String json = "{\"id\": \"" + "x".repeat(200_000) + "\"}";
    FileProblem p = problems(json, FileFormat.JSON).get(0);
    assertUserTerms(p);
    assertThat(p.message()).isEqualTo("a value is longer than 100000 characters");
  }

  @Test
  void anEmptyYamlTagIsShownAsWritten() {
    FileProblem p = problems("id: ! a\ntitle: b\n", FileFormat.YAML).get(0);
    assertThat(p.message()).isEqualTo("YAML tags (!) are not allowed");
  }

  @Test
  void aFactOfTheWrongKindNamesTheRuleAsTheFormatDoes() throws IOException {
    Calculator example = Calculator.of(Examples.scheme());
    String yaml =
        "units:\n  - unit: dongcheng\n    group: county\n    facts:\n"
            + "      - measurement: {node: s1.1, value: 3}\n"
            + "      - occurrence: {id: o1, node: s3}\n";
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () ->
                FactsFiles.readAll(
                    FactsFiles.open(new StringReader(yaml), FileFormat.YAML, "f.yaml", example),
                    "f.yaml"));
    assertThat(e.problems())
        .extracting(FileProblem::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .isEqualTo(
                        "a measurement does not fit node s1.1: it has a per-occurrence rule,"
                            + " which reads occurrences"));
    e.problems().forEach(TextRoundTripTest::assertUserTerms);
  }
}
