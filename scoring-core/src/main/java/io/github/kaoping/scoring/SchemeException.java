package io.github.kaoping.scoring;

import java.util.List;

/** Thrown when a scheme is invalid; lists every problem with its node path. */
public final class SchemeException extends ScoringException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param schemeId the scheme
   * @param problems every problem found, not empty
   */
  public SchemeException(String schemeId, List<Problem> problems) {
    super("scheme " + schemeId + " is invalid", problems);
  }
}
