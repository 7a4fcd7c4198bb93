package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The template of each of the nine packaged schemes: its sheets, frozen headers, keys, validations
 * and roster, as another program (Apache POI) reads them; read back as facts by this library; and
 * opened by a real spreadsheet program (LibreOffice, where installed), whose own save reads back
 * the same.
 */
class WorkbookTemplateTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void theTemplateHasASheetPerGroupWithFrozenHeadersKeysValidationsAndTheRoster(Regulation r)
      throws Exception {
    Scheme scheme = r.scheme();
    Path file = tmp.resolve(r.id() + ".xlsx");
    FactsFiles.template(file, scheme, Optional.of("2024"));
    WorkbookLayout layout = new WorkbookLayout(scheme);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("说明");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .startsWith(scheme.title());
      assertThat(wb.isSheetHidden(wb.getSheetIndex("选项"))).isTrue();
      for (UnitGroup g : scheme.groups()) {
        XSSFSheet s = sheetKeyed(wb, WorkbookLayout.GROUP + g.id());
        assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo(g.title());
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        // POI's horizontal split is between rows, its vertical one between columns
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) WorkbookLayout.KEY_ROW);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
        List<String> keys = texts(s.getRow(WorkbookLayout.KEY_ROW - 1));
        assertThat(keys).startsWith("unit", "name", "period");
        // every item of the group has a column, in the scheme's order, titled and with its clause
        List<String> items = new ArrayList<>();
        for (Node n : scheme.sections()) {
          leaves(n, g.id(), items);
        }
        List<String> nodes = new ArrayList<>();
        for (String k : keys.subList(3, keys.size())) {
          String node = k.replaceAll("[:#].*", "");
          if (nodes.isEmpty() || !nodes.get(nodes.size() - 1).equals(node)) {
            nodes.add(node);
          }
        }
        assertThat(nodes).isEqualTo(items);
        List<String> titles = texts(s.getRow(WorkbookLayout.HEAD_ROW - 1));
        assertThat(titles).hasSize(keys.size()).startsWith("单位编号", "单位名称", "期间");
        List<String> roster = new ArrayList<>();
        for (int row = WorkbookLayout.FIRST_ROW - 1; row <= s.getLastRowNum(); row++) {
          Row unit = s.getRow(row);
          roster.add(unit.getCell(0).getStringCellValue());
          assertThat(unit.getCell(2).getStringCellValue()).isEqualTo("2024");
        }
        assertThat(roster).isEqualTo(g.units().stream().map(Unit::id).toList());
        // every item column that takes a value is validated as it is typed
        List<String> validated = new ArrayList<>();
        for (DataValidation v : s.getDataValidations()) {
          int column = v.getRegions().getCellRangeAddress(0).getFirstColumn();
          validated.add(keys.get(column));
          DataValidationConstraint c = v.getValidationConstraint();
          assertThat(v.getShowErrorBox()).isTrue();
          assertThat(c.getFormula1()).isNotBlank();
        }
        List<String> expected = new ArrayList<>();
        for (WorkbookLayout.ItemColumn c : layout.groups.get(scheme.groups().indexOf(g)).items()) {
          if (c.column().meaning() != FactColumns.Meaning.NAMED) {
            expected.add(c.column().key());
          }
        }
        assertThat(validated).containsExactlyInAnyOrderElementsOf(expected);
      }
      for (WorkbookLayout.FactSheet f : layout.factSheets) {
        XSSFSheet s = sheetKeyed(wb, f.key);
        assertThat(texts(s.getRow(WorkbookLayout.KEY_ROW - 1)))
            .isEqualTo(f.fields.stream().map(WorkbookLayout.Field::key).toList());
        assertThat(s.getPaneInformation().getHorizontalSplitPosition())
            .isEqualTo((short) WorkbookLayout.KEY_ROW);
      }
    }
    // read back: every unit of the roster, with no facts yet
    List<UnitFacts> units = new ArrayList<>();
    try (FactsReader reader =
        new FactsReader(
            new WorkbookUnits(file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, scheme),
            null)) {
      reader.forEachRemaining(units::add);
    }
    assertThat(units)
        .extracting(u -> u.group() + "/" + u.unitId() + "/" + u.period().orElse(""))
        .containsExactlyElementsOf(
            scheme.groups().stream()
                .flatMap(g -> g.units().stream().map(u -> g.id() + "/" + u.id() + "/2024"))
                .toList());
    assertThat(units).allSatisfy(u -> assertThat(u.facts()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(
      value = Regulation.class,
      names = {"YUEYANG_2007", "JISHUI_2014", "ZHANGZHOU", "TOWNSHIP_EFFICIENCY"})
  void libreOfficeOpensTheTemplateAndItsOwnSaveReadsTheSame(Regulation r) throws Exception {
    LibreOffice.require();
    Scheme scheme = r.scheme();
    Path file = tmp.resolve(r.id() + ".xlsx");
    FactsFiles.template(file, scheme, Optional.of("2024"));
    Path saved = LibreOffice.convert(file, "xlsx", tmp.resolve("lo")).get(0);
    try (FactsReader a = reader(file, scheme);
        FactsReader b = reader(saved, scheme)) {
      List<UnitFacts> ours = new ArrayList<>();
      List<UnitFacts> theirs = new ArrayList<>();
      a.forEachRemaining(ours::add);
      b.forEachRemaining(theirs::add);
      assertThat(theirs).isEqualTo(ours);
    }
    // and shows the headers as written: every sheet as CSV, as LibreOffice reads its cells
    List<Path> sheets =
        LibreOffice.convert(
            file,
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            tmp.resolve("csv"));
    WorkbookLayout layout = new WorkbookLayout(scheme);
    WorkbookLayout.GroupSheet g = layout.groups.get(0);
    Path csv =
        sheets.stream()
            .filter(p -> p.getFileName().toString().contains(g.name()))
            .findFirst()
            .orElseThrow();
    List<List<String>> rows = new ArrayList<>();
    try (var it =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .<List<String>>readValues(Files.readString(csv, StandardCharsets.UTF_8))) {
      it.forEachRemaining(rows::add);
    }
    assertThat(rows.get(0)).startsWith(WorkbookLayout.GROUP + g.group().id(), g.group().title());
    assertThat(rows.get(1)).startsWith("单位编号", "单位名称", "期间");
    assertThat(rows.get(1).get(3)).startsWith(g.items().get(0).node().title());
    assertThat(rows.get(3))
        .isEqualTo(
            concat(
                List.of("unit", "name", "period"),
                g.items().stream().map(c -> c.column().key()).toList()));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static FactsReader reader(Path file, Scheme scheme) {
    return new FactsReader(
        new WorkbookUnits(file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, scheme), null);
  }

  private static void leaves(Node n, String group, List<String> out) {
    if (!n.groups().isEmpty() && !n.groups().contains(group)) {
      return;
    }
    if (n.isLeaf() && n.rule().isPresent()) {
      out.add(n.id());
    }
    n.children().forEach(c -> leaves(c, group, out));
  }

  private static XSSFSheet sheetKeyed(XSSFWorkbook wb, String key) {
    for (Sheet s : wb) {
      Cell a1 = s.getRow(0) == null ? null : s.getRow(0).getCell(0);
      if (a1 != null && a1.toString().equals(key)) {
        return (XSSFSheet) s;
      }
    }
    throw new AssertionError("no sheet keyed " + key);
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : cell.toString());
    }
    return out;
  }
}
