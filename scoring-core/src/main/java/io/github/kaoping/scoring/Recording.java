package io.github.kaoping.scoring;

/**
 * How an office records a unit's checks: every one, met or not, or only the failures.
 *
 * <p>Offices register failings as they happen and deductions at year end (岳阳 三(二) "登录在册"), not the
 * dozens of criteria a unit met. {@link #FAILURES_ONLY} lets the facts say so once instead of
 * writing every met check; the score card then lists what was taken ({@link
 * ScoreCard#unrecorded()}). Never a silent default: {@link #EVERY_CHECK} is the default, and under
 * it an unrecorded check is a problem.
 */
public enum Recording {
  /** Every check is recorded, met or not; an unrecorded check is a problem. The default. */
  EVERY_CHECK,
  /**
   * Only failures are recorded: an unrecorded criterion, checklist element or prerequisite is taken
   * as met, and an item scored by occurrences with none recorded as having none (as it is under
   * either policy). Measured values, assessments, levels and rater scores are never taken: they are
   * still required.
   */
  FAILURES_ONLY
}
