package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Modifier;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a scheme as an indented tree for a terminal: maxima, clauses, rules, vetoes, outcomes.
 */
final class SchemeTree {

  private SchemeTree() {}

  static String render(Scheme s) {
    StringBuilder out = new StringBuilder();
    out.append(s.id()).append("  ").append(s.title());
    s.maximum().ifPresent(m -> out.append("  max ").append(m));
    out.append('\n');
    SchemeInfo i = s.info();
    List<String> meta = new ArrayList<>();
    i.documentNumber().ifPresent(meta::add);
    i.issuer().ifPresent(meta::add);
    i.issued().ifPresent(d -> meta.add("issued " + d));
    i.effective().ifPresent(d -> meta.add("effective " + d));
    if (i.status() != SchemeInfo.Status.STANDARD) {
      meta.add(i.status().name().toLowerCase(Locale.ROOT));
    }
    if (!meta.isEmpty()) {
      out.append(String.join(" · ", meta)).append('\n');
    }
    for (UnitGroup g : s.groups()) {
      out.append("group ").append(g.id()).append(' ').append(g.title());
      g.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
      if (!g.units().isEmpty()) {
        out.append(": ").append(g.units().size()).append(" units");
      }
      out.append('\n');
    }
    if (!s.parameters().isEmpty()) {
      out.append("parameters the office sets (the text gives no number)\n");
      for (Parameter p : s.parameters()) {
        out.append("  ").append(p.id()).append(' ').append(p.title());
        out.append(" [").append(p.clause()).append("]: ");
        out.append(
            p.value()
                .map(v -> "set to " + v.toPlainString())
                .orElse("not set (example " + p.example().toPlainString() + ")"));
        out.append('\n');
      }
    }
    out.append('\n');
    for (int n = 0; n < s.sections().size(); n++) {
      node(s.sections().get(n), "", n == s.sections().size() - 1, out);
    }
    if (!s.vetoes().isEmpty()) {
      out.append("\nvetoes\n");
      for (Veto v : s.vetoes()) {
        out.append("  ").append(v.id()).append(' ').append(v.title());
        v.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
        out.append(": ").append(trigger(v.trigger())).append(" → ").append(effect(v.effect()));
        out.append('\n');
      }
    }
    if (!s.outcomes().isEmpty()) {
      out.append("\noutcomes\n");
      for (Outcome o : s.outcomes()) {
        out.append("  ").append(o.id()).append(' ').append(o.title());
        o.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
        out.append(": ").append(outcome(o)).append('\n');
      }
    }
    if (!s.readings().isEmpty()) {
      out.append("\nreadings\n");
      for (Reading r : s.readings()) {
        out.append("  ").append(r.id()).append(" [").append(r.clause()).append("] ");
        out.append(r.reading()).append('\n');
      }
    }
    return out.toString();
  }

  private static void node(Node n, String indent, boolean last, StringBuilder out) {
    out.append(indent).append(last ? "└─ " : "├─ ").append(n.id()).append(' ').append(n.title());
    n.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
    n.maximum().ifPresent(m -> out.append("  max ").append(m));
    if (n.role() != Role.SCORED) {
      out.append("  (").append(n.role().name().toLowerCase(Locale.ROOT)).append(')');
    }
    if (!n.groups().isEmpty()) {
      out.append("  groups ").append(String.join(", ", n.groups()));
    }
    n.rule().ifPresent(r -> out.append("  — ").append(r.accept(RULE)));
    n.floor().ifPresent(l -> out.append("  floor ").append(limit(l)));
    n.ceiling().ifPresent(l -> out.append("  ceiling ").append(limit(l)));
    out.append('\n');
    String inner = indent + (last ? "   " : "│  ");
    for (Gate g : n.gates()) {
      out.append(inner).append("  zeroed ");
      if (g instanceof Gate.OccurrenceLimit o) {
        out.append("when the count of ")
            .append(o.kind().map(k -> k + " ").orElse(""))
            .append("occurrences is in ")
            .append(o.count());
      } else {
        out.append("unless ").append(g.id());
      }
      out.append(": ").append(g.title());
      g.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
      out.append('\n');
    }
    for (Modifier m : n.modifiers()) {
      out.append(inner).append("  ").append(modifier(m));
      m.clause().ifPresent(c -> out.append(" [").append(c).append(']'));
      out.append('\n');
    }
    for (int i = 0; i < n.children().size(); i++) {
      node(n.children().get(i), inner, i == n.children().size() - 1, out);
    }
  }

  private static String limit(Limit l) {
    if (l instanceof Limit.Fixed f) {
      return f.points().toString();
    }
    if (l instanceof Limit.ShareOfMaximum s) {
      return s.share().toPlainString() + " × max of " + s.nodeId();
    }
    return "none";
  }

  private static String modifier(Modifier m) {
    if (m instanceof Modifier.SameMatterOnce) {
      return "occurrences of one matter count once, at the largest amount";
    }
    if (m instanceof Modifier.SelfReportedExempt) {
      return "self-reported matters are exempt";
    }
    Modifier.JointSplit j = (Modifier.JointSplit) m;
    return "joint work: lead "
        + j.lead().toPlainString()
        + ", partner "
        + j.partner().toPlainString();
  }

  private static String trigger(Veto.Trigger t) {
    if (t instanceof Veto.NodeScore s) {
      return "when " + s.nodeId() + " scores in " + s.points();
    }
    if (t instanceof Veto.OccurrenceCount c) {
      return "when the count of "
          + c.kind().map(k -> k + " ").orElse("")
          + "occurrences on "
          + c.nodeId()
          + " is in "
          + c.count();
    }
    return "when reported";
  }

