package io.github.kaoping.scoring.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV rows as RFC 4180 says: a cell is quoted when it holds a comma, quote or line break.
 */
final class Csv {

  private Csv() {}

  /** One row of cells. */
  static final class Row {
    private final List<String> cells = new ArrayList<>();

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
        out.write(quote(cells.get(i)));
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
