package io.github.kaoping.scoring.io;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one sheet of a workbook, one at a time, with each cell's value as the
 * spreadsheet program stored it: text, a number, a date, a boolean, an error, or a formula without
 * a stored result. The merged ranges, which a sheet lists after its rows, are known once the last
 * row is read.
 */
final class XlsxSheet implements Closeable {

  /** What a cell holds. */
  enum Kind {
    /** Text; {@link Cell#text} is it. */
    TEXT,
    /**
     * A number, as a plain decimal read to the 15 significant digits a spreadsheet keeps: a formula
     * that stored {@code 0.30000000000000004} reads as {@code 0.3}.
     */
    NUMBER,
    /** A number shown as a date (or date and time): the date, {@code 2024-04-02}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An error a formula gave, such as {@code #DIV/0!}. */
    ERROR,
    /** A formula whose result was never stored (the workbook was not recalculated and saved). */
    NOT_CALCULATED
  }

  /**
   * One cell that holds something.
   *
   * @param column its column, A is 1
   * @param kind what it holds
   * @param text its value as text
   */
  record Cell(int column, Kind kind, String text) {}

  /**
   * One row: the cells that hold something, by column.
   *
   * @param number the row's number, from 1
   * @param cells its cells, in column order
   */
  record Row(int number, List<Cell> cells) {
    /** The cell in a column, if it holds something. */
    @Nullable Cell at(int column) {
      for (Cell c : cells) {
        if (c.column() == column) {
          return c;
        }
      }
      return null;
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private final XlsxPackage pkg;
  private final String name;
  private final XlsxPackage.Xml x;
  private final List<Xlsx.Range> merges = new ArrayList<>();
  private boolean inData;
  private boolean ended;
  private int lastRow;

  XlsxSheet(XlsxPackage pkg, String name, XlsxPackage.Xml x) {
    this.pkg = pkg;
    this.name = name;
    this.x = x;
  }

  /** The sheet's name. */
  String name() {
    return name;
  }

  /**
   * Reads the next row that has a cell holding something.
   *
   * @return the row, or null after the last (the merges are then known)
   * @throws InvalidFileException if the sheet is not one a spreadsheet program writes
   */
  @Nullable Row next() {
    while (!ended) {
      int e = x.next();
      if (e == XMLStreamConstants.END_DOCUMENT) {
        ended = true;
      } else if (x.isStart("sheetData")) {
        inData = true;
      } else if (x.isEnd("sheetData")) {
        inData = false;
      } else if (inData && x.isStart("row")) {
        Row row = row();
        if (!row.cells().isEmpty()) {
          return row;
        }
      } else if (x.isStart("mergeCell")) {
        Xlsx.Range r = Xlsx.Range.parse(x.attribute("ref"));
        if (r == null) {
          throw refusal("a merged range '" + Doc.abbreviate(x.attribute("ref")) + "' is no range");
        }
        merges.add(r);
      }
    }
    return null;
  }

  /** The merged ranges, complete once {@link #next()} has returned null. */
  List<Xlsx.Range> merges() {
    return merges;
  }

  private Row row() {
    String r = x.attribute("r");
    int number;
    if (r.isEmpty()) {
      number = lastRow + 1;
    } else {
      int[] parsed = Xlsx.parseCell("A" + r);
      if (parsed == null) {
        throw refusal("a row is numbered '" + Doc.abbreviate(r) + "'");
      }
      number = parsed[0];
    }
    if (number <= lastRow || number > Xlsx.MAX_ROWS) {
      throw refusal("row " + number + " comes after row " + lastRow + "; rows must be in order");
    }
    lastRow = number;
    List<Cell> cells = new ArrayList<>();
    int lastColumn = 0;
    while (true) {
      int e = x.next();
      if (e == XMLStreamConstants.END_ELEMENT && x.isEnd("row")) {
        return new Row(number, cells);
      }
      if (e == XMLStreamConstants.END_DOCUMENT) {
        throw refusal("the sheet ends inside row " + number);
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!x.isStart("c")) {
        x.skip();
        continue;
      }
      String ref = x.attribute("r");
      int column;
      if (ref.isEmpty()) {
        column = lastColumn + 1;
      } else {
        int[] at = Xlsx.parseCell(ref);
        if (at == null || at[0] != number) {
          throw refusal("row " + number + " has a cell '" + Doc.abbreviate(ref) + "'");
        }
        column = at[1];
      }
      if (column <= lastColumn || column > Xlsx.MAX_COLUMNS) {
        throw refusal(
            "row " + number + " has its cells out of order at " + Xlsx.cell(number, column));
      }
      lastColumn = column;
      Cell c = cell(number, column);
      if (c != null) {
        cells.add(c);
      }
    }
  }

  /** Reads a {@code <c>} element to its end. */
  private @Nullable Cell cell(int row, int column) {
    String type = x.attribute("t");
    String styleText = x.attribute("s");
    int style = 0;
    if (!styleText.isEmpty()) {
      try {
        style = Integer.parseInt(styleText);
      } catch (NumberFormatException e) {
        throw refusal(
            Xlsx.cell(row, column) + " has the format '" + Doc.abbreviate(styleText) + "'");
      }
    }
    boolean formula = false;
    String value = null;
    String inline = null;
    while (true) {
      int e = x.next();
      if (e == XMLStreamConstants.END_ELEMENT && x.isEnd("c")) {
        break;
      }
      if (e == XMLStreamConstants.END_DOCUMENT) {
        throw refusal("the sheet ends inside " + Xlsx.cell(row, column));
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isStart("f")) {
        formula = true;
        x.skip();
      } else if (x.isStart("v")) {
        value = x.text(Xlsx.MAX_CELL_CHARS);
      } else if (x.isStart("is")) {
        inline = x.richText("is");
      } else {
        x.skip();
      }
    }
    switch (type) {
      case "inlineStr" -> {
        return inline == null || inline.isEmpty() ? null : new Cell(column, Kind.TEXT, inline);
      }
      case "s" -> {
        if (value == null || value.isEmpty()) {
          return null;
        }
        String s = null;
        try {
          s = pkg.sharedString(Integer.parseInt(value.strip()));
        } catch (NumberFormatException ex) {
          // reported below
        }
        if (s == null) {
          throw refusal(
              Xlsx.cell(row, column)
                  + " refers to shared string "
                  + Doc.abbreviate(value)
                  + ", which is missing");
        }
        return s.isEmpty() ? null : new Cell(column, Kind.TEXT, s);
      }
      default -> {}
    }
    if (value == null) {
      return formula ? new Cell(column, Kind.NOT_CALCULATED, "") : null;
    }
    return switch (type) {
      case "str" -> value.isEmpty() ? null : new Cell(column, Kind.TEXT, value);
      case "b" -> new Cell(column, Kind.BOOLEAN, Boolean.toString(value.strip().equals("1")));
      case "e" -> new Cell(column, Kind.ERROR, value.strip());
      case "d" -> date(row, column, value.strip());
      case "", "n" -> number(row, column, value.strip(), style);
      default ->
          throw refusal(
              Xlsx.cell(row, column) + " has the unknown type '" + Doc.abbreviate(type) + "'");
    };
  }

  private @Nullable Cell number(int row, int column, String value, int style) {
    if (value.isEmpty()) {
      return null;
    }
    if (!NUMBER.matcher(value).matches()) {
      throw refusal(
          Xlsx.cell(row, column) + " holds '" + Doc.abbreviate(value) + "', not a number");
    }
    BigDecimal n = new BigDecimal(value);
    if (pkg.isDate(style)) {
      return serialDate(column, n);
    }
    BigDecimal shown = n.round(EXCEL).stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return new Cell(column, Kind.NUMBER, shown.toPlainString());
  }

  private Cell serialDate(int column, BigDecimal serial) {
    long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
    if (days < 0 || days > 2_958_465) { // 9999-12-31
      return new Cell(column, Kind.NUMBER, serial.stripTrailingZeros().toPlainString());
    }
    LocalDate d;
    if (pkg.date1904()) {
      d = EPOCH_1904.plusDays(days);
    } else if (days >= 61) {
      d = EPOCH_1900.plusDays(days);
    } else {
      // Excel counts 1900-02-29, which never was: serials below 61 are a day later
      d = EPOCH_1900.plusDays(days + 1);
    }
    return new Cell(column, Kind.DATE, d.toString());
  }

  private Cell date(int row, int column, String value) {
    String day = value.length() >= 10 ? value.substring(0, 10) : value;
    try {
      return new Cell(column, Kind.DATE, LocalDate.parse(day).toString());
    } catch (java.time.format.DateTimeParseException e) {
      throw refusal(Xlsx.cell(row, column) + " holds the date '" + Doc.abbreviate(value) + "'");
    }
  }

  private InvalidFileException refusal(String message) {
    return XlsxPackage.refused(pkg.file(), name, message);
  }

  @Override
  public void close() throws IOException {
    x.close();
  }
}
