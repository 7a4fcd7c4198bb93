package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.standings.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Results written on several threads are the bytes one thread writes, in the same order: the units,
 * placings and bands of JSON and the rows of CSV are rendered in chunks on a pool and copied out in
 * the order of the results.
 */
class ParallelWriteTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../examples"));

  /**
   * Several chunks of units, placings and rows in each of the two groups, and a last chunk that is
   * not full.
   */
  private static final int UNITS = 5_301;

  @TempDir Path tmp;

  private static Calculator calculator() throws IOException {
    return Calculator.of(ParallelScoreTest.openScheme());
  }

  /** Generated units, every tenth tied on its total with the one before. */
  private Results results(Calculator calculator) throws IOException {
    Path file = ParallelScoreTest.csv(tmp, UNITS);
    return Results.score(calculator, file, null, 2);
  }

  private static String text(Calculator c, Results r, ResultFormat format, int threads)
      throws IOException {
    StringWriter w = new StringWriter();
    ResultFiles.write(
        w, format, c.scheme(), r, NodeSelection.all(), Language.of(c.scheme().title()), threads);
    return w.toString();
  }

  @ParameterizedTest
  @EnumSource(
      value = ResultFormat.class,
      names = {"JSON", "CSV", "TABLE"})
  void resultsWrittenOnTwoFourAndSevenThreadsAreByteIdenticalToOne(ResultFormat format)
      throws IOException {
    Calculator c = calculator();
    Results r = results(c);
    String one = text(c, r, format, 1);
    assertThat(one).contains("u000000").contains("u005300");
    if (format == ResultFormat.JSON) {
      assertThat(one).contains("\"placings\"").contains("\"band\"");
      assertThat(ResultFiles.read(new java.io.StringReader(one), "one")).isEqualTo(r);
    }
    for (int threads : new int[] {2, 4, 7}) {
      assertThat(text(c, r, format, threads)).as("%d threads", threads).isEqualTo(one);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ResultFormat.class,
      names = {"JSON", "CSV"})
  void filesWrittenOnSevenThreadsAreByteIdenticalToOne(ResultFormat format) throws IOException {
    Calculator c = calculator();
    Results r = results(c);
    String ext = format.name().toLowerCase(Locale.ROOT);
    Path one = tmp.resolve("one." + ext);
    Path seven = tmp.resolve("seven." + ext);
    Language language = Language.of(c.scheme().title());
    ResultFiles.write(one, format, c.scheme(), r, NodeSelection.all(), language, 1);
    ResultFiles.write(
        seven,
        format,
        c.scheme(),
        r,
        NodeSelection.all(),
        language,
        7,
        WriteOption.BYTE_ORDER_MARK);
    byte[] expected = Files.readAllBytes(one);
    byte[] actual = Files.readAllBytes(seven);
    if (format == ResultFormat.CSV) {
      // the mark is the one difference asked for
      assertThat(new String(actual, StandardCharsets.UTF_8))
          .isEqualTo('\uFEFF' + new String(expected, StandardCharsets.UTF_8));
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void chunksAreWrittenInTheListsOrderWhicheverFinishesFirst() throws IOException {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    CountDownLatch later = new CountDownLatch(3);
    List<String> written = new ArrayList<>();
    try (OrderedChunks chunks = new OrderedChunks(4)) {
      chunks.each(
          items,
          10,
          chunk -> {
            String text = chunk.stream().map(String::valueOf).reduce("", (a, b) -> a + b + ",");
            if (chunk.get(0) == 0) {
              // the first chunk finishes only once the three after it have
              try {
                assertThat(later.await(20, TimeUnit.SECONDS)).isTrue();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            } else if (chunk.get(0) <= 30) {
              later.countDown();
            }
            return text;
          },
          written::add);
    }
    assertThat(later.getCount()).isZero();
    assertThat(written).hasSize(10);
    assertThat(String.join("", written))
        .isEqualTo(items.stream().map(i -> i + ",").reduce("", String::concat));
  }

  @Test
  void chunksRenderedAheadOfTheWritingAreBounded() throws IOException {
    int threads = 3;
    AtomicInteger started = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    try (OrderedChunks chunks = new OrderedChunks(threads)) {
      chunks.each(
          IntStream.range(0, 10_000).boxed().toList(),
          7,
          chunk -> {
            started.incrementAndGet();
            return "x";
          },
          text -> mostAhead.accumulateAndGet(started.get() - written.getAndIncrement(), Math::max));
    }
    assertThat(written.get()).isEqualTo((10_000 + 6) / 7);
    assertThat(mostAhead.get()).isBetween(1, 2 * threads + 1);
  }

  @Test
  void aFailureToRenderIsThrownAndNothingAfterItIsWritten() {
    List<String> written = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (OrderedChunks chunks = new OrderedChunks(2)) {
                chunks.each(
                    IntStream.range(0, 50).boxed().toList(),
                    5,
                    chunk -> {
                      if (chunk.get(0) == 20) {
                        throw new UncheckedIOException(new IOException("disk full"));
                      }
                      return chunk.get(0) + ";";
                    },
                    written::add);
              }
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(written).containsExactly("0;", "5;", "10;", "15;");
  }
}
