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
        if (c > '\r' || c != '\n' && c != '\r') {
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
