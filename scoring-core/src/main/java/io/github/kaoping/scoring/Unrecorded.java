package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

/**
 * What {@link Recording#FAILURES_ONLY} took for something a unit's facts did not record.
 *
 * @param nodeId the node
 * @param key the checklist element or prerequisite taken as met; empty for the node's own
 *     criterion, and for an item taken as having no occurrences
 * @param taken what was taken
 */
public record Unrecorded(String nodeId, String key, Taken taken) {

  /** What was taken for an unrecorded fact. */
  public enum Taken {
    /** A criterion, checklist element or prerequisite taken as met. */
    MET,
    /** An item scored by occurrences taken as having none: a count of zero. */
    ZERO
  }

  /**
   * Validates the record.
   *
   * @param nodeId the node
   * @param key the element or prerequisite taken as met; empty for the node's own criterion, and
   *     for an item taken as having no occurrences
   * @param taken what was taken
   * @throws NullPointerException if an argument is null
   */
  public Unrecorded {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(key, "key");
    requireNonNull(taken, "taken");
  }

  /**
   * The node id, and the key after a colon if there is one: {@code s1.1:plan}, {@code s8.4}.
   *
   * @return the reference
   */
  public String ref() {
    return key.isEmpty() ? nodeId : nodeId + ":" + key;
  }
}
