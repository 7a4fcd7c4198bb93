package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node's points for one unit, with the lines that explain them and its place in the scheme's
 * tree.
 *
 * <p>{@link ScoreCard#nodes()} lists them in the scheme's order (pre-order: a node before its
 * children), so {@code parentId} and {@code depth} rebuild the tree: the root has no parent and
 * depth 0, the scheme's sections depth 1, their items depth 2.
 *
 * @param nodeId the node
 * @param parentId its parent; empty for the root
 * @param depth its distance from the root: 0 for the root
 * @param title its title
 * @param clause its clause
 * @param maximum its full marks
 * @param role its role
 * @param points its points, the exact sum of {@code lines}
 * @param adjustments what changed its points after its rule or children summed them, each with a
 *     line of its own
 * @param notApplicable whether the facts marked it outside the unit's duties
 * @param lines the explanation
 */
public record NodeScore(
    String nodeId,
    Optional<String> parentId,
    int depth,
    String title,
    Optional<String> clause,
    Optional<Points> maximum,
    Role role,
    Points points,
    Set<Adjustment> adjustments,
    boolean notApplicable,
    List<Line> lines) {

  /**
   * Validates the score.
   *
   * @param nodeId the node
   * @param parentId its parent; empty for the root
   * @param depth its distance from the root: 0 for the root
   * @param title its title
   * @param clause its clause
   * @param maximum its full marks
   * @param role its role
   * @param points its points, the exact sum of {@code lines}
   * @param adjustments what changed its points after its rule or children summed them, each with a
   *     line of its own
   * @param notApplicable whether the facts marked it outside the unit's duties
   * @param lines the explanation
   * @throws NullPointerException if an argument, an adjustment or a line is null
   * @throws IllegalArgumentException if the depth is negative, or the root's is not 0
   */
  public NodeScore {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(parentId, "parentId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(maximum, "maximum");
    requireNonNull(role, "role");
    requireNonNull(points, "points");
    if (depth < 0 || parentId.isEmpty() != (depth == 0)) {
      throw new IllegalArgumentException(
          "node " + nodeId + ": depth 0 is the root's, which alone has no parent; was " + depth);
    }
    adjustments = NodePoints.copy(adjustments);
    lines = List.copyOf(lines);
  }

  /**
   * The node's points without its lines.
   *
   * @return the points, never null
   */
  public NodePoints toPoints() {
    return new NodePoints(nodeId, points, adjustments, notApplicable);
  }
}
