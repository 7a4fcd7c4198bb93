package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scoring on several threads gives what one thread gives, byte for byte and in the same order:
 * results of a good file, and the problems of a bad one, in every facts format.
 */
class ParallelScoreTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../examples"));

  /** More than a few batches of the reader, so that batches and threads interleave. */
  private static final int UNITS = 1_500;

  @TempDir Path tmp;

  /** The example scheme with groups open to any unit id. */
  static Scheme openScheme() throws IOException {
    Scheme example = SchemeFiles.read(EXAMPLES.resolve("example-office-2024.scheme.yaml"));
    return Scheme.builder()
        .from(example)
        .groups(
            example.groups().stream()
                .map(
                    g -> new UnitGroup(g.id(), g.title(), g.clause(), List.of(), g.declaredCount()))
                .toList())
        .build();
  }

  /**
   * Generated units as CSV in a directory, every tenth with a tie on the total of the one before.
   */
  static Path csv(Path dir, int units) throws IOException {
    Path file = dir.resolve("facts.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("unit,group,period,s1.1,s1.2,s2.1,s2.2,s3,s4\n");
      for (int i = 0; i < units; i++) {
        int k = i % 10 == 9 ? i - 1 : i;
        w.write(
            String.format(
                Locale.ROOT,
                "u%06d,%s,2024,%d,%d,%d,%d,%d.%d,%d%n",
                i,
                i % 2 == 0 ? "county" : "dept",
                k % 3,
                80 + k % 20,
                90 + k % 11,
                k % 61,
                k % 29,
                k % 10,
                k % 500));
      }
    }
    return file;
  }

  /** The same units in a format, from the CSV. */
  private Path facts(Scheme scheme, FileFormat format) throws IOException {
    Path csv = csv(tmp, UNITS);
    if (format == FileFormat.CSV) {
      return csv;
    }
    List<UnitFacts> units = FactsFiles.read(csv, Calculator.of(scheme));
    Path file = tmp.resolve("facts." + format.name().toLowerCase(Locale.ROOT));
    FactsFiles.write(file, scheme, units);
    return file;
  }

  /** The results of scoring a file on some threads, as JSON. */
  static String json(Calculator calculator, Path facts, int threads) throws IOException {
    Results results = Results.score(calculator, facts, null, threads);
    StringWriter w = new StringWriter();
    ResultFiles.write(w, ResultFormat.JSON, calculator.scheme(), results);
    return w.toString();
  }

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  void resultsOnFourThreadsAreByteIdenticalToOne(FileFormat format) throws IOException {
    Calculator calculator = Calculator.of(openScheme());
    Path facts = facts(calculator.scheme(), format);
    String one = json(calculator, facts, 1);
    assertThat(one).contains("\"u000000\"").contains("\"u001499\"");
    for (int threads : new int[] {2, 4, 7}) {
      assertThat(json(calculator, facts, threads)).as("%d threads", threads).isEqualTo(one);
    }
  }

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  void problemsOnFourThreadsAreTheSameAndInTheSameOrder(FileFormat format) throws IOException {
    Calculator calculator = Calculator.of(openScheme());
    Path good = facts(calculator.scheme(), format);
    Path file = tmp.resolve("bad-" + good.getFileName());
    if (format == FileFormat.XLSX) {
      // units given twice, far apart and on another group's sheet: placed by sheet and cell
      List<UnitFacts> units = new ArrayList<>(FactsFiles.read(good, calculator));
      units.set(700, UnitFacts.builder().from(units.get(700)).unitId("u000003").build());
      units.set(1200, UnitFacts.builder().from(units.get(1200)).unitId("u000005").build());
      FactsFiles.write(file, calculator.scheme(), units);
    } else {
      Files.writeString(file, bad(good, format), StandardCharsets.UTF_8);
    }

    InvalidFileException one =
        catchThrowableOfType(
            InvalidFileException.class, () -> Results.score(calculator, file, null, 1));
    assertThat(one).isNotNull();
    assertThat(one.problems()).hasSizeGreaterThanOrEqualTo(format == FileFormat.XLSX ? 2 : 3);
    if (format == FileFormat.JSONL) {
      // every problem at its line: the header is line 1, unit i on line i + 2
      assertThat(one.problems())
          .extracting(FileProblem::line)
          .containsOnly(22, 702, 902, 1202)
          .isSorted();
      assertThat(one.getMessage()).contains("is already recorded on line 5");
    }
    if (format == FileFormat.XLSX) {
      assertThat(one.getMessage())
          .containsPattern("u000003 .*is already recorded on \\S+![A-Z]+\\d+");
    }
    for (int threads : new int[] {2, 4}) {
      InvalidFileException many =
          catchThrowableOfType(
              InvalidFileException.class, () -> Results.score(calculator, file, null, threads));
      assertThat(many).as("%d threads", threads).isNotNull();
      assertThat(many.getMessage()).isEqualTo(one.getMessage());
      assertThat(many.problems()).containsExactlyElementsOf(one.problems());
    }
  }

  /**
   * Scoring checks each unit once, as it scores it: a unit the calculator refuses has exactly the
   * problems, at the same places, that reading the file with the check alone finds.
   */
  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"JSON", "YAML"})
  void scoringFindsTheProblemsTheCheckFinds(FileFormat format) throws IOException {
    Calculator calculator = Calculator.of(openScheme());
    List<UnitFacts> units = new ArrayList<>(FactsFiles.read(csv(tmp, 1_300), calculator));
    units.set(20, units.get(20).with(Assessment.of("s3", "99"))); // out of range, and a second
    units.set(700, units.get(700).with(Occurrence.of("x", "s9").build())); // no such node
    units.set(
        1200,
        units
            .get(1200)
            .with(Occurrence.of("y", "s1.2").count(0).build())
            .with(Assessment.of("s4", "1")));
    Path file = tmp.resolve("refused." + format.name().toLowerCase(Locale.ROOT));
    FactsFiles.write(file, calculator.scheme(), units);

    InvalidFileException checked =
        catchThrowableOfType(InvalidFileException.class, () -> FactsFiles.read(file, calculator));
    assertThat(checked).isNotNull();
    assertThat(checked.problems())
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).contains("s9"))
        .anySatisfy(m -> assertThat(m).contains("99"))
        .anySatisfy(m -> assertThat(m).contains("count must be at least 1"));
    for (int threads : new int[] {1, 2}) {
      InvalidFileException scored =
          catchThrowableOfType(
              InvalidFileException.class, () -> Results.score(calculator, file, null, threads));
      assertThat(scored).as("%d threads", threads).isNotNull();
      assertThat(scored.problems()).containsExactlyElementsOf(checked.problems());
    }
  }

  /** A text facts file with problems of three kinds. */
  private static String bad(Path good, FileFormat format) throws IOException {
    String text = Files.readString(good, StandardCharsets.UTF_8);
    // a unit given twice, a value of the wrong kind, and a count the check refuses, far apart
    String bad =
        switch (format) {
          case CSV ->
              text.replace("u000700,", "u000003,")
                  .replace("u000020,county,2024,2,", "u000020,county,2024,many,")
                  .replace("u001200,county,2024,0,", "u001200,county,2024,-1,");
          case JSON ->
              text.replace("\"u000700\"", "\"u000003\"")
                  .replace("\"unit\" : \"u000020\"", "\"unit\" : [\"u000020\"]")
                  .replace("\"unit\" : \"u001200\",", "\"unit\" : \"u001200\", \"extra\" : 1,");
          case JSONL ->
              // and a line that is not JSON: the lines after it are still read
              text.replace("\"u000700\"", "\"u000003\"")
                  .replace("\"unit\":\"u000020\"", "\"unit\":[\"u000020\"]")
                  .replace("\"unit\":\"u001200\",", "\"unit\":\"u001200\",\"extra\":1,")
                  .replace("\"unit\":\"u000900\",", "\"unit\":\"u000900\" oops,");
          case YAML ->
              text.replace("unit: u000700", "unit: u000003")
                  .replace("unit: u000020", "unit: [u000020]")
                  .replace("unit: u001200", "unit: !!str u001200");
          case XLSX -> throw new IllegalArgumentException("a workbook is not text");
        };
    assertThat(bad).isNotEqualTo(text);
    return bad;
  }
}
