package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * What a grading decided for one unit on the assessment date. A grade granted or renewed is valid
 * for the grading's years from the date of the certificate the approving office then issues (hubei
 * 第十条五(三) "证牌(证书)……有效期为三年"), not from the assessment; record that certificate in next year's
 * history.
 *
 * @param unitId the unit
 * @param group its group
 * @param application what it applied for, if anything
 * @param score its score, if it was scored
 * @param heldBefore the highest grade it held on the assessment date before this assessment
 * @param granted the grade this assessment grants (the grade applied for, if every condition is
 *     met) or renews (the grade reviewed, if the review passed)
 * @param heldAfter the highest grade it holds on the assessment date after this assessment
 * @param checks without an application none; with one, every grade of the grading, lowest first,
 *     with the conditions missed: the grade applied for as decided, the others as if applied for on
 *     the same day
 * @param history the unit's past grades, as they stand on the assessment date before this
 *     assessment
 */
public record GradeDecision(
    String unitId,
    String group,
    Optional<GradeApplication> application,
    Optional<Points> score,
    Optional<String> heldBefore,
    Optional<String> granted,
    Optional<String> heldAfter,
    List<GradeCheck> checks,
    List<GradeStatus> history) {

  /**
   * Validates the record.
   *
   * @param unitId the unit
   * @param group its group
   * @param application what it applied for, if anything
   * @param score its score, if it was scored
   * @param heldBefore the highest grade it held on the assessment date before this assessment
   * @param granted the grade this assessment grants (the grade applied for, if every condition is
   *     met) or renews (the grade reviewed, if the review passed)
   * @param heldAfter the highest grade it holds on the assessment date after this assessment
   * @param checks without an application none; with one, every grade of the grading, lowest first,
   *     with the conditions missed: the grade applied for as decided, the others as if applied for
   *     on the same day
   * @param history the unit's past grades, as they stand on the assessment date before this
   *     assessment
   */
  public GradeDecision {
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(application, "application");
    requireNonNull(score, "score");
    requireNonNull(heldBefore, "heldBefore");
    requireNonNull(granted, "granted");
    requireNonNull(heldAfter, "heldAfter");
    checks = List.copyOf(checks);
    history = List.copyOf(history);
  }

  /**
   * Returns the check of one grade.
   *
   * @param gradeId the grade
   * @return its check
   * @throws IllegalArgumentException if the grading has no such grade, or the unit applied for
   *     nothing
   */
  public GradeCheck check(String gradeId) {
    return Tables.find(checks, GradeCheck::gradeId, gradeId, unitId);
  }

  /**
   * What the assessment decided, in one word.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    if (application.isEmpty()) {
      return Verdict.NOT_APPLIED;
    }
    if (application.get().isReview()) {
      return granted.isPresent() ? Verdict.RENEWED : Verdict.NOT_RENEWED;
    }
    return granted.isPresent() ? Verdict.GRANTED : Verdict.NOT_GRANTED;
  }

  /** What an assessment decided. */
  public enum Verdict {
    /** The grade applied for is granted. */
    GRANTED,
    /** The grade applied for is not granted. */
    NOT_GRANTED,
    /** The review passed: the grade is renewed (复查合格). */
    RENEWED,
    /** The review did not pass, or could not be held: the grade is not renewed. */
    NOT_RENEWED,
    /** The unit applied for nothing: only where its grades stand is reported. */
    NOT_APPLIED
  }
}
