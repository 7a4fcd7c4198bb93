package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.Adjustment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unrecorded;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.standings.AwardPlacesNotSet;
import io.github.kaoping.scoring.standings.AwardUnfilledByTie;
import io.github.kaoping.scoring.standings.Banded;
import io.github.kaoping.scoring.standings.BandedGroup;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.OfficeDecision;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Span;
import io.github.kaoping.scoring.standings.StandingsResult;
import io.github.kaoping.scoring.standings.Withheld;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@link Results} to and from the JSON results format: the scheme's nodes, every unit's total,
 * vetoes and node points, then every outcome's groups with each unit's placing or band, the ties at
 * award cuts and the decisions left to the office, what the gradings decided ({@link
 * GradingCodec}), and the outcomes not decided. Writing streams one unit or placing at a time. Maps
 * an {@link Explanation} too: one unit's nodes with the lines that explain them.
 */
final class ResultsCodec {

  private final Problems problems;
  private final FactsCodec facts;

  /**
   * While reading results: the scheme's nodes they list, against which units' points are packed.
   */
  private @Nullable NodeTable table;

  ResultsCodec(Problems problems) {
    this.problems = problems;
    this.facts = new FactsCodec(problems);
  }

  // ================================================================== writing

  /**
   * Writes results as JSON; with chunks, the long arrays (units, placings, banded units) are
   * rendered on their pool, in the same bytes.
   */
  static void write(
      ResultsView view, JsonGenerator g, ObjectMapper mapper, @Nullable OrderedChunks chunks)
      throws IOException {
    Results r = view.results;
    g.writeStartObject();
    g.writeStringField("scheme", r.schemeId());
    if (r.period().isPresent()) {
      g.writeStringField("period", r.period().get());
    }
    if (!r.parameters().isEmpty()) {
      // the values the office set (--set ID=VALUE), so that the file says which were used
      ObjectNode set = Tree.object();
      r.parameters().forEach((id, value) -> set.set(id, Tree.number(value)));
      g.writeFieldName("parameters");
      mapper.writeTree(g, set);
    }
    if (view.hasNodePoints()) {
      g.writeArrayFieldStart("nodes");
      for (NodeTable.Entry e : view.nodes.entries) {
        mapper.writeTree(g, entry(e));
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("units");
    values(g, mapper, r.units(), ResultsCodec::unit, chunks);
    g.writeEndArray();
    if (!r.standings().outcomes().isEmpty()) {
      g.writeArrayFieldStart("outcomes");
      for (OutcomeResult o : r.standings().outcomes()) {
        outcome(o, g, mapper, chunks);
      }
      g.writeEndArray();
    }
    if (!r.gradings().isEmpty()) {
      g.writeArrayFieldStart("gradings");
      for (GradingResult x : r.gradings()) {
        mapper.writeTree(g, GradingCodec.write(x));
      }
      g.writeEndArray();
    }
    if (!r.skipped().isEmpty()) {
      g.writeArrayFieldStart("skipped");
      for (SkippedOutcome s : r.skipped()) {
        ObjectNode n = Tree.object();
        n.put("outcome", s.outcomeId());
        n.put("title", s.title());
        Tree.put(n, "clause", s.clause());
        n.put("reason", Names.of(s.reason()));
        mapper.writeTree(g, n);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Units a chunk rendered on the pool holds: about a megabyte of text. */
  private static final int CHUNK = 512;

  /**
   * The values of an array, each written as {@code tree} makes it: in turn, or, with chunks and
   * more values than one chunk, rendered a chunk at a time on the pool at the array's depth and
   * copied out in order, so that the bytes are the same.
   */
  private static <T> void values(
      JsonGenerator g,
      ObjectMapper mapper,
      List<T> values,
      Function<T, JsonNode> tree,
      @Nullable OrderedChunks chunks)
      throws IOException {
    if (chunks == null || values.size() <= CHUNK) {
      for (T v : values) {
        mapper.writeTree(g, tree.apply(v));
      }
      return;
    }
    int depth = g.getOutputContext().getNestingDepth();
    // each chunk is one raw value to g, which writes the separator and indentation before it
    chunks.each(values, CHUNK, chunk -> render(mapper, depth, chunk, tree), g::writeRawValue);
  }

  /**
   * A chunk of an array's values as the generator writes them at {@code depth}, from the first
   * value's first character to the last value's last, with the separators between them.
   */
  private static <T> String render(
      ObjectMapper mapper, int depth, List<T> chunk, Function<T, JsonNode> tree)
      throws IOException {
    StringWriter out = new StringWriter();
    JsonGenerator c = mapper.getFactory().createGenerator(out);
    Docs.pretty(c, FileFormat.JSON);
    for (int i = 0; i < depth; i++) {
      c.writeStartArray(); // the indentation depends on the depth only
    }
    // two placeholders: what lies between them is what goes before every value after the first
    c.writeNumber(0);
    c.flush();
    int first = out.getBuffer().length();
    c.writeNumber(0);
    c.flush();
    int start = out.getBuffer().length() + (out.getBuffer().length() - first - 1);
    for (T v : chunk) {
      mapper.writeTree(c, tree.apply(v));
    }
    c.flush();
    return out.getBuffer().substring(start); // c is left open: its closing brackets are not ours
  }

  private static JsonNode unit(UnitResult u) {
    ObjectNode n = Tree.object();
    n.put("unit", u.unitId());
    n.put("group", u.group());
    n.set("total", Tree.number(u.total()));
    n.put("disqualified", u.isDisqualified());
    n.put("headBarred", u.isHeadBarred());
    Tree.putList(n, "vetoes", u.vetoes(), ResultsCodec::veto);
    nodePoints(n, u.nodes());
    recording(n, u.recording(), u.unrecorded());
    return n;
  }

  /**
   * Under {@link Recording#FAILURES_ONLY}: the policy, and what it took as met and as zero, as
   * {@code node} or {@code node:key}. Nothing under {@link Recording#EVERY_CHECK}.
   */
  private static void recording(ObjectNode n, Recording recording, List<Unrecorded> unrecorded) {
    if (recording == Recording.EVERY_CHECK) {
      return;
    }
    n.put("recording", Names.of(recording));
    for (Unrecorded.Taken taken : Unrecorded.Taken.values()) {
      ArrayNode refs = n.putArray(taken == Unrecorded.Taken.MET ? "takenAsMet" : "takenAsZero");
      unrecorded.stream().filter(u -> u.taken() == taken).forEach(u -> refs.add(u.ref()));
    }
  }

  /**
   * Reads the policy {@link #recording(ObjectNode, Recording, List)} writes: every check when it is
   * absent, or after recording a problem.
   */
  private Recording recording(Fields f) {
    Doc d = f.get("recording");
    Recording r =
        d == null
            ? Recording.EVERY_CHECK
            : Fields.enumeration(d, f.pathOf("recording"), problems, List.of(Recording.values()));
    return r == null ? Recording.EVERY_CHECK : r;
  }

  /** Reads what {@link #recording(ObjectNode, Recording, List)} writes. */
  private List<Unrecorded> unrecorded(Fields f, Recording recording) {
    List<Unrecorded> out = new ArrayList<>();
    for (Unrecorded.Taken taken : Unrecorded.Taken.values()) {
      String key = taken == Unrecorded.Taken.MET ? "takenAsMet" : "takenAsZero";
      if (recording == Recording.EVERY_CHECK) {
        if (f.has(key)) {
          f.problem("'" + key + "' is only given with 'recording: failuresOnly'");
        }
        continue;
      }
      for (String ref : f.texts(key)) {
        int colon = ref.indexOf(':');
        String node = colon < 0 ? ref : ref.substring(0, colon);
        String k = colon < 0 ? "" : ref.substring(colon + 1);
        if (taken == Unrecorded.Taken.ZERO && !k.isEmpty()) {
          f.problem("'" + key + "' lists items by node id, not '" + ref + "'");
        } else {
          out.add(new Unrecorded(node, k, taken));
        }
      }
    }
    return out;
  }

  /**
   * A unit's node points as maps keyed by node id, one line per node however many units there are:
   * {@code points}, then {@code adjustments} and {@code notApplicable} for the few nodes they
   * concern.
   */
  private static void nodePoints(ObjectNode n, List<NodePoints> nodes) {
    if (nodes.isEmpty()) {
      return;
    }
    ObjectNode points = n.putObject("points");
    ObjectNode adjusted = Tree.object();
    ArrayNode na = Tree.array();
    for (NodePoints p : nodes) {
      points.set(p.nodeId(), Tree.number(p.points()));
      if (!p.adjustments().isEmpty()) {
        ArrayNode a = adjusted.putArray(p.nodeId());
        p.adjustments().forEach(x -> a.add(Names.of(x)));
      }
      if (p.notApplicable()) {
        na.add(p.nodeId());
      }
    }
    if (!adjusted.isEmpty()) {
      n.set("adjustments", adjusted);
    }
    if (!na.isEmpty()) {
      n.set("notApplicable", na);
    }
  }

  /** A node of the scheme, as the results list them once before the units. */
  private static JsonNode entry(NodeTable.Entry e) {
    ObjectNode n = Tree.object();
    n.put("node", e.id());
    Tree.put(n, "parent", e.parent());
    n.put("title", e.title());
    Tree.put(n, "clause", e.clause());
    Tree.putPoints(n, "max", e.maximum());
    role(n, e.role());
    return n;
  }

  private static void role(ObjectNode n, Role role) {
    if (role != Role.SCORED) {
      n.put("role", Names.of(role));
    }
  }

  private static void adjustments(ObjectNode n, Set<Adjustment> adjustments, boolean na) {
    Tree.putTexts(n, "adjustments", adjustments.stream().map(Names::of).toList());
    if (na) {
      n.put("notApplicable", true);
    }
  }

  /** One unit's explanation: its total's lines, every node with its lines, its vetoes. */
  static JsonNode explanation(Explanation e) {
    ObjectNode n = Tree.object();
    n.put("scheme", e.schemeId());
    n.put("unit", e.unitId());
    n.put("group", e.group());
    Tree.put(n, "period", e.period());
    n.set("total", Tree.number(e.total()));
    n.put("disqualified", e.isDisqualified());
    n.put("headBarred", e.isHeadBarred());
    Tree.putList(n, "totalLines", e.totalLines(), ResultsCodec::line);
    Tree.putList(n, "nodes", e.nodes(), ResultsCodec::nodeScore);
    Tree.putList(n, "vetoes", e.vetoes(), ResultsCodec::veto);
    recording(n, e.recording(), e.unrecorded());
    return n;
  }

  private static JsonNode nodeScore(NodeScore s) {
    ObjectNode n = Tree.object();
    n.put("node", s.nodeId());
    Tree.put(n, "parent", s.parentId());
    n.put("title", s.title());
    Tree.put(n, "clause", s.clause());
    Tree.putPoints(n, "max", s.maximum());
    role(n, s.role());
    n.set("points", Tree.number(s.points()));
    adjustments(n, s.adjustments(), s.notApplicable());
    Tree.putList(n, "lines", s.lines(), ResultsCodec::line);
    return n;
  }

  private static JsonNode line(Line l) {
    ObjectNode n = Tree.object();
    n.put("kind", Names.of(l.kind()));
    Tree.put(n, "source", l.source());
    n.set("points", Tree.number(l.points()));
    n.put("text", l.text());
    Tree.put(n, "clause", l.clause());
    Tree.putList(n, "facts", l.facts(), FactsCodec::write);
    return n;
  }

  private static JsonNode veto(TriggeredVeto v) {
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

  private static void outcome(
      OutcomeResult o, JsonGenerator g, ObjectMapper mapper, @Nullable OrderedChunks chunks)
      throws IOException {
    g.writeStartObject();
    String kind =
        o instanceof RankingResult
            ? "ranking"
            : o instanceof ImprovementResult ? "improvement" : "banding";
    g.writeObjectFieldStart(kind);
    g.writeStringField("id", o.outcomeId());
    g.writeStringField("title", o.title());
    if (o.clause().isPresent()) {
      g.writeStringField("clause", o.clause().get());
    }
    if (o instanceof RankingResult r) {
      on(r.on(), g);
      ranked(r.rankedGroups(), g, mapper, chunks);
    } else if (o instanceof ImprovementResult i) {
      on(i.on(), g);
      if (i.previousPeriod().isPresent()) {
        g.writeStringField("previousPeriod", i.previousPeriod().get());
      }
      ranked(i.rankedGroups(), g, mapper, chunks);
    } else {
      BandingResult b = (BandingResult) o;
      on(b.on(), g);
      g.writeArrayFieldStart("groups");
      for (BandedGroup group : b.bandedGroups()) {
        g.writeStartObject();
        g.writeStringField("group", group.group());
        if (!group.units().isEmpty()) {
          g.writeArrayFieldStart("units");
          values(g, mapper, group.units(), ResultsCodec::banded, chunks);
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static JsonNode banded(Banded u) {
    ObjectNode n = Tree.object();
    n.put("unit", u.unitId());
    n.set("score", Tree.number(u.score()));
    Tree.put(n, "band", u.band());
    return n;
  }

  private static void on(Optional<String> on, JsonGenerator g) throws IOException {
    if (on.isPresent()) {
      g.writeStringField("on", on.get());
    }
  }

  private static void ranked(
      List<RankedGroup> groups,
      JsonGenerator g,
      ObjectMapper mapper,
      @Nullable OrderedChunks chunks)
      throws IOException {
    g.writeArrayFieldStart("groups");
    for (RankedGroup group : groups) {
      g.writeStartObject();
      g.writeStringField("group", group.group());
      if (!group.placings().isEmpty()) {
        g.writeArrayFieldStart("placings");
        values(g, mapper, group.placings(), ResultsCodec::placing, chunks);
        g.writeEndArray();
      }
      if (!group.cutTies().isEmpty()) {
        ArrayNode ties = Tree.array();
        group.cutTies().forEach(t -> ties.add(cutTie(t)));
        g.writeFieldName("cutTies");
        mapper.writeTree(g, ties);
      }
      if (!group.withoutPrevious().isEmpty()) {
        g.writeArrayFieldStart("withoutPrevious");
        for (String u : group.withoutPrevious()) {
          g.writeString(u);
        }
        g.writeEndArray();
      }
      if (!group.decisions().isEmpty()) {
        ArrayNode open = Tree.array();
        group.decisions().forEach(d -> open.add(decision(d)));
        g.writeFieldName("decisions");
        mapper.writeTree(g, open);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static JsonNode placing(Placing p) {
    ObjectNode n = Tree.object();
    n.put("unit", p.unitId());
    n.set("value", Tree.number(p.value()));
    n.set("score", Tree.number(p.score()));
    Tree.putPoints(n, "previous", p.previous());
    Tree.putList(n, "tieBreakers", p.tieBreakers(), Tree::number);
    p.rank().ifPresent(x -> n.put("rank", x));
    p.position().ifPresent(x -> n.put("position", x));
    p.fromBottom().ifPresent(x -> n.put("fromBottom", x));
    n.put("disqualified", p.disqualified());
    Tree.putTexts(n, "awards", p.awards());
    Tree.putList(
        n,
        "withheld",
        p.withheld(),
        w -> {
          ObjectNode x = Tree.object();
          x.put("award", w.award());
          x.put("reason", Names.of(w.reason()));
          return x;
        });
    return n;
  }

  private static JsonNode cutTie(CutTie t) {
    ObjectNode n = Tree.object();
    n.put("end", Names.of(t.end()));
    Tree.putTexts(n, "units", t.unitIds());
    n.set("value", Tree.number(t.value()));
    n.put("from", t.from());
    n.put("to", t.to());
    Tree.putList(
        n,
        "spans",
        t.spans(),
        s -> {
          ObjectNode x = Tree.object();
          x.put("from", s.from());
          x.put("to", s.to());
          Tree.put(x, "award", s.award());
          return x;
        });
    n.put("policy", Names.of(t.policy()));
    Tree.put(n, "settled", t.settled());
    return n;
  }

  /** A decision left to the office: a one-key mapping naming its kind. */
  private static JsonNode decision(OfficeDecision d) {
    ObjectNode n = Tree.object();
    n.put("award", d.award());
    n.put("end", Names.of(d.end()));
    if (d instanceof AwardUnfilledByTie t) {
      n.put("from", t.from());
      n.put("to", t.to());
      Tree.putTexts(n, "units", t.unitIds());
      n.set("value", Tree.number(t.value()));
      n.put("tieFrom", t.tieFrom());
      n.put("tieTo", t.tieTo());
      Tree.put(n, "settled", t.settled());
      n.put("text", d.text());
      return Tree.choice("unfilledByTie", n);
    }
    AwardPlacesNotSet p = (AwardPlacesNotSet) d;
    n.put("from", p.from());
    n.put("parameter", p.parameterId());
    n.put("text", d.text());
    return Tree.choice("placesNotSet", n);
  }

  // ================================================================== reading

  /** Reads a whole results document; null if it has problems, which are recorded. */
  @Nullable Results results(Doc doc) {
    Fields f = Fields.of(doc, "", problems, "results");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String scheme = f.text("scheme");
    Optional<String> period = f.optText("period");
    Map<String, BigDecimal> parameters = new HashMap<>();
    Doc set = f.get("parameters");
    if (set instanceof Doc.Mapping m) {
      for (int i = 0; i < m.size(); i++) {
        String id = m.key(i);
        BigDecimal v = Fields.decimal(m.entry(i).value(), "parameters." + id, problems);
        if (v != null) {
          parameters.put(id, v);
        }
      }
    } else if (set != null) {
      Fields.expected(set, "parameters", problems, "a mapping of parameter ids to values");
    }
    if (!f.has("units")) {
      f.problem("missing 'units'");
    }
    table = nodeTable(f, scheme);
    List<UnitResult> units = f.list("units", this::unit);
    List<OutcomeResult> outcomes = f.list("outcomes", this::outcome);
    List<GradingResult> gradings = f.list("gradings", new GradingCodec(problems)::grading);
    List<SkippedOutcome> skipped = f.list("skipped", this::skipped);
    f.finish();
    if (scheme == null || problems.size() > before) {
      return null;
    }
    Results r =
        SchemeCodec.build(
            f,
            problems,
            () ->
                new Results(
                    new StandingsResult(scheme, period, outcomes),
                    units,
                    skipped,
                    gradings,
                    parameters));
    if (r != null) {
      checkUnitsListed(r, f);
    }
    return problems.size() > before ? null : r;
  }

  /** Every unit an outcome places or bands is one of the units, in the group it was ranked in. */
  private void checkUnitsListed(Results r, Fields f) {
    Map<String, String> groups = new HashMap<>();
    for (UnitResult u : r.units()) {
      if (groups.put(u.unitId(), u.group()) != null) {
        f.problem("unit " + u.unitId() + " is listed twice in 'units'");
      }
    }
    for (OutcomeResult o : r.standings().outcomes()) {
      for (String group : o.groups()) {
        for (String unit : unitsOf(o, group)) {
          String its = groups.get(unit);
          if (its == null || !List.of(group.split("\\+")).contains(its)) {
            f.problem(
                "outcome "
                    + o.outcomeId()
                    + " places unit "
                    + unit
                    + " in group "
                    + group
                    + ", but 'units' "
                    + (its == null ? "does not list it" : "lists it in group " + its));
            return;
          }
        }
      }
    }
  }

  private static List<String> unitsOf(OutcomeResult o, String group) {
    if (o instanceof RankingResult r) {
      return r.group(group).placings().stream().map(Placing::unitId).toList();
    }
    if (o instanceof ImprovementResult i) {
      return i.group(group).placings().stream().map(Placing::unitId).toList();
    }
    return ((BandingResult) o).group(group).units().stream().map(Banded::unitId).toList();
  }

  private @Nullable UnitResult unit(Doc d, String at) {
    Fields.Named named = Fields.named(d, at, at, problems, "a unit's result", "unit", "unit");
    if (named == null) {
      return null;
    }
    Fields f = named.fields();
    String unit = named.name();
    String group = f.text("group");
    Points total = f.points("total");
    Boolean disqualified = f.bool("disqualified");
    Boolean headBarred = f.bool("headBarred");
    int before = problems.size();
    List<TriggeredVeto> vetoes = f.list("vetoes", this::veto);
    NodeTable nodes = table;
    List<NodePoints> points = nodePoints(f, nodes);
    Recording recording = recording(f);
    List<Unrecorded> unrecorded = unrecorded(f, recording);
    f.finish();
    if (unit == null
        || group == null
        || total == null
        || disqualified == null
        || headBarred == null
        || problems.size() > before) {
      return null;
    }
    UnitResult result =
        SchemeCodec.build(
            f,
            problems,
            () ->
                new UnitResult(
                    unit,
                    group,
                    total,
                    vetoes,
                    nodes == null || points.isEmpty() ? List.of() : nodes.pack(points),
                    recording,
                    unrecorded));
    if (result != null
        && (result.isDisqualified() != disqualified || result.isHeadBarred() != headBarred)) {
      f.problem(
          "'disqualified' and 'headBarred' must agree with the vetoes listed (disqualified "
              + result.isDisqualified()
              + ", head barred "
              + result.isHeadBarred()
              + ")");
      return null;
    }
    return result;
  }

  /**
   * The scheme's nodes the results list, if they do: the root (the scheme's id) first, each node
   * after its parent. Null after recording a problem, or if not listed.
   */
  private @Nullable NodeTable nodeTable(Fields f, @Nullable String scheme) {
    Map<String, Integer> depths = new HashMap<>();
    int before = problems.size();
    List<NodeTable.Entry> entries =
        f.list(
            "nodes",
            (d, path) -> {
              Fields e = Fields.of(d, path, problems, "a node of the scheme");
              if (e == null) {
                return null;
              }
              String id = e.text("node");
              Optional<String> parent = e.optText("parent");
              String title = e.text("title");
              Optional<String> clause = e.optText("clause");
              Optional<Points> max = e.optPoints("max");
              Role role = e.enumerationOr("role", Role.SCORED, Role.values());
              e.finish();
              Integer depth = id == null ? null : depth(e, id, parent, depths);
              return id == null || title == null || depth == null
                  ? null
                  : new NodeTable.Entry(id, parent, depth, title, clause, max, role);
            });
    if (entries.isEmpty() || problems.size() > before) {
      return null;
    }
    if (scheme != null && !entries.get(0).id().equals(scheme)) {
      f.problem(
          "the first of 'nodes' is the root, whose id is the scheme's, "
              + scheme
              + "; found "
              + entries.get(0).id());
      return null;
    }
    return new NodeTable(entries);
  }

  /**
   * Places a node of a tree listed in pre-order: the root first, without a parent, and every other
   * node after its parent. Returns its depth and records it, or returns null after recording a
   * problem.
   */
  private static @Nullable Integer depth(
      Fields f, String id, Optional<String> parent, Map<String, Integer> depths) {
    Integer above = parent.isEmpty() ? Integer.valueOf(-1) : depths.get(parent.get());
    if (depths.isEmpty() != parent.isEmpty() || above == null) {
      f.problem(
          depths.isEmpty()
              ? "the first node is the root, the scheme itself, with no 'parent'"
              : "node "
                  + id
                  + ": its 'parent' must be a node listed before it; found "
                  + parent.map(x -> "'" + x + "'").orElse("none"));
      return null;
    }
    if (depths.putIfAbsent(id, above + 1) != null) {
      f.problem("node " + id + " is listed twice");
      return null;
    }
    return above + 1;
  }

  /**
   * A unit's node points: {@code points} keyed by node id, {@code adjustments} and {@code
   * notApplicable} naming some of them; in the order of the scheme's nodes, whatever order the file
   * gives them in. Empty after recording a problem.
   */
  private List<NodePoints> nodePoints(Fields f, @Nullable NodeTable nodes) {
    Map<String, Points> points = new LinkedHashMap<>();
    Map<String, Set<Adjustment>> adjusted = new HashMap<>();
    int before = problems.size();
    entries(
        f,
        "points",
        (id, d, path) -> {
          BigDecimal p = Fields.decimal(d, path, problems);
          if (p != null) {
            points.put(id, Points.of(p));
          }
        });
    entries(
        f,
        "adjustments",
        (id, d, path) -> {
          List<Adjustment> found = new ArrayList<>();
          if (d instanceof Doc.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
              Adjustment a =
                  Fields.enumeration(
                      seq.items().get(i),
                      path + "[" + i + "]",
                      problems,
                      List.of(Adjustment.values()));
              if (a != null) {
                found.add(a);
              }
            }
          } else {
            Fields.expected(d, path, problems, "a list of adjustments");
          }
          adjusted.put(id, found.isEmpty() ? Set.of() : EnumSet.copyOf(found));
        });
    Set<String> na = new HashSet<>(f.texts("notApplicable"));
    if (problems.size() > before) {
      return List.of();
    }
    for (String id : union(adjusted.keySet(), na)) {
      if (!points.containsKey(id)) {
        f.problem("node " + id + " has adjustments or is not applicable, but no 'points'");
        return List.of();
      }
    }
    if (points.isEmpty()) {
      return List.of();
    }
    if (nodes == null) {
      f.problem("'points' needs the scheme's nodes listed in 'nodes' before 'units'");
      return List.of();
    }
    List<NodePoints> found = new ArrayList<>();
    for (Map.Entry<String, Points> e : points.entrySet()) {
      if (nodes.indexOf(e.getKey()) < 0) {
        f.problem("'points' names node " + e.getKey() + ", which 'nodes' does not list");
        return List.of();
      }
      found.add(
          new NodePoints(
              e.getKey(),
              e.getValue(),
              adjusted.getOrDefault(e.getKey(), Set.of()),
              na.contains(e.getKey())));
    }
    found.sort(Comparator.comparingInt(p -> nodes.indexOf(p.nodeId())));
    return found;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** What to do with one entry of a mapping keyed by node id. */
  @FunctionalInterface
  private interface ById {
    void accept(String id, Doc value, String path);
  }

  /** Visits the entries of a mapping keyed by node id, if the key is present. */
  private void entries(Fields f, String key, ById each) {
    Doc d = f.get(key);
    if (d == null) {
      return;
    }
    if (!(d instanceof Doc.Mapping m)) {
      Fields.expected(d, f.pathOf(key), problems, "a mapping from node ids");
      return;
    }
    for (int i = 0; i < m.size(); i++) {
      each.accept(m.key(i), m.entry(i).value(), f.pathOf(key) + "." + m.key(i));
    }
  }

  private Set<Adjustment> adjustments(Fields f) {
    List<Adjustment> found =
        f.list(
            "adjustments",
            (d, p) -> Fields.enumeration(d, p, problems, List.of(Adjustment.values())));
    return found.isEmpty() ? Set.of() : EnumSet.copyOf(found);
  }

  /** Reads one unit's explanation; null if it has problems, which are recorded. */
  @Nullable Explanation explanation(Doc doc) {
    Fields f = Fields.of(doc, "", problems, "an explanation");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String scheme = f.text("scheme");
    String unit = f.text("unit");
    String group = f.text("group");
    Optional<String> period = f.optText("period");
    Points total = f.points("total");
    Boolean disqualified = f.bool("disqualified");
    Boolean headBarred = f.bool("headBarred");
    String root = scheme == null ? "" : scheme;
    List<Line> totalLines = f.list("totalLines", (d, p) -> line(d, p, root));
    Map<String, Integer> depths = new HashMap<>();
    List<NodeScore> nodes = f.list("nodes", (d, p) -> nodeScore(d, p, depths));
    List<TriggeredVeto> vetoes = f.list("vetoes", this::veto);
    Recording recording = recording(f);
    List<Unrecorded> unrecorded = unrecorded(f, recording);
    f.finish();
    if (scheme == null
        || unit == null
        || group == null
        || total == null
        || disqualified == null
        || headBarred == null
        || problems.size() > before) {
      return null;
    }
    if (!sum(totalLines).equals(total)) {
      f.problem("'total' " + total + " must be the sum of 'totalLines', " + sum(totalLines));
      return null;
    }
    Explanation e =
        SchemeCodec.build(
            f,
            problems,
            () ->
                new Explanation(
                    scheme,
                    unit,
                    group,
                    period,
                    total,
                    totalLines,
                    nodes,
                    vetoes,
                    recording,
                    unrecorded));
    if (e != null && (e.isDisqualified() != disqualified || e.isHeadBarred() != headBarred)) {
      f.problem(
          "'disqualified' and 'headBarred' must agree with the vetoes listed (disqualified "
              + e.isDisqualified()
              + ", head barred "
              + e.isHeadBarred()
              + ")");
      return null;
    }
    return e;
  }

  private static Points sum(List<Line> lines) {
    return Points.sum(lines.stream().map(Line::points).toList());
  }

  private @Nullable NodeScore nodeScore(Doc d, String at, Map<String, Integer> depths) {
    Fields.Named named = Fields.named(d, at, at, problems, "a node's score", "node", "node");
    if (named == null) {
      return null;
    }
    Fields f = named.fields();
    String id = named.name();
    int before = problems.size();
    Optional<String> parent = f.optText("parent");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Optional<Points> max = f.optPoints("max");
    Role role = f.enumerationOr("role", Role.SCORED, Role.values());
    Points points = f.points("points");
    Set<Adjustment> adjustments = adjustments(f);
    boolean na = f.bool("notApplicable", false);
    String self = id == null ? "" : id;
    List<Line> lines = f.list("lines", (x, p) -> line(x, p, self));
    f.finish();
    if (id == null || title == null || points == null || problems.size() > before) {
      return null;
    }
    Integer depth = depth(f, id, parent, depths);
    if (depth == null) {
      return null;
    }
    if (!sum(lines).equals(points)) {
      f.problem("'points' " + points + " must be the sum of its 'lines', " + sum(lines));
      return null;
    }
    return SchemeCodec.build(
        f,
        problems,
        () ->
            new NodeScore(
                id, parent, depth, title, clause, max, role, points, adjustments, na, lines));
  }

  private @Nullable Line line(Doc d, String path, String nodeId) {
    Fields f = Fields.of(d, path, problems, "a line of explanation");
    if (f == null) {
      return null;
    }
    Line.Kind kind = f.enumeration("kind", Line.Kind.values());
    Optional<String> source = f.optText("source");
    Points points = f.points("points");
    String text = f.text("text");
    Optional<String> clause = f.optText("clause");
    int before = problems.size();
    List<Fact> used = f.list("facts", facts::fact);
    f.finish();
    return kind == null || points == null || text == null || problems.size() > before
        ? null
        : SchemeCodec.build(
            f, problems, () -> new Line(nodeId, kind, source, points, text, clause, used));
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
        : SchemeCodec.build(
            f, problems, () -> new TriggeredVeto(veto, title, clause, effect, times, reason, used));
  }

  private @Nullable OutcomeResult outcome(Doc d, String at) {
    Fields.Choice c =
        Fields.choice(
            d, at, problems, "outcome", List.of("ranking", "improvement", "banding"), List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields.Named named =
        Fields.named(body, c.path(), at, problems, "an outcome's result", "id", "outcome");
    if (named == null) {
      return null;
    }
    Fields f = named.fields();
    String id = named.name();
    outcomeId = id == null ? "" : id;
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Optional<String> on = f.optText("on");
    int before = problems.size();
    OutcomeResult result = null;
    switch (c.name()) {
      case "ranking" -> {
        List<RankedGroup> groups = f.list("groups", this::rankedGroup);
        f.finish();
        if (id != null && title != null && problems.size() == before) {
          result =
              SchemeCodec.build(
                  f, problems, () -> new RankingResult(id, title, clause, on, groups));
        }
      }
      case "improvement" -> {
        Optional<String> previous = f.optText("previousPeriod");
        List<RankedGroup> groups = f.list("groups", this::rankedGroup);
        f.finish();
        if (id != null && title != null && problems.size() == before) {
          result =
              SchemeCodec.build(
                  f,
                  problems,
                  () -> new ImprovementResult(id, title, clause, on, previous, groups));
        }
      }
      default -> {
        List<BandedGroup> groups = f.list("groups", this::bandedGroup);
        f.finish();
        if (id != null && title != null && problems.size() == before) {
          result =
              SchemeCodec.build(
                  f, problems, () -> new BandingResult(id, title, clause, on, groups));
        }
      }
    }
    return result;
  }

  private @Nullable RankedGroup rankedGroup(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a group's ranking");
    if (f == null) {
      return null;
    }
    String group = f.text("group");
    int before = problems.size();
    List<Placing> placings = f.list("placings", this::placing);
    List<CutTie> cutTies = f.list("cutTies", this::cutTie);
    List<String> without = f.texts("withoutPrevious");
    String in = group == null ? "" : group;
    List<OfficeDecision> decisions = f.list("decisions", (x, at) -> decision(x, at, in));
    f.finish();
    return group == null || problems.size() > before
        ? null
        : SchemeCodec.build(
            f, problems, () -> new RankedGroup(group, placings, cutTies, without, decisions));
  }

  /** The outcome whose groups are being read, for the decisions they hold. */
  private String outcomeId = "";

  private @Nullable OfficeDecision decision(Doc d, String at, String group) {
    Fields.Choice c =
        Fields.choice(
            d, at, problems, "decision", List.of("unfilledByTie", "placesNotSet"), List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields f = Fields.of(body, c.path(), problems, "a decision left to the office");
    if (f == null) {
      return null;
    }
    String award = f.text("award");
    Award.End end = f.enumeration("end", Award.End.values());
    Integer from = f.integer("from");
    String outcome = outcomeId;
    if (c.name().equals("placesNotSet")) {
      String parameter = f.text("parameter");
      String text = f.text("text");
      f.finish();
      return award == null || end == null || from == null || parameter == null || text == null
          ? null
          : SchemeCodec.build(
              f,
              problems,
              () -> new AwardPlacesNotSet(outcome, group, award, end, from, parameter, text));
    }
    Integer to = f.integer("to");
    int before = problems.size();
    List<String> units = f.texts("units");
    Points value = f.points("value");
    Integer tieFrom = f.integer("tieFrom");
    Integer tieTo = f.integer("tieTo");
    Optional<String> settled = f.optText("settled");
    String text = f.text("text");
    f.finish();
    return award == null
            || end == null
            || from == null
            || to == null
            || value == null
            || tieFrom == null
            || tieTo == null
            || text == null
            || problems.size() > before
        ? null
        : SchemeCodec.build(
            f,
            problems,
            () ->
                new AwardUnfilledByTie(
                    outcome, group, award, end, from, to, units, value, tieFrom, tieTo, settled,
                    text));
  }

  private @Nullable Placing placing(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a unit's placing");
    if (f == null) {
      return null;
    }
    String unit = f.text("unit");
    Points value = f.points("value");
    Points score = f.points("score");
    Optional<Points> previous = f.optPoints("previous");
    int before = problems.size();
    List<Points> tieBreakers =
        f.list(
            "tieBreakers",
            (x, p) -> {
              java.math.BigDecimal v = Fields.decimal(x, p, problems);
              return v == null ? null : Points.of(v);
            });
    Optional<Integer> rank = f.optInteger("rank");
    Optional<Integer> position = f.optInteger("position");
    Optional<Integer> fromBottom = f.optInteger("fromBottom");
    Boolean disqualified = f.bool("disqualified");
    List<String> awards = f.texts("awards");
    List<Withheld> withheld = f.list("withheld", this::withheld);
    f.finish();
    if (unit == null
        || value == null
        || score == null
        || disqualified == null
        || problems.size() > before) {
      return null;
    }
    if (rank.isPresent() != position.isPresent() || rank.isPresent() != fromBottom.isPresent()) {
      f.problem("'rank', 'position' and 'fromBottom' are given together, or none of them");
      return null;
    }
    return SchemeCodec.build(
        f,
        problems,
        () ->
            new Placing(
                unit,
                value,
                score,
                previous,
                tieBreakers,
                rank,
                position,
                fromBottom,
                disqualified,
                awards,
                withheld));
  }

  private @Nullable Withheld withheld(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a withheld award");
    if (f == null) {
      return null;
    }
    String award = f.text("award");
    Withheld.Reason reason = f.enumeration("reason", Withheld.Reason.values());
    f.finish();
    return award == null || reason == null ? null : new Withheld(award, reason);
  }

  private @Nullable CutTie cutTie(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a tie at an award cut");
    if (f == null) {
      return null;
    }
    Award.End end = f.enumeration("end", Award.End.values());
    int before = problems.size();
    List<String> units = f.texts("units");
    Points value = f.points("value");
    Integer from = f.integer("from");
    Integer to = f.integer("to");
    List<Span> spans = f.list("spans", this::span);
    CutTies policy = f.enumeration("policy", CutTies.values());
    Optional<String> settled = f.optText("settled");
    f.finish();
    return end == null
            || value == null
            || from == null
            || to == null
            || policy == null
            || problems.size() > before
        ? null
        : SchemeCodec.build(
            f, problems, () -> new CutTie(end, units, value, from, to, spans, policy, settled));
  }

  private @Nullable Span span(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "positions and their award");
    if (f == null) {
      return null;
    }
    Integer from = f.integer("from");
    Integer to = f.integer("to");
    Optional<String> award = f.optText("award");
    f.finish();
    return from == null || to == null
        ? null
        : SchemeCodec.build(f, problems, () -> new Span(from, to, award));
  }

  private @Nullable BandedGroup bandedGroup(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a group's bands");
    if (f == null) {
      return null;
    }
    String group = f.text("group");
    int before = problems.size();
    List<Banded> units = f.list("units", this::banded);
    f.finish();
    return group == null || problems.size() > before
        ? null
        : SchemeCodec.build(f, problems, () -> new BandedGroup(group, units));
  }

  private @Nullable Banded banded(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a unit's band");
    if (f == null) {
      return null;
    }
    String unit = f.text("unit");
    Points score = f.points("score");
    Optional<String> band = f.optText("band");
    f.finish();
    return unit == null || score == null
        ? null
        : SchemeCodec.build(f, problems, () -> new Banded(unit, score, band));
  }

  private @Nullable SkippedOutcome skipped(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "an outcome not decided");
    if (f == null) {
      return null;
    }
    String outcome = f.text("outcome");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    SkippedOutcome.Reason reason = f.enumeration("reason", SkippedOutcome.Reason.values());
    f.finish();
    return outcome == null || title == null || reason == null
        ? null
        : new SkippedOutcome(outcome, title, clause, reason);
  }
}
