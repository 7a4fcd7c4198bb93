package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.CutBuffer.TooLong;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CSV facts file cut into its units on its bytes, for {@link FactsReader#scoreOn} to parse them
 * on every core: a row per unit ({@link CsvUnits}), or a unit's rows, one after another ({@link
 * CsvFactRows}), with the next unit's first row, which the serial reader reads before the unit is
 * complete.
 *
 * <p>The reading thread only finds where records end, by a scan that knows quotes (a line break
 * inside a quoted cell does not end a record), and, for a row per fact, reads the unit and period
 * cells that tell where a unit ends. Each piece is then read on the pool by the serial reader's own
 * code, placed at its line. Whatever the scan cannot vouch for (a quote inside a cell, a quoted
 * unit id, a row of another width than the header, a unit whose rows are apart, a record longer
 * than {@value #MAX_PIECE} bytes), and every piece the pool reads with a problem, hands the file
 * from that unit on to the serial reader ({@link #from}): the units before it were read as it reads
 * them, so every unit and every problem, with its place, is what one thread reads.
 *
 * <p>Read on one thread ({@link #next()}), the file is read by the serial reader throughout.
 */
final class CsvSplit implements SplitSource {

  /** The most bytes a piece may take; a longer one is left to the serial reader. */
  private static final int MAX_PIECE = 1 << 24;

  /**
   * How far past a piece the file is known to be UTF-8 before the piece is given out: more than the
   * serial reader reads ahead ({@link CsvFactRows#HEADER_CHARS} characters, at most 3 bytes each),
   * which reports text that is not UTF-8 where its read-ahead meets it, before the units in
   * between.
   */
  private static final int CHECKED_AHEAD = 4 * CsvFactRows.HEADER_CHARS;

  private final Path path;
  private final String file;
  private final Limits limits;
  private final Scheme scheme;
  private final boolean rowLayout;

  /** The file's bytes from the piece being cut on; the scan's places are relative to its start. */
  private final CutBuffer bytes;

  /** The line the piece being cut begins on, from 1. */
  private int line = 1;

  private int index;
  private boolean started;
  private boolean stopped;

  /** The header's reader, once the header is read without a problem. */
  private @Nullable CsvUnits units;

  private @Nullable CsvFactRows rows;
  private int width;
  private int unitAt = -1;
  private int periodAt = -1;

  /** The units (id and period) whose rows have ended, with their last line, as CsvFactRows's. */
  private final Map<String, Integer> ended = new HashMap<>();

  private @Nullable UnitSource serial;

  // the record scanned last, its places relative to the piece's start
  private int recNext;
  private int recLines;
  private int recWidth;
  private boolean recSure;
  private boolean recBlank;
  private boolean keyQuoted;
  private int unitFrom;
  private int unitTo;
  private int periodFrom;
  private int periodTo;

  CsvSplit(Path path, String file, Limits limits, Scheme scheme, boolean rowLayout)
      throws IOException {
    this.path = path;
    this.file = file;
    this.limits = limits;
    this.scheme = scheme;
    this.rowLayout = rowLayout;
    this.bytes =
        new CutBuffer(
            Files.newInputStream(path), MAX_PIECE, CHECKED_AHEAD, limits.maxDocumentChars(), false);
  }

  @Override
  public String file() {
    return file;
  }

  /** The file's serial reader, from its start. */
  private UnitSource serial() throws IOException {
    return FactsFiles.csv(Docs.open(path, limits), file, limits, scheme);
  }

  @Override
  public @Nullable Item next() {
    UnitSource s = serial;
    if (s == null) {
      try {
        s = serial();
      } catch (IOException e) {
        stopped = true;
        s = SplitSource.unreadable(file, e, limits);
      }
      serial = s;
    }
    return s.next();
  }

  @Override
  public UnitSource from(Piece piece) throws IOException {
    return SplitSource.past(serial(), piece);
  }

  @Override
  public @Nullable Piece cut() {
    if (stopped) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        if (!header()) {
          return serialFrom();
        }
      }
      return rowLayout ? cutUnit() : cutRow();
    } catch (TooLong | IOException e) {
      return serialFrom(); // the serial reader reports what is wrong, where it finds it
    }
  }

  private Piece serialFrom() {
    stopped = true;
    return Piece.serialFrom(line, index);
  }

  /** Reads the header with the serial reader's code; false if it has a problem. */
  private boolean header() throws TooLong, IOException {
    if (byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF) {
      bytes.advance(3); // a byte-order mark, as spreadsheets write
    }
    int k = 0;
    int lines = 0;
    while (true) {
      if (!scan(k) || !recSure) {
        return false;
      }
      k = recNext;
      lines += recLines;
      if (!rowLayout || !recBlank) {
        break; // the serial reader of a row per fact skips blank lines before the header
      }
    }
    String text = bytes.text(0, k);
    if (rowLayout) {
      CsvFactRows r = new CsvFactRows(new StringReader(text), file, limits, scheme);
      if (r.next() != null) {
        return false;
      }
      rows = r;
      width = r.width();
      unitAt = r.unitColumn();
      periodAt = r.periodColumn();
    } else {
      CsvUnits u = new CsvUnits(new StringReader(text), file, limits, scheme);
      if (u.next() != null) {
        return false;
      }
      units = u;
    }
    advance(k, lines);
    return true;
  }

  /** A row per unit: the next record that is not blank. */
  private @Nullable Piece cutRow() throws TooLong, IOException {
    while (true) {
      if (!scan(0)) {
        return null;
      }
      if (!recSure) {
        return serialFrom();
      }
      int k = recNext;
      int lines = recLines;
      if (recBlank) {
        advance(k, lines);
        continue;
      }
      if (!checkedAhead(k)) {
        return serialFrom();
      }
      Piece piece = new Piece(bytes.copy(k), line, index++, null);
      advance(k, lines);
      return piece;
    }
  }

  /**
   * A row per fact: the unit's rows, as {@link CsvFactRows} groups them (the same id, and the same
   * period where both rows give one), and the first row of the next unit.
   */
  private @Nullable Piece cutUnit() throws TooLong, IOException {
    int k = 0;
    int lines = 0;
    String unit = null;
    String period = "";
    // the unit's key under the period known so far, and the line of its last row: put in `ended`
    // when the period is first given and when the unit ends, as the serial reader puts them
    String key = null;
    String periodOfKey = "";
    int lastLine = 0;
    int next = 0;
    while (true) {
      if (!scan(k)) {
        next = k;
        break;
      }
      if (!recSure) {
        return serialFrom();
      }
      if (recBlank) {
        k = recNext;
        lines += recLines;
        continue;
      }
      if (recWidth != width || keyQuoted) {
        return serialFrom();
      }
      String id = requireRows().unitId(cell(unitFrom, unitTo));
      String periodCell = periodAt < 0 ? "" : cell(periodFrom, periodTo);
      if (unit == null) {
        if (id.isEmpty() || ended.containsKey(unitKey(id, periodCell))) {
          return serialFrom();
        }
        unit = id;
      } else if (!id.equals(unit)
          || (!period.isEmpty() && !periodCell.isEmpty() && !periodCell.equals(period))) {
        next = recNext; // the next unit's first row, read with this unit
        break;
      }
      if (period.isEmpty()) {
        period = periodCell;
      }
      if (key == null || !period.equals(periodOfKey)) {
        if (key != null) {
          ended.put(key, lastLine);
        }
        key = unitKey(unit, period);
        periodOfKey = period;
      }
      lastLine = line + lines;
      k = recNext;
      lines += recLines;
      next = k;
    }
    if (key == null) {
      advance(k, lines);
      return null;
    }
    ended.put(key, lastLine);
    if (!checkedAhead(next)) {
      return serialFrom();
    }
    Piece piece = new Piece(bytes.copy(next), line, index++, null);
    advance(k, lines);
    return piece;
  }

  private CsvFactRows requireRows() {
    CsvFactRows r = rows;
    if (r == null) {
      throw new IllegalStateException("the header is not read");
    }
    return r;
  }

  /** A unit is its id in its period, as {@link CsvFactRows} keys it. */
  private static String unitKey(String id, String period) {
    return period.isEmpty() ? id : id + '\n' + period;
  }

  /** An unquoted cell's text, as the serial reader reads it. */
  private String cell(int from, int to) {
    if (from < 0) {
      return "";
    }
    String text = bytes.text(from, to);
    return text.isEmpty() ? "" : Csv.restore(text.strip());
  }

  private void advance(int k, int lines) {
    bytes.advance(k);
    line += lines;
  }

  /**
   * Scans the record that begins {@code k} bytes after the piece's start, as the CSV reader reads
   * it: a quote opens a quoted cell only as the cell's first character, two quotes in it are one,
   * and a line break ({@code \n}, {@code \r} or both) ends the record outside quotes. Sets the
   * {@code rec} fields; a record it is not sure of (a quote elsewhere, text after a closing quote,
   * a quote left open, a byte-order mark) is not {@link #recSure}.
   *
   * @return false at the end of the file
   */
  private boolean scan(int k) throws TooLong, IOException {
    if (byteAt(k) < 0) {
      return false;
    }
    recSure = !(byteAt(k) == 0xEF && byteAt(k + 1) == 0xBB && byteAt(k + 2) == 0xBF);
    recBlank = true;
    keyQuoted = false;
    unitFrom = -1;
    unitTo = -1;
    periodFrom = -1;
    periodTo = -1;
    int lines = 0;
    int cell = 0;
    int cellFrom = k;
    boolean cellStart = true;
    boolean quoted = false;
    boolean closed = false;
    int i = k;
    while (true) {
      int b = byteAt(i);
      if (quoted) {
        if (b < 0) {
          recSure = false; // a quote left open: the reader says where
          break;
        }
        if (b == '"') {
          if (byteAt(i + 1) == '"') {
            i += 2;
            continue;
          }
          quoted = false;
          closed = true;
        } else if (b == '\n') {
          lines++;
        } else if (b == '\r') {
          lines++;
          if (byteAt(i + 1) == '\n') {
            i++;
          }
        }
        i++;
        continue;
      }
      if (b < 0 || b == ',' || b == '\n' || b == '\r') {
        if (cell == unitAt) {
          unitFrom = cellFrom;
          unitTo = i;
        } else if (cell == periodAt) {
          periodFrom = cellFrom;
          periodTo = i;
        }
        if (b == ',') {
          recBlank = false;
          cell++;
          i++;
          cellFrom = i;
          cellStart = true;
          closed = false;
          continue;
        }
        if (b >= 0) {
          lines++;
          i += b == '\r' && byteAt(i + 1) == '\n' ? 2 : 1;
        }
        break;
      }
      if (b == '"') {
        if (cellStart) {
          quoted = true;
          recBlank = false;
          keyQuoted |= cell == unitAt || cell == periodAt;
          cellStart = false;
          i++;
          continue;
        }
        recSure = false;
      }
      if (closed) {
        recSure = false;
      }
      if (b != ' ' && b != '\t') {
        recBlank = false;
      }
      cellStart = false;
      i++;
    }
    recNext = i;
    recLines = lines;
    recWidth = cell + 1;
    return true;
  }

  /** Whether the file is vouched for {@link #CHECKED_AHEAD} bytes past a piece of {@code k}. */
  private boolean checkedAhead(int k) throws TooLong, IOException {
    return bytes.checkedAhead(k);
  }

  private int byteAt(int k) throws TooLong, IOException {
    return bytes.byteAt(k);
  }

  @Override
  public @Nullable Item parse(Piece piece) {
    if (piece.serial() || piece.found() != null) {
      return piece.found();
    }
    String text;
    try {
      text = Input.utf8(piece.text()).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    CsvFactRows r = rows;
    if (r != null) {
      return r.piece(text, piece.line() - 1);
    }
    CsvUnits u = units;
    return u == null ? null : u.piece(text, piece.line() - 1);
  }

  @Override
  public void close() throws IOException {
    try (bytes) {
      UnitSource s = serial;
      if (s != null) {
        s.close();
      }
    }
  }
}
