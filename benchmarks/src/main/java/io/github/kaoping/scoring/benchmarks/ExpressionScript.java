package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A scheme written the way an integrator would write it for a general expression engine: one script
 * of assignments and ternaries that computes the total from numeric variables, and the Java that
 * turns a unit's facts into those variables. The same script runs in QLExpress4 (precise mode) and
 * AviatorScript (decimal mode).
 *
 * <p>It mirrors the calculator's arithmetic (start from full marks for deductions, floors and
 * ceilings by role, bonuses on top of every ancestor's cap, gates, carries to the total, penalty
 * vetoes) for the shapes the benchmarked schemes use; any other shape, and occurrence markers, are
 * refused when the script is built. It explains nothing: that is the point of the comparison.
 */
public final class ExpressionScript {

  /** How one variable is computed from a unit's facts. */
  private interface Variable {
    BigDecimal value(Map<String, List<Fact>> factsByNode, UnitFacts unit);
  }

  private final Scheme scheme;
  private final String group;
  private final StringBuilder script = new StringBuilder();
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private final List<String> carries = new ArrayList<>();
  private int next;

  private ExpressionScript(Scheme scheme, String group) {
    this.scheme = scheme;
    this.group = group;
  }

  /**
   * Writes the script for one unit group of a scheme.
   *
   * @param scheme the scheme
   * @param group the group whose items the script scores
   * @return the script and its variables
   * @throws UnsupportedOperationException for a shape the script does not express
   */
  public static ExpressionScript of(Scheme scheme, String group) {
    ExpressionScript s = new ExpressionScript(scheme, group);
    Node root =
        Node.builder()
            .id(scheme.id())
            .title(scheme.title())
            .maximum(scheme.maximum())
            .children(scheme.sections())
            .build();
    String total = s.node(root, List.of());
    StringBuilder sum = new StringBuilder(total);
    s.carries.forEach(c -> sum.append(" + ").append(c));
    for (int i = 0; i < scheme.vetoes().size(); i++) {
      Veto v = scheme.vetoes().get(i);
      if (v.effect() instanceof Veto.Penalty p && p.nodeId().isEmpty()) {
        sum.append(" - ").append(s.penalty(v, p));
      }
    }
    s.script.append("total = ").append(sum).append(";\ntotal");
    return s;
  }

  /** The script. */
  public String text() {
    return script.toString();
  }

  /** The number of variables the script reads. */
  public int variableCount() {
    return variables.size();
  }

  /**
   * Computes the script's variables from one unit's facts.
   *
   * @param unit the unit's facts, which must be valid for the scheme
   * @return a new mutable map of variable name to {@link BigDecimal}
   */
  public Map<String, Object> variables(UnitFacts unit) {
    Map<String, List<Fact>> byNode = new HashMap<>();
    for (Fact f : unit.facts()) {
      byNode.computeIfAbsent(f.target(), k -> new ArrayList<>(2)).add(f);
    }
    Map<String, Object> values = new HashMap<>(variables.size() * 2);
    variables.forEach((name, v) -> values.put(name, v.value(byNode, unit)));
    return values;
  }

  // ------------------------------------------------------------------ nodes

