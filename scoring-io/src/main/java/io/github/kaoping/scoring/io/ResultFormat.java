package io.github.kaoping.scoring.io;

/** How results are written. */
public enum ResultFormat {
  /** A table for a terminal: each unit's total and section points, aligned for Chinese text. */
  TABLE,
  /** JSON: every unit's total, every node's points and every line of explanation; reads back. */
  JSON,
  /** CSV for spreadsheets: one row per unit, one column per node id. */
  CSV
}
