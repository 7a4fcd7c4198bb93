package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Scores one unit's checked facts against a plan. Used once, by one thread. */
final class Scorer {

  /** What became of an occurrence before any rule saw it. */
  private enum Status {
    COUNTED,
    EXEMPT,
    MERGED
  }

  private final Plan plan;
  private final FactsIndex facts;
  private final PlanNode[] nodes;
  private final int group;

  private final Map<Occurrence, Status> status = new IdentityHashMap<>();
  private final Map<Occurrence, Points> value = new IdentityHashMap<>();
  private final Map<Occurrence, Occurrence> mergedInto = new IdentityHashMap<>();

  private final @Nullable Points[] points;

  /**
   * The part of each node's points that came from bonus and adjustment nodes at or below it. It
   * sits on top of every ancestor's floor and ceiling: a bonus is extra over full marks at every
   * level, not only its parent's.
   */
  private final Points[] onTop;

  private final List<List<Line>> lines;

  /** Losses carried to the total, by the index of the node that lost them. */
  private final Map<Integer, Line> carries = new TreeMap<>();

  private Points notApplicableMaximum = Points.ZERO;

  private Scorer(Plan plan, FactsIndex facts) {
    this.plan = plan;
    this.facts = facts;
    this.nodes = plan.nodes;
    this.group = facts.group;
    this.points = new Points[nodes.length];
    this.onTop = new Points[nodes.length];
    java.util.Arrays.fill(onTop, Points.ZERO);
    this.lines = new ArrayList<>(nodes.length);
    for (int i = 0; i < nodes.length; i++) {
      lines.add(List.of());
    }
  }

  static ScoreCard score(Plan plan, FactsIndex facts) {
    return new Scorer(plan, facts).run();
  }

  private ScoreCard run() {
    settleOccurrences();
    for (int i = nodes.length - 1; i >= 0; i--) {
      PlanNode n = nodes[i];
      if (!n.inGroup[group]) {
        continue;
      }
      if (facts.notApplicableCovered[i]) {
        NotApplicable mark = facts.notApplicable[i];
        if (mark != null) {
          scoreNotApplicable(n, mark);
        }
        continue;
      }
      scoreNode(n);
    }
    return card();
  }

  // ------------------------------------------------------------------ occurrences

  /** Values every occurrence, waives the self-reported ones and merges those of one matter. */
  private void settleOccurrences() {
    Map<String, List<Occurrence>> byMatter = new TreeMap<>();
    for (PlanNode n : nodes) {
      for (Occurrence o : facts.occurrences.get(n.index)) {
        value.put(o, nominalValue(n, o));
        Rule.Rate rate = facts.rates.get(o);
        boolean exempt =
            o.selfReported()
                && n.exemption != null
                && rate != null
                && rate.direction() == Direction.DEDUCT;
        status.put(o, exempt ? Status.EXEMPT : Status.COUNTED);
        if (!exempt && o.matter().isPresent()) {
          byMatter
              .computeIfAbsent(
                  n.sameMatterScope + "\u0000" + o.matter().get(), k -> new ArrayList<>())
              .add(o);
        }
      }
    }
    Comparator<Occurrence> largestFirst =
        Comparator.comparing((Occurrence o) -> weight(o)).reversed().thenComparing(Occurrence::id);
    for (List<Occurrence> same : byMatter.values()) {
      same.sort(largestFirst);
      Occurrence kept = same.get(0);
      for (Occurrence o : same.subList(1, same.size())) {
        status.put(o, Status.MERGED);
        mergedInto.put(o, kept);
      }
    }
  }

  /** The signed points of a rated occurrence, after its joint share; zero for unrated ones. */
  private Points nominalValue(PlanNode n, Occurrence o) {
    Rule.Rate rate = facts.rates.get(o);
    if (rate == null) {
      return Points.ZERO;
    }
    Points magnitude = o.points().orElse(rate.min()).times(o.count());
    return rate.direction().apply(magnitude).times(share(n, o));
  }

