package io.github.kaoping.scoring;

import io.github.kaoping.scoring.FactsIndex.Slot;
import io.github.kaoping.scoring.FactsIndex.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores one unit's checked facts against a plan, children before parents.
 *
 * <p>One code path serves two modes. Scoring computes every node's points and the total and nothing
 * else; explaining runs the same steps again and also records the {@link Line}s, which add up to
 * those points. A {@link ScoreCard} scores eagerly and explains only when asked, so ranking a
 * million units never pays for text it does not print.
 */
final class Scorer {

  /** What one run produced. {@code lines} and {@code totalLines} are null unless explaining. */
  record Tally(
      @Nullable BigDecimal[] points,
      BigDecimal total,
      List<TriggeredVeto> vetoes,
      @Nullable List<List<Line>> lines,
      @Nullable List<Line> totalLines) {}

  /** Text of a line, rendered only when explaining. */
  @FunctionalInterface
  private interface Text {
    String render();
  }

  private static final Comparator<Slot> BY_ID = Comparator.comparing((Slot s) -> s.occurrence.id());

  private final Plan plan;
  private final FactsIndex facts;
  private final PlanNode[] nodes;
  private final int group;
  private final boolean explaining;

  private final @Nullable BigDecimal[] points;

  /**
   * The part of each node's points that came from bonus and adjustment nodes at or below it. It
   * sits on top of every ancestor's floor and ceiling: a bonus is extra over full marks at every
   * level, not only its parent's.
   */
  private final BigDecimal[] onTop;

  private final @Nullable List<List<Line>> lines;

  /** Losses carried to the total, by the index of the node that lost them. */
  private @Nullable TreeMap<Integer, BigDecimal> carries;

  private BigDecimal notApplicableMaximum = BigDecimal.ZERO;

  private final RuleEffect effect;

  /** The node being scored, its running sum and, when explaining, its lines. */
  private PlanNode node;

  private BigDecimal sum = BigDecimal.ZERO;
  private @Nullable List<Line> current;

  private Scorer(Plan plan, FactsIndex facts, boolean explaining) {
    this.plan = plan;
    this.facts = facts;
    this.nodes = plan.nodes;
    this.group = facts.group;
    this.explaining = explaining;
    this.points = new BigDecimal[nodes.length];
    this.onTop = new BigDecimal[nodes.length];
    Arrays.fill(onTop, BigDecimal.ZERO);
    this.lines =
        explaining ? new ArrayList<>(java.util.Collections.nCopies(nodes.length, List.of())) : null;
    this.node = plan.root();
    this.effect = new RuleEffect();
  }

  /** Computes points only. */
  static Tally score(Plan plan, FactsIndex facts) {
    return new Scorer(plan, facts, false).run();
  }

  /** Computes points and the lines that explain them. */
  static Tally explain(Plan plan, FactsIndex facts) {
    return new Scorer(plan, facts, true).run();
  }

  private Tally run() {
    settleOccurrences();
    for (int i = nodes.length - 1; i >= 0; i--) {
      PlanNode n = nodes[i];
      if (!n.inGroup[group]) {
        continue;
      }
      if (facts.covered(i)) {
        NotApplicable mark = facts.notApplicable[i];
        if (mark != null) {
          scoreNotApplicable(n, mark);
        }
        continue;
      }
      scoreNode(n);
    }
    return total();
  }

  // ------------------------------------------------------------------ lines

  /** Adds an amount to the node being scored, with its line when explaining. */
  private void add(Line.Kind kind, BigDecimal amount, Text text) {
    add(kind, amount, text, node.clause, List.of());
  }

  private void add(Line.Kind kind, BigDecimal amount, Text text, @Nullable Fact fact) {
    accumulate(amount);
    List<Line> ls = current;
    if (ls != null) {
      List<Fact> used = fact == null ? List.of() : List.of(fact);
      ls.add(new Line(node.id(), kind, Points.of(amount), text.render(), node.clause, used));
    }
  }

  private void add(
      Line.Kind kind, BigDecimal amount, Text text, Optional<String> clause, List<Fact> used) {
    accumulate(amount);
    List<Line> ls = current;
    if (ls != null) {
      ls.add(new Line(node.id(), kind, Points.of(amount), text.render(), clause, used));
    }
  }

  /** Adds to the running sum; most amounts are zero or the first, so most cost nothing. */
  private void accumulate(BigDecimal amount) {
    if (amount.signum() != 0) {
      sum = sum.signum() == 0 ? amount : sum.add(amount);
    }
  }

