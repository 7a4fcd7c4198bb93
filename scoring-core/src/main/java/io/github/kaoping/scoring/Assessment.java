package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Points the evaluator gave (or deducted, for a discretionary deduction) under a {@link
 * Rule.Assessed} rule; a magnitude within the rule's range.
 *
 * @param nodeId the node
 * @param points the points, within the rule's range
 * @param provenance who recorded it
 */
public record Assessment(String nodeId, Points points, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param points the points, within the rule's range
   * @param provenance who recorded it
   */
  public Assessment {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(points, "points");
    requireNonNull(provenance, "provenance");
  }

  /**
   * An assessment parsed from a decimal such as {@code "3.5"}.
   *
   * @param nodeId the node
   * @param points the points, a plain decimal within the rule's range
   * @return the fact, without provenance
   */
  public static Assessment of(String nodeId, String points) {
    return new Assessment(nodeId, Points.parse(points), Optional.empty());
  }

  /**
   * Returns this fact recorded by someone.
   *
   * @param provenance who recorded it
   * @return a copy of this fact with that provenance
   */
  public Assessment recordedBy(Provenance provenance) {
    return new Assessment(nodeId, points, Optional.of(provenance));
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return "assessed " + points;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.assessment(this);
  }
}