  /** What an occurrence weighs when occurrences of one matter compete: points, or its amount. */
  private BigDecimal weight(Occurrence o) {
    PlanNode n = plan.node(o.nodeId());
    if (n.rule() instanceof Rule.AmountSteps) {
      return o.amount().orElse(BigDecimal.ZERO).multiply(share(n, o));
    }
    return valueOf(o).abs().toBigDecimal();
  }

  private Points valueOf(Occurrence o) {
    Points p = value.get(o);
    if (p == null) {
      throw new IllegalStateException("every occurrence is valued first");
    }
    return p;
  }

  private static BigDecimal share(PlanNode n, Occurrence o) {
    Modifier.JointSplit split = n.jointSplit;
    if (o.joint().isEmpty() || split == null) {
      return BigDecimal.ONE;
    }
    return o.share()
        .orElse(o.joint().get() == Occurrence.JointRole.LEAD ? split.lead() : split.partner());
  }

  /** Counted occurrences in a node's subtree, of a kind or of every kind. */
  private List<Occurrence> counted(PlanNode n, Optional<String> kind) {
    List<Occurrence> found = new ArrayList<>();
    for (int i = n.index; i < n.end; i++) {
      for (Occurrence o : facts.occurrences.get(i)) {
        if (status.get(o) == Status.COUNTED && (kind.isEmpty() || kind.equals(o.kind()))) {
          found.add(o);
        }
      }
    }
    return found;
  }

  private static int total(List<Occurrence> occurrences) {
    int sum = 0;
    for (Occurrence o : occurrences) {
      sum += o.count();
    }
    return sum;
  }

  // ------------------------------------------------------------------ nodes

  private void scoreNotApplicable(PlanNode n, NotApplicable mark) {
    Points max = n.maximum();
    if (max == null) {
      throw new IllegalStateException("checked: a not-applicable node has a maximum");
    }
    boolean full = plan.scheme.notApplicable() == NotApplicablePolicy.FULL_MARKS;
    if (!full) {
      notApplicableMaximum = notApplicableMaximum.plus(max);
    }
    Line line =
        new Line(
            n.id(),
            Line.Kind.NOT_APPLICABLE,
            full ? max : Points.ZERO,
            "outside the unit's duties ("
                + mark.reason()
                + "): "
                + (full ? "counts at full marks" : "left out; the total is rescaled"),
            Optional.empty(),
            List.of(mark));
    finish(n, List.of(line));
  }

  private void scoreNode(PlanNode n) {
    List<Line> ls = new ArrayList<>();
    Points max = n.maximum();
    if (n.startsFull && max != null) {
      ls.add(line(n, Line.Kind.START, max, "starts from full marks " + max, List.of()));
    }
    Points carried = Points.ZERO;
    Rule rule = n.rule();
    if (rule != null) {
      applyRule(n, rule, ls);
    } else {
      for (int c : n.children) {
        if (nodes[c].isInsideParent() && addChild(ls, n, nodes[c])) {
          carried = carried.plus(onTop[c]);
        }
      }
    }
    for (Veto veto : n.penalties) {
      addPenalty(ls, n.id(), veto);
    }
    if (n.parent < 0) {
      rescale(n, ls, carried);
    }
    clamp(n, ls, carried);
    Points above = carried;
    for (int c : n.children) {
      if (!nodes[c].isInsideParent() && addChild(ls, n, nodes[c])) {
        above = above.plus(points(c));
      }
    }
    onTop[n.index] = applyGates(n, ls) ? Points.ZERO : above;
    finish(n, ls);
  }

  /** Adds a child's points; returns false if the child is not scored for this unit. */
  private boolean addChild(List<Line> ls, PlanNode parent, PlanNode child) {
    Points p = points[child.index];
    if (p == null) {
      return false; // not in the unit's group, or below a not-applicable mark
    }
    String role = child.role() == Role.SCORED ? "" : " (" + child.role().name().toLowerCase() + ")";
    ls.add(
        new Line(
            parent.id(),
            Line.Kind.CHILD,
            p,
            child.id() + " " + child.node.title() + role,
            child.node.clause(),
            List.of()));
    return true;
  }

