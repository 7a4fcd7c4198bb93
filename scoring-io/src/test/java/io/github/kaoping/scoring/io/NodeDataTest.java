package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every point as data: an embedding app reads every node's points of every unit from JSON and CSV
 * results with a plain JSON or CSV parser, never from text, and they are the card's; one unit's
 * explanation is written as JSON or YAML and read back equal.
 */
class NodeDataTest {

  /** A scheme's cards and the results built from them. */
  record Scored(Scheme scheme, List<ScoreCard> cards, Results results) {

    ScoreCard card(String unitId) {
      return cards.stream().filter(c -> c.unitId().equals(unitId)).findFirst().orElseThrow();
    }
  }

  /**
   * The example office facts, the scheme with every model type, every example facts file of a
   * packaged regulation, and a scheme with a node only one group has.
   */
  static Stream<Scored> scored() throws IOException {
    List<Scored> all = new ArrayList<>();
    Calculator example = Calculator.of(Examples.scheme());
    all.add(of(example, cards(example, Examples.FACTS_CSV)));
    Calculator everything = Calculator.of(Everything.scheme());
    all.add(of(everything, List.of(everything.score(Everything.facts()))));
    for (Path file : ExampleFilesTest.factsFiles().toList()) {
      Calculator c = Calculator.of(ExampleFilesTest.regulationOf(file).scheme());
      all.add(of(c, ExampleFilesTest.score(file)));
    }
    Calculator split = Calculator.of(splitScheme());
    all.add(
        of(
            split,
            List.of(
                split.score(
                    UnitFacts.of("a", "county").addFacts(assessed("s1"), assessed("s2")).build()),
                split.score(UnitFacts.of("b", "dept").addFacts(assessed("s1")).build()))));
    return all.stream();
  }

  static List<ScoreCard> cards(Calculator c, Path facts) throws IOException {
    return FactsFiles.read(facts, c).stream().map(c::score).toList();
  }

  private static Scored of(Calculator c, List<ScoreCard> cards) {
    return new Scored(c.scheme(), cards, Results.of(c.scheme(), cards));
  }

  /** s2 applies to the county group only. */
  static Scheme splitScheme() {
    return Scheme.builder()
        .id("split")
        .title("分组办法")
        .max("100")
        .addGroups(UnitGroup.of("county", "县区", "二(一)"), UnitGroup.of("dept", "部门", "二(二)"))
        .add(
            Node.of("s1", "工作实绩", "三(一)").max("60").rule(Rule.Assessed.award()),
            Node.of("s2", "县区特色", "三(二)").max("40").addGroups("county").rule(Rule.Assessed.award()))
        .maximaAddUp(false)
        .build();
  }

  private static io.github.kaoping.scoring.Assessment assessed(String node) {
    return io.github.kaoping.scoring.Assessment.of(node, "30");
  }

  // ================================================================== results

  @ParameterizedTest
  @MethodSource("scored")
  void anEmbeddingAppReadsEveryNodesPointsFromJsonResultsWithAPlainJsonParser(Scored s)
      throws IOException {
    String json = ResultFilesTest.write(ResultFormat.JSON, s.scheme(), s.results());
    JsonNode tree = new ObjectMapper().readTree(json);
    Map<String, JsonNode> schemeNodes = new HashMap<>();
    tree.get("nodes").forEach(n -> schemeNodes.put(n.get("node").asText(), n));
    assertThat(tree.get("units")).hasSize(s.cards().size());
    for (JsonNode unit : tree.get("units")) {
      ScoreCard card = s.card(unit.get("unit").asText());
      List<NodeScore> expected = card.nodes();
      JsonNode points = unit.get("points");
      List<String> ids = new ArrayList<>();
      points.fieldNames().forEachRemaining(ids::add);
      assertThat(ids)
          .as(card.unitId())
          .isEqualTo(expected.stream().map(NodeScore::nodeId).toList());
      for (NodeScore want : expected) {
        String id = want.nodeId();
        JsonNode described = Optional.ofNullable(schemeNodes.get(id)).orElseThrow();
        assertThat(points.get(id).decimalValue())
            .as(card.unitId() + " " + id)
            .isEqualByComparingTo(want.points().toBigDecimal());
        List<String> adjustments = new ArrayList<>();
        unit.path("adjustments").path(id).forEach(a -> adjustments.add(a.asText()));
        assertThat(adjustments)
            .as(card.unitId() + " " + id)
            .isEqualTo(want.adjustments().stream().map(Names::of).toList());
        List<String> na = new ArrayList<>();
        unit.path("notApplicable").forEach(x -> na.add(x.asText()));
        assertThat(na.contains(id)).isEqualTo(want.notApplicable());
        assertThat(described.get("title").asText()).isEqualTo(want.title());
        assertThat(Optional.ofNullable(described.get("parent")).map(JsonNode::asText))
            .isEqualTo(want.parentId());
        assertThat(Optional.ofNullable(described.get("clause")).map(JsonNode::asText))
            .isEqualTo(want.clause());
        assertThat(Optional.ofNullable(described.get("max")).map(m -> Points.of(m.decimalValue())))
            .isEqualTo(want.maximum());
      }
    }
    for (UnitResult u : ResultFiles.read(new StringReader(json), "r.json").units()) {
      assertThat(u.nodes()).isEqualTo(s.card(u.unitId()).nodePoints());
    }
  }

