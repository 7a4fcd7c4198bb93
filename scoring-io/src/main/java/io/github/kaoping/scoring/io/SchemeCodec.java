package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Modifier;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps schemes to and from the file format described in {@code docs/format.md}.
 *
 * <p>The mapping is written by hand rather than with Jackson's data binding so that it can go on
 * after a problem, report every problem with its line and column, and keep {@code scoring-core}
 * free of annotations: the model's sealed hierarchies are written as one-key mappings naming the
 * shape, which binding would need per-type configuration for anyway.
 */
final class SchemeCodec {

  private final Problems problems;

  /** Where each node, group, veto, reading and outcome was written, by its core path. */
  private final Map<String, Doc.Loc> paths = new HashMap<>();

  /** Where each node id was written. */
  private final Map<String, Doc.Loc> nodeIds = new HashMap<>();

  private String root = "scheme";

  SchemeCodec(Problems problems) {
    this.problems = problems;
  }

  // ================================================================== reading

  /** Reads a scheme, or returns null after recording every problem. */
  @Nullable Scheme read(Doc doc) {
    Fields f = Fields.of(doc, "", problems, "a scheme");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    if (id != null) {
      root = id;
    }
    paths.put(root, f.loc());
    Fields top = reroot(f, root + " ");
    String title = top.text("title");
    SchemeInfo info = info(top);
    Optional<Points> max = top.optPoints("max");
    boolean maximaAddUp = top.bool("maximaAddUp", true);
    List<Parameter> parameters = top.list("parameters", this::parameter);
    List<UnitGroup> groups = top.list("groups", this::group);
    NotApplicablePolicy notApplicable =
        top.enumerationOr(
            "notApplicable", NotApplicablePolicy.REJECT, NotApplicablePolicy.values());
    Optional<Rounding> rounding = Optional.ofNullable(rounding(top));
    List<Node> sections = top.list("sections", (d, p) -> node(d, p, root));
    List<Veto> vetoes = top.list("vetoes", this::veto);
    List<Outcome> outcomes = top.list("outcomes", this::outcome);
    List<Reading> readings = top.list("readings", this::reading);
    top.finish();
    if (id == null || title == null || !problems.isEmpty()) {
      return null;
    }
    return build(
        f,
        () ->
            Scheme.builder()
                .id(id)
                .title(title)
                .info(info)
                .maximum(max)
                .maximaAddUp(maximaAddUp)
                .groups(groups)
                .notApplicable(notApplicable)
                .rounding(rounding)
                .sections(sections)
                .vetoes(vetoes)
                .outcomes(outcomes)
                .readings(readings)
                .parameters(parameters)
                .build());
  }

  private @Nullable Parameter parameter(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a parameter");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String title = f.text("title");
    String clause = f.text("clause");
    Parameter.Kind kind = f.enumeration("kind", Parameter.Kind.values());
    String why = f.text("why");
    BigDecimal example = number(f, "example");
    Optional<BigDecimal> value =
        f.has("value") ? Optional.ofNullable(number(f, "value")) : Optional.empty();
    f.finish();
    if (id == null
        || title == null
        || clause == null
        || kind == null
        || why == null
        || example == null
        || (f.has("value") && value.isEmpty())) {
      return null;
    }
    Parameter p = new Parameter(id, title, clause, why, kind, example, value);
    for (BigDecimal v : value.map(List::of).orElse(List.of())) {
      p.problemWith(v).ifPresent(x -> f.problem("value: " + x));
    }
    p.problemWith(example).ifPresent(x -> f.problem("example: " + x));
    return p;
  }

  /** A plain decimal field, or null after recording a problem. */
  private @Nullable BigDecimal number(Fields f, String key) {
    Doc d = f.require(key);
    return d == null ? null : Fields.decimal(d, f.pathOf(key), problems);
  }

  /** The same mapping under another path (once the id that names it is known). */
  private Fields reroot(Fields f, String path) {
    Fields g = Fields.of(f.map, path, problems, "");
    if (g == null) {
      throw new AssertionError();
    }
    g.has("id"); // already read
    return g;
  }

  private SchemeInfo info(Fields top) {
    Doc d = top.get("info");
    if (d == null) {
      return SchemeInfo.empty();
    }
    Fields f = Fields.of(d, top.pathOf("info"), problems, "the scheme's metadata");
    if (f == null) {
      return SchemeInfo.empty();
    }
    SchemeInfo.Builder b =
        SchemeInfo.builder()
            .documentNumber(f.optText("documentNumber"))
            .issuer(f.optText("issuer"))
            .issued(f.optDate("issued"))
            .effective(f.optDate("effective"))
            .status(
                f.enumerationOr("status", SchemeInfo.Status.STANDARD, SchemeInfo.Status.values()))
            .supersedes(f.texts("supersedes"))
            .scope(f.optText("scope"))
            .source(f.optText("source"))
            .notes(f.texts("notes"));
    f.finish();
    return b.build();
  }

  private @Nullable Rounding rounding(Fields top) {
    Doc d = top.get("rounding");
    if (d == null) {
      return null;
    }
    Fields f = Fields.of(d, top.pathOf("rounding"), problems, "a rounding");
    if (f == null) {
      return null;
    }
    Integer scale = f.integer("scale");
    RoundingMode mode = f.enumeration("mode", ROUNDING_MODES);
    f.finish();
    if (scale == null || mode == null) {
      return null;
    }
    return build(f, () -> new Rounding(scale, mode));
  }

