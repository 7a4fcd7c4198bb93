package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.ScoringException;
import java.util.List;

/**
 * Thrown when score cards, grading cases or a what-if change cannot be put into standings: cards of
 * another scheme, a unit twice, cards of several periods, a node missing from last period's card.
 * Lists every problem; no partial standings are returned.
 */
public final class StandingsException extends ScoringException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what could not be done
   * @param problems every problem found, not empty
   */
  public StandingsException(String what, List<Problem> problems) {
    super(what, problems);
  }
}
