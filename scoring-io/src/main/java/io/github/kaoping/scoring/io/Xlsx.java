package io.github.kaoping.scoring.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Cell references as spreadsheet programs write them ({@code H7}, {@code '2024 县区'!H7}), and what a
 * workbook may contain before it is refused unread.
 */
final class Xlsx {

  private Xlsx() {}

  /** The time every part of a workbook we write is dated: none of the day's. */
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /**
   * Writes a workbook the same bytes each time: fastexcel dates the workbook's properties with the
   * moment it is written, so its workbook is written to a temporary file first and copied part by
   * part, without that date, each part dated {@link #EPOCH}.
   *
   * @param out where to write; left open
   * @param workbook writes the workbook
   * @throws IOException if it cannot be written
   */
  static void stable(OutputStream out, Docs.Bytes workbook) throws IOException {
    Path temp = Files.createTempFile("scoring", ".xlsx");
    try {
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp))) {
        workbook.writeTo(o);
      }
      OutputStream open =
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              flush();
            }
          };
      try (ZipFile zip = new ZipFile(temp.toFile());
          ZipOutputStream z = new ZipOutputStream(open)) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(EPOCH);
          z.putNextEntry(copy);
          try (InputStream in = zip.getInputStream(e)) {
            if (e.getName().equals("docProps/core.xml")) {
              String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
              z.write(
                  xml.replaceAll("<dcterms:created[^<]*</dcterms:created>", "")
                      .getBytes(StandardCharsets.UTF_8));
            } else {
              in.transferTo(z);
            }
          }
          z.closeEntry();
        }
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The most rows a sheet has in Excel. */
  static final int MAX_ROWS = 1_048_576;

  /** The most columns a sheet has in Excel (XFD). */
  static final int MAX_COLUMNS = 16_384;

  /** The most characters a cell holds in Excel; longer text is not a cell's. */
  static final int MAX_CELL_CHARS = 32_767;

  /**
   * What a workbook may contain. A workbook that goes beyond one of them is refused with a problem
   * that names the limit, never read until the heap is exhausted.
   *
   * @param maxEntries the most files in the zip archive
   * @param maxRatio the most a part may inflate, as a multiple of its compressed size, once it is
   *     larger than {@code freeBytes}: a zip bomb inflates by thousands
   * @param freeBytes the size a part may inflate to whatever its ratio
   * @param maxTotalBytes the most inflated bytes read from the whole workbook
   * @param maxTokenBytes the longest XML tag, text, comment or CDATA section: each is held whole by
   *     the XML parser
   * @param maxSharedStrings the most entries of the shared-strings table
   * @param maxSharedChars the most characters of the shared-strings table, which is held in memory
   * @param maxSheets the most sheets
   * @param maxStyles the most cell formats
   */
  record Limits(
      int maxEntries,
      int maxRatio,
      long freeBytes,
      long maxTotalBytes,
      int maxTokenBytes,
      int maxSharedStrings,
      int maxSharedChars,
      int maxSheets,
      int maxStyles) {

    /** For facts workbooks: a million units fit; a hostile workbook does not get far. */
    static final Limits FACTS =
        new Limits(10_000, 100, 64L << 20, 4L << 30, 1 << 20, 2_000_000, 16 << 20, 1_000, 65_536);
  }

  /** The column's letters: 1 is A, 27 is AA. */
  static String columnName(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.append((char) ('A' + (c - 1) % 26));
    }
    return s.reverse().toString();
  }

  /** A cell's address such as {@code H7}; a row's ({@code 7}) where the column is unknown. */
  static String cell(int row, int column) {
    return column > 0 ? columnName(column) + row : Integer.toString(row);
  }

  /**
   * A reference to a cell as a spreadsheet program writes it: {@code 吉水!H7}, the sheet's name
   * quoted where it holds spaces or punctuation ({@code 'a b'!H7}); the sheet alone where the row
   * is unknown.
   */
  static String reference(String sheet, int row, int column) {
    String name = sheetName(sheet);
    return row > 0 ? name + "!" + cell(row, column) : name;
  }

  private static String sheetName(String sheet) {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
    for (int i = 0; i < sheet.length() && plain; i++) {
      char c = sheet.charAt(i);
      plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  /**
   * Parses a cell address such as {@code H7} or {@code $H$7}.
   *
   * @return {row, column}, or null if it is not an address within a sheet's bounds
   */
  static int @Nullable [] parseCell(String ref) {
    int i = 0;
    int n = ref.length();
    if (i < n && ref.charAt(i) == '$') {
      i++;
    }
    long column = 0;
    int letters = 0;
    while (i < n && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && letters < 4) {
      column = column * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
      letters++;
    }
    if (i < n && ref.charAt(i) == '$') {
      i++;
    }
    long row = 0;
    int digits = 0;
    while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9' && digits < 8) {
      row = row * 10 + (ref.charAt(i) - '0');
      i++;
      digits++;
    }
    if (i != n || letters == 0 || digits == 0) {
      return null;
    }
    if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) {
      return null;
    }
    return new int[] {(int) row, (int) column};
  }

  /**
   * A rectangle of cells, such as a merged range.
   *
   * @param top the first row
   * @param left the first column
   * @param bottom the last row
   * @param right the last column
   */
  record Range(int top, int left, int bottom, int right) {

    /** Parses {@code A1:C3}, or a single cell; null if it is neither. */
    static @Nullable Range parse(String ref) {
      int colon = ref.indexOf(':');
      int[] a = parseCell(colon < 0 ? ref : ref.substring(0, colon));
      int[] b = colon < 0 ? a : parseCell(ref.substring(colon + 1));
      if (a == null || b == null) {
        return null;
      }
      return new Range(
          Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    @Override
    public String toString() {
      String first = cell(top, left);
      return top == bottom && left == right ? first : first + ":" + cell(bottom, right);
    }
  }
}
