package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An outcome of the scheme that the results do not decide, and why: an improvement without last
 * period's facts, or a grading whose inputs the facts do not give.
 *
 * @param outcomeId the outcome's id
 * @param title its title
 * @param clause its clause
 * @param reason why it is not decided
 */
public record SkippedOutcome(
    String outcomeId, String title, Optional<String> clause, Reason reason) {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome's id
   * @param title its title
   * @param clause its clause
   * @param reason why it is not decided
   */
  public SkippedOutcome {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(reason, "reason");
  }

  /** Why an outcome is not decided. */
  public enum Reason {
    /**
     * An improvement ranks this period against the last, and last period's facts were not given.
     */
    NO_PREVIOUS_PERIOD("it ranks improvement on last period, whose facts were not given"),
    /**
     * A grading needs each unit's application, prerequisites and past grades and an assessment
     * date, and no unit's facts give them (a CSV file cannot); {@link
     * io.github.kaoping.scoring.standings.Standings#grade} decides it in code.
     */
    GRADING(
        "no unit gives its grading (application, prerequisites, past grades); give them under"
            + " 'grading' in a YAML or JSON facts file, with 'gradedOn'");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** {@return the reason in words} */
    public String text() {
      return text;
    }
  }

  @Override
  public String toString() {
    return outcomeId
        + " "
        + title
        + clause.map(c -> " [" + c + "]").orElse("")
        + " not decided: "
        + reason.text();
  }
}
