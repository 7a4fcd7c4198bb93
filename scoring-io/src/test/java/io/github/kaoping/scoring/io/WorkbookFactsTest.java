package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled workbook read as facts: every problem by sheet, cell and node, all at once; formulas,
 * dates, merged cells, empty rows and the office's own sheets and columns as docs/format.md says.
 * The workbooks are the template of {@link Everything}'s scheme (every rule shape), filled in with
 * Apache POI as a clerk's spreadsheet program would.
 */
class WorkbookFactsTest {

  static final Scheme SCHEME = Everything.scheme();
  static final Calculator CALC = Calculator.of(SCHEME);
  static final String G1 = "第一序列";
  static final String EVENTS = "扣分加分事项";

  @TempDir Path tmp;

  interface Typing {
    void type(Clerk clerk) throws Exception;
  }

  /**
   * The template with unit u1's facts typed in, the rows of u2 and u3 deleted, then more typing.
   */
  Path workbook(Typing more) throws Exception {
    Path template = tmp.resolve("template.xlsx");
    FactsFiles.template(template, SCHEME, Optional.of("2025"));
    Path filled = tmp.resolve("filled.xlsx");
    try (Clerk clerk = Clerk.open(template)) {
      Sheet g1 = clerk.sheet("group:g1");
      WorkbookRoundTripTest.fill(clerk, SCHEME, Everything.facts());
      g1.removeRow(clerk.unitRow(g1, "u2"));
      g1.removeRow(clerk.unitRow(g1, "u3"));
      more.type(clerk);
      clerk.save(filled);
    }
    return filled;
  }

  static List<FileProblem> problems(Path file) throws IOException {
    try {
      FactsFiles.read(file, CALC);
      return List.of();
    } catch (InvalidFileException e) {
      return e.problems();
    }
  }

