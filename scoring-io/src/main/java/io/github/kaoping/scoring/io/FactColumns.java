package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The columns in which a table of units — a CSV facts file, or a unit sheet of a workbook — gives
 * each item's facts, one cell per unit, by the item's rule: a count of occurrences, an amount, a
 * measured value or assessed points (the four a CSV file holds), and, in a workbook, also 是/否 for a
 * criterion, a checklist element or a prerequisite, an assessed level, one rater's score, or the
 * names of the elements of an unlisted checklist. An item whose occurrences need a kind, level or
 * chosen points has a column that says where they go instead.
 *
 * <p>Both formats read a cell's text into a fact here, and write a fact as a cell's text here.
 */
final class FactColumns {

  /** What one column's cells mean. */
  enum Meaning {
    /** How many times it happened: one occurrence with that count, none for 0. */
    COUNT("a count of occurrences, such as 2"),
    /** An amount summed over occurrences (万元): one occurrence carrying it. */
    AMOUNT("an amount, such as 350"),
    /** A measured quantity: one measurement. */
    MEASURED("a measured value, such as 96.5"),
    /** The points the evaluator gave: one assessment. */
    ASSESSED("assessed points, such as 27.5"),
    /** Whether a criterion, checklist element or prerequisite is met: 是 or 否. */
    MET("是 or 否"),
    /** The level the evaluator assessed, by its title (or key). */
    LEVEL("one of the item's levels"),
    /** One rater's score; a unit's scores make one fact. */
    SCORE("a rater's score, such as 88.5"),
    /** The elements of a checklist the scheme does not list: their names, separated by ；. */
    NAMED("the names of elements, separated by ；"),
    /** Nothing: the item's occurrences need a kind, level or points, given on another sheet. */
    ELSEWHERE("nothing here: the item's occurrences are recorded on the occurrences sheet");

    final String expected;

    Meaning(String expected) {
      this.expected = expected;
    }

    /** Does a CSV file hold this meaning? */
    boolean inCsv() {
      return this == COUNT || this == AMOUNT || this == MEASURED || this == ASSESSED;
    }
  }

  /**
   * One column of an item.
   *
   * @param key the column's key: the node id; {@code node:key} for a checklist element or a
   *     prerequisite; {@code node#n} for the n-th rater of a panel
   * @param node the node id
   * @param meaning what its cells mean
   * @param checkKey for {@link Meaning#MET}: the element's or prerequisite's id, "" for the node's
   *     own criterion
   * @param title what the column asks, for headers: the element's or prerequisite's title, or the
   *     rater's number; "" for the node's own value
   * @param refusal why a CSV file cannot hold the column, "" if it can
   * @param unit the unit the node states for its values (measured values and amounts), or ""
   */
  record Column(
      String key,
      String node,
      Meaning meaning,
      String checkKey,
      String title,
      String refusal,
      String unit) {

    /** The CSV header naming this column: the node id, and the unit if the node states one. */
    String header() {
      return unit.isBlank() ? key : key + " (" + unit + ")";
    }
  }

  /**
   * A CSV header cell split into the node id and the unit it names, if any: {@code s1.2 (%)}, also
   * with full-width parentheses {@code s1.2（%）} as Chinese input methods type them.
   *
   * @param nodeId the node id
   * @param unit the unit named, or null
   */
  record Header(String nodeId, @Nullable String unit) {

    private static final Pattern WITH_UNIT =
        Pattern.compile("(.*?)\\s*[(\uFF08]([^()\uFF08\uFF09]*)[)\uFF09]");

    static Header parse(String cell) {
      Matcher m = WITH_UNIT.matcher(cell);
      return m.matches() ? new Header(m.group(1), m.group(2).strip()) : new Header(cell, null);
    }
  }

  /** Panels get this many rater columns at most; a clerk may add more, keyed {@code node#11}. */
  static final int RATER_COLUMNS = 10;

  private final Map<String, Node> nodes = new LinkedHashMap<>();

  FactColumns(Scheme scheme) {
    for (Node n : scheme.sections()) {
      index(n);
    }
  }

  private void index(Node n) {
    nodes.putIfAbsent(n.id(), n);
    n.children().forEach(this::index);
  }

  /** Every node id of the scheme, in the scheme's order. */
  Iterable<Node> nodes() {
    return nodes.values();
  }

  /** A node by id, if the scheme has it. */
  @Nullable Node node(String id) {
    return nodes.get(id);
  }

  // ================================================================== CSV

