package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Scheme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The text of a cell of a row per unit ({@code CsvRows}, which strips a cell only when an end of it
 * could be a space, and looks for refused characters in a cell that is not empty): every refused
 * character is reported at its cell with {@link Text#refusal}'s words, and every cell reads as
 * stripped and restored ({@link Csv#restore}), whatever spaces (ASCII, ideographic, em), tabs,
 * apostrophes and formula characters it begins or ends with.
 */
class CsvCellTextTest {

  private static final Scheme SCHEME = Everything.scheme();

  @Test
  void everyRefusedCharacterOfTheBasicPlaneIsReportedAtItsCell() {
    int refused = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      String cell = "g" + (char) c + "x";
      String why = Text.refusal(cell);
      if (why == null) {
        continue;
      }
      refused++;
      String csv = "unit,group\nu1,g1\nu2,\"" + cell + "\"\nu3,g3\n";
      assertThat(problems(csv))
          .as("U+%04X", c)
          .isEqualTo(String.format(Locale.ROOT, "line 3, column 2: the cell %s", why));
    }
    assertThat(refused).isGreaterThan(2_000); // the surrogates alone are 2,048
  }

  @Test
  void aNoncharacterOutsideTheBasicPlaneIsReported() {
    String csv = "unit,group\nu1,g\uD83F\uDFFEx\nu2,考\uD83D\uDE00评\n";
    assertThat(problems(csv))
        .isEqualTo("line 2, column 2: the cell contains U+1FFFE (a noncharacter); " + RULE);
  }

  private static final String RULE =
      "text may hold tabs and line breaks (\\n) but no other control characters";

  @Test
  void everyCellReadsStrippedAndRestored() {
    List<String> pieces = List.of(" ", "\t", "\u3000", "\u2003", "'", "=", "1", "a", "考", "\u00A0");
    List<String> cells = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 3; length++) {
      for (String cell : List.copyOf(cells)) {
        if (cell.codePointCount(0, cell.length()) == length - 1) {
          pieces.forEach(p -> cells.add(cell + p));
        }
      }
    }
    StringBuilder csv = new StringBuilder("unit,group\n");
    List<String> expected = new ArrayList<>();
    for (String cell : cells) {
      String read = Csv.restore(cell.strip()); // as every cell was read before
      if (!read.isEmpty()) {
        csv.append('u').append(expected.size()).append(",\"").append(cell).append("\"\n");
        expected.add(read);
      }
    }
    List<String> groups = new ArrayList<>();
    try (CsvUnits r = new CsvUnits(new StringReader(csv.toString()), "f", Limits.FACTS, SCHEME)) {
      UnitSource.Item item;
      while ((item = r.next()) != null) {
        assertThat(item.problems()).isEmpty();
        groups.add(Objects.requireNonNull(Objects.requireNonNull(item.unit()).facts()).group());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(expected).hasSizeGreaterThan(1_000);
    assertThat(groups).isEqualTo(expected);
  }

  /** The problems of every unit, one a line, at their places. */
  private static String problems(String csv) {
    StringBuilder out = new StringBuilder();
    try (CsvUnits r = new CsvUnits(new StringReader(csv), "f", Limits.FACTS, SCHEME)) {
      UnitSource.Item item;
      while ((item = r.next()) != null) {
        for (FileProblem p : item.problems()) {
          out.append(out.isEmpty() ? "" : "\n");
          out.append("line ").append(p.line()).append(", column ").append(p.column());
          out.append(": ").append(p.message());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
