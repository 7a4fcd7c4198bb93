package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file's rows of cells, for both CSV layouts of facts: one reader of rows. A row's
 * cells are read straight from the parser into an array kept from row to row, and its line is asked
 * of the parser once: a wide row is mostly empty cells, and anything made per cell would cost more
 * than the parser itself.
 */
final class CsvRows {

  private final CsvParser parser;
  private final DocParser tokens;
  private final Problems problems;
  private final Limits limits;

  /**
   * Lines before the text in its file: a piece of a file cut on its bytes begins on a later line.
   */
  private final int linesBefore;

  /** The text of an empty cell: the one string the cells hold for it. */
  private static final String EMPTY = "";

  /** The line of the row read last. */
  int line;

  /** The cells of the row read last, the first {@link #width} of them; overwritten by the next. */
  String[] cells = new String[16];

  /** How many cells the row read last has. */
  int width;

  /**
   * The columns (from 0) of the row's cells that are not empty, the first {@link #filled} of them,
   * in order: a wide row is mostly empty cells, which a reader of its cells need not look at again.
   */
  int[] filledAt = new int[16];

  /** How many cells of the row read last are not empty. */
  int filled;

  CsvRows(CsvParser parser, DocParser tokens, Problems problems, Limits limits) {
    this(parser, tokens, problems, limits, 0);
  }

  /** Reads rows that begin {@code linesBefore} lines into their file, placing them there. */
  CsvRows(CsvParser parser, DocParser tokens, Problems problems, Limits limits, int linesBefore) {
    this.parser = parser;
    this.tokens = tokens;
    this.problems = problems;
    this.limits = limits;
    this.linesBefore = linesBefore;
  }

  /**
   * Reads one row of cells, or null at the end, and sets {@link #line}. Cells are stripped, and a
   * cell written with an apostrophe to keep a spreadsheet from running it reads as written.
   *
   * @param refuse whether to report here a cell whose text is refused ({@link Text#refusal}), or
   *     leave it to the caller
   */
  @Nullable List<String> next(boolean refuse) {
    return read(refuse) ? Arrays.asList(Arrays.copyOf(cells, width)) : null;
  }

  /**
   * Reads one row into {@link #cells} and {@link #width}, and sets {@link #line}, as {@link #next}.
   *
   * @return false at the end of the file
   */
  boolean read(boolean refuse) {
    JsonToken t = tokens.next();
    if (t == null) {
      return false;
    }
    if (t != JsonToken.START_ARRAY) {
      problems.at(tokens.loc(), "", "unexpected " + t + " in CSV");
      throw new DocParser.Stop();
    }
    line = line();
    int n = 0;
    int f = 0;
    int max = limits.maxStringLength();
    try {
      t = parser.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        line = line(); // the row's own line, not where the last one ended
      }
      for (; t == JsonToken.VALUE_STRING; t = parser.nextToken()) {
        String text = parser.getText();
        if (text.length() > max) {
          problems.at(line, n + 1, "", "a cell is longer than " + max + " characters");
          throw new DocParser.Stop();
        }
        if (n == cells.length) {
          cells = Arrays.copyOf(cells, n * 2);
          filledAt = Arrays.copyOf(filledAt, n * 2);
        }
        if (text.isEmpty()) {
          // most cells of a row: nothing to look for, nothing to strip; and most were empty in the
          // row before, so the cell is already EMPTY and not stored again (a store of a reference
          // costs the collector's barrier)
          Object held = cells[n];
          if (held != EMPTY) {
            cells[n] = EMPTY;
          }
          n++;
          continue;
        }
        if (refuse) {
          if (visibleAscii(text)) {
            // most cells: nothing refused, no space at an end to strip, in one pass
            filledAt[f++] = n;
            cells[n++] = text.charAt(0) == '\'' ? Csv.restore(text) : text;
            continue;
          }
          String refused = Text.refusal(text);
          if (refused != null) {
            problems.at(line, n + 1, "", "the cell " + refused);
          }
        }
        // an end that is printable ASCII other than a space is no space: such a cell needs no strip
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        boolean plainEnds = first > ' ' && first < 0x7F && last > ' ' && last < 0x7F;
        String cell =
            plainEnds ? (first == '\'' ? Csv.restore(text) : text) : Csv.restore(text.strip());
        if (!cell.isEmpty()) { // not spaces alone
          filledAt[f++] = n;
        }
        cells[n++] = cell;
      }
    } catch (IOException e) {
      throw tokens.fail(e);
    }
    width = n;
    filled = f;
    return true;
  }

  /**
   * Is every character of the text printable ASCII other than a space ({@code '!'} to {@code '~'})?
   */
  private static boolean visibleAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** The line of the current token, as {@link DocParser#loc()} gives it, without its object. */
  private int line() {
    JsonLocation l = parser.currentTokenLocation();
    return l == null || l.getLineNr() < 1 ? 0 : l.getLineNr() + linesBefore;
  }
}
