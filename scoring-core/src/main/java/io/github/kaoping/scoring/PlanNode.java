package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A node of a compiled scheme, with everything its role and ancestors imply resolved. */
final class PlanNode {

  final int index;
  final Node node;
  final int parent;
  final String path;
  final int[] children;

  /**
   * The end (exclusive) of this node's subtree in pre-order: descendants are {@code
   * index+1..end-1}.
   */
  int end;

  @Nullable Points floor;
  @Nullable Points ceiling;
  boolean startsFull;

  /** Groups the node applies to, by group index. */
  final boolean[] inGroup;

  /** The nearest node at or above this one that merges occurrences of the same matter, or -1. */
  int sameMatterScope = -1;

  Modifier.@Nullable SelfReportedExempt exemption;
  Modifier.@Nullable JointSplit jointSplit;

  /**
   * The children inside the node's floor and ceiling (scored and deduction) and those on top (bonus
   * and adjustment), in order.
   */
  int[] inside = new int[0];

  int[] onTop = new int[0];

  /** The node's ordinal among the branches (nodes with children), or -1 for a leaf. */
  int branch = -1;

  /**
   * By child of {@link #inside}, the child's {@link #branch}: a branch adds up its children's
   * points and bonuses from these arrays, without reading the children's nodes.
   */
  int[] insideBranch = new int[0];

  /**
   * By gate of {@link #gateArray}, the numbers of occurrences an occurrence limit zeroes the node
   * at, as a range of whole numbers ({@link Ticks#range}); empty for a prerequisite.
   */
  final long[] gateLow;

  final long[] gateHigh;

  /** The index in the plan's veto list of each of {@link #penalties}. */
  int[] penaltyVetoes = new int[0];

  /** What the node's rule reads from the facts. */
  final FactsIndex.Input input;

  /**
   * Whether the node's rule adds up amounts before valuing them ({@link Rule.Valuation#POOLED}).
   */
  final boolean pooled;

  // Attributes of the node read on every unit, kept here once: the generated accessors of Node
  // wrap optional values anew on each call.
  private final String id;
  private final Role role;
  private final @Nullable Rule rule;
  private final @Nullable Points maximum;
  final Optional<String> clause;

  /** The node's id as the source of its parent's line for it, made once rather than per line. */
  final Optional<String> source;

  final List<Gate> gates;

  /** The same gates as an array: the scorer reads them for every node of every unit. */
  final Gate[] gateArray;

  /** The rule's shape as scheme files name it ({@code perOccurrence}), the source of its lines. */
  final Optional<String> ruleName;

  /** For a per-occurrence rule: its rates, and which are ranges. */
  final Rule.Rate[] rates;

  final boolean[] rangeRates;

  /** Each rate's kind and level, null where it has none: matched against a fact's plain strings. */
  final @Nullable String[] rateKinds;

  final @Nullable String[] rateLevels;

  /** The decimal places of each fixed rate. */
  final int[] rateScales;

  /**
   * For each rate, the largest count whose points, at any amount within the rate, stay below {@link
   * Ticks#MAX_MAGNITUDE}: an occurrence counted no more often needs no exact check.
   */
  final int[] safeCounts;

  /**
   * By rate: what one occurrence of a fixed rate yields (signed), in ticks of the finest scale
   * ({@link Ticks#MAX_SCALE}), whatever the unit's scale turns out to be.
   */
  long[] rateFine = new long[0];

  /**
   * By rate, {@link #RATE_ROW} longs side by side, for the check of the commonest occurrences
   * ({@code FactsIndex.addOccurrence}): what it reads of a rate in a line or two of memory rather
   * than one small array each. A row holds the rate's {@link #rateKey}, its shape ({@link
   * #safeCounts} in the low 32 bits, then {@link #rateScales}, {@link #RATE_PLAIN}, {@link
   * #RATE_PLAIN_RANGE}, {@link #RATE_EARNS}), and {@link #rateFine} for a fixed rate or the least
   * amount for a range, then the greatest amount (amounts as magnitudes in ticks of the finest
   * scale).
   */
  long[] rateRows = new long[0];

