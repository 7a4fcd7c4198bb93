package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * One unit's place in a ranking or an improvement ranking within its group.
 *
 * <p>{@code position} counts units, not rank numbers: tied units share the first position of their
 * tie (so under competition ranks it equals the rank), and awards are given by position. {@code
 * rank} is what the tie policy numbers: the same as the position under competition ranks (1, 2, 2,
 * 4), consecutive under dense ranks (1, 2, 2, 3). A disqualified unit of a ranking that {@linkplain
 * io.github.kaoping.scoring.DisqualifiedUnits#SKIP_POSITION skips its position} is ranked apart: it
 * has no rank and no position.
 *
 * @param unitId the unit
 * @param value what was ranked: the score on the ranked node, or for an improvement the score minus
 *     last period's
 * @param score the unit's points on the ranked node (or total) this period
 * @param previous last period's points on that node, for an improvement only
 * @param tieBreakers the values of the tie policy's tie-breaker nodes, in order (for an
 *     improvement, their improvements)
 * @param rank the rank the tie policy numbers, if the unit holds a position
 * @param position the first position of the unit's tie, counted from the top
 * @param fromBottom the last position of the unit's tie counted from the bottom (1 is 倒数第一)
 * @param disqualified whether a veto disqualified the unit from awards
 * @param awards the awards the unit holds: from the top first, then from the bottom
 * @param withheld the awards its position carried that it does not hold, and why
 */
public record Placing(
    String unitId,
    Points value,
    Points score,
    Optional<Points> previous,
    List<Points> tieBreakers,
    Optional<Integer> rank,
    Optional<Integer> position,
    Optional<Integer> fromBottom,
    boolean disqualified,
    List<String> awards,
    List<Withheld> withheld) {

  /**
   * Validates the record.
   *
   * @param unitId the unit
   * @param value what was ranked: the score on the ranked node, or for an improvement the score
   *     minus last period's
   * @param score the unit's points on the ranked node (or total) this period
   * @param previous last period's points on that node, for an improvement only
   * @param tieBreakers the values of the tie policy's tie-breaker nodes, in order (for an
   *     improvement, their improvements)
   * @param rank the rank the tie policy numbers, if the unit holds a position
   * @param position the first position of the unit's tie, counted from the top
   * @param fromBottom the last position of the unit's tie counted from the bottom (1 is 倒数第一)
   * @param disqualified whether a veto disqualified the unit from awards
   * @param awards the awards the unit holds: from the top first, then from the bottom
   * @param withheld the awards its position carried that it does not hold, and why
   */
  public Placing {
    requireNonNull(unitId, "unitId");
    requireNonNull(value, "value");
    requireNonNull(score, "score");
    requireNonNull(previous, "previous");
    tieBreakers = List.copyOf(tieBreakers);
    requireNonNull(rank, "rank");
    requireNonNull(position, "position");
    requireNonNull(fromBottom, "fromBottom");
    awards = List.copyOf(awards);
    withheld = List.copyOf(withheld);
  }

  /**
   * Does the unit hold the award?
   *
   * @param award the award's label
   * @return whether the unit holds the award
   */
  public boolean holds(String award) {
    return awards.contains(award);
  }
}
