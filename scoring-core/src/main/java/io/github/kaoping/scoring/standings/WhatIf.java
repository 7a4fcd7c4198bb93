package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.ScoreCard;
import java.util.List;
import java.util.Optional;

/**
 * What one changed fact would do to one unit: its card rescored, and its standing under every
 * outcome after re-ranking with every other unit unchanged.
 *
 * @param unitId the unit
 * @param change the changed fact
 * @param before the unit's card now
 * @param after the unit's card after the change
 * @param effects the unit's standing under each outcome that places it, before and after, in the
 *     scheme's order
 */
public record WhatIf(
    String unitId, FactChange change, ScoreCard before, ScoreCard after, List<Effect> effects) {

  /**
   * Validates the record.
   *
   * @param unitId the unit
   * @param change the changed fact
   * @param before the unit's card now
   * @param after the unit's card after the change
   * @param effects the unit's standing under each outcome that places it, before and after, in the
   *     scheme's order
   */
  public WhatIf {
    requireNonNull(unitId, "unitId");
    requireNonNull(change, "change");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    effects = List.copyOf(effects);
  }

  /**
   * Returns the effect on one outcome.
   *
   * @param outcomeId the outcome
   * @return the effect, or empty if the outcome does not place the unit
   */
  public Optional<Effect> effect(String outcomeId) {
    return effects.stream().filter(e -> e.outcomeId().equals(outcomeId)).findFirst();
  }

  /**
   * The unit's standing under one outcome before and after the change.
   *
   * @param outcomeId the outcome
   * @param before the standing now
   * @param after the standing after the change
   */
  public record Effect(String outcomeId, UnitStanding before, UnitStanding after) {
    /**
     * Validates the record.
     *
     * @param outcomeId the outcome
     * @param before the standing now
     * @param after the standing after the change
     */
    public Effect {
      requireNonNull(outcomeId, "outcomeId");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /** {@return whether the change alters the unit's rank, position, awards or band} */
    public boolean changesStanding() {
      return !before.rank().equals(after.rank())
          || !before.position().equals(after.position())
          || !before.holds().equals(after.holds());
    }
  }
}
