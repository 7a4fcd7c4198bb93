package io.github.kaoping.scoring;

import io.github.kaoping.scoring.standings.StandingsException;
import java.util.List;

/**
 * Thrown when a scheme, a unit's facts, or the cards and cases given to the standings are wrong. It
 * lists every problem found, not only the first, and no partial result is ever returned alongside
 * it.
 */
public abstract sealed class ScoringException extends RuntimeException
    permits SchemeException, FactsException, StandingsException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in a stable order; the records are not serializable. */
  @SuppressWarnings("serial") // problems are immutable records; serialisation is not supported
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what could not be done
   * @param problems every problem found, not empty
   */
  protected ScoringException(String what, List<Problem> problems) {
    super(describe(what, problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in a stable order} */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String what, List<Problem> problems) {
    StringBuilder s = new StringBuilder(what).append(" (").append(problems.size());
    s.append(problems.size() == 1 ? " problem)" : " problems)");
    for (Problem p : problems) {
      s.append("\n  ").append(p); // the same message on every platform
    }
    return s.toString();
  }
}