  /** Emits a node's assignments, children first; returns the name of its points. */
  private String node(Node node, List<Node> ancestors) {
    String v = "v" + next++;
    String t = "t" + v.substring(1);
    List<Node> path = new ArrayList<>(ancestors);
    path.add(node);
    if (!node.modifiers().isEmpty()) {
      throw new UnsupportedOperationException("occurrence modifiers on " + node.id());
    }
    Points max = node.maximum().orElse(null);
    String own;
    String carried = "0";
    String above = "";
    if (node.rule().isPresent()) {
      Rule rule = node.rule().get();
      String start = rule.startsFull() && max != null && startsFromMaximum(node) ? lit(max) : "0";
      own = start + effect(node, rule);
    } else {
      StringBuilder inside =
          new StringBuilder(startsFull(node) ? lit(node.maximum().orElseThrow()) : "0");
      StringBuilder carry = new StringBuilder("0");
      StringBuilder outside = new StringBuilder();
      for (Node child : node.children()) {
        if (!applies(child)) {
          continue;
        }
        String c = node(child, path);
        String ct = "t" + c.substring(1);
        if (child.role() == Role.SCORED || child.role() == Role.DEDUCTION) {
          inside.append(" + ").append(c);
          carry.append(" + ").append(ct);
        } else {
          outside.append(" + ").append(c);
        }
      }
      own = inside + " - (" + carry + ")";
      carried = "(" + carry + ")";
      above = outside.toString();
    }
    for (Veto veto : scheme.vetoes()) {
      if (veto.effect() instanceof Veto.Penalty p && p.nodeId().equals(Optional.of(node.id()))) {
        own += " - " + penalty(veto, p);
      }
    }
    String raw = "r" + v.substring(1);
    script.append(raw).append(" = ").append(own).append(";\n");
    Points floor = floor(node);
    Points ceiling = ceiling(node);
    if (floor != null && node.overflow() == Overflow.CARRY_TO_TOTAL) {
      String k = "k" + v.substring(1);
      script.append(k).append(" = ").append(raw).append(" < ").append(lit(floor));
      script.append(" ? ").append(raw).append(" - ").append(lit(floor)).append(" : 0;\n");
      carries.add(k);
    }
    String clamped = clamp(raw, floor, ceiling);
    String gate = gates(node);
    script.append(t).append(" = ").append(gate.isEmpty() ? "" : gate + " ? 0 : ");
    script.append(carried).append(above).append(";\n");
    script.append(v).append(" = ").append(gate.isEmpty() ? "" : gate + " ? 0 : ");
    script.append(clamped).append(" + ").append(carried).append(above).append(";\n");
    return v;
  }

  private boolean applies(Node node) {
    return node.groups().isEmpty() || node.groups().contains(group);
  }

  private static boolean startsFromMaximum(Node node) {
    return node.role() == Role.SCORED || node.role() == Role.BONUS;
  }

  private static boolean startsFull(Node node) {
    if (!startsFromMaximum(node) || node.maximum().isEmpty()) {
      return false;
    }
    boolean deduction = node.children().stream().anyMatch(c -> c.role() == Role.DEDUCTION);
    boolean scored = node.children().stream().anyMatch(c -> c.role() == Role.SCORED);
    return deduction && !scored;
  }

  private @Nullable Points floor(Node node) {
    if (node.floor().isPresent()) {
      return limit(node.floor().get());
    }
    Points max = node.maximum().orElse(null);
    return switch (node.role()) {
      case SCORED, BONUS -> Points.ZERO;
      case DEDUCTION -> max == null ? null : max.negated();
      case ADJUSTMENT -> null;
    };
  }

  private @Nullable Points ceiling(Node node) {
    if (node.ceiling().isPresent()) {
      return limit(node.ceiling().get());
    }
    return switch (node.role()) {
      case SCORED, BONUS -> node.maximum().orElse(null);
      case DEDUCTION -> Points.ZERO;
      case ADJUSTMENT -> null;
    };
  }

  private @Nullable Points limit(Limit limit) {
    if (limit instanceof Limit.Fixed f) {
      return f.points();
    }
    if (limit instanceof Limit.ShareOfMaximum s) {
      return find(scheme.sections(), s.nodeId()).maximum().orElseThrow().times(s.share());
    }
    return null;
  }

  private static Node find(List<Node> nodes, String id) {
    for (Node n : nodes) {
      if (n.id().equals(id)) {
        return n;
      }
      for (Node below : subtreeNodes(n)) {
        if (below.id().equals(id)) {
          return below;
        }
      }
    }
    throw new IllegalArgumentException("no node " + id);
  }

  private static List<Node> subtreeNodes(Node node) {
    List<Node> all = new ArrayList<>();
    for (Node c : node.children()) {
      all.add(c);
      all.addAll(subtreeNodes(c));
    }
    return all;
  }

