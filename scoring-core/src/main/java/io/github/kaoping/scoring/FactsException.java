package io.github.kaoping.scoring;

import java.util.List;

/** Thrown when a unit's facts do not fit the scheme; lists every problem. */
public final class FactsException extends ScoringException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param unitId the unit
   * @param problems every problem found, not empty
   */
  public FactsException(String unitId, List<Problem> problems) {
    super("facts of unit " + unitId + " cannot be scored", problems);
  }
}
