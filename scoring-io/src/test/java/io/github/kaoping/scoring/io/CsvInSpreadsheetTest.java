package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-criterion of CSV injection, checked with a real spreadsheet program: results whose unit
 * ids and award label are formulas open in LibreOffice, with formulas evaluated as Excel does, as
 * text, while the numbers stay numbers. Skipped where LibreOffice is not installed.
 */
class CsvInSpreadsheetTest {

  @TempDir Path tmp;

  @Test
  void hostileIdsOpenInLibreOfficeAsTextNotFormulas() throws Exception {
    LibreOffice.require();
    Path csv = tmp.resolve("results.csv");
    ResultFiles.write(csv, ResultFormat.CSV, HostileIds.scheme(), HostileIds.results());
    Map<String, LibreOffice.Cell> cells =
        LibreOffice.firstSheet(
            LibreOffice.convert(csv, "xlsx", Files.createDirectory(tmp.resolve("x"))).get(0));

    assertThat(cells.values()).allSatisfy(c -> assertThat(c.formula()).as(c.ref()).isNull());
    // row 2 gives the node columns' titles: the section's is a formula, shown as text
    assertThat(cells.values())
        .filteredOn(c -> c.ref().matches("[A-Z]+2") && c.value().endsWith("=SUM(1,2)"))
        .singleElement()
        .satisfies(c -> assertThat(c.isText()).as(c.toString()).isTrue());
    // column B holds the unit ids, rows 3 to 11 in ranking order
    for (int i = 0; i < HostileIds.IDS.size(); i++) {
      String id = HostileIds.IDS.get(i);
      LibreOffice.Cell b = cell(cells, "B" + (i + 3));
      if (id.equals("-5")) {
        assertThat(b.type()).as("a number stays a number").isEqualTo("n");
        assertThat(b.value()).isEqualTo("-5");
      } else {
        assertThat(b.isText()).as(b.toString()).isTrue();
        assertThat(b.value()).as(b.ref()).endsWith(id.strip());
      }
    }
    assertThat(cell(cells, "M3").isText()).as("the award label").isTrue();
    assertThat(cell(cells, "M3").value()).endsWith("=1+1");
    // totals, ranks, positions and node points are numbers
    assertThat(cell(cells, "F3"))
        .extracting(LibreOffice.Cell::type, LibreOffice.Cell::value)
        .containsExactly("n", "90");
    assertThat(cells.values())
        .filteredOn(c -> c.ref().matches("[T-Z]3"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.type()).as(c.ref()).isEqualTo("n"));
    assertThat(cell(cells, "J3"))
        .extracting(LibreOffice.Cell::type, LibreOffice.Cell::value)
        .containsExactly("n", "1");
  }

  private static LibreOffice.Cell cell(Map<String, LibreOffice.Cell> cells, String ref) {
    LibreOffice.Cell c = cells.get(ref);
    assertThat(c).as(ref).isNotNull();
    return java.util.Objects.requireNonNull(c);
  }
}
