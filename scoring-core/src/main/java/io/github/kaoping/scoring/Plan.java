package io.github.kaoping.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated scheme compiled for scoring: the tree flattened in pre-order (root first), every
 * limit resolved, every id indexed. Immutable once built, so one plan serves any number of threads.
 */
final class Plan {

  final Scheme scheme;
  final PlanNode[] nodes;
  final Map<String, Integer> nodeIndex;
  final List<UnitGroup> groups;
  final Map<String, Integer> groupIndex;
  final Map<String, Veto> vetoes;

  /** Vetoes whose penalty is taken from the total. */
  final List<Veto> totalPenalties;

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
    this.nodes = nodes;
    this.nodeIndex = nodeIndex;
    this.groups = scheme.groups();
    this.groupIndex = groupIndex;
    this.vetoes = vetoes;
    this.totalPenalties = totalPenalties;
    this.rosters =
        groups.stream()
            .map(g -> g.units().stream().map(Unit::id).collect(Collectors.toUnmodifiableSet()))
            .toList();
  }

  /** Is the unit on the roster of the group, or does the group list no roster? */
  boolean onRoster(int group, String unitId) {
    return rosters.get(group).isEmpty() || rosters.get(group).contains(unitId);
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
