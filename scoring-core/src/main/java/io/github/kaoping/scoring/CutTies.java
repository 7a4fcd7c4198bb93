package io.github.kaoping.scoring;

/**
 * How a tie that straddles an award cut is settled, after the tie-breakers: units tied at positions
 * 3 and 4 when the second prize ends at 3. The standings always report such a tie.
 */
public enum CutTies {
  /** Every tied unit receives the better award. */
  ALL_BETTER,
  /** Every tied unit receives the worse award (or none). */
  ALL_WORSE
}
