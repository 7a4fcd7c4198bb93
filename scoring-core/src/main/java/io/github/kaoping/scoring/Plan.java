package io.github.kaoping.scoring;

import java.util.List;
import java.util.Map;

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
