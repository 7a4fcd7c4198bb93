package io.github.kaoping.scoring.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
    RIGHT,
    /**
     * Decimal numbers, aligned on the point: 94.5 above 81 above 67.75, the integer parts to the
     * right and the fractions to the left. A cell that is not a number is aligned to the right.
     */
    DECIMAL
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

  /** {@return the table: a header, a rule, the rows; lines end with {@code \n}} */
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
    Widths w = new Widths(headers, aligns);
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells for " + headers.size() + " columns");
      }
      w.measure(row);
    }
    line(out, headers, aligns, w, true);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < w.widths.length; c++) {
      if (c > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(w.widths[c]));
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, aligns, w, false);
    }
  }

  /** Each column's width, and for decimal columns the widths of the integer and fraction parts. */
  private static final class Widths {
    final int[] widths;
    final int[] integers;
    final int[] fractions;
    private final List<Align> aligns;

    Widths(List<String> headers, List<Align> aligns) {
      this.aligns = aligns;
      widths = new int[headers.size()];
      integers = new int[headers.size()];
      fractions = new int[headers.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = width(Printable.escape(headers.get(c)));
      }
    }

    void measure(List<String> row) {
      for (int c = 0; c < widths.length; c++) {
        String cell = Printable.escape(row.get(c));
        if (aligns.get(c) == Align.DECIMAL && isNumber(cell)) {
          int point = point(cell);
          integers[c] = Math.max(integers[c], point);
          fractions[c] = Math.max(fractions[c], cell.length() - point);
          widths[c] = Math.max(widths[c], integers[c] + fractions[c]);
        } else {
          widths[c] = Math.max(widths[c], width(cell));
        }
      }
    }
  }

  /** Where a number's fraction begins: at its point, or at its end. */
  private static int point(String number) {
    int p = number.indexOf('.');
    return p < 0 ? number.length() : p;
  }

  private static boolean isNumber(String cell) {
    return !cell.isEmpty() && cell.matches("[-+]?[0-9]+(\\.[0-9]+)?");
  }

  private static void line(
      Appendable s, List<String> cells, List<Align> aligns, Widths w, boolean header)
      throws IOException {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String cell = Printable.escape(cells.get(c));
      Align align = aligns.get(c);
      if (align == Align.DECIMAL && !header && isNumber(cell)) {
        // the integer part ends where the column's widest integer part ends
        int point = point(cell);
        int right = w.widths[c] - w.integers[c] - w.fractions[c];
        l.append(" ".repeat(right + w.integers[c] - point))
            .append(cell)
            .append(" ".repeat(w.fractions[c] - (cell.length() - point)));
        continue;
      }
      String pad = " ".repeat(w.widths[c] - width(cell));
      if (align == Align.LEFT) {
        l.append(cell).append(pad);
      } else {
        l.append(pad).append(cell);
      }
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }

  /**
   * Shortens text to at most {@code max} display columns, ending it with an ellipsis where it was
   * cut: a long group title then fits a table's column.
   *
   * @param text the text
   * @param max the most columns it may take; at least 2
   * @return the text, or its beginning and {@code …}
   */
  public static String shorten(String text, int max) {
    if (width(text) <= max) {
      return text;
    }
    StringBuilder s = new StringBuilder();
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int cw = width(new String(Character.toChars(cp)));
      if (w + cw > max - 1) {
        break;
      }
      s.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return s.append('…').toString();
  }

  /**
   * Rows made on demand from items, each time they are iterated, so that {@link #render(List, List,
   * Iterable, Appendable)} holds no more than one row at a time.
   *
   * @param items the items, one row each
   * @param row the row of an item, one cell per column
   * @param <T> the items' type
   * @return the rows
   */
  public static <T> Iterable<List<String>> rows(
      List<T> items, Function<? super T, List<String>> row) {
    return () -> items.stream().map(row).iterator();
  }

  /** Where a line may break after a character though no space follows. */
  private static final String BREAK_AFTER = "，；：。）〕";

  /**
   * Breaks a line of text into lines of at most {@code max} display columns, at a space or after
   * Chinese punctuation where it can and between characters where it must; every line after the
   * first is indented by {@code indent} spaces.
   *
   * @param text the line, without line breaks
   * @param max the most columns a line may take, indentation included; more than {@code indent + 1}
   * @param indent the indentation of the continuation lines
   * @return the lines joined by {@code \n}, without a final one
   */
  public static String wrap(String text, int max, int indent) {
    StringBuilder out = new StringBuilder();
    String rest = text;
    int room = max;
    while (width(rest) > room) {
      int cut = 0;
      int lastSpace = -1;
      int w = 0;
      while (cut < rest.length()) {
        int cp = rest.codePointAt(cut);
        int cw = width(new String(Character.toChars(cp)));
        if (w + cw > room) {
          if (cp == ' ') {
            lastSpace = cut; // the line ends just before a space
          }
          break;
        }
        w += cw;
        cut += Character.charCount(cp);
        if (cp == ' ') {
          lastSpace = cut - 1;
        } else if (BREAK_AFTER.indexOf(cp) >= 0) {
          lastSpace = cut; // after Chinese punctuation, which needs no space
        }
      }
      if (lastSpace > 0) {
        cut = lastSpace;
      }
      out.append(rest, 0, cut).append('\n').append(" ".repeat(indent));
      rest = rest.substring(cut).stripLeading();
      room = max - indent;
    }
    return out.append(rest).toString();
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
