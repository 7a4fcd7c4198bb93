package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Award;

/**
 * An award whose number of places is a {@link io.github.kaoping.scoring.Parameter} the office has
 * not set: changzhou 六 "评选年度综合优胜奖" names no number of winners. The units are ranked as usual;
 * nobody holds the award until the office sets the number.
 *
 * @param outcomeId the outcome
 * @param group the group ranked
 * @param award the award's label
 * @param end the end positions count from
 * @param from the award's first position
 * @param parameterId the parameter that sets its number of places
 * @param text what the office must decide, and how to set it, in words
 */
public record AwardPlacesNotSet(
    String outcomeId,
    String group,
    String award,
    Award.End end,
    int from,
    String parameterId,
    String text)
    implements OfficeDecision {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome
   * @param group the group ranked
   * @param award the award's label
   * @param end the end positions count from
   * @param from the award's first position
   * @param parameterId the parameter that sets its number of places
   * @param text what the office must decide, and how to set it, in words
   * @throws IllegalArgumentException if {@code from} is below 1
   */
  public AwardPlacesNotSet {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(group, "group");
    requireNonNull(award, "award");
    requireNonNull(end, "end");
    requireNonNull(parameterId, "parameterId");
    requireNonNull(text, "text");
    if (from < 1) {
      throw new IllegalArgumentException("positions start at 1, was " + from);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
