package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The facts reader's YAML parser types values without SnakeYAML's resolver where it can ({@link
 * PlacedParsers.ScalarTags}), and gives every value exactly the token and text Jackson's own YAML
 * parser gives it with the same settings ({@link Limits#yamlSettings()}).
 */
class PlacedYamlScalarsTest {

  private static final YAMLFactory PLACED = Limits.FACTS.yaml();
  private static final YAMLFactory JACKSON = Limits.FACTS.yamlSettings().build();

  /** Values of every form YAML 1.1 and Jackson type, and text beside them. */
  private static final List<String> SCALARS =
      List.of(
          // integers, in every form Jackson reads
          "0",
          "1",
          "7",
          "12",
          "-3",
          "+4",
          "-0",
          "+0",
          "00",
          "017",
          "-017",
          "018",
          "0_17",
          "0o17",
          "0x1F",
          "0X1f",
          "-0x1f",
          "0x_1f",
          "0xg",
          "0b101",
          "-0b11",
          "0b12",
          "0b",
          "0x",
          "1_000",
          "1__0",
          "_1",
          "1_",
          "+",
          "-",
          "+-1",
          "--1",
          "2147483648",
          "-9223372036854775809",
          "12345678901234567890",
          "1:30",
          "190:20:30",
          "1:61",
          // fractions and exponents
          "2.5",
          "-2.5",
          "+2.5",
          "02.5",
          "2.",
          "0.",
          "-0.0",
          "0.10",
          "-.5",
          ".5",
          "+.5",
          ".",
          "-.",
          "1.5e3",
          "1e3",
          "1E-3",
          "1.e3",
          "1e",
          "1.5e+3",
          "1_000.5",
          "1.0_0",
          "1:30.5",
          "99999999999999999999999.5",
          "1.2.3",
          "1.1.a",
          "4.5.2",
          "3rd",
          "2.5x",
          "2.5 ",
          // infinities and not-a-numbers
          ".inf",
          "-.inf",
          "+.INF",
          ".Inf",
          ".iNf",
          ".nan",
          ".NaN",
          ".NAN",
          "-.nan",
          ".nAn",
          // booleans, and words that are not
          "true",
          "True",
          "TRUE",
          "tRue",
          "false",
          "False",
          "FALSE",
          "yes",
          "Yes",
          "YES",
          "yEs",
          "no",
          "No",
          "NO",
          "on",
          "On",
          "ON",
          "off",
          "Off",
          "OFF",
          "y",
          "Y",
          "n",
          "N",
          "t",
          "f",
          "noo",
          "nothing",
          "office",
          "tie",
          "true story",
          "falsehood",
          "offline",
          "yes and no",
          "very long words over ten",
          // nulls, and words that are not
          "null",
          "Null",
          "NULL",
          "nULL",
          "~",
          "nil",
          "None",
          "none",
          "nullable",
          "~x",
          // dates and times, which Jackson reads as text
          "2024-01-01",
          "2024-1-1",
          "2024-01-01T10:00:00Z",
          "2024-01-01 10:00:00",
          "2024-01-01t10:00:00.5+08:00",
          "2024-13-45",
          "20240101",
          // other rules' values, and text
          "<<",
          "=",
          "a",
          "x y",
          "中文",
          "岳阳市",
          "第4.5.2条",
          "１２",
          "٣",
          "abc123",
          "A",
          "Z9",
          "five words here",
          "0.1.a",
          "1.3.a",
          "x:y",
          "a-b",
          "+x",
          "-x",
          "~~",
          "\u00e9t\u00e9");

  @Test
  void everyValueReadsAsJacksonReadsIt() throws IOException {
    String long1 = "1".repeat(1100);
    List<String> values =
        Stream.concat(SCALARS.stream(), Stream.of(long1, long1 + ".5", "t".repeat(11))).toList();
    for (String s : values) {
      for (String doc : documents(s)) {
        assertThat(tokens(PLACED, doc)).as(doc).isEqualTo(tokens(JACKSON, doc));
      }
    }
    for (String doc :
        List.of(
            "v:\n",
            "v: ''\n",
            "v: \"\"\n",
            "- \n- ~\n",
            "v: !!str 12\n",
            "v: !!int 12\n",
            "v: !!float 1\n",
            "v: !!bool yes\n",
            "v: !!null ''\n",
            "v: ! 12\n",
            "v: !x 12\n",
            "v: &a 12\nw: *a\n",
            "v: |\n  12\n",
            "v: >\n  true\n",
            "[1, 2.5, true, null, 中文, '3']\n",
            "{a: 1, b: [x, 2]}\n")) {
      assertThat(tokens(PLACED, doc)).as(doc).isEqualTo(tokens(JACKSON, doc));
    }
  }

  @Test
  void randomValuesReadAsJacksonReadsThem() {
    qt().withExamples(5_000)
        .forAll(scalarish())
        .checkAssert(
            s -> {
              for (String doc : documents(s)) {
                assertThat(tokens(PLACED, doc)).as(doc).isEqualTo(tokens(JACKSON, doc));
              }
            });
  }

  @Test
  void theScanTagsAsTheResolverDoes() {
    Resolver resolver = new Resolver();
    qt().withExamples(20_000)
        .forAll(scalarish())
        .checkAssert(
            s -> {
              Tag tag = PlacedParsers.ScalarTags.plain(s);
              if (tag != null) {
                assertThat(tag).as(s).isEqualTo(resolver.resolve(NodeId.scalar, s, true));
              }
            });
    for (String s : SCALARS) {
      Tag tag = PlacedParsers.ScalarTags.plain(s);
      if (tag != null) {
        assertThat(tag).as(s).isEqualTo(resolver.resolve(NodeId.scalar, s, true));
      }
    }
  }

  /** The scan answers for the values facts files are made of, so the comparisons above test it. */
  @Test
  void theScanKnowsTheCommonValues() {
    assertThat(
            Stream.of("中文", "12", "-3", "0", "2.5", "0.5", "true", "false", "null", "office", "x")
                .map(PlacedParsers.ScalarTags::plain)
                .toList())
        .containsExactly(
            Tag.STR, Tag.INT, Tag.INT, Tag.INT, Tag.FLOAT, Tag.FLOAT, Tag.BOOL, Tag.BOOL, Tag.NULL,
            Tag.STR, Tag.STR);
    assertThat(PlacedParsers.ScalarTags.plain("017")).isNull();
    assertThat(PlacedParsers.ScalarTags.plain(".5")).isNull();
    assertThat(PlacedParsers.ScalarTags.plain("")).isNull();
  }

  /**
   * A value as a plain, single-quoted and double-quoted value, a list item, in a flow and a key.
   */
  private static List<String> documents(String s) {
    String doubleQuoted = s.replace("\\", "\\\\").replace("\"", "\\\"");
    return List.of(
        "v: " + s + "\n",
        "v: '" + s.replace("'", "''") + "'\n",
        "v: \"" + doubleQuoted + "\"\n",
        "- " + s + "\n",
        "[" + s + ", x]\n",
        s + ": 1\n");
  }

  /** Every token with its text, and its number where it is one; or where parsing fails, why. */
  private static List<String> tokens(YAMLFactory factory, String doc) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = factory.createParser(new StringReader(doc))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String line = t + " " + p.getText();
        if (t.isNumeric()) {
          line += " " + number(p);
        }
        out.add(line);
      }
    } catch (IOException | RuntimeException e) {
      out.add("failed: " + e.getClass().getName() + ": " + e.getMessage());
    }
    return out;
  }

  private static String number(JsonParser p) {
    try {
      return p.getNumberType() + " " + p.getNumberValue() + " " + p.getDecimalValue();
    } catch (IOException | RuntimeException e) {
      return "failed: " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Text of the characters that matter to the resolver's rules, and a few that must not pass. */
  private static Gen<String> scalarish() {
    String alphabet = "0123456789012345.-+_eExXoObB:yYnNtTfFrRuUlLsSaA~ .中,#'\"";
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 12)
        .map(
            is -> {
              StringBuilder b = new StringBuilder();
              is.forEach(i -> b.append(alphabet.charAt(i)));
              return b.toString();
            });
  }
}
