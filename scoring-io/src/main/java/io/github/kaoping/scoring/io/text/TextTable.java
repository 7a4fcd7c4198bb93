package io.github.kaoping.scoring.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals, aligned by display width: a Chinese character takes two
 * columns, so that 岳阳市 lines up under ASCII text.
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
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, headers, widths);
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        s.append("  ");
      }
      s.append("-".repeat(widths[c]));
    }
    s.append('\n');
    for (List<String> row : rows) {
      line(s, row, widths);
    }
    return s.toString();
  }

  private void line(StringBuilder s, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String cell = cells.get(c);
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
