package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What a unit applied for, and when: a grade it does not hold (申报, hubei 第三条 "自愿申报、逐级晋升", 第十条一
 * "年初向同级档案局提出考评申报"), or the review (复查) of a grade it holds, which is applied for in the year the
 * grade's certificate runs out (第十一条 "应在有效期满的当年提出复查申请").
 *
 * <p>A grading decides the application and nothing else: a unit is never granted a grade it did not
 * apply for, and a grade it holds is renewed only by a review.
 *
 * @param kind a grade or a review
 * @param gradeId the grade applied for, or the grade to be reviewed
 * @param applied the day of the application
 */
public record GradeApplication(Kind kind, String gradeId, LocalDate applied) {

  /**
   * Validates the application.
   *
   * @param kind a grade or a review
   * @param gradeId the grade applied for, or the grade to be reviewed
   * @param applied the day of the application
   */
  public GradeApplication {
    requireNonNull(kind, "kind");
    requireNonNull(gradeId, "gradeId");
    requireNonNull(applied, "applied");
  }

  /**
   * An application for a grade (申报).
   *
   * @param gradeId the grade applied for
   * @param applied the day of the application
   * @return the application
   */
  public static GradeApplication forGrade(String gradeId, LocalDate applied) {
    return new GradeApplication(Kind.GRADE, gradeId, applied);
  }

  /**
   * An application for the review (复查) of a grade held.
   *
   * @param gradeId the grade to be reviewed
   * @param applied the day of the application
   * @return the application
   */
  public static GradeApplication forReview(String gradeId, LocalDate applied) {
    return new GradeApplication(Kind.REVIEW, gradeId, applied);
  }

  /**
   * Is this the review of a grade held?
   *
   * @return whether it is a review (复查), not an application for a grade (申报)
   */
  public boolean isReview() {
    return kind == Kind.REVIEW;
  }

  /** What was applied for. */
  public enum Kind {
    /** A grade the unit does not hold (申报): its first grade, or the next one up (晋升). */
    GRADE,
    /** The review (复查) that renews a grade the unit holds. */
    REVIEW
  }
}
