package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * Positions of an award that a tie across its cut left without a holder: dazhou 四(一) "评选先进县2名" with
 * three counties tied first gives no 先进 when the tie is settled at its lowest position. The award
 * is left to the office whenever the tied units lose it (a tie settled at its lowest position, from
 * the top) or the tie holds every position the award has, so that nobody holds it.
 *
 * @param outcomeId the outcome
 * @param group the group ranked
 * @param award the award's label
 * @param end the end positions count from
 * @param from the first of the award's positions the tie holds
 * @param to the last of them
 * @param unitIds the tied units, by unit id
 * @param value the value they share
 * @param tieFrom the first position the tie occupies
 * @param tieTo the last position it occupies
 * @param settled what the tied units received instead; empty if nothing
 * @param text what the office must decide, in words
 */
public record AwardUnfilledByTie(
    String outcomeId,
    String group,
    String award,
    Award.End end,
    int from,
    int to,
    List<String> unitIds,
    Points value,
    int tieFrom,
    int tieTo,
    Optional<String> settled,
    String text)
    implements OfficeDecision {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome
   * @param group the group ranked
   * @param award the award's label
   * @param end the end positions count from
   * @param from the first of the award's positions the tie holds
   * @param to the last of them
   * @param unitIds the tied units, by unit id
   * @param value the value they share
   * @param tieFrom the first position the tie occupies
   * @param tieTo the last position it occupies
   * @param settled what the tied units received instead; empty if nothing
   * @param text what the office must decide, in words
   * @throws IllegalArgumentException unless {@code 1 <= from <= to} and {@code 1 <= tieFrom <=
   *     tieTo}
   */
  public AwardUnfilledByTie {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(group, "group");
    requireNonNull(award, "award");
    requireNonNull(end, "end");
    unitIds = List.copyOf(unitIds);
    requireNonNull(value, "value");
    requireNonNull(settled, "settled");
    requireNonNull(text, "text");
    if (from < 1 || to < from || tieFrom < 1 || tieTo < tieFrom) {
      throw new IllegalArgumentException(
          "positions must be 1 <= from <= to, was "
              + from
              + ".."
              + to
              + " and "
              + tieFrom
              + ".."
              + tieTo);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
