package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a grading decided for one unit on the assessment date.
 *
 * @param unitId the unit
 * @param group its group
 * @param heldBefore the highest grade valid on the assessment date before this assessment
 * @param granted the grade this assessment grants: the grade applied for if it is met, otherwise
 *     (without an application) the highest grade met
 * @param grantedUntil the first day the granted grade is no longer valid unless reviewed
 * @param checks every grade of the grading, lowest first, with the conditions missed
 * @param history the unit's past grades, as they stand on the assessment date
 */
public record GradeDecision(
    String unitId,
    String group,
    Optional<String> heldBefore,
    Optional<String> granted,
    Optional<LocalDate> grantedUntil,
    List<GradeCheck> checks,
    List<GradeStatus> history) {

  /** Validates the record. */
  public GradeDecision {
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(heldBefore, "heldBefore");
    requireNonNull(granted, "granted");
    requireNonNull(grantedUntil, "grantedUntil");
    checks = List.copyOf(checks);
    history = List.copyOf(history);
  }

  /**
   * Returns the check of one grade.
   *
   * @param gradeId the grade
   * @return its check
   * @throws IllegalArgumentException if the grading has no such grade
   */
  public GradeCheck check(String gradeId) {
    return Tables.find(checks, GradeCheck::gradeId, gradeId, unitId);
  }
}
