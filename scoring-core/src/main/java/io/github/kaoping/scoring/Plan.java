package io.github.kaoping.scoring;

import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A validated scheme compiled for scoring: the tree flattened in pre-order (root first), every
 * limit resolved, every id indexed. Immutable once built, so one plan serves any number of threads.
 */
final class Plan {

  final Scheme scheme;

  /** The scheme's language, in which its cards word their lines unless asked for another. */
  final LineWords words;

  final PlanNode[] nodes;
  final Map<String, Integer> nodeIndex;
  final List<UnitGroup> groups;
  final Map<String, Integer> groupIndex;
  final Map<String, Veto> vetoes;

  /** Vetoes whose penalty is taken from the total. */
  final List<Veto> totalPenalties;

  /**
   * The decimal places every amount of the scheme fits in, and in which the scorer counts (see
   * {@link Ticks}); a unit whose facts carry finer points is scored at a finer scale.
   */
  final int scale;

  /** The ticks each of {@link #totalPenalties} takes per event. */
  long[] totalPenaltyTicks = new long[0];

  /** The index in {@link #vetoArray} of each of {@link #totalPenalties}. */
  int[] totalPenaltyVetoes = new int[0];

  /** Node indexes by id, looked up for every fact. */
  private final StringIndex index;

  /** Per group, the nodes that apply to it, children before parents. */
  final int[][] order;

  /**
   * By group and node, {@link PlanNode#inGroup}: read for every fact, it is kept dense, so that the
   * check does not reach into a node object and its own small array for it.
   */
  final boolean[][] inGroup;

  /**
   * By group and node: the points, in the plan's ticks, of a node whose points the plan knows when
   * the facts say nothing of it ({@link #fixedWhenEmpty}), and whether it is one; zero and false
   * for the other nodes and those outside the group. A unit's scoring starts from copies of them.
   */
  long[][] fixedTicks = new long[0][];

  /**
   * {@link #fixedTicks} by group and by a unit's scale (up to {@link Ticks#MAX_SCALE}), so that a
   * unit finer than the plan does not widen them all; null below the plan's scale and where they do
   * not fit a long.
   */
  long[][] @Nullable [] fixedTicksAt = new long[0][][];

  boolean[][] fixedScored = new boolean[0][];

  /** By group: {@link #order} without the nodes of {@link #fixedWhenEmpty}. */
  int[][] walk = new int[0][];

  /**
   * By node index, {@link PlanNode#fixedWhenEmpty} and {@link PlanNode#emptyTicks}, kept dense: the
   * scorer reads them for every node of every unit, so they should share a few cache lines rather
   * than live in a hundred node objects.
   */
  boolean[] fixedWhenEmpty = new boolean[0];

  long[] emptyTicks = new long[0];

  /**
   * By node index: a leaf of {@link #fixedWhenEmpty} scored by its occurrences alone, without a
   * gate: its points are its start and the ticks of its counted occurrences, floored and capped, so
   * the fast run adds them up without the general walk's steps (see {@code Scorer.run}).
   */
  boolean[] occurrencesAlone = new boolean[0];

  /** The number of branches (nodes with children). */
  final int branches;

  /** The nodes some of whose facts are required: by their rule, or by a prerequisite gate. */
  final int[] needingFacts;

  /**
   * The items scored by occurrences or amounts, or gated by a count of them: those that {@link
   * Recording#FAILURES_ONLY} takes as having none when none is recorded, in the scheme's order.
   */
  final int[] countingOccurrences;

  /** Each group's roster of unit ids, empty where the scheme lists none. */
  private final List<Set<String>> rosters;

