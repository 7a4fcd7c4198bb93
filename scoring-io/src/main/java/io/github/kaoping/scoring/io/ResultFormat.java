package io.github.kaoping.scoring.io;

/** How results are written: see {@link ResultFiles}. */
public enum ResultFormat {
  /**
   * A table for a terminal: one section per outcome and group in ranking order, aligned for Chinese
   * text.
   */
  TABLE,
  /**
   * JSON: every unit's total, vetoes and node points and everything the outcomes decided; reads
   * back.
   */
  JSON,
  /**
   * CSV for spreadsheets: one row per unit and outcome, with fixed columns and then a column per
   * node chosen.
   */
  CSV,
  /**
   * An Excel workbook ({@code .xlsx}) to circulate: a sheet per outcome and group in ranking order,
   * every unit's points per node chosen, and an explanation sheet. Written to a file or a stream,
   * not as text.
   */
  XLSX
}
