package io.github.kaoping.scoring;

/**
 * What changed a node's points after its rule or children summed them: a floor raised them, a
 * ceiling cut them, a gate zeroed them, the loss below a floor was carried to the total, or the
 * total was rescaled for items outside the unit's duties. Each has a {@link Line} of its own when
 * explained; this names them without the lines, for tables and results files.
 */
public enum Adjustment {
  /** Raised to the node's floor (扣完为止). */
  FLOOR,
  /** Cut to the node's ceiling (最高不超过). */
  CEILING,
  /**
   * The points lost below the floor were taken from the unit's total ({@link
   * Overflow#CARRY_TO_TOTAL}); always with {@link #FLOOR}.
   */
  CARRY,
  /** Zeroed by a closed gate. */
  GATE,
  /** The scheme's points rescaled because items were outside the unit's duties; the root only. */
  RESCALE
}