  Plan(
      Scheme scheme,
      PlanNode[] nodes,
      Map<String, Integer> nodeIndex,
      Map<String, Integer> groupIndex,
      Map<String, Veto> vetoes,
      List<Veto> totalPenalties) {
    this.scheme = scheme;
    this.words = LineWords.of(Language.of(scheme.title()));
    this.nodes = nodes;
    this.nodeIndex = nodeIndex;
    this.groups = scheme.groups();
    this.groupIndex = groupIndex;
    this.vetoes = vetoes;
    this.totalPenalties = totalPenalties;
    int s = scheme.rounding().map(Rounding::scale).orElse(0);
    for (PlanNode n : nodes) {
      s = Math.max(s, n.scale());
    }
    for (Veto v : totalPenalties) {
      s = Math.max(s, Ticks.scaleOf(((Veto.Penalty) v.effect()).perEvent()));
    }
    this.scale = s;
    this.index = StringIndex.of(nodeIndex);
    this.groupIds = StringIndex.of(groupIndex);
    this.vetoArray = vetoes.values().toArray(new Veto[0]);
    this.vetoNode =
        Arrays.stream(vetoArray)
            .mapToInt(
                v ->
                    v.trigger() instanceof Veto.NodeScore t
                        ? indexOf(t.nodeId())
                        : v.trigger() instanceof Veto.OccurrenceCount c ? indexOf(c.nodeId()) : -1)
            .toArray();
    this.vetoTrigger = new byte[vetoArray.length];
    for (int v = 0; v < vetoArray.length; v++) {
      Veto.Trigger t = vetoArray[v].trigger();
      vetoTrigger[v] =
          t instanceof Veto.NodeScore
              ? NODE_SCORE
              : t instanceof Veto.OccurrenceCount ? OCCURRENCE_COUNT : REPORTED;
    }
    this.vetoOnNone = new boolean[vetoArray.length];
    for (int v = 0; v < vetoOnNone.length; v++) {
      vetoOnNone[v] =
          vetoArray[v].trigger() instanceof Veto.OccurrenceCount c
              && c.count().contains(BigDecimal.ZERO);
    }
    this.vetoLow = new long[vetoArray.length][Ticks.MAX_SCALE + 1];
    this.vetoHigh = new long[vetoArray.length][Ticks.MAX_SCALE + 1];
    for (int v = 0; v < vetoLow.length; v++) {
      Veto.Trigger t = vetoArray[v].trigger();
      for (int at = 0; at <= Ticks.MAX_SCALE; at++) {
        long[] range =
            t instanceof Veto.NodeScore score
                ? Ticks.range(score.points(), at)
                : t instanceof Veto.OccurrenceCount count
                    ? Ticks.range(count.count(), 0)
                    : Ticks.noRange();
        vetoLow[v][at] = range[0];
        vetoHigh[v][at] = range[1];
      }
    }
    int b = 0;
    for (PlanNode n : nodes) {
      if (!n.isLeaf()) {
        n.branch = b++;
      }
      n.inside = Arrays.stream(n.children).filter(c -> nodes[c].isInsideParent()).toArray();
      n.onTop = Arrays.stream(n.children).filter(c -> !nodes[c].isInsideParent()).toArray();
    }
    for (PlanNode n : nodes) {
      n.insideBranch = Arrays.stream(n.inside).map(c -> nodes[c].branch).toArray();
    }
    this.branches = b;
    this.order = new int[groups.size()][];
    this.inGroup = new boolean[groups.size()][nodes.length];
    for (PlanNode n : nodes) {
      for (int g = 0; g < groups.size(); g++) {
        inGroup[g][n.index] = n.inGroup[g];
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      int group = g;
      order[g] =
          java.util.stream.IntStream.iterate(nodes.length - 1, i -> i >= 0, i -> i - 1)
              .filter(i -> nodes[i].inGroup[group])
              .toArray();
    }
    this.needingFacts =
        Arrays.stream(nodes)
            .filter(n -> n.parent >= 0)
            .filter(
                n ->
                    n.gates.stream().anyMatch(g -> g instanceof Gate.Prerequisite)
                        || switch (n.input) {
                          case CRITERION, CHECKS, LEVEL, ASSESSMENT, SCORES, MEASUREMENT -> true;
                          case OCCURRENCES, AMOUNTS, GATES_ONLY, CHILDREN -> false;
                        })
            .mapToInt(n -> n.index)
            .toArray();
    this.countingOccurrences =
        Arrays.stream(nodes)
            .filter(
                n ->
                    n.isLeaf()
                        && n.rule() != null
                        && (n.input == FactsIndex.Input.OCCURRENCES
                            || n.input == FactsIndex.Input.AMOUNTS
                            || n.gates.stream().anyMatch(g -> g instanceof Gate.OccurrenceLimit)))
            .mapToInt(n -> n.index)
            .toArray();
    this.rosters =
        groups.stream()
            // A HashSet: looked up once a unit, where it costs less than an immutable set's probe.
            .<Set<String>>map(
                g ->
                    g.units().stream().map(Unit::id).collect(Collectors.toCollection(HashSet::new)))
            .toList();
  }

  /** Converts every amount to ticks; only for a valid plan, whose amounts fit. */
  Plan prepare() {
    fixedWhenEmpty = new boolean[nodes.length];
    emptyTicks = new long[nodes.length];
    occurrencesAlone = new boolean[nodes.length];
    for (PlanNode n : nodes) {
      n.prepare(scale);
      fixedWhenEmpty[n.index] = n.fixedWhenEmpty;
      emptyTicks[n.index] = n.emptyTicks;
      occurrencesAlone[n.index] =
          n.fixedWhenEmpty
              && n.parent >= 0
              && n.input == FactsIndex.Input.OCCURRENCES
              && n.gateArray.length == 0;
    }
    int groupCount = groups.size();
    fixedTicks = new long[groupCount][nodes.length];
    fixedScored = new boolean[groupCount][nodes.length];
    walk = new int[groupCount][];
    fixedTicksAt = new long[groupCount][Ticks.MAX_SCALE + 1][];
    for (int g = 0; g < groupCount; g++) {
      for (int i : order[g]) {
        if (fixedWhenEmpty[i]) {
          fixedTicks[g][i] = emptyTicks[i];
          fixedScored[g][i] = true;
        }
      }
      walk[g] = Arrays.stream(order[g]).filter(i -> !fixedWhenEmpty[i]).toArray();
      for (int at = scale; at <= Ticks.MAX_SCALE; at++) {
        fixedTicksAt[g][at] = widened(fixedTicks[g], Ticks.power(at - scale));
      }
    }
    markCountedKinds();
    totalPenaltyTicks =
        totalPenalties.stream()
            .mapToLong(v -> Ticks.of(((Veto.Penalty) v.effect()).perEvent(), scale))
            .toArray();
    List<Veto> inOrder = Arrays.asList(vetoArray);
    totalPenaltyVetoes = totalPenalties.stream().mapToInt(inOrder::indexOf).toArray();
    for (PlanNode n : nodes) {
      n.penaltyVetoes = n.penalties.stream().mapToInt(inOrder::indexOf).toArray();
      n.shareEmptyArrays();
    }
    return this;
  }

  /** Ticks times a power of ten, or null if one does not fit a long. */
  private static long @Nullable [] widened(long[] ticks, long factor) {
    long[] wide = new long[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      long t = ticks[i];
      if (Math.abs(t) > Long.MAX_VALUE / factor) {
        return null;
      }
      wide[i] = t * factor;
    }
    return wide;
  }

  /**
   * Records on each node which occurrences a gate or a veto trigger counts there: those of a gate
   * on the node or an ancestor below the root, and those of a count-triggered veto on the node's
   * subtree. Checking an occurrence then reads two fields instead of walking the ancestors' gates
   * and every veto.
   */
  private void markCountedKinds() {
    for (PlanNode n : nodes) {
      java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
      boolean anyKind = false;
      for (int i = n.index; i > 0; i = nodes[i].parent) {
        for (Gate gate : nodes[i].node.gates()) {
          if (gate instanceof Gate.OccurrenceLimit limit) {
            if (limit.kind().isPresent()) {
              kinds.add(limit.kind().get());
            } else {
              anyKind = true;
            }
          }
        }
      }
      for (Veto v : vetoes.values()) {
        if (v.trigger() instanceof Veto.OccurrenceCount c && node(c.nodeId()).contains(n.index)) {
          if (c.kind().isPresent()) {
            kinds.add(c.kind().get());
          } else {
            anyKind = true;
          }
        }
      }
      n.countedKinds = kinds.toArray(new String[0]);
      n.anyKindCounted = anyKind;
    }
  }

  /** Is the unit on the roster of the group, or does the group list no roster? */
  boolean onRoster(int group, String unitId) {
    return rosters.get(group).isEmpty() || rosters.get(group).contains(unitId);
  }

  /**
   * The vetoes in the scheme's order (read by index for every unit), by veto the node each score-
   * or count-triggered one reads, and what sets it off: {@link #REPORTED} or another.
   */
  final Veto[] vetoArray;

  final int[] vetoNode;

  final byte[] vetoTrigger;

  static final byte REPORTED = 0;
  static final byte NODE_SCORE = 1;
  static final byte OCCURRENCE_COUNT = 2;

  /** By veto of {@link #vetoArray}: whether a count-triggered one is set off by no occurrence. */
  final boolean[] vetoOnNone;

  /**
   * By veto of {@link #vetoArray} and by a unit's scale (0 to {@link Ticks#MAX_SCALE}), what sets
   * it off as a range of whole numbers ({@link Ticks#range}): the node's points in ticks of that
   * scale for a score-triggered veto, the number of occurrences (at every scale) for a
   * count-triggered one; empty for a reported one.
   */
  final long[][] vetoLow;

  final long[][] vetoHigh;

  /** Group indexes by id, looked up for every unit. */
  private final StringIndex groupIds;

  /** The index of a group by id, or -1. */
  int groupOf(String groupId) {
    return groupIds.indexOf(groupId);
  }

  /** The index of a node by id, or -1. */
  int indexOf(String nodeId) {
    return index.indexOf(nodeId);
  }

  PlanNode root() {
    return nodes[0];
  }

  PlanNode node(String id) {
    Integer i = nodeIndex.get(id);
    if (i == null) {
      throw new IllegalArgumentException("no node " + id);
    }
    return nodes[i];
  }
}