  private static final RoundingMode[] ROUNDING_MODES = {
    RoundingMode.HALF_UP,
    RoundingMode.HALF_EVEN,
    RoundingMode.HALF_DOWN,
    RoundingMode.UP,
    RoundingMode.DOWN,
    RoundingMode.CEILING,
    RoundingMode.FLOOR
  };

  private @Nullable UnitGroup group(Doc d, String at) {
    Fields f = Fields.of(d, at, problems, "a unit group");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String path = id == null ? at : root + "/group " + id;
    paths.put(path, f.loc());
    Fields g = reroot(f, path + " ");
    String title = g.text("title");
    Optional<String> clause = g.optText("clause");
    List<Unit> units = g.list("units", this::unit);
    Optional<Integer> declared = g.optInteger("declaredCount");
    g.finish();
    if (id == null || title == null) {
      return null;
    }
    return build(g, () -> new UnitGroup(id, title, clause, units, declared));
  }

  private @Nullable Unit unit(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a unit");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String name = f.text("name");
    f.finish();
    return id == null || name == null ? null : new Unit(id, name);
  }

  private @Nullable Node node(Doc d, String at, String parentPath) {
    Fields f = Fields.of(d, at, problems, "a node");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String path = id == null ? at : parentPath + "/" + id;
    paths.put(path, f.loc());
    if (id != null) {
      nodeIds.putIfAbsent(id, f.loc());
    }
    Fields n = reroot(f, path + " ");
    String title = n.text("title");
    Node.Builder b = Node.builder();
    b.clause(n.optText("clause"));
    b.maximum(n.optPoints("max"));
    b.role(n.enumerationOr("role", Role.SCORED, Role.values()));
    Doc rule = n.get("rule");
    if (rule != null) {
      Rule r = rule(rule, n.pathOf("rule"));
      if (r != null) {
        b.rule(r);
      }
    }
    b.children(n.list("children", (c, p) -> node(c, p, path)));
    b.gates(n.list("gates", this::gate));
    b.modifiers(n.list("modifiers", this::modifier));
    Doc floor = n.get("floor");
    if (floor != null) {
      Limit l = limit(floor, n.pathOf("floor"));
      if (l != null) {
        b.floor(l);
      }
    }
    Doc ceiling = n.get("ceiling");
    if (ceiling != null) {
      Limit l = limit(ceiling, n.pathOf("ceiling"));
      if (l != null) {
        b.ceiling(l);
      }
    }
    b.overflow(n.enumerationOr("overflow", Overflow.DISCARD, Overflow.values()));
    b.maximaAddUp(n.bool("maximaAddUp", true));
    b.groups(n.texts("groups"));
    b.evaluator(n.optText("evaluator"));
    b.evidence(n.texts("evidence"));
    b.note(n.optText("note"));
    n.finish();
    if (id == null || title == null) {
      return null;
    }
    return build(n, () -> b.id(id).title(title).build());
  }

  // ------------------------------------------------------------------ rules

  static final List<String> RULES =
      List.of(
          "perOccurrence",
          "checklist",
          "levels",
          "assessed",
          "panel",
          "tiers",
          "proportional",
          "conversion",
          "shortfallSteps",
          "amountSteps");

  static final List<String> BARE_RULES = List.of("criterion", "fullMarks");

  private @Nullable Rule rule(Doc d, String path) {
    Fields.Choice c = Fields.choice(d, path, problems, "rule", RULES, BARE_RULES);
    if (c == null) {
      return null;
    }
    if (c.body() == null) {
      return c.name().equals("criterion") ? Rule.criterion() : Rule.fullMarks();
    }
    Doc body = c.body();
    String p = c.path();
    switch (c.name()) {
      case "perOccurrence":
        {
          List<Rule.Rate> rates = listOf(body, p, "a list of rates", this::rate);
          return rates == null ? null : build(body, p, () -> new Rule.PerOccurrence(rates));
        }
      case "levels":
        {
          List<Rule.Level> levels = listOf(body, p, "a list of levels", this::level);
          return levels == null ? null : build(body, p, () -> new Rule.Levels(levels));
        }
      default:
        break;
    }
    Fields f = Fields.of(body, p, problems, "the parameters of " + c.name());
    if (f == null) {
      return null;
    }
    Rule rule = ruleBody(c.name(), f);
    f.finish();
    return rule;
  }

