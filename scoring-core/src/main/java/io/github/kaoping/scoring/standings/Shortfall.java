package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import java.util.Optional;

/**
 * The points a unit lacks to reach a better award or band, the other units' values unchanged.
 *
 * <p>The unit reaches the target when its value rises to {@code reach} if {@code inclusive}, or to
 * any value above {@code reach} if not; {@code points} is {@code reach} minus its value now, so it
 * lacks exactly {@code points} (inclusive) or more than {@code points} (not inclusive). See {@link
 * Standings#shortfalls} for what reaching means under the tie and cut-tie policies.
 *
 * @param outcomeId the outcome
 * @param group the unit's group
 * @param unitId the unit
 * @param target the award or band reached; empty for leaving every award counted from the bottom
 * @param value the unit's value now
 * @param reach the value to reach
 * @param inclusive whether reaching exactly {@code reach} suffices
 * @param points {@code reach} minus {@code value}, never negative
 */
public record Shortfall(
    String outcomeId,
    String group,
    String unitId,
    Optional<String> target,
    Points value,
    Points reach,
    boolean inclusive,
    Points points) {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome
   * @param group the unit's group
   * @param unitId the unit
   * @param target the award or band reached; empty for leaving every award counted from the bottom
   * @param value the unit's value now
   * @param reach the value to reach
   * @param inclusive whether reaching exactly {@code reach} suffices
   * @param points {@code reach} minus {@code value}, never negative
   * @throws IllegalArgumentException if {@code points} is negative
   */
  public Shortfall {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(group, "group");
    requireNonNull(unitId, "unitId");
    requireNonNull(target, "target");
    requireNonNull(value, "value");
    requireNonNull(reach, "reach");
    requireNonNull(points, "points");
    if (points.isNegative()) {
      throw new IllegalArgumentException("a shortfall cannot be negative, was " + points);
    }
  }

  /**
   * Does the value reach the target?
   *
   * @param newValue a value the unit might have instead of {@code value}
   * @return whether that value reaches the target, included or not as the target says
   */
  public boolean isReachedBy(Points newValue) {
    int c = newValue.compareTo(reach);
    return c > 0 || (c == 0 && inclusive);
  }

  @Override
  public String toString() {
    return unitId
        + " lacks "
        + (inclusive ? "" : "more than ")
        + points
        + " for "
        + target.orElse("no bottom award")
        + " ("
        + (inclusive ? "at least " : "above ")
        + reach
        + ")";
  }
}
