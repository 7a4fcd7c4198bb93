package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A node's points for one unit, without the lines that explain them: what {@link
 * ScoreCard#nodePoints()} gives for every node, and what results files keep for every unit.
 *
 * @param nodeId the node
 * @param points its points
 * @param adjustments what changed its points after its rule or children summed them; empty for most
 *     nodes
 * @param notApplicable whether the facts marked it outside the unit's duties
 */
public record NodePoints(
    String nodeId, Points points, Set<Adjustment> adjustments, boolean notApplicable) {

  /**
   * Validates the points.
   *
   * @param nodeId the node
   * @param points its points
   * @param adjustments what changed its points after its rule or children summed them; empty for
   *     most nodes
   * @param notApplicable whether the facts marked it outside the unit's duties
   * @throws NullPointerException if an argument or an adjustment is null
   */
  public NodePoints {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(points, "points");
    adjustments = copy(adjustments);
  }

  /** An unmodifiable copy that iterates in the enum's order, as files write it. */
  static Set<Adjustment> copy(Set<Adjustment> adjustments) {
    if (adjustments.isEmpty()) {
      return Set.of();
    }
    EnumSet<Adjustment> set = EnumSet.noneOf(Adjustment.class);
    for (Adjustment a : adjustments) {
      set.add(requireNonNull(a, "adjustment"));
    }
    return Collections.unmodifiableSet(set);
  }
}
