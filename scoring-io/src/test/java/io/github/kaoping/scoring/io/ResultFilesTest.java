package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.standings.AwardUnfilledByTie;
import io.github.kaoping.scoring.standings.Banded;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.OfficeDecision;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsTable;
import io.github.kaoping.scoring.standings.Withheld;
import io.github.kaoping.scoring.text.TextTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultFilesTest {

  @TempDir Path tmp;

  static final Path GOLDEN = Path.of("src", "test", "resources", "results");

  private static final Calculator EXAMPLE = Calculator.of(Examples.scheme());

  private static List<ScoreCard> score(Calculator calc, Path facts) throws IOException {
    List<ScoreCard> cards = new ArrayList<>();
    for (UnitFacts u : FactsFiles.read(facts, calc)) {
      cards.add(calc.score(u));
    }
    return cards;
  }

  /** The example facts of 2024 scored and ranked against 2023's. */
  static Results example() throws IOException {
    return Results.score(EXAMPLE, Examples.FACTS_CSV, Examples.PREVIOUS_CSV);
  }

  /** Results as text; a workbook's bytes as Latin-1 text, so that they compare byte for byte. */
  static String write(ResultFormat format, Scheme scheme, Results results) throws IOException {
    if (format == ResultFormat.XLSX) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      ResultFiles.write(bytes, format, scheme, results, NodeSelection.all());
      return bytes.toString(StandardCharsets.ISO_8859_1);
    }
    StringWriter w = new StringWriter();
    ResultFiles.write(w, format, scheme, results);
    return w.toString();
  }

  static String write(ResultFormat format, Scheme scheme, Results results, NodeSelection nodes)
      throws IOException {
    StringWriter w = new StringWriter();
    ResultFiles.write(w, format, scheme, results, nodes);
    return w.toString();
  }

  private static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
  }

  private static String golden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
    }
    return golden(name);
  }

  // ================================================================== JSON

  @Test
  void jsonResultsReadBackEqual() throws IOException {
    for (Results results : List.of(example(), RankedExample.results())) {
      Path file = tmp.resolve("results.json");
      Scheme scheme =
          results.schemeId().equals(EXAMPLE.scheme().id())
              ? EXAMPLE.scheme()
              : RankedExample.scheme();
      ResultFiles.write(file, ResultFormat.JSON, scheme, results);
      assertThat(ResultFiles.read(file)).isEqualTo(results);
    }
  }

  @Test
  void aUnitWithEveryKindOfVetoAndFactReadsBackEqual() throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    ScoreCard card = calc.score(Everything.facts());
    Results results = Results.of(calc.scheme(), List.of(card), List.of());
    String json = write(ResultFormat.JSON, calc.scheme(), results);
    assertThat(ResultFiles.read(new StringReader(json), "r.json")).isEqualTo(results);
    assertThat(results.units()).containsExactly(UnitResult.of(card));
    assertThat(json).contains("\"disqualified\" : true").contains("\"headBarred\" : true");
  }

  @Test
  void jsonHoldsEveryPlacingCutTieBandAndSkippedOutcome() throws IOException {
    String json = write(ResultFormat.JSON, RankedExample.scheme(), RankedExample.results());
    assertThat(json).isEqualTo(golden("ranked-demo.json", json));
  }

  @Test
  void jsonResultsWhoseDerivedFieldsDisagreeAreRefused() throws IOException {
    String json = write(ResultFormat.JSON, RankedExample.scheme(), RankedExample.results());
    String forged =
        json.replaceFirst(
            "\"unit\" : \"d\",\n      \"group\" : \"county\",\n      \"total\" : 80,\n"
                + "      \"disqualified\" : true",
            "\"unit\" : \"d\",\n      \"group\" : \"county\",\n      \"total\" : 80,\n"
                + "      \"disqualified\" : false");
    assertThat(forged).isNotEqualTo(json);
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class, () -> ResultFiles.read(new StringReader(forged), "r"));
    assertThat(e.problems().get(0).message())
        .startsWith("'disqualified' and 'headBarred' must agree");
  }

  @Test
  void jsonResultsPlacingAUnitTheyDoNotListAreRefused() throws IOException {
    String json = write(ResultFormat.JSON, RankedExample.scheme(), RankedExample.results());
    String forged =
        json.replace(
            "\"unit\" : \"e\",\n      \"group\" : \"county\"",
            "\"unit\" : \"e\",\n      \"group\" : \"dept\"");
    assertThat(forged).isNotEqualTo(json);
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class, () -> ResultFiles.read(new StringReader(forged), "r"));
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "outcome awards places unit e in group county, but 'units' lists it in group dept");
  }

  // ================================================================== every format

  @ParameterizedTest
  @EnumSource(ResultFormat.class)
  void theOrderOfTheUnitsScoredDoesNotChangeAByte(ResultFormat format) throws IOException {
    Scheme scheme = RankedExample.scheme();
    List<ScoreCard> cards = RankedExample.cards(RankedExample.facts());
    List<ScoreCard> previous = RankedExample.cards(RankedExample.previous());
    String first = write(format, scheme, Results.of(scheme, cards, previous));
    for (long seed = 0; seed < 5; seed++) {
      List<ScoreCard> shuffled = new ArrayList<>(cards);
      List<ScoreCard> before = new ArrayList<>(previous);
      Collections.shuffle(shuffled, new Random(seed));
      Collections.shuffle(before, new Random(seed + 100));
      assertThat(write(format, scheme, Results.of(scheme, shuffled, before))).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @EnumSource(ResultFormat.class)
  void resultsOfAnotherSchemeAreRefused(ResultFormat format) {
    IllegalArgumentException e =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () -> write(format, EXAMPLE.scheme(), RankedExample.results()));
    assertThat(e).hasMessage("results of scheme ranked-demo, not example-office-2024");
  }

  // ================================================================== results

  @Test
  void resultsHoldWhatTheStandingsDecideAndNoMore() throws IOException {
    Results results = RankedExample.results();
    Scheme scheme = RankedExample.scheme();
    assertThat(results.standings())
        .isEqualTo(
            Standings.of(scheme)
                .rank(
                    RankedExample.cards(RankedExample.facts()),
                    RankedExample.cards(RankedExample.previous())));
    assertThat(results.units())
        .extracting(UnitResult::unitId)
        .containsExactly("a", "b", "c", "d", "e", "x", "y");
    assertThat(results.skipped())
        .containsExactly(
            new SkippedOutcome(
                "levels", "等级评定", java.util.Optional.of("六"), SkippedOutcome.Reason.GRADING));
  }

  @Test
  void anImprovementWithoutLastPeriodIsSkippedNotAnError() {
    Scheme scheme = RankedExample.scheme();
    Results results = Results.of(scheme, RankedExample.cards(RankedExample.facts()));
    assertThat(results.skipped())
        .extracting(SkippedOutcome::outcomeId, SkippedOutcome::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "progress", SkippedOutcome.Reason.NO_PREVIOUS_PERIOD),
            org.assertj.core.groups.Tuple.tuple("levels", SkippedOutcome.Reason.GRADING));
    assertThat(results.standings().outcomes())
        .extracting(OutcomeResult::outcomeId)
        .containsExactly("awards", "work", "grades");
  }

  @Test
  void scoringAFileStreamsItsUnitsIntoTheSameResultsAsItsCards() throws IOException {
    Results streamed = example();
    Results fromCards =
        Results.of(
            EXAMPLE.scheme(),
            score(EXAMPLE, Examples.FACTS_CSV),
            score(EXAMPLE, Examples.PREVIOUS_CSV));
    assertThat(streamed).isEqualTo(fromCards);
    assertThat(Results.score(EXAMPLE, Examples.FACTS_YAML, Examples.PREVIOUS_CSV))
        .isEqualTo(streamed);
  }

  @Test
  void everyProblemOfBothFactsFilesIsListedAndNothingIsDecided() throws IOException {
    Path now = tmp.resolve("now.csv");
    Files.writeString(
        now,
        "unit,group,period,s1.1,s1.2,s2.1,s2.2,s3\n"
            + "dongcheng,county,2024,x,96.5,100,60,20\n"
            + "nanhu,county,2024,1,97,100,66,31\n",
        StandardCharsets.UTF_8);
    Path last = tmp.resolve("last.csv");
    Files.writeString(
        last,
        "unit,group,period,s1.1,s1.2,s2.1,s2.2,s3\nxicheng,county,2023,-1,88,90,45,24\n",
        StandardCharsets.UTF_8);
    InvalidFileException e =
        catchThrowableOfType(InvalidFileException.class, () -> Results.score(EXAMPLE, now, last));
    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().get(0).toString()).startsWith(now + ":2:");
    assertThat(e.problems().get(1).toString()).startsWith(now + ":3:");
    assertThat(e.problems().get(2).toString()).startsWith(last + ":2:");
  }

  // ================================================================== table

  @Test
  void theTableOfTheExamplesIsRankedOutcomeByOutcomeAndGroupByGroup() throws IOException {
    assertThat(write(ResultFormat.TABLE, EXAMPLE.scheme(), example()))
        .isEqualTo(golden("example-office-2024.txt"));
  }

  @Test
  void theTableNamesVetoesAndTieRulesInWordsNotIds() throws IOException {
    String table = write(ResultFormat.TABLE, RankedExample.scheme(), RankedExample.results());
    assertThat(table)
        .contains("   4  d     丁县    80          一票否决: 发生失泄密事件的，一票否决 四，主要负责人同时取消评先资格\n")
        .contains("依〔五(一)〕，并列均按较高名次计：")
        .contains("\n名次  位次  代码  单位  组别  工作实绩  总分  奖项  备注\n")
        .doesNotContain("v-leak", "ALL_BETTER", "allBetter", "disqualified", "withheld");
    // the example scheme's bonus item can take a total above its full marks; ranked-demo's cannot
    assertThat(write(ResultFormat.TABLE, EXAMPLE.scheme(), example()).lines().findFirst())
        .hasValue("示例市政府系统办公室工作考评办法（example-office-2024，满分100分，含加分，总分可超过100分，考评期 2024）");
    assertThat(table.lines().findFirst()).hasValue("名次演示办法（ranked-demo，满分100分，考评期 2024）");
  }

  @Test
  void theLibrarysTableAndTheResultsTableAreOneRenderer() throws IOException {
    Results results = RankedExample.results();
    Scheme scheme = RankedExample.scheme();
    String library =
        StandingsTable.of(results.standings()).scheme(scheme).units(results.units()).render();
    assertThat(write(ResultFormat.TABLE, scheme, results)).startsWith(library);
    // without the scheme and the units: the same layout, by ids
    assertThat(results.standings().table())
        .isEqualTo(StandingsTable.of(results.standings()).render())
        .contains("\n名次  位次  单位  s1  奖项  备注\n")
        .contains("一票否决，不占名次")
        .doesNotContain("v-leak");
  }

  @Test
  void theTableSpeaksEnglishWhenAsked() throws IOException {
    StringWriter out = new StringWriter();
    ResultFiles.write(
        out,
        ResultFormat.TABLE,
        RankedExample.scheme(),
        RankedExample.results(),
        NodeSelection.all(),
        Language.ENGLISH);
    assertThat(out.toString())
        .startsWith("名次演示办法 (ranked-demo, max 100, period 2024)\n")
        .contains("\nrank  id  unit  total  awards  notes\n")
        .contains("disqualified: 发生失泄密事件的，一票否决 四, head barred")
        .contains("一等奖 withheld (the score must be at least 95)")
        .contains("\ncut tie: 乙县(b), 丙县(c) tied at 88 on positions 2-3")
        .contains("under [五(一)]: each holds 二等奖\n")
        .contains("\n等级评定 [六] not decided: no unit gives its grading");
  }

  @Test
  void theTableShowsCutTiesWithheldAwardsDenseRanksAndUnitsRankedApart() throws IOException {
    assertThat(write(ResultFormat.TABLE, RankedExample.scheme(), RankedExample.results()))
        .isEqualTo(golden("ranked-demo.txt"));
  }

  @Test
  void tableColumnsLineUpInDisplayColumnsWithChineseTextAndPointsOnTheirPoint() throws IOException {
    String table = write(ResultFormat.TABLE, EXAMPLE.scheme(), example());
    List<String> lines = table.lines().toList();
    String heading = "名次  代码      单位                 得分  奖项    备注";
    int header = lines.indexOf(heading);
    assertThat(header).as(table).isPositive();
    // each score's integer part ends in the same display column, under the header's end
    int end = TextTable.width("名次  代码      单位                 得分") - 3;
    List<String> rows = lines.subList(header + 2, header + 5);
    assertThat(rows)
        .extracting(l -> l.strip().split("\\s{2,}")[3])
        .containsExactly("98", "92", "67.75");
    for (String line : rows) {
      String prefix = prefixOfWidth(line, end);
      assertThat(prefix).as(line).matches(".*[0-9]$");
      assertThat(TextTable.width(prefix)).isEqualTo(end);
    }
  }

  private static String prefixOfWidth(String line, int width) {
    int i = 0;
    while (i < line.length() && TextTable.width(line.substring(0, i)) < width) {
      i++;
    }
    return line.substring(0, i);
  }

  @Test
  void displayWidthCountsChineseAsTwo() {
    assertThat(TextTable.width("s1 文电办理")).isEqualTo(11);
    assertThat(TextTable.width("〔2024〕")).isEqualTo(8);
    assertThat(TextTable.width("abc")).isEqualTo(3);
  }

  // ================================================================== CSV

  static List<List<String>> csvRows(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void csvHasOneRowPerUnitAndOutcomeHoldingWhatTheResultsSay() throws IOException {
    Results results = RankedExample.results();
    List<List<String>> rows =
        csvRows(write(ResultFormat.CSV, RankedExample.scheme(), results, NodeSelection.none()));
    assertThat(rows.get(0)).isEqualTo(ResultFiles.CSV_COLUMNS);
    List<List<String>> expected = new ArrayList<>();
    for (OutcomeResult o : results.standings().outcomes()) {
      List<RankedGroup> ranked =
          o instanceof RankingResult r
              ? r.rankedGroups()
              : o instanceof ImprovementResult i ? i.rankedGroups() : List.of();
      for (RankedGroup g : ranked) {
        for (Placing p : g.placings()) {
          String tie =
              g.cutTies().stream()
                  .filter(t -> t.unitIds().contains(p.unitId()))
                  .map(t -> Names.of(t.end()) + " " + t.from() + "-" + t.to())
                  .findFirst()
                  .orElse("");
          expected.add(
              row(
                  o.outcomeId(),
                  unit(results, p.unitId()),
                  p.value().toString(),
                  p.score().toString(),
                  p.previous().map(Object::toString).orElse(""),
                  p.rank().map(String::valueOf).orElse(""),
                  p.position().map(String::valueOf).orElse(""),
                  p.fromBottom().map(String::valueOf).orElse(""),
                  String.join(";", p.awards()),
                  String.join(
                      ";",
                      p.withheld().stream()
                          .map(w -> w.award() + ":" + Names.of(w.reason()))
                          .toList()),
                  "",
                  tie,
                  decisionsFor(g, p.unitId())));
        }
      }
      if (o instanceof BandingResult b) {
        for (var g : b.bandedGroups()) {
          for (Banded x : g.units()) {
            String score = x.score().toString();
            expected.add(
                row(
                    o.outcomeId(),
                    unit(results, x.unitId()),
                    score,
                    score,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    x.band().orElse(""),
                    "",
                    ""));
          }
        }
      }
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
    // a tie across a cut, a unit ranked apart and a withheld award, as the reader sees them
    assertThat(rows)
        .contains(
            List.of(
                "work",
                "x",
                "",
                "dept",
                "2024",
                "95",
                "55",
                "55",
                "",
                "1",
                "1",
                "5",
                "",
                "单项奖:tieAtCut",
                "",
                "top 1-2",
                "false",
                "",
                results.standings().decisions().get(0).text(),
                ""),
            List.of(
                "work", "d", "丁县", "county", "2024", "80", "50", "50", "", "", "", "", "", "", "",
                "", "true", "v-leak", "", ""));
    // The tie left 单项奖 to the office: the decision is on the tied units' rows, in Chinese.
    assertThat(results.standings().decisions().get(0).text())
        .startsWith("实绩单项奖〔五(二)〕")
        .contains("“单项奖”第1名因得分并列无人获得", "须由考评办决定");
  }

  @Test
  void theDecisionsLeftToTheOfficeSpeakTheLanguageChosen() throws IOException {
    Results results = RankedExample.results();
    // decided in the scheme's language, Chinese
    assertThat(results.standings().decisions().get(0).text()).contains("须由考评办决定");
    for (ResultFormat format : List.of(ResultFormat.TABLE, ResultFormat.CSV)) {
      StringWriter en = new StringWriter();
      ResultFiles.write(
          en, format, RankedExample.scheme(), results, NodeSelection.none(), Language.ENGLISH);
      assertThat(en.toString())
          .as(format.toString())
          .contains("实绩单项奖 [五(二)]", "is left unfilled by a tie", "The office must decide.")
          .doesNotContain("须由考评办决定");
      assertThat(write(format, RankedExample.scheme(), results, NodeSelection.none()))
          .as(format.toString())
          .contains("须由考评办决定")
          .doesNotContain("The office must decide.");
    }
  }

  /** A row as the CSV should hold it, the unit's own columns taken from its result. */
  private static List<String> row(
      String outcome,
      UnitResult u,
      String value,
      String score,
      String previous,
      String rank,
      String position,
      String fromBottom,
      String awards,
      String withheld,
      String band,
      String tie,
      String decision) {
    String name =
        RankedExample.scheme().groups().get(0).units().stream()
            .filter(x -> x.id().equals(u.unitId()))
            .map(Unit::name)
            .findFirst()
            .orElse("");
    return List.of(
        outcome,
        u.unitId(),
        name,
        u.group(),
        "2024",
        u.total().toString(),
        value,
        score,
        previous,
        rank,
        position,
        fromBottom,
        awards,
        withheld,
        band,
        tie,
        Boolean.toString(u.isDisqualified()),
        String.join(";", u.vetoes().stream().map(TriggeredVeto::vetoId).toList()),
        decision,
        u.recording() == Recording.FAILURES_ONLY ? "failuresOnly" : "");
  }

  /**
   * What the CSV's {@code decision} column holds for a unit: every award of the group whose places
   * are not set, and each award a tie the unit is in left unfilled.
   */
  private static String decisionsFor(RankedGroup g, String unitId) {
    return String.join(
        " ",
        g.decisions().stream()
            .filter(d -> !(d instanceof AwardUnfilledByTie t) || t.unitIds().contains(unitId))
            .map(OfficeDecision::text)
            .toList());
  }

  @Test
  void csvShowsWhatTheTableShowsForTheExamples() throws IOException {
    String csv = write(ResultFormat.CSV, EXAMPLE.scheme(), example());
    assertThat(csv).isEqualTo(golden("example-office-2024.csv", csv));
  }

  @Test
  void unitsNoOutcomePlacesGetARowAndATableOfTheirOwn() throws IOException {
    Scheme bare = Scheme.builder().from(RankedExample.scheme()).outcomes(List.of()).build();
    Results results = Results.of(bare, RankedExample.cards(RankedExample.facts()));
    List<List<String>> rows = csvRows(write(ResultFormat.CSV, bare, results, NodeSelection.none()));
    assertThat(rows).hasSize(8);
    assertThat(rows.get(1))
        .containsExactly(
            "", "a", "甲县", "county", "2024", "93", "", "", "", "", "", "", "", "", "", "", "false",
            "", "", "");
    String table = write(ResultFormat.TABLE, bare, results);
    assertThat(table).contains("\n未列入任何排名的单位得分\n");
    assertThat(table).contains("\n县区  d     丁县    80  一票否决: 发生失泄密事件的，一票否决 四\n");
  }

  private static UnitResult unit(Results results, String id) {
    return results.units().stream().filter(u -> u.unitId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void withheldAwardsSayWhy() {
    Results results = RankedExample.results();
    RankedGroup awards = results.standings().ranking("awards").group("county");
    assertThat(awards.placing("a").orElseThrow().withheld())
        .containsExactly(new Withheld("一等奖", Withheld.Reason.INELIGIBLE));
  }
}