  private Points points(int index) {
    Points p = points[index];
    if (p == null) {
      throw new IllegalStateException("children are scored before their parent");
    }
    return p;
  }

  private void addPenalty(List<Line> ls, String nodeId, Veto veto) {
    Trigger t = trigger(veto);
    if (t.times == 0) {
      return;
    }
    Veto.Penalty penalty = (Veto.Penalty) veto.effect();
    ls.add(
        new Line(
            nodeId,
            Line.Kind.PENALTY,
            penalty.perEvent().times(t.times).negated(),
            "veto " + veto.id() + " " + veto.title() + ": " + t.reason,
            veto.clause(),
            t.facts));
  }

  private void rescale(PlanNode root, List<Line> ls, Points carried) {
    Points max = root.maximum();
    if (notApplicableMaximum.isZero() || max == null) {
      return;
    }
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    Points applicable = max.minus(notApplicableMaximum);
    if (!applicable.isPositive()) {
      throw new FactsException(
          facts.facts.unitId(),
          List.of(
              Problem.at(
                  "unit " + facts.facts.unitId(),
                  "every item is marked not applicable; nothing is left to rescale")));
    }
    Points raw = sum(ls).minus(carried);
    BigDecimal dividend = raw.toBigDecimal().multiply(max.toBigDecimal());
    Points scaled = Points.of(rounding.divide(dividend, applicable.toBigDecimal()));
    ls.add(
        line(
            root,
            Line.Kind.RESCALE,
            scaled.minus(raw),
            "scored part rescaled from the applicable maximum "
                + applicable
                + " to "
                + max
                + ": "
                + raw
                + " × "
                + max
                + "/"
                + applicable
                + " = "
                + scaled
                + rounded(dividend, applicable.toBigDecimal(), scaled, rounding),
            List.of()));
  }

  /** Applies the floor and ceiling to the node's own part, leaving bonuses from below on top. */
  private void clamp(PlanNode n, List<Line> ls, Points carried) {
    Points raw = sum(ls).minus(carried);
    String kept = carried.isZero() ? "" : " (the " + carried + " of bonus from below stays on top)";
    if (n.floor != null && raw.isLessThan(n.floor)) {
      Points lost = raw.minus(n.floor);
      boolean carry = n.node.overflow() == Overflow.CARRY_TO_TOTAL;
      ls.add(
          line(
              n,
              Line.Kind.FLOOR,
              lost.negated(),
              "floor "
                  + n.floor
                  + (carry ? ": the " + lost.negated() + " below it is taken from the total" : "")
                  + kept,
              List.of()));
      if (carry) {
        carries.put(
            n.index,
            new Line(
                plan.scheme.id(),
                Line.Kind.CARRY,
                lost,
                "carried from "
                    + n.id()
                    + " "
                    + n.node.title()
                    + ", which lost "
                    + lost.negated()
                    + " below its floor "
                    + n.floor,
                n.node.clause(),
                List.of()));
      }
    } else if (n.ceiling != null && raw.isGreaterThan(n.ceiling)) {
      ls.add(
          line(
              n,
              Line.Kind.CEILING,
              n.ceiling.minus(raw),
              "capped at " + n.ceiling + kept,
              List.of()));
    }
  }

  /** Zeroes the node if a gate is closed; returns whether one was. */
  private boolean applyGates(PlanNode n, List<Line> ls) {
    for (Gate gate : n.node.gates()) {
      String reason = null;
      List<Fact> used = List.of();
      if (gate instanceof Gate.Prerequisite p) {
        Check check = facts.checks.get(n.index).get(p.id());
        if (check != null && !check.met()) {
          reason = "prerequisite not met: " + p.title();
          used = List.of(check);
        }
      } else if (gate instanceof Gate.OccurrenceLimit limit) {
        List<Occurrence> found = counted(n, limit.kind());
        int count = total(found);
        if (limit.count().contains(BigDecimal.valueOf(count))) {
          reason =
              count
                  + (count == 1 ? " occurrence" : " occurrences")
                  + limit.kind().map(k -> " of kind '" + k + "'").orElse("")
                  + " in "
                  + limit.count()
                  + ": "
                  + limit.title();
          used = List.copyOf(found);
        }
      }
      if (reason != null) {
        Points current = sum(ls);
        ls.add(
            new Line(
                n.id(),
                Line.Kind.GATE,
                current.negated(),
                "zeroed, " + reason,
                gate.clause(),
                used));
        return true;
      }
    }
    return false;
  }

