package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Recording;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path of the facts readers ({@link FactsStream}) against the tree reader it stands in
 * for: generated units, valid and mutated (keys dropped, written twice or renamed, values of the
 * wrong kind, numbers not plain, refused characters, unknown kinds, YAML anchors, aliases and tags,
 * broken syntax), read both ways, must give the same facts placed at the same lines and columns and
 * the same problems in the same order, and leave the parser at the same token; the fast path alone
 * either gives up or gives what the tree reader gives without a problem.
 */
class FactsStreamTest {

  private static final int EXAMPLES = 1000;

  @Test
  void jsonUnitsReadAsTheTreeReaderReadsThem() {
    int[] fast = new int[2];
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(seed -> same(FileFormat.JSON, seed, fast));
    assertThat(fast[0]).as("units the fast path read").isGreaterThan(EXAMPLES / 5);
    assertThat(fast[1]).as("units it gave up on").isGreaterThan(EXAMPLES / 5);
  }

  @Test
  void yamlUnitsReadAsTheTreeReaderReadsThem() {
    int[] fast = new int[2];
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(seed -> same(FileFormat.YAML, seed, fast));
    assertThat(fast[0]).as("units the fast path read").isGreaterThan(EXAMPLES / 5);
    assertThat(fast[1]).as("units it gave up on").isGreaterThan(EXAMPLES / 5);
  }

  @Test
  void aValidUnitIsReadByTheFastPathAndPlacedAsTheTreePlacesIt() {
    String json =
        "[{\"unit\": \"a\", \"group\": \"g\", \"facts\": [\n"
            + "  {\"check\": {\"node\": \"1.1\", \"met\": false}},\n"
            + "  {\"occurrence\": {\"id\": \"o1\", \"node\": \"2\", \"count\": 2, \"points\": 0.50,"
            + " \"joint\": \"lead\", \"provenance\": {\"office\": \"x\", \"recordedOn\":"
            + " \"2024-02-29\", \"evidence\": [\"e\", 5]}}}]}, 7]";
    Outcome tree = read(FileFormat.JSON, json, Path.TREE);
    Outcome fast = read(FileFormat.JSON, json, Path.FAST_ONLY);
    assertThat(fast.text).isEqualTo(tree.text).contains("line=3, column=3");
    assertThat(tree.text).contains("problems []");
  }

