package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * Units tied (after every tie-breaker) across an award cut, and how the ranking's {@link CutTies}
 * policy settled it: units tied at positions 3 and 4 when 二等奖 ends at 3.
 *
 * @param end which end the positions count from
 * @param unitIds the tied units, by unit id
 * @param value the value they share
 * @param from the first position they occupy, counted from {@code end}
 * @param to the last position they occupy, counted from {@code end}
 * @param spans the awards those positions carry, in position order from {@code from}
 * @param policy the policy that settled the tie
 * @param settled the award every tied unit was given (if eligible and not disqualified); empty if
 *     none
 */
public record CutTie(
    Award.End end,
    List<String> unitIds,
    Points value,
    int from,
    int to,
    List<Span> spans,
    CutTies policy,
    Optional<String> settled) {

  /** Validates the record. */
  public CutTie {
    requireNonNull(end, "end");
    unitIds = List.copyOf(unitIds);
    requireNonNull(value, "value");
    spans = List.copyOf(spans);
    requireNonNull(policy, "policy");
    requireNonNull(settled, "settled");
  }

  @Override
  public String toString() {
    return String.join(", ", unitIds)
        + " tied at "
        + value
        + " on "
        + (end == Award.End.BOTTOM ? "bottom " : "")
        + "positions "
        + from
        + "-"
        + to
        + " "
        + spans
        + ", settled "
        + policy
        + ": "
        + settled.orElse("(none)");
  }
}
