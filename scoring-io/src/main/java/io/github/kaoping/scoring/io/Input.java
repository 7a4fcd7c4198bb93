package io.github.kaoping.scoring.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Opens input as UTF-8 text, whatever the platform default, with a bound on its size. */
final class Input {

  private Input() {}

  /**
   * Decodes a stream as strict UTF-8 (malformed bytes are an error, not replacement characters),
   * skipping a byte-order mark as spreadsheet programs write one, and counting characters.
   */
  static Reader utf8(InputStream in, long maxChars) {
    return new Bounded(new SkipBom(new InputStreamReader(in, strictUtf8())), maxChars);
  }

  /**
   * Decodes a piece of a file cut on the reading thread (a JSON Lines line, a CSV unit's rows) as
   * strict UTF-8, as {@link #utf8(InputStream, long)} decodes the file.
   */
  static CharBuffer utf8(byte[] bytes) throws CharacterCodingException {
    return strictUtf8().decode(ByteBuffer.wrap(bytes));
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Encodes text back to UTF-8 bytes, for a reader of bytes given text ({@link JsonLines}); text
   * that cannot be encoded (a lone surrogate) fails as unreadable.
   */
  static InputStream utf8Bytes(Reader in) {
    return new Utf8Bytes(in);
  }

  private static final class Utf8Bytes extends InputStream {
    private final Reader in;
    private final CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16).flip();
    private boolean eof;

    Utf8Bytes(Reader in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (eof) {
          return -1;
        }
        bytes.clear();
        int n = in.read(chars);
        chars.flip();
        CoderResult r = encoder.encode(chars, bytes, n < 0);
        if (n < 0) {
          eof = true;
          if (!r.isError()) {
            r = encoder.flush(bytes);
          }
        }
        if (r.isError()) {
          r.throwException();
        }
        chars.compact();
        bytes.flip();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Refuses a line longer than a bound before the text reaches the parser. SnakeYAML copies its
   * whole buffer for every kilobyte it reads ahead without consuming, and it reads a whole value,
   * key or comment ahead on one line: a line of n characters costs it time in n². With lines
   * bounded, reading takes time linear in the file's size, and a 50 MB line is refused after its
   * first {@code max} characters.
   */
  static Reader lines(Reader in, int max) {
    return new LineBound(in, max);
  }

  /** Thrown when a line exceeds its length limit. */
  static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    final int line;

    LineTooLong(int line, int max) {
      super(
          "line "
              + line
              + " is longer than "
              + max
              + " characters; YAML lines are limited so that reading stays fast (JSON has no such"
              + " limit)");
      this.line = line;
    }
  }

  /** Fails at the first line longer than a bound. */
  private static final class LineBound extends FilterReader {
    private final int max;
    private int line = 1;
    private int column;
    private boolean afterCr;

    LineBound(Reader in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    // Counts in locals and checks a line's length where it ends or where the buffer does: every
    // character of the file passes here, and a line too long is still refused, at its own line,
    // before the parser sees any of the characters read with it.
    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n <= 0) {
        return n;
      }
      int at = line;
      int width = column;
      boolean cr = afterCr;
      for (int i = off, end = off + n; i < end; i++) {
        char c = buf[i];
        if (c > '\r' || (c != '\n' && c != '\r')) {
          width++;
          cr = false;
          continue;
        }
        if (width > max) {
          throw new LineTooLong(at, max);
        }
        if (c == '\r' || !cr) {
          at++;
        }
        width = 0;
        cr = c == '\r';
      }
      if (width > max) {
        throw new LineTooLong(at, max);
      }
      line = at;
      column = width;
      afterCr = cr;
      return n;
    }
  }

  /**
   * Where the text of a file starts if the whole file is plain: text whose every token a parser of
   * bytes places where {@link #utf8(InputStream, long)} and a parser of its characters would. That
   * is strict UTF-8 (as {@link #utf8(byte[])} decodes it), a byte-order mark only at its start, no
   * token on a line after a character of more than one byte (where a parser of bytes counts the
   * column in bytes), and a size well below {@code maxChars}. A facts file as the library writes it
   * (one value a line, text at the end of its line) is plain. The whole file is checked before a
   * byte of it is parsed: the reader of characters decodes ahead of its parser, so a bad byte ends
   * it some units before the parser would reach the byte, and a file read from its bytes must end
   * where it does.
   *
   * @param file the file
   * @param maxChars the most characters the document may hold
   * @return -1 if the file is not plain, else the length of its byte-order mark (0 or 3)
   * @throws IOException if it cannot be read
   */
  static int plainStart(java.nio.file.Path file, long maxChars) throws IOException {
    try (PlainUtf8 in =
        new PlainUtf8(java.nio.file.Files.newInputStream(file), maxChars, 1 << 16)) {
      while (in.fill()) {
        // checked, nothing else to do with the bytes
      }
      return in.bom;
    } catch (NotPlain e) {
      return -1;
    }
  }

  /** Thrown where a file stops being plain ({@link #plainStart}). */
  static final class NotPlain extends IOException {
    private static final long serialVersionUID = 1L;

    NotPlain(String why) {
      super(why);
    }
  }

