package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Marks an item outside the unit's duties; the scheme's {@link NotApplicablePolicy} says how it
 * counts.
 *
 * @param nodeId the node
 * @param reason why it does not apply
 * @param provenance who recorded it
 */
public record NotApplicable(String nodeId, String reason, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param reason why it does not apply
   * @param provenance who recorded it
   */
  public NotApplicable {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(reason, "reason");
    requireNonNull(provenance, "provenance");
  }

  /**
   * Marks a node not applicable.
   *
   * @param nodeId the node
   * @param reason why it does not apply
   * @return the fact, without provenance
   */
  public static NotApplicable of(String nodeId, String reason) {
    return new NotApplicable(nodeId, reason, Optional.empty());
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return "not applicable: " + reason;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.notApplicable(this);
  }
}
