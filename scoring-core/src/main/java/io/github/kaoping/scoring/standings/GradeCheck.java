package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a unit meets one grade, and every condition it misses: for the grade applied for, as the
 * grading decides it; for the others, as if the unit had applied for them on the same day.
 *
 * @param gradeId the grade
 * @param unmet the conditions missed; empty if the grade is met
 */
public record GradeCheck(String gradeId, List<Unmet> unmet) {

  /**
   * Validates the record.
   *
   * @param gradeId the grade
   * @param unmet the conditions missed; empty if the grade is met
   */
  public GradeCheck {
    requireNonNull(gradeId, "gradeId");
    unmet = List.copyOf(unmet);
  }

  /**
   * Does the unit meet every condition of the grade?
   *
   * @return whether nothing is missed
   */
  public boolean isMet() {
    return unmet.isEmpty();
  }

  /**
   * One missed condition, with what it is about so that it can be said in any language.
   *
   * @param reason which condition
   * @param subject the prerequisite or grade it is about, as {@link Reason} says for each reason
   * @param date the day that decides it, as {@link Reason} says for each reason
   * @param detail what was found, in English, such as {@code "score 89 is not in [90, +∞)"}
   */
  public record Unmet(
      Reason reason, Optional<String> subject, Optional<LocalDate> date, String detail) {
    /**
     * Validates the record.
     *
     * @param reason which condition
     * @param subject the prerequisite or grade it is about, as {@link Reason} says for each reason
     * @param date the day that decides it, as {@link Reason} says for each reason
     * @param detail what was found, in English, such as {@code "score 89 is not in [90, +∞)"}
     */
    public Unmet {
      requireNonNull(reason, "reason");
      requireNonNull(subject, "subject");
      requireNonNull(date, "date");
      requireNonNull(detail, "detail");
    }

    /**
     * A missed condition about nothing more than its reason.
     *
     * @param reason which condition
     * @param detail what was found
     * @return the condition
     */
    public static Unmet of(Reason reason, String detail) {
      return new Unmet(reason, Optional.empty(), Optional.empty(), detail);
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
    /** A prerequisite (hubei 第五条) does not hold; the subject is the prerequisite's id. */
    PREREQUISITE,
    /** The grade is reached by score, and the case has none. */
    NO_SCORE,
    /** The score is outside the grade's scores (hubei 第七条 "省一级达标分数线为90分"). */
    SCORE,
    /** The grade is decided by review, and the panel did not grant it. */
    NOT_GRANTED_BY_REVIEW,
    /**
     * The grade it requires, or a higher one, was not held on the day of the application (hubei 第三条
     * "逐级晋升"); the subject is the required grade, the date the application's.
     */
    REQUIRED_GRADE_NOT_HELD,
    /**
     * The required grade had not been held long enough on the day of the application (hubei 第三条
     * "取得…等级证书一年后…可申报上一等级"); the subject is the required grade, the date its certificate's.
     */
    REQUIRED_GRADE_HELD_TOO_SHORT,
    /**
     * The unit holds this grade or a higher one: a grade held is renewed by a review, not granted
     * again; the subject is the grade held, the date its certificate's.
     */
    ALREADY_HELD,
    /**
     * A review renews a grade held, and the unit does not hold this one; the subject is the grade,
     * the date the day it lapsed or ended, if it was held before.
     */
    NOT_HELD_FOR_REVIEW,
    /**
     * The review was not applied for in the year the grade's certificate runs out (hubei 第十一条
     * "应在有效期满的当年提出复查申请"); the subject is the grade, the date the last day its certificate covers.
     */
    REVIEW_NOT_DUE
  }
}
