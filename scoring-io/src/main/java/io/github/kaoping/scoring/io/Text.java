package io.github.kaoping.scoring.io;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What text read from a file may hold: anything printable, tabs and line feeds, but no other
 * control character, no line or paragraph separator, no lone surrogate, no noncharacter and no
 * byte-order mark. Each of those is either read by YAML as something else (U+0085 and U+2028 are
 * line breaks to YAML 1.1, a carriage return is folded away), cannot be written as UTF-8 at all (a
 * lone surrogate), or does harm where the text is shown (an escape sequence in a terminal); so text
 * holding one would not read back equal to what was read, and is refused where it is written.
 */
final class Text {

  private Text() {}

  /** Why text cannot be read, or null if it can. */
  static @Nullable String refusal(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!allowed(text.charAt(i))) {
        return refusal(text, i);
      }
    }
    return null;
  }

  /**
   * Is the character one that text commonly holds and may: printable ASCII, or a character from
   * U+00A0 below the surrogates other than the line and paragraph separators (most other text,
   * Chinese among it). A short test, asked of every character of every cell read, so that the loop
   * asking it is small enough to be inlined where text is read; the characters it does not allow
   * are looked at by {@link #refusal(String, int)}.
   */
  private static boolean allowed(char c) {
    return (c >= ' ' && c < 0x7F) || (c >= 0xA0 && c < 0xD800 && c != '\u2028' && c != '\u2029');
  }

  /** Why text cannot be read, looking from {@code from} on, or null if it can. */
  private static @Nullable String refusal(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (allowed(c)) {
        continue;
      }
      String what = null;
      int cp = c;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = text.codePointAt(i);
        if ((cp & 0xFFFE) == 0xFFFE) {
          what = "a noncharacter";
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        what = "a lone surrogate, half of a character";
      } else if (c == '\t' || c == '\n') {
        continue;
      } else if (Character.getType(c) == Character.CONTROL) {
        what = "a control character";
      } else if (c == '\u2028' || c == '\u2029') {
        what = "a line or paragraph separator";
      } else if (c == '\uFEFF') {
        what = "a byte-order mark";
      } else if (c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF')) {
        what = "a noncharacter";
      }
      if (what != null) {
        return String.format(
            java.util.Locale.ROOT,
            "contains U+%04X (%s); text may hold tabs and line breaks (\\n) but no other control"
                + " characters",
            cp,
            what);
      }
    }
    return null;
  }

  /**
   * Is the text a plain decimal: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, no exponent, no leading '+',
   * '.' or zeros, no '_' or hex. Scanned by hand: it is asked of every number a facts file holds.
   */
  static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int digits = digits(text, i);
    if (digits == 0 || (digits > 1 && text.charAt(i) == '0')) {
      return false;
    }
    i += digits;
    if (i == n) {
      return true;
    }
    return text.charAt(i) == '.' && i + 1 < n && i + 1 + digits(text, i + 1) == n;
  }

  /**
   * The value of a plain decimal ({@link #isPlainDecimal}), the same value and scale as {@code new
   * BigDecimal(text)} gives, read without the character array and general parser for one of up to
   * 18 characters (which fits a {@code long}), as most cells are.
   */
  static BigDecimal plainDecimal(String text) {
    int n = text.length();
    if (n > 18) {
      return new BigDecimal(text);
    }
    long unscaled = 0;
    int scale = 0;
    boolean fraction = false;
    for (int i = text.startsWith("-") ? 1 : 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        scale += fraction ? 1 : 0;
      }
    }
    return BigDecimal.valueOf(text.startsWith("-") ? -unscaled : unscaled, scale);
  }

  /**
   * Is the text a plain whole number of at most nine digits ({@code -?(0|[1-9][0-9]{0,8})}, or
   * without the sign if {@code signed} is false), so that it fits an {@code int}?
   */
  static boolean isPlainInteger(String text, boolean signed) {
    int i = signed && text.startsWith("-") ? 1 : 0;
    int digits = digits(text, i);
    return digits > 0
        && digits <= 9
        && i + digits == text.length()
        && (digits == 1 || text.charAt(i) != '0');
  }

  /** How many ASCII digits the text has from {@code from} on. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
