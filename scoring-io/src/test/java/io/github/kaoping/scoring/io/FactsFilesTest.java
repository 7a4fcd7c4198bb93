package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FactsFilesTest {

  @TempDir Path tmp;

  private static final Calculator EXAMPLE = Calculator.of(Examples.scheme());

  private static List<UnitFacts> read(String text, FileFormat format, @Nullable Calculator calc)
      throws IOException {
    try (FactsReader r = FactsFiles.open(new StringReader(text), format, "f", calc)) {
      return FactsFiles.readAll(r, "f");
    }
  }

  private static List<FileProblem> problems(
      String text, FileFormat format, @Nullable Calculator calc) {
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> read(text, format, calc));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  private static Map<String, List<Points>> points(List<UnitFacts> units) {
    return units.stream()
        .map(EXAMPLE::score)
        .collect(
            Collectors.toMap(
                ScoreCard::unitId, c -> c.nodes().stream().map(NodeScore::points).toList()));
  }

  @Test
  void theYamlAndCsvExamplesGiveTheSamePointsForEveryNode() throws IOException {
    List<UnitFacts> yaml = FactsFiles.read(Examples.FACTS_YAML, EXAMPLE);
    List<UnitFacts> csv = FactsFiles.read(Examples.FACTS_CSV, EXAMPLE);
    assertThat(yaml).hasSize(6);
    assertThat(points(yaml)).isEqualTo(points(csv));
    ScoreCard dongcheng = EXAMPLE.score(csv.get(0));
    assertThat(dongcheng.total()).isEqualTo(Points.parse("94.5"));
    assertThat(dongcheng.points("s4")).isEqualTo(Points.of(2)); // 120万元: 2 whole steps of 50
  }

  @Test
  void anOccurrenceRecordedTwiceIsPlacedOnBothItsLinesAndAnUnknownNodeSuggestsTheNearest() {
    String yaml =
        String.join(
            "\n",
            "scheme: example-office-2024",
            "units:",
            "  - unit: xicheng",
            "    group: county",
            "    facts:",
            "      - occurrence: {id: gw-1, node: s1.1}",
            "      - measurement: {node: s1.2, value: 91}",
            "      - measurement: {node: s2.1, value: 93}",
            "      - measurement: {node: s2.2, value: 48}",
            "      - assessment: {node: s3, points: 26}",
            "      - occurrence: {id: gw-1, node: s1.1, count: 2}",
            "      - occurrence: {id: gw-2, node: s1.l}",
            "");
    assertThat(problems(yaml, FileFormat.YAML, EXAMPLE))
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:12:9: unit xicheng/occurrence gw-2: names unknown node 's1.l'; did you mean s1.1 or"
                + " s1.2?",
            "f:6:9: unit xicheng/occurrence gw-1: occurrence gw-1 is recorded twice, on lines 6 and"
                + " 11; a fact counts once, so keep one");
  }

  @Test
  void aCsvCellIsACountAMeasuredValueAnAmountOrAssessedPointsByTheNodesRule() throws IOException {
    UnitFacts u = FactsFiles.read(Examples.FACTS_CSV, EXAMPLE).get(2); // nanhu
    assertThat(u.unitId()).isEqualTo("nanhu");
    assertThat(u.period()).contains("2024");
    assertThat(u.facts())
        .extracting(f -> f.label() + " on " + f.target())
        .containsExactly(
            "occurrence s1.1 on s1.1",
            "measured 97 % on s1.2",
            "measured 100 % on s2.1",
            "measured 66 篇 on s2.2",
            "assessed 28.5 on s3",
            "occurrence s4 on s4");
  }

  @Test
  void aCsvColumnForANodeThatNeedsTheFullFormatIsAnErrorNamingTheColumn() {
    Calculator calc = Calculator.of(Everything.scheme());
    List<FileProblem> p =
        problems("unit,group,a1,a2,a3,c1,a,zz,b1,b1\nu1,g1,1,,,,,,,\n", FileFormat.CSV, calc);
    assertThat(p)
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:1:3: column 'a1': node a1 counts occurrences of the kind '差错', which needs the"
                + " full format (YAML or JSON)",
            "f:1:4: column 'a2': node a2 has the prerequisite 'plan', whose check needs the full"
                + " format (YAML or JSON)",
            "f:1:5: column 'a3': node a3 is scored by assessed level, which needs the full format"
                + " (YAML or JSON)",
            "f:1:6: column 'c1': node c1 is scored by a panel, whose scores need the full format"
                + " (YAML or JSON)",
            "f:1:7: column 'a': node a names a section, not an item: give one column per item",
            "f:1:8: column 'zz': node zz is not a node of the scheme",
            "f:1:10: column 'b1': is named twice");
  }

  @Test
  void aCsvHeaderMayNameItsNodesUnitAndAnyOtherUnitIsAnErrorAtTheHeader() {
    assertThat(
            problems(
                "unit,group,s1.2 (‰),s2.2（条）,s3 (分),s4 (元)\nu1,county,96.5,60,27.5,120\n",
                FileFormat.CSV,
                EXAMPLE))
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:1:3: column 's1.2 (‰)': names the unit ‰, but node s1.2 is measured in %; give its"
                + " values in % and name the column s1.2 (%) (a value is never converted from"
                + " another unit)",
            "f:1:4: column 's2.2（条）': names the unit 条, but node s2.2 is measured in 篇; give its"
                + " values in 篇 and name the column s2.2 (篇) (a value is never converted from"
                + " another unit)",
            "f:1:5: column 's3 (分)': names the unit 分, but node s3 states no unit; name the column"
                + " s3",
            "f:1:6: column 's4 (元)': names the unit 元, but node s4 is measured in 万元; give its"
                + " values in 万元 and name the column s4 (万元) (a value is never converted from"
                + " another unit)");
  }

  @Test
  void aCsvHeadersUnitIsTheNodesAsAChineseInputMethodTypesItAndItsValuesNameIt()
      throws IOException {
    List<UnitFacts> units =
        read(
            "unit,group,s1.2（％）,s2.1,s2.2 (篇),s3\ndongcheng,county,96.5,100,60,27.5\n",
            FileFormat.CSV,
            EXAMPLE);
    assertThat(units.get(0).facts())
        .extracting(f -> f.label() + " on " + f.target())
        .containsExactly(
            "measured 96.5 % on s1.2",
            "measured 100 on s2.1", "measured 60 篇 on s2.2", "assessed 27.5 on s3");
    assertThat(
            problems(
                "unit,group,s1.2,s1.2 (%)\ndongcheng,county,96.5,96.5\n", FileFormat.CSV, EXAMPLE))
        .extracting(FileProblem::toString)
        .containsExactly("f:1:4: column 's1.2 (%)': names node s1.2 again");
  }

  @Test
  void aMeasurementNamingAnotherUnitThanItsNodesIsAnErrorAtItsLine() throws IOException {
    String yaml =
        """
        units:
          - unit: dongcheng
            group: county
            facts:
              - measurement: {node: s1.2, value: 0.965, unit: 比率}
              - measurement: {node: s2.1, value: 100, unit: '％'}
              - measurement: {node: s2.2, value: 60, unit: 篇}
              - assessment: {node: s3, points: 27}
        """;
    assertThat(problems(yaml, FileFormat.YAML, EXAMPLE))
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:5:9: unit dongcheng/measurement of s1.2: measured in 比率, but s1.2 is measured in %; give"
                + " the value in % (a value is never converted from another unit)");
    assertThat(read(yaml.replace("0.965, unit: 比率", "96.5"), FileFormat.YAML, EXAMPLE))
        .singleElement()
        .satisfies(u -> assertThat(EXAMPLE.score(u).explain()).contains("实测100%，达到目标100%"));
    assertThat(problems(yaml.replace("unit: 篇", "unit: ' '"), FileFormat.YAML, null))
        .extracting(FileProblem::message)
        .containsExactly("leave out 'unit' to give the value in the node's unit");
  }

  @Test
  void everyBadCellOfEveryRowIsListedWithItsLineAndColumn() {
    List<FileProblem> p =
        problems(
            "unit,group,s1.1,s1.2\n"
                + "a,county,x,90\n"
                + "b,county,1.5,\n"
                + "c,county,1\n"
                + ",dept,0,95\n",
            FileFormat.CSV,
            EXAMPLE);
    assertThat(p)
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:2:3: unit a, column 's1.1': expected a count of occurrences, such as 2, found 'x'",
            "f:3:3: unit b, column 's1.1': expected a count of occurrences, such as 2, found"
                + " '1.5'",
            "f:4:1: the row has 3 cells but the header has 4 columns",
            "f:5:1: row: the column 'unit' is empty");
  }

  @Test
  void theSchemesProblemsWithAUnitsFactsArePlacedAtTheFactsLine() {
    String yaml =
        """
        scheme: example-office-2024
        units:
          - unit: dongcheng
            group: county
            facts:
              - measurement: {node: s1.2, value: 96.5}
              - measurement: {node: s1.1, value: 3}
              - assessment: {node: s3, points: 31}
          - unit: xicheng
            group: nowhere
        """;
    List<FileProblem> p = problems(yaml, FileFormat.YAML, EXAMPLE);
    assertThat(p)
        .anySatisfy(
            x -> {
              assertThat(x.line()).isEqualTo(7);
              assertThat(x.path()).startsWith("unit dongcheng/");
            })
        .anySatisfy(x -> assertThat(x.line()).isEqualTo(8))
        .anySatisfy(
            x -> {
              assertThat(x.line()).isEqualTo(3);
              assertThat(x.message()).contains("s2.1");
            })
        .anySatisfy(x -> assertThat(x.line()).isEqualTo(9));
  }

  @Test
  void aReaderGoesOnAfterABadUnitSoEveryProblemCanBeCollected() throws IOException {
    String yaml =
        """
        units:
          - {unit: a, group: county, facts: [{measurement: {node: s1.2}}]}
          - {unit: b, group: county}
          - {unit: c, group: county, facts: [{bogus: {}}]}
          - {unit: d, group: dept}
        """;
    List<String> read = new ArrayList<>();
    List<Integer> badLines = new ArrayList<>();
    try (FactsReader r = FactsFiles.open(new StringReader(yaml), FileFormat.YAML, "f", null)) {
      while (r.hasNext()) {
        try {
          read.add(r.next().unitId());
        } catch (InvalidFileException e) {
          e.problems().forEach(x -> badLines.add(x.line()));
        }
      }
    }
    assertThat(read).containsExactly("b", "d");
    assertThat(badLines).containsExactly(2, 4);
  }

  @Test
  void aUnitGivenTwiceForOnePeriodAndFactsForAnotherSchemeAreRefused() {
    String twice =
        "units:\n  - {unit: a, group: county, period: '1'}\n  - {unit: a, group: county, period:"
            + " '1'}\n  - {unit: a, group: county, period: '2'}\n";
    assertThat(problems(twice, FileFormat.YAML, null))
        .extracting(FileProblem::toString)
        .containsExactly(
            "f:3:5: unit a: unit a in period 1 is already recorded on line 2; give each unit once"
                + " per period");
    assertThat(problems("scheme: other\nunits: []\n", FileFormat.YAML, EXAMPLE))
        .extracting(FileProblem::message)
        .containsExactly(
            "these facts are for scheme 'other', not 'example-office-2024'; score them with their"
                + " own scheme");
  }

  @Test
  void aFactsFileNeedsUnitsAndKnowsNoOtherKey() {
    assertThat(problems("units: []\nextra: 1\n", FileFormat.YAML, null))
        .extracting(FileProblem::message)
        .containsExactly(
            "unknown key 'extra'; expected one of: scheme, recording, gradedOn, units");
    assertThat(problems("scheme: x\n", FileFormat.YAML, null))
        .extracting(FileProblem::message)
        .containsExactly("missing 'units'");
  }

  @Test
  void csvNeedsTheSchemeThatSaysWhatEachColumnHolds() {
    assertThatThrownBy(() -> FactsFiles.read(Examples.FACTS_CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read with its scheme");
  }

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  void exampleFactsSurviveWriteThenReadInEveryFormat(FileFormat format) throws IOException {
    List<UnitFacts> units = FactsFiles.read(Examples.FACTS_CSV, EXAMPLE);
    Path file = tmp.resolve("facts." + format.name().toLowerCase(Locale.ROOT));
    FactsFiles.write(file, EXAMPLE.scheme(), units);
    assertThat(FactsFiles.read(file, EXAMPLE)).isEqualTo(units);
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON", "CSV"})
  void factsOfEveryKindSurviveWriteThenRead(FileFormat format) throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    List<UnitFacts> units = List.of(Everything.facts());
    StringWriter w = new StringWriter();
    FactsFiles.write(w, format, calc.scheme(), units);
    assertThat(read(w.toString(), format, calc)).isEqualTo(units);
  }

  @Test
  void factsTheWideCsvLayoutCannotHoldAreWrittenAFactPerRow() throws IOException {
    StringWriter w = new StringWriter();
    FactsFiles.write(w, FileFormat.CSV, Everything.scheme(), List.of(Everything.facts()));
    assertThat(w.toString())
        .startsWith("unit,group,period,fact,node,veto,id,key,met,level,value,valueUnit,points,")
        .contains("\r\nu1,g1,2025,vetoEvent,,v1,ev1,");
  }

  @Test
  void theExampleYamlFactsKeepTheirProvenance() throws IOException {
    UnitFacts dongcheng = FactsFiles.read(Examples.FACTS_YAML).get(0);
    assertThat(dongcheng.facts().get(0).provenance().orElseThrow().office()).isEqualTo("市政府办秘书科");
  }

  @Test
  void isFactsTellsFactsFromSchemes() throws IOException {
    assertThat(FactsFiles.isFacts(Examples.FACTS_YAML)).isTrue();
    assertThat(FactsFiles.isFacts(Examples.SCHEME)).isFalse();
  }
}
