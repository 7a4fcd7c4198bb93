package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The level the evaluator assessed under a {@link Rule.Levels} rule.
 *
 * @param nodeId the node
 * @param level the level's key
 * @param provenance who recorded it
 */
public record AssessedLevel(String nodeId, String level, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param level the level's key
   * @param provenance who recorded it
   */
  public AssessedLevel {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(level, "level");
    requireNonNull(provenance, "provenance");
  }

  /**
   * An assessed level.
   *
   * @param nodeId the node
   * @param level the level's key
   * @return the fact, without provenance
   */
  public static AssessedLevel of(String nodeId, String level) {
    return new AssessedLevel(nodeId, level, Optional.empty());
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return "level " + level;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.assessedLevel(this);
  }
}
