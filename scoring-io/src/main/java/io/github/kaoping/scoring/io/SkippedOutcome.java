package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.standings.Language;
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
    NO_PREVIOUS_PERIOD(
        "it ranks improvement on last period, whose facts were not given",
        "按上期得分评进步，未提供上期事实（--previous）"),
    /**
     * A grading needs each unit's application, prerequisites and past grades and an assessment
     * date, and no unit's facts give them (a CSV file cannot); {@link
     * io.github.kaoping.scoring.standings.Standings#grade} decides it in code.
     */
    GRADING(
        "no unit gives its grading (application, prerequisites, past grades); give them under"
            + " 'grading' in a YAML or JSON facts file, with 'gradedOn'",
        "没有单位给出等级评定所需的申请、前提条件和以往等级；请在 YAML 或 JSON 事实文件的 grading 下给出，" + "并给出 gradedOn");

    private final String text;
    private final String chinese;

    Reason(String text, String chinese) {
      this.text = text;
      this.chinese = chinese;
    }

    /** {@return the reason in words} */
    public String text() {
      return text;
    }
  }

  /**
   * The outcome by title and clause, and why it is not decided, for people.
   *
   * @param language the language to write in
   * @return the description
   */
  public String describe(Language language) {
    if (language == Language.CHINESE) {
      return title + clause.map(c -> "〔" + c + "〕").orElse("") + "未评定：" + reason.chinese;
    }
    return title + clause.map(c -> " [" + c + "]").orElse("") + " not decided: " + reason.text;
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
