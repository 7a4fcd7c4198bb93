package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link io.github.kaoping.scoring.Grading} decided on one assessment date.
 *
 * @param outcomeId the grading's id
 * @param title its title
 * @param clause its clause
 * @param date the assessment date
 * @param decisions one per unit, by unit id
 */
public record GradingResult(
    String outcomeId,
    String title,
    Optional<String> clause,
    LocalDate date,
    List<GradeDecision> decisions) {

  /**
   * Validates the record.
   *
   * @param outcomeId the grading's id
   * @param title its title
   * @param clause its clause
   * @param date the assessment date
   * @param decisions one per unit, by unit id
   */
  public GradingResult {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(date, "date");
    decisions = List.copyOf(decisions);
  }

  /**
   * Returns one unit's decision.
   *
   * @param unitId the unit
   * @return its decision
   * @throws IllegalArgumentException if no case of that unit was graded
   */
  public GradeDecision decision(String unitId) {
    return Tables.find(decisions, GradeDecision::unitId, unitId, outcomeId);
  }
}
