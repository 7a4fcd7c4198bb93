package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One grade of a {@link Grading}, such as hubei's 省一级.
 *
 * @param id the grade's id
 * @param title its name
 * @param clause the clause that defines it
 * @param scores the scores that reach it; empty if it is decided by review (省特级)
 * @param requires the grade that must be held first, if any ("取得省二级...等级证书一年后...可申报上一等级")
 * @param heldYears how many years the required grade must have been held
 */
public record Grade(
    String id,
    String title,
    Optional<String> clause,
    Optional<Interval> scores,
    Optional<String> requires,
    int heldYears) {

  /**
   * Validates the grade.
   *
   * @param id the grade's id
   * @param title its name
   * @param clause the clause that defines it
   * @param scores the scores that reach it; empty if it is decided by review (省特级)
   * @param requires the grade that must be held first, if any ("取得省二级...等级证书一年后...可申报上一等级")
   * @param heldYears how many years the required grade must have been held
   * @throws IllegalArgumentException if {@code heldYears} is negative
   */
  public Grade {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(scores, "scores");
    requireNonNull(requires, "requires");
    if (heldYears < 0) {
      throw new IllegalArgumentException("held years cannot be negative");
    }
  }
}
