package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * Units tied (after every tie-breaker) across an award cut, and how it was settled: units tied at
 * positions 3 and 4 when 二等奖 ends at 3. From the top the ranking's {@link CutTies} policy settles
 * it; from the bottom it is always settled towards the sanction ({@link CutTies#ALL_WORSE}: the
 * tied units share the last place), so that an equal score never spares a unit a sanction.
 *
 * @param end which end the positions count from
 * @param unitIds the tied units, by unit id
 * @param value the value they share
 * @param from the first position they occupy, counted from {@code end}
 * @param to the last position they occupy, counted from {@code end}
 * @param spans the awards those positions carry, in position order from {@code from}
 * @param policy the policy that settled the tie: the ranking's from the top, {@link
 *     CutTies#ALL_WORSE} from the bottom
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

  /**
   * Validates the record.
   *
   * @param end which end the positions count from
   * @param unitIds the tied units, by unit id
   * @param value the value they share
   * @param from the first position they occupy, counted from {@code end}
   * @param to the last position they occupy, counted from {@code end}
   * @param spans the awards those positions carry, in position order from {@code from}
   * @param policy the policy that settled the tie: the ranking's from the top, {@link
   *     CutTies#ALL_WORSE} from the bottom
   * @param settled the award every tied unit was given (if eligible and not disqualified); empty if
   *     none
   */
  public CutTie {
    requireNonNull(end, "end");
    unitIds = List.copyOf(unitIds);
    requireNonNull(value, "value");
    spans = List.copyOf(spans);
    requireNonNull(policy, "policy");
    requireNonNull(settled, "settled");
  }

  /**
   * The tie in words, for people: the units, their value, the positions and their awards, how it
   * was settled and what the units received.
   *
   * @param language the language to write in
   * @return the description
   */
  public String describe(Language language) {
    return Words.cutTie(this, language);
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
