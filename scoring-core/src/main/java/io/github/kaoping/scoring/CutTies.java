package io.github.kaoping.scoring;

/**
 * How a tie that straddles an award cut is settled, after the tie-breakers: units tied at positions
 * 3 and 4 when the second prize ends at 3. The standings always report such a tie.
 *
 * <p>Every tied unit is treated as standing at one position of the tie: the highest or the lowest.
 * From the top that gives the better or the worse award; for awards counted from the bottom
 * (sanctions such as 倒数第一), the highest position carries the lighter sanction or none.
 */
public enum CutTies {
  /** Every tied unit receives what the tie's highest position carries: the better award. */
  ALL_BETTER,
  /** Every tied unit receives what the tie's lowest position carries: the worse award (or none). */
  ALL_WORSE
}
