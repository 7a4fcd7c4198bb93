package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A node's points for one unit, with the lines that explain them.
 *
 * @param nodeId the node
 * @param title its title
 * @param clause its clause
 * @param maximum its full marks
 * @param role its role
 * @param points its points, the exact sum of {@code lines}
 * @param notApplicable whether the facts marked it outside the unit's duties
 * @param lines the explanation
 */
public record NodeScore(
    String nodeId,
    String title,
    Optional<String> clause,
    Optional<Points> maximum,
    Role role,
    Points points,
    boolean notApplicable,
    List<Line> lines) {

  /** Validates the score. */
  public NodeScore {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(maximum, "maximum");
    requireNonNull(role, "role");
    requireNonNull(points, "points");
    lines = List.copyOf(lines);
  }
}