  /**
   * The CSV column named by a node id: its meaning, or why a CSV file cannot hold it. Throws
   * nothing: a column it cannot read is refused with a reason.
   */
  Column column(String nodeId) {
    Node node = nodes.get(nodeId);
    if (node == null) {
      return refuse(nodeId, "is not a node of the scheme");
    }
    if (!node.isLeaf() || node.rule().isEmpty()) {
      return refuse(nodeId, "names a section, not an item: give one column per item");
    }
    for (Gate g : node.gates()) {
      if (g instanceof Gate.Prerequisite p) {
        return refuse(
            nodeId,
            "has the prerequisite '"
                + p.id()
                + "', whose check needs the full format (YAML or JSON)");
      }
      if (g instanceof Gate.OccurrenceLimit o && o.kind().isPresent()) {
        return refuse(
            nodeId,
            "counts occurrences of the kind '"
                + o.kind().get()
                + "', which needs the full format (YAML or JSON)");
      }
    }
    List<Column> own = ruleColumns(node);
    Column first = own.get(0);
    return own.size() == 1 && first.key().equals(nodeId) ? first : refuse(nodeId, first.refusal());
  }

  private static Column refuse(String nodeId, String why) {
    return new Column(nodeId, nodeId, Meaning.COUNT, "", "", why, "");
  }

  // ================================================================== workbooks

  /**
   * The columns of a leaf in a workbook's unit sheet: one 是/否 column per prerequisite, then the
   * columns of its rule. A section has none.
   */
  List<Column> columns(Node node) {
    if (!node.isLeaf() || node.rule().isEmpty()) {
      return List.of();
    }
    List<Column> out = new ArrayList<>();
    for (Gate g : node.gates()) {
      if (g instanceof Gate.Prerequisite p) {
        out.add(
            new Column(
                node.id() + ":" + p.id(),
                node.id(),
                Meaning.MET,
                p.id(),
                p.title(),
                "is a prerequisite",
                ""));
      }
    }
    out.addAll(ruleColumns(node));
    return out;
  }

  /**
   * The column a key names, for a workbook's key row: a node's own column, an element's or
   * prerequisite's ({@code node:key}), or a rater's ({@code node#n}, any n from 1).
   *
   * @return the column, or null if the key names none of the scheme
   */
  @Nullable Column byKey(String key) {
    int hash = key.lastIndexOf('#');
    if (hash > 0) {
      Node node = nodes.get(key.substring(0, hash));
      String n = key.substring(hash + 1);
      if (node == null || !Text.isPlainInteger(n, false) || n.equals("0")) {
        return null;
      }
      if (node.rule().isPresent() && node.rule().get() instanceof Rule.Panel) {
        return rater(node, Integer.parseInt(n));
      }
      return null;
    }
    int colon = key.indexOf(':');
    Node node = nodes.get(colon < 0 ? key : key.substring(0, colon));
    if (node == null) {
      return null;
    }
    for (Column c : columns(node)) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    return null;
  }

  private static Column rater(Node node, int n) {
    return new Column(
        node.id() + "#" + n,
        node.id(),
        Meaning.SCORE,
        "",
        "评分" + n,
        "is scored by a panel, whose scores need the full format (YAML or JSON)",
        "");
  }

