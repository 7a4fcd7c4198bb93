package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results workbook, opened with Apache POI as a spreadsheet program would. */
class ResultsWorkbookTest {

  @TempDir Path tmp;

  private XSSFWorkbook write(Scheme scheme, Results results) throws IOException {
    Path file = tmp.resolve("results.xlsx");
    ResultFiles.write(file, scheme, results);
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.getCellType() == CellType.NUMERIC ? "#" + c.getNumericCellValue() : c.toString());
    }
    return out;
  }

  /** The row whose first cell is {@code first}. */
  private static Row headerRow(Sheet sheet, String first) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
        return r;
      }
    }
    throw new AssertionError("no row starting " + first + " on " + sheet.getSheetName());
  }

  @Test
  void aSheetPerOutcomeAndGroupInRankOrderWithChineseHeadersVetoesByTitleAndTies()
      throws IOException {
    Scheme scheme = RankedExample.scheme();
    Results results = RankedExample.results();
    try (XSSFWorkbook wb = write(scheme, results)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly("综合奖-县区", "实绩单项奖-县区、部门", "进步奖-县区", "等次-县区", "等次-部门", "各项得分", "说明");

      Sheet awards = wb.getSheet("综合奖-县区");
      assertThat(texts(awards.getRow(0))).containsExactly("综合奖〔五(一)〕：县区，期间 2024");
      Row header = headerRow(awards, "名次");
      assertThat(texts(header)).containsExactly("名次", "单位编号", "单位", "得分", "奖项", "一票否决", "备注");
      PaneInformation pane = awards.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(header.getRowNum() + 1);
      assertThat((int) pane.getVerticalSplitPosition()).isEqualTo(3);

      RankingResult ranking = (RankingResult) results.standings().outcomes().get(0);
      RankedGroup county = ranking.rankedGroups().get(0);
      List<List<String>> expected = new ArrayList<>();
      for (Placing p : county.placings()) {
        expected.add(
            List.of(
                p.rank().map(r -> "#" + (double) r).orElse(""),
                p.unitId(),
                "#" + p.value().toBigDecimal().doubleValue()));
      }
      List<List<String>> rows = new ArrayList<>();
      for (int r = header.getRowNum() + 1; r <= awards.getLastRowNum(); r++) {
        List<String> row = texts(awards.getRow(r));
        rows.add(List.of(row.get(0), row.get(1), row.get(3)));
      }
      assertThat(rows).isEqualTo(expected);
      // d set off the leak veto: its title and clause, and the disqualification in words
      Row d = awards.getRow(header.getRowNum() + 1 + indexOf(county, "d"));
      assertThat(d.getCell(5).getStringCellValue()).isEqualTo("发生失泄密事件的，一票否决〔四〕");
      assertThat(d.getCell(6).getStringCellValue()).startsWith("一票否决，取消评优资格，主要负责人不得评优");
      // every tie at a cut is said above the table, in Chinese, and noted on the tied units
      if (!county.cutTies().isEmpty()) {
        assertThat(texts(awards.getRow(1)).get(0)).contains("并列");
      }
      for (int c = 0; c < header.getLastCellNum(); c++) {
        assertThat(awards.getColumnWidth(c)).isGreaterThanOrEqualTo(8 * 256);
      }
    }
  }

  private static int indexOf(RankedGroup g, String unit) {
    for (int i = 0; i < g.placings().size(); i++) {
      if (g.placings().get(i).unitId().equals(unit)) {
        return i;
      }
    }
    throw new AssertionError(unit);
  }

  @Test
  void tiesAtACutAreNotedOnTheTiedUnitsInTheSchemesLanguage() throws IOException {
    Results results = RankedExample.results();
    RankingResult work = (RankingResult) results.standings().outcomes().get(1);
    RankedGroup g = work.rankedGroups().get(0);
    assertThat(g.cutTies()).isNotEmpty();
    try (XSSFWorkbook wb = write(RankedExample.scheme(), results)) {
      Sheet sheet = wb.getSheet("实绩单项奖-县区、部门");
      String tie =
          g.cutTies().get(0).describe(io.github.kaoping.scoring.standings.Language.CHINESE);
      List<String> above = new ArrayList<>();
      Row header = headerRow(sheet, "名次");
      for (int r = 1; r < header.getRowNum(); r++) {
        above.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(above).contains(tie);
      // dense ranks: a position column, and the group of each unit ranked across groups
      assertThat(texts(header))
          .containsExactly("名次", "位次", "单位编号", "单位", "组别", "工作实绩", "总分", "奖项", "一票否决", "备注");
      String tied = g.cutTies().get(0).unitIds().get(0);
      for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row.getCell(2).getStringCellValue().equals(tied)) {
          assertThat(row.getCell(9).getStringCellValue()).contains("同分并列");
        }
      }
    }
  }

  @Test
  void everyUnitsPointsPerNodeAreNumbersUnderTitlesClausesAndIds() throws IOException {
    Scheme scheme = RankedExample.scheme();
    Results results = RankedExample.results();
    try (XSSFWorkbook wb = write(scheme, results)) {
      Sheet nodes = wb.getSheet("各项得分");
      assertThat(texts(nodes.getRow(0)))
          .containsExactly("单位编号", "单位", "组别", "总分", "名次演示办法", "工作实绩", "群众评议");
      assertThat(texts(nodes.getRow(1)))
          .containsExactly("", "", "", "", "满分100", "〔三(一)〕满分60", "〔三(二)〕满分40");
      assertThat(texts(nodes.getRow(2)))
          .containsExactly("unit", "name", "group", "total", "ranked-demo", "s1", "s2");
      assertThat(nodes.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(nodes.getLastRowNum()).isEqualTo(2 + results.units().size());
      for (int i = 0; i < results.units().size(); i++) {
        UnitResult u = results.units().get(i);
        Row row = nodes.getRow(3 + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(u.unitId());
        assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
            .isEqualByComparingTo(u.total().toBigDecimal());
        for (int n = 0; n < u.nodes().size(); n++) {
          assertThat(BigDecimal.valueOf(row.getCell(4 + n).getNumericCellValue()))
              .isEqualByComparingTo(u.nodes().get(n).points().toBigDecimal());
        }
      }
      Sheet about = wb.getSheet("说明");
      List<String> lines = new ArrayList<>();
      about.forEach(r -> lines.add(String.join(" ", texts(r))));
      assertThat(lines)
          .contains("考评办法编号 ranked-demo", "s1   工作实绩〔三(一)〕，满分60")
          .anySatisfy(l -> assertThat(l).startsWith("未评定 等级评定"));
    }
  }

  @Test
  void pointsAreShownWithTheSchemesDecimals() throws IOException {
    Scheme scheme = io.github.kaoping.scoring.schemes.Regulation.JISHUI_2014.scheme();
    Calculator calc = Calculator.of(scheme);
    Results results =
        Results.score(calc, WorkbookRoundTripTest.FACTS.resolve("jishui-2014-2014.yaml"), null);
    assertThat(scheme.rounding()).isPresent();
    String format = "0." + "0".repeat(scheme.rounding().get().scale());
    try (XSSFWorkbook wb = write(scheme, results)) {
      Sheet nodes = wb.getSheet("各项得分");
      Cell total = nodes.getRow(3).getCell(3);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo(format);
    }
  }

  @Test
  void textFromTheSchemeOrFactsIsNeverAFormula() throws IOException {
    String attack = "=HYPERLINK(\"http://evil.example/\",\"点击查看\")";
    Scheme demo = RankedExample.scheme();
    UnitGroup county = demo.groups().get(0);
    List<Unit> units = new ArrayList<>();
    for (Unit u : county.units()) {
      units.add(new Unit(u.id(), u.id().equals("a") ? attack : "+" + u.name()));
    }
    Scheme scheme =
        Scheme.builder()
            .from(demo)
            .groups(
                List.of(
                    new UnitGroup(
                        county.id(),
                        "@" + county.title(),
                        county.clause(),
                        units,
                        Optional.empty()),
                    demo.groups().get(1)))
            .build();
    Calculator calc = Calculator.of(scheme);
    List<ScoreCard> cards = new ArrayList<>();
    for (UnitFacts f : RankedExample.facts()) {
      cards.add(calc.score(f));
    }
    Results results = Results.of(scheme, cards, List.of());
    try (XSSFWorkbook wb = write(scheme, results)) {
      int strings = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(attack)) {
              strings++;
            }
          }
        }
      }
      assertThat(strings).isGreaterThanOrEqualTo(2); // a ranking and the node points
      assertThat(wb.getSheetName(0)).startsWith("综合奖-@县区");
    }
  }

  @Test
  void aWorkbookIsWrittenToAnXlsxFileOrAStreamNeverAsText() {
    Scheme scheme = RankedExample.scheme();
    Results results = RankedExample.results();
    assertThatThrownBy(
            () -> ResultFiles.write(new StringWriter(), ResultFormat.XLSX, scheme, results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a workbook is not text");
    assertThatThrownBy(
            () -> ResultFiles.write(tmp.resolve("r.csv"), ResultFormat.XLSX, scheme, results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a workbook is written to a file named .xlsx");
    assertThatThrownBy(
            () -> ResultFiles.write(tmp.resolve("r.xlsx"), ResultFormat.JSON, scheme, results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is written as a workbook");
    assertThat(tmp.resolve("r.xlsx")).doesNotExist();
    assertThat(ResultFiles.formatOf(Path.of("a.XLSX"))).isEqualTo(ResultFormat.XLSX);
    assertThat(ResultFiles.formatOf(Path.of("a.txt"))).isEqualTo(ResultFormat.TABLE);
  }

  /** Used by the outcome checks: the ranking outcomes of results. */
  static List<RankingResult> rankings(Results results) {
    List<RankingResult> out = new ArrayList<>();
    for (OutcomeResult o : results.standings().outcomes()) {
      if (o instanceof RankingResult r) {
        out.add(r);
      }
    }
    return out;
  }
}
