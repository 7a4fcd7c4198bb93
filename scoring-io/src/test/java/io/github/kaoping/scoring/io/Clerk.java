package io.github.kaoping.scoring.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a workbook as a clerk does in a spreadsheet program, with Apache POI (a producer
 * independent of ours): numbers typed as numbers, text as text, dates as dates, rows added below
 * the last. Columns and sheets are found by their keys, as a clerk finds them by their headers.
 */
final class Clerk implements AutoCloseable {

  final XSSFWorkbook wb;
  private final CellStyle dateStyle;
  private final java.util.Map<String, java.util.Map<String, Integer>> columns =
      new java.util.HashMap<>();

  private Clerk(XSSFWorkbook wb) {
    this.wb = wb;
    this.dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
  }

  static Clerk open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new Clerk(new XSSFWorkbook(in));
    }
  }

  /** The sheet whose A1 holds a key: {@code group:county}, {@code occurrences}. */
  Sheet sheet(String key) {
    for (Sheet s : wb) {
      Row first = s.getRow(0);
      Cell a1 = first == null ? null : first.getCell(0);
      if (a1 != null
          && a1.getCellType() == CellType.STRING
          && a1.getStringCellValue().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no sheet keyed " + key);
  }

  /** The column (from 0) whose key row holds a key. */
  int column(Sheet s, String key) {
    Integer c =
        columns
            .computeIfAbsent(
                s.getSheetName(),
                name -> {
                  java.util.Map<String, Integer> byKey = new java.util.HashMap<>();
                  for (Cell k : s.getRow(WorkbookLayout.KEY_ROW - 1)) {
                    if (k.getCellType() == CellType.STRING) {
                      byKey.putIfAbsent(k.getStringCellValue(), k.getColumnIndex());
                    }
                  }
                  return byKey;
                })
            .get(key);
    if (c == null) {
      throw new IllegalArgumentException(s.getSheetName() + " has no column " + key);
    }
    return c;
  }

  boolean hasColumn(Sheet s, String key) {
    try {
      column(s, key);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The row of a unit on a unit sheet, added below the last if the sheet has none. */
  Row unitRow(Sheet s, String unit) {
    int col = column(s, WorkbookLayout.UNIT);
    for (int r = WorkbookLayout.FIRST_ROW - 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      Cell c = row == null ? null : row.getCell(col);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(unit)) {
        return row;
      }
    }
    Row row = newRow(s);
    type(s, row, WorkbookLayout.UNIT, unit);
    return row;
  }

  /** A new row below the last. */
  Row newRow(Sheet s) {
    return s.createRow(Math.max(s.getLastRowNum() + 1, WorkbookLayout.FIRST_ROW - 1));
  }

  /** Types a value into a row's cell of a column: a number, text, a date or a boolean. */
  Cell type(Sheet s, Row row, String key, Object value) {
    Cell c = row.getCell(column(s, key), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    if (value instanceof BigDecimal n) {
      c.setCellValue(n.doubleValue());
    } else if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      c.setCellValue(d);
      c.setCellStyle(dateStyle);
    } else if (value instanceof Boolean b) {
      c.setCellValue(b);
    } else {
      c.setCellValue(value.toString());
    }
    return c;
  }

  /** The text of a cell, "" if empty. */
  String text(Sheet s, Row row, String key) {
    Cell c = row.getCell(column(s, key));
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