  /** Checks a file's bytes, a buffer at a time, for {@link #plainStart}. */
  private static final class PlainUtf8 implements java.io.Closeable {
    // where the line stands: no multibyte character yet; inside the text a multibyte character
    // was read in (after a backslash); after that text, where only ' ', '\t' and ',' may follow
    private static final int CLEAR = 0;
    private static final int IN_TEXT = 1;
    private static final int ESCAPED = 2;
    private static final int AFTER_TEXT = 3;

    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;

    /** Read ahead of the bytes checked so far: never close to the strict reader's bound. */
    private final long maxBytes;

    private final byte[] buf;

    /** The bytes the last fill checked are [pos, lim); [lim, end) an unfinished character. */
    private int pos;

    private int lim;
    private int end;
    private long total;
    private boolean started;

    /** The length of the byte-order mark skipped. */
    private int bom;

    private boolean eof;
    private int state = CLEAR;

    PlainUtf8(InputStream in, long maxChars, int buffer) {
      this.in = in;
      this.maxBytes = Math.max(0, maxChars - (1 << 20));
      this.buf = new byte[buffer];
    }

    /** Reads and checks more bytes; false at the end of the stream. */
    private boolean fill() throws IOException {
      while (true) {
        int carried = end - lim;
        System.arraycopy(buf, lim, buf, 0, carried);
        pos = 0;
        lim = 0;
        end = carried;
        if (eof) {
          if (carried > 0) {
            throw new NotPlain("an unfinished character at the end");
          }
          return false;
        }
        int n = in.read(buf, carried, buf.length - carried);
        if (n < 0) {
          eof = true;
          continue;
        }
        end += n;
        total += n;
        if (total > maxBytes) {
          throw new NotPlain("close to the size limit");
        }
        if (!started) {
          if (end < 3 && (buf[0] & 0xFF) == 0xEF) {
            lim = 0; // perhaps a byte-order mark, not all read
            continue;
          }
          started = true;
          if (end >= 3
              && (buf[0] & 0xFF) == 0xEF
              && (buf[1] & 0xFF) == 0xBB
              && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
            bom = 3;
          }
        }
        lim = check(pos);
        if (lim > pos) {
          return true;
        }
      }
    }

    /** Checks [from, end): returns where an unfinished character starts, or end. */
    private int check(int from) throws NotPlain {
      byte[] b = buf;
      int i = from;
      int e = end;
      int s = state;
      while (i < e) {
        if (s == CLEAR) {
          // eight bytes at a time while they are ASCII: most of a facts file
          while (i <= e - 8 && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += 8;
          }
          if (i == e) {
            break;
          }
        }
        int c = b[i];
        if (c >= 0) {
          i++;
          if (s != CLEAR) {
            s = afterMultibyte(s, c);
          }
          continue;
        }
        int length = length(c & 0xFF);
        if (i + length > e) {
          break;
        }
        int c1 = b[i + 1] & 0xFF;
        // the well-formed sequences of Unicode's table 3-7: no overlong form, no surrogate
        boolean ok =
            switch (c & 0xFF) {
              case 0xE0 -> c1 >= 0xA0 && c1 <= 0xBF;
              case 0xED -> c1 >= 0x80 && c1 <= 0x9F;
              case 0xF0 -> c1 >= 0x90 && c1 <= 0xBF;
              case 0xF4 -> c1 >= 0x80 && c1 <= 0x8F;
              default -> (c1 & 0xC0) == 0x80;
            };
        for (int k = 2; k < length; k++) {
          ok &= (b[i + k] & 0xC0) == 0x80;
        }
        if (!ok) {
          throw new NotPlain("not UTF-8");
        }
        if (s == AFTER_TEXT) {
          throw new NotPlain("a multibyte character outside text");
        }
        s = IN_TEXT;
        i += length;
      }
      state = s;
      return i;
    }

    /** The length of the sequence a byte from 0x80 leads; throws for a byte that leads none. */
    private static int length(int lead) throws NotPlain {
      if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
      }
      if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
      }
      if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
      }
      throw new NotPlain("not UTF-8");
    }

    /** The line's state after an ASCII byte that follows a multibyte character on it. */
    private static int afterMultibyte(int s, int c) throws NotPlain {
      if (c == '\n' || c == '\r') {
        return CLEAR;
      }
      return switch (s) {
        case IN_TEXT -> c == '"' ? AFTER_TEXT : c == '\\' ? ESCAPED : IN_TEXT;
        case ESCAPED -> IN_TEXT;
        default -> {
          if (c != ' ' && c != '\t' && c != ',') {
            throw new NotPlain("a token after a multibyte character on its line");
          }
          yield AFTER_TEXT;
        }
      };
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Thrown when a document exceeds its size limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long max) {
      super("the document is larger than " + max + " characters");
    }
  }

  /** Skips a leading U+FEFF. */
  private static final class SkipBom extends FilterReader {
    private boolean first = true;

    SkipBom(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (first && n > 0) {
        first = false;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          return n == 1 ? read(buf, off, len) : n - 1;
        }
      }
      return n;
    }
  }

  /** Fails once more than a bound of characters has been read. */
  private static final class Bounded extends FilterReader {
    private final long max;
    private long count;

    Bounded(Reader in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++count > max) {
        throw new TooLarge(max);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new TooLarge(max);
        }
      }
      return n;
    }
  }
}
