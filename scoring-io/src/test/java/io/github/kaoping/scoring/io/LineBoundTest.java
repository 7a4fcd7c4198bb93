package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Input#lines}: passes text through unchanged, and refuses the first line longer than its
 * bound, naming that line, however the text is cut into reads (a CR LF pair split between two reads
 * is one line break).
 */
class LineBoundTest {

  private static final int MAX = 5;

  /** Short lines of letters, tabs and the three line breaks, some longer than the bound. */
  private static Gen<String> texts() {
    List<String> pieces = List.of("a", "长", "\t", "\n", "\r", "\r\n", "\n\r", "abcde", "abcdef");
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, pieces.size() - 1))
        .ofSizeBetween(0, 30)
        .map(
            is -> {
              StringBuilder b = new StringBuilder();
              is.forEach(i -> b.append(pieces.get(i)));
              return b.toString();
            });
  }

  /** The line, from 1, of the first line longer than the bound, or 0 if there is none. */
  private static int firstLongLine(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > MAX) {
        return i + 1;
      }
    }
    return 0;
  }

  @Test
  void refusesTheFirstLongLineByItsNumberHoweverTheTextIsRead() {
    qt().withExamples(5_000)
        .forAll(texts(), SourceDSL.longs().all())
        .checkAssert(
            (text, seed) -> {
              int expected = firstLongLine(text);
              Reader in = Input.lines(new Chunks(text, new Random(seed)), MAX);
              StringBuilder read = new StringBuilder();
              Input.LineTooLong e =
                  catchThrowableOfType(Input.LineTooLong.class, () -> readAll(in, read));
              if (expected == 0) {
                assertThat(e).as(text).isNull();
                assertThat(read.toString()).isEqualTo(text);
              } else {
                assertThat(e).as(text).isNotNull();
                assertThat(e.line).as(text).isEqualTo(expected);
                assertThat(text).startsWith(read.toString());
              }
            });
  }

  @Test
  void aLineOfTheBoundReadsAndOneLongerIsRefused() throws IOException {
    StringBuilder read = new StringBuilder();
    readAll(Input.lines(new StringReader("abcde\r\nabcde\rabcde\nabcde"), MAX), read);
    assertThat(read.toString()).isEqualTo("abcde\r\nabcde\rabcde\nabcde");
    Input.LineTooLong e =
        catchThrowableOfType(
            Input.LineTooLong.class,
            () -> readAll(Input.lines(new StringReader("a\r\n\rabcdef\n"), MAX), read));
    assertThat(e).isNotNull();
    assertThat(e.line).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("line 3 is longer than 5 characters");
  }

  private static void readAll(Reader in, StringBuilder out) throws IOException {
    char[] buf = new char[8];
    int n;
    while ((n = in.read(buf, 1, 6)) >= 0) {
      out.append(buf, 1, n);
    }
  }

  /** A reader that hands out its text in reads of random lengths, some of them empty. */
  private static final class Chunks extends Reader {
    private final String text;
    private final Random random;
    private int at;

    Chunks(String text, Random random) {
      this.text = text;
      this.random = random;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, random.nextInt(4)), text.length() - at);
      text.getChars(at, at + n, buf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