  /**
   * Everything's facts for u1 as a workbook holds them: no provenance on a cell's fact, a measured
   * value in the unit its column asks for.
   */
  static List<Fact> inCells(UnitFacts u) {
    FactColumns columns = new FactColumns(Everything.scheme());
    List<Fact> out = new ArrayList<>();
    for (Fact f : u.facts()) {
      if (f instanceof Check c) {
        out.add(new Check(c.nodeId(), c.key(), c.met(), Optional.empty()));
      } else if (f instanceof Measurement m) {
        // a spreadsheet keeps a number, not how it was written: 92.50 reads back as 92.5
        BigDecimal v = m.value().stripTrailingZeros();
        FactColumns.Column column = columns.byKey(m.nodeId());
        String unit = column == null ? "" : column.unit();
        out.add(
            new Measurement(
                m.nodeId(),
                v.scale() < 0 ? v.setScale(0) : v,
                unit.isBlank() ? Optional.empty() : Optional.of(unit),
                Optional.empty()));
      } else if (f instanceof RaterScores r) {
        out.add(new RaterScores(r.nodeId(), r.scores(), Optional.empty()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void aFilledWorkbookReadsAsTheFactsTypedIn() throws Exception {
    List<UnitFacts> units = FactsFiles.read(workbook(c -> {}), CALC);
    assertThat(units).hasSize(1);
    UnitFacts u1 = units.get(0);
    assertThat(u1.unitId()).isEqualTo("u1");
    assertThat(u1.group()).isEqualTo("g1");
    assertThat(u1.period()).contains("2025");
    assertThat(u1.facts()).containsExactlyInAnyOrderElementsOf(inCells(Everything.facts()));
    assertThat(CALC.score(u1).total()).isEqualTo(CALC.score(Everything.facts()).total());
  }

  @Test
  void everyProblemIsNamedBySheetCellAndNodeAllAtOnce() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row u1 = clerk.unitRow(g1, "u1");
              clerk.type(g1, u1, "a4", "对");
              clerk.type(g1, u1, "b2", "十三");
              clerk.type(g1, u1, "a3", "全部");
              clerk.type(g1, u1, "b4", LocalDate.of(2025, 3, 1));
              clerk.type(g1, u1, "c1#2", true);
              Sheet events = clerk.sheet("occurrences");
              Row bad = clerk.newRow(events);
              clerk.type(events, bad, "unit", "u1");
              clerk.type(events, bad, "node", "a1");
              clerk.type(events, bad, "kind", "差错");
              clerk.type(events, bad, "count", "两次");
              Row stranger = clerk.newRow(events);
              clerk.type(events, stranger, "unit", "u9");
              clerk.type(events, stranger, "node", "e");
            });
    String f = file + ": ";
    assertThat(problems(file))
        .extracting(FileProblem::toString)
        .containsExactly(
            f
                + EVENTS
                + "!G14 (unit u1.occurrence.count): expected a whole number such as 3,"
                + " found text '两次'",
            f + G1 + "!I5 (a3): expected one of the levels 全面建立, 部分建立, 没建立, found '全部'",
            f + G1 + "!J5 (a4): expected 是 or 否, found '对'",
            f + G1 + "!L5 (b2): expected a measured value, such as 96.5, found '十三'",
            f
                + G1
                + "!N5 (b4): expected a count of occurrences, such as 2, found the date"
                + " 2025-03-01",
            f + G1 + "!P5 (c1#2): expected a rater's score, such as 88.5, found the boolean true",
            f
                + EVENTS
                + "!C15 (unit u9): no unit sheet has a row for unit 'u9'; add the unit to its"
                + " group's sheet");
    assertThatThrownBy(() -> Results.score(CALC, file, null))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining("(7 problems)");
  }

  @Test
  void theSchemesProblemsAreAtTheCellOfTheFactOrOfTheMissingFact() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row u1 = clerk.unitRow(g1, "u1");
              u1.removeCell(u1.getCell(clerk.column(g1, "a2:e2")));
              clerk.type(g1, u1, "b2", -1);
            });
    assertThat(problems(file))
        .extracting(p -> p.sheet() + "!" + Xlsx.cell(p.line(), p.column()) + " " + p.message())
        .containsExactly(
            G1 + "!L5 a measured quantity cannot be negative, was -1",
            G1 + "!G5 no fact for a2: expected a check of element 'e2' (保密制度)");
  }

  @Test
  void formulasAreReadByTheirStoredResultAndAFormulaWithoutOneOrWithAnErrorIsAProblem()
      throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row u1 = clerk.unitRow(g1, "u1");
              Cell b2 = clerk.type(g1, u1, "b2", 0);
              b2.setCellFormula("0.1+0.2");
              Cell c3 = clerk.type(g1, u1, "c3", 0);
              c3.setCellFormula("3/2");
              clerk.wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    UnitFacts read = FactsFiles.read(file, CALC).get(0);
    assertThat(read.facts())
        .contains(
            Measurement.of("b2", "0.3").in("篇"), // stored as 0.30000000000000004, read to 15 digits
            Assessment.of("c3", "1.5"));

    Path broken =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row u1 = clerk.unitRow(g1, "u1");
              clerk.type(g1, u1, "b2", 0).setCellFormula("1/0");
              clerk.wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
              // typed, never calculated
              u1.createCell(clerk.column(g1, "c3")).setCellFormula("SUM(1,2)");
            });
    assertThat(problems(broken))
        .extracting(FileProblem::message)
        .containsExactly(
            "the cell's formula gives the error #DIV/0!, not a value",
            "the cell's formula has no stored result: recalculate and save the workbook in a"
                + " spreadsheet program, or type the value");
  }

  @Test
  void datesAreReadAsDatesWhetherTypedAsDatesOrAsText() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet events = clerk.sheet("occurrences");
              Row a = clerk.newRow(events);
              clerk.type(events, a, "unit", "u1");
              clerk.type(events, a, "node", "e");
              clerk.type(events, a, "id", "d1");
              clerk.type(events, a, "provenance.office", "督查科");
              clerk.type(events, a, "provenance.recordedOn", LocalDate.of(2025, 2, 28));
              Row b = clerk.newRow(events);
              clerk.type(events, b, "unit", "u1");
              clerk.type(events, b, "node", "e");
              clerk.type(events, b, "id", "d2");
              clerk.type(events, b, "provenance.office", "督查科");
              clerk.type(events, b, "provenance.recordedOn", "2025-03-01");
            });
    UnitFacts u1 = FactsFiles.read(file, CALC).get(0);
    assertThat(u1.facts())
        .filteredOn(f -> f instanceof Occurrence o && o.id().startsWith("d"))
        .extracting(f -> f.provenance().flatMap(Provenance::recordedOn).orElseThrow())
        .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1));
  }

  @Test
  void mergedCellsInTheDataAreRefusedWithTheirRange() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row u2 = clerk.unitRow(g1, "u2");
              clerk.type(g1, u2, "a4", "是");
              int b4 = clerk.column(g1, "b4");
              g1.addMergedRegion(new CellRangeAddress(4, u2.getRowNum(), b4, b4));
            });
    assertThat(problems(file))
        .extracting(FileProblem::toString)
        .contains(
            file
                + ": "
                + G1
                + "!N5: the cells N5:N6 are merged; a merged range holds one value for one row:"
                + " unmerge it and fill in each cell");
  }

  @Test
  void emptyRowsAndTheOfficesOwnSheetsAndColumnsAreNotRead() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              int last = g1.getRow(WorkbookLayout.KEY_ROW - 1).getLastCellNum();
              g1.getRow(WorkbookLayout.HEAD_ROW - 1).createCell(last).setCellValue("备注");
              clerk.unitRow(g1, "u1").createCell(last).setCellValue("材料已核");
              Row spaced = g1.createRow(12); // empty rows between the units
              spaced.createCell(0).setCellValue("u3");
              spaced.createCell(2).setCellValue("2025");
              spaced.createCell(1).setCellValue("单位三");
              Row nameOnly = g1.createRow(9);
              nameOnly.createCell(1).setCellValue("只有名称的行");
              Sheet own = clerk.wb.createSheet("汇总");
              own.createRow(0).createCell(0).setCellValue("汇总表");
              own.createRow(4).createCell(0).setCellValue("不是单位");
              clerk.wb.createSheet("空表");
            });
    List<UnitFacts> units = new ArrayList<>();
    try (FactsReader r = new FactsReader(reader(file), null)) {
      while (r.hasNext()) {
        units.add(r.next());
      }
    }
    assertThat(units).extracting(UnitFacts::unitId).containsExactly("u1", "u3");
    assertThat(units.get(1).facts()).isEmpty();
  }

  private WorkbookUnits reader(Path file) {
    return new WorkbookUnits(file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, SCHEME);
  }

  @Test
  void aFactSheetRowWithoutAnIdIsNamedByItsCellAndWithoutAPeriodGoesToItsUnitsPeriod()
      throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet events = clerk.sheet("occurrences");
              Row r = clerk.newRow(events);
              clerk.type(events, r, "unit", "u1");
              clerk.type(events, r, "node", "e 效能扣分");
              clerk.type(events, r, "note", "无编号");
            });
    UnitFacts u1 = FactsFiles.read(file, CALC).get(0);
    assertThat(u1.facts()).contains(Occurrence.of(EVENTS + "!D14", "e").note("无编号").build());
  }

  @Test
  void keysTheSchemeDoesNotKnowAreProblemsAtTheirCells() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              g1.getRow(WorkbookLayout.KEY_ROW - 1)
                  .getCell(clerk.column(g1, "b2"))
                  .setCellValue("b9");
              Sheet g2 = clerk.sheet("group:g2");
              g2.getRow(WorkbookLayout.KEY_ROW - 1)
                  .getCell(clerk.column(g2, "e"))
                  .setCellValue("f");
            });
    assertThat(problems(file))
        .extracting(p -> p.sheet() + "!" + Xlsx.cell(p.line(), p.column()) + " " + p.message())
        .containsExactly(
            G1
                + "!L4 unknown key 'b9': a key names an item of the scheme (s1.2), a checklist"
                + " element or prerequisite (s1.2:e1), a rater (s1.2#3), or unit or period; leave"
                + " it empty in a column of your own",
            "第二序列!AA4 the item does not apply to the group g2 (第二序列)",
            G1 + "!A5 no fact for b2: expected a measurement"); // its column has gone
  }

  @Test
  void aRowWithFactsButNoUnitIdIsAProblem() throws Exception {
    Path file =
        workbook(
            clerk -> {
              Sheet g1 = clerk.sheet("group:g1");
              Row r = g1.createRow(10);
              r.createCell(clerk.column(g1, "c3")).setCellValue(2);
            });
    assertThat(problems(file))
        .extracting(FileProblem::toString)
        .containsExactly(file + ": " + G1 + "!A11 (row 11): the unit id is empty");
  }

  @Test
  void aFactOfAUnitsRowWithProvenanceCannotBeWrittenInAWorkbook() {
    assertThatThrownBy(
            () -> FactsFiles.write(tmp.resolve("x.xlsx"), SCHEME, List.of(Everything.facts())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit u1: 'e1' met on a2 cannot be written in a workbook: a cell holds no"
                + " provenance; give it in YAML or JSON");
  }

  @Test
  void factsWrittenAsAWorkbookReadBackEqual() throws Exception {
    UnitFacts u1 =
        UnitFacts.of("u1", "g1").period("2025").addAllFacts(inCells(Everything.facts())).build();
    UnitFacts u4 =
        UnitFacts.of("u4", "g2")
            .addFacts(
                Occurrence.of("x", "e").count(2).build(),
                Assessment.of("c3", "0.5"),
                new VetoEvent("v", "v1", Optional.of("=HYPERLINK(\"x\")"), Optional.empty()))
            .build();
    Path file = tmp.resolve("facts.xlsx");
    FactsFiles.write(file, SCHEME, List.of(u1, u4));
    List<UnitFacts> read = new ArrayList<>();
    try (FactsReader r = new FactsReader(reader(file), null)) {
      while (r.hasNext()) {
        read.add(r.next());
      }
    }
    assertThat(read).hasSize(2);
    assertThat(read.get(0).facts()).containsExactlyInAnyOrderElementsOf(u1.facts());
    assertThat(read.get(1).facts()).containsExactlyInAnyOrderElementsOf(u4.facts());
    assertThat(read.get(1).period()).isEmpty();
  }
}
