package io.github.kaoping.scoring.io;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A parsed YAML or JSON value that remembers where it was written, so that every problem found
 * while mapping it to the model can name its line and column.
 */
sealed interface Doc permits Doc.Mapping, Doc.Sequence, Doc.Scalar {

  /** Where the value starts. */
  Loc loc();

  /** A short description of what was found, for "expected X, found Y" messages. */
  String describe();

  /**
   * A line and column, both counted from 1; in a workbook, a sheet's row and column.
   *
   * @param sheet the workbook sheet; empty in a text file
   * @param line the line or row
   * @param column the column
   */
  record Loc(String sheet, int line, int column) {

    /** A place in a text file. */
    Loc(int line, int column) {
      this("", line, column);
    }

    /** Where, as a person names it: {@code line 7}, or a cell such as {@code 吉水!H7}. */
    String describe() {
      return sheet.isEmpty() ? "line " + line : Xlsx.reference(sheet, line, column);
    }
  }

  /**
   * A key with its location and value.
   *
   * @param keyLoc where the key is written
   * @param value the value
   */
  record Entry(Loc keyLoc, Doc value) {}

  /**
   * A mapping, in the order written.
   *
   * @param loc where it starts
   * @param entries the entries by key, in order
   */
  record Mapping(Loc loc, LinkedHashMap<String, Entry> entries) implements Doc {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A sequence.
   *
   * @param loc where it starts
   * @param items the items
   */
  record Sequence(Loc loc, List<Doc> items) implements Doc {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar, with the text exactly as written.
   *
   * @param loc where it starts
   * @param kind what the parser took it for
   * @param text the text as written (numbers are never converted through {@code double})
   */
  record Scalar(Loc loc, Kind kind, String text) implements Doc {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "text '" + abbreviate(text) + "'";
        case NUMBER -> "the number " + abbreviate(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
        case INVALID -> "an invalid value";
      };
    }
  }

  /** What kind of scalar the parser saw. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    /** A value already reported as a problem (a YAML alias, say); readers skip it silently. */
    INVALID;

    /** Is it read as text where text is expected: a string, a number or a boolean as written? */
    boolean isText() {
      return this == STRING || this == NUMBER || this == BOOLEAN;
    }
  }

  /** Shortens long text for a message. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
