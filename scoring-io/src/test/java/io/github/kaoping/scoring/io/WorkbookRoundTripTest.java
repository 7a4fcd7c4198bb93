package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel round trip an office makes: a template generated from the scheme, filled in by a clerk
 * (here with Apache POI, typing each fact of the bundled YAML facts where a clerk would, and one
 * mistake), refused with the mistake's cell, corrected, and scored to the same totals as the YAML;
 * the results written as a workbook, which LibreOffice opens and reads back with the totals and
 * ranks of the JSON results (skipped, saying why, where LibreOffice is not installed).
 */
class WorkbookRoundTripTest {

  static final Path FACTS = Path.of("..", "examples", "facts");

  @TempDir Path tmp;

  @Test
  void
      yueyang_aTemplateFilledInByAClerkScoresAsTheYamlAndLibreOfficeReadsTheResultsWorkbookAsTheJson()
          throws Exception {
    Regulation r = Regulation.YUEYANG_2007;
    Path yaml = FACTS.resolve("yueyang-2007-2024.yaml");
    roundTrip(r, yaml, "s1.1:plan", "对", "expected 是 or 否, found '对'");
  }

  @Test
  void
      jishui_aTemplateFilledInByAClerkScoresAsTheYamlAndLibreOfficeReadsTheResultsWorkbookAsTheJson()
          throws Exception {
    Regulation r = Regulation.JISHUI_2014;
    Path yaml = FACTS.resolve("jishui-2014-2014.yaml");
    roundTrip(
        r, yaml, "common.13.b", "三次", "expected a count of occurrences, such as 2, found '三次'");
  }

