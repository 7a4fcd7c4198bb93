package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.io.CutBuffer.TooLong;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A YAML facts file cut into its units on its bytes, for {@link FactsReader#scoreOn} to parse them
 * on every core: the file's head (its keys up to {@code units:}, which must come last) is read on
 * the reading thread by the serial reader's own code, and then the block sequence of units is cut
 * at its items, a line that begins with the items' indentation and {@code "- "} beginning a unit.
 *
 * <p>The reading thread only scans lines: their indentation, their first character, their end. Each
 * piece (an item's lines, with the blank and comment lines after it) is parsed on the pool by the
 * serial reader's own code, under {@code units:} as in the file and placed at its line, so that
 * every value, line, column and nesting depth is the file's. A cut only the serial reader can vouch
 * for ends the split: a line of the sequence's indentation or less that is neither an item, blank
 * nor a comment (a key after {@code units}, a document marker, a directive, flow style), a tab or a
 * carriage return alone where lines are counted, a line longer than YAML's limit, a character
 * SnakeYAML refuses or counts as a line break, a byte-order mark, text that is not UTF-8, a piece
 * over {@value #MAX_PIECE} bytes. So does a head with a problem, and every piece the pool reads
 * with a problem (an alias whose anchor is in another piece is one, as is a quote left open across
 * a cut): from that unit on the file is read by the serial reader ({@link #from}), the units before
 * it having been read as it reads them. So every unit and every problem, with its place, is what
 * one thread reads.
 *
 * <p>Read on one thread ({@link #next()}), the file is read by the serial reader throughout.
 */
final class YamlSplit implements SplitSource {

  /** The most bytes a piece may take; a longer one is left to the serial reader. */
  private static final int MAX_PIECE = 1 << 24;

  /**
   * How far past a piece the file is vouched for before the piece is given out: far more than the
   * serial reader reads ahead (SnakeYAML reads 1,024 characters at a time), which reports a
   * character it refuses where its read-ahead meets it, before the units in between.
   */
  private static final int CHECKED_AHEAD = 1 << 16;

  /** What a piece is parsed under, as its lines are in the file. */
  private static final char[] UNITS = "units:\n".toCharArray();

  private final Path path;
  private final String file;
  private final Limits limits;
  private final Optional<String> expectedScheme;

  /** The file's bytes from the piece being cut on; the scan's places are relative to its start. */
  private final CutBuffer bytes;

  /** The line the piece being cut begins on, from 1. */
  private int line = 1;

  private int index;
  private boolean started;
  private boolean stopped;

  /** The items' indentation, once the head is read. */
  private int indent;

  /** The head's; set on the reading thread before the first piece is cut. */
  private Recording recording = Recording.EVERY_CHECK;

  private Optional<LocalDate> gradedOn = Optional.empty();

  private @Nullable UnitSource serial;

  // the line scanned last, its places relative to the piece's start
  private int lineSpaces;
  private int lineFirst;
  private int lineEnd;
  private int lineNext;

  YamlSplit(Path path, String file, Limits limits, Optional<String> scheme) throws IOException {
    this.path = path;
    this.file = file;
    this.limits = limits;
    this.expectedScheme = scheme;
    this.bytes =
        new CutBuffer(
            Files.newInputStream(path), MAX_PIECE, CHECKED_AHEAD, limits.maxDocumentChars(), true);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public Optional<LocalDate> gradedOn() {
    UnitSource s = serial;
    return s == null ? gradedOn : s.gradedOn();
  }

  /** The file's serial reader, from its start. */
  private UnitSource serial() throws IOException {
    return new TreeUnits(Docs.open(path, limits), FileFormat.YAML, file, limits, expectedScheme);
  }

  @Override
  public @Nullable Item next() {
    UnitSource s = serial;
    if (s == null) {
      try {
        s = serial();
      } catch (IOException e) {
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
        if (!head()) {
          return serialFrom();
        }
      }
      return cutUnit();
    } catch (TooLong | IOException e) {
      return serialFrom(); // the serial reader reports what is wrong, where it finds it
    }
  }

  private Piece serialFrom() {
    stopped = true;
    return Piece.serialFrom(line, index);
  }

  /**
   * Reads the head, up to a line {@code units:}, with the serial reader's code, and finds the
   * items' indentation; false if the head has a problem or the scan cannot vouch for it.
   */
  private boolean head() throws TooLong, IOException {
    if (bytes.byteAt(0) == 0xEF && bytes.byteAt(1) == 0xBB && bytes.byteAt(2) == 0xBF) {
      return false; // a byte-order mark, which the serial reader skips
    }
    int k = 0;
    int lines = 0;
    while (true) {
      if (bytes.byteAt(k) < 0 || !scanLine(k)) {
        return false;
      }
      lines++;
      if (unitsLine(k)) {
        break;
      }
      k = lineNext;
    }
    if (!headRead(k)) {
      return false;
    }
    k = lineNext;
    while (true) {
      if (bytes.byteAt(k) < 0 || !scanLine(k)) {
        return false;
      }
      if (!blankOrComment()) {
        break;
      }
      k = lineNext;
      lines++;
    }
    if (lineFirst != '-' || bytes.byteAt(k + lineSpaces + 1) != ' ') {
      return false;
    }
    indent = lineSpaces;
    advance(k, lines);
    return true;
  }

  /** Whether the line scanned last, at {@code k}, is {@code units:} alone at the left margin. */
  private boolean unitsLine(int k) throws TooLong, IOException {
    if (lineSpaces != 0 || lineEnd - k < 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (bytes.byteAt(k + i) != "units:".charAt(i)) {
        return false;
      }
    }
    for (int i = k + 6; i < lineEnd; i++) {
      if (bytes.byteAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the head, the {@code k} bytes before {@code units:}, as the serial reader reads a file
   * with no units: its scheme checked, its recording and day taken; false if it has a problem.
   */
  private boolean headRead(int k) throws IOException {
    String head;
    try {
      head = Input.utf8(bytes.copy(k)) + "units: []\n";
    } catch (CharacterCodingException e) {
      return false;
    }
    try (TreeUnits units =
        new TreeUnits(new StringReader(head), FileFormat.YAML, file, limits, expectedScheme)) {
      if (units.next() != null) {
        return false; // a problem of the head: the serial reader reports it
      }
      recording = units.recording();
      gradedOn = units.gradedOn();
      return true;
    }
  }

  /** The next item's lines, with the blank and comment lines after them; null at the end. */
  private @Nullable Piece cutUnit() throws TooLong, IOException {
    if (bytes.byteAt(0) < 0) {
      return null;
    }
    if (!scanLine(0)) {
      return serialFrom();
    }
    int k = lineNext;
    int lines = 1;
    while (bytes.byteAt(k) >= 0) {
      if (!scanLine(k)) {
        return serialFrom();
      }
      if (lineSpaces == indent && lineFirst == '-' && bytes.byteAt(k + lineSpaces + 1) == ' ') {
        break; // the next item
      }
      if (lineSpaces <= indent && !blankOrComment()) {
        return serialFrom(); // the sequence ends, or what is there the scan cannot tell
      }
      k = lineNext;
      lines++;
    }
    if (!bytes.checkedAhead(k)) {
      return serialFrom();
    }
    Piece piece = new Piece(bytes.copy(k), line, index++, null);
    advance(k, lines);
    return piece;
  }

  private boolean blankOrComment() {
    return lineFirst < 0 || lineFirst == '\n' || lineFirst == '\r' || lineFirst == '#';
  }

  private void advance(int k, int lines) {
    bytes.advance(k);
    line += lines;
  }

  /**
   * Scans the line that begins {@code k} bytes after the piece's start, setting the {@code line}
   * fields: its leading spaces, the byte after them (-1 at the end of the file), where its line
   * break begins and where the next line begins.
   *
   * @return false where the scan cannot vouch for the line: a tab in its indentation, a carriage
   *     return without a line feed, more bytes than a YAML line may have characters
   */
  private boolean scanLine(int k) throws TooLong, IOException {
    int i = k;
    while (bytes.byteAt(i) == ' ') {
      i++;
    }
    lineSpaces = i - k;
    lineFirst = bytes.byteAt(i);
    if (lineFirst == '\t') {
      return false;
    }
    int max = k + limits.maxLineLength();
    while (true) {
      int b = bytes.byteAt(i);
      if (b < 0 || b == '\n') {
        lineEnd = i;
        lineNext = b < 0 ? i : i + 1;
        return true;
      }
      if (b == '\r') {
        lineEnd = i;
        lineNext = i + 2;
        return bytes.byteAt(i + 1) == '\n';
      }
      if (i >= max) {
        return false;
      }
      i++;
    }
  }

  @Override
  public @Nullable Item parse(Piece piece) {
    if (piece.serial() || piece.found() != null) {
      return piece.found();
    }
    CharBuffer chars;
    try {
      chars = Input.utf8(piece.text());
    } catch (CharacterCodingException e) {
      return null;
    }
    char[] text = new char[UNITS.length + chars.remaining()];
    System.arraycopy(UNITS, 0, text, 0, UNITS.length);
    chars.get(text, UNITS.length, text.length - UNITS.length);
    Problems problems = new Problems(file);
    try (JsonParser p = Docs.parser(new CharArrayReader(text), FileFormat.YAML, limits)) {
      DocParser docs = new DocParser(p, problems, limits, piece.line() - 2);
      if (docs.next() != JsonToken.START_OBJECT
          || docs.next() != JsonToken.FIELD_NAME
          || docs.next() != JsonToken.START_ARRAY
          || docs.next() != JsonToken.START_OBJECT) {
        return null;
      }
      FactsCodec.Parsed unit =
          TreeUnits.unit(docs, new FactsCodec(problems), "units[" + piece.index() + "]", recording);
      if (!problems.isEmpty()
          || docs.next() != JsonToken.END_ARRAY
          || docs.next() != JsonToken.END_OBJECT
          || docs.next() != null
          || !problems.isEmpty()) {
        return null;
      }
      return Item.of(unit, problems);
    } catch (DocParser.Stop | IOException e) {
      return null;
    }
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
