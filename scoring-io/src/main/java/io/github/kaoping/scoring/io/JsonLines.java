package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.kaoping.scoring.Recording;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The units of a JSON Lines facts file ({@code .jsonl}, {@code .ndjson}): a unit a line, each the
 * object a JSON facts file's {@code units} list holds, after an optional header line with the
 * file's {@code scheme}, {@code recording} and {@code gradedOn}.
 *
 * <p>Lines are cut apart on the file's bytes: a newline byte is never part of a UTF-8 character,
 * and JSON writes a newline inside text as {@code \n}. Each line is then a document of its own,
 * decoded, parsed and mapped on whichever thread {@link FactsReader} gives it to, under the limits
 * of one unit ({@link Limits#FACTS_LINE}); a syntax error spoils its line only, and the lines after
 * it are still read. So a file of any number of units is read in memory bounded by its longest
 * line, and nothing bounds the number of its lines but the line numbers' range.
 */
final class JsonLines implements SplitSource {

  private static final String UNIT_ONE_LINE = "; a JSON Lines file holds one unit a line";

  private final InputStream in;
  private final String file;
  private final Limits limits;
  private final JsonFactory json;
  private final Optional<String> expectedScheme;

  /** The most bytes a line may take: 3 per character, the most UTF-8 spends on one. */
  private final long maxBytes;

  /** The header's; set on the reading thread before the first unit is cut. */
  private Recording recording = Recording.EVERY_CHECK;

  private Optional<LocalDate> gradedOn = Optional.empty();
  private Optional<String> scheme = Optional.empty();

  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private int lines;
  private int units;
  private boolean started;

  JsonLines(InputStream in, String file, Limits limits, Optional<String> scheme) {
    this.in = in;
    this.file = file;
    this.limits = limits;
    this.json = limits.json();
    this.expectedScheme = scheme;
    this.maxBytes = 3 * limits.maxDocumentChars();
  }

  @Override
  public String file() {
    return file;
  }

  /** The scheme the header line names, once the first line is cut. */
  Optional<String> scheme() {
    return scheme;
  }

  @Override
  public Optional<LocalDate> gradedOn() {
    return gradedOn;
  }

  @Override
  public @Nullable Piece cut() {
    try {
      while (true) {
        Piece piece = cutLine();
        if (piece == null) {
          if (!started) {
            started = true;
            return found(1, 1, "the file is empty; expected a unit a line");
          }
          return null;
        }
        if (piece.found() == null && blank(piece.text())) {
          continue;
        }
        if (!started) {
          started = true;
          Item header = header(piece);
          if (header != null) {
            if (header.problems().isEmpty()) {
              continue;
            }
            return new Piece(new byte[0], piece.line(), -1, header);
          }
        }
        return piece;
      }
    } catch (IOException e) {
      eof = true;
      pos = end;
      Problems problems = new Problems(file);
      DocParser.record(e, new Doc.Loc(lines + 1, 0), problems, limits);
      return new Piece(new byte[0], lines + 1, units, Item.of(null, problems));
    }
  }

  /**
   * The next line's bytes without its newline, or a line over the limit skipped; null at the end.
   */
  private @Nullable Piece cutLine() throws IOException {
    int nl = indexOfNewline(pos);
    while (nl < 0 && !eof) {
      if (end - pos > maxBytes) {
        return skipLongLine();
      }
      int scanned = end - pos;
      fill();
      nl = indexOfNewline(pos + scanned);
    }
    if (nl < 0) {
      if (pos == end) {
        return null;
      }
      nl = end; // the last line, without a newline
    }
    if (lines == Integer.MAX_VALUE) {
      eof = true;
      pos = end;
      return found(lines, 0, "the file has more than " + Integer.MAX_VALUE + " lines");
    }
    lines++;
    int from = pos;
    if (lines == 1 && nl - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB) {
      from += buf[from + 2] == (byte) 0xBF ? 3 : 0; // a byte-order mark, as spreadsheets write
    }
    byte[] text = Arrays.copyOfRange(buf, from, nl);
    pos = Math.min(nl + 1, end);
    if (blank(text)) {
      return new Piece(text, lines, units, null);
    }
    return new Piece(text, lines, units++, null);
  }

  /** Reports a line over the limit and skips to its end, so that the lines after it are read. */
  private Piece skipLongLine() throws IOException {
    lines++;
    int line = lines;
    pos = end;
    while (!eof) {
      end = 0;
      pos = 0;
      fill();
      int nl = indexOfNewline(0);
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
      pos = end;
    }
    return found(
        line,
        0,
        "line "
            + line
            + " is longer than "
            + limits.maxDocumentChars()
            + " characters"
            + UNIT_ONE_LINE);
  }

  private Piece found(int line, int column, String message) {
    Problems problems = new Problems(file);
    problems.at(line, column, "", message);
    return new Piece(new byte[0], line, units++, Item.of(null, problems));
  }

  private int indexOfNewline(int from) {
    for (int i = from; i < end; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Reads more bytes after the line begun at {@link #pos}, keeping it, growing the buffer. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxBytes + 2));
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  private static boolean blank(byte[] text) {
    for (byte b : text) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the first line as the header if it is one: an object without {@code unit}. Returns null
   * for a unit's line (or one that cannot be read as an object, whose problems its unit reports).
   */
  private @Nullable Item header(Piece piece) {
    Problems problems = new Problems(file);
    CharBuffer text = decode(piece, problems);
    if (text == null) {
      return null;
    }
    Doc doc;
    try (JsonParser p = parser(text)) {
      DocParser docs = new DocParser(p, problems, limits, piece.line() - 1);
      docs.next();
      doc = docs.value("");
      if (docs.next() != null) {
        return null;
      }
    } catch (DocParser.Stop | IOException e) {
      return null;
    }
    if (!(doc instanceof Doc.Mapping header) || header.get("unit") != null) {
      return null;
    }
    problems.clear();
    for (int i = 0; i < header.size(); i++) {
      String key = header.key(i);
      Doc.Entry entry = header.entry(i);
      Doc d = entry.value();
      switch (key) {
        case "scheme" ->
            scheme = Optional.ofNullable(TreeUnits.scheme(d, expectedScheme, problems));
        case "recording" -> {
          Recording r = Fields.enumeration(d, "recording", problems, List.of(Recording.values()));
          if (r != null) {
            recording = r;
          }
        }
        case "gradedOn" -> gradedOn = Optional.ofNullable(Fields.date(d, "gradedOn", problems));
        default ->
            problems.at(
                entry.keyLoc(),
                "",
                "unknown key '"
                    + key
                    + "' in the header line; expected one of: scheme, recording, gradedOn"
                    + " (a unit's line needs 'unit')");
      }
    }
    return Item.of(null, problems);
  }

  @Override
  public Item parse(Piece piece) {
    Item found = piece.found();
    if (found != null) {
      return found;
    }
    Problems problems = new Problems(file);
    CharBuffer text = decode(piece, problems);
    if (text == null) {
      return Item.of(null, problems);
    }
    try (JsonParser p = parser(text)) {
      DocParser docs = new DocParser(p, problems, limits, piece.line() - 1);
      FactsCodec codec = new FactsCodec(problems);
      try {
        docs.next();
        FactsCodec.Parsed unit =
            TreeUnits.unit(docs, codec, "units[" + piece.index() + "]", recording);
        if (docs.next() != null) {
          problems.at(docs.loc(), "", "unexpected content after the unit" + UNIT_ONE_LINE);
        }
        return Item.of(unit, problems);
      } catch (DocParser.Stop stop) {
        return Item.of(null, problems);
      }
    } catch (IOException e) {
      DocParser.record(e, new Doc.Loc(piece.line(), 0), problems, limits);
      return Item.of(null, problems);
    }
  }

  private JsonParser parser(CharBuffer text) throws IOException {
    return json.createParser(text.array(), text.arrayOffset() + text.position(), text.remaining());
  }

  /** A line's text, strictly UTF-8 and within the limit; null after recording why not. */
  private @Nullable CharBuffer decode(Piece piece, Problems problems) {
    CharBuffer chars;
    try {
      chars = Input.utf8(piece.text());
    } catch (CharacterCodingException e) {
      problems.at(piece.line(), 0, "", "the file is not UTF-8 text; save it as UTF-8");
      return null;
    }
    if (chars.remaining() > limits.maxDocumentChars()) {
      problems.at(
          piece.line(),
          0,
          "",
          "line "
              + piece.line()
              + " is longer than "
              + limits.maxDocumentChars()
              + " characters"
              + UNIT_ONE_LINE);
      return null;
    }
    return chars;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
