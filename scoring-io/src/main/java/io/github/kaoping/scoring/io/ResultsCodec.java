package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Veto;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps score cards to and from the JSON results format: every unit's total, every node's points and
 * every line of explanation with the facts it used.
 */
final class ResultsCodec {

  private final Problems problems;
  private final FactsCodec facts;

  ResultsCodec(Problems problems) {
    this.problems = problems;
    this.facts = new FactsCodec(problems);
  }

  // ================================================================== writing

  static ObjectNode write(UnitResult card) {
    ObjectNode n = Tree.object();
    n.put("unit", card.unitId());
    n.put("group", card.group());
    Tree.put(n, "period", card.period());
    n.set("total", Tree.number(card.total()));
    n.put("disqualified", card.isDisqualified());
    n.put("headBarred", card.isHeadBarred());
    Tree.putList(n, "totalLines", card.totalLines(), ResultsCodec::write);
    Tree.putList(n, "nodes", card.nodes(), ResultsCodec::write);
    Tree.putList(n, "vetoes", card.vetoes(), ResultsCodec::write);
    return n;
  }

  private static JsonNode write(NodeScore s) {
    ObjectNode n = Tree.object();
    n.put("node", s.nodeId());
    n.put("title", s.title());
    Tree.put(n, "clause", s.clause());
    Tree.putPoints(n, "max", s.maximum());
    n.put("role", Names.of(s.role()));
    n.set("points", Tree.number(s.points()));
    if (s.notApplicable()) {
      n.put("notApplicable", true);
    }
    Tree.putList(n, "lines", s.lines(), ResultsCodec::write);
    return n;
  }

  private static JsonNode write(Line l) {
    ObjectNode n = Tree.object();
    n.put("node", l.nodeId());
    n.put("kind", Names.of(l.kind()));
    n.set("points", Tree.number(l.points()));
    n.put("text", l.text());
    Tree.put(n, "clause", l.clause());
    Tree.putList(n, "facts", l.facts(), FactsCodec::write);
    return n;
  }

  private static JsonNode write(TriggeredVeto v) {
    ObjectNode n = Tree.object();
    n.put("veto", v.vetoId());
    n.put("title", v.title());
    Tree.put(n, "clause", v.clause());
    n.set("effect", SchemeCodec.write(v.effect()));
    n.put("times", v.times());
    n.put("reason", v.reason());
    Tree.putList(n, "facts", v.facts(), FactsCodec::write);
    return n;
  }

  // ================================================================== reading

  /** Reads one unit's result of a results file for a scheme. */
  @Nullable UnitResult card(Doc d, String at, String schemeId) {
    Fields first = Fields.of(d, at, problems, "a unit's result");
    if (first == null) {
      return null;
    }
    String unit = first.text("unit");
    Fields f = Fields.of(first.map, (unit == null ? at : "unit " + unit) + " ", problems, "");
    if (f == null) {
      throw new AssertionError();
    }
    f.has("unit");
    String group = f.text("group");
    Optional<String> period = f.optText("period");
    Points total = f.points("total");
    Boolean disqualified = f.bool("disqualified");
    Boolean headBarred = f.bool("headBarred");
    int before = problems.size();
    List<Line> totalLines = f.list("totalLines", this::line);
    List<NodeScore> nodes = f.list("nodes", this::node);
    List<TriggeredVeto> vetoes = f.list("vetoes", this::veto);
    f.finish();
    if (unit == null
        || group == null
        || total == null
        || disqualified == null
        || headBarred == null
        || problems.size() > before) {
      return null;
    }
    UnitResult card =
        SchemeCodec.build(
            f,
            problems,
            () -> new UnitResult(schemeId, unit, group, period, total, totalLines, nodes, vetoes));
    if (card != null
        && (card.isDisqualified() != disqualified || card.isHeadBarred() != headBarred)) {
      f.problem(
          "'disqualified' and 'headBarred' must agree with the vetoes listed (disqualified "
              + card.isDisqualified()
              + ", head barred "
              + card.isHeadBarred()
              + ")");
      return null;
    }
    return card;
  }

  private @Nullable NodeScore node(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a node's points");
    if (f == null) {
      return null;
    }
    String node = f.text("node");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Optional<Points> max = f.optPoints("max");
    Role role = f.enumeration("role", Role.values());
    Points points = f.points("points");
    boolean notApplicable = f.bool("notApplicable", false);
    int before = problems.size();
    List<Line> lines = f.list("lines", this::line);
    f.finish();
    return node == null
            || title == null
            || role == null
            || points == null
            || problems.size() > before
        ? null
        : SchemeCodec.build(
            f,
            problems,
            () -> new NodeScore(node, title, clause, max, role, points, notApplicable, lines));
  }

  private @Nullable Line line(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a line of explanation");
    if (f == null) {
      return null;
    }
    String node = f.text("node");
    Line.Kind kind = f.enumeration("kind", Line.Kind.values());
    Points points = f.points("points");
    String text = f.text("text");
    Optional<String> clause = f.optText("clause");
    int before = problems.size();
    List<Fact> used = f.list("facts", facts::fact);
    f.finish();
    return node == null
            || kind == null
            || points == null
            || text == null
            || problems.size() > before
        ? null
        : new Line(node, kind, points, text, clause, used);
  }

  private @Nullable TriggeredVeto veto(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a veto set off");
    if (f == null) {
      return null;
    }
    String veto = f.text("veto");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Doc e = f.require("effect");
    Veto.Effect effect = e == null ? null : SchemeCodec.effect(e, f.pathOf("effect"), problems);
    Integer times = f.integer("times");
    String reason = f.text("reason");
    int before = problems.size();
    List<Fact> used = f.list("facts", facts::fact);
    f.finish();
    return veto == null
            || title == null
            || effect == null
            || times == null
            || reason == null
            || problems.size() > before
        ? null
        : new TriggeredVeto(veto, title, clause, effect, times, reason, used);
  }
}
