package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.kaoping.scoring.Adjustment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checked-in JSON Schemas describe the files the readers accept: every example, every packaged
 * scheme and every written file validates, and what the readers refuse the schemas refuse too.
 */
class JsonSchemaTest {

  static final Path DIR = Path.of("src", "main", "resources", "json-schema");
  static final JsonSchema SCHEME = load("scheme.schema.json");
  static final JsonSchema FACTS = load("facts.schema.json");
  static final JsonSchema RESULTS = load("results.schema.json");
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonSchema load(String name) {
    try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Both YAML and JSON text read as YAML (JSON is YAML), as an editor would see them. */
  static Set<ValidationMessage> validate(JsonSchema schema, String text) {
    try {
      JsonNode tree = YAML.readTree(text);
      return schema.validate(tree);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theExamplesValidate() throws IOException {
    assertThat(validate(SCHEME, Files.readString(Examples.SCHEME))).isEmpty();
    assertThat(validate(FACTS, Files.readString(Examples.FACTS_YAML))).isEmpty();
  }

  @Test
  void writtenSchemesOfEveryModelTypeValidateInBothFormats() {
    for (Scheme s : List.of(Everything.scheme(), Examples.scheme())) {
      for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
        assertThat(validate(SCHEME, SchemeFiles.toString(s, f))).as(s.id() + " " + f).isEmpty();
      }
    }
  }

  @Test
  void everyPackagedSchemeValidates() {
    for (Regulation r : Regulation.values()) {
      assertThat(validate(SCHEME, SchemeFiles.toString(r.scheme(), FileFormat.YAML)))
          .as(r.id())
          .isEmpty();
    }
  }

  @Test
  void writtenFactsOfEveryKindValidate() throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
      StringWriter w = new StringWriter();
      FactsFiles.write(w, f, calc.scheme(), List.of(Everything.facts()));
      assertThat(validate(FACTS, w.toString())).as(f.toString()).isEmpty();
    }
  }

  @Test
  void whatTheReaderRefusesTheSchemaRefuses() {
    String head = "id: a\ntitle: b\nsections:\n  - id: s\n    title: t\n";
    for (String bad :
        List.of(
            head + "    titel: x\n",
            head + "    rule: {criterion: {}}\n",
            head + "    rule: tiers\n",
            head + "    rule: {perOccurrence: [{direction: deduct, points: 5, min: 1}]}\n",
            head + "    rule: {perOccurrence: [{direction: minus, points: 5}]}\n",
            head
                + "    rule: {tiers: {unit: '%', tiers: [{range: {atLeast: 1, above: 2}, points: 1}]}}\n",
            head + "    ceiling: {shareOf: {node: s}}\n",
            head + "    max: '10'\n",
            "title: no id\n")) {
      assertThat(validate(SCHEME, bad)).as(bad).isNotEmpty();
    }
    assertThat(validate(FACTS, "units: [{unit: a, group: g, facts: [{bogus: {}}]}]\n"))
        .isNotEmpty();
    assertThat(validate(FACTS, "units: [{unit: a}]\n")).isNotEmpty();
  }

  @Test
  void writtenResultsValidate() throws IOException {
    Calculator everything = Calculator.of(Everything.scheme());
    assertThat(
            validate(
                RESULTS,
                ResultFilesTest.write(
                    ResultFormat.JSON,
                    everything.scheme(),
                    Results.of(
                        everything.scheme(),
                        List.of(everything.score(Everything.facts())),
                        List.of()))))
        .isEmpty();
    assertThat(
            validate(
                RESULTS,
                ResultFilesTest.write(
                    ResultFormat.JSON, RankedExample.scheme(), RankedExample.results())))
        .isEmpty();
    assertThat(
            validate(
                RESULTS,
                ResultFilesTest.write(
                    ResultFormat.JSON, Examples.scheme(), ResultFilesTest.example())))
        .isEmpty();
  }

  @Test
  void writtenExplanationsValidateInBothFormats() throws IOException {
    Calculator everything = Calculator.of(Everything.scheme());
    Calculator example = Calculator.of(Examples.scheme());
    List<ScoreCard> cards = new ArrayList<>(NodeDataTest.cards(example, Examples.FACTS_YAML));
    cards.add(everything.score(Everything.facts()));
    for (ScoreCard card : cards) {
      for (FileFormat f : List.of(FileFormat.JSON, FileFormat.YAML)) {
        StringWriter w = new StringWriter();
        ResultFiles.write(w, f, Explanation.of(card));
        assertThat(validate(RESULTS, w.toString())).as(card.unitId() + " " + f).isEmpty();
      }
    }
  }

  @Test
  void theResultsSchemaNamesEveryLineKindAndAdjustment() throws IOException {
    JsonNode results = YAML.readTree(DIR.resolve("results.schema.json").toFile());
    List<String> kinds = new ArrayList<>();
    results.at("/$defs/line/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
    assertThat(kinds).isEqualTo(Names.all(List.of(Line.Kind.values())));
    List<String> adjustments = new ArrayList<>();
    results.at("/$defs/adjustments/items/enum").forEach(k -> adjustments.add(k.asText()));
    assertThat(adjustments).isEqualTo(Names.all(List.of(Adjustment.values())));
    List<String> roles = new ArrayList<>();
    results.at("/$defs/role/enum").forEach(k -> roles.add(k.asText()));
    assertThat(roles).isEqualTo(Names.all(List.of(Role.values())));
  }

  @Test
  void theResultsSchemasCopiesOfFactsAndEffectsEqualTheirOriginals() throws IOException {
    JsonNode results = YAML.readTree(DIR.resolve("results.schema.json").toFile());
    JsonNode facts = YAML.readTree(DIR.resolve("facts.schema.json").toFile());
    JsonNode scheme = YAML.readTree(DIR.resolve("scheme.schema.json").toFile());
    for (String def :
        List.of("text", "decimal", "whole", "texts", "date", "provenance", "fact", "application")) {
      assertThat(results.at("/$defs/" + def)).as(def).isEqualTo(facts.at("/$defs/" + def));
    }
    assertThat(results.at("/$defs/effect")).isEqualTo(scheme.at("/$defs/effect"));
  }

  @Test
  void whatTheResultsReaderRefusesTheSchemaRefuses() throws IOException {
    String json =
        ResultFilesTest.write(ResultFormat.JSON, RankedExample.scheme(), RankedExample.results());
    for (String bad :
        List.of(
            json.replace("\"reason\" : \"tieAtCut\"", "\"reason\" : \"tie\""),
            json.replace("\"policy\" : \"allWorse\"", "\"policy\" : \"worse\""),
            json.replace("\"total\" : 93", "\"total\" : \"93\""),
            json.replace("\"scheme\" : \"ranked-demo\",", ""),
            json.replace("\"group\" : \"county+dept\"", "\"grupo\" : \"county+dept\""),
            json.replace("\"reason\" : \"grading\"", "\"reason\" : \"later\""),
            json.replace("\"s1\" : 55", "\"s1\" : \"55\""),
            json.replaceFirst("\"title\" : \"工作实绩\",", ""))) {
      assertThat(bad).isNotEqualTo(json);
      assertThat(validate(RESULTS, bad)).as(bad).isNotEmpty();
      assertThat(catchThrowable(() -> ResultFiles.read(new StringReader(bad), "bad.json")))
          .isInstanceOf(InvalidFileException.class);
    }
  }
}
