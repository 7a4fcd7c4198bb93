package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV facts file cut on its bytes and parsed on several threads ({@link CsvSplit}) is read as one
 * thread reads it: the same results byte for byte, the same problems at the same places in the same
 * order, in both layouts, with quoted cells, line breaks inside them, blank lines and CRLF.
 */
class CsvSplitTest {

  private static final int UNITS = 1_200;

  private static final int[] THREADS = {2, 4, 7};

  @TempDir Path tmp;

  /**
   * A row per unit: quoted cells, a quoted unit id now and then, CRLF line ends, blank lines and
   * lines of spaces between units.
   */
  private static String rowPerUnit(int units) {
    StringBuilder b = new StringBuilder("unit,group,period,s1.1,s1.2,s2.1,s2.2,s3,s4\r\n");
    for (int i = 0; i < units; i++) {
      int k = i % 10 == 9 ? i - 1 : i;
      String group = i % 2 == 0 ? "county" : "\"dept\"";
      String id = String.format(Locale.ROOT, i % 97 == 5 ? "\"u%06d\"" : "u%06d", i);
      b.append(
          String.format(
              Locale.ROOT,
              "%s,%s,2024,%d,\"%d\",%d,%d,%d.%d,%d\r\n",
              id,
              group,
              k % 3,
              80 + k % 20,
              90 + k % 11,
              k % 61,
              k % 29,
              k % 10,
              k % 500));
      if (i % 50 == 7) {
        b.append(i % 100 == 7 ? "\r\n" : "   \r\n");
      }
    }
    return b.toString();
  }

