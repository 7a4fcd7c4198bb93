package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether a unit meets one grade on the assessment date, and every condition it misses.
 *
 * @param gradeId the grade
 * @param unmet the conditions missed; empty if the grade is met
 */
public record GradeCheck(String gradeId, List<Unmet> unmet) {

  /** Validates the record. */
  public GradeCheck {
    requireNonNull(gradeId, "gradeId");
    unmet = List.copyOf(unmet);
  }

  /** Does the unit meet every condition of the grade? */
  public boolean isMet() {
    return unmet.isEmpty();
  }

  /**
   * One missed condition.
   *
   * @param reason which condition
   * @param detail what was found, such as {@code "score 89 is not in [90, +∞)"}
   */
  public record Unmet(Reason reason, String detail) {
    /** Validates the record. */
    public Unmet {
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
      return reason + ": " + detail;
    }
  }

  /** The conditions of a grade. */
  public enum Reason {
    /** A veto bars the unit from grades. */
    DISQUALIFIED,
    /** A prerequisite (hubei 第五条) does not hold. */
    PREREQUISITE,
    /** The grade is reached by score, and the case has none. */
    NO_SCORE,
    /** The score is outside the grade's scores (hubei 第七条 "省一级达标分数线为90分"). */
    SCORE,
    /** The grade is decided by review, and the panel did not grant it. */
    NOT_GRANTED_BY_REVIEW,
    /** The grade it requires is not held on the assessment date (hubei 第三条 "逐级晋升"). */
    REQUIRED_GRADE_NOT_HELD,
    /** The required grade has not been held long enough (hubei 第三条 "取得...等级证书一年后"). */
    REQUIRED_GRADE_HELD_TOO_SHORT
  }
}
