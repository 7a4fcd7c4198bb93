package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one of a unit's past grades stands on the assessment date, before the assessment decides
 * anything (hubei 第十条五(三), 第十一条).
 *
 * @param gradeId the grade
 * @param certified the date of its first certificate: the day it was obtained
 * @param renewed the date of the certificate of its last passed review (复查合格证书), if any
 * @param validThrough the last day its current certificate covers: three years from the
 *     certificate's date, less a day
 * @param state whether it is held on the date, and why (not)
 * @param lapsesOn the first day it is no longer held: for a grade that lapsed or failed its review,
 *     the day that happened; for a grade held without a review applied for, 1 January after the
 *     year its certificate runs out, when it lapses unless a review is applied for that year; empty
 *     while a review is undecided
 */
public record GradeStatus(
    String gradeId,
    LocalDate certified,
    Optional<LocalDate> renewed,
    LocalDate validThrough,
    State state,
    Optional<LocalDate> lapsesOn) {

  /**
   * Validates the record.
   *
   * @param gradeId the grade
   * @param certified the date of its first certificate: the day it was obtained
   * @param renewed the date of the certificate of its last passed review (复查合格证书), if any
   * @param validThrough the last day its current certificate covers: three years from the
   *     certificate's date, less a day
   * @param state whether it is held on the date, and why (not)
   * @param lapsesOn the first day it is no longer held: for a grade that lapsed or failed its
   *     review, the day that happened; for a grade held without a review applied for, 1 January
   *     after the year its certificate runs out, when it lapses unless a review is applied for that
   *     year; empty while a review is undecided
   */
  public GradeStatus {
    requireNonNull(gradeId, "gradeId");
    requireNonNull(certified, "certified");
    requireNonNull(renewed, "renewed");
    requireNonNull(validThrough, "validThrough");
    requireNonNull(state, "state");
    requireNonNull(lapsesOn, "lapsesOn");
  }

  /**
   * Does the unit hold the grade on the date?
   *
   * @return true while its certificate is valid, a review is due or a review is undecided
   */
  public boolean isHeld() {
    return state.held;
  }

  /** Where a past grade stands. */
  public enum State {
    /** Its certificate covers the date (有效). */
    VALID(true),
    /**
     * Its certificate has run out this year and no review has been applied for yet: it is held, and
     * lapses at the year's end unless one is (第十一条 "应在有效期满的当年提出复查申请").
     */
    REVIEW_DUE(true),
    /** Its certificate has run out and a review applied for in time is not yet decided (复查中). */
    UNDER_REVIEW(true),
    /** No review was applied for in the year its certificate ran out (失效, 第十一条 "自动失效"). */
    LAPSED(false),
    /** Its review failed, and its certificate has run out. */
    REVIEW_FAILED(false);

    private final boolean held;

    State(boolean held) {
      this.held = held;
    }
  }
}