  private List<Column> ruleColumns(Node node) {
    Rule rule = node.rule().orElseThrow();
    String id = node.id();
    return rule.accept(
        new Rule.Visitor<List<Column>>() {
          @Override
          public List<Column> perOccurrence(Rule.PerOccurrence r) {
            if (r.rates().size() == 1) {
              Rule.Rate rate = r.rates().get(0);
              if (rate.kind().isEmpty() && rate.level().isEmpty() && !rate.isRange()) {
                return one(Meaning.COUNT, "");
              }
              if (rate.isRange()) {
                return one(
                    Meaning.ELSEWHERE,
                    "is scored per occurrence at points the evaluator chooses, which needs the"
                        + " full format (YAML or JSON)");
              }
            }
            return one(
                Meaning.ELSEWHERE,
                "is scored per occurrence by kind or level, which needs the full format (YAML or"
                    + " JSON)");
          }

          @Override
          public List<Column> checklist(Rule.Checklist r) {
            String why = "is a checklist, whose checks need the full format (YAML or JSON)";
            if (r.elements().isEmpty()) {
              return one(Meaning.NAMED, why);
            }
            List<Column> out = new ArrayList<>();
            for (Rule.Element e : r.elements()) {
              out.add(new Column(id + ":" + e.id(), id, Meaning.MET, e.id(), e.title(), why, ""));
            }
            return out;
          }

          @Override
          public List<Column> criterion(Rule.Criterion r) {
            return one(
                Meaning.MET, "is a criterion, whose check needs the full format (YAML or JSON)");
          }

          @Override
          public List<Column> fullMarks(Rule.FullMarks r) {
            return one(Meaning.COUNT, "");
          }

          @Override
          public List<Column> levels(Rule.Levels r) {
            return one(
                Meaning.LEVEL,
                "is scored by assessed level, which needs the full format (YAML or JSON)");
          }

          @Override
          public List<Column> assessed(Rule.Assessed r) {
            return one(Meaning.ASSESSED, "");
          }

          @Override
          public List<Column> panel(Rule.Panel r) {
            int n =
                Math.min(
                    RATER_COLUMNS, Math.max(r.minRaters(), r.maxRaters().orElse(RATER_COLUMNS)));
            List<Column> out = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
              out.add(rater(node, i));
            }
            return out;
          }

          @Override
          public List<Column> tiers(Rule.Tiers r) {
            return one(Meaning.MEASURED, "", r.unit());
          }

          @Override
          public List<Column> proportional(Rule.Proportional r) {
            return one(Meaning.MEASURED, "", r.unit());
          }

          @Override
          public List<Column> conversion(Rule.Conversion r) {
            return one(Meaning.MEASURED, "", r.unit());
          }

          @Override
          public List<Column> shortfallSteps(Rule.ShortfallSteps r) {
            return one(Meaning.MEASURED, "", r.unit());
          }

          @Override
          public List<Column> amountSteps(Rule.AmountSteps r) {
            return one(Meaning.AMOUNT, "", r.unit());
          }

          private List<Column> one(Meaning m, String refusal) {
            return one(m, refusal, "");
          }

          private List<Column> one(Meaning m, String refusal, String unit) {
            return List.of(new Column(id, id, m, "", "", refusal, unit));
          }
        });
  }

  // ================================================================== cells and facts

  /**
   * Reads a cell of one of the meanings a CSV file holds into its fact.
   *
   * @param m the column's meaning, one that {@link Meaning#inCsv()}
   * @param node the node id
   * @param unit the unit a measured value is given in, if the column names one
   * @param cell the cell's text, stripped, not empty
   * @param maxNumberLength the longest number allowed
   * @param problem told "expected ..., found ..." when the text is not what the column holds
   * @return the fact, or null for none: a zero count, or a problem
   */
  static @Nullable Fact fact(
      Meaning m,
      String node,
      @Nullable String unit,
      String cell,
      int maxNumberLength,
      Consumer<String> problem) {
    String wrong = misread(m, cell, maxNumberLength);
    if (wrong != null) {
      problem.accept(wrong);
      return null;
    }
    return read(m, node, Optional.ofNullable(unit), cell);
  }

  /**
   * Why a cell's text is not what a column of one of the meanings a CSV file holds holds.
   *
   * @param m the column's meaning, one that {@link Meaning#inCsv()}
   * @param cell the cell's text, stripped, not empty
   * @param maxNumberLength the longest number allowed
   * @return "expected ..., found ...", or null if the text is what the column holds
   */
  static @Nullable String misread(Meaning m, String cell, int maxNumberLength) {
    boolean plain =
        m == Meaning.COUNT ? Text.isPlainInteger(cell, false) : Text.isPlainDecimal(cell);
    if (!plain || cell.length() > maxNumberLength) {
      return "expected " + m.expected + ", found '" + Doc.abbreviate(cell) + "'";
    }
    return null;
  }

  /**
   * Reads a cell's text that {@link #misread} found to be what its column holds into its fact.
   *
   * @param m the column's meaning, one that {@link Meaning#inCsv()}
   * @param node the node id
   * @param unit the unit a measured value is given in, if the column names one
   * @param cell the cell's text
   * @return the fact, or null for a zero count
   */
  static @Nullable Fact read(Meaning m, String node, Optional<String> unit, String cell) {
    return switch (m) {
      case COUNT -> {
        int count = Integer.parseInt(cell);
        yield count == 0 ? null : Occurrence.of(node, node).count(count).build();
      }
      case AMOUNT -> Occurrence.of(node, node).amount(Text.plainDecimal(cell)).build();
      case MEASURED -> new Measurement(node, Text.plainDecimal(cell), unit, Optional.empty());
      case ASSESSED -> new Assessment(node, Points.of(Text.plainDecimal(cell)), Optional.empty());
      default -> throw new IllegalArgumentException(m + " is not read from text alone");
    };
  }

  /**
   * Writes a fact as the text of a cell of one of the meanings a CSV file holds: the inverse of
   * {@link #fact}.
   *
   * @return the text, or null if the fact needs more than the cell says (an id of its own, a kind,
   *     a note, provenance, ...)
   */
  static @Nullable String text(Fact f, Column column) {
    Meaning meaning = column.meaning();
    if (f instanceof Occurrence o
        && o.id().equals(o.nodeId())
        && o.kind().isEmpty()
        && o.level().isEmpty()
        && o.points().isEmpty()
        && o.matter().isEmpty()
        && !o.selfReported()
        && o.joint().isEmpty()
        && o.share().isEmpty()
        && o.note().isEmpty()
        && o.provenance().isEmpty()) {
      if (meaning == Meaning.COUNT && o.amount().isEmpty()) {
        return Integer.toString(o.count());
      }
      if (meaning == Meaning.AMOUNT && o.amount().isPresent() && o.count() == 1) {
        return o.amount().get().toPlainString();
      }
    }
    if (f instanceof Measurement m
        && meaning == Meaning.MEASURED
        && m.unit().map(unit -> Rule.Measured.sameUnit(unit, column.unit())).orElse(true)
        && m.provenance().isEmpty()) {
      return m.value().toPlainString();
    }
    if (f instanceof Assessment a && meaning == Meaning.ASSESSED && a.provenance().isEmpty()) {
      return a.points().toString();
    }
    return null;
  }
}
