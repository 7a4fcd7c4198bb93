package io.github.kaoping.scoring.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a file being cut into pieces on the reading thread ({@link CsvSplit}, {@link
 * YamlSplit}): a window from the piece being cut onwards, read as needed, checked as strict UTF-8
 * as they are read, as the serial reader decodes them. Places are relative to the piece's start.
 */
final class CutBuffer implements Closeable {

  /** Thrown when a piece grows beyond what is cut, or the file beyond what is vouched for. */
  static final class TooLong extends Exception {
    private static final long serialVersionUID = 1L;

    private TooLong() {
      super(null, null, false, false);
    }
  }

  private static final TooLong TOO_LONG = new TooLong();

  private final InputStream in;
  private final int maxPiece;
  private final int checkedAhead;
  private final long maxTotal;
  private final boolean yaml;

  private byte[] buf = new byte[1 << 16];

  /** Where the piece being cut begins in {@link #buf}. */
  private int pos;

  private int end;
  private boolean eof;
  private long total;

  /** Continuation bytes the last character read still needs, and the range of the next one. */
  private int need;

  private int low = 0x80;
  private int high = 0xBF;

  /** The character's bytes so far, for YAML's checks of whole characters. */
  private int lead;

  private int second;

  /** Whether the bytes read so far are not all what the serial reader reads without a problem. */
  private boolean doubtful;

  /**
   * A window over a file's bytes.
   *
   * @param in the file's bytes; closed with this
   * @param maxPiece the most bytes a piece may take
   * @param checkedAhead how far past a piece {@link #checkedAhead} reads: more than the serial
   *     reader reads ahead
   * @param maxTotal the most characters the serial reader reads without a problem
   * @param yaml whether characters SnakeYAML refuses or reads as line breaks (control characters,
   *     U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF) are doubtful too
   */
  CutBuffer(InputStream in, int maxPiece, int checkedAhead, long maxTotal, boolean yaml) {
    this.in = in;
    this.maxPiece = maxPiece;
    this.checkedAhead = checkedAhead;
    this.maxTotal = maxTotal;
    this.yaml = yaml;
  }

  /**
   * The byte {@code k} after the piece's start, reading more of the file as needed; -1 at its end.
   */
  int byteAt(int k) throws TooLong, IOException {
    while (pos + k >= end) {
      if (eof) {
        return -1;
      }
      fill();
    }
    return buf[pos + k] & 0xFF;
  }

  /** Moves the piece's start {@code k} bytes on. */
  void advance(int k) {
    pos += k;
  }

  /** The piece's first {@code k} bytes, which {@link #byteAt} has read. */
  byte[] copy(int k) {
    return Arrays.copyOfRange(buf, pos, pos + k);
  }

  /** The text of bytes {@code from} to {@code to} after the piece's start, which are read. */
  String text(int from, int to) {
    return new String(buf, pos + from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * Reads the file past a piece of {@code k} bytes as far as the serial reader may read ahead (or
   * to its end): false if a byte read so far is doubtful or the file may be larger than the limit,
   * which the serial reader reports before the units it has not read yet.
   */
  boolean checkedAhead(int k) throws TooLong, IOException {
    byteAt(k + checkedAhead);
    return !doubtful && total <= maxTotal - checkedAhead;
  }

  /** Reads more bytes after the piece, keeping it, growing the buffer. */
  private void fill() throws TooLong, IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    if (end == buf.length) {
      if (buf.length >= maxPiece + checkedAhead) {
        throw TOO_LONG;
      }
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxPiece + checkedAhead));
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
      doubtful |= need > 0;
    } else {
      check(end, end + n);
      end += n;
      total += n;
      if (total > maxTotal) {
        throw TOO_LONG; // perhaps too many characters: the serial reader counts them
      }
    }
  }

  /** Checks bytes as strict UTF-8, as the serial reader decodes them, carrying a character on. */
  private void check(int from, int to) {
    for (int i = from; i < to && !doubtful; i++) {
      int b = buf[i] & 0xFF;
      if (need > 0) {
        if (b < low || b > high) {
          doubtful = true;
        }
        low = 0x80;
        high = 0xBF;
        need--;
        if (yaml) {
          doubtful |= refusedByYaml(lead, second, b, need);
          second = b;
        }
      } else if (b >= 0x80) {
        lead = b;
        second = -1;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          low = b == 0xE0 ? 0xA0 : 0x80;
          high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          low = b == 0xF0 ? 0x90 : 0x80;
          high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          doubtful = true;
        }
      } else if (yaml && ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)) {
        doubtful = true;
      }
    }
  }

  /**
   * Whether the character whose continuation byte {@code b} was just read, with {@code left} still
   * to come, is one SnakeYAML refuses (U+0080 to U+009F, U+FFFE, U+FFFF) or reads as a line break
   * (U+0085, U+2028, U+2029), or a byte-order mark (U+FEFF): its lines would not be the file's.
   */
  private static boolean refusedByYaml(int lead, int second, int b, int left) {
    if (lead == 0xC2) {
      return b <= 0x9F; // U+0080 to U+009F
    }
    if (left != 0 || second < 0) {
      return false;
    }
    return (lead == 0xE2 && second == 0x80 && (b == 0xA8 || b == 0xA9))
        || (lead == 0xEF && second == 0xBB && b == 0xBF)
        || (lead == 0xEF && second == 0xBF && (b == 0xBE || b == 0xBF));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
