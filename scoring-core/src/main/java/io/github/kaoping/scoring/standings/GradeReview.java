package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A past review (复查) of a grade: when it was applied for, and whether it passed, failed or is still
 * undecided (hubei 第十一条 "应在有效期满的当年提出复查申请……复查合格的,颁发复查合格证书"). A passed review gives a new
 * certificate, whose date the grade's validity then runs from.
 *
 * @param applied the day the review was applied for
 * @param result passed, failed or pending
 * @param decided for a passed review the date of its certificate (复查合格证书), for a failed one the day
 *     it failed; empty while pending
 */
public record GradeReview(LocalDate applied, Result result, Optional<LocalDate> decided) {

  /**
   * Validates the review.
   *
   * @param applied the day the review was applied for
   * @param result passed, failed or pending
   * @param decided for a passed review the date of its certificate (复查合格证书), for a failed one the
   *     day it failed; empty while pending
   * @throws IllegalArgumentException if a pending review has a decision date or a decided one has
   *     none
   */
  public GradeReview {
    requireNonNull(applied, "applied");
    requireNonNull(result, "result");
    requireNonNull(decided, "decided");
    if ((result == Result.PENDING) == decided.isPresent()) {
      throw new IllegalArgumentException(
          result == Result.PENDING
              ? "a pending review has no decision date"
              : "a " + result.name().toLowerCase(java.util.Locale.ROOT) + " review needs its date");
    }
  }

  /**
   * A review applied for and not yet decided.
   *
   * @param applied the day it was applied for
   * @return the review
   */
  public static GradeReview pending(LocalDate applied) {
    return new GradeReview(applied, Result.PENDING, Optional.empty());
  }

  /**
   * A review passed (复查合格), with the date of the certificate it gave.
   *
   * @param applied the day it was applied for
   * @param certified the date of the 复查合格证书
   * @return the review
   */
  public static GradeReview passed(LocalDate applied, LocalDate certified) {
    return new GradeReview(applied, Result.PASSED, Optional.of(certified));
  }

  /**
   * A review failed.
   *
   * @param applied the day it was applied for
   * @param failed the day it failed
   * @return the review
   */
  public static GradeReview failed(LocalDate applied, LocalDate failed) {
    return new GradeReview(applied, Result.FAILED, Optional.of(failed));
  }

  /** How a review ended. */
  public enum Result {
    /** Applied for, not yet decided. */
    PENDING,
    /** Passed: a new certificate renews the grade (复查合格). */
    PASSED,
    /** Failed: the grade is not renewed. */
    FAILED
  }
}
