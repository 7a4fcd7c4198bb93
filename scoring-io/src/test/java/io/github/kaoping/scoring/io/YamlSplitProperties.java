package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A YAML facts file, mutated where a line scan could be misled (line breaks, indentation, item
 * marks, quotes, comments, anchors, aliases, tags, document markers, flow style, control and
 * line-breaking characters, keys after the units), is read on several threads ({@link YamlSplit})
 * exactly as on one: the same results byte for byte, or the same problems in the same order. The
 * seed is fixed in the pom; replay another with {@code -DQT_SEED=...}.
 */
class YamlSplitProperties {

  private static final int UNITS = 40;

  private static final List<String> SNIPPETS =
      List.of(
          "\n",
          "\r",
          "\r\n",
          "\t",
          " ",
          "  ",
          "- ",
          "\n  - ",
          "\n  - unit: u000001\n    group: county\n",
          "\n- ",
          "\"",
          "'",
          "\"\n  - unit: x\n\"",
          "# ",
          "\n# ",
          "&a ",
          "*a",
          "!!str ",
          "\n---\n",
          "\n...\n",
          "\n%YAML 1.1\n",
          ": ",
          "|\n",
          ">-\n",
          "[",
          "{",
          "]",
          "\u0001",
          "\u0085",
          "\u2028",
          "\uFEFF",
          "\n    ",
          "\nunits:\n",
          "\ncolour: red\n",
          "\n\n\n",
          "长");

  @TempDir Path tmp;

  private static String text(Path dir) throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    List<UnitFacts> units = FactsFiles.read(ParallelScoreTest.csv(dir, UNITS), calculator);
    StringWriter w = new StringWriter();
    FactsFiles.write(w, FileFormat.YAML, calculator.scheme(), units);
    return w.toString();
  }

  /** One to three snippets put in or over the text at places in its units. */
  private static Gen<String> mutations(String text) {
    int from = text.indexOf("units:\n");
    Gen<int[]> one =
        Generate.range(from, text.length())
            .zip(
                Generate.range(0, SNIPPETS.size() - 1),
                Generate.range(0, 2),
                (at, s, replace) -> new int[] {at, s, replace});
    return one.zip(
        one,
        one,
        Generate.range(1, 3),
        (a, b, c, n) -> {
          String t = apply(text, a);
          t = n >= 2 ? apply(t, b) : t;
          return n >= 3 ? apply(t, c) : t;
        });
  }

  /** A snippet put in at a place ({@code m[2]} 1 or 2), or over its character (0). */
  private static String apply(String text, int[] m) {
    int at = Math.min(m[0], text.length());
    int end = m[2] == 0 ? Math.min(text.length(), at + 1) : at;
    return text.substring(0, at) + SNIPPETS.get(m[1]) + text.substring(end);
  }

  /** The results as JSON, or the problems and message of the file's rejection. */
  private static String outcome(Calculator calculator, Path file, int threads) {
    try {
      return ParallelScoreTest.json(calculator, file, threads);
    } catch (InvalidFileException e) {
      return e.problems() + "\n" + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aMutatedFileIsReadOnSeveralThreadsAsOnOne() throws IOException {
    Calculator calculator = Calculator.of(ParallelScoreTest.openScheme());
    String text = text(tmp);
    Path file = tmp.resolve("mutated.yaml");
    qt().withExamples(150)
        .forAll(mutations(text))
        .checkAssert(
            mutated -> {
              try {
                Files.writeString(file, mutated, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              String one = outcome(calculator, file, 1);
              for (int threads : new int[] {2, 3}) {
                assertThat(outcome(calculator, file, threads))
                    .as("%d threads on\n%s", threads, mutated)
                    .isEqualTo(one);
              }
            });
  }
}