  @ParameterizedTest
  @MethodSource("scored")
  void anEmbeddingAppReadsEveryNodesPointsFromCsvResultsWithAPlainCsvParser(Scored s)
      throws IOException {
    List<List<String>> rows =
        ResultFilesTest.csvRows(ResultFilesTest.write(ResultFormat.CSV, s.scheme(), s.results()));
    List<String> ids = rows.get(0);
    List<String> titles = rows.get(1);
    int first = ResultFiles.CSV_COLUMNS.size();
    assertThat(ids.subList(0, first)).isEqualTo(ResultFiles.CSV_COLUMNS);
    assertThat(ids.subList(first, ids.size()))
        .isEqualTo(NodeSelection.all().nodeIds(s.scheme()))
        .startsWith(s.scheme().id());
    assertThat(titles.subList(0, first)).allMatch(String::isEmpty);
    assertThat(titles.get(first)).isEqualTo(s.scheme().title());
    List<List<String>> data = rows.subList(2, rows.size());
    assertThat(data).isNotEmpty();
    for (List<String> row : data) {
      ScoreCard card = s.card(row.get(ids.indexOf("unit")));
      assertThat(row).hasSameSizeAs(ids);
      for (int c = first; c < ids.size(); c++) {
        Optional<NodeScore> node = card.node(ids.get(c));
        assertThat(row.get(c))
            .as(card.unitId() + " " + ids.get(c))
            .isEqualTo(node.map(n -> n.points().toString()).orElse(""));
        int column = c;
        node.ifPresent(n -> assertThat(titles.get(column)).isEqualTo(n.title()));
      }
      // every node the card scored has its column
      assertThat(ids).containsAll(card.nodes().stream().map(NodeScore::nodeId).toList());
    }
  }

  @Test
  void aNodeNotScoredForAUnitsGroupIsLeftOutOfItsJsonAndEmptyInItsCsv() throws IOException {
    Scored s = scored().filter(x -> x.scheme().id().equals("split")).findFirst().orElseThrow();
    assertThat(s.card("b").node("s2")).isEmpty();
    UnitResult b =
        s.results().units().stream().filter(u -> u.unitId().equals("b")).findFirst().orElseThrow();
    assertThat(b.nodes()).extracting(n -> n.nodeId()).containsExactly("split", "s1");
    List<List<String>> rows =
        ResultFilesTest.csvRows(ResultFilesTest.write(ResultFormat.CSV, s.scheme(), s.results()));
    List<String> bRow = rows.stream().filter(r -> r.get(1).equals("b")).findFirst().orElseThrow();
    assertThat(bRow.subList(bRow.size() - 3, bRow.size())).containsExactly("30", "30", "");
  }