  private @Nullable Rule ruleBody(String name, Fields f) {
    switch (name) {
      case "checklist":
        {
          Direction direction = f.enumeration("direction", Direction.values());
          Points each = f.points("each");
          List<Rule.Element> elements = f.list("elements", this::element);
          return direction == null || each == null
              ? null
              : build(f, () -> new Rule.Checklist(elements, each, direction));
        }
      case "assessed":
        {
          Direction direction = f.enumeration("direction", Direction.values());
          Optional<Points> min = f.optPoints("min");
          Optional<Points> max = f.optPoints("max");
          return direction == null ? null : build(f, () -> new Rule.Assessed(min, max, direction));
        }
      case "panel":
        {
          BigDecimal scale = f.decimal("scale");
          Rule.Aggregation aggregation = f.enumeration("aggregation", Rule.Aggregation.values());
          Integer minRaters = f.integer("minRaters");
          Optional<Integer> maxRaters = f.optInteger("maxRaters");
          return scale == null || aggregation == null || minRaters == null
              ? null
              : build(f, () -> new Rule.Panel(scale, aggregation, minRaters, maxRaters));
        }
      case "tiers":
        {
          String unit = f.text("unit");
          Doc list = f.require("tiers");
          @Nullable List<Rule.Tier> tiers =
              list == null ? null : listOf(list, f.pathOf("tiers"), "a list of tiers", this::tier);
          return unit == null || tiers == null ? null : build(f, () -> new Rule.Tiers(tiers, unit));
        }
      case "proportional":
        {
          BigDecimal target = f.decimal("target");
          String unit = f.text("unit");
          return target == null || unit == null
              ? null
              : build(f, () -> new Rule.Proportional(target, unit));
        }
      case "conversion":
        {
          BigDecimal source = f.decimal("sourceMaximum");
          return source == null ? null : build(f, () -> new Rule.Conversion(source));
        }
      case "shortfallSteps":
        {
          BigDecimal target = f.decimal("target");
          BigDecimal step = f.decimal("step");
          Points perStep = f.points("pointsPerStep");
          Boolean partial = f.bool("partialStepCounts");
          String unit = f.text("unit");
          return target == null
                  || step == null
                  || perStep == null
                  || partial == null
                  || unit == null
              ? null
              : build(f, () -> new Rule.ShortfallSteps(target, step, perStep, partial, unit));
        }
      case "amountSteps":
        {
          BigDecimal base = f.decimal("base");
          Points basePoints = f.points("basePoints");
          BigDecimal step = f.decimal("step");
          Points perStep = f.points("pointsPerStep");
          Rule.Valuation valuation = f.enumeration("valuation", Rule.Valuation.values());
          String unit = f.text("unit");
          return base == null
                  || basePoints == null
                  || step == null
                  || perStep == null
                  || valuation == null
                  || unit == null
              ? null
              : build(
                  f, () -> new Rule.AmountSteps(base, basePoints, step, perStep, valuation, unit));
        }
      default:
        throw new AssertionError(name);
    }
  }

  private Rule.@Nullable Rate rate(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a rate");
    if (f == null) {
      return null;
    }
    Optional<String> kind = f.optText("kind");
    Optional<String> level = f.optText("level");
    Direction direction = f.enumeration("direction", Direction.values());
    Optional<Points> points = f.optPoints("points");
    Optional<Points> min = f.optPoints("min");
    Optional<Points> max = f.optPoints("max");
    Optional<String> title = f.optText("title");
    Optional<String> parameter = f.optText("parameter");
    f.finish();
    if (direction == null) {
      return null;
    }
    if (parameter.isPresent()) {
      // The amount is the parameter's: the office sets it, the rate gives none.
      if (points.isPresent() || min.isPresent() || max.isPresent()) {
        f.problem(
            "a rate set by parameter " + parameter.get() + " gives no 'points', 'min' or 'max'");
        return null;
      }
      return build(
          f,
          () -> new Rule.Rate(kind, level, direction, Points.ZERO, Points.ZERO, title, parameter));
    }
    Points low;
    Points high;
    if (points.isPresent() && min.isEmpty() && max.isEmpty()) {
      low = points.get();
      high = low;
    } else if (points.isEmpty() && min.isPresent() && max.isPresent()) {
      low = min.get();
      high = max.get();
      if (low.equals(high)) {
        f.problem("a fixed rate is written as 'points: " + low + "', not as a range");
        return null;
      }
    } else {
      if (f.has("points") || f.has("min") || f.has("max")) {
        f.problem("a rate has either 'points' (a fixed rate) or both 'min' and 'max' (a range)");
      } else {
        f.problem("missing 'points' (or 'min' and 'max' for a range, or 'parameter')");
      }
      return null;
    }
    return build(f, () -> new Rule.Rate(kind, level, direction, low, high, title));
  }