  private static String effect(Veto.Effect e) {
    if (e instanceof Veto.Disqualification d) {
      return d.barsHead() ? "disqualified, head barred too" : "disqualified from awards";
    }
    Veto.Penalty p = (Veto.Penalty) e;
    return "-" + p.perEvent() + " each time, from " + p.nodeId().orElse("the total");
  }

  private static String outcome(Outcome o) {
    if (o instanceof Ranking r) {
      return "ranking on " + r.on().orElse("the total") + "; " + awards(r.awards());
    }
    if (o instanceof Improvement i) {
      return "improvement on " + i.on().orElse("the total") + "; " + awards(i.awards());
    }
    if (o instanceof Banding b) {
      return "bands on "
          + b.on().orElse("the total")
          + ": "
          + b.bands().stream()
              .map(x -> x.label() + " " + x.scores())
              .collect(Collectors.joining(", "));
    }
    Grading g = (Grading) o;
    return "grades "
        + g.grades().stream()
            .map(x -> x.title() + x.scores().map(sc -> " " + sc).orElse(" by review"))
            .collect(Collectors.joining(", "))
        + ", valid "
        + g.validYears()
        + " years";
  }

  private static String awards(List<Award> awards) {
    return awards.stream()
        .map(
            a ->
                a.label()
                    + " "
                    + (a.end() == Award.End.BOTTOM ? "bottom " : "")
                    + (a.places().isPresent()
                        ? "#" + a.from() + " on, as many places as " + a.places().get() + " sets"
                        : a.from() == a.to() ? "#" + a.from() : "#" + a.from() + "-" + a.to())
                    + a.eligible().map(e -> " if " + e).orElse(""))
        .collect(Collectors.joining(", "));
  }

  private static String dir(Direction d) {
    return d == Direction.EARN ? "earn" : "deduct";
  }

  private static final Rule.Visitor<String> RULE =
      new Rule.Visitor<>() {
        @Override
        public String perOccurrence(Rule.PerOccurrence rule) {
          return rule.rates().stream()
              .map(
                  r ->
                      dir(r.direction())
                          + " "
                          + (r.parameter().isPresent()
                              ? "the amount " + r.parameter().get() + " sets"
                              : r.isRange() ? r.min() + "-" + r.max() : r.min().toString())
                          + " per occurrence"
                          + r.kind().map(k -> " of " + k).orElse("")
                          + r.level().map(l -> " at " + l).orElse(""))
              .collect(Collectors.joining("; "));
        }

        @Override
        public String checklist(Rule.Checklist rule) {
          return dir(rule.direction())
              + " "
              + rule.each()
              + (rule.direction() == Direction.EARN ? " per element met" : " per element missing")
              + (rule.elements().isEmpty() ? "" : " (" + rule.elements().size() + " listed)");
        }

        @Override
        public String criterion(Rule.Criterion rule) {
          return "full marks if the criterion is met";
        }

        @Override
        public String fullMarks(Rule.FullMarks rule) {
          return "full marks unless zeroed";
        }

        @Override
        public String levels(Rule.Levels rule) {
          return "by level: "
              + rule.levels().stream()
                  .map(l -> l.key() + " " + l.points())
                  .collect(Collectors.joining(", "));
        }

        @Override
        public String assessed(Rule.Assessed rule) {
          return (rule.direction() == Direction.EARN ? "assessed" : "assessed deduction")
              + " "
              + rule.min().map(Object::toString).orElse("0")
              + "-"
              + rule.max().map(Object::toString).orElse("max");
        }

        @Override
        public String panel(Rule.Panel rule) {
          return "panel of "
              + rule.minRaters()
              + rule.maxRaters().map(max -> "-" + max).orElse(" or more")
              + " raters on "
              + rule.scale().toPlainString()
              + ", "
              + (rule.aggregation() == Rule.Aggregation.MEAN ? "mean" : "trimmed mean");
        }

        @Override
        public String tiers(Rule.Tiers rule) {
          return "tiers on "
              + rule.unit()
              + ": "
              + rule.tiers().stream()
                  .map(t -> t.range() + " " + t.points())
                  .collect(Collectors.joining("; "));
        }

        @Override
        public String proportional(Rule.Proportional rule) {
          return "in proportion to " + rule.target().toPlainString() + " " + rule.unit();
        }

        @Override
        public String conversion(Rule.Conversion rule) {
          return "converted from a score out of "
              + rule.sourceMaximum().toPlainString()
              + " "
              + rule.unit();
        }

        @Override
        public String shortfallSteps(Rule.ShortfallSteps rule) {
          return "deduct "
              + rule.pointsPerStep()
              + " per "
              + rule.step().toPlainString()
              + " "
              + rule.unit()
              + " short of "
              + rule.target().toPlainString()
              + (rule.partialStepCounts() ? " (a started step counts)" : " (whole steps)");
        }

        @Override
        public String amountSteps(Rule.AmountSteps rule) {
          return rule.basePoints()
              + " at "
              + rule.base().toPlainString()
              + " "
              + rule.unit()
              + ", +"
              + rule.pointsPerStep()
              + " per "
              + rule.step().toPlainString()
              + " more"
              + (rule.valuation() == Rule.Valuation.EACH
                  ? " (each occurrence alone)"
                  : " (amounts added together)");
        }
      };
}