  @Test
  void csvNodeColumnsFollowTheSelectionInTheSchemesOrder() throws IOException {
    Scheme scheme = Examples.scheme();
    Results results = ResultFilesTest.example();
    int first = ResultFiles.CSV_COLUMNS.size();
    List<List<String>> depth1 =
        ResultFilesTest.csvRows(
            ResultFilesTest.write(ResultFormat.CSV, scheme, results, NodeSelection.parse("1")));
    assertThat(depth1.get(0).subList(first, depth1.get(0).size()))
        .containsExactly("example-office-2024", "s1", "s2", "s3", "s4");
    assertThat(depth1.get(1).subList(first, depth1.get(1).size()))
        .containsExactly("示例市政府系统办公室工作考评办法", "文电办理", "督查督办", "综合评价", "争取资金");
    List<List<String>> named =
        ResultFilesTest.csvRows(
            ResultFilesTest.write(
                ResultFormat.CSV, scheme, results, NodeSelection.parse("s2.1, s1")));
    assertThat(named.get(0).subList(first, named.get(0).size())).containsExactly("s1", "s2.1");
    assertThat(named.get(2)).endsWith("25", "25");
    List<List<String>> none =
        ResultFilesTest.csvRows(
            ResultFilesTest.write(ResultFormat.CSV, scheme, results, NodeSelection.none()));
    assertThat(none.get(0)).isEqualTo(ResultFiles.CSV_COLUMNS);
    assertThat(none).hasSize(named.size() - 1); // no title row
    IllegalArgumentException unknown =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () ->
                ResultFilesTest.write(
                    ResultFormat.CSV, scheme, results, NodeSelection.parse("s1,s9")));
    assertThat(unknown)
        .hasMessageStartingWith(
            "no node s9 (did you mean s1, s2, s3?) in scheme example-office-2024; its nodes are"
                + " example-office-2024, s1,");
  }

  @Test
  void nodeSelectionsReadAsTheCommandLineWritesThem() {
    assertThat(NodeSelection.parse("all")).isEqualTo(NodeSelection.all());
    assertThat(NodeSelection.parse(" none ")).isEqualTo(NodeSelection.none());
    assertThat(NodeSelection.parse("2")).isEqualTo(NodeSelection.toDepth(2));
    assertThat(NodeSelection.parse("s1,s2")).isEqualTo(NodeSelection.of(List.of("s2", "s1")));
    assertThat(NodeSelection.toDepth(0).nodeIds(Examples.scheme()))
        .containsExactly("example-office-2024");
    for (String bad : List.of("", "s1,", ",s1", "s1,,s2", "s1,s1")) {
      assertThat(
              catchThrowableOfType(IllegalArgumentException.class, () -> NodeSelection.parse(bad)))
          .as(bad)
          .isNotNull();
    }
  }

  @Test
  void resultsWhoseUnitsNameNodesTheyDoNotListAreRefused() throws IOException {
    String json =
        ResultFilesTest.write(ResultFormat.JSON, RankedExample.scheme(), RankedExample.results());
    String unknown = json.replaceFirst("\"s2\" : 38\n", "\"s9\" : 38\n");
    String noList = json.replaceFirst("(?s)\"nodes\" : \\[.*?\\],\n  \"units\"", "\"units\"");
    String adjustedOnly =
        json.replaceFirst(
            "(\"s2\" : 38\n      \\})", "$1,\n      \"adjustments\" : { \"s3\" : [ \"gate\" ] }");
    String badAdjustment =
        json.replaceFirst(
            "(\"s2\" : 38\n      \\})", "$1,\n      \"adjustments\" : { \"s2\" : [ \"clamp\" ] }");
    String rootless =
        json.replaceFirst(
            "\\{\n      \"node\" : \"ranked-demo\",\n      \"title\" : \"名次演示办法\",\n"
                + "      \"max\" : 100\n    \\},\n    ",
            "");
    Map<String, String> expected =
        Map.of(
            rootless,
            "the first node is the root, the scheme itself, with no 'parent'",
            unknown,
            "'points' names node s9, which 'nodes' does not list",
            noList,
            "'points' needs the scheme's nodes listed in 'nodes' before 'units'",
            adjustedOnly,
            "node s3 has adjustments or is not applicable, but no 'points'",
            badAdjustment,
            "expected one of floor, ceiling, carry, gate, rescale; found 'clamp'");
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      assertThat(bad.getKey()).isNotEqualTo(json);
      InvalidFileException e =
          catchThrowableOfType(
              InvalidFileException.class,
              () -> ResultFiles.read(new StringReader(bad.getKey()), "r.json"));
      assertThat(e).as(bad.getValue()).isNotNull();
      assertThat(e.problems().get(0).message()).isEqualTo(bad.getValue());
    }
  }

  @Test
  void aUnitsPointsReadInTheSchemesOrderWhateverTheFilesOrder() throws IOException {
    Results results = RankedExample.results();
    String json = ResultFilesTest.write(ResultFormat.JSON, RankedExample.scheme(), results);
    String reordered =
        json.replaceFirst(
            "\"ranked-demo\" : 93,\n        \"s1\" : 55,\n        \"s2\" : 38\n",
            "\"s2\" : 38,\n        \"s1\" : 55,\n        \"ranked-demo\" : 93\n");
    assertThat(reordered).isNotEqualTo(json);
    assertThat(ResultFiles.read(new StringReader(reordered), "r.json")).isEqualTo(results);
  }

  @Test
  void resultsOfASchemeWithoutTheUnitsNodesAreNotWritten() {
    Scheme bare =
        Scheme.builder()
            .from(RankedExample.scheme())
            .sections(
                List.of(
                    Node.of("s1", "工作实绩", "三(一)").max("100").rule(Rule.Assessed.award()).build()))
            .build();
    IllegalArgumentException e =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () -> ResultFilesTest.write(ResultFormat.JSON, bare, RankedExample.results()));
    assertThat(e)
        .hasMessage("results of unit a hold node s2, which scheme ranked-demo does not have");
  }

  // ================================================================== explanations

  @ParameterizedTest
  @MethodSource("scored")
  void everyUnitsExplanationReadsBackEqualAsJsonAndYaml(Scored s) throws IOException {
    for (ScoreCard card : s.cards()) {
      Explanation e = Explanation.of(card);
      assertThat(e.nodes()).isEqualTo(card.nodes());
      for (FileFormat f : List.of(FileFormat.JSON, FileFormat.YAML)) {
        StringWriter w = new StringWriter();
        ResultFiles.write(w, f, e);
        assertThat(ResultFiles.readExplanation(new StringReader(w.toString()), f, "e"))
            .as(card.unitId() + " " + f)
            .isEqualTo(e);
      }
    }
  }

  @Test
  void anExplanationHoldsTheLinesTheTextShowsAsData() throws IOException {
    Calculator calc = Calculator.of(Examples.scheme());
    ScoreCard nanhu =
        cards(calc, Examples.FACTS_YAML).stream()
            .filter(c -> c.unitId().equals("nanhu"))
            .findFirst()
            .orElseThrow();
    StringWriter w = new StringWriter();
    ResultFiles.write(w, FileFormat.JSON, Explanation.of(nanhu));
    JsonNode tree = new ObjectMapper().readTree(w.toString());
    String text = nanhu.explain();
    int lines = 0;
    for (JsonNode node : tree.get("nodes")) {
      for (JsonNode line : node.get("lines")) {
        // the same line, in the same words, as the text shows; a start from full marks in the
        // explanation's language (the data's words are the engine's)
        assertThat(text)
            .contains(
                line.get("kind").asText().equals("start")
                    ? "从满分" + line.get("points").asText() + "分起扣"
                    : line.get("text").asText());
        lines++;
      }
    }
    assertThat(lines)
        .isEqualTo(nanhu.nodes().stream().mapToInt(n -> n.lines().size()).sum())
        .isPositive();
    JsonNode gated = null;
    for (JsonNode node : tree.get("nodes")) {
      if (node.get("node").asText().equals("s1.1")) {
        gated = node;
      }
    }
    if (gated == null) {
      throw new AssertionError("no node s1.1");
    }
    assertThat(gated.get("adjustments").get(0).asText()).isEqualTo("gate");
    JsonNode gate = gated.get("lines").get(gated.get("lines").size() - 1);
    assertThat(gate.get("kind").asText()).isEqualTo("gate");
    assertThat(gate.get("source").asText()).isEqualTo("after-3");
    assertThat(gate.get("clause").asText()).isEqualTo("三(一)1");
    assertThat(gate.get("facts")).hasSize(3);
    assertThat(gate.get("facts").get(0).get("occurrence").get("id").asText()).isNotEmpty();
    JsonNode rule = gated.get("lines").get(1);
    assertThat(rule.get("kind").asText()).isEqualTo("rule");
    assertThat(rule.get("source").asText()).isEqualTo("perOccurrence");
    assertThat(tree.get("totalLines").get(0).get("source").asText())
        .isEqualTo("example-office-2024");
    assertThat(tree.get("disqualified").asBoolean()).isTrue();
    assertThat(tree.get("vetoes").get(0).get("veto").asText()).isEqualTo("v-quality");
  }

  @Test
  void anExplanationWhoseLinesDoNotAddUpIsRefused() throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    StringWriter w = new StringWriter();
    ResultFiles.write(w, FileFormat.YAML, Explanation.of(calc.score(Everything.facts())));
    String yaml = w.toString();
    String total = yaml.replaceFirst("\ntotal: ([0-9.]+)\n", "\ntotal: 1$1\n");
    String node = yaml.replaceFirst("\n  - node: a1\n(.*\n)*?    points: ", "$01");
    String orphan = yaml.replaceFirst("\n    parent: a\n", "\n    parent: nowhere\n");
    for (String bad : List.of(total, node, orphan)) {
      assertThat(bad).isNotEqualTo(yaml);
      InvalidFileException e =
          catchThrowableOfType(
              InvalidFileException.class,
              () -> ResultFiles.readExplanation(new StringReader(bad), FileFormat.YAML, "e.yaml"));
      assertThat(e).as(bad).isNotNull();
    }
    assertThat(
            catchThrowableOfType(
                    InvalidFileException.class,
                    () ->
                        ResultFiles.readExplanation(
                            new StringReader(total), FileFormat.YAML, "e.yaml"))
                .problems()
                .get(0)
                .message())
        .startsWith("'total' 1")
        .contains("must be the sum of 'totalLines'");
  }
}
