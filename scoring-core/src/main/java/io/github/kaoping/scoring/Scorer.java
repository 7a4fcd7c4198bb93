package io.github.kaoping.scoring;

import io.github.kaoping.scoring.FactsIndex.Slot;
import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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

  /**
   * What one run produced, in ticks of {@code 10^-scale} points. {@code lines} and {@code
   * totalLines} are null unless explaining.
   */
  record Tally(
      long[] points,
      boolean[] scored,
      byte[] adjusted,
      int scale,
      long total,
      List<SetOff> setOff,
      @Nullable List<List<Line>> lines,
      @Nullable List<Line> totalLines) {

    /** The vetoes set off, in the plan's order, their reasons in some words. */
    List<TriggeredVeto> vetoes(Plan plan, LineWords words) {
      if (setOff.isEmpty()) {
        return List.of();
      }
      List<TriggeredVeto> vetoes = new ArrayList<>(setOff.size());
      for (SetOff s : setOff) {
        Veto veto = plan.vetoArray[s.veto];
        vetoes.add(
            new TriggeredVeto(
                veto.id(),
                veto.title(),
                veto.clause(),
                veto.effect(),
                s.times,
                reason(plan, s, scale, words),
                s.facts));
      }
      return List.copyOf(vetoes);
    }

    /** Whether a veto set off has an effect. */
    boolean anySetOff(Plan plan, Predicate<Veto.Effect> effect) {
      for (SetOff s : setOff) {
        if (effect.test(plan.vetoArray[s.veto].effect())) {
          return true;
        }
      }
      return false;
    }

    /** A node's points, or null if it was not scored for the unit. */
    @Nullable BigDecimal points(int node) {
      return scored[node] ? Ticks.decimal(points[node], scale) : null;
    }

    /** The adjustments made to a node. */
    Set<Adjustment> adjustments(int node) {
      byte bits = adjusted[node];
      if ((bits & ~NOT_APPLICABLE_MARK) == 0) {
        return Set.of();
      }
      EnumSet<Adjustment> set = EnumSet.noneOf(Adjustment.class);
      for (Adjustment a : ADJUSTMENTS) {
        if ((bits & bit(a)) != 0) {
          set.add(a);
        }
      }
      return set;
    }

    /** Did the facts mark the node outside the unit's duties? */
    boolean notApplicable(int node) {
      return (adjusted[node] & NOT_APPLICABLE_MARK) != 0;
    }
  }

  private static final Adjustment[] ADJUSTMENTS = Adjustment.values();

  /** In {@link Tally#adjusted}, beside one bit per {@link Adjustment}: marked not applicable. */
  private static final int NOT_APPLICABLE_MARK = 1 << 7;

  private static int bit(Adjustment a) {
    return 1 << a.ordinal();
  }

  /** Text of a line, rendered only when explaining. */
  @FunctionalInterface
  private interface Text {
    String render();
  }

  private static final Optional<String> SELF_REPORTED_EXEMPT = Optional.of("selfReportedExempt");
  private static final Optional<String> SAME_MATTER_ONCE = Optional.of("sameMatterOnce");

  private static final Comparator<Slot> BY_ID = Comparator.comparing((Slot s) -> s.occurrence.id());

  /** What scoring settles about an occurrence before any rule sees it. */
  private static final byte COUNTED = 0;

  static final byte EXEMPT = 1;
  private static final byte MERGED = 2;

  private final Plan plan;
  private final FactsIndex facts;
  private final PlanNode[] nodes;
  private final int group;
  private final boolean explaining;

  /** The words of the lines and reasons: when scoring, those of the scheme's language. */
  private final LineWords words;

  /**
   * The unit's scale: the plan's, or finer if its facts carry finer points; and the factor that
   * widens the plan's ticks to it (1 almost always).
   */
  private final int scale;

  private final long shift;

  /** Whether {@link #run} takes the plan's points for the nodes the facts say nothing of. */
  private final boolean quick;

  private final long[] points;
  private final boolean[] scored;

  /** By node: a bit per {@link Adjustment} made, and {@link #NOT_APPLICABLE_MARK}. */
  private final byte[] adjusted;

  /**
   * The part of each branch's points that came from bonus and adjustment nodes below it, by {@link
   * PlanNode#branch}. It sits on top of every ancestor's floor and ceiling: a bonus is extra over
   * full marks at every level, not only its parent's.
   */
  private final long[] onTop;

  private final @Nullable List<List<Line>> lines;

  /**
   * Whether the index valued the occurrences (all but its {@code unvalued} ones): {@link #status}
   * is then the index's, read only, or a copy where scoring changes it, and {@link #slotTicks} the
   * index's values at the unit's scale.
   */
  private final boolean valued;

  // What is settled about each occurrence, by slot ordinal: its status, the signed ticks it yields
  // by itself (its rule applied to it alone, times its share of joint work, before any cap), and
  // the occurrence of its matter that counts instead.
  private final byte[] status;
  private final long[] slotTicks;
  private final @Nullable Slot[] mergedInto;

  private static final Slot[] NO_SLOTS = new Slot[0];

  /** Losses carried to the total, by the index of the node that lost them. */
  private @Nullable TreeMap<Integer, Long> carries;

  private long notApplicableMaximum;

  private final RuleEffect effect;

  /** The node being scored, its running sum and, when explaining, its lines. */
  private PlanNode node;

  private long sum;
  private @Nullable List<Line> current;

  private Scorer(Plan plan, FactsIndex facts, @Nullable LineWords words) {
    boolean explaining = words != null;
    this.words = words != null ? words : plan.words;
    this.plan = plan;
    this.facts = facts;
    this.nodes = plan.nodes;
    this.group = facts.group;
    this.explaining = explaining;
    this.scale = Math.max(plan.scale, facts.pointScale);
    this.shift = Ticks.power(scale - plan.scale);
    // The fast run of a unit without not-applicable marks starts from the points the plan knows
    // for nodes the facts say nothing of, and scores only the others.
    this.quick = !explaining && !facts.anyCovered();
    long[] fixed = quick && scale <= Ticks.MAX_SCALE ? plan.fixedTicksAt[group][scale] : null;
    if (fixed != null) {
      this.points = fixed.clone();
    } else {
      this.points = quick ? plan.fixedTicks[group].clone() : new long[nodes.length];
      if (quick && shift != 1) {
        // beyond the scales the plan widened its points to, or too large there: refused as before
        for (int i = 0; i < points.length; i++) {
          points[i] = Math.multiplyExact(points[i], shift);
        }
      }
    }
    this.scored = quick ? plan.fixedScored[group].clone() : new boolean[nodes.length];
    this.adjusted = new byte[nodes.length];
    this.onTop = new long[plan.branches];
    this.lines =
        explaining ? new ArrayList<>(java.util.Collections.nCopies(nodes.length, List.of())) : null;
    this.node = plan.root();
    this.effect = new RuleEffect();
    int slots = facts.slotCount;
    // What indexing settled of the occurrences stands: the index's statuses are read as they are,
    // or copied where matters are still to be merged; its values, in ticks of the finest scale,
    // are brought to the unit's (exactly: the unit's scale holds every value's places). Copying
    // them once costs fewer instructions than bringing each to the unit's scale where it is read.
    this.valued = scale <= Ticks.MAX_SCALE;
    this.status =
        !valued ? new byte[slots] : facts.anyMatter ? facts.slotStatus.clone() : facts.slotStatus;
    int down = valued ? Ticks.MAX_SCALE - scale : 0;
    if (valued && down == 0 && facts.unvaluedCount == 0) {
      this.slotTicks = facts.slotTicks;
    } else {
      this.slotTicks = new long[slots];
      if (valued) {
        long[] fine = facts.slotTicks;
        for (int i = 0; i < slots; i++) {
          slotTicks[i] = Ticks.coarser(fine[i], down);
        }
      }
    }
    // Only occurrences of one matter are merged into another.
    this.mergedInto = facts.anyMatter ? new Slot[slots] : NO_SLOTS;
  }

  /** Computes points only; the reasons of the vetoes set off in the scheme's language. */
  static Tally score(Plan plan, FactsIndex facts) {
    return new Scorer(plan, facts, null).run();
  }

  /**
   * Computes points and the lines that explain them, and the reasons of the vetoes set off, in a
   * language.
   */
  static Tally explain(Plan plan, FactsIndex facts, Language language) {
    return new Scorer(plan, facts, LineWords.of(language)).run();
  }

  private Tally run() {
    settleOccurrences();
    boolean[] fixedWhenEmpty = plan.fixedWhenEmpty;
    if (quick) {
      // The plan's walk without the nodes it knows, merged with those of them the facts speak of:
      // the same nodes in the same order (children before parents) as the full walk scores.
      // Leaves scored by their occurrences alone depend on no other node's points: they are
      // scored first, in one tight step each, before any parent reads them.
      boolean[] alone = plan.occurrencesAlone;
      int[] spoken = new int[facts.touchedCount];
      int count = 0;
      for (int k = 0; k < facts.touchedCount; k++) {
        int i = facts.touched[k];
        if (alone[i]) {
          scoreOccurrencesAlone(nodes[i]);
        } else if (fixedWhenEmpty[i]) {
          spoken[count++] = i;
        }
      }
      Arrays.sort(spoken, 0, count);
      int[] walk = plan.walk[group];
      int w = 0;
      while (w < walk.length || count > 0) {
        if (count > 0 && (w == walk.length || spoken[count - 1] > walk[w])) {
          scoreNode(nodes[spoken[--count]]);
        } else {
          scoreNode(nodes[walk[w++]]);
        }
      }
      return total();
    }
    for (int i : plan.order[group]) {
      if (!explaining && fixedWhenEmpty[i] && facts.isEmpty(i) && !facts.covered(i)) {
        // Nothing happened here: the plan already knows the points. Explaining walks it in full.
        points[i] = c(plan.emptyTicks[i]);
        scored[i] = true;
        continue;
      }
      PlanNode n = nodes[i];
      if (facts.covered(i)) {
        NotApplicable mark = facts.notApplicable(i);
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

  /**
   * Adds an amount with no line and returns true, unless explaining: then it returns false and the
   * caller adds the amount with its line. The hot paths ask this first, so that the fast run does
   * not make a closure (and its captured values) for a line it will never keep.
   */
  private boolean addedWithoutLine(long amount) {
    if (explaining) {
      return false;
    }
    sum = Math.addExact(sum, amount);
    return true;
  }

  /** Adds an amount to the node being scored, with its line when explaining. */
  private void add(Line.Kind kind, long amount, Text text) {
    add(kind, amount, text, Optional.empty(), node.clause, List.of());
  }

  /** Adds what the node's rule made of a fact. */
  private void add(Line.Kind kind, long amount, Text text, @Nullable Fact fact) {
    sum = Math.addExact(sum, amount);
    List<Line> ls = current;
    if (ls != null) {
      List<Fact> used = fact == null ? List.of() : List.of(fact);
      ls.add(
          new Line(
              node.id(), kind, node.ruleName, points(amount), text.render(), node.clause, used));
    }
  }

  private void add(
      Line.Kind kind,
      long amount,
      Text text,
      Optional<String> source,
      Optional<String> clause,
      List<Fact> used) {
    sum = Math.addExact(sum, amount);
    List<Line> ls = current;
    if (ls != null) {
      ls.add(new Line(node.id(), kind, source, points(amount), text.render(), clause, used));
    }
  }

  /** Records an adjustment made to the node being scored. */
  private void adjusted(PlanNode n, Adjustment a) {
    adjusted[n.index] |= (byte) bit(a);
  }

  // ------------------------------------------------------------------ arithmetic

  /** A plan amount at the unit's scale. */
  private long c(long planTicks) {
    return shift == 1 ? planTicks : Math.multiplyExact(planTicks, shift);
  }

  /** A decimal at the unit's scale; exact, since the scale was chosen to hold it. */
  private long ticks(BigDecimal value) {
    return Ticks.of(value, scale);
  }

  private BigDecimal decimal(long ticks) {
    return Ticks.decimal(ticks, scale);
  }

  private Points points(long ticks) {
    return Ticks.points(ticks, scale);
  }

  private String plain(long ticks) {
    return points(ticks).toString();
  }

  // ------------------------------------------------------------------ occurrences

  /**
   * Values every occurrence by itself, waives the self-reported ones and merges those of one
   * matter: of them, the one whose own points are largest counts. Points of one unit are all in its
   * ticks, so the comparison depends neither on the scale nor on the unit's other facts.
   */
  private void settleOccurrences() {
    int n = facts.slotCount;
    if (n == 0) {
      return;
    }
    if (valued) {
      for (int k = 0; k < facts.unvaluedCount; k++) {
        value(facts.slot(facts.unvalued[k]));
      }
      if (!facts.anyMatter) {
        return;
      }
    }
    Map<String, List<Slot>> byMatter = facts.anyMatter ? new TreeMap<>() : Map.of();
    for (int i = 0; i < n; i++) {
      Slot slot = facts.slot(i);
      Occurrence o = slot.occurrence;
      boolean exempt;
      if (valued) {
        exempt = status[i] == EXEMPT;
      } else {
        Rule.Rate rate = slot.rate;
        value(slot);
        exempt =
            slot.node.exemption != null
                && o.selfReported()
                && rate != null
                && rate.direction() == Direction.DEDUCT;
        status[i] = exempt ? EXEMPT : COUNTED;
      }
      if (!exempt && facts.anyMatter && o.matter().isPresent()) {
        byMatter
            .computeIfAbsent(
                slot.node.sameMatterScope + "\u0000" + o.matter().get(), k -> new ArrayList<>())
            .add(slot);
      }
    }
    if (byMatter.isEmpty()) {
      return;
    }
    Comparator<Slot> largestFirst =
        Comparator.comparingLong((Slot s) -> Math.abs(slotTicks[s.ordinal]))
            .reversed()
            .thenComparing(BY_ID);
    for (List<Slot> same : byMatter.values()) {
      same.sort(largestFirst);
      Slot kept = same.get(0);
      for (Slot s : same.subList(1, same.size())) {
        status[s.ordinal] = MERGED;
        mergedInto[s.ordinal] = kept;
      }
    }
  }

  /**
   * Values an occurrence by itself: what its rate, or its amount under an amount rule, earns or
   * deducts, times its share of joint work ("主办单位按80%计分" scales points, never money); nothing for
   * one only a gate or veto counts.
   */
  private void value(Slot slot) {
    Occurrence o = slot.occurrence;
    if (slot.node.pooled && o.matter().isEmpty()) {
      return; // its amount is valued in its pool; alone, it is only compared with its matter's
    }
    long whole = whole(slot);
    slotTicks[slot.ordinal] = o.joint().isEmpty() ? whole : shareOf(share(slot.node, o), whole);
  }

  /** What an occurrence yields by itself before its share of joint work. */
  private long whole(Slot slot) {
    Occurrence o = slot.occurrence;
    Rule.Rate rate = slot.rate;
    PlanNode n = slot.node;
    if (rate != null) {
      long each;
      if (n.rangeRates[slot.rateIndex]) {
        long chosen = ticks(o.points().orElse(rate.min()).toBigDecimal());
        each = rate.direction() == Direction.EARN ? chosen : -chosen;
      } else {
        each = c(n.rateTicks[slot.rateIndex]);
      }
      int count = o.count();
      return count == 1 ? each : Math.multiplyExact(each, (long) count);
    }
    if (n.rule() instanceof Rule.AmountSteps r) {
      return earned(n, r, o.amount().orElse(BigDecimal.ZERO));
    }
    return 0;
  }

  /** What an amount earns by an amount rule, before any share: the base and whole steps above. */
  private long earned(PlanNode n, Rule.AmountSteps r, BigDecimal amount) {
    long steps = steps(n, r, amount);
    return steps < 0
        ? 0
        : Math.addExact(c(n.ruleTicks[0]), Math.multiplyExact(c(n.ruleTicks[1]), steps));
  }

  /** The whole steps of an amount above an amount rule's base, or -1 below the base. */
  private long steps(PlanNode n, Rule.AmountSteps r, BigDecimal amount) {
    if (amount.compareTo(r.base()) < 0) {
      return -1;
    }
    BigDecimal steps = amount.subtract(r.base()).divide(r.step(), 0, RoundingMode.DOWN);
    if (steps.compareTo(BigDecimal.valueOf(n.maxSteps)) > 0) {
      // One amount was checked; only a pool of many can get here.
      throw new FactsException(
          facts.facts.unitId(),
          List.of(
              Problem.atNode(
                  "unit " + facts.facts.unitId() + "/" + n.path,
                  n.id(),
                  "the amounts on "
                      + n.id()
                      + " add up to "
                      + amount.toPlainString()
                      + " "
                      + r.unit()
                      + ", which earns more than "
                      + Ticks.MAX_MAGNITUDE.toPlainString()
                      + " points")));
    }
    return steps.longValueExact();
  }

  /** A share of some ticks; exact, since the unit's scale was chosen to hold it. */
  private long shareOf(BigDecimal share, long ticks) {
    return share.compareTo(BigDecimal.ONE) == 0 ? ticks : ticks(share.multiply(decimal(ticks)));
  }

  private long ticksOf(Slot slot) {
    return slotTicks[slot.ordinal];
  }

  /** The share of joint work an occurrence counts at: 1 unless it is joint work. */
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
    String k = kind.orElse(null);
    for (int i = n.index; i < n.end; i++) {
      for (int s = facts.firstSlot(i); s >= 0; s = facts.nextSlot(s)) {
        if (status[s] == COUNTED && (k == null || k.equals(facts.kind(s)))) {
          found.add(facts.slot(s));
        }
      }
    }
    return found;
  }

  /** The number of counted occurrences in a node's subtree, of a kind or of every kind. */
  private int count(PlanNode n, Optional<String> kind) {
    int found = 0;
    String k = kind.orElse(null);
    for (int i = n.index; i < n.end; i++) {
      for (int s = facts.firstSlot(i); s >= 0; s = facts.nextSlot(s)) {
        if (status[s] == COUNTED && (k == null || k.equals(facts.kind(s)))) {
          found += facts.occurrence(s).count();
        }
      }
    }
    return found;
  }

  private static List<Fact> factsOf(List<Slot> slots) {
    List<Slot> sorted = new ArrayList<>(slots);
    sorted.sort(BY_ID);
    return sorted.stream().<Fact>map(s -> s.occurrence).toList();
  }

  // ------------------------------------------------------------------ nodes

  private void begin(PlanNode n) {
    node = n;
    sum = 0;
    current = explaining ? new ArrayList<>() : null;
  }

  private void finish(PlanNode n) {
    points[n.index] = sum;
    scored[n.index] = true;
    List<List<Line>> all = lines;
    List<Line> ls = current;
    if (all != null && ls != null) {
      all.set(n.index, List.copyOf(ls));
    }
  }

  private void scoreNotApplicable(PlanNode n, NotApplicable mark) {
    long max = c(n.maxTicks);
    boolean full = plan.scheme.notApplicable() == NotApplicablePolicy.FULL_MARKS;
    if (!full) {
      notApplicableMaximum = Math.addExact(notApplicableMaximum, max);
    }
    adjusted[n.index] |= (byte) NOT_APPLICABLE_MARK;
    begin(n);
    add(
        Line.Kind.NOT_APPLICABLE,
        full ? max : 0,
        () -> words.notApplicable(mark.reason(), full),
        Optional.empty(),
        Optional.empty(),
        List.of(mark));
    finish(n);
  }

  private void scoreNode(PlanNode n) {
    begin(n);
    if (n.startsFull) {
      long max = c(n.maxTicks);
      if (!addedWithoutLine(max)) {
        add(Line.Kind.START, max, () -> words.start(points(max)));
      }
    }
    long carried = 0;
    Rule rule = n.rule();
    // The commonest rules are called without the visitor's dispatch; a full-marks rule adds
    // nothing.
    FactsIndex.Input input = n.input;
    if (input == FactsIndex.Input.OCCURRENCES) {
      effect.at(n).perOccurrence((Rule.PerOccurrence) Objects.requireNonNull(rule));
    } else if (input == FactsIndex.Input.CHECKS) {
      effect.at(n).checklist((Rule.Checklist) Objects.requireNonNull(rule));
    } else if (input == FactsIndex.Input.CRITERION) {
      effect.at(n).criterion((Rule.Criterion) Objects.requireNonNull(rule));
    } else if (input == FactsIndex.Input.GATES_ONLY) {
      // full marks come from the node's start; the rule itself adds nothing
    } else if (rule != null) {
      rule.accept(effect.at(n));
    } else if (!explaining) {
      // The children's points and bonuses, read from the scorer's arrays alone, summed in locals.
      int[] inside = n.inside;
      int[] branch = n.insideBranch;
      long[] childPoints = points;
      boolean[] childScored = scored;
      long[] bonuses = onTop;
      long total = sum;
      for (int k = 0; k < inside.length; k++) {
        int c = inside[k];
        if (childScored[c]) {
          total = Math.addExact(total, childPoints[c]);
          int b = branch[k];
          if (b >= 0) {
            carried = Math.addExact(carried, bonuses[b]);
          }
        }
      }
      sum = total;
    } else {
      for (int c : n.inside) {
        if (addChild(nodes[c])) {
          carried = Math.addExact(carried, onTop(nodes[c]));
        }
      }
    }
    for (int v = 0; v < n.penaltyTicks.length; v++) {
      addPenalty(n.penaltyVetoes[v], c(n.penaltyTicks[v]));
    }
    if (n.parent < 0) {
      rescale(n, carried);
    }
    clamp(n, carried);
    long above = carried;
    for (int c : n.onTop) {
      if (explaining ? addChild(nodes[c]) : scored[c] && addedWithoutLine(points[c])) {
        above = Math.addExact(above, points[c]);
      }
    }
    // Most nodes have no gate: the call is left out for them.
    boolean zeroed = n.gateArray.length != 0 && applyGates(n);
    if (n.branch >= 0) {
      onTop[n.branch] = zeroed ? 0 : above;
    }
    finish(n);
  }

  /**
   * In the fast run, scores a leaf of {@link Plan#occurrencesAlone} as {@link #scoreNode} would:
   * its start, what its counted occurrences yield, its floor and ceiling.
   */
  private void scoreOccurrencesAlone(PlanNode n) {
    node = n;
    sum = occurrenceTicks(n, n.startsFull ? c(n.maxTicks) : 0);
    clamp(n, 0);
    points[n.index] = sum;
    scored[n.index] = true;
  }

  /**
   * Adds to {@code total} what the counted, rated occurrences of a node yield, one by one in the
   * order given: an exempt or merged one, or one only a gate or veto counts, adds nothing.
   */
  private long occurrenceTicks(PlanNode n, long total) {
    int[] rates = facts.slotRate;
    int[] next = facts.slotNext;
    for (int s = facts.firstSlot(n.index); s >= 0; s = next[s] - 1) {
      if (rates[s] >= 0 && status[s] == COUNTED) {
        total = Math.addExact(total, slotTicks[s]);
      }
    }
    return total;
  }

  /** Bonus points at or below a node: none below a leaf. */
  private long onTop(PlanNode n) {
    return n.branch < 0 ? 0 : onTop[n.branch];
  }

  /** Adds a child's points; returns false if the child is not scored for this unit. */
  private boolean addChild(PlanNode child) {
    if (!scored[child.index]) {
      return false; // not in the unit's group, or below a not-applicable mark
    }
    if (addedWithoutLine(points[child.index])) {
      return true;
    }
    add(
        Line.Kind.CHILD,
        points[child.index],
        () -> words.child(child.id(), child.node.title(), child.role()),
        child.source,
        child.clause,
        List.of());
    return true;
  }

  /** Takes a veto's penalty, by its index in the plan's list, for each time it was set off. */
  private void addPenalty(int v, long perEvent) {
    SetOff s = setOff(v);
    if (s == null) {
      return;
    }
    long penalty = -Math.multiplyExact(perEvent, (long) s.times);
    if (addedWithoutLine(penalty)) {
      return;
    }
    Veto veto = plan.vetoArray[v];
    add(
        Line.Kind.PENALTY,
        penalty,
        () -> words.penalty(veto.id(), veto.title(), reason(plan, s, scale, words)),
        Optional.of(veto.id()),
        veto.clause(),
        s.facts);
  }

  private void rescale(PlanNode root, long carried) {
    if (notApplicableMaximum == 0 || root.maximum() == null) {
      return;
    }
    BigDecimal max = decimal(c(root.maxTicks));
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    BigDecimal applicable = max.subtract(decimal(notApplicableMaximum));
    if (applicable.signum() <= 0) {
      throw new FactsException(
          facts.facts.unitId(),
          List.of(
              Problem.at(
                  "unit " + facts.facts.unitId(),
                  "every item is marked not applicable; nothing is left to rescale")));
    }
    long raw = sum - carried;
    BigDecimal dividend = decimal(raw).multiply(max);
    BigDecimal scaled = rounding.divide(dividend, applicable);
    adjusted(root, Adjustment.RESCALE);
    add(
        Line.Kind.RESCALE,
        ticks(scaled) - raw,
        () ->
            words.rescale(
                plain(applicable),
                plain(max),
                plain(raw),
                plain(scaled),
                rounded(dividend, applicable, scaled, rounding)));
  }

  /** Applies the floor and ceiling to the node's own part, leaving bonuses from below on top. */
  private void clamp(PlanNode n, long carried) {
    long raw = sum - carried;
    if (n.hasFloor && raw < c(n.floorTicks)) {
      long lost = raw - c(n.floorTicks);
      boolean carry = n.node.overflow() == Overflow.CARRY_TO_TOTAL;
      adjusted(n, Adjustment.FLOOR);
      if (carry) {
        adjusted(n, Adjustment.CARRY);
      }
      if (!addedWithoutLine(-lost)) {
        add(
            Line.Kind.FLOOR,
            -lost,
            () ->
                words.floor(
                    Objects.requireNonNull(n.floor),
                    carry ? Optional.of(plain(-lost)) : Optional.empty(),
                    kept(carried)));
      }
      if (carry) {
        TreeMap<Integer, Long> c = carries;
        if (c == null) {
          c = new TreeMap<>();
          carries = c;
        }
        c.put(n.index, lost);
      }
    } else if (n.hasCeiling && raw > c(n.ceilingTicks)) {
      adjusted(n, Adjustment.CEILING);
      if (!addedWithoutLine(c(n.ceilingTicks) - raw)) {
        add(
            Line.Kind.CEILING,
            c(n.ceilingTicks) - raw,
            () -> words.ceiling(Objects.requireNonNull(n.ceiling), kept(carried)));
      }
    }
  }

  private String kept(long carried) {
    return carried == 0 ? "" : words.kept(plain(carried));
  }

  /** Zeroes the node if a gate is closed; returns whether one was. */
  private boolean applyGates(PlanNode n) {
    Gate[] gates = n.gateArray;
    for (int g = 0; g < gates.length; g++) {
      Gate gate = gates[g];
      if (gate instanceof Gate.Prerequisite p) {
        Check check = facts.check(n.index, p.id());
        if (check != null && !check.met()) {
          adjusted(n, Adjustment.GATE);
          add(
              Line.Kind.GATE,
              -sum,
              () -> words.prerequisiteNotMet(p.title()),
              Optional.of(gate.id()),
              gate.clause(),
              List.of(check));
          return true;
        }
      } else if (gate instanceof Gate.OccurrenceLimit limit) {
        int count = count(n, limit.kind());
        if (count >= n.gateLow[g] && count <= n.gateHigh[g]) {
          adjusted(n, Adjustment.GATE);
          // The reason is only rendered when explaining; the fast run must not build strings.
          add(
              Line.Kind.GATE,
              -sum,
              () -> words.occurrenceLimit(count, limit.kind(), limit.count(), limit.title()),
              Optional.of(gate.id()),
              gate.clause(),
              explaining ? factsOf(counted(n, limit.kind())) : List.of());
          return true;
        }
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
      if (!explaining) {
        sum = occurrenceTicks(n, sum);
        return true;
      }
      List<Slot> slots = facts.occurrences(n.index);
      slots.sort(BY_ID);
      for (int i = 0; i < slots.size(); i++) {
        Slot s = slots.get(i);
        Occurrence o = s.occurrence;
        Rule.Rate rate = s.rate;
        if (status[s.ordinal] == EXEMPT) {
          exempt(n, s);
        } else if (status[s.ordinal] == MERGED) {
          merged(n, s);
        } else if (rate == null) {
          if (!addedWithoutLine(0)) {
            add(Line.Kind.RULE, 0, () -> words.unrated(o), o);
          }
        } else if (!addedWithoutLine(ticksOf(s))) {
          add(Line.Kind.RULE, ticksOf(s), () -> describeRated(n, s, rate), o);
        }
      }
      return true;
    }

    @Override
    public Boolean amountSteps(Rule.AmountSteps r) {
      List<Slot> slots = facts.occurrences(n.index);
      if (explaining) {
        slots.sort(BY_ID);
      }
      if (r.valuation() == Rule.Valuation.EACH) {
        for (int i = 0; i < slots.size(); i++) {
          Slot s = slots.get(i);
          if (status[s.ordinal] == MERGED) {
            merged(n, s);
          } else if (!addedWithoutLine(ticksOf(s))) {
            add(Line.Kind.RULE, ticksOf(s), () -> describeAmount(n, r, s), s.occurrence);
          }
        }
        return true;
      }
      // Pooled: the amounts of one share of joint work are added, then valued, then shared. There
      // is almost always one share (no joint work), so the pools are only made when needed.
      BigDecimal share = null;
      BigDecimal amount = BigDecimal.ZERO;
      boolean mixed = false;
      for (int i = 0; i < slots.size(); i++) {
        Slot s = slots.get(i);
        if (status[s.ordinal] == MERGED) {
          merged(n, s);
          continue;
        }
        BigDecimal own = share(n, s.occurrence);
        if (share == null) {
          share = own;
        } else if (own.compareTo(share) != 0) {
          mixed = true;
        }
        amount = amount.add(s.occurrence.amount().orElse(BigDecimal.ZERO));
      }
      if (share == null) {
        return true; // nothing recorded, nothing earned
      }
      if (!mixed) {
        pool(r, slots, share, amount);
        return true;
      }
      TreeMap<BigDecimal, BigDecimal> pools = new TreeMap<>(Comparator.reverseOrder());
      for (int i = 0; i < slots.size(); i++) {
        Slot s = slots.get(i);
        if (status[s.ordinal] != MERGED) {
          pools.merge(
              share(n, s.occurrence),
              s.occurrence.amount().orElse(BigDecimal.ZERO),
              BigDecimal::add);
        }
      }
      for (Map.Entry<BigDecimal, BigDecimal> pool : pools.entrySet()) {
        pool(r, slots, pool.getKey(), pool.getValue());
      }
      return true;
    }

    /** Adds what the pooled amount of the occurrences counted at one share earns. */
    private void pool(Rule.AmountSteps r, List<Slot> slots, BigDecimal share, BigDecimal amount) {
      long earned = earned(n, r, amount);
      List<Slot> used = explaining ? new ArrayList<>() : List.of();
      if (explaining) {
        for (Slot s : slots) {
          if (status[s.ordinal] != MERGED && share(n, s.occurrence).compareTo(share) == 0) {
            used.add(s);
          }
        }
      }
      add(
          Line.Kind.RULE,
          shareOf(share, earned),
          () -> describePool(n, r, used, amount, share, earned),
          n.ruleName,
          n.clause,
          explaining ? factsOf(used) : List.of());
    }

    @Override
    public Boolean checklist(Rule.Checklist r) {
      long each = c(n.ruleTicks[0]);
      long counted = r.direction() == Direction.EARN ? each : -each;
      if (r.elements().isEmpty()) {
        List<Check> checks = facts.checks(n.index);
        if (explaining) {
          checks = new ArrayList<>(checks);
          checks.sort(Comparator.comparing(Check::key));
        }
        for (int i = 0; i < checks.size(); i++) {
          Check check = checks.get(i);
          if (!check.key().isEmpty() && !isGate(n, check.key())) {
            element(r, check.key(), null, check, counted);
          }
        }
      } else if (!explaining && n.checksAreElements) {
        // Each check the index holds here is of an element, once (a duplicate or an unknown key is
        // a problem, an unrecorded element one taken as met): adding them up in the order given
        // adds what the elements' loop below adds, without looking each element's check up.
        List<Check> checks = facts.checks(n.index);
        for (int i = 0; i < checks.size(); i++) {
          Check check = checks.get(i);
          element(r, check.key(), null, check, counted);
        }
      } else {
        List<Rule.Element> elements = r.elements();
        for (int i = 0; i < elements.size(); i++) {
          Rule.Element e = elements.get(i);
          Check check = facts.check(n.index, e.id());
          if (check != null) {
            element(r, e.id(), e, check, counted);
          }
        }
      }
      return true;
    }

    private void element(
        Rule.Checklist r, String key, Rule.@Nullable Element declared, Check check, long v) {
      boolean counts = (r.direction() == Direction.EARN) == check.met();
      if (addedWithoutLine(counts ? v : 0)) {
        return;
      }
      add(
          Line.Kind.RULE,
          counts ? v : 0,
          () ->
              words.element(
                  key,
                  declared == null ? Optional.empty() : Optional.of(declared.title()),
                  check.met()),
          check);
    }

    @Override
    public Boolean criterion(Rule.Criterion r) {
      Check check = facts.check(n.index, "");
      boolean met = check != null && check.met();
      if (addedWithoutLine(met ? c(n.maxTicks) : 0)) {
        return true;
      }
      add(Line.Kind.RULE, met ? c(n.maxTicks) : 0, () -> words.criterion(met), check);
      return true;
    }

    @Override
    public Boolean fullMarks(Rule.FullMarks r) {
      return true;
    }

    @Override
    public Boolean levels(Rule.Levels r) {
      AssessedLevel assessed = (AssessedLevel) value(n);
      for (int i = 0; i < r.levels().size(); i++) {
        Rule.Level level = r.levels().get(i);
        if (level.key().equals(assessed.level())) {
          if (addedWithoutLine(c(n.ruleTicks[i]))) {
            return true;
          }
          add(
              Line.Kind.RULE,
              c(n.ruleTicks[i]),
              () -> words.level(level.key(), level.title()),
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
      long p = ticks(a.points().toBigDecimal());
      if (addedWithoutLine(award ? p : -p)) {
        return true;
      }
      add(Line.Kind.RULE, award ? p : -p, () -> words.assessed(award, a.points()), a);
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
          () -> words.panel(count, trimmed, plain(sumOfScores), plain(r.scale())));
      return true;
    }

    @Override
    public Boolean tiers(Rule.Tiers r) {
      Measurement m = (Measurement) value(n);
      for (int i = 0; i < r.tiers().size(); i++) {
        Rule.Tier tier = r.tiers().get(i);
        if (tier.range().contains(m.value())) {
          if (addedWithoutLine(c(n.ruleTicks[i]))) {
            return true;
          }
          add(
              Line.Kind.RULE,
              c(n.ruleTicks[i]),
              () -> words.tier(plain(m.value()), r.unit(), tier.range()),
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
          () -> words.proportional(plain(m.value()), r.unit(), plain(r.target())));
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
          () -> words.conversion(plain(m.value()), r.unit(), plain(r.sourceMaximum())));
      return true;
    }

    @Override
    public Boolean shortfallSteps(Rule.ShortfallSteps r) {
      Measurement m = (Measurement) value(n);
      long steps = stepsOfShortfall(n, r, m.value());
      long deducted = -Math.multiplyExact(c(n.ruleTicks[0]), steps);
      if (addedWithoutLine(deducted)) {
        return true;
      }
      BigDecimal shortfall = shortfall(r, m.value());
      add(
          Line.Kind.RULE,
          deducted,
          () ->
              words.shortfall(
                  plain(m.value()),
                  r.unit(),
                  plain(r.target()),
                  plain(shortfall),
                  plain(BigDecimal.valueOf(steps)),
                  r.partialStepCounts(),
                  plain(r.step()),
                  r.pointsPerStep()),
          m);
      return true;
    }
  }

  /**
   * The steps of a measured value's shortfall from a shortfall rule's target: in longs, exactly, at
   * the finer of the value's places and the rule's, where the plan holds the target and step in
   * ticks and the value has at most 12 digits and {@link Ticks#MAX_SCALE} places (so that nothing
   * overflows); else in decimals.
   */
  private static long stepsOfShortfall(PlanNode n, Rule.ShortfallSteps r, BigDecimal value) {
    int at = n.shortfallScale;
    int own = value.scale();
    if (at >= 0 && own >= 0 && own <= Ticks.MAX_SCALE && value.precision() <= 12) {
      int common = Math.max(at, own);
      long widen = Ticks.power(common - at);
      long shortfall = n.targetTicks * widen - Ticks.of(value, common);
      if (shortfall <= 0) {
        return 0;
      }
      long step = n.stepTicks * widen;
      return r.partialStepCounts() ? (shortfall + step - 1) / step : shortfall / step;
    }
    RoundingMode counting = r.partialStepCounts() ? RoundingMode.UP : RoundingMode.DOWN;
    return shortfall(r, value).divide(r.step(), 0, counting).longValueExact();
  }

  private static BigDecimal shortfall(Rule.ShortfallSteps r, BigDecimal value) {
    return r.target().subtract(value).max(BigDecimal.ZERO);
  }

  /** Adds {@code maximum × part / whole}, rounded once with the scheme's rounding. */
  private void proportion(PlanNode n, Fact fact, BigDecimal part, BigDecimal whole, Text what) {
    Rounding rounding = plan.scheme.rounding().orElseThrow();
    BigDecimal max = decimal(c(n.maxTicks));
    BigDecimal dividend = max.multiply(part);
    BigDecimal result = rounding.divide(dividend, whole);
    if (addedWithoutLine(ticks(result))) {
      return;
    }
    add(
        Line.Kind.RULE,
        ticks(result),
        () ->
            words.proportion(
                what.render(),
                plain(max),
                plain(part),
                plain(whole),
                plain(result),
                rounded(dividend, whole, result, rounding)),
        fact);
  }

  private String rounded(BigDecimal dividend, BigDecimal divisor, BigDecimal quotient, Rounding r) {
    return words.rounded(quotient.multiply(divisor).compareTo(dividend) == 0, r);
  }

  private void exempt(PlanNode n, Slot s) {
    Modifier.SelfReportedExempt e = n.exemption;
    Occurrence o = s.occurrence;
    add(
        Line.Kind.EXEMPT,
        0,
        () -> words.exempt(o, points(ticksOf(s))),
        SELF_REPORTED_EXEMPT,
        e == null ? Optional.empty() : e.clause(),
        List.of(o));
  }

  private void merged(PlanNode n, Slot s) {
    Occurrence o = s.occurrence;
    Slot kept = mergedInto[s.ordinal];
    Optional<String> clause =
        nodes[n.sameMatterScope].node.modifiers().stream()
            .filter(m -> m instanceof Modifier.SameMatterOnce)
            .findFirst()
            .flatMap(Modifier::clause);
    add(Line.Kind.MERGED, 0, () -> describeMerged(s, kept), SAME_MATTER_ONCE, clause, List.of(o));
  }

  /**
   * Why an occurrence does not count: another of its matter yields more, or as much and is first.
   */
  private String describeMerged(Slot s, @Nullable Slot kept) {
    return kept == null
        ? words.merged(s.occurrence, null, "", Points.ZERO, points(ticksOf(s)))
        : words.merged(
            s.occurrence,
            kept.occurrence,
            LineWords.named(kept.node.id(), kept.node.node.title()),
            points(ticksOf(kept)),
            points(ticksOf(s)));
  }

  private String describeRated(PlanNode n, Slot s, Rule.Rate rate) {
    Occurrence o = s.occurrence;
    // The text gives no amount: say that the office's parameter set it, and to what.
    Optional<String> parameter =
        rate.parameter()
            .map(
                p ->
                    words.parameterSet(
                        plan.scheme.parameter(p).map(Parameter::title).orElse(p), rate.min()));
    return words.rated(
        o,
        o.points(),
        rate.title(),
        parameter,
        o.joint().isPresent() ? share(o, share(n, o), whole(s)) : "");
  }

  /** An occurrence valued alone by an amount rule. */
  private String describeAmount(PlanNode n, Rule.AmountSteps r, Slot s) {
    Occurrence o = s.occurrence;
    BigDecimal amount = o.amount().orElse(BigDecimal.ZERO);
    long earned = earned(n, r, amount);
    return words.amount(
        o,
        words.withUnit(plain(amount), r.unit()),
        steps(n, r, amount, earned),
        o.joint().isPresent() ? share(o, share(n, o), earned) : "");
  }

  /** The occurrences of one share pooled by an amount rule. */
  private String describePool(
      PlanNode n,
      Rule.AmountSteps r,
      List<Slot> used,
      BigDecimal amount,
      BigDecimal share,
      long earned) {
    List<String> parts = new ArrayList<>();
    for (Slot s : used) {
      Occurrence o = s.occurrence;
      parts.add(
          o.id()
              + ' '
              + plain(o.amount().orElse(BigDecimal.ZERO))
              + o.joint().map(j -> words.jointPart(j == Occurrence.JointRole.LEAD)).orElse(""));
    }
    return words.pool(
        parts,
        words.withUnit(plain(amount), r.unit()),
        steps(n, r, amount, earned),
        share.compareTo(BigDecimal.ONE) == 0
            ? ""
            : words.share(null, false, share, points(earned), points(shareOf(share, earned))));
  }

  /** How an amount meets an amount rule's base and steps, and what it earns. */
  private String steps(PlanNode n, Rule.AmountSteps r, BigDecimal amount, long earned) {
    return words.steps(
        steps(n, r, amount),
        r.base().signum() > 0 ? words.withUnit(plain(r.base()), r.unit()) : "",
        r.basePoints(),
        words.withUnit(plain(r.step()), r.unit()),
        r.pointsPerStep(),
        plain(earned));
  }

  /**
   * What share of the points an occurrence's joint work counts at, with the unit's part and whether
   * the share is its own.
   */
  private String share(Occurrence o, BigDecimal share, long whole) {
    boolean lead = o.joint().orElse(Occurrence.JointRole.LEAD) == Occurrence.JointRole.LEAD;
    return words.share(
        lead, o.share().isPresent(), share, points(whole), points(shareOf(share, whole)));
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

  /**
   * A veto set off, as scoring decides it: numbers and facts, worded only when a card's vetoes are
   * read ({@link Tally#vetoes}), so that scoring a unit builds no reason. {@code veto} is its index
   * in the plan's list; {@code measure} the node's points in the unit's ticks (score-triggered) or
   * the count of occurrences (count-triggered).
   */
  record SetOff(int veto, int times, long measure, List<Fact> facts) {}

  /** Why a veto was set off, in some words; points in ticks of {@code scale}. */
  static String reason(Plan plan, SetOff s, int scale, LineWords words) {
    Veto.Trigger trigger = plan.vetoArray[s.veto].trigger();
    if (trigger instanceof Veto.NodeScore t) {
      String title = plan.nodes[plan.vetoNode[s.veto]].node.title();
      return words.nodeScored(
          t.nodeId(), title, Ticks.points(s.measure, scale).toString(), t.points());
    }
    if (trigger instanceof Veto.OccurrenceCount c) {
      String title = plan.nodes[plan.vetoNode[s.veto]].node.title();
      return words.occurrenceCount(c.nodeId(), title, (int) s.measure, c.kind(), c.count());
    }
    List<String> events = new ArrayList<>(s.facts.size());
    for (Fact f : s.facts) {
      events.add(((VetoEvent) f).id());
    }
    return words.reported(events);
  }

  private boolean hasOccurrences(PlanNode n) {
    for (int i = n.index; i < n.end; i++) {
      if (facts.firstSlot(i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a veto is set off, and how: null if not. {@code v} is its index in the plan's list,
   * whose ranges test the node's points at the unit's scale and counts as whole numbers. A
   * count-triggered veto whose node saw no occurrence (unless zero occurrences set it off) is ruled
   * out without counting.
   */
  private @Nullable SetOff setOff(int v) {
    byte trigger = plan.vetoTrigger[v];
    if (trigger == Plan.NODE_SCORE) {
      int at = plan.vetoNode[v];
      // An item outside the unit's duties was not scored, so it cannot have been fully deducted.
      if (!scored[at] || facts.covered(at)) {
        return null;
      }
      long p = points[at];
      boolean in =
          scale <= Ticks.MAX_SCALE
              ? p >= plan.vetoLow[v][scale] && p <= plan.vetoHigh[v][scale]
              : ((Veto.NodeScore) plan.vetoArray[v].trigger()).points().contains(decimal(p));
      return in ? new SetOff(v, 1, p, List.of()) : null;
    }
    if (trigger == Plan.OCCURRENCE_COUNT) {
      PlanNode at = nodes[plan.vetoNode[v]];
      if (!at.inGroup[group] || (!plan.vetoOnNone[v] && !hasOccurrences(at))) {
        return null;
      }
      Optional<String> kind = ((Veto.OccurrenceCount) plan.vetoArray[v].trigger()).kind();
      int count = count(at, kind);
      if (count < plan.vetoLow[v][0] || count > plan.vetoHigh[v][0]) {
        return null;
      }
      return new SetOff(v, 1, count, factsOf(counted(at, kind)));
    }
    List<VetoEvent> events = facts.events(plan.vetoArray[v].id());
    return events.isEmpty() ? null : new SetOff(v, events.size(), 0, List.copyOf(events));
  }

  // ------------------------------------------------------------------ the total

  private Tally total() {
    long rootPoints = points[0];
    node = plan.root();
    sum = 0;
    current = explaining ? new ArrayList<>() : null;
    if (!addedWithoutLine(rootPoints)) {
      add(
          Line.Kind.CHILD,
          rootPoints,
          () -> words.rootPoints(plan.root().id(), plan.root().node.title()),
          Optional.of(plan.root().id()),
          Optional.empty(),
          List.of());
    }
    Map<Integer, Long> carried = carries == null ? Map.of() : carries;
    for (Map.Entry<Integer, Long> carry : carried.entrySet()) {
      PlanNode from = nodes[carry.getKey()];
      long lost = carry.getValue();
      add(
          Line.Kind.CARRY,
          lost,
          () ->
              words.carry(
                  from.id(), from.node.title(), plain(-lost), Objects.requireNonNull(from.floor)),
          Optional.of(from.id()),
          from.clause,
          List.of());
    }
    for (int v = 0; v < plan.totalPenaltyVetoes.length; v++) {
      addPenalty(plan.totalPenaltyVetoes[v], c(plan.totalPenaltyTicks[v]));
    }
    // Kept as made: the tally's list is read, never changed.
    List<SetOff> setOff = List.of();
    for (int v = 0; v < plan.vetoTrigger.length; v++) {
      SetOff s = setOff(v);
      if (s != null) {
        if (setOff.isEmpty()) {
          setOff = new ArrayList<>(2);
        }
        setOff.add(s);
      }
    }
    return new Tally(points, scored, adjusted, scale, sum, setOff, lines, current);
  }

  // ------------------------------------------------------------------ helpers

  private Fact value(PlanNode n) {
    Fact f = facts.value(n.index);
    if (f == null) {
      throw new IllegalStateException("checked: " + n.id() + " has its fact");
    }
    return f;
  }

  private static String plain(BigDecimal value) {
    return Points.of(value).toString();
  }
}