  /**
   * The same units a row per fact, with a note on some rows that holds commas, quotes and line
   * breaks, and occurrences named by their line.
   */
  private String rowPerFact(Calculator calculator, int units) throws IOException {
    Path wide = tmp.resolve("wide.csv");
    Files.writeString(wide, rowPerUnit(units), StandardCharsets.UTF_8);
    List<UnitFacts> read = FactsFiles.read(wide, calculator);
    StringWriter w = new StringWriter();
    CsvFactRows.write(w, read);
    String[] lines = w.toString().split("\r\n");
    StringBuilder b = new StringBuilder(lines[0]).append(",note\n");
    for (int i = 1; i < lines.length; i++) {
      b.append(lines[i]);
      if (!lines[i].contains(",,,,,,,") && i % 9 == 4) {
        b.append(",\"第一行, 有\"\"引号\"\"\n第二行\n第三行\"");
      } else {
        b.append(',');
      }
      b.append(i % 13 == 0 ? "\r\n" : "\n");
      if (i % 40 == 0) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Results on 2, 4 and 7 threads byte-identical to one thread's (also {@link YamlSplitTest}'s).
   */
  static void sameResultsOnEveryThreadCount(Calculator calculator, Path facts) throws IOException {
    String one = ParallelScoreTest.json(calculator, facts, 1);
    assertThat(one).contains("\"u000000\"").contains("\"u001199\"");
    for (int threads : THREADS) {
      assertThat(ParallelScoreTest.json(calculator, facts, threads))
          .as("%d threads", threads)
          .isEqualTo(one);
    }
  }

  /** The same problems and message on 2, 4 and 7 threads as on one. */
  static void sameProblemsOnEveryThreadCount(Calculator calculator, Path facts) {
    InvalidFileException one =
        catchThrowableOfType(
            InvalidFileException.class, () -> Results.score(calculator, facts, null, 1));
    assertThat(one).as("rejected").isNotNull();
    for (int threads : THREADS) {
      InvalidFileException many =
          catchThrowableOfType(
              InvalidFileException.class, () -> Results.score(calculator, facts, null, threads));
      assertThat(many).as("%d threads", threads).isNotNull();
      assertThat(many.problems()).as("%d threads", threads).isEqualTo(one.problems());
      assertThat(many.getMessage()).isEqualTo(one.getMessage());
    }
  }

  /** Every piece the scan cuts from a file, parsed alone, in the order of the file. */
  private static List<UnitSource.Item> pieces(Path file, Calculator calculator, boolean rowLayout)
      throws IOException {
    List<UnitSource.Item> items = new ArrayList<>();
    try (CsvSplit split =
        new CsvSplit(file, file.toString(), Limits.FACTS, calculator.scheme(), rowLayout)) {
      SplitSource.Piece piece;
      while ((piece = split.cut()) != null) {
        UnitSource.Item item = split.parse(piece);
        assertThat(item).as("piece %d, line %d", piece.index(), piece.line()).isNotNull();
        items.add(item);
      }
    }
    return items;
  }

  /** The serial reader's units of a file, with their places. */
  private static List<UnitSource.Item> serial(Path file, Calculator calculator) throws IOException {
    List<UnitSource.Item> items = new ArrayList<>();
    try (UnitSource s =
        FactsFiles.csv(
            Docs.open(file, Limits.FACTS), file.toString(), Limits.FACTS, calculator.scheme())) {
      UnitSource.Item item;
      while ((item = s.next()) != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static void piecesAloneAreTheSerialReadersUnits(
      Path file, Calculator calculator, boolean rowLayout) throws IOException {
    List<UnitSource.Item> serial = serial(file, calculator);
    List<UnitSource.Item> pieces = pieces(file, calculator, rowLayout);
    assertThat(pieces).hasSameSizeAs(serial).hasSize(UNITS);
    for (int i = 0; i < serial.size(); i++) {
      FactsCodec.Parsed a = java.util.Objects.requireNonNull(serial.get(i).unit());
      FactsCodec.Parsed b = java.util.Objects.requireNonNull(pieces.get(i).unit());
      assertThat(b.facts()).as("unit %d", i).isEqualTo(a.facts());
      assertThat(b.loc()).as("unit %d", i).isEqualTo(a.loc());
      assertThat(places(b)).as("unit %d", i).isEqualTo(places(a));
      assertThat(pieces.get(i).problems()).isEmpty();
    }
  }

  /** Each fact's place, by the fact's value (a unit's places are by identity). */
  private static java.util.Map<Object, Doc.Loc> places(FactsCodec.Parsed unit) {
    java.util.Map<Object, Doc.Loc> places = new java.util.HashMap<>();
    unit.factLocs().forEach(places::put);
    return places;
  }

  @Test
  void aRowPerUnitIsReadOnEveryThreadCountAsOnOne() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    Path file = write("facts.csv", rowPerUnit(UNITS));
    piecesAloneAreTheSerialReadersUnits(file, calculator, false);
    sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void aRowPerFactWithLineBreaksInQuotedCellsIsReadOnEveryThreadCountAsOnOne() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String text = rowPerFact(calculator, UNITS);
    assertThat(text).contains("\n第二行\n第三行\"").contains("occurrence");
    Path file = write("facts.csv", text);
    piecesAloneAreTheSerialReadersUnits(file, calculator, true);
    sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void theProblemsOfARowPerUnitAreTheSameOnEveryThreadCount() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String good = rowPerUnit(UNITS);
    // a unit given twice, a value of the wrong kind, a count the check refuses, a row too short,
    // a quote inside a cell, all far apart
    String bad =
        good.replace("u000700,", "u000003,")
            .replace("u000020,county,2024,2,", "u000020,county,2024,many,")
            .replace("u001000,county,2024,", "u001000,county,")
            .replace("u001100,county,2024,", "u001100,co\"unty,2024,")
            .replace("u001150,\"dept\",2024,0,", "u001150,\"dept\",2024,-1,");
    assertThat(bad).isNotEqualTo(good);
    sameProblemsOnEveryThreadCount(calculator, write("bad.csv", bad));
    // a quote left open swallows the rest of the file
    sameProblemsOnEveryThreadCount(
        calculator, write("open.csv", good.replace("u000900,county,", "u000900,\"county,")));
    // a header with a problem, and text that is not UTF-8
    sameProblemsOnEveryThreadCount(
        calculator, write("header.csv", good.replaceFirst("s4", "s4,s9")));
    byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
    int at = good.indexOf("u000800");
    bytes[at + 1] = (byte) 0xC3;
    Path broken = tmp.resolve("broken.csv");
    Files.write(broken, bytes);
    sameProblemsOnEveryThreadCount(calculator, broken);
  }

  @Test
  void theProblemsOfARowPerFactAreTheSameOnEveryThreadCount() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String good = rowPerFact(calculator, UNITS);
    // rows of a unit apart, a unit's group changing, a kind of fact misnamed, a row too long
    String bad =
        good.replaceFirst("\nu000300,", "\nu000007,")
            .replaceFirst("\nu000500,county,", "\nu000500,dept,")
            .replaceFirst("(\nu000600,[^\n]*?)occurrence", "$1occurence")
            .replaceFirst("(\nu000900,[^\n]*)\n", "$1,,\n");
    assertThat(bad).isNotEqualTo(good);
    sameProblemsOnEveryThreadCount(calculator, write("bad.csv", bad));
    // a unit whose period is first given on its second row, given again later without one
    String periodLate =
        good.replaceFirst("\nu000010,(\\w+),2024,", "\nu000010,$1,,")
            .replaceAll("\nu000400,(\\w+),2024,", "\nu000010,$1,,");
    assertThat(periodLate).isNotEqualTo(good);
    sameProblemsOnEveryThreadCount(calculator, write("late.csv", periodLate));
    // a problem in the row of the next unit that the serial reader reads ahead
    sameProblemsOnEveryThreadCount(
        calculator, write("ahead.csv", good.replaceFirst("\nu001000,", "\nu001000\u0000,")));
  }

  @Test
  void aFileTheScanCannotVouchForIsReadByTheSerialReaderFromTheUnitItMeets() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    // a quoted unit id: the scan reads only unquoted ids, and the unit before reads its row ahead
    String text = rowPerFact(calculator, UNITS).replaceFirst("\nu000600,", "\n\"u000600\",");
    Path file = write("quote.csv", text);
    int pieces = 0;
    try (CsvSplit split =
        new CsvSplit(file, file.toString(), Limits.FACTS, calculator.scheme(), true)) {
      SplitSource.Piece piece;
      while ((piece = split.cut()) != null) {
        if (piece.serial()) {
          assertThat(piece.index()).isEqualTo(599);
          assertThat(split.parse(piece)).isNull();
          try (UnitSource rest = split.from(piece)) {
            UnitSource.Item item = java.util.Objects.requireNonNull(rest.next());
            assertThat(item.problems()).isEmpty();
            FactsCodec.Parsed unit = java.util.Objects.requireNonNull(item.unit());
            assertThat(unit.unitId()).isEqualTo("u000599");
            assertThat(unit.loc().line()).isEqualTo(piece.line());
          }
        } else {
          pieces++;
        }
      }
    }
    assertThat(pieces).isEqualTo(599);
    assertThat(serial(file, calculator)).hasSize(UNITS);
    sameResultsOnEveryThreadCount(calculator, file);
  }

  @Test
  void textThatIsNotUtf8FarIntoTheFileIsReportedWhereOneThreadReportsIt() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String good = rowPerUnit(20_000);
    for (String unit : List.of("u006000", "u017000")) {
      byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
      bytes[good.indexOf(unit) + 1] = (byte) 0xC3;
      Path broken = tmp.resolve("broken-" + unit + ".csv");
      Files.write(broken, bytes);
      sameProblemsOnEveryThreadCount(calculator, broken);
    }
  }

  @Test
  void blankLinesBeforeTheHeaderAreReadAsTheSerialReaderReadsThem() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    sameProblemsOnEveryThreadCount(
        calculator, write("blank.csv", "\n  \n" + rowPerFact(calculator, UNITS)));
  }
}
