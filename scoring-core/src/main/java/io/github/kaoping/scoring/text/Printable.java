package io.github.kaoping.scoring.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text as a terminal should show it. A unit id or title may hold what a terminal acts on rather
 * than shows: an escape sequence ({@code ESC [31m}, or one that rewrites the screen), a line break
 * inside a table cell, a bidirectional override that reorders what follows. Those are written as
 * visible escapes ({@code \n}, {@code \t}, {@code \u001b}), so that what is printed is what the
 * text holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Printable {

  private Printable() {}

  /**
   * Escapes every control character, line breaks included, and every character that reorders or
   * separates text.
   *
   * @param text the text, not null
   * @return the text with those characters escaped; itself if it has none
   */
  public static String escape(String text) {
    return escape(text, true);
  }

  /**
   * Wraps a writer so that everything written through it is escaped as {@link #escape} does, but
   * for line feeds, which lay the output out.
   *
   * @param out the writer, not null; closed with the one returned
   * @return the escaping writer
   */
  public static Writer writer(Writer out) {
    return new FilterWriter(out) {
      private char pendingHigh;

      @Override
      public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
      }

      @Override
      public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
      }

      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        StringBuilder text = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
          text.append(pendingHigh);
          pendingHigh = 0;
        }
        text.append(buf, off, len);
        // a surrogate pair split between two writes is joined before it is judged
        if (text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
          pendingHigh = text.charAt(text.length() - 1);
          text.setLength(text.length() - 1);
        }
        out.write(escape(text.toString(), false));
      }

      @Override
      public void flush() throws IOException {
        if (pendingHigh != 0) {
          out.write(escape(String.valueOf(pendingHigh), false));
          pendingHigh = 0;
        }
        out.flush();
      }

      @Override
      public void close() throws IOException {
        flush();
        out.close();
      }
    };
  }

  private static String escape(String text, boolean lineFeeds) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = null;
      if (c < ' ' || c == 0x7F) {
        escaped = control(c, lineFeeds);
      } else if (c >= 0x80 && needsEscape(text, i)) {
        escaped = String.format(Locale.ROOT, "\\u%04x", (int) c);
      } else if (Character.isHighSurrogate(c)) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++; // a whole pair: needsEscape said so
        continue;
      }
      if (escaped != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(escaped);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static @org.jspecify.annotations.Nullable String control(char c, boolean lineFeeds) {
    return switch (c) {
      case '\n' -> lineFeeds ? "\\n" : null;
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
    };
  }

  /** C1 controls, separators, bidirectional controls and lone surrogates. */
  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        || (c >= 0x80 && c < 0xA0)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