  private static void same(FileFormat format, long seed, int[] fast) {
    Random r = new Random(seed);
    Node unit = Units.unit(r);
    int mutations = r.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      Units.mutate(unit, r, format);
    }
    String text = format == FileFormat.JSON ? Units.json(unit) : Units.yaml(unit);
    if (r.nextInt(10) == 0) {
      text = text.substring(0, r.nextInt(text.length())); // broken off
    }
    Outcome tree = read(format, text, Path.TREE);
    Outcome both = read(format, text, Path.FAST_THEN_TREE);
    assertThat(both.text).as("%s", text).isEqualTo(tree.text);
    Outcome alone = read(format, text, Path.FAST_ONLY);
    if (alone.read) {
      assertThat(tree.problems).as("%s", text).isZero();
      assertThat(alone.text).as("%s", text).isEqualTo(tree.text);
      fast[0]++;
    } else {
      fast[1]++;
    }
  }

  private enum Path {
    TREE,
    FAST_THEN_TREE,
    FAST_ONLY
  }

  /**
   * What a reading gave: the unit, where its facts are, the tokens after it and the problems; how
   * many problems the unit itself had; and whether the fast path read it.
   */
  private record Outcome(String text, int problems, boolean read) {}

  private static Outcome read(FileFormat format, String text, Path path) {
    Problems problems = new Problems("f");
    StringBuilder out = new StringBuilder();
    boolean read = false;
    int inUnit = -1;
    Recording recording = Recording.values()[text.length() % Recording.values().length];
    try (JsonParser p =
        format == FileFormat.JSON
            ? Limits.FACTS.json().createParser(new StringReader(text))
            : Limits.FACTS.yaml().createParser(new StringReader(text))) {
      DocParser docs = new DocParser(p, problems, Limits.FACTS);
      FactsCodec codec = new FactsCodec(problems);
      try {
        docs.next();
        docs.next();
        FactsCodec.Parsed u;
        switch (path) {
          case TREE -> u = codec.unit(docs.value("units[0]"), "units[0]").recorded(recording);
          case FAST_THEN_TREE -> u = TreeUnits.unit(docs, codec, "units[0]", recording);
          default -> {
            FactsStream s = FactsStream.of(docs);
            u = s == null ? null : s.unit(recording);
            if (u == null) {
              return new Outcome("", 0, false);
            }
            read = true;
          }
        }
        inUnit = problems.size();
        out.append(u.facts()).append(" at ").append(u.loc()).append(" unit ").append(u.unitId());
        if (u.facts() != null) {
          for (Fact f : u.facts().facts()) {
            out.append("\n  ").append(u.factLocs().get(f));
          }
        }
        out.append("\n locs ").append(u.factLocs().size()).append(" after");
        JsonToken t;
        while ((t = docs.next()) != null) {
          out.append(' ').append(t).append(docs.loc());
        }
      } catch (DocParser.Stop stop) {
        out.append(" stopped");
      }
    } catch (IOException e) {
      out.append(" failed: ").append(e.getMessage());
    }
    out.append("\n problems ").append(problems.inOrder());
    return new Outcome(out.toString(), inUnit < 0 ? problems.size() : inUnit, read);
  }

  // ------------------------------------------------------------------ generated units

  /** A value of the generated file: a mapping (entries), a list (items) or a scalar (text). */
  private static final class Node {
    final List<String> keys = new ArrayList<>();
    final List<Node> values = new ArrayList<>();
    final boolean mapping;
    final boolean list;
    String json;
    String yaml;

    private Node(boolean mapping, boolean list, String json, String yaml) {
      this.mapping = mapping;
      this.list = list;
      this.json = json;
      this.yaml = yaml;
    }

    static Node map() {
      return new Node(true, false, "", "");
    }

    static Node list() {
      return new Node(false, true, "", "");
    }

    static Node raw(String json, String yaml) {
      return new Node(false, false, json, yaml);
    }

    static Node raw(String both) {
      return raw(both, both);
    }

    static Node text(String s) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      String quoted = b.append('"').toString();
      boolean plain =
          s.matches("[a-z][a-z0-9]*") && !s.matches("y|n|yes|no|on|off|true|false|null");
      return raw(quoted, plain ? s : quoted);
    }

    Node put(String key, Node value) {
      keys.add(key);
      values.add(value);
      return this;
    }

    Node add(Node value) {
      values.add(value);
      return this;
    }

    boolean scalar() {
      return !mapping && !list;
    }
  }

  private static final class Units {

    private static final String[] KINDS = {
      "occurrence",
      "measurement",
      "assessment",
      "level",
      "check",
      "raterScores",
      "notApplicable",
      "vetoEvent"
    };

    static Node unit(Random r) {
      Node u = Node.map().put("unit", text(r)).put("group", text(r));
      if (r.nextBoolean()) {
        u.put("period", text(r));
      }
      if (r.nextInt(8) > 0) {
        Node facts = Node.list();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          String kind = KINDS[r.nextInt(KINDS.length)];
          facts.add(Node.map().put(kind, body(kind, r)));
        }
        u.put("facts", facts);
      }
      shuffle(u, r);
      return u;
    }

    private static Node body(String kind, Random r) {
      Node b = Node.map();
      switch (kind) {
        case "occurrence" -> {
          b.put("id", text(r)).put("node", text(r));
          maybe(b, r, "kind", text(r));
          maybe(b, r, "level", text(r));
          maybe(b, r, "count", Node.raw(String.valueOf(1 + r.nextInt(3))));
          maybe(b, r, "points", decimal(r));
          maybe(b, r, "amount", decimal(r));
          maybe(b, r, "matter", text(r));
          maybe(b, r, "selfReported", Node.raw(r.nextBoolean() ? "true" : "false"));
          maybe(b, r, "joint", Node.text(r.nextBoolean() ? "lead" : "partner"));
          maybe(b, r, "share", decimal(r));
        }
        case "measurement" -> {
          b.put("node", text(r)).put("value", decimal(r));
          maybe(b, r, "unit", text(r));
        }
        case "assessment" -> b.put("node", text(r)).put("points", decimal(r));
        case "level" -> b.put("node", text(r)).put("level", text(r));
        case "check" -> {
          b.put("node", text(r)).put("met", Node.raw(r.nextBoolean() ? "true" : "false"));
          maybe(b, r, "key", text(r));
        }
        case "raterScores" -> {
          Node scores = Node.list();
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            scores.add(decimal(r));
          }
          b.put("node", text(r)).put("scores", scores);
        }
        case "notApplicable" -> b.put("node", text(r)).put("reason", text(r));
        default -> b.put("id", text(r)).put("veto", text(r));
      }
      maybe(b, r, "note", text(r));
      if (r.nextInt(3) == 0) {
        Node p = Node.map().put("office", text(r));
        maybe(p, r, "recordedOn", Node.text(r.nextBoolean() ? "2024-01-31" : "2023-12-01"));
        if (r.nextBoolean()) {
          Node evidence = Node.list();
          int n = r.nextInt(3);
          for (int i = 0; i < n; i++) {
            evidence.add(text(r));
          }
          p.put("evidence", evidence);
        }
        maybe(p, r, "note", text(r));
        shuffle(p, r);
        b.put("provenance", p);
      }
      shuffle(b, r);
      return b;
    }

    private static void maybe(Node m, Random r, String key, Node value) {
      if (r.nextBoolean()) {
        m.put(key, value);
      }
    }

    private static Node text(Random r) {
      return switch (r.nextInt(8)) {
        case 0 -> Node.text("1.2.a");
        case 1 -> Node.text("甲单位 办公室");
        case 2 -> Node.raw("12");
        case 3 -> Node.text("line\nbreak");
        default -> Node.text("n" + r.nextInt(50));
      };
    }

    private static Node decimal(Random r) {
      return Node.raw(
          switch (r.nextInt(5)) {
            case 0 -> "0.5";
            case 1 -> "-15";
            case 2 -> "2.50";
            case 3 -> "0";
            default -> String.valueOf(r.nextInt(100));
          });
    }

    private static void shuffle(Node m, Random r) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < m.keys.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, r);
      List<String> keys = new ArrayList<>(m.keys);
      List<Node> values = new ArrayList<>(m.values);
      for (int i = 0; i < order.size(); i++) {
        m.keys.set(i, keys.get(order.get(i)));
        m.values.set(i, values.get(order.get(i)));
      }
    }

    private static final String[] ODD_KEYS = {
      "nodx",
      "unit",
      "node",
      "id",
      "grading",
      "scores",
      "provenance",
      "office",
      "met",
      "k\u0001",
      "check",
      "a".repeat(70)
    };

    private static final String[][] ODD_VALUES = {
      {"null", "null"},
      {"\"5\"", "\"5\""},
      {"1e3", "1e3"},
      {"01", "01"},
      {"-0", "-0"},
      {"1.", "1."},
      {"true", "yes"},
      {"\"\"", "\"\""},
      {"\"  \"", "\"  \""},
      {"\"a\\u0001b\"", "\"a\\x01b\""},
      {"\"a\\u2028b\"", "\"a\\u2028b\""},
      {"\"ab\\qc\"", "!!str 5"},
      {"{}", "{}"},
      {"[]", "[]"},
      {"[1]", "&a 5"},
      {"{\"x\": 1}", "*a"},
      {"\"" + "x".repeat(300) + "\"", "!x y"},
      {"1" + "0".repeat(250), "1" + "0".repeat(250)},
      {"\"lead\"", "partner"},
      {"\"2024-02-30\"", "\"2024-02-30\""},
      {"2.5", "&b [1, 2]"},
      {"\"occurrence\"", "occurrence"},
    };

    /** Changes one place of the unit: a key dropped, written twice or renamed, or a value. */
    static void mutate(Node unit, Random r, FileFormat format) {
      List<Node> containers = new ArrayList<>();
      collect(unit, containers);
      Node c = containers.get(r.nextInt(containers.size()));
      int size = c.values.size();
      int what = r.nextInt(6);
      if (size == 0 || what == 0) {
        Node odd = r.nextBoolean() ? oddValue(r) : text(r);
        if (c.mapping) {
          c.put(ODD_KEYS[r.nextInt(ODD_KEYS.length)], odd);
        } else {
          c.add(odd);
        }
        return;
      }
      int i = r.nextInt(size);
      switch (what) {
        case 1 -> {
          c.values.remove(i);
          if (c.mapping) {
            c.keys.remove(i);
          }
        }
        case 2 -> {
          if (c.mapping) {
            c.put(c.keys.get(i), r.nextBoolean() ? c.values.get(i) : text(r));
          } else {
            c.add(c.values.get(i));
          }
        }
        case 3 -> {
          if (c.mapping) {
            c.keys.set(
                i,
                r.nextBoolean()
                    ? ODD_KEYS[r.nextInt(ODD_KEYS.length)]
                    : KINDS[r.nextInt(KINDS.length)]);
          } else {
            c.values.set(i, oddValue(r));
          }
        }
        default -> c.values.set(i, oddValue(r));
      }
    }

    private static Node oddValue(Random r) {
      String[] v = ODD_VALUES[r.nextInt(ODD_VALUES.length)];
      return Node.raw(v[0], v[1]);
    }

    private static void collect(Node n, List<Node> out) {
      if (n.scalar()) {
        return;
      }
      out.add(n);
      for (Node v : n.values) {
        collect(v, out);
      }
    }

    /** The unit as the first of a list of two values, in JSON. */
    static String json(Node unit) {
      StringBuilder b = new StringBuilder("[");
      json(b, unit, 1);
      return b.append(",\n 7]\n").toString();
    }

    private static void json(StringBuilder b, Node n, int indent) {
      if (n.scalar()) {
        b.append(n.json);
        return;
      }
      b.append(n.mapping ? '{' : '[');
      for (int i = 0; i < n.values.size(); i++) {
        b.append(i == 0 ? "\n" : ",\n").append(" ".repeat(indent + 1));
        if (n.mapping) {
          b.append(Node.text(n.keys.get(i)).json).append(": ");
        }
        json(b, n.values.get(i), indent + 1);
      }
      b.append(n.mapping ? '}' : ']');
    }

    /** The unit as the first of a list of two values, in block YAML. */
    static String yaml(Node unit) {
      StringBuilder b = new StringBuilder("-");
      item(b, unit, 2);
      return b.append("- 7\n").toString();
    }

    /** A value after "key:" or "-": inline if a scalar or empty, else a block below. */
    private static void item(StringBuilder b, Node n, int indent) {
      if (n.scalar()) {
        b.append(' ').append(n.yaml).append('\n');
      } else if (n.values.isEmpty()) {
        b.append(n.mapping ? " {}\n" : " []\n");
      } else {
        b.append('\n');
        yaml(b, n, indent);
      }
    }

    private static void yaml(StringBuilder b, Node n, int indent) {
      for (int i = 0; i < n.values.size(); i++) {
        b.append(" ".repeat(indent));
        if (n.mapping) {
          b.append(Node.text(n.keys.get(i)).yaml).append(':');
        } else {
          b.append('-');
        }
        item(b, n.values.get(i), indent + 2);
      }
    }
  }
}
