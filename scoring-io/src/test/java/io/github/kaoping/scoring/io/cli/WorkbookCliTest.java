package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel commands in process: template, then validate and score of a workbook. */
class WorkbookCliTest {

  static final Path JISHUI_YAML = Path.of("..", "examples", "facts", "jishui-2014-2014.yaml");

  @TempDir Path tmp;

  @Test
  void templateHasHelpAndIsListed() {
    CliTest.Run help = CliTest.run("template", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .startsWith("Usage: scoring template")
        .contains("--scheme", "--out", "--period");
    assertThat(CliTest.run("--help").out()).contains("template");
  }

  @Test
  void templateWritesTheWorkbookOfAPackagedSchemeOrASchemeFile() throws IOException {
    Path out = tmp.resolve("吉水 2014.xlsx");
    CliTest.Run r =
        CliTest.run(
            "template", "--scheme", "jishui-2014", "--period", "2014", "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(out + ": template for jishui-2014 2014机关工作目标管理考评办法\n");
    assertThat(Files.size(out)).isGreaterThan(5_000);

    Path fromFile = tmp.resolve("office.xlsx");
    assertThat(
            CliTest.run("template", "--scheme", CliTest.SCHEME, "--out", fromFile.toString())
                .code())
        .isZero();
    assertThat(fromFile).exists();

    CliTest.Run csv =
        CliTest.run(
            "template", "--scheme", "jishui-2014", "--out", tmp.resolve("x.csv").toString());
    assertThat(csv.code()).isEqualTo(2);
    assertThat(csv.err()).contains("x.csv: a template is a workbook: give a file ending in .xlsx");
    assertThat(tmp.resolve("x.csv")).doesNotExist();
  }

  /** The jishui facts, as a workbook holds them: no provenance on a fact of a unit's row. */
  static List<UnitFacts> inCells(List<UnitFacts> units) {
    List<UnitFacts> out = new ArrayList<>();
    for (UnitFacts u : units) {
      List<Fact> facts = new ArrayList<>();
      for (Fact f : u.facts()) {
        if (f instanceof Check c) {
          facts.add(new Check(c.nodeId(), c.key(), c.met(), Optional.empty()));
        } else if (f instanceof Measurement m) {
          facts.add(new Measurement(m.nodeId(), m.value(), Optional.empty()));
        } else if (f instanceof Assessment a) {
          facts.add(new Assessment(a.nodeId(), a.points(), Optional.empty()));
        } else if (f instanceof AssessedLevel l) {
          facts.add(new AssessedLevel(l.nodeId(), l.level(), Optional.empty()));
        } else {
          facts.add(f);
        }
      }
      out.add(UnitFacts.builder().from(u).facts(facts).build());
    }
    return out;
  }

  @Test
  void scoreAndValidateReadAWorkbookAsTheyReadAnyFactsFile() throws IOException {
    Regulation jishui = Regulation.JISHUI_2014;
    List<UnitFacts> units = FactsFiles.read(JISHUI_YAML, Calculator.of(jishui.scheme()));
    Path workbook = tmp.resolve("jishui.xlsx");
    FactsFiles.write(workbook, jishui.scheme(), inCells(units));

    CliTest.Run fromYaml =
        CliTest.run("score", "--scheme", "jishui-2014", "--facts", JISHUI_YAML.toString());
    CliTest.Run fromXlsx =
        CliTest.run("score", "--scheme", "jishui-2014", "--facts", workbook.toString());
    assertThat(fromXlsx.code()).isZero();
    assertThat(fromXlsx.out()).isEqualTo(fromYaml.out());
    assertThat(fromXlsx.err()).isEqualTo(fromYaml.err());

    CliTest.Run valid = CliTest.run("validate", workbook.toString(), "--scheme", "jishui-2014");
    assertThat(valid.code()).isZero();
    assertThat(valid.out())
        .isEqualTo(workbook + ": valid facts of 14 units, checked against scheme jishui-2014\n");
    CliTest.Run noScheme = CliTest.run("validate", workbook.toString());
    assertThat(noScheme.code()).isEqualTo(2);
    assertThat(noScheme.err()).contains("a workbook is checked with --scheme ID|FILE");
  }

  @Test
  void theReadmesExcelCommandsRunAsWritten() throws IOException {
    List<String> blocks =
        ReadmeCommandsTest.blocks(ReadmeCommandsTest.readme()).stream()
            .filter(b -> b.startsWith(ReadmeCommandsTest.JAR + "template"))
            .toList();
    assertThat(blocks).hasSize(1);
    List<String> lines = blocks.get(0).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("--format xlsx --out jishui-2014-results.xlsx");
    Path workbook = tmp.resolve("jishui-2014.xlsx");
    Path results = tmp.resolve("jishui-2014-results.xlsx");
    List<CliTest.Run> runs = new ArrayList<>();
    for (String line : lines) {
      if (runs.size() == 1) { // the office fills the workbook in
        List<UnitFacts> units =
            FactsFiles.read(JISHUI_YAML, Calculator.of(Regulation.JISHUI_2014.scheme()));
        FactsFiles.write(workbook, Regulation.JISHUI_2014.scheme(), inCells(units));
      }
      runs.add(
          ReadmeCommandsTest.runFromRoot(
              line.replace("jishui-2014-results.xlsx", results.toString())
                  .replace("jishui-2014.xlsx", workbook.toString())));
    }
    assertThat(runs).allSatisfy(r -> assertThat(r.code()).as(r.err()).isZero());
    assertThat(runs.get(1).out())
        .isEqualTo(
            CliTest.run("score", "--scheme", "jishui-2014", "--facts", JISHUI_YAML.toString())
                .out());
    assertThat(runs.get(2).out()).isEmpty();
    try (java.io.InputStream in = Files.newInputStream(results);
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      assertThat(wb.getSheet("各项得分")).isNotNull();
      assertThat(wb.getSheet("说明")).isNotNull();
    }
  }

  @Test
  void aResultsWorkbookIsChosenByItsExtensionAndNeedsAFile() throws IOException {
    Path facts = tmp.resolve("facts.xlsx");
    List<UnitFacts> units =
        FactsFiles.read(JISHUI_YAML, Calculator.of(Regulation.JISHUI_2014.scheme()));
    FactsFiles.write(facts, Regulation.JISHUI_2014.scheme(), inCells(units));
    Path out = tmp.resolve("结果.xlsx");
    CliTest.Run byName =
        CliTest.run(
            "score",
            "--scheme",
            "jishui-2014",
            "--facts",
            facts.toString(),
            "--out",
            out.toString());
    assertThat(byName.code()).as(byName.err()).isZero();
    assertThat(Files.readAllBytes(out)).startsWith((byte) 'P', (byte) 'K');

    CliTest.Run noFile =
        CliTest.run(
            "score", "--scheme", "jishui-2014", "--facts", facts.toString(), "--format", "xlsx");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("--format xlsx writes a workbook: give --out FILE.xlsx");

    Path csv = tmp.resolve("r.xlsx");
    CliTest.Run wrong =
        CliTest.run(
            "score",
            "--scheme",
            "jishui-2014",
            "--facts",
            facts.toString(),
            "--format",
            "csv",
            "--out",
            csv.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("is a workbook: give --format xlsx");
    assertThat(csv).doesNotExist();
  }

  @Test
  void aWorkbookWithProblemsExitsTwoListingThemByCellAndWritesNothing() throws IOException {
    Path template = tmp.resolve("blank.xlsx");
    assertThat(
            CliTest.run("template", "--scheme", "yueyang-2007", "--out", template.toString())
                .code())
        .isZero();
    Path out = tmp.resolve("results.json");
    CliTest.Run r =
        CliTest.run(
            "score",
            "--scheme",
            "yueyang-2007",
            "--facts",
            template.toString(),
            "--out",
            out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            template
                + ": '各县、市、区人民政府办公室'!D5 (unit pingjiang/yueyang-2007/s1/s1.1): no fact for s1.1:"
                + " expected a check of element 'plan' (年初制订工作规划，目标明确，思路清晰，措施有力)")
        .contains(
            template
                + ": '各县、市、区人民政府办公室'!E5 (unit pingjiang/yueyang-2007/s1/s1.1): no fact for s1.1:"
                + " expected a check of element 'summary' (年终总结全面，实事求是，报送及时)")
        .contains("problems; nothing written");
    assertThat(out).doesNotExist();
    CliTest.Run missing =
        CliTest.run(
            "score", "--scheme", "yueyang-2007", "--facts", tmp.resolve("none.xlsx").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.xlsx: no such file");
  }
}
