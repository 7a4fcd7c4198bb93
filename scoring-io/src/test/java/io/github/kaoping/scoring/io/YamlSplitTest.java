package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML facts file cut on its bytes and parsed on several threads ({@link YamlSplit}) is read as
 * one thread reads it: the same results byte for byte, the same problems at the same places in the
 * same order, with comments, blank lines, CRLF, quoted text over several lines, and what the scan
 * cannot vouch for handed to the serial reader at the unit where it is.
 */
class YamlSplitTest {

  private static final int UNITS = 1_200;

  @TempDir Path tmp;

  /**
   * The units of {@link ParallelScoreTest#csv} as YAML, with comments and blank lines between and
   * inside units, and a note in single quotes over three lines now and then.
   */
  private String yaml(Calculator calculator, int units) throws IOException {
    Path csv = ParallelScoreTest.csv(tmp, units);
    List<UnitFacts> read = FactsFiles.read(csv, calculator);
    Path yaml = tmp.resolve("written.yaml");
    FactsFiles.write(yaml, calculator.scheme(), read);
    String text = Files.readString(yaml, StandardCharsets.UTF_8);
    int units0 = text.indexOf("units:\n");
    StringBuilder b =
        new StringBuilder("# facts for the test\n").append(text, 0, units0).append("\nunits:\n");
    String[] items = text.substring(units0 + 7).split("\n(?=  - unit: )");
    assertThat(items).hasSize(units);
    for (int i = 0; i < items.length; i++) {
      String item = items[i].endsWith("\n") ? items[i] : items[i] + "\n";
      if (i % 7 == 3) {
        item = item.replaceFirst("\n    group: ", "  # a comment after the id\n\n    group: ");
      }
      if (i % 11 == 5) {
        item = item.replaceFirst("\n    facts:\n", "\n    facts:  # 事实\n# at the margin\n");
      }
      if (i % 13 == 6 && item.contains("          node: ")) {
        item =
            item.replaceFirst(
                "\n          node: ([^\n]*)\n",
                "\n          node: $1\n          note: '第一行,\n            第二行 - 有''引号''\n"
                    + "            第三行'\n");
      }
      b.append(item);
      if (i % 50 == 7) {
        b.append(i % 100 == 7 ? "\n" : "   \n  # between units\n");
      }
    }
    return b.toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final Optional<String> SCHEME = Optional.of("example-office-2024");

  private static YamlSplit split(Path file) throws IOException {
    return new YamlSplit(file, file.toString(), Limits.FACTS, SCHEME);
  }

  /** The serial reader's units of a file, with their places. */
  private static List<UnitSource.Item> serial(Path file) throws IOException {
    List<UnitSource.Item> items = new ArrayList<>();
    try (UnitSource s =
        new TreeUnits(
            Docs.open(file, Limits.FACTS),
            FileFormat.YAML,
            file.toString(),
            Limits.FACTS,
            SCHEME)) {
      UnitSource.Item item;
      while ((item = s.next()) != null) {
        items.add(item);
      }
    }
    return items;
  }

  /** Every piece cut from a clean file parses alone to the serial reader's unit, placed alike. */
  private static void piecesAloneAreTheSerialReadersUnits(Path file) throws IOException {
    List<UnitSource.Item> serial = serial(file);
    List<UnitSource.Item> pieces = new ArrayList<>();
    try (YamlSplit split = split(file)) {
      SplitSource.Piece piece;
      while ((piece = split.cut()) != null) {
        UnitSource.Item item = split.parse(piece);
        assertThat(item).as("piece %d, line %d", piece.index(), piece.line()).isNotNull();
        pieces.add(item);
      }
    }
    assertThat(pieces).hasSameSizeAs(serial).hasSize(UNITS);
    for (int i = 0; i < serial.size(); i++) {
      FactsCodec.Parsed a = Objects.requireNonNull(serial.get(i).unit());
      FactsCodec.Parsed b = Objects.requireNonNull(pieces.get(i).unit());
      assertThat(b.facts()).as("unit %d", i).isEqualTo(a.facts());
      assertThat(b.loc()).as("unit %d", i).isEqualTo(a.loc());
      assertThat(places(b)).as("unit %d", i).isEqualTo(places(a));
      assertThat(pieces.get(i).problems()).isEmpty();
      assertThat(serial.get(i).problems()).isEmpty();
    }
  }

  /** Each fact's place, by the fact's value (a unit's places are by identity). */
  private static Map<Object, Doc.Loc> places(FactsCodec.Parsed unit) {
    Map<Object, Doc.Loc> places = new HashMap<>();
    unit.factLocs().forEach(places::put);
    return places;
  }

  @Test
  void unitsWithCommentsBlankLinesAndQuotedLinesAreReadOnEveryThreadCountAsOnOne()
      throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String text = yaml(calculator, UNITS);
    assertThat(text)
        .contains("第二行 - 有''引号''")
        .contains("# between units")
        .contains("# at the margin");
    Path file = write("facts.yaml", text);
    piecesAloneAreTheSerialReadersUnits(file);
    CsvSplitTest.sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void crlfLineEndsAreReadOnEveryThreadCountAsOnOne() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    Path file = write("crlf.yaml", yaml(calculator, UNITS).replace("\n", "\r\n"));
    piecesAloneAreTheSerialReadersUnits(file);
    CsvSplitTest.sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void itemsAtTheKeysIndentationAreReadOnEveryThreadCountAsOnOne() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String text = yaml(calculator, UNITS);
    String units = text.substring(text.indexOf("units:\n"));
    // every line of the sequence two spaces to the left: its items at the margin
    Path file =
        write(
            "margin.yaml",
            text.substring(0, text.indexOf("units:\n")) + units.replaceAll("(?m)^  ", ""));
    piecesAloneAreTheSerialReadersUnits(file);
    CsvSplitTest.sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void theProblemsOfAFileAreTheSameOnEveryThreadCount() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String good = yaml(calculator, UNITS);
    // a unit given twice, a count of the wrong kind, a key unknown, an anchor and its alias, a
    // quote left open: far apart, deep in the file
    String bad =
        good.replace("unit: u000700\n", "unit: u000003\n")
            .replaceFirst("(unit: u000020\n(?:.*\n)*?\\s*)value: \\d+", "$1value: many")
            .replaceFirst("(unit: u000400\n)", "$1    colour: red\n")
            .replaceFirst("(unit: u000900\n(?:.*\n)*?\\s*node: )", "$1&n ")
            .replaceFirst("(unit: u000901\n(?:.*\n)*?\\s*node: )([^\n]*)", "$1*n");
    assertThat(bad).isNotEqualTo(good).contains("value: many").contains("*n");
    CsvSplitTest.sameProblemsOnEveryThreadCount(calculator, write("bad.yaml", bad));
    CsvSplitTest.sameProblemsOnEveryThreadCount(
        calculator, write("open.yaml", good.replace("unit: u001100\n", "unit: \"u001100\n")));
    // a head with a problem, a key after the units, text not UTF-8 far into the file
    CsvSplitTest.sameProblemsOnEveryThreadCount(
        calculator,
        write("head.yaml", good.replace("scheme: example-office-2024", "scheme: other")));
    CsvSplitTest.sameProblemsOnEveryThreadCount(
        calculator, write("after.yaml", good + "colour: red\n"));
    byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
    bytes[good.indexOf("u000800") + 1] = (byte) 0xC3;
    Path broken = tmp.resolve("broken.yaml");
    Files.write(broken, bytes);
    CsvSplitTest.sameProblemsOnEveryThreadCount(calculator, broken);
    CsvSplitTest.sameProblemsOnEveryThreadCount(
        calculator,
        write("control.yaml", good.replace("unit: u001000\n", "unit: u001000\u0001\n")));
  }

