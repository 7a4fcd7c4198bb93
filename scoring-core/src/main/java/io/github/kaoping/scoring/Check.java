package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Whether something required was met: a node's own criterion ({@link Rule.Criterion}, empty key),
 * an element of its checklist ({@link Rule.Checklist}, the element's id) or a prerequisite gate
 * ({@link Gate.Prerequisite}, the gate's id).
 *
 * @param nodeId the node
 * @param key the element or gate checked; empty for the node's own criterion
 * @param met whether it was met
 * @param provenance who recorded it
 */
public record Check(String nodeId, String key, boolean met, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param key the element or gate checked; empty for the node's own criterion
   * @param met whether it was met
   * @param provenance who recorded it
   */
  public Check {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(key, "key");
    requireNonNull(provenance, "provenance");
  }

  /**
   * A node's own criterion, met or not.
   *
   * @param nodeId the node
   * @param met whether it was met
   * @return the fact, without provenance
   */
  public static Check of(String nodeId, boolean met) {
    return new Check(nodeId, "", met, Optional.empty());
  }

  /**
   * A checklist element or prerequisite of a node, met or not.
   *
   * @param nodeId the node
   * @param key the id of the checklist element or prerequisite checked
   * @param met whether it was met
   * @return the fact, without provenance
   */
  public static Check of(String nodeId, String key, boolean met) {
    return new Check(nodeId, key, met, Optional.empty());
  }

  /**
   * Returns this fact recorded by someone.
   *
   * @param provenance who recorded it
   * @return a copy of this fact with that provenance
   */
  public Check recordedBy(Provenance provenance) {
    return new Check(nodeId, key, met, Optional.of(provenance));
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return (key.isEmpty() ? "criterion" : "'" + key + "'") + (met ? " met" : " not met");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.check(this);
  }
}
