package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a scheme, facts or results file, in the terms of the person who wrote it:
 * the file, the line and column (or, in a workbook, the sheet and cell), the node path (or CSV
 * column) and what was expected.
 *
 * @param file the file's name as given, or a description such as {@code <string>}
 * @param sheet the workbook sheet the problem is on; empty for a text file, or for a workbook
 *     problem that concerns no one sheet
 * @param line the line (in a workbook, the row), counted from 1; 0 if the problem concerns the file
 *     (or sheet) as a whole
 * @param column the column (for CSV, the field; in a workbook, A is 1), counted from 1; 0 if
 *     unknown
 * @param path where in the document: a node path such as {@code yueyang-2007/s5/s5.2} followed by
 *     the keys inside it, a unit and fact, or a CSV column; empty for the whole file
 * @param message what is wrong and what was expected
 */
public record FileProblem(
    String file, String sheet, int line, int column, String path, String message) {

  /**
   * Validates the problem.
   *
   * @param file the file's name as given, or a description such as {@code <string>}
   * @param sheet the workbook sheet the problem is on; empty for a text file, or for a workbook
   *     problem that concerns no one sheet
   * @param line the line (in a workbook, the row), counted from 1; 0 if the problem concerns the
   *     file (or sheet) as a whole
   * @param column the column (for CSV, the field; in a workbook, A is 1), counted from 1; 0 if
   *     unknown
   * @param path where in the document: a node path such as {@code yueyang-2007/s5/s5.2} followed by
   *     the keys inside it, a unit and fact, or a CSV column; empty for the whole file
   * @param message what is wrong and what was expected
   */
  public FileProblem {
    requireNonNull(file, "file");
    requireNonNull(sheet, "sheet");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /**
   * A problem of a text file (YAML, JSON, CSV): no sheet.
   *
   * @param file the file's name as given
   * @param line the line, counted from 1; 0 for the file as a whole
   * @param column the column, counted from 1; 0 if unknown
   * @param path where in the document
   * @param message what is wrong and what was expected
   */
  public FileProblem(String file, int line, int column, String path, String message) {
    this(file, "", line, column, path, message);
  }

  /**
   * Returns {@code file:line:column: path: message} for a text file, and {@code file: sheet!A1
   * (path): message} for a workbook (the cell as a spreadsheet program names it), leaving out what
   * is unknown.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (!sheet.isEmpty()) {
      s.append(": ").append(Xlsx.reference(sheet, line, column));
      if (!path.isEmpty()) {
        s.append(" (").append(path).append(')');
      }
      return s.append(": ").append(message).toString();
    }
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
