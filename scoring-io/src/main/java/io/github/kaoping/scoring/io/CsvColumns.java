package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV facts column holds, by the rule of the node it names: a count of occurrences, an
 * amount, a measured value or assessed points. A node whose facts need more than one number (kinds
 * or levels of occurrence, checks, assessed levels, rater scores) needs the full format.
 *
 * <p>A column's header is the node id, optionally followed by the unit its values are given in:
 * {@code art8.1.bureau (条/月)}. The unit must be the one the node states; a CSV written by {@link
 * FactsFiles} always names it.
 */
final class CsvColumns {

  /** What one column's cells mean. */
  enum Meaning {
    /** How many times it happened: one occurrence with that count, none for 0. */
    COUNT("a count of occurrences, such as 2"),
    /** An amount summed over occurrences (万元): one occurrence carrying it. */
    AMOUNT("an amount, such as 350"),
    /** A measured quantity: one measurement. */
    MEASURED("a measured value, such as 96.5"),
    /** The points the evaluator gave: one assessment. */
    ASSESSED("assessed points, such as 27.5");

    final String expected;

    Meaning(String expected) {
      this.expected = expected;
    }
  }

  /**
   * A column's meaning, or why the node cannot be given in CSV.
   *
   * @param meaning the meaning
   * @param refusal why the column cannot be read, or empty
   * @param unit the unit the node states for its values (measured values and amounts), or empty
   */
  record Column(Meaning meaning, String refusal, String unit) {

    /** The header naming this column: the node id, and the unit if the node states one. */
    String header(String nodeId) {
      return unit.isBlank() ? nodeId : nodeId + " (" + unit + ")";
    }
  }

  /**
   * A header cell split into the node id and the unit it names, if any: {@code s1.2 (%)}, also with
   * full-width parentheses {@code s1.2（%）} as Chinese input methods type them.
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

  private final Map<String, Node> nodes = new LinkedHashMap<>();

  CsvColumns(Scheme scheme) {
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

  /** What a column named by a node id means; throws nothing, refuses with a reason. */
  Column column(String nodeId) {
    Node node = nodes.get(nodeId);
    if (node == null) {
      return refuse("is not a node of the scheme");
    }
    if (!node.isLeaf() || node.rule().isEmpty()) {
      return refuse("names a section, not an item: give one column per item");
    }
    for (Gate g : node.gates()) {
      if (g instanceof Gate.Prerequisite p) {
        return refuse(
            "has the prerequisite '"
                + p.id()
                + "', whose check needs the full format (YAML or JSON)");
      }
      if (g instanceof Gate.OccurrenceLimit o && o.kind().isPresent()) {
        return refuse(
            "counts occurrences of the kind '"
                + o.kind().get()
                + "', which needs the full format (YAML or JSON)");
      }
    }
    return node.rule().get().accept(CLASSIFY);
  }

  private static Column ok(Meaning m) {
    return new Column(m, "", "");
  }

  private static Column ok(Meaning m, String unit) {
    return new Column(m, "", unit);
  }

  private static Column refuse(String why) {
    return new Column(Meaning.COUNT, why, "");
  }

  private static final Rule.Visitor<Column> CLASSIFY =
      new Rule.Visitor<>() {
        @Override
        public Column perOccurrence(Rule.PerOccurrence rule) {
          if (rule.rates().size() == 1) {
            Rule.Rate r = rule.rates().get(0);
            if (r.kind().isEmpty() && r.level().isEmpty() && !r.isRange()) {
              return ok(Meaning.COUNT);
            }
            if (r.isRange()) {
              return refuse(
                  "is scored per occurrence at points the evaluator chooses, which needs the full"
                      + " format (YAML or JSON)");
            }
          }
          return refuse(
              "is scored per occurrence by kind or level, which needs the full format (YAML or"
                  + " JSON)");
        }

        @Override
        public Column checklist(Rule.Checklist rule) {
          return refuse("is a checklist, whose checks need the full format (YAML or JSON)");
        }

        @Override
        public Column criterion(Rule.Criterion rule) {
          return refuse("is a criterion, whose check needs the full format (YAML or JSON)");
        }

        @Override
        public Column fullMarks(Rule.FullMarks rule) {
          return ok(Meaning.COUNT);
        }

        @Override
        public Column levels(Rule.Levels rule) {
          return refuse("is scored by assessed level, which needs the full format (YAML or JSON)");
        }

        @Override
        public Column assessed(Rule.Assessed rule) {
          return ok(Meaning.ASSESSED);
        }

        @Override
        public Column panel(Rule.Panel rule) {
          return refuse("is scored by a panel, whose scores need the full format (YAML or JSON)");
        }

        @Override
        public Column tiers(Rule.Tiers rule) {
          return ok(Meaning.MEASURED, rule.unit());
        }

        @Override
        public Column proportional(Rule.Proportional rule) {
          return ok(Meaning.MEASURED, rule.unit());
        }

        @Override
        public Column conversion(Rule.Conversion rule) {
          return ok(Meaning.MEASURED, rule.unit());
        }

        @Override
        public Column shortfallSteps(Rule.ShortfallSteps rule) {
          return ok(Meaning.MEASURED, rule.unit());
        }

        @Override
        public Column amountSteps(Rule.AmountSteps rule) {
          return ok(Meaning.AMOUNT, rule.unit());
        }
      };
}