  private static String clamp(String x, @Nullable Points floor, @Nullable Points ceiling) {
    String s = x;
    if (ceiling != null) {
      s = "(" + x + " > " + lit(ceiling) + " ? " + lit(ceiling) + " : " + x + ")";
    }
    if (floor != null) {
      s = "(" + x + " < " + lit(floor) + " ? " + lit(floor) + " : " + s + ")";
    }
    return s;
  }

  // ------------------------------------------------------------------ gates and vetoes

  private String gates(Node node) {
    List<String> conditions = new ArrayList<>();
    for (Gate gate : node.gates()) {
      String g = variable("g");
      if (gate instanceof Gate.Prerequisite) {
        variables.put(
            g,
            (byNode, unit) ->
                byNode.getOrDefault(node.id(), List.of()).stream()
                        .anyMatch(
                            f -> f instanceof Check c && c.key().equals(gate.id()) && !c.met())
                    ? BigDecimal.ONE
                    : BigDecimal.ZERO);
        conditions.add(g + " > 0");
      } else if (gate instanceof Gate.OccurrenceLimit limit) {
        List<String> ids = subtree(node);
        variables.put(
            g,
            (byNode, unit) ->
                count(byNode, ids, o -> limit.kind().isEmpty() || limit.kind().equals(o.kind())));
        conditions.add(within(g, limit.count()));
      }
    }
    return conditions.isEmpty() ? "" : "(" + String.join(" || ", conditions) + ")";
  }

  private String penalty(Veto veto, Veto.Penalty penalty) {
    if (!(veto.trigger() instanceof Veto.Reported)) {
      throw new UnsupportedOperationException("a penalty set off by the score: " + veto.id());
    }
    String e = variable("e");
    variables.put(
        e,
        (byNode, unit) ->
            BigDecimal.valueOf(
                unit.facts().stream()
                    .filter(f -> f instanceof VetoEvent ev && ev.vetoId().equals(veto.id()))
                    .count()));
    return "(" + e + " * " + lit(penalty.perEvent()) + ")";
  }

  private static List<String> subtree(Node node) {
    List<String> ids = new ArrayList<>();
    ids.add(node.id());
    node.children().forEach(c -> ids.addAll(subtree(c)));
    return ids;
  }

  private static BigDecimal count(
      Map<String, List<Fact>> byNode,
      List<String> ids,
      java.util.function.Predicate<Occurrence> p) {
    int n = 0;
    for (String id : ids) {
      for (Fact f : byNode.getOrDefault(id, List.of())) {
        if (f instanceof Occurrence o && p.test(o)) {
          n += o.count();
        }
      }
    }
    return BigDecimal.valueOf(n);
  }

  // ------------------------------------------------------------------ rules

