package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines facts: a unit a line after an optional header line, every problem at its line and
 * column of the file, a line's problems its own, and limits that apply to a line.
 */
class JsonLinesTest {

  private static final Calculator EXAMPLE = Calculator.of(Examples.scheme());

  @TempDir Path tmp;

  /** The example's six units as JSON Lines: the header, then a unit a line. */
  private static List<String> exampleLines() throws IOException {
    List<UnitFacts> units = FactsFiles.read(Examples.FACTS_CSV, EXAMPLE);
    StringWriter w = new StringWriter();
    FactsFiles.write(w, FileFormat.JSONL, EXAMPLE.scheme(), units);
    return new ArrayList<>(List.of(w.toString().split("\n", -1)));
  }

  private static List<UnitFacts> read(String text, Limits limits) throws IOException {
    try (FactsReader r =
        FactsFiles.open(new StringReader(text), FileFormat.JSONL, "f.jsonl", EXAMPLE, limits)) {
      return FactsFiles.readAll(r, "f.jsonl");
    }
  }

  private static List<FileProblem> problems(String text) {
    return problems(text, Limits.FACTS);
  }

  private static List<FileProblem> problems(String text, Limits limits) {
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> read(text, limits));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  @Test
  void theWriterWritesAHeaderLineThenAUnitALineThatReadBackEqual() throws IOException {
    List<String> lines = exampleLines();
    assertThat(lines).hasSize(8).endsWith("");
    assertThat(lines.get(0)).isEqualTo("{\"scheme\":\"example-office-2024\"}");
    assertThat(lines.get(1)).startsWith("{\"unit\":\"dongcheng\",\"group\":\"county\",");
    assertThat(read(String.join("\n", lines), Limits.FACTS))
        .isEqualTo(FactsFiles.read(Examples.FACTS_CSV, EXAMPLE));
  }

