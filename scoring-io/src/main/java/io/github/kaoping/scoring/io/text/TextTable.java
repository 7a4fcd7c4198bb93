package io.github.kaoping.scoring.io.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals, aligned by display width: a Chinese character takes two
 * columns, so that 岳阳市 lines up under ASCII text. Cells are shown {@linkplain Printable#escape
 * escaped}: a line break or an escape sequence in a unit id neither breaks the table nor reaches
 * the terminal.
 *
 * <p>Not thread-safe; build one per table.
 */
public final class TextTable {

  /** How a column's cells are aligned. */
  public enum Align {
    /** Text. */
    LEFT,
    /** Numbers. */
    RIGHT
  }

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers, List<Align> aligns) {
    this.headers = List.copyOf(headers);
    this.aligns = List.copyOf(aligns);
  }

  /**
   * A table with the given columns.
   *
   * @param headers the column headers
   * @param aligns how each column is aligned
   * @return the table
   */
  public static TextTable of(List<String> headers, List<Align> aligns) {
    if (headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    return new TextTable(headers, aligns);
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   */
  public TextTable add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row has " + cells.size() + " cells for " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Renders the table: a header, a rule, the rows; lines end with {@code \n}. */
  public String render() {
    StringBuilder s = new StringBuilder();
    try {
      render(headers, aligns, rows, s);
    } catch (IOException e) {
      throw new AssertionError(e); // a StringBuilder does not throw
    }
    return s.toString();
  }

  /**
   * Renders a table without holding its rows: they are produced twice, once to measure the columns
   * and once to write them, so a table of a million rows costs no more memory than one row.
   *
   * @param headers the column headers
   * @param aligns how each column is aligned
   * @param rows the rows, one cell per column; iterated twice, giving the same rows each time
   * @param out where to write: a header, a rule, the rows; lines end with {@code \n}
   * @throws IOException if {@code out} cannot be written
   */
  public static void render(
      List<String> headers, List<Align> aligns, Iterable<List<String>> rows, Appendable out)
      throws IOException {
    if (headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(Printable.escape(headers.get(c)));
    }
    for (List<String> row : rows) {
      if (row.size() != widths.length) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells for " + widths.length + " columns");
      }
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(Printable.escape(row.get(c))));
      }
    }
    line(out, headers, aligns, widths);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(widths[c]));
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, aligns, widths);
    }
  }

  private static void line(Appendable s, List<String> cells, List<Align> aligns, int[] widths)
      throws IOException {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String cell = Printable.escape(cells.get(c));
      String pad = " ".repeat(widths[c] - width(cell));
      if (aligns.get(c) == Align.RIGHT) {
        l.append(pad).append(cell);
      } else {
        l.append(cell).append(pad);
      }
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }

  /**
   * The number of terminal columns text takes: two for East Asian wide and full-width characters,
   * none for combining marks, one otherwise.
   *
   * @param text the text
   * @return its display width
   */
  public static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
