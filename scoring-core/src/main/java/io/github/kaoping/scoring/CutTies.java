package io.github.kaoping.scoring;

/**
 * How a tie that straddles a cut between awards counted from the top is settled, after the
 * tie-breakers: units tied at positions 3 and 4 when the second prize ends at 3. The standings
 * always report such a tie.
 *
 * <p>Every tied unit is treated as standing at one position of the tie: the highest or the lowest,
 * so it receives the better or the worse award (or none). A tie across a cut between sanctions
 * counted from the bottom (倒数第一) is always settled towards the sanction, whatever the policy: units
 * tied for the last places share the last place, and an equal score never spares a unit a sanction
 * the text imposes.
 *
 * <p>A scheme chooses by its text's words: where it awards places (第一名, 前3名) units tied at a place
 * share it ({@link #ALL_BETTER}); where it fixes a number of winners (先进县2名, 一等奖一个) no award goes
 * to more units than that ({@link #ALL_WORSE}). Either way, an award a tie leaves without a holder
 * is named in the standings as a decision the office must take.
 */
public enum CutTies {
  /** Every tied unit receives what the tie's highest position carries: the better award. */
  ALL_BETTER,
  /** Every tied unit receives what the tie's lowest position carries: the worse award (or none). */
  ALL_WORSE
}
