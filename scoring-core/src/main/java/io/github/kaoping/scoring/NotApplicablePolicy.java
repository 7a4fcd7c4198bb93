package io.github.kaoping.scoring;

/**
 * How a scheme counts an item outside a unit's duties, which the facts mark not applicable.
 *
 * <p>Never a silent zero: a scheme that says nothing rejects such marks.
 */
public enum NotApplicablePolicy {
  /** Not-applicable marks are an error: every item applies to every unit of its groups. */
  REJECT,
  /** The item counts at full marks. */
  FULL_MARKS,
  /**
   * The item is left out and the scored part of the total is rescaled from the applicable maximum
   * to the scheme's maximum (rounded once with the scheme's rounding).
   */
  RESCALE
}
