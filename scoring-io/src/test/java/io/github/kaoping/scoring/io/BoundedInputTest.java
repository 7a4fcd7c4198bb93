package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.Calculator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Time and memory stay bounded whatever the input: the problems of a file are capped, a YAML line
 * longer than the limit is refused before SnakeYAML scans it, and the check for a unit given twice
 * finds it in any order of the file.
 */
class BoundedInputTest {

  private static final Calculator EXAMPLE = Calculator.of(Examples.scheme());

  @TempDir Path tmp;

  /** CSV rows generated as they are read, so that the test holds no more than the reader does. */
  static Reader rows(String header, int count, java.util.function.IntFunction<String> row) {
    return new Reader() {
      private int next = -1;
      private String pending = header + "\n";
      private int at;

      @Override
      public int read(char[] buf, int off, int len) {
        if (at == pending.length()) {
          if (++next >= count) {
            return -1;
          }
          pending = row.apply(next) + "\n";
          at = 0;
        }
        int n = Math.min(len, pending.length() - at);
        pending.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static String badRow(int i) {
    return String.format(Locale.ROOT, "u%06d,county,2024,0,many,100,60,27,0", i);
  }

  @Test
  void theProblemsOfManyBadRowsAreCappedAndTheRestCounted() throws IOException {
    int units = 200_000;
    InvalidFileException e;
    try (FactsReader r =
        FactsFiles.open(
            rows("unit,group,period,s1.1,s1.2,s2.1,s2.2,s3,s4", units, BoundedInputTest::badRow),
            FileFormat.CSV,
            "bad.csv",
            EXAMPLE)) {
      e = catchThrowableOfType(InvalidFileException.class, () -> FactsFiles.readAll(r, "bad.csv"));
    }
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(Problems.MAX);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "bad.csv:2:5: unit u000000, column 's1.2': expected a measured value, such as 96.5,"
                + " found 'many'");
    assertThat(e.unlisted()).isEqualTo(units - Problems.MAX);
    assertThat(e.getMessage())
        .startsWith("bad.csv is invalid (200000 problems, the first 1000 listed)")
        .hasSizeLessThan(200 * Problems.MAX);
  }

  @Test
  void scoringCapsTheProblemsOfBothFiles() throws IOException {
    Path facts = tmp.resolve("bad.facts.csv");
    try (Writer w = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
      w.write("unit,group,period,s1.1,s1.2,s2.1,s2.2,s3,s4\n");
      for (int i = 0; i < 5_000; i++) {
        w.write(badRow(i) + "\n");
      }
    }
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class, () -> Results.score(EXAMPLE, facts, facts));
    assertThat(e).isNotNull();
    // each file lists its first thousand; the rest of both are counted
    assertThat(e.problems()).hasSize(2 * Problems.MAX);
    assertThat(e.unlisted()).isEqualTo(2 * (5_000 - Problems.MAX));
  }

  // ------------------------------------------------------------------ long YAML lines

  @ParameterizedTest
  @EnumSource(Shape.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: it used to take minutes
  void aYamlLineLongerThanTheLimitIsRefusedBeforeItIsScanned(Shape shape) {
    String text = "id: a\n" + shape.line(Limits.SCHEME.maxLineLength() * 3) + "\ntitle: b\n";
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class,
            () -> SchemeFiles.read(new StringReader(text), FileFormat.YAML, "long.yaml"));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .first()
        .hasToString(
            "long.yaml:2: line 2 is longer than "
                + Limits.SCHEME.maxLineLength()
                + " characters; YAML lines are limited so that reading stays fast (JSON has no"
                + " such limit)");
  }

  /** Lines SnakeYAML scans in one piece: a plain value, a quoted value, a comment, a key. */
  enum Shape {
    PLAIN {
      @Override
      String line(int length) {
        return "title: " + "x".repeat(length);
      }
    },
    QUOTED {
      @Override
      String line(int length) {
        return "title: \"" + "长".repeat(length) + "\"";
      }
    },
    COMMENT {
      @Override
      String line(int length) {
        return "# " + "x".repeat(length);
      }
    },
    KEY {
      @Override
      String line(int length) {
        return "k".repeat(length) + ": b";
      }
    };

    abstract String line(int length);
  }

  @Test
  void aLongLineWithinTheLimitStillReadsAndAStringAtTheLimitRoundTrips() throws IOException {
    // the longest string the format allows, every character one YAML escapes, reads back equal
    String note = "\"\\\t".repeat(Limits.SCHEME.maxStringLength() / 3);
    String yaml =
        SchemeFiles.toString(
                io.github.kaoping.scoring.Scheme.builder()
                    .from(Examples.scheme())
                    .info(
                        io.github.kaoping.scoring.SchemeInfo.builder()
                            .from(Examples.scheme().info())
                            .addNotes(note)
                            .build())
                    .build(),
                FileFormat.YAML)
            .lines()
            .filter(l -> l.length() > 1000)
            .findFirst()
            .orElseThrow();
    assertThat(yaml.length()).isLessThanOrEqualTo(Limits.SCHEME.maxLineLength());
    List<String> notes =
        Examples.parse(
                SchemeFiles.toString(
                    io.github.kaoping.scoring.Scheme.builder()
                        .from(Examples.scheme())
                        .info(
                            io.github.kaoping.scoring.SchemeInfo.builder()
                                .from(Examples.scheme().info())
                                .addNotes(note)
                                .build())
                        .build(),
                    FileFormat.YAML),
                FileFormat.YAML)
            .info()
            .notes();
    assertThat(notes).contains(note);
  }
}
