package io.github.kaoping.scoring.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV rows as RFC 4180 says (a cell is quoted when it holds a comma, quote or line break),
 * with every cell made safe to open in a spreadsheet: the one place all CSV text goes through.
 */
final class Csv {

  private Csv() {}

  /** What a spreadsheet may take for the start of a formula (OWASP, CSV injection). */
  private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

  /** A plain decimal number, which is written as it is: a number, never a formula. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Read back as written: apostrophes before a formula's first character, one too many. */
  private static final Pattern NEUTRALISED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

  /**
   * Makes text safe for a spreadsheet, as OWASP says for CSV injection: text that begins with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which Excel and
   * LibreOffice would take for a formula ({@code =cmd|' /C calc'!A0}, {@code @SUM(A1:A2)}, {@code
   * -2+3}), gets a leading apostrophe, so it shows as text. A plain decimal number such as {@code
   * -3.25} is left as it is, so numbers stay numbers.
   *
   * <p>Text that already begins with apostrophes before such a character gets one more, so that
   * {@link #restore} gives back exactly the text written. Every writer of text for spreadsheets
   * uses this, CSV and any other format whose cells a spreadsheet may evaluate.
   *
   * @param text the cell's text
   * @return the text to write
   */
  static String neutralise(String text) {
    if (text.isEmpty() || NUMBER.matcher(text).matches() || !FORMULA.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }

  /**
   * The text a cell written by {@link #neutralise} holds: one leading apostrophe fewer where it
   * protected a formula's first character. For every text {@code t}, {@code restore(neutralise(t))}
   * is {@code t}.
   *
   * @param cell the cell as read
   * @return the text
   */
  static String restore(String cell) {
    // most cells start with no apostrophe: no need to match them
    return cell.startsWith("'") && NEUTRALISED.matcher(cell).matches() ? cell.substring(1) : cell;
  }

  /** One row of cells. */
  static final class Row {
    private final List<String> cells = new ArrayList<>();

    /** Adds a cell; text from input is neutralised, numbers are left as they are. */
    Row add(String cell) {
      cells.add(cell);
      return this;
    }

    Row addAll(List<String> more) {
      more.forEach(this::add);
      return this;
    }

    /** Adds empty cells up to a width: columns this row has nothing for. */
    Row pad(int width) {
      while (cells.size() < width) {
        cells.add("");
      }
      return this;
    }

    void writeTo(Writer out) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(neutralise(cells.get(i))));
      }
      out.write("\r\n");
    }
  }

  static String quote(String cell) {
    boolean plain = true;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        plain = false;
        break;
      }
    }
    if (plain && cell.equals(cell.strip())) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
