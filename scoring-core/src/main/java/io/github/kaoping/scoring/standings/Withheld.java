package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

/**
 * An award a unit's position carried that the unit does not hold, and why.
 *
 * @param award the award's label
 * @param reason why the unit does not hold it
 */
public record Withheld(String award, Reason reason) {

  /**
   * Validates the record.
   *
   * @param award the award's label
   * @param reason why the unit does not hold it
   */
  public Withheld {
    requireNonNull(award, "award");
    requireNonNull(reason, "reason");
  }

  /** Why an award is withheld. */
  public enum Reason {
    /** A veto disqualified the unit; the award goes to no one (it keeps its position). */
    DISQUALIFIED,
    /** The unit's ranked value is outside the award's eligible scores ("85分以上"). */
    INELIGIBLE,
    /**
     * The unit is tied across an award cut and {@link io.github.kaoping.scoring.CutTies#ALL_WORSE}
     * settled the tie at its lowest position, so it does not hold what a higher position of the tie
     * carried.
     */
    TIE_AT_CUT
  }

  /**
   * The withheld award and why, in words, for people.
   *
   * @param language the language to write in
   * @return the description
   */
  public String describe(Language language) {
    return Words.withheld(this, language);
  }

  @Override
  public String toString() {
    return award + " withheld: " + reason;
  }
}