  private String effect(Node node, Rule rule) {
    String id = node.id();
    if (rule instanceof Rule.PerOccurrence per) {
      StringBuilder s = new StringBuilder();
      for (Rule.Rate rate : per.rates()) {
        String q = variable("q");
        variables.put(
            q,
            (byNode, unit) -> {
              BigDecimal total = BigDecimal.ZERO;
              for (Fact f : byNode.getOrDefault(id, List.of())) {
                if (f instanceof Occurrence o
                    && rate.kind().equals(o.kind())
                    && rate.level().equals(o.level())) {
                  BigDecimal each = o.points().orElse(rate.min()).toBigDecimal();
                  total = total.add(each.multiply(BigDecimal.valueOf(o.count())));
                }
              }
              return total;
            });
        s.append(rate.direction() == Direction.EARN ? " + " : " - ").append(q);
      }
      return s.toString();
    }
    if (rule instanceof Rule.Checklist list) {
      String k = variable("c");
      boolean earn = list.direction() == Direction.EARN;
      variables.put(k, (byNode, unit) -> checks(byNode, id, earn));
      return (earn ? " + " : " - ") + lit(list.each()) + " * " + k;
    }
    if (rule instanceof Rule.Criterion) {
      String m = variable("m");
      variables.put(m, (byNode, unit) -> checks(byNode, id, true));
      return " + " + lit(node.maximum().orElseThrow()) + " * " + m;
    }
    if (rule instanceof Rule.FullMarks) {
      return "";
    }
    if (rule instanceof Rule.Assessed assessed) {
      String a = variable("a");
      variables.put(
          a, (byNode, unit) -> single(byNode, id, Assessment.class).points().toBigDecimal());
      return (assessed.direction() == Direction.EARN ? " + " : " - ") + a;
    }
    if (rule instanceof Rule.Levels levels) {
      String l = variable("l");
      ToIntFunction<String> index =
          key -> {
            for (int i = 0; i < levels.levels().size(); i++) {
              if (levels.levels().get(i).key().equals(key)) {
                return i;
              }
            }
            throw new IllegalArgumentException("unknown level " + key);
          };
      variables.put(
          l,
          (byNode, unit) ->
              BigDecimal.valueOf(
                  index.applyAsInt(single(byNode, id, AssessedLevel.class).level())));
      StringBuilder s = new StringBuilder("0");
      for (int i = levels.levels().size() - 1; i >= 0; i--) {
        s.insert(0, "(" + l + " < " + i + ".5 ? " + lit(levels.levels().get(i).points()) + " : ");
        s.append(")");
      }
      return " + " + s;
    }
    if (rule instanceof Rule.Tiers tiers) {
      String x = variable("x");
      variables.put(x, (byNode, unit) -> single(byNode, id, Measurement.class).value());
      StringBuilder s = new StringBuilder("0");
      for (int i = tiers.tiers().size() - 1; i >= 0; i--) {
        Rule.Tier tier = tiers.tiers().get(i);
        s.insert(0, "(" + within(x, tier.range()) + " ? " + lit(tier.points()) + " : ");
        s.append(")");
      }
      return " + " + s;
    }
    if (rule instanceof Rule.ShortfallSteps steps) {
      // Counting whole (or started) steps is integer division, which the engines spell differently;
      // the number of steps is computed with the other variables.
      String k = variable("s");
      RoundingMode counting = steps.partialStepCounts() ? RoundingMode.UP : RoundingMode.DOWN;
      variables.put(
          k,
          (byNode, unit) ->
              steps
                  .target()
                  .subtract(single(byNode, id, Measurement.class).value())
                  .max(BigDecimal.ZERO)
                  .divide(steps.step(), 0, counting));
      return " - " + lit(steps.pointsPerStep()) + " * " + k;
    }
    throw new UnsupportedOperationException(
        rule.getClass().getSimpleName() + " on " + id + " is not written as a script here");
  }

  private static BigDecimal checks(Map<String, List<Fact>> byNode, String id, boolean met) {
    int n = 0;
    for (Fact f : byNode.getOrDefault(id, List.of())) {
      if (f instanceof Check c && c.met() == met) {
        n++;
      }
    }
    return BigDecimal.valueOf(n);
  }

  private static <F extends Fact> F single(
      Map<String, List<Fact>> byNode, String id, Class<F> type) {
    for (Fact f : byNode.getOrDefault(id, List.of())) {
      if (type.isInstance(f)) {
        return type.cast(f);
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " for " + id);
  }

  private static String within(String x, Interval range) {
    List<String> parts = new ArrayList<>();
    range
        .lower()
        .ifPresent(
            b -> parts.add(x + (b.inclusive() ? " >= " : " > ") + b.value().toPlainString()));
    range
        .upper()
        .ifPresent(
            b -> parts.add(x + (b.inclusive() ? " <= " : " < ") + b.value().toPlainString()));
    return parts.isEmpty() ? "true" : "(" + String.join(" && ", parts) + ")";
  }

  private String variable(String prefix) {
    return prefix + next++;
  }

  private static String lit(Points p) {
    String s = p.toString();
    return p.isNegative() ? "(" + s + ")" : s;
  }
}