  @Test
  void aProblemNamesTheLineOfTheFileAndTheColumnInIt() throws IOException {
    List<String> lines = exampleLines();
    String nanhu = lines.get(3);
    assertThat(nanhu).contains("\"unit\":\"nanhu\"").contains("\"value\":97,");
    lines.set(3, nanhu.replace("\"value\":97,", "\"value\":\"many\","));
    List<FileProblem> p = problems(String.join("\n", lines));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).line()).isEqualTo(4);
    assertThat(p.get(0).column()).isEqualTo(lines.get(3).indexOf("\"many\"") + 1);
    assertThat(p.get(0).message()).contains("found text 'many'");
  }

  @Test
  void aLineThatIsNotJsonSpoilsItselfOnlyAndTheLinesAfterItAreRead() throws IOException {
    List<String> lines = exampleLines();
    lines.set(2, "{\"unit\": xicheng}");
    lines.set(5, lines.get(5).replace("\"group\":\"dept\"", "\"group\":\"dept\",\"extra\":1"));
    lines.set(6, lines.get(1)); // dongcheng again
    List<FileProblem> p = problems(String.join("\n", lines));
    assertThat(p).extracting(FileProblem::line).containsExactly(3, 6, 7);
    assertThat(p.get(0).message()).startsWith("not valid syntax");
    assertThat(p.get(0).column()).isEqualTo(10);
    assertThat(p.get(1).message()).contains("'extra'");
    assertThat(p.get(2).message())
        .isEqualTo(
            "unit dongcheng in period 2024 is already recorded on line 2; give each unit once per"
                + " period");
  }

  @Test
  void twoValuesOnALineAreRefused() throws IOException {
    List<String> lines = exampleLines();
    lines.set(2, lines.get(2) + " " + lines.get(3));
    lines.remove(3);
    List<FileProblem> p = problems(String.join("\n", lines));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).line()).isEqualTo(3);
    assertThat(p.get(0).message())
        .isEqualTo("unexpected content after the unit; a JSON Lines file holds one unit a line");
  }

  @Test
  void theHeaderDeclaresTheRecordingAndIsCheckedAgainstTheScheme() throws IOException {
    List<String> lines = exampleLines();
    lines.set(0, "{\"scheme\":\"example-office-2024\",\"recording\":\"failuresOnly\"}");
    assertThat(read(String.join("\n", lines), Limits.FACTS))
        .allMatch(u -> u.recording() == Recording.FAILURES_ONLY);

    lines.set(0, "{\"scheme\":\"another\",\"colour\":\"red\"}");
    List<FileProblem> p = problems(String.join("\n", lines));
    assertThat(p).extracting(FileProblem::line).containsExactly(1, 1);
    assertThat(p.get(0).message())
        .isEqualTo(
            "these facts are for scheme 'another', not 'example-office-2024'; score them with"
                + " their own scheme");
    assertThat(p.get(1).message())
        .isEqualTo(
            "unknown key 'colour' in the header line; expected one of: scheme, recording,"
                + " gradedOn (a unit's line needs 'unit')");
  }

  @Test
  void withoutAHeaderTheFirstLineIsAUnit() throws IOException {
    List<String> lines = exampleLines();
    lines.remove(0);
    assertThat(read(String.join("\n", lines), Limits.FACTS)).hasSize(6);
  }

  @Test
  void blankLinesWindowsLineEndsAndAByteOrderMarkAreRead() throws IOException {
    List<String> lines = exampleLines();
    lines.add(3, "   ");
    lines.add(1, "");
    Path file = tmp.resolve("f.jsonl");
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines), StandardCharsets.UTF_8);
    assertThat(FactsFiles.read(file, EXAMPLE))
        .isEqualTo(FactsFiles.read(Examples.FACTS_CSV, EXAMPLE));
    // and the lines are still counted: the fourth unit (nanhu) is on line 6
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file, text.replace("\"value\":97,", "\"value\":\"many\","), StandardCharsets.UTF_8);
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> FactsFiles.read(file, EXAMPLE));
    assertThat(e.problems()).extracting(FileProblem::line).containsExactly(6);
  }

  @Test
  void aLineOverTheLimitIsRefusedAndTheLinesAfterItAreRead() throws IOException {
    List<String> lines = exampleLines();
    lines.set(
        2, lines.get(2).replace("\"group\"", "\"note\":\"" + "长".repeat(3_000) + "\",\"group\""));
    lines.set(4, lines.get(4).replace("\"group\":\"dept\"", "\"group\":\"dept\",\"extra\":1"));
    // longer than the bytes the limit allows: refused while cut, unparsed, and skipped
    lines.set(6, "{\"unit\":\"" + "x".repeat(100_000) + "\"}");
    Limits small = new Limits(100, 64, 100_000, 200, 2_000);
    List<FileProblem> p = problems(String.join("\n", lines), small);
    assertThat(p).extracting(FileProblem::line).containsExactly(3, 5, 7);
    assertThat(p.get(2).message()).startsWith("line 7 is longer than 2000 characters");
    assertThat(p.get(0).message())
        .isEqualTo(
            "line 3 is longer than 2000 characters; a JSON Lines file holds one unit a line");
  }

  @Test
  void aLineThatIsNotUtf8IsRefusedAtItsLine() throws IOException {
    List<String> lines = exampleLines();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
      if (i == 3) {
        line[20] = (byte) 0xC3; // a lead byte with no continuation
        line[21] = (byte) 0x28;
      }
      bytes.writeBytes(line);
      if (i < lines.size() - 1) {
        bytes.write('\n');
      }
    }
    Path file = tmp.resolve("f.jsonl");
    Files.write(file, bytes.toByteArray());
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> FactsFiles.read(file, EXAMPLE));
    assertThat(e.problems()).extracting(FileProblem::line).containsExactly(4);
    assertThat(e.problems().get(0).message())
        .isEqualTo("the file is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void anEmptyFileIsAProblemAndAHeaderAloneHasNoUnits() throws IOException {
    assertThat(problems("\n  \n"))
        .extracting(FileProblem::message)
        .containsExactly("the file is empty; expected a unit a line");
    assertThat(read("{\"scheme\":\"example-office-2024\"}\n", Limits.FACTS)).isEmpty();
  }

  @Test
  void theSchemeIsNamedByTheHeader() throws IOException {
    Path file = tmp.resolve("f.ndjson");
    Files.writeString(file, String.join("\n", exampleLines()), StandardCharsets.UTF_8);
    assertThat(FactsFiles.isFacts(file)).isTrue();
    assertThat(FactsFiles.schemeOf(file)).contains("example-office-2024");
  }
}
