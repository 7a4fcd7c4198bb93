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
    // column B holds the unit ids, rows 3 to 11 in ranking order (row 2 has the nodes' titles)
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
    // totals, ranks and positions are numbers
    assertThat(cell(cells, "F3"))
        .extracting(LibreOffice.Cell::type, LibreOffice.Cell::value)
        .containsExactly("n", "90");
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