  static final int RATE_ROW = 4;

  /**
   * A fixed rate whose amount the office need not set and whose places the points can hold, so that
   * an occurrence of it with no optional field passes every check.
   */
  static final long RATE_PLAIN = 1L << 40;

  /** A range whose amount the office need not set. */
  static final long RATE_PLAIN_RANGE = 1L << 41;

  static final long RATE_EARNS = 1L << 42;

  /**
   * The hashes of a kind and a level side by side (0 for none): a rate whose key differs from an
   * occurrence's does not match it, so its strings need not be read.
   */
  static long rateKey(@Nullable String kind, @Nullable String level) {
    return (long) (kind == null ? 0 : kind.hashCode()) << 32
        | ((level == null ? 0 : level.hashCode()) & 0xffffffffL);
  }

  /**
   * For each rate a {@link Parameter} sets and the office has not: the parameter. An occurrence
   * such a rate would count is a facts error; the rate is never applied at its placeholder 0.
   */
  final @Nullable Parameter[] unsetRates;

  /**
   * The keys a check fact may name: checklist elements and prerequisite gates. An array, looked
   * through for every check of every unit: a node has a few, and an immutable set's probe divides.
   */
  private final String[] checkKeys;

  /** Whether the node's checklist lists no elements, so the facts name them. */
  final boolean freeCheckKeys;

  /**
   * Whether the node's checklist lists its elements and no prerequisite gates it: then every check
   * indexed on it is of one of its elements, once.
   */
  final boolean checksAreElements;

  /**
   * How many distinct checks the node requires (its prerequisites, elements and criterion), all of
   * them keys it accepts; -1 where the facts name the elements, so that a count proves nothing.
   */
  final int requiredChecks;

  // Amounts in ticks of the plan's scale, set once by {@link #prepare}.
  long maxTicks;
  boolean hasFloor;
  long floorTicks;
  boolean hasCeiling;
  long ceilingTicks;

  /** The signed ticks of each fixed rate. */
  long[] rateTicks = new long[0];

  /**
   * The rule's own amounts in ticks: a checklist's points per element; each level's points; each
   * tier's points; an amount rule's base points and points per step; a shortfall's points per step.
   */
  long[] ruleTicks = new long[0];

  /**
   * For an amount rule: the most whole steps above its base that earn points below {@link
   * Ticks#MAX_MAGNITUDE}, and the amount that would take more (a larger amount is refused).
   */
  long maxSteps;

  BigDecimal amountLimit = BigDecimal.ZERO;

  /**
   * For a shortfall rule: the scale at which its target and step are whole ticks, and those ticks;
   * -1 if they need more places or digits than {@link Scorer} counts steps in longs with.
   */
  int shortfallScale = -1;

  long targetTicks;
  long stepTicks;

  /** The ticks taken per event by each of {@link #penalties}. */
  long[] penaltyTicks = new long[0];

  /**
   * Whether a leaf with no facts has fixed points, {@link #emptyTicks}: its rule reads only
   * occurrences, no gate can close without them, and no penalty or bonus child can change it.
   */
  boolean fixedWhenEmpty;

  /**
   * The kinds of occurrence a gate (on the node or an ancestor below the root) or a count-triggered
   * veto (on a subtree holding the node) counts here; set by {@link Plan#prepare}.
   */
  String[] countedKinds = new String[0];

  /** Whether such a gate or veto counts occurrences of every kind here. */
  boolean anyKindCounted;

  long emptyTicks;

  /** Vetoes whose point penalty is taken from this node. */
  final List<Veto> penalties = new ArrayList<>();

