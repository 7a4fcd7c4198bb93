package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import java.util.List;
import java.util.Optional;

/**
 * One unit's standing under one outcome, in a form common to rankings, improvements and bands.
 *
 * @param outcomeId the outcome
 * @param group the unit's group
 * @param value what was ranked or banded
 * @param rank its rank, for a ranking or improvement, if it holds a position
 * @param position its position, for a ranking or improvement, if it holds one
 * @param holds the awards it holds, or its band
 */
public record UnitStanding(
    String outcomeId,
    String group,
    Points value,
    Optional<Integer> rank,
    Optional<Integer> position,
    List<String> holds) {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome
   * @param group the unit's group
   * @param value what was ranked or banded
   * @param rank its rank, for a ranking or improvement, if it holds a position
   * @param position its position, for a ranking or improvement, if it holds one
   * @param holds the awards it holds, or its band
   */
  public UnitStanding {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(group, "group");
    requireNonNull(value, "value");
    requireNonNull(rank, "rank");
    requireNonNull(position, "position");
    holds = List.copyOf(holds);
  }
}