  // ------------------------------------------------------------------ occurrences

  /** Values every occurrence, waives the self-reported ones and merges those of one matter. */
  private void settleOccurrences() {
    if (facts.slots.isEmpty()) {
      return;
    }
    Map<String, List<Slot>> byMatter = facts.anyMatter ? new TreeMap<>() : Map.of();
    List<Slot> slots = facts.slots;
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      Occurrence o = slot.occurrence;
      Rule.Rate rate = slot.rate;
      slot.value = nominalValue(slot);
      slot.mergedInto = null;
      boolean exempt =
          o.selfReported()
              && slot.node.exemption != null
              && rate != null
              && rate.direction() == Direction.DEDUCT;
      slot.status = exempt ? Status.EXEMPT : Status.COUNTED;
      if (!exempt && o.matter().isPresent()) {
        byMatter
            .computeIfAbsent(
                slot.node.sameMatterScope + "\u0000" + o.matter().get(), k -> new ArrayList<>())
            .add(slot);
      }
    }
    Comparator<Slot> largestFirst =
        Comparator.comparing((Slot s) -> s.value.abs()).reversed().thenComparing(BY_ID);
    for (List<Slot> same : byMatter.values()) {
      same.sort(largestFirst);
      Slot kept = same.get(0);
      for (Slot s : same.subList(1, same.size())) {
        s.status = Status.MERGED;
        s.mergedInto = kept;
      }
    }
  }

  /**
   * The signed points of a rated occurrence after its joint share; for an amount rule, the amount
   * credited after the share; zero for an occurrence only a gate or veto counts.
   */
  private static BigDecimal nominalValue(Slot slot) {
    Occurrence o = slot.occurrence;
    Rule.Rate rate = slot.rate;
    if (rate != null) {
      BigDecimal signed;
      if (rate.isRange()) {
        BigDecimal chosen = o.points().orElse(rate.min()).toBigDecimal();
        signed = rate.direction() == Direction.EARN ? chosen : chosen.negate();
      } else {
        signed = slot.node.signedRates.getOrDefault(rate, BigDecimal.ZERO);
      }
      int count = o.count();
      BigDecimal value = count == 1 ? signed : signed.multiply(BigDecimal.valueOf(count));
      return o.joint().isEmpty() ? value : share(slot.node, o).multiply(value);
    }
    if (slot.node.rule() instanceof Rule.AmountSteps) {
      return o.amount().orElse(BigDecimal.ZERO).multiply(share(slot.node, o));
    }
    return BigDecimal.ZERO;
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
  private List<Slot> counted(PlanNode n, Optional<String> kind) {
    List<Slot> found = new ArrayList<>();
    for (int i = n.index; i < n.end; i++) {
      List<Slot> slots = facts.occurrences(i);
      for (int j = 0; j < slots.size(); j++) {
        Slot s = slots.get(j);
        if (s.status == Status.COUNTED && (kind.isEmpty() || kind.equals(s.occurrence.kind()))) {
          found.add(s);
        }
      }
    }
    return found;
  }

  private static int total(List<Slot> slots) {
    int sum = 0;
    for (Slot s : slots) {
      sum += s.occurrence.count();
    }
    return sum;
  }

  private static List<Fact> factsOf(List<Slot> slots) {
    List<Slot> sorted = new ArrayList<>(slots);
    sorted.sort(BY_ID);
    return sorted.stream().<Fact>map(s -> s.occurrence).toList();
  }

  // ------------------------------------------------------------------ nodes

  private void begin(PlanNode n) {
    node = n;
    sum = BigDecimal.ZERO;
    current = explaining ? new ArrayList<>() : null;
  }

  private void finish(PlanNode n) {
    points[n.index] = sum;
    List<List<Line>> all = lines;
    List<Line> ls = current;
    if (all != null && ls != null) {
      all.set(n.index, List.copyOf(ls));
    }
  }

  private void scoreNotApplicable(PlanNode n, NotApplicable mark) {
    BigDecimal max = max(n);
    boolean full = plan.scheme.notApplicable() == NotApplicablePolicy.FULL_MARKS;
    if (!full) {
      notApplicableMaximum = notApplicableMaximum.add(max);
    }
    begin(n);
    add(
        Line.Kind.NOT_APPLICABLE,
        full ? max : BigDecimal.ZERO,
        () ->
            "outside the unit's duties ("
                + mark.reason()
                + "): "
                + (full ? "counts at full marks" : "left out; the total is rescaled"),
        Optional.empty(),
        List.of(mark));
    finish(n);
  }

  private void scoreNode(PlanNode n) {
    begin(n);
    if (n.startsFull) {
      BigDecimal max = max(n);
      add(Line.Kind.START, max, () -> "starts from full marks " + Points.of(max));
    }
    BigDecimal carried = BigDecimal.ZERO;
    Rule rule = n.rule();
    if (rule != null) {
      rule.accept(effect.at(n));
    } else {
      for (int c : n.children) {
        if (nodes[c].isInsideParent() && addChild(nodes[c]) && onTop[c].signum() != 0) {
          carried = carried.add(onTop[c]);
        }
      }
    }
    for (int v = 0; v < n.penalties.size(); v++) {
      addPenalty(n.penalties.get(v));
    }
    if (n.parent < 0) {
      rescale(n, carried);
    }
    clamp(n, carried);
    BigDecimal above = carried;
    for (int c : n.children) {
      if (!nodes[c].isInsideParent() && addChild(nodes[c])) {
        above = above.add(points(c));
      }
    }
    onTop[n.index] = applyGates(n) ? BigDecimal.ZERO : above;
    finish(n);
  }

  /** Adds a child's points; returns false if the child is not scored for this unit. */
  private boolean addChild(PlanNode child) {
    BigDecimal p = points[child.index];
    if (p == null) {
      return false; // not in the unit's group, or below a not-applicable mark
    }
    add(
        Line.Kind.CHILD,
        p,
        () ->
            child.id()
                + " "
                + child.node.title()
                + (child.role() == Role.SCORED
                    ? ""
                    : " (" + child.role().name().toLowerCase(java.util.Locale.ROOT) + ")"),
        child.clause,
        List.of());
    return true;
  }

  private BigDecimal points(int index) {
    BigDecimal p = points[index];
    if (p == null) {
      throw new IllegalStateException("children are scored before their parent");
    }
    return p;
  }

  private void addPenalty(Veto veto) {
    Trigger t = trigger(veto);
    if (t.times == 0) {
      return;
    }
    Veto.Penalty penalty = (Veto.Penalty) veto.effect();
    BigDecimal amount =
        penalty.perEvent().toBigDecimal().multiply(BigDecimal.valueOf(t.times)).negate();
    add(
        Line.Kind.PENALTY,
        amount,
        () -> "veto " + veto.id() + " " + veto.title() + ": " + t.reason,
        veto.clause(),
        t.facts);
  }

  private void rescale(PlanNode root, BigDecimal carried) {
    Points declared = root.maximum();
    if (notApplicableMaximum.signum() == 0 || declared == null) {
      return;
    }
    BigDecimal max = declared.toBigDecimal();
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    BigDecimal applicable = max.subtract(notApplicableMaximum);
    if (applicable.signum() <= 0) {
      throw new FactsException(
          facts.facts.unitId(),
          List.of(
              Problem.at(
                  "unit " + facts.facts.unitId(),
                  "every item is marked not applicable; nothing is left to rescale")));
    }
    BigDecimal raw = sum.subtract(carried);
    BigDecimal dividend = raw.multiply(max);
    BigDecimal scaled = rounding.divide(dividend, applicable);
    add(
        Line.Kind.RESCALE,
        scaled.subtract(raw),
        () ->
            "scored part rescaled from the applicable maximum "
                + plain(applicable)
                + " to "
                + plain(max)
                + ": "
                + plain(raw)
                + " × "
                + plain(max)
                + "/"
                + plain(applicable)
                + " = "
                + plain(scaled)
                + rounded(dividend, applicable, scaled, rounding));
  }

  /** Applies the floor and ceiling to the node's own part, leaving bonuses from below on top. */
  private void clamp(PlanNode n, BigDecimal carried) {
    BigDecimal raw = carried.signum() == 0 ? sum : sum.subtract(carried);
    Points floor = n.floor;
    Points ceiling = n.ceiling;
    if (floor != null && raw.compareTo(floor.toBigDecimal()) < 0) {
      BigDecimal lost = raw.subtract(floor.toBigDecimal());
      boolean carry = n.node.overflow() == Overflow.CARRY_TO_TOTAL;
      add(
          Line.Kind.FLOOR,
          lost.negate(),
          () ->
              "floor "
                  + floor
                  + (carry
                      ? ": the " + plain(lost.negate()) + " below it is taken from the total"
                      : "")
                  + kept(carried));
      if (carry) {
        TreeMap<Integer, BigDecimal> c = carries;
        if (c == null) {
          c = new TreeMap<>();
          carries = c;
        }
        c.put(n.index, lost);
      }
    } else if (ceiling != null && raw.compareTo(ceiling.toBigDecimal()) > 0) {
      add(
          Line.Kind.CEILING,
          ceiling.toBigDecimal().subtract(raw),
          () -> "capped at " + ceiling + kept(carried));
    }
  }

  private static String kept(BigDecimal carried) {
    return carried.signum() == 0
        ? ""
        : " (the " + plain(carried) + " of bonus from below stays on top)";
  }

  /** Zeroes the node if a gate is closed; returns whether one was. */
  private boolean applyGates(PlanNode n) {
    List<Gate> gates = n.gates;
    for (int g = 0; g < gates.size(); g++) {
      Gate gate = gates.get(g);
      String reason = null;
      List<Fact> used = List.of();
      if (gate instanceof Gate.Prerequisite p) {
        Check check = facts.checks(n.index).get(p.id());
        if (check != null && !check.met()) {
          reason = "prerequisite not met: " + p.title();
          used = List.of(check);
        }
      } else if (gate instanceof Gate.OccurrenceLimit limit) {
        List<Slot> found = counted(n, limit.kind());
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
          used = explaining ? factsOf(found) : List.of();
        }
      }
      if (reason != null) {
        String why = reason;
        add(Line.Kind.GATE, sum.negate(), () -> "zeroed, " + why, gate.clause(), used);
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ rules

  /** Adds one rule's effect to the node being scored. */
  private final class RuleEffect implements Rule.Visitor<Boolean> {
    private PlanNode n = plan.root();

    /** Points the visitor at the leaf about to be scored. */
    RuleEffect at(PlanNode leaf) {
      this.n = leaf;
      return this;
    }

    @Override
    public Boolean perOccurrence(Rule.PerOccurrence r) {
      List<Slot> slots = facts.occurrences(n.index);
      if (explaining) {
        slots = new ArrayList<>(slots);
        slots.sort(BY_ID);
      }
      for (int i = 0; i < slots.size(); i++) {
        Slot s = slots.get(i);
        Occurrence o = s.occurrence;
        Rule.Rate rate = s.rate;
        if (s.status == Status.EXEMPT) {
          exempt(n, s);
        } else if (s.status == Status.MERGED) {
          merged(n, s);
        } else if (rate == null) {
          add(
              Line.Kind.RULE,
              BigDecimal.ZERO,
              () ->
                  o.label()
                      + describeKind(o)
                      + ": counted by a gate or veto, worth no points itself",
              o);
        } else {
          add(Line.Kind.RULE, s.value, () -> describeRated(n, s, rate), o);
        }
      }
      return true;
    }

    @Override
    public Boolean amountSteps(Rule.AmountSteps r) {
      BigDecimal amount = BigDecimal.ZERO;
      List<Slot> used = new ArrayList<>();
      for (Slot s : facts.occurrences(n.index)) {
        if (s.status == Status.MERGED) {
          if (explaining) {
            merged(n, s);
          }
          continue;
        }
        amount = amount.add(s.value);
        used.add(s);
      }
      BigDecimal earned = BigDecimal.ZERO;
      BigDecimal steps = BigDecimal.ZERO;
      boolean reached = amount.compareTo(r.base()) >= 0;
      if (reached) {
        steps = amount.subtract(r.base()).divide(r.step(), 0, RoundingMode.DOWN);
        earned =
            r.basePoints().toBigDecimal().add(r.pointsPerStep().toBigDecimal().multiply(steps));
      }
      BigDecimal total = amount;
      BigDecimal wholeSteps = steps;
      add(
          Line.Kind.RULE,
          earned,
          () -> describeAmount(n, r, used, total, reached, wholeSteps),
          n.clause,
          explaining ? factsOf(used) : List.of());
      return true;
    }

    @Override
    public Boolean checklist(Rule.Checklist r) {
      Map<String, Check> checks = facts.checks(n.index);
      BigDecimal each = r.each().toBigDecimal();
      BigDecimal counted = r.direction() == Direction.EARN ? each : each.negate();
      if (r.elements().isEmpty()) {
        List<String> keys = new ArrayList<>(checks.keySet());
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
          Check check = checks.get(key);
          if (check != null && !key.isEmpty() && !isGate(n, key)) {
            element(r, key, "", check, counted);
          }
        }
      } else {
        for (Rule.Element e : r.elements()) {
          Check check = checks.get(e.id());
          if (check != null) {
            element(r, e.id(), " (" + e.title() + ")", check, counted);
          }
        }
      }
      return true;
    }

    private void element(Rule.Checklist r, String key, String title, Check check, BigDecimal v) {
      boolean counts = (r.direction() == Direction.EARN) == check.met();
      add(
          Line.Kind.RULE,
          counts ? v : BigDecimal.ZERO,
          () -> "element '" + key + "'" + title + (check.met() ? " met" : " missing"),
          check);
    }

    @Override
    public Boolean criterion(Rule.Criterion r) {
      Check check = facts.checks(n.index).get("");
      boolean met = check != null && check.met();
      add(
          Line.Kind.RULE,
          met ? max(n) : BigDecimal.ZERO,
          () -> met ? "criterion met" : "criterion not met",
          check);
      return true;
    }

    @Override
    public Boolean fullMarks(Rule.FullMarks r) {
      return true;
    }

    @Override
    public Boolean levels(Rule.Levels r) {
      AssessedLevel assessed = (AssessedLevel) value(n);
      for (Rule.Level level : r.levels()) {
        if (level.key().equals(assessed.level())) {
          add(
              Line.Kind.RULE,
              level.points().toBigDecimal(),
              () -> "level '" + level.key() + "' " + level.title(),
              assessed);
          return true;
        }
      }
      throw new IllegalStateException("checked: the level is known");
    }

    @Override
    public Boolean assessed(Rule.Assessed r) {
      Assessment a = (Assessment) value(n);
      boolean award = r.direction() == Direction.EARN;
      BigDecimal p = a.points().toBigDecimal();
      add(
          Line.Kind.RULE,
          award ? p : p.negate(),
          () -> (award ? "assessed " : "deducted at the evaluator's discretion ") + a.points(),
          a);
      return true;
    }

    @Override
    public Boolean panel(Rule.Panel r) {
      RaterScores scores = (RaterScores) value(n);
      List<BigDecimal> kept = new ArrayList<>(scores.scores());
      kept.sort(Comparator.naturalOrder());
      boolean trimmed = r.aggregation() == Rule.Aggregation.TRIMMED_MEAN;
      if (trimmed) {
        kept = kept.subList(1, kept.size() - 1);
      }
      BigDecimal total = BigDecimal.ZERO;
      for (BigDecimal s : kept) {
        total = total.add(s);
      }
      int count = kept.size();
      BigDecimal sumOfScores = total;
      // One division: maximum × (sum / count) / scale, so the quotient is rounded once.
      proportion(
          n,
          scores,
          total,
          r.scale().multiply(BigDecimal.valueOf(count)),
          () ->
              "mean of "
                  + count
                  + " scores"
                  + (trimmed ? " without the highest and lowest" : "")
                  + " (sum "
                  + plain(sumOfScores)
                  + ") on "
                  + plain(r.scale()));
      return true;
    }

    @Override
    public Boolean tiers(Rule.Tiers r) {
      Measurement m = (Measurement) value(n);
      for (Rule.Tier tier : r.tiers()) {
        if (tier.range().contains(m.value())) {
          add(
              Line.Kind.RULE,
              tier.points().toBigDecimal(),
              () -> "measured " + plain(m.value()) + unit(r.unit()) + " in tier " + tier.range(),
              m);
          return true;
        }
      }
      throw new IllegalStateException("checked: the measurement is in a tier");
    }

    @Override
    public Boolean proportional(Rule.Proportional r) {
      Measurement m = (Measurement) value(n);
      proportion(
          n,
          m,
          m.value().min(r.target()),
          r.target(),
          () ->
              "measured "
                  + plain(m.value())
                  + unit(r.unit())
                  + " of the target "
                  + plain(r.target()));
      return true;
    }

    @Override
    public Boolean conversion(Rule.Conversion r) {
      Measurement m = (Measurement) value(n);
      proportion(
          n,
          m,
          m.value(),
          r.sourceMaximum(),
          () -> "converted from " + plain(m.value()) + " of " + plain(r.sourceMaximum()));
      return true;
    }

    @Override
    public Boolean shortfallSteps(Rule.ShortfallSteps r) {
      Measurement m = (Measurement) value(n);
      BigDecimal shortfall = r.target().subtract(m.value()).max(BigDecimal.ZERO);
      RoundingMode counting = r.partialStepCounts() ? RoundingMode.UP : RoundingMode.DOWN;
      BigDecimal steps = shortfall.divide(r.step(), 0, counting);
      add(
          Line.Kind.RULE,
          r.pointsPerStep().toBigDecimal().multiply(steps).negate(),
          () ->
              "measured "
                  + plain(m.value())
                  + unit(r.unit())
                  + ", short of "
                  + plain(r.target())
                  + " by "
                  + plain(shortfall)
                  + ": "
                  + plain(steps)
                  + (r.partialStepCounts() ? " started" : " whole")
                  + " steps of "
                  + plain(r.step())
                  + " × "
                  + r.pointsPerStep(),
          m);
      return true;
    }
  }

  /** Adds {@code maximum × part / whole}, rounded once with the scheme's rounding. */
  private void proportion(PlanNode n, Fact fact, BigDecimal part, BigDecimal whole, Text what) {
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    BigDecimal max = max(n);
    BigDecimal dividend = max.multiply(part);
    BigDecimal result = rounding.divide(dividend, whole);
    add(
        Line.Kind.RULE,
        result,
        () ->
            what.render()
                + ": "
                + plain(max)
                + " × "
                + plain(part)
                + "/"
                + plain(whole)
                + " = "
                + plain(result)
                + rounded(dividend, whole, result, rounding),
        fact);
  }

  private static String rounded(
      BigDecimal dividend, BigDecimal divisor, BigDecimal quotient, Rounding r) {
    boolean exact = quotient.multiply(divisor).compareTo(dividend) == 0;
    return exact ? "" : " (rounded " + r.mode() + " to " + r.scale() + " places)";
  }

  private void exempt(PlanNode n, Slot s) {
    Modifier.SelfReportedExempt e = n.exemption;
    Occurrence o = s.occurrence;
    add(
        Line.Kind.EXEMPT,
        BigDecimal.ZERO,
        () ->
            o.label()
                + describeKind(o)
                + ": self-reported, exempt (would be "
                + plain(s.value)
                + ")",
        e == null ? Optional.empty() : e.clause(),
        List.of(o));
  }

  private void merged(PlanNode n, Slot s) {
    Occurrence o = s.occurrence;
    Slot kept = s.mergedInto;
    Optional<String> clause =
        nodes[n.sameMatterScope].node.modifiers().stream()
            .filter(m -> m instanceof Modifier.SameMatterOnce)
            .findFirst()
            .flatMap(Modifier::clause);
    add(
        Line.Kind.MERGED,
        BigDecimal.ZERO,
        () ->
            o.label()
                + ": same matter '"
                + o.matter().orElse("")
                + "' as "
                + (kept == null ? "another" : kept.occurrence.id())
                + ", which counts instead",
        clause,
        List.of(o));
  }

  private String describeRated(PlanNode n, Slot s, Rule.Rate rate) {
    Occurrence o = s.occurrence;
    StringBuilder text = new StringBuilder(o.label()).append(describeKind(o));
    if (o.count() > 1) {
      text.append(" ×").append(o.count());
    }
    o.points().ifPresent(p -> text.append(", chosen ").append(p));
    appendShare(n, o, text);
    rate.title().ifPresent(t -> text.append(" (").append(t).append(')'));
    return text.toString();
  }

  private String describeAmount(
      PlanNode n,
      Rule.AmountSteps r,
      List<Slot> used,
      BigDecimal amount,
      boolean reached,
      BigDecimal steps) {
    List<Slot> sorted = new ArrayList<>(used);
    sorted.sort(BY_ID);
    List<String> parts = new ArrayList<>();
    for (Slot s : sorted) {
      StringBuilder part = new StringBuilder(s.occurrence.id()).append(' ').append(plain(s.value));
      appendShare(n, s.occurrence, part);
      parts.add(part.toString());
    }
    String how =
        reached
            ? (r.base().signum() > 0
                    ? "base " + plain(r.base()) + " → " + r.basePoints() + ", "
                    : "")
                + plain(steps)
                + " whole steps of "
                + plain(r.step())
                + " × "
                + r.pointsPerStep()
            : "below the base " + plain(r.base()) + unit(r.unit());
    return "amount " + plain(amount) + unit(r.unit()) + " " + parts + ": " + how;
  }

  private static void appendShare(PlanNode n, Occurrence o, StringBuilder text) {
    if (o.joint().isPresent()) {
      text.append(", ")
          .append(o.joint().get() == Occurrence.JointRole.LEAD ? "lead" : "partner")
          .append(" share ")
          .append(plain(share(n, o)));
    }
  }

  private static boolean isGate(PlanNode n, String key) {
    for (Gate g : n.gates) {
      if (g.id().equals(key)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ vetoes

  private record Trigger(int times, String reason, List<Fact> facts) {}

  private static final Trigger NOT_SET_OFF = new Trigger(0, "", List.of());

  private Trigger trigger(Veto veto) {
    if (veto.trigger() instanceof Veto.NodeScore s) {
      int at = plan.node(s.nodeId()).index;
      BigDecimal p = points[at];
      // An item outside the unit's duties was not scored, so it cannot have been fully deducted.
      if (p == null || facts.covered(at) || !s.points().contains(p)) {
        return NOT_SET_OFF;
      }
      return new Trigger(1, s.nodeId() + " scored " + plain(p) + ", in " + s.points(), List.of());
    }
    if (veto.trigger() instanceof Veto.OccurrenceCount c) {
      PlanNode at = plan.node(c.nodeId());
      if (!at.inGroup[group]) {
        return NOT_SET_OFF;
      }
      List<Slot> found = counted(at, c.kind());
      int count = total(found);
      if (!c.count().contains(BigDecimal.valueOf(count))) {
        return NOT_SET_OFF;
      }
      return new Trigger(
          1,
          count
              + (count == 1 ? " occurrence" : " occurrences")
              + c.kind().map(k -> " of kind '" + k + "'").orElse("")
              + " on "
              + c.nodeId()
              + ", in "
              + c.count(),
          factsOf(found));
    }
    List<VetoEvent> events = facts.vetoEvents.getOrDefault(veto.id(), List.of());
    if (events.isEmpty()) {
      return NOT_SET_OFF;
    }
    return new Trigger(
        events.size(),
        events.size()
            + (events.size() == 1 ? " event " : " events ")
            + events.stream().map(VetoEvent::id).toList(),
        List.copyOf(events));
  }

  // ------------------------------------------------------------------ the total

  private Tally total() {
    BigDecimal rootPoints = points(0);
    node = plan.root();
    sum = BigDecimal.ZERO;
    current = explaining ? new ArrayList<>() : null;
    add(
        Line.Kind.CHILD,
        rootPoints,
        () -> "points of " + plan.root().node.title(),
        Optional.empty(),
        List.of());
    Map<Integer, BigDecimal> carried = carries == null ? Map.of() : carries;
    for (Map.Entry<Integer, BigDecimal> carry : carried.entrySet()) {
      PlanNode from = nodes[carry.getKey()];
      BigDecimal lost = carry.getValue();
      add(
          Line.Kind.CARRY,
          lost,
          () ->
              "carried from "
                  + from.id()
                  + " "
                  + from.node.title()
                  + ", which lost "
                  + plain(lost.negate())
                  + " below its floor "
                  + from.floor,
          from.clause,
          List.of());
    }
    for (Veto veto : plan.totalPenalties) {
      addPenalty(veto);
    }
    List<TriggeredVeto> vetoes = List.of();
    for (Veto veto : plan.vetoes.values()) {
      Trigger t = trigger(veto);
      if (t.times > 0) {
        if (vetoes.isEmpty()) {
          vetoes = new ArrayList<>();
        }
        vetoes.add(
            new TriggeredVeto(
                veto.id(), veto.title(), veto.clause(), veto.effect(), t.times, t.reason, t.facts));
      }
    }
    return new Tally(points, sum, List.copyOf(vetoes), lines, current);
  }

  // ------------------------------------------------------------------ helpers

  private Fact value(PlanNode n) {
    Fact f = facts.value[n.index];
    if (f == null) {
      throw new IllegalStateException("checked: " + n.id() + " has its fact");
    }
    return f;
  }

  private static BigDecimal max(PlanNode n) {
    Points max = n.maximum();
    if (max == null) {
      throw new IllegalStateException("checked: " + n.id() + " has a maximum");
    }
    return max.toBigDecimal();
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

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  private static String plain(BigDecimal value) {
    return Points.of(value).toString();
  }
}