  /**
   * Fills a template with the YAML facts and a mistake in the first unit's column {@code key};
   * checks the mistake is the one problem, named by sheet, cell and node; corrects it; scores.
   */
  private void roundTrip(Regulation r, Path yaml, String key, String wrong, String message)
      throws Exception {
    Scheme scheme = r.scheme();
    Calculator calc = Calculator.of(scheme);
    List<UnitFacts> units = FactsFiles.read(yaml, calc);
    Path template = tmp.resolve(r.id() + ".xlsx");
    FactsFiles.template(template, scheme, Optional.of("2024"));

    Path filled = tmp.resolve(r.id() + "-filled.xlsx");
    String mistake;
    try (Clerk clerk = Clerk.open(template)) {
      for (UnitFacts u : units) {
        fill(clerk, scheme, u);
      }
      UnitFacts first = units.get(0);
      Sheet sheet = clerk.sheet(WorkbookLayout.GROUP + first.group());
      Row row = clerk.unitRow(sheet, first.unitId());
      Cell cell = row.getCell(clerk.column(sheet, key), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
      String right = cell.toString();
      clerk.type(sheet, row, key, wrong);
      mistake =
          filled
              + ": "
              + Xlsx.reference(sheet.getSheetName(), row.getRowNum() + 1, cell.getColumnIndex() + 1)
              + " ("
              + key
              + "): "
              + message;
      clerk.save(filled);

      assertThatThrownBy(() -> Results.score(calc, filled, null))
          .isInstanceOfSatisfying(
              InvalidFileException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(FileProblem::toString)
                      .containsExactly(mistake));

      if (right.isEmpty()) {
        row.removeCell(cell);
      } else {
        clerk.type(sheet, row, key, r == Regulation.YUEYANG_2007 ? right : Integer.valueOf(right));
      }
      clerk.save(filled);
    }
    Results scored = Results.score(calc, filled, null);
    assertThat(totals(scored)).isEqualTo(totals(Results.score(calc, yaml, null)));

    // the results, as JSON and as a workbook, which LibreOffice opens and reads as the JSON says
    Path json = tmp.resolve(r.id() + "-results.json");
    Path results = tmp.resolve(r.id() + "-results.xlsx");
    ResultFiles.write(json, scheme, scored);
    ResultFiles.write(results, scheme, scored);
    Results expected = ResultFiles.read(json);
    List<Path> sheets = LibreOffice.convert(results, EVERY_SHEET_AS_CSV, tmp.resolve("lo"));
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    List<List<String>> ranks = new ArrayList<>();
    for (Path sheet : sheets) {
      List<List<String>> rows = csv(sheet);
      if (sheet.getFileName().toString().endsWith("各项得分.csv")) {
        assertThat(rows.get(2)).startsWith("unit", "name", "group", "total");
        for (List<String> row : rows.subList(3, rows.size())) {
          totals.put(row.get(0), new BigDecimal(row.get(3)));
        }
      }
      int header = 0;
      while (header < rows.size() && !rows.get(header).get(0).equals("名次")) {
        header++;
      }
      if (header < rows.size()) {
        int unit = rows.get(header).indexOf("单位编号");
        List<String> placed = new ArrayList<>();
        for (List<String> row : rows.subList(header + 1, rows.size())) {
          placed.add(row.get(unit) + ":" + row.get(0));
        }
        ranks.add(placed);
      }
    }
    Map<String, BigDecimal> expectedTotals = new LinkedHashMap<>();
    expected.units().forEach(u -> expectedTotals.put(u.unitId(), u.total().toBigDecimal()));
    assertThat(totals).hasSameSizeAs(expectedTotals);
    expectedTotals.forEach(
        (unit, total) -> assertThat(totals.get(unit)).as(unit).isEqualByComparingTo(total));
    List<List<String>> expectedRanks = new ArrayList<>();
    for (OutcomeResult o : expected.standings().outcomes()) {
      List<RankedGroup> groups =
          o instanceof RankingResult rr
              ? rr.rankedGroups()
              : o instanceof ImprovementResult i ? i.rankedGroups() : List.of();
      for (RankedGroup g : groups) {
        List<String> placed = new ArrayList<>();
        g.placings()
            .forEach(p -> placed.add(p.unitId() + ":" + p.rank().map(String::valueOf).orElse("")));
        expectedRanks.add(placed);
      }
    }
    assertThat(expectedRanks).isNotEmpty();
    assertThat(ranks).containsExactlyInAnyOrderElementsOf(expectedRanks);
  }

  /** LibreOffice's filter that writes every sheet to a CSV file of its own, as shown, in UTF-8. */
  static final String EVERY_SHEET_AS_CSV =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  static List<List<String>> csv(Path file) throws java.io.IOException {
    List<List<String>> rows = new ArrayList<>();
    try (var it =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .<List<String>>readValues(
                java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8))) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  static Map<String, String> totals(Results results) {
    Map<String, String> out = new LinkedHashMap<>();
    results.units().forEach(u -> out.put(u.unitId(), u.total() + " " + u.vetoes().size()));
    return out;
  }

  /** Types one unit's facts where a clerk would: its row, or a row of a fact sheet. */
  static void fill(Clerk clerk, Scheme scheme, UnitFacts u) {
    Sheet sheet = clerk.sheet(WorkbookLayout.GROUP + u.group());
    Row row = clerk.unitRow(sheet, u.unitId());
    u.period().ifPresent(p -> clerk.type(sheet, row, WorkbookLayout.PERIOD, p));
    FactColumns nodes = new FactColumns(scheme);
    for (Fact f : u.facts()) {
      if (f instanceof Occurrence o) {
        Sheet s = clerk.sheet("occurrences");
        Row r = factRow(clerk, s, scheme, u);
        Node node = nodes.node(o.nodeId());
        clerk.type(s, r, "node", o.nodeId() + " " + (node == null ? "" : node.title()));
        clerk.type(s, r, "id", o.id());
        o.kind().ifPresent(k -> clerk.type(s, r, "kind", k));
        o.level().ifPresent(l -> clerk.type(s, r, "level", l));
        if (o.count() != 1) {
          clerk.type(s, r, "count", o.count());
        }
        o.points().ifPresent(p -> clerk.type(s, r, "points", p.toBigDecimal()));
        o.amount().ifPresent(a -> clerk.type(s, r, "amount", a));
        o.matter().ifPresent(m -> clerk.type(s, r, "matter", m));
        if (o.selfReported()) {
          clerk.type(s, r, "selfReported", "是");
        }
        o.joint()
            .ifPresent(
                j -> clerk.type(s, r, "joint", j == Occurrence.JointRole.LEAD ? "主办" : "联办"));
        o.share().ifPresent(x -> clerk.type(s, r, "share", x));
        o.note().ifPresent(n -> clerk.type(s, r, "note", n));
        provenance(clerk, s, r, o.provenance());
      } else if (f instanceof VetoEvent e) {
        Sheet s = clerk.sheet("vetoEvents");
        Row r = factRow(clerk, s, scheme, u);
        String title =
            scheme.vetoes().stream()
                .filter(v -> v.id().equals(e.vetoId()))
                .findFirst()
                .orElseThrow()
                .title();
        clerk.type(s, r, "veto", e.vetoId() + " " + title);
        clerk.type(s, r, "id", e.id());
        e.note().ifPresent(n -> clerk.type(s, r, "note", n));
        provenance(clerk, s, r, e.provenance());
      } else if (f instanceof NotApplicable na) {
        Sheet s = clerk.sheet("notApplicable");
        Row r = factRow(clerk, s, scheme, u);
        clerk.type(s, r, "node", na.nodeId());
        clerk.type(s, r, "reason", na.reason());
      } else if (f instanceof Measurement m) {
        clerk.type(sheet, row, m.nodeId(), m.value());
      } else if (f instanceof Assessment a) {
        clerk.type(sheet, row, a.nodeId(), a.points().toBigDecimal());
      } else if (f instanceof AssessedLevel l) {
        Node node = java.util.Objects.requireNonNull(nodes.node(l.nodeId()));
        Rule.Levels levels = (Rule.Levels) node.rule().orElseThrow();
        String label = WorkbookWriter.levelLabels(levels).get(l.level());
        clerk.type(sheet, row, l.nodeId(), label == null ? l.level() : label);
      } else if (f instanceof Check c) {
        String key = c.key().isEmpty() ? c.nodeId() : c.nodeId() + ":" + c.key();
        if (clerk.hasColumn(sheet, key)) {
          clerk.type(sheet, row, key, c.met() ? "是" : "否");
        } else { // an element of a checklist the scheme does not list: its name
          String before = clerk.text(sheet, row, c.nodeId());
          clerk.type(sheet, row, c.nodeId(), before.isEmpty() ? c.key() : before + "；" + c.key());
        }
      } else if (f instanceof RaterScores rs) {
        for (int i = 0; i < rs.scores().size(); i++) {
          clerk.type(sheet, row, rs.nodeId() + "#" + (i + 1), rs.scores().get(i));
        }
      } else {
        throw new AssertionError(f);
      }
    }
  }

  /** A new row of a fact sheet for the unit: its id as the drop-down offers it, and its period. */
  private static Row factRow(Clerk clerk, Sheet s, Scheme scheme, UnitFacts u) {
    Row r = clerk.newRow(s);
    String name =
        scheme.groups().stream()
            .flatMap(g -> g.units().stream())
            .filter(x -> x.id().equals(u.unitId()))
            .map(Unit::name)
            .findFirst()
            .orElse("");
    clerk.type(s, r, WorkbookLayout.UNIT, name.isEmpty() ? u.unitId() : u.unitId() + " " + name);
    u.period().ifPresent(p -> clerk.type(s, r, WorkbookLayout.PERIOD, p));
    return r;
  }

  private static void provenance(Clerk clerk, Sheet s, Row r, Optional<Provenance> provenance) {
    provenance.ifPresent(
        p -> {
          clerk.type(s, r, "provenance.office", p.office());
          p.recordedOn().ifPresent(d -> clerk.type(s, r, "provenance.recordedOn", d));
          if (!p.evidence().isEmpty()) {
            clerk.type(s, r, "provenance.evidence", String.join("；", p.evidence()));
          }
          p.note().ifPresent(n -> clerk.type(s, r, "provenance.note", n));
        });
  }
}