  @Test
  void aLineTheScanCannotVouchForHandsTheRestToTheSerialReaderAtItsUnit() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    // a quoted note whose second line is at the margin and looks like an item: the serial reader
    // reads it as text, the scan cannot tell it from an item
    String text =
        yaml(calculator, UNITS)
            .replaceFirst(
                "(unit: u000600\n(?:.*\n)*?)(\\s*)node: ([^\n]*)\n",
                "$1$2node: $3\n$2note: \"the first line\n  - unit: not one\"\n");
    assertThat(text).contains("\n  - unit: not one\"\n");
    Path file = write("quote.yaml", text);
    int pieces = 0;
    try (YamlSplit split = split(file)) {
      SplitSource.Piece piece;
      while ((piece = split.cut()) != null) {
        UnitSource.Item item = split.parse(piece);
        if (item == null) {
          assertThat(piece.index()).isEqualTo(600);
          try (UnitSource rest = split.from(piece)) {
            UnitSource.Item next = Objects.requireNonNull(rest.next());
            assertThat(next.problems()).isEmpty();
            FactsCodec.Parsed unit = Objects.requireNonNull(next.unit());
            assertThat(unit.unitId()).isEqualTo("u000600");
            assertThat(unit.loc().line()).isEqualTo(piece.line());
          }
          break;
        }
        pieces++;
      }
    }
    assertThat(pieces).isEqualTo(600);
    assertThat(serial(file)).hasSize(UNITS);
    CsvSplitTest.sameResultsOnEveryThreadCount(calculator, file);
  }
}
