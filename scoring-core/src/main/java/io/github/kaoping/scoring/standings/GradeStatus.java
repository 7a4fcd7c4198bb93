package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one of a unit's past grades stands on the assessment date.
 *
 * @param gradeId the grade
 * @param awarded the day it was awarded
 * @param lastReviewed the last passed review that renewed it, if any
 * @param lapsesOn the first day it is no longer valid: the award or last renewing review plus the
 *     grading's years of validity
 * @param valid whether it is valid on the assessment date
 */
public record GradeStatus(
    String gradeId,
    LocalDate awarded,
    Optional<LocalDate> lastReviewed,
    LocalDate lapsesOn,
    boolean valid) {

  /** Validates the record. */
  public GradeStatus {
    requireNonNull(gradeId, "gradeId");
    requireNonNull(awarded, "awarded");
    requireNonNull(lastReviewed, "lastReviewed");
    requireNonNull(lapsesOn, "lapsesOn");
  }
}
