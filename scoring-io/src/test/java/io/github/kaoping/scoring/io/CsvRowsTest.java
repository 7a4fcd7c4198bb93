package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The rows {@link CsvRows} reads: each row's cells, stripped and restored as every cell is read,
 * and the columns of the cells that are not empty ({@link CsvRows#filledAt}), which a row per unit
 * reads its facts from without looking at the empty ones again.
 */
class CsvRowsTest {

  /** What a cell is made of: nothing, spaces of three kinds, an apostrophe, ASCII, Chinese. */
  private static final List<String> PIECES =
      List.of("", " ", "\u3000", "\t", "'", "=", "7", "2.5", "a", "考", "x y");

  private static Gen<List<String>> rows() {
    Gen<String> cell =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, PIECES.size() - 1).map(PIECES::get))
            .ofSizeBetween(0, 3)
            .map(pieces -> String.join("", pieces));
    return SourceDSL.lists().of(cell).ofSizeBetween(1, 40);
  }

  @Test
  void theFilledColumnsAreThoseOfTheCellsReadNotEmpty() {
    qt().withExamples(300)
        .forAll(SourceDSL.lists().of(rows()).ofSizeBetween(1, 6))
        .checkAssert(
            written -> {
              StringBuilder csv = new StringBuilder();
              for (List<String> row : written) {
                csv.append(String.join(",", row.stream().map(c -> '"' + c + '"').toList()))
                    .append('\n');
              }
              List<List<String>> read = new ArrayList<>();
              List<int[]> filled = new ArrayList<>();
              try (CsvParser p = Limits.FACTS.csv().createParser(csv.toString())) {
                p.setSchema(CsvSchema.emptySchema());
                Problems problems = new Problems("f");
                CsvRows rows =
                    new CsvRows(
                        p, new DocParser(p, problems, Limits.FACTS), problems, Limits.FACTS);
                while (rows.read(true)) {
                  read.add(List.of(Arrays.copyOf(rows.cells, rows.width)));
                  filled.add(Arrays.copyOf(rows.filledAt, rows.filled));
                }
                assertThat(problems.isEmpty()).isTrue();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(read).hasSameSizeAs(written);
              for (int r = 0; r < written.size(); r++) {
                List<String> expected =
                    written.get(r).stream().map(c -> Csv.restore(c.strip())).toList();
                List<String> cells = read.get(r);
                assertThat(cells).as("row %d", r + 1).isEqualTo(expected);
                int[] notEmpty =
                    IntStream.range(0, cells.size()).filter(i -> !cells.get(i).isEmpty()).toArray();
                assertThat(filled.get(r)).as("row %d's filled columns", r + 1).isEqualTo(notEmpty);
              }
            });
  }

  @Test
  void aFactCellOfSpacesAloneIsNoFactAsAnEmptyCellIsNone() throws IOException {
    for (String spaces : List.of(" ", "  ", "\t", "\u3000", " \u3000 ")) {
      List<UnitFacts> units =
          CsvFactRowsTest.read("unit,group,b4\nu1,g1,\"" + spaces + "\"\nu2,g2,3\nu3,g3,\n");
      assertThat(units).extracting(UnitFacts::unitId).containsExactly("u1", "u2", "u3");
      assertThat(units.get(0).facts()).as("'%s'", spaces).isEmpty();
      assertThat(units.get(1).facts()).containsExactly(Occurrence.of("b4", "b4").count(3).build());
      assertThat(units.get(2).facts()).isEmpty();
    }
  }

  @Test
  void aCsvFactoryIsMadeOnceForItsLimits() {
    assertThat(Limits.FACTS.csv()).isSameAs(Limits.FACTS.csv());
    Limits small = new Limits(100, 64, 100_000, 200, 1_000);
    assertThat(small.csv())
        .isSameAs(new Limits(100, 64, 100_000, 200, 1_000).csv())
        .isNotSameAs(Limits.FACTS.csv());
    assertThat(small.csv().streamReadConstraints().getMaxDocumentLength()).isEqualTo(1_000);
  }
}
