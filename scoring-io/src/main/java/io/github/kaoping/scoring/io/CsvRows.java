package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a CSV file's rows of cells, for both CSV layouts of facts: one reader of rows. */
final class CsvRows {

  private final CsvParser parser;
  private final DocParser tokens;
  private final Problems problems;
  private final Limits limits;

  /** The line of the row read last. */
  int line;

  CsvRows(CsvParser parser, DocParser tokens, Problems problems, Limits limits) {
    this.parser = parser;
    this.tokens = tokens;
    this.problems = problems;
    this.limits = limits;
  }

  /**
   * Reads one row of cells, or null at the end, and sets {@link #line}. Cells are stripped, and a
   * cell written with an apostrophe to keep a spreadsheet from running it reads as written.
   *
   * @param refuse whether to report here a cell whose text is refused ({@link Text#refusal}), or
   *     leave it to the caller
   */
  @Nullable List<String> next(boolean refuse) {
    JsonToken t = tokens.next();
    if (t == null) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      problems.at(tokens.loc(), "", "unexpected " + t + " in CSV");
      throw new DocParser.Stop();
    }
    line = tokens.loc().line();
    List<String> cells = new ArrayList<>();
    while ((t = tokens.next()) == JsonToken.VALUE_STRING) {
      if (cells.isEmpty()) {
        line = tokens.loc().line(); // the row's own line, not where the last one ended
      }
      String text;
      try {
        text = parser.getText();
      } catch (IOException e) {
        throw tokens.fail(e);
      }
      if (text.length() > limits.maxStringLength()) {
        problems.at(
            line,
            cells.size() + 1,
            "",
            "a cell is longer than " + limits.maxStringLength() + " characters");
        throw new DocParser.Stop();
      }
      String refused = refuse ? Text.refusal(text) : null;
      if (refused != null) {
        problems.at(line, cells.size() + 1, "", "the cell " + refused);
      }
      cells.add(Csv.restore(text.strip()));
    }
    return cells;
  }
}
