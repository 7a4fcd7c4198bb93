package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.standings.StandingsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz targets for every reader: the scheme reader (YAML, JSON), the facts readers (YAML, JSON,
 * CSV) and scheme-plus-facts scoring. Each asserts what the readers promise whatever the bytes:
 *
 * <ul>
 *   <li>the only exception is the documented one, {@link InvalidFileException}, whose problems are
 *       in the user's terms;
 *   <li>time is bounded (a generous bound, a guard against a hang or a quadratic parse, not a speed
 *       test);
 *   <li>what reads writes back, in every format it can be written in, and reads back equal; facts
 *       that pass their check score, and their results read back equal.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} each target runs once per file of its committed corpus in {@code
 * src/test/resources/io/github/kaoping/scoring/io/ReadersFuzzTestInputs/<target>/} (every
 * reproduction of issue 15 among them), as part of {@code mvn -B verify}. To fuzz one target for
 * {@value #FUZZ_FOR}, which adds any failing input to that directory (the inputs it found
 * interesting go to {@code scoring-io/.cifuzz-corpus/}, not committed):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl scoring-io -am test -Dtest='ReadersFuzzTest#schemeYaml' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ReadersFuzzTest {

  private static final Scheme EXAMPLE = Examples.scheme();
  private static final Calculator EXAMPLE_CALCULATOR = Calculator.of(EXAMPLE);

  /** How long {@code JAZZER_FUZZ=1} fuzzes one target. */
  static final String FUZZ_FOR = "10m";

  /** Separates the scheme from the facts in an input of {@link #schemeAndFacts}. */
  static final String FACTS = "\n#### facts\n";

  @FuzzTest(maxDuration = FUZZ_FOR)
  void schemeYaml(byte[] input) {
    scheme(input, FileFormat.YAML);
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void schemeJson(byte[] input) {
    scheme(input, FileFormat.JSON);
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void factsYaml(byte[] input) {
    facts(input, FileFormat.YAML);
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void factsJson(byte[] input) {
    facts(input, FileFormat.JSON);
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void factsCsv(byte[] input) {
    long start = System.nanoTime();
    List<UnitFacts> units = readFacts(input, FileFormat.CSV, EXAMPLE_CALCULATOR);
    if (units != null) {
      // whatever a CSV file holds can be written as CSV again and reads back the same facts. The
      // CSV written names each measured column's unit, which a measurement read without one takes
      // from its node: so the facts read back are compared by what they write and score
      String csv = writeFacts(units, FileFormat.CSV);
      List<UnitFacts> back = readFacts(csv, FileFormat.CSV, EXAMPLE_CALCULATOR);
      assertThat(writeFacts(back, FileFormat.CSV)).as("written again").isEqualTo(csv);
      assertThat(back.stream().map(u -> EXAMPLE_CALCULATOR.score(u).explain()).toList())
          .isEqualTo(units.stream().map(u -> EXAMPLE_CALCULATOR.score(u).explain()).toList());
      score(EXAMPLE_CALCULATOR, units);
    }
    bounded(start, input);
  }

  /**
   * A scheme, then {@link #FACTS}, then YAML facts for it: the scheme is read, the facts checked
   * against it, every unit that passes its check is scored, and the results are decided and written
   * in every format.
   */
  @FuzzTest(maxDuration = FUZZ_FOR)
  void schemeAndFacts(byte[] input) {
    long start = System.nanoTime();
    String text = new String(input, StandardCharsets.UTF_8);
    int cut = text.indexOf(FACTS);
    String schemeText = cut < 0 ? text : text.substring(0, cut);
    String factsText = cut < 0 ? "units: []\n" : text.substring(cut + FACTS.length());
    Scheme scheme = readScheme(schemeText.getBytes(StandardCharsets.UTF_8), FileFormat.YAML);
    if (scheme != null) {
      Calculator calculator = Calculator.of(scheme); // a scheme that reads is valid
      List<UnitFacts> units =
          readFacts(factsText.getBytes(StandardCharsets.UTF_8), FileFormat.YAML, calculator);
      if (units != null) {
        score(calculator, units);
      }
    }
    bounded(start, input);
  }

  // ------------------------------------------------------------------ the properties

  private static void scheme(byte[] input, FileFormat format) {
    long start = System.nanoTime();
    Scheme scheme = readScheme(input, format);
    if (scheme != null) {
      for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
        String written = SchemeFiles.toString(scheme, f);
        assertThat(readScheme(written.getBytes(StandardCharsets.UTF_8), f))
            .as("written as %s:%n%s", f, written)
            .isEqualTo(scheme);
      }
    }
    bounded(start, input);
  }

  private static void facts(byte[] input, FileFormat format) {
    long start = System.nanoTime();
    List<UnitFacts> units = readFacts(input, format, null);
    if (units != null) {
      for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
        String written = writeFacts(units, f);
        assertThat(readFacts(written, f, null))
            .as("written as %s:%n%s", f, written)
            .isEqualTo(units);
      }
    }
    bounded(start, input);
  }

  /** Every unit that passed its check scores; the results write and read back equal. */
  private static void score(Calculator calculator, List<UnitFacts> units) {
    List<ScoreCard> cards = new ArrayList<>();
    for (UnitFacts u : units) {
      cards.add(calculator.score(u)); // check passed, so no FactsException
    }
    Results results;
    try {
      results = Results.of(calculator.scheme(), cards);
    } catch (StandingsException e) {
      return; // documented: cards that cannot be ranked together, such as several periods
    }
    try {
      StringWriter json = new StringWriter();
      ResultFiles.write(json, ResultFormat.JSON, calculator.scheme(), results);
      assertThat(ResultFiles.read(new StringReader(json.toString()), "results.json"))
          .isEqualTo(results);
      ResultFiles.write(new StringWriter(), ResultFormat.CSV, calculator.scheme(), results);
      ResultFiles.write(new StringWriter(), ResultFormat.TABLE, calculator.scheme(), results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reading, documented failures

  private static Reader text(byte[] input, Limits limits) {
    return Input.utf8(new ByteArrayInputStream(input), limits.maxDocumentChars());
  }

  private static @Nullable Scheme readScheme(byte[] input, FileFormat format) {
    try (Reader in = text(input, Limits.SCHEME)) {
      return SchemeFiles.read(in, format, "fuzz." + format);
    } catch (InvalidFileException e) {
      inUserTerms(e);
      return null;
    } catch (IOException e) {
      throw new AssertionError("text in memory cannot fail to be read", e);
    }
  }

  private static @Nullable List<UnitFacts> readFacts(
      byte[] input, FileFormat format, @Nullable Calculator calculator) {
    try (FactsReader r = FactsFiles.open(text(input, Limits.FACTS), format, "fuzz", calculator)) {
      return FactsFiles.readAll(r, "fuzz");
    } catch (InvalidFileException e) {
      inUserTerms(e);
      return null;
    } catch (IOException e) {
      throw new AssertionError("text in memory cannot fail to be read", e);
    }
  }

  private static List<UnitFacts> readFacts(
      String text, FileFormat format, @Nullable Calculator calculator) {
    List<UnitFacts> units = readFacts(text.getBytes(StandardCharsets.UTF_8), format, calculator);
    assertThat(units).as("what was written reads back:%n%s", text).isNotNull();
    return java.util.Objects.requireNonNull(units);
  }

  private static String writeFacts(List<UnitFacts> units, FileFormat format) {
    StringWriter w = new StringWriter();
    try {
      FactsFiles.write(w, format, EXAMPLE, units);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Problems name the file's things, never a parser's classes or methods. */
  private static void inUserTerms(InvalidFileException e) {
    assertThat(e.problems()).isNotEmpty();
    for (FileProblem p : e.problems()) {
      assertThat(p.message())
          .isNotBlank()
          .doesNotContain("org.yaml.snakeyaml", "com.fasterxml", "StreamReadConstraints.");
    }
  }

  /** A guard against a hang or a parse quadratic in a line: seconds, whatever the machine. */
  private static void bounded(long start, byte[] input) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis)
        .as("milliseconds for %d bytes", input.length)
        .isLessThan(20_000L + input.length / 100);
  }
}