  private Rule.@Nullable Element element(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "an element");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String title = f.text("title");
    f.finish();
    return id == null || title == null ? null : new Rule.Element(id, title);
  }

  private Rule.@Nullable Level level(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a level");
    if (f == null) {
      return null;
    }
    String key = f.text("key");
    String title = f.text("title");
    Points points = f.points("points");
    f.finish();
    return key == null || title == null || points == null
        ? null
        : build(f, () -> new Rule.Level(key, title, points));
  }

  private Rule.@Nullable Tier tier(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a tier");
    if (f == null) {
      return null;
    }
    Interval range = interval(f, "range");
    Points points = f.points("points");
    f.finish();
    return range == null || points == null ? null : build(f, () -> new Rule.Tier(range, points));
  }

  // ------------------------------------------------------------------ intervals and limits

  /** A required interval under a key. */
  @Nullable Interval interval(Fields f, String key) {
    Doc d = f.require(key);
    return d == null ? null : interval(d, f.pathOf(key));
  }

  /** An interval that may be left out. */
  Optional<Interval> optInterval(Fields f, String key) {
    Doc d = f.get(key);
    return d == null ? Optional.empty() : Optional.ofNullable(interval(d, f.pathOf(key)));
  }

  /**
   * An interval: {@code {atLeast: 85}}, {@code {above: 85}}, {@code {atMost: 5}}, {@code {below:
   * 700}}, or one lower and one upper bound together such as {@code {atLeast: 80, below: 85}}.
   */
  @Nullable Interval interval(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a range such as {atLeast: 80, below: 85}");
    if (f == null) {
      return null;
    }
    Optional<BigDecimal> atLeast = f.optDecimal("atLeast");
    Optional<BigDecimal> above = f.optDecimal("above");
    Optional<BigDecimal> atMost = f.optDecimal("atMost");
    Optional<BigDecimal> below = f.optDecimal("below");
    f.finish();
    boolean ok = true;
    if (atLeast.isPresent() && above.isPresent()) {
      f.problem("a range has one lower bound: 'atLeast' (including it) or 'above' (excluding it)");
      ok = false;
    }
    if (atMost.isPresent() && below.isPresent()) {
      f.problem("a range has one upper bound: 'atMost' (including it) or 'below' (excluding it)");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    Optional<Interval.Bound> lower =
        atLeast
            .map(v -> new Interval.Bound(v, true))
            .or(() -> above.map(v -> new Interval.Bound(v, false)));
    Optional<Interval.Bound> upper =
        atMost
            .map(v -> new Interval.Bound(v, true))
            .or(() -> below.map(v -> new Interval.Bound(v, false)));
    return build(f, () -> new Interval(lower, upper));
  }

  static JsonNode write(Interval interval) {
    ObjectNode n = Tree.object();
    interval
        .lower()
        .ifPresent(b -> n.set(b.inclusive() ? "atLeast" : "above", Tree.number(b.value())));
    interval
        .upper()
        .ifPresent(b -> n.set(b.inclusive() ? "atMost" : "below", Tree.number(b.value())));
    return n;
  }

  private @Nullable Limit limit(Doc d, String path) {
    if (d instanceof Doc.Scalar s && s.kind() == Doc.Kind.NUMBER) {
      BigDecimal v = Fields.decimal(d, path, problems);
      return v == null ? null : Limit.of(Points.of(v));
    }
    Fields.Choice c =
        Fields.choice(
            d,
            path,
            problems,
            "limit (a number of points, none, or {shareOf: {node, share}})",
            List.of("shareOf"),
            List.of("none"));
    if (c == null) {
      return null;
    }
    Doc body = c.body();
    if (body == null) {
      return Limit.none();
    }
    Fields f = Fields.of(body, c.path(), problems, "a share of a node's maximum");
    if (f == null) {
      return null;
    }
    String node = f.text("node");
    BigDecimal share = f.decimal("share");
    f.finish();
    return node == null || share == null
        ? null
        : build(f, () -> new Limit.ShareOfMaximum(node, share));
  }

  // ------------------------------------------------------------------ gates and modifiers

  private @Nullable Gate gate(Doc d, String path) {
    Fields.Choice c =
        Fields.choice(
            d, path, problems, "gate", List.of("prerequisite", "occurrenceLimit"), List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields f = Fields.of(body, c.path(), problems, "a gate");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Gate gate;
    if (c.name().equals("prerequisite")) {
      gate = id == null || title == null ? null : new Gate.Prerequisite(id, title, clause);
    } else {
      Optional<String> kind = f.optText("kind");
      Interval count = interval(f, "count");
      gate =
          id == null || title == null || count == null
              ? null
              : build(f, () -> new Gate.OccurrenceLimit(id, title, kind, count, clause));
    }
    f.finish();
    return gate;
  }

  private @Nullable Modifier modifier(Doc d, String path) {
    Fields.Choice c =
        Fields.choice(
            d,
            path,
            problems,
            "modifier",
            List.of("sameMatterOnce", "selfReportedExempt", "jointSplit"),
            List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields f = Fields.of(body, c.path(), problems, "a modifier");
    if (f == null) {
      return null;
    }
    Optional<String> clause = f.optText("clause");
    Modifier m;
    switch (c.name()) {
      case "sameMatterOnce" -> m = new Modifier.SameMatterOnce(clause);
      case "selfReportedExempt" -> m = new Modifier.SelfReportedExempt(clause);
      default -> {
        BigDecimal lead = f.decimal("lead");
        BigDecimal partner = f.decimal("partner");
        m =
            lead == null || partner == null
                ? null
                : build(f, () -> new Modifier.JointSplit(lead, partner, clause));
      }
    }
    f.finish();
    return m;
  }

  // ------------------------------------------------------------------ vetoes

  private @Nullable Veto veto(Doc d, String at) {
    Fields f = Fields.of(d, at, problems, "a veto");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String path = id == null ? at : root + "/veto " + id;
    paths.put(path, f.loc());
    Fields v = reroot(f, path + " ");
    String title = v.text("title");
    Optional<String> clause = v.optText("clause");
    Doc t = v.require("trigger");
    Veto.Trigger trigger = t == null ? null : trigger(t, v.pathOf("trigger"));
    Doc e = v.require("effect");
    Veto.Effect effect = e == null ? null : effect(e, v.pathOf("effect"), problems);
    v.finish();
    return id == null || title == null || trigger == null || effect == null
        ? null
        : new Veto(id, title, clause, trigger, effect);
  }

  private Veto.@Nullable Trigger trigger(Doc d, String path) {
    Fields.Choice c =
        Fields.choice(
            d,
            path,
            problems,
            "veto trigger",
            List.of("nodeScore", "occurrenceCount"),
            List.of("reported"));
    if (c == null) {
      return null;
    }
    Doc body = c.body();
    if (body == null) {
      return new Veto.Reported();
    }
    Fields f = Fields.of(body, c.path(), problems, "a trigger");
    if (f == null) {
      return null;
    }
    String node = f.text("node");
    Veto.Trigger trigger;
    if (c.name().equals("nodeScore")) {
      Interval points = interval(f, "points");
      trigger = node == null || points == null ? null : new Veto.NodeScore(node, points);
    } else {
      Optional<String> kind = f.optText("kind");
      Interval count = interval(f, "count");
      trigger = node == null || count == null ? null : new Veto.OccurrenceCount(node, kind, count);
    }
    f.finish();
    return trigger;
  }

  static Veto.@Nullable Effect effect(Doc d, String path, Problems problems) {
    Fields.Choice c =
        Fields.choice(
            d, path, problems, "veto effect", List.of("disqualification", "penalty"), List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields f = Fields.of(body, c.path(), problems, "an effect");
    if (f == null) {
      return null;
    }
    Veto.Effect effect;
    if (c.name().equals("disqualification")) {
      Boolean barsHead = f.bool("barsHead");
      effect = barsHead == null ? null : new Veto.Disqualification(barsHead);
    } else {
      Points perEvent = f.points("perEvent");
      Optional<String> node = f.optText("node");
      effect = perEvent == null ? null : build(f, problems, () -> new Veto.Penalty(perEvent, node));
    }
    f.finish();
    return effect;
  }

  static JsonNode write(Veto.Effect effect) {
    ObjectNode body = Tree.object();
    if (effect instanceof Veto.Disqualification d) {
      body.put("barsHead", d.barsHead());
      return Tree.choice("disqualification", body);
    }
    Veto.Penalty p = (Veto.Penalty) effect;
    body.set("perEvent", Tree.number(p.perEvent()));
    Tree.put(body, "node", p.nodeId());
    return Tree.choice("penalty", body);
  }

  // ------------------------------------------------------------------ outcomes

  private @Nullable Outcome outcome(Doc d, String at) {
    Fields.Choice c =
        Fields.choice(
            d,
            at,
            problems,
            "outcome",
            List.of("ranking", "banding", "improvement", "grading"),
            List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    Fields first = Fields.of(body, c.path(), problems, "an outcome");
    if (first == null) {
      return null;
    }
    String id = first.text("id");
    String path = id == null ? c.path() : root + "/outcome " + id;
    paths.put(path, first.loc());
    Fields f = reroot(first, path + " ");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    List<String> groups = f.texts("groups");
    Outcome outcome;
    switch (c.name()) {
      case "ranking" -> {
        Optional<String> on = f.optText("on");
        boolean acrossGroups = f.bool("acrossGroups", false);
        TiePolicy ties = ties(f);
        DisqualifiedUnits disqualified = f.enumeration("disqualified", DisqualifiedUnits.values());
        CutTies cutTies = f.enumeration("cutTies", CutTies.values());
        List<Award> awards = f.list("awards", this::award);
        outcome =
            id == null || title == null || disqualified == null || cutTies == null
                ? null
                : build(
                    f,
                    () ->
                        Ranking.builder()
                            .id(id)
                            .title(title)
                            .clause(clause)
                            .groups(groups)
                            .on(on)
                            .acrossGroups(acrossGroups)
                            .ties(ties)
                            .disqualified(disqualified)
                            .cutTies(cutTies)
                            .awards(awards)
                            .build());
      }
      case "improvement" -> {
        Optional<String> on = f.optText("on");
        TiePolicy ties = ties(f);
        DisqualifiedUnits disqualified = f.enumeration("disqualified", DisqualifiedUnits.values());
        CutTies cutTies = f.enumeration("cutTies", CutTies.values());
        List<Award> awards = f.list("awards", this::award);
        outcome =
            id == null || title == null || disqualified == null || cutTies == null
                ? null
                : build(
                    f,
                    () ->
                        Improvement.builder()
                            .id(id)
                            .title(title)
                            .clause(clause)
                            .groups(groups)
                            .on(on)
                            .ties(ties)
                            .disqualified(disqualified)
                            .cutTies(cutTies)
                            .awards(awards)
                            .build());
      }
      case "banding" -> {
        Optional<String> on = f.optText("on");
        List<Band> bands = f.list("bands", this::band);
        outcome =
            id == null || title == null
                ? null
                : build(
                    f,
                    () ->
                        Banding.builder()
                            .id(id)
                            .title(title)
                            .clause(clause)
                            .groups(groups)
                            .on(on)
                            .bands(bands)
                            .build());
      }
      default -> {
        List<Rule.Element> prerequisites = f.list("prerequisites", this::element);
        List<Grade> grades = f.list("grades", this::grade);
        Integer validYears = f.integer("validYears");
        outcome =
            id == null || title == null || validYears == null
                ? null
                : build(
                    f,
                    () ->
                        Grading.builder()
                            .id(id)
                            .title(title)
                            .clause(clause)
                            .groups(groups)
                            .prerequisites(prerequisites)
                            .grades(grades)
                            .validYears(validYears)
                            .build());
      }
    }
    f.finish();
    return outcome;
  }

  private TiePolicy ties(Fields outcome) {
    Doc d = outcome.get("ties");
    if (d == null) {
      return TiePolicy.competition();
    }
    Fields f = Fields.of(d, outcome.pathOf("ties"), problems, "a tie policy");
    if (f == null) {
      return TiePolicy.competition();
    }
    TiePolicy.Ranks ranks = f.enumeration("ranks", TiePolicy.Ranks.values());
    List<String> breakers = f.texts("tieBreakers");
    boolean unitIdLast = f.bool("unitIdLast", false);
    f.finish();
    return ranks == null ? TiePolicy.competition() : new TiePolicy(ranks, breakers, unitIdLast);
  }

  private @Nullable Award award(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "an award");
    if (f == null) {
      return null;
    }
    String label = f.text("label");
    Integer from = f.integer("from");
    // An award's size is its last position, or the parameter that sets its number of places.
    Optional<String> places = f.optText("places");
    Integer to = places.isPresent() ? from : f.integer("to");
    if (places.isPresent() && f.has("to")) {
      f.problem("an award has either 'to' or 'places' (a parameter), not both");
    }
    Award.End end = f.enumeration("end", Award.End.values());
    Optional<Interval> eligible = optInterval(f, "eligible");
    f.finish();
    return label == null || from == null || to == null || end == null
        ? null
        : build(f, () -> new Award(label, from, to, end, eligible, places));
  }

  private @Nullable Band band(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a band");
    if (f == null) {
      return null;
    }
    String label = f.text("label");
    Interval scores = interval(f, "scores");
    f.finish();
    return label == null || scores == null ? null : new Band(label, scores);
  }

  private @Nullable Grade grade(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a grade");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    Optional<Interval> scores = optInterval(f, "scores");
    Optional<String> requires = f.optText("requires");
    int held = f.optInteger("heldYears").orElse(0);
    f.finish();
    return id == null || title == null
        ? null
        : build(f, () -> new Grade(id, title, clause, scores, requires, held));
  }

  private @Nullable Reading reading(Doc d, String at) {
    Fields f = Fields.of(d, at, problems, "a reading");
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    String path = id == null ? at : root + "/reading " + id;
    paths.put(path, f.loc());
    Fields r = reroot(f, path + " ");
    String clause = r.text("clause");
    String quote = r.text("quote");
    String reading = r.text("reading");
    List<String> nodes = r.texts("nodes");
    r.finish();
    return id == null || clause == null || quote == null || reading == null
        ? null
        : new Reading(id, clause, quote, reading, nodes);
  }

  // ------------------------------------------------------------------ helpers

  private <T> @Nullable List<T> listOf(
      Doc d,
      String path,
      String what,
      java.util.function.BiFunction<Doc, String, @Nullable T> item) {
    if (!(d instanceof Doc.Sequence seq)) {
      Fields.expected(d, path, problems, what);
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < seq.items().size(); i++) {
      T v = item.apply(seq.items().get(i), path + "[" + i + "]");
      if (v == null) {
        complete = false;
      } else {
        out.add(v);
      }
    }
    return complete ? out : null;
  }

  private <T> @Nullable T build(Fields f, Supplier<T> make) {
    return build(f, problems, make);
  }

  private <T> @Nullable T build(Doc d, String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.at(d.loc(), path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Builds a model value; what its constructor rejects becomes a problem at the mapping. */
  static <T> @Nullable T build(Fields f, Problems problems, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.at(f.loc(), f.path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ------------------------------------------------------------------ core problems

  /**
   * Places a problem the core found in the scheme at the line where the node, group, veto or
   * reading it names was written.
   */
  FileProblem locate(Problem p) {
    Doc.Loc loc = paths.get(p.path());
    if (loc == null && p.nodeId().isPresent()) {
      loc = nodeIds.get(p.nodeId().get());
    }
    String path = p.path();
    while (loc == null && path.contains("/")) {
      path = path.substring(0, path.lastIndexOf('/'));
      loc = paths.get(path);
    }
    if (loc == null) {
      loc = paths.getOrDefault(root, new Doc.Loc(0, 0));
    }
    return new FileProblem(problems.file(), loc.line(), loc.column(), p.path(), p.message());
  }

  // ================================================================== writing

  static ObjectNode write(Scheme s) {
    ObjectNode n = Tree.object();
    n.put("id", s.id());
    n.put("title", s.title());
    ObjectNode info = write(s.info());
    if (!info.isEmpty()) {
      n.set("info", info);
    }
    Tree.putPoints(n, "max", s.maximum());
    if (!s.maximaAddUp()) {
      n.put("maximaAddUp", false);
    }
    Tree.putList(n, "parameters", s.parameters(), SchemeCodec::write);
    Tree.putList(n, "groups", s.groups(), SchemeCodec::write);
    if (s.notApplicable() != NotApplicablePolicy.REJECT) {
      n.put("notApplicable", Names.of(s.notApplicable()));
    }
    s.rounding()
        .ifPresent(
            r -> {
              ObjectNode o = n.putObject("rounding");
              o.put("scale", r.scale());
              o.put("mode", Names.of(r.mode()));
            });
    Tree.putList(n, "sections", s.sections(), SchemeCodec::write);
    Tree.putList(n, "vetoes", s.vetoes(), SchemeCodec::write);
    Tree.putList(n, "outcomes", s.outcomes(), SchemeCodec::write);
    Tree.putList(n, "readings", s.readings(), SchemeCodec::write);
    return n;
  }

  private static JsonNode write(Parameter p) {
    ObjectNode n = Tree.object();
    n.put("id", p.id());
    n.put("title", p.title());
    n.put("clause", p.clause());
    n.put("kind", Names.of(p.kind()));
    n.put("why", p.why());
    n.set("example", Tree.number(p.example()));
    p.value().ifPresent(v -> n.set("value", Tree.number(v)));
    return n;
  }

  private static ObjectNode write(SchemeInfo i) {
    ObjectNode n = Tree.object();
    Tree.put(n, "documentNumber", i.documentNumber());
    Tree.put(n, "issuer", i.issuer());
    Tree.put(n, "issued", i.issued().map(Object::toString));
    Tree.put(n, "effective", i.effective().map(Object::toString));
    if (i.status() != SchemeInfo.Status.STANDARD) {
      n.put("status", Names.of(i.status()));
    }
    Tree.putTexts(n, "supersedes", i.supersedes());
    Tree.put(n, "scope", i.scope());
    Tree.put(n, "source", i.source());
    Tree.putTexts(n, "notes", i.notes());
    return n;
  }

  private static JsonNode write(UnitGroup g) {
    ObjectNode n = Tree.object();
    n.put("id", g.id());
    n.put("title", g.title());
    Tree.put(n, "clause", g.clause());
    Tree.putList(
        n,
        "units",
        g.units(),
        u -> {
          ObjectNode o = Tree.object();
          o.put("id", u.id());
          o.put("name", u.name());
          return o;
        });
    g.declaredCount().ifPresent(c -> n.put("declaredCount", c));
    return n;
  }

  private static JsonNode write(Node node) {
    ObjectNode n = Tree.object();
    n.put("id", node.id());
    n.put("title", node.title());
    Tree.put(n, "clause", node.clause());
    Tree.putPoints(n, "max", node.maximum());
    if (node.role() != Role.SCORED) {
      n.put("role", Names.of(node.role()));
    }
    node.rule().ifPresent(r -> n.set("rule", r.accept(RULE_WRITER)));
    Tree.putList(n, "children", node.children(), SchemeCodec::write);
    Tree.putList(n, "gates", node.gates(), SchemeCodec::write);
    Tree.putList(n, "modifiers", node.modifiers(), SchemeCodec::write);
    node.floor().ifPresent(l -> n.set("floor", write(l)));
    node.ceiling().ifPresent(l -> n.set("ceiling", write(l)));
    if (node.overflow() != Overflow.DISCARD) {
      n.put("overflow", Names.of(node.overflow()));
    }
    if (!node.maximaAddUp()) {
      n.put("maximaAddUp", false);
    }
    Tree.putTexts(n, "groups", node.groups());
    Tree.put(n, "evaluator", node.evaluator());
    Tree.putTexts(n, "evidence", node.evidence());
    Tree.put(n, "note", node.note());
    return n;
  }

  private static JsonNode write(Limit limit) {
    if (limit instanceof Limit.Fixed f) {
      return Tree.number(f.points());
    }
    if (limit instanceof Limit.ShareOfMaximum s) {
      ObjectNode body = Tree.object();
      body.put("node", s.nodeId());
      body.set("share", Tree.number(s.share()));
      return Tree.choice("shareOf", body);
    }
    return Tree.text("none");
  }

  private static JsonNode write(Gate gate) {
    ObjectNode body = Tree.object();
    body.put("id", gate.id());
    body.put("title", gate.title());
    if (gate instanceof Gate.OccurrenceLimit o) {
      Tree.put(body, "kind", o.kind());
      body.set("count", write(o.count()));
    }
    Tree.put(body, "clause", gate.clause());
    return Tree.choice(
        gate instanceof Gate.Prerequisite ? "prerequisite" : "occurrenceLimit", body);
  }

  private static JsonNode write(Modifier m) {
    ObjectNode body = Tree.object();
    String name;
    if (m instanceof Modifier.JointSplit j) {
      body.set("lead", Tree.number(j.lead()));
      body.set("partner", Tree.number(j.partner()));
      name = "jointSplit";
    } else {
      name = m instanceof Modifier.SameMatterOnce ? "sameMatterOnce" : "selfReportedExempt";
    }
    Tree.put(body, "clause", m.clause());
    return Tree.choice(name, body);
  }

  private static JsonNode write(Veto v) {
    ObjectNode n = Tree.object();
    n.put("id", v.id());
    n.put("title", v.title());
    Tree.put(n, "clause", v.clause());
    Veto.Trigger t = v.trigger();
    if (t instanceof Veto.NodeScore s) {
      ObjectNode body = Tree.object();
      body.put("node", s.nodeId());
      body.set("points", write(s.points()));
      n.set("trigger", Tree.choice("nodeScore", body));
    } else if (t instanceof Veto.OccurrenceCount c) {
      ObjectNode body = Tree.object();
      body.put("node", c.nodeId());
      Tree.put(body, "kind", c.kind());
      body.set("count", write(c.count()));
      n.set("trigger", Tree.choice("occurrenceCount", body));
    } else {
      n.put("trigger", "reported");
    }
    n.set("effect", write(v.effect()));
    return n;
  }

  private static JsonNode write(Outcome o) {
    ObjectNode n = Tree.object();
    n.put("id", o.id());
    n.put("title", o.title());
    Tree.put(n, "clause", o.clause());
    Tree.putTexts(n, "groups", o.groups());
    String name;
    if (o instanceof Ranking r) {
      name = "ranking";
      Tree.put(n, "on", r.on());
      if (r.acrossGroups()) {
        n.put("acrossGroups", true);
      }
      writePositions(n, r.ties(), r.disqualified(), r.cutTies(), r.awards());
    } else if (o instanceof Improvement i) {
      name = "improvement";
      Tree.put(n, "on", i.on());
      writePositions(n, i.ties(), i.disqualified(), i.cutTies(), i.awards());
    } else if (o instanceof Banding b) {
      name = "banding";
      Tree.put(n, "on", b.on());
      Tree.putList(
          n,
          "bands",
          b.bands(),
          band -> {
            ObjectNode x = Tree.object();
            x.put("label", band.label());
            x.set("scores", write(band.scores()));
            return x;
          });
    } else {
      Grading g = (Grading) o;
      name = "grading";
      Tree.putList(n, "prerequisites", g.prerequisites(), SchemeCodec::write);
      Tree.putList(n, "grades", g.grades(), SchemeCodec::write);
      n.put("validYears", g.validYears());
    }
    return Tree.choice(name, n);
  }

  private static void writePositions(
      ObjectNode n, TiePolicy ties, DisqualifiedUnits dq, CutTies cutTies, List<Award> awards) {
    if (!ties.equals(TiePolicy.competition())) {
      ObjectNode t = n.putObject("ties");
      t.put("ranks", Names.of(ties.ranks()));
      Tree.putTexts(t, "tieBreakers", ties.tieBreakers());
      if (ties.unitIdLast()) {
        t.put("unitIdLast", true);
      }
    }
    n.put("disqualified", Names.of(dq));
    n.put("cutTies", Names.of(cutTies));
    ArrayNode a = n.putArray("awards");
    for (Award award : awards) {
      ObjectNode x = a.addObject();
      x.put("label", award.label());
      x.put("from", award.from());
      if (award.places().isPresent()) {
        x.put("places", award.places().get());
      } else {
        x.put("to", award.to());
      }
      x.put("end", Names.of(award.end()));
      award.eligible().ifPresent(e -> x.set("eligible", write(e)));
    }
    if (awards.isEmpty()) {
      n.remove("awards");
    }
  }

  private static JsonNode write(Grade g) {
    ObjectNode n = Tree.object();
    n.put("id", g.id());
    n.put("title", g.title());
    Tree.put(n, "clause", g.clause());
    g.scores().ifPresent(s -> n.set("scores", write(s)));
    Tree.put(n, "requires", g.requires());
    if (g.heldYears() != 0) {
      n.put("heldYears", g.heldYears());
    }
    return n;
  }

  private static JsonNode write(Rule.Element e) {
    ObjectNode n = Tree.object();
    n.put("id", e.id());
    n.put("title", e.title());
    return n;
  }

  private static JsonNode write(Reading r) {
    ObjectNode n = Tree.object();
    n.put("id", r.id());
    n.put("clause", r.clause());
    n.put("quote", r.quote());
    n.put("reading", r.reading());
    Tree.putTexts(n, "nodes", r.nodeIds());
    return n;
  }

  private static final Rule.Visitor<JsonNode> RULE_WRITER =
      new Rule.Visitor<>() {
        @Override
        public JsonNode perOccurrence(Rule.PerOccurrence rule) {
          ArrayNode rates = Tree.array();
          for (Rule.Rate r : rule.rates()) {
            ObjectNode x = rates.addObject();
            Tree.put(x, "kind", r.kind());
            Tree.put(x, "level", r.level());
            x.put("direction", Names.of(r.direction()));
            if (r.parameter().isPresent()) {
              x.put("parameter", r.parameter().get());
            } else if (r.isRange()) {
              x.set("min", Tree.number(r.min()));
              x.set("max", Tree.number(r.max()));
            } else {
              x.set("points", Tree.number(r.min()));
            }
            Tree.put(x, "title", r.title());
          }
          return Tree.choice("perOccurrence", rates);
        }

        @Override
        public JsonNode checklist(Rule.Checklist rule) {
          ObjectNode b = Tree.object();
          b.put("direction", Names.of(rule.direction()));
          b.set("each", Tree.number(rule.each()));
          Tree.putList(b, "elements", rule.elements(), SchemeCodec::write);
          return Tree.choice("checklist", b);
        }

        @Override
        public JsonNode criterion(Rule.Criterion rule) {
          return Tree.text("criterion");
        }

        @Override
        public JsonNode fullMarks(Rule.FullMarks rule) {
          return Tree.text("fullMarks");
        }

        @Override
        public JsonNode levels(Rule.Levels rule) {
          ArrayNode levels = Tree.array();
          for (Rule.Level l : rule.levels()) {
            ObjectNode x = levels.addObject();
            x.put("key", l.key());
            x.put("title", l.title());
            x.set("points", Tree.number(l.points()));
          }
          return Tree.choice("levels", levels);
        }

        @Override
        public JsonNode assessed(Rule.Assessed rule) {
          ObjectNode b = Tree.object();
          b.put("direction", Names.of(rule.direction()));
          Tree.putPoints(b, "min", rule.min());
          Tree.putPoints(b, "max", rule.max());
          return Tree.choice("assessed", b);
        }

        @Override
        public JsonNode panel(Rule.Panel rule) {
          ObjectNode b = Tree.object();
          b.set("scale", Tree.number(rule.scale()));
          b.put("aggregation", Names.of(rule.aggregation()));
          b.put("minRaters", rule.minRaters());
          rule.maxRaters().ifPresent(max -> b.put("maxRaters", max));
          return Tree.choice("panel", b);
        }

        @Override
        public JsonNode tiers(Rule.Tiers rule) {
          ObjectNode b = Tree.object();
          b.put("unit", rule.unit());
          ArrayNode tiers = b.putArray("tiers");
          for (Rule.Tier t : rule.tiers()) {
            ObjectNode x = tiers.addObject();
            x.set("range", write(t.range()));
            x.set("points", Tree.number(t.points()));
          }
          return Tree.choice("tiers", b);
        }

        @Override
        public JsonNode proportional(Rule.Proportional rule) {
          ObjectNode b = Tree.object();
          b.set("target", Tree.number(rule.target()));
          b.put("unit", rule.unit());
          return Tree.choice("proportional", b);
        }

        @Override
        public JsonNode conversion(Rule.Conversion rule) {
          ObjectNode b = Tree.object();
          b.set("sourceMaximum", Tree.number(rule.sourceMaximum()));
          return Tree.choice("conversion", b);
        }

        @Override
        public JsonNode shortfallSteps(Rule.ShortfallSteps rule) {
          ObjectNode b = Tree.object();
          b.set("target", Tree.number(rule.target()));
          b.set("step", Tree.number(rule.step()));
          b.set("pointsPerStep", Tree.number(rule.pointsPerStep()));
          b.put("partialStepCounts", rule.partialStepCounts());
          b.put("unit", rule.unit());
          return Tree.choice("shortfallSteps", b);
        }

        @Override
        public JsonNode amountSteps(Rule.AmountSteps rule) {
          ObjectNode b = Tree.object();
          b.set("base", Tree.number(rule.base()));
          b.set("basePoints", Tree.number(rule.basePoints()));
          b.set("step", Tree.number(rule.step()));
          b.set("pointsPerStep", Tree.number(rule.pointsPerStep()));
          b.put("valuation", Names.of(rule.valuation()));
          b.put("unit", rule.unit());
          return Tree.choice("amountSteps", b);
        }
      };
}