  PlanNode(
      int index,
      Node node,
      int parent,
      String path,
      int childCount,
      int groupCount,
      Map<String, Parameter> parameters) {
    this.index = index;
    this.node = node;
    this.parent = parent;
    this.path = path;
    this.children = new int[childCount];
    this.inGroup = new boolean[groupCount];
    this.id = node.id();
    this.role = node.role();
    this.rule = node.rule().orElse(null);
    this.maximum = node.maximum().orElse(null);
    this.clause = node.clause();
    this.source = Optional.of(id);
    this.gates = node.gates();
    this.gateArray = gates.isEmpty() ? NO_GATES : gates.toArray(new Gate[0]);
    this.gateLow = gateArray.length == 0 ? NO_LONGS : new long[gateArray.length];
    this.gateHigh = gateArray.length == 0 ? NO_LONGS : new long[gateArray.length];
    for (int g = 0; g < gateArray.length; g++) {
      long[] range =
          gateArray[g] instanceof Gate.OccurrenceLimit limit
              ? Ticks.range(limit.count(), 0)
              : Ticks.noRange();
      gateLow[g] = range[0];
      gateHigh[g] = range[1];
    }
    this.ruleName =
        rule == null
            ? Optional.empty()
            : Optional.of(
                Character.toLowerCase(rule.getClass().getSimpleName().charAt(0))
                    + rule.getClass().getSimpleName().substring(1));
    this.input = rule == null ? FactsIndex.Input.CHILDREN : rule.accept(FactsIndex.INPUT);
    this.pooled = rule instanceof Rule.AmountSteps a && a.valuation() == Rule.Valuation.POOLED;
    List<Rule.Rate> declared = rule instanceof Rule.PerOccurrence per ? per.rates() : List.of();
    this.rates = declared.toArray(new Rule.Rate[0]);
    this.unsetRates = new Parameter[rates.length];
    for (int i = 0; i < rates.length; i++) {
      // A rate the office sets is fixed at its value here; an unknown or mistyped parameter is a
      // problem of the scheme, reported by the compiler.
      Parameter set = rates[i].parameter().map(parameters::get).orElse(null);
      if (set != null && set.kind() == Parameter.Kind.POINTS) {
        if (set.value().isPresent()) {
          rates[i] = rates[i].fixedAt(Points.of(set.value().get()));
        } else {
          unsetRates[i] = set;
        }
      }
    }
    this.rangeRates = new boolean[rates.length];
    this.rateScales = new int[rates.length];
    this.rateKinds = new String[rates.length];
    this.rateLevels = new String[rates.length];
    this.safeCounts = new int[rates.length];
    for (int i = 0; i < rates.length; i++) {
      rangeRates[i] = rates[i].isRange();
      rateScales[i] = Ticks.scaleOf(rates[i].min());
      rateKinds[i] = rates[i].kind().orElse(null);
      rateLevels[i] = rates[i].level().orElse(null);
      safeCounts[i] = safeCount(rates[i]);
    }
    Set<String> keys = new HashSet<>();
    boolean free = false;
    if (rule instanceof Rule.Checklist list) {
      list.elements().forEach(e -> keys.add(e.id()));
      free = list.elements().isEmpty();
    }
    for (Gate g : gates) {
      if (g instanceof Gate.Prerequisite) {
        keys.add(g.id());
      }
    }
    this.checkKeys = keys.stream().sorted().toArray(String[]::new);
    this.freeCheckKeys = free;
    this.checksAreElements =
        rule instanceof Rule.Checklist
            && !free
            && gates.stream().noneMatch(g -> g instanceof Gate.Prerequisite);
    this.requiredChecks =
        free ? -1 : checkKeys.length + (input == FactsIndex.Input.CRITERION ? 1 : 0);
  }

