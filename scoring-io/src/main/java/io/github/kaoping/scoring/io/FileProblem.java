package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a scheme, facts or results file, in the terms of the person who wrote it:
 * the file, the line and column, the node path (or CSV column) and what was expected.
 *
 * @param file the file's name as given, or a description such as {@code <string>}
 * @param line the line, counted from 1; 0 if the problem concerns the file as a whole
 * @param column the column (for CSV, the field), counted from 1; 0 if unknown
 * @param path where in the document: a node path such as {@code yueyang-2007/s5/s5.2} followed by
 *     the keys inside it, a unit and fact, or a CSV column; empty for the whole file
 * @param message what is wrong and what was expected
 */
public record FileProblem(String file, int line, int column, String path, String message) {

  /**
   * Validates the problem.
   *
   * @param file the file's name as given, or a description such as {@code <string>}
   * @param line the line, counted from 1; 0 if the problem concerns the file as a whole
   * @param column the column (for CSV, the field), counted from 1; 0 if unknown
   * @param path where in the document: a node path such as {@code yueyang-2007/s5/s5.2} followed by
   *     the keys inside it, a unit and fact, or a CSV column; empty for the whole file
   * @param message what is wrong and what was expected
   */
  public FileProblem {
    requireNonNull(file, "file");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** Returns {@code file:line:column: path: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}
