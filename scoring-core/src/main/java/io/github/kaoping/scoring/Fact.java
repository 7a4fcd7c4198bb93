package io.github.kaoping.scoring;

import java.util.Optional;

/**
 * One thing observed about one unit in one period. Each kind of fact feeds one kind of rule: see
 * the implementing types.
 */
public sealed interface Fact
    permits Occurrence,
        Measurement,
        Assessment,
        AssessedLevel,
        Check,
        RaterScores,
        NotApplicable,
        VetoEvent {

  /** {@return the id of the node (or, for a {@link VetoEvent}, the veto) the fact is about} */
  String target();

  /** {@return who recorded the fact, if known} */
  Optional<Provenance> provenance();

  /** {@return a short description for explanation lines, such as {@code occurrence o-17}} */
  String label();

  /**
   * Calls the visitor's method for this kind of fact.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of fact, so that code handling every kind is found by the compiler when a
   * kind is added.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits an {@link Occurrence}.
     *
     * @param fact the occurrence
     * @return the visitor's result
     */
    R occurrence(Occurrence fact);

    /**
     * Visits a {@link Measurement}.
     *
     * @param fact the measurement
     * @return the visitor's result
     */
    R measurement(Measurement fact);

    /**
     * Visits an {@link Assessment}.
     *
     * @param fact the assessment
     * @return the visitor's result
     */
    R assessment(Assessment fact);

    /**
     * Visits an {@link AssessedLevel}.
     *
     * @param fact the assessed level
     * @return the visitor's result
     */
    R assessedLevel(AssessedLevel fact);

    /**
     * Visits a {@link Check}.
     *
     * @param fact the check
     * @return the visitor's result
     */
    R check(Check fact);

    /**
     * Visits {@link RaterScores}.
     *
     * @param fact the raters' scores
     * @return the visitor's result
     */
    R raterScores(RaterScores fact);

    /**
     * Visits a {@link NotApplicable} mark.
     *
     * @param fact the mark
     * @return the visitor's result
     */
    R notApplicable(NotApplicable fact);

    /**
     * Visits a {@link VetoEvent}.
     *
     * @param fact the veto event
     * @return the visitor's result
     */
    R vetoEvent(VetoEvent fact);
  }
}