  /** Is the key one a check fact may name here: an element of its checklist or a prerequisite? */
  boolean isCheckKey(String key) {
    int h = key.hashCode();
    for (String k : checkKeys) {
      if (k == key || (k.hashCode() == h && k.equals(key))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Below this many ticks a shortfall's target and step leave room in a long, at up to {@link
   * Ticks#MAX_SCALE} more places, for a measured value of up to {@link Scorer}'s 12 digits and for
   * their sums.
   */
  private static final BigDecimal SHORTFALL_LIMIT = BigDecimal.valueOf(100_000_000_000L);

  private static final int[] NO_INTS = {};
  private static final long[] NO_LONGS = {};
  static final Gate[] NO_GATES = {};

  /**
   * Makes every empty array the node reads while scoring one shared array: most nodes have no
   * children, penalties or gates, and a small array of their own each is one more line of memory
   * that the facts streaming through push out of the cache between units.
   */
  void shareEmptyArrays() {
    inside = shared(inside);
    onTop = shared(onTop);
    insideBranch = shared(insideBranch);
    penaltyVetoes = shared(penaltyVetoes);
    penaltyTicks = shared(penaltyTicks);
    ruleTicks = shared(ruleTicks);
    rateTicks = shared(rateTicks);
    rateRows = shared(rateRows);
    rateFine = shared(rateFine);
  }

  private static int[] shared(int[] array) {
    return array.length == 0 ? NO_INTS : array;
  }

  private static long[] shared(long[] array) {
    return array.length == 0 ? NO_LONGS : array;
  }

  /** The largest count of a rate's largest amount that stays below the points' range. */
  private static int safeCount(Rule.Rate rate) {
    BigDecimal most = rate.min().toBigDecimal().abs().max(rate.max().toBigDecimal().abs());
    if (most.signum() == 0) {
      return Integer.MAX_VALUE;
    }
    BigDecimal below = Ticks.MAX_MAGNITUDE.divide(most, 0, RoundingMode.CEILING);
    return below.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        ? Integer.MAX_VALUE
        : below.intValueExact() - 1;
  }

  /** The most decimal places any amount of this node needs. */
  int scale() {
    int s = 0;
    for (Points p : amounts()) {
      s = Math.max(s, Ticks.scaleOf(p));
    }
    if (jointSplit != null) {
      // The lead's and the partner's shares of what an occurrence earns must be exact too.
      int share = Math.max(Ticks.scaleOf(jointSplit.lead()), Ticks.scaleOf(jointSplit.partner()));
      for (Rule.Rate r : rates) {
        s = Math.max(s, Ticks.scaleOf(r.min()) + share);
      }
      if (rule instanceof Rule.AmountSteps) {
        s = Math.max(s, amountScale() + share);
      }
    }
    return s;
  }

  /** The decimal places of the points an amount rule yields before any share: its base and step. */
  int amountScale() {
    return rule instanceof Rule.AmountSteps a
        ? Math.max(Ticks.scaleOf(a.basePoints()), Ticks.scaleOf(a.pointsPerStep()))
        : 0;
  }

  /** Converts this node's amounts to ticks of the plan's scale. */
  void prepare(int scale) {
    Points max = maximum;
    maxTicks = max == null ? 0 : Ticks.of(max, scale);
    Points f = floor;
    Points c = ceiling;
    hasFloor = f != null;
    floorTicks = f == null ? 0 : Ticks.of(f, scale);
    hasCeiling = c != null;
    ceilingTicks = c == null ? 0 : Ticks.of(c, scale);
    rateTicks = new long[rates.length];
    rateFine = new long[rates.length];
    rateRows = new long[rates.length * RATE_ROW];
    for (int i = 0; i < rates.length; i++) {
      boolean earns = rates[i].direction() == Direction.EARN;
      long ticks = Ticks.of(rates[i].min(), scale);
      rateTicks[i] = earns ? ticks : -ticks;
      long least = 0;
      long greatest = 0;
      long shape = safeCounts[i] | (long) (rateScales[i] & 0xff) << 32 | (earns ? RATE_EARNS : 0);
      if (scale <= Ticks.MAX_SCALE) { // always: amounts have at most MAX_SCALE places
        least = Ticks.of(rates[i].min(), Ticks.MAX_SCALE);
        greatest = Ticks.of(rates[i].max(), Ticks.MAX_SCALE);
        rateFine[i] = earns ? least : -least;
        boolean known = unsetRates[i] == null; // no amount left for the office to set
        if (rangeRates[i] && known) {
          shape |= RATE_PLAIN_RANGE;
        } else if (!rangeRates[i] && known && rateScales[i] <= Ticks.MAX_SCALE) {
          shape |= RATE_PLAIN;
        }
      }
      int at = i * RATE_ROW;
      rateRows[at] = rateKey(rateKinds[i], rateLevels[i]);
      rateRows[at + 1] = shape;
      rateRows[at + 2] = rangeRates[i] ? least : rateFine[i];
      rateRows[at + 3] = greatest;
    }
    ruleTicks = ruleAmounts().stream().mapToLong(p -> Ticks.of(p, scale)).toArray();
    if (rule instanceof Rule.AmountSteps a) {
      BigDecimal room = Ticks.MAX_MAGNITUDE.subtract(a.basePoints().toBigDecimal());
      BigDecimal steps = room.divide(a.pointsPerStep().toBigDecimal(), 0, RoundingMode.UP);
      maxSteps = Math.max(0, steps.longValueExact() - 1);
      amountLimit = a.base().add(a.step().multiply(BigDecimal.valueOf(maxSteps + 1)));
    }
    if (rule instanceof Rule.ShortfallSteps shortfall) {
      int at = Math.max(Ticks.scaleOf(shortfall.target()), Ticks.scaleOf(shortfall.step()));
      BigDecimal limit = SHORTFALL_LIMIT.movePointLeft(at);
      if (at <= Ticks.MAX_SCALE
          && shortfall.target().abs().compareTo(limit) < 0
          && shortfall.step().compareTo(limit) < 0) {
        shortfallScale = at;
        targetTicks = Ticks.of(shortfall.target(), at);
        stepTicks = Ticks.of(shortfall.step(), at);
      }
    }
    penaltyTicks =
        penalties.stream()
            .mapToLong(v -> Ticks.of(((Veto.Penalty) v.effect()).perEvent(), scale))
            .toArray();
    boolean quietGates =
        gates.stream()
            .allMatch(
                g ->
                    g instanceof Gate.OccurrenceLimit limit
                        && !limit.count().contains(BigDecimal.ZERO));
    fixedWhenEmpty =
        isLeaf()
            && penalties.isEmpty()
            && quietGates
            && (input == FactsIndex.Input.OCCURRENCES
                || input == FactsIndex.Input.GATES_ONLY
                || input == FactsIndex.Input.AMOUNTS);
    if (fixedWhenEmpty) {
      // No occurrence: the rule adds nothing (an amount rule has no amount to value, even with a
      // base of 0).
      long raw = startsFull ? maxTicks : 0;
      if ((hasFloor && raw < floorTicks) || (hasCeiling && raw > ceilingTicks)) {
        // A limit applies even with no facts: the full path records it as an adjustment (and a
        // loss carried to the total), which fixed points would not.
        fixedWhenEmpty = false;
      }
      emptyTicks = raw;
    }
  }

  /** Every amount the node declares. */
  List<Points> amounts() {
    List<Points> all = new ArrayList<>(ruleAmounts());
    for (Points p : new Points[] {maximum, floor, ceiling}) {
      if (p != null) {
        all.add(p);
      }
    }
    for (Rule.Rate r : rates) {
      all.add(r.min());
      all.add(r.max());
    }
    for (Veto v : penalties) {
      all.add(((Veto.Penalty) v.effect()).perEvent());
    }
    return all;
  }

  private List<Points> ruleAmounts() {
    Rule r = rule;
    if (r instanceof Rule.Checklist list) {
      return List.of(list.each());
    }
    if (r instanceof Rule.Levels levels) {
      return levels.levels().stream().map(Rule.Level::points).toList();
    }
    if (r instanceof Rule.Tiers tiers) {
      return tiers.tiers().stream().map(Rule.Tier::points).toList();
    }
    if (r instanceof Rule.AmountSteps amount) {
      return List.of(amount.basePoints(), amount.pointsPerStep());
    }
    if (r instanceof Rule.ShortfallSteps shortfall) {
      return List.of(shortfall.pointsPerStep());
    }
    return List.of();
  }

  String id() {
    return id;
  }

  Role role() {
    return role;
  }

  @Nullable Points maximum() {
    return maximum;
  }

  @Nullable Rule rule() {
    return rule;
  }

  boolean isLeaf() {
    return children.length == 0;
  }

  boolean contains(int other) {
    return other >= index && other < end;
  }

  /** Does the node's score sit inside its parent's floor and ceiling? */
  boolean isInsideParent() {
    return role == Role.SCORED || role == Role.DEDUCTION;
  }
}