  private void finish(PlanNode n, List<Line> ls) {
    points[n.index] = sum(ls);
    lines.set(n.index, List.copyOf(ls));
  }

  // ------------------------------------------------------------------ rules

  private void applyRule(PlanNode n, Rule rule, List<Line> ls) {
    ls.addAll(rule.accept(new RuleLines(n)));
  }

  /** The lines one rule adds to one node. */
  private final class RuleLines implements Rule.Visitor<List<Line>> {
    private final PlanNode n;
    private final List<Line> ls = new ArrayList<>();

    RuleLines(PlanNode n) {
      this.n = n;
    }

    @Override
    public List<Line> perOccurrence(Rule.PerOccurrence r) {
      Scorer.this.perOccurrence(n, ls);
      return ls;
    }

    @Override
    public List<Line> amountSteps(Rule.AmountSteps r) {
      Scorer.this.amountSteps(n, r, ls);
      return ls;
    }

    @Override
    public List<Line> checklist(Rule.Checklist r) {
      Scorer.this.checklist(n, r, ls);
      return ls;
    }

    @Override
    public List<Line> criterion(Rule.Criterion r) {
      Check check = facts.checks.get(n.index).get("");
      boolean met = check != null && check.met();
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              met ? max(n) : Points.ZERO,
              met ? "criterion met" : "criterion not met",
              facts(check)));
      return ls;
    }

    @Override
    public List<Line> fullMarks(Rule.FullMarks r) {
      return ls;
    }

    @Override
    public List<Line> levels(Rule.Levels r) {
      AssessedLevel assessed = (AssessedLevel) value(n);
      Rule.Level level =
          r.levels().stream()
              .filter(l -> l.key().equals(assessed.level()))
              .findFirst()
              .orElseThrow();
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              level.points(),
              "level '" + level.key() + "' " + level.title(),
              List.of(assessed)));
      return ls;
    }

    @Override
    public List<Line> assessed(Rule.Assessed r) {
      Assessment a = (Assessment) value(n);
      boolean award = r.direction() == Direction.EARN;
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              r.direction().apply(a.points()),
              (award ? "assessed " : "deducted at the evaluator's discretion ") + a.points(),
              List.of(a)));
      return ls;
    }

    @Override
    public List<Line> panel(Rule.Panel r) {
      Scorer.this.panel(n, r, ls);
      return ls;
    }

    @Override
    public List<Line> tiers(Rule.Tiers r) {
      Measurement m = (Measurement) value(n);
      Rule.Tier tier =
          r.tiers().stream().filter(t -> t.range().contains(m.value())).findFirst().orElseThrow();
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              tier.points(),
              "measured " + m.value().toPlainString() + unit(r.unit()) + " in tier " + tier.range(),
              List.of(m)));
      return ls;
    }

    @Override
    public List<Line> proportional(Rule.Proportional r) {
      Measurement m = (Measurement) value(n);
      BigDecimal part = m.value().min(r.target());
      proportion(
          n,
          ls,
          m,
          part,
          r.target(),
          "measured "
              + m.value().toPlainString()
              + unit(r.unit())
              + " of the target "
              + r.target().toPlainString());
      return ls;
    }

    @Override
    public List<Line> conversion(Rule.Conversion r) {
      Measurement m = (Measurement) value(n);
      proportion(
          n,
          ls,
          m,
          m.value(),
          r.sourceMaximum(),
          "converted from "
              + m.value().toPlainString()
              + " of "
              + r.sourceMaximum().toPlainString());
      return ls;
    }

    @Override
    public List<Line> shortfallSteps(Rule.ShortfallSteps r) {
      Measurement m = (Measurement) value(n);
      BigDecimal shortfall = r.target().subtract(m.value()).max(BigDecimal.ZERO);
      RoundingMode counting = r.partialStepCounts() ? RoundingMode.UP : RoundingMode.DOWN;
      BigDecimal steps = shortfall.divide(r.step(), 0, counting);
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              r.pointsPerStep().times(steps).negated(),
              "measured "
                  + m.value().toPlainString()
                  + unit(r.unit())
                  + ", short of "
                  + r.target().toPlainString()
                  + " by "
                  + shortfall.toPlainString()
                  + ": "
                  + steps.toPlainString()
                  + (r.partialStepCounts() ? " started" : " whole")
                  + " steps of "
                  + r.step().toPlainString()
                  + " × "
                  + r.pointsPerStep(),
              List.of(m)));
      return ls;
    }
  }

  private void perOccurrence(PlanNode n, List<Line> ls) {
    for (Occurrence o : facts.occurrences.get(n.index)) {
      Rule.Rate rate = facts.rates.get(o);
      Status s = status.get(o);
      if (s == Status.EXEMPT) {
        ls.add(exempt(n, o));
      } else if (s == Status.MERGED) {
        ls.add(merged(n, o));
      } else if (rate == null) {
        ls.add(
            line(
                n,
                Line.Kind.RULE,
                Points.ZERO,
                o.label() + describeKind(o) + ": counted by a gate or veto, worth no points itself",
                List.of(o)));
      } else {
        StringBuilder text = new StringBuilder(o.label()).append(describeKind(o));
        if (o.count() > 1) {
          text.append(" ×").append(o.count());
        }
        o.points().ifPresent(p -> text.append(", chosen ").append(p));
        appendShare(n, o, text);
        rate.title().ifPresent(t -> text.append(" (").append(t).append(')'));
        ls.add(line(n, Line.Kind.RULE, valueOf(o), text.toString(), List.of(o)));
      }
    }
  }

  private void amountSteps(PlanNode n, Rule.AmountSteps r, List<Line> ls) {
    BigDecimal amount = BigDecimal.ZERO;
    List<Fact> used = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Occurrence o : facts.occurrences.get(n.index)) {
      if (status.get(o) == Status.MERGED) {
        ls.add(merged(n, o));
        continue;
      }
      BigDecimal credited = o.amount().orElseThrow().multiply(share(n, o));
      amount = amount.add(credited);
      used.add(o);
      StringBuilder part = new StringBuilder(o.id()).append(' ').append(credited.toPlainString());
      appendShare(n, o, part);
      parts.add(part.toString());
    }
    Points earned = Points.ZERO;
    String how;
    if (amount.compareTo(r.base()) < 0) {
      how = "below the base " + r.base().toPlainString() + unit(r.unit());
    } else {
      BigDecimal steps = amount.subtract(r.base()).divide(r.step(), 0, RoundingMode.DOWN);
      earned = r.basePoints().plus(r.pointsPerStep().times(steps));
      how =
          (r.base().signum() > 0
                  ? "base " + r.base().toPlainString() + " → " + r.basePoints() + ", "
                  : "")
              + steps.toPlainString()
              + " whole steps of "
              + r.step().toPlainString()
              + " × "
              + r.pointsPerStep();
    }
    ls.add(
        line(
            n,
            Line.Kind.RULE,
            earned,
            "amount "
                + amount.stripTrailingZeros().toPlainString()
                + unit(r.unit())
                + " "
                + parts
                + ": "
                + how,
            used));
  }

  private void checklist(PlanNode n, Rule.Checklist r, List<Line> ls) {
    Map<String, Check> checks = facts.checks.get(n.index);
    List<String> keys = new ArrayList<>();
    if (r.elements().isEmpty()) {
      checks.keySet().stream().filter(k -> !k.isEmpty()).sorted().forEach(keys::add);
    } else {
      r.elements().forEach(e -> keys.add(e.id()));
    }
    for (String key : keys) {
      Check check = checks.get(key);
      if (check == null || isGate(n, key)) {
        continue;
      }
      boolean counts = (r.direction() == Direction.EARN) == check.met();
      String title =
          r.elements().stream()
              .filter(e -> e.id().equals(key))
              .map(e -> " (" + e.title() + ")")
              .findFirst()
              .orElse("");
      ls.add(
          line(
              n,
              Line.Kind.RULE,
              counts ? r.direction().apply(r.each()) : Points.ZERO,
              "element '" + key + "'" + title + (check.met() ? " met" : " missing"),
              List.of(check)));
    }
  }

  private static boolean isGate(PlanNode n, String key) {
    return n.node.gates().stream().anyMatch(g -> g.id().equals(key));
  }

  private void panel(PlanNode n, Rule.Panel r, List<Line> ls) {
    RaterScores scores = (RaterScores) value(n);
    List<BigDecimal> kept = new ArrayList<>(scores.scores());
    kept.sort(Comparator.naturalOrder());
    String how = "mean of " + kept.size() + " scores";
    if (r.aggregation() == Rule.Aggregation.TRIMMED_MEAN) {
      kept = kept.subList(1, kept.size() - 1);
      how = "mean of " + kept.size() + " scores without the highest and lowest";
    }
    BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    // One division: maximum × (sum / count) / scale, so the quotient is rounded once.
    BigDecimal whole = r.scale().multiply(BigDecimal.valueOf(kept.size()));
    proportion(
        n,
        ls,
        scores,
        sum,
        whole,
        how + " (sum " + sum.toPlainString() + ") on " + r.scale().toPlainString());
  }

  /** Adds {@code maximum × part / whole}, rounded once with the scheme's rounding. */
  private void proportion(
      PlanNode n, List<Line> ls, Fact fact, BigDecimal part, BigDecimal whole, String text) {
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    BigDecimal dividend = max(n).toBigDecimal().multiply(part);
    Points result = Points.of(rounding.divide(dividend, whole));
    ls.add(
        line(
            n,
            Line.Kind.RULE,
            result,
            text
                + ": "
                + max(n)
                + " × "
                + part.stripTrailingZeros().toPlainString()
                + "/"
                + whole.stripTrailingZeros().toPlainString()
                + " = "
                + result
                + rounded(dividend, whole, result, rounding),
            List.of(fact)));
  }

  private static String rounded(BigDecimal dividend, BigDecimal divisor, Points q, Rounding r) {
    boolean exact = q.toBigDecimal().multiply(divisor).compareTo(dividend) == 0;
    return exact ? "" : " (rounded " + r.mode() + " to " + r.scale() + " places)";
  }

  // ------------------------------------------------------------------ vetoes

  private record Trigger(int times, String reason, List<Fact> facts) {}

  private Trigger trigger(Veto veto) {
    if (veto.trigger() instanceof Veto.NodeScore s) {
      Points p = points[plan.node(s.nodeId()).index];
      boolean hit = p != null && s.points().contains(p);
      return new Trigger(
          hit ? 1 : 0, s.nodeId() + " scored " + p + ", in " + s.points(), List.of());
    }
    if (veto.trigger() instanceof Veto.OccurrenceCount c) {
      PlanNode node = plan.node(c.nodeId());
      List<Occurrence> found = counted(node, c.kind());
      int count = total(found);
      boolean hit = node.inGroup[group] && c.count().contains(BigDecimal.valueOf(count));
      return new Trigger(
          hit ? 1 : 0,
          count
              + (count == 1 ? " occurrence" : " occurrences")
              + c.kind().map(k -> " of kind '" + k + "'").orElse("")
              + " on "
              + c.nodeId()
              + ", in "
              + c.count(),
          List.copyOf(found));
    }
    List<VetoEvent> events = facts.vetoEvents.getOrDefault(veto.id(), List.of());
    return new Trigger(
        events.size(),
        events.size()
            + (events.size() == 1 ? " event " : " events ")
            + events.stream().map(VetoEvent::id).toList(),
        List.copyOf(events));
  }

  // ------------------------------------------------------------------ the card

  private ScoreCard card() {
    PlanNode root = nodes[0];
    Points rootPoints = points[0];
    if (rootPoints == null) {
      throw new IllegalStateException("the root is always scored");
    }
    List<Line> totalLines = new ArrayList<>();
    totalLines.add(
        new Line(
            plan.scheme.id(),
            Line.Kind.CHILD,
            rootPoints,
            "points of " + root.node.title(),
            Optional.empty(),
            List.of()));
    totalLines.addAll(carries.values());
    for (Veto veto : plan.totalPenalties) {
      addPenalty(totalLines, plan.scheme.id(), veto);
    }
    List<TriggeredVeto> vetoes = new ArrayList<>();
    for (Veto veto : plan.vetoes.values()) {
      Trigger t = trigger(veto);
      if (t.times > 0) {
        vetoes.add(
            new TriggeredVeto(
                veto.id(), veto.title(), veto.clause(), veto.effect(), t.times, t.reason, t.facts));
      }
    }
    List<NodeScore> scores = new ArrayList<>();
    for (PlanNode n : nodes) {
      Points p = points[n.index];
      if (p != null) {
        scores.add(
            new NodeScore(
                n.id(),
                n.node.title(),
                n.node.clause(),
                n.node.maximum(),
                n.role(),
                p,
                facts.notApplicable[n.index] != null,
                lines.get(n.index)));
      }
    }
    UnitFacts unit = facts.facts;
    return new ScoreCard(
        plan.scheme.id(),
        unit.unitId(),
        unit.group(),
        unit.period(),
        sum(totalLines),
        totalLines,
        scores,
        vetoes);
  }

  // ------------------------------------------------------------------ helpers

  private Line exempt(PlanNode n, Occurrence o) {
    Modifier.SelfReportedExempt e = n.exemption;
    return new Line(
        n.id(),
        Line.Kind.EXEMPT,
        Points.ZERO,
        o.label() + describeKind(o) + ": self-reported, exempt (would be " + valueOf(o) + ")",
        e == null ? Optional.empty() : e.clause(),
        List.of(o));
  }

  private Line merged(PlanNode n, Occurrence o) {
    Occurrence kept = mergedInto.get(o);
    PlanNode scope = nodes[n.sameMatterScope];
    Optional<String> clause =
        scope.node.modifiers().stream()
            .filter(m -> m instanceof Modifier.SameMatterOnce)
            .findFirst()
            .flatMap(Modifier::clause);
    return new Line(
        n.id(),
        Line.Kind.MERGED,
        Points.ZERO,
        o.label()
            + ": same matter '"
            + o.matter().orElse("")
            + "' as "
            + (kept == null ? "another" : kept.id())
            + ", which counts instead",
        clause,
        List.of(o));
  }

  private void appendShare(PlanNode n, Occurrence o, StringBuilder text) {
    if (o.joint().isPresent()) {
      text.append(", ")
          .append(o.joint().get() == Occurrence.JointRole.LEAD ? "lead" : "partner")
          .append(" share ")
          .append(share(n, o).stripTrailingZeros().toPlainString());
    }
  }

  private static String describeKind(Occurrence o) {
    if (o.kind().isEmpty() && o.level().isEmpty()) {
      return "";
    }
    return " ["
        + o.kind().orElse("")
        + (o.kind().isPresent() && o.level().isPresent() ? ", " : "")
        + o.level().orElse("")
        + "]";
  }

  private Fact value(PlanNode n) {
    Fact f = facts.value[n.index];
    if (f == null) {
      throw new IllegalStateException("checked: " + n.id() + " has its fact");
    }
    return f;
  }

  private static List<Fact> facts(@Nullable Fact f) {
    return f == null ? List.of() : List.of(f);
  }

  private static Points max(PlanNode n) {
    Points max = n.maximum();
    if (max == null) {
      throw new IllegalStateException("checked: " + n.id() + " has a maximum");
    }
    return max;
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  private static Line line(PlanNode n, Line.Kind kind, Points p, String text, List<Fact> used) {
    return new Line(n.id(), kind, p, text, n.node.clause(), used);
  }

  private static Points sum(List<Line> ls) {
    BigDecimal total = BigDecimal.ZERO;
    for (Line l : ls) {
      total = total.add(l.points().toBigDecimal());
    }
    return Points.of(total);
  }
}
