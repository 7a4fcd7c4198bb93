package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Writes the inputs of an end-to-end {@code score} run of any size: a packaged scheme with its
 * groups' rosters opened (so that a million distinct units are allowed), and that many units of
 * {@link RealisticFacts} in each format asked for. Units are generated a thousand at a time while
 * the file is written, so memory stays flat at any size; the same arguments give the same files.
 *
 * <p>Usage, after {@code mvn -B -q -DskipTests package -pl benchmarks -am}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kaoping.scoring.benchmarks.EndToEndFacts \
 *     yueyang-2007 1000000 /tmp/e2e jsonl json yaml csv
 * </pre>
 *
 * writes {@code /tmp/e2e/scheme.yaml} and {@code /tmp/e2e/facts.jsonl} (JSON Lines, a unit a line),
 * {@code facts.json}, {@code facts.yaml} and {@code facts.csv}, to be scored with {@code score
 * --scheme /tmp/e2e/scheme.yaml --facts /tmp/e2e/facts.jsonl --format json --threads N --out
 * results.json}.
 */
public final class EndToEndFacts {

  private static final int CHUNK = 1_000;

  private EndToEndFacts() {}

  /**
   * Writes the scheme and the facts files.
   *
   * @param args the packaged scheme's id, the number of units, the directory, then the formats
   *     (jsonl, json, yaml, csv, xlsx)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: EndToEndFacts SCHEME_ID UNITS DIRECTORY FORMAT...");
    }
    Scheme scheme =
        open(
            Regulation.byId(args[0])
                .orElseThrow(() -> new IllegalArgumentException("no packaged scheme " + args[0]))
                .scheme());
    int count = Integer.parseInt(args[1]);
    Path directory = Files.createDirectories(Path.of(args[2]));
    SchemeFiles.write(directory.resolve("scheme.yaml"), scheme);
    for (int i = 3; i < args.length; i++) {
      Path file = directory.resolve("facts." + args[i].toLowerCase(Locale.ROOT));
      FactsFiles.write(file, scheme, () -> units(scheme, count));
      System.out.println(file + ": " + Files.size(file) + " bytes");
    }
  }

  /** The scheme with every group's roster and declared count dropped. */
  static Scheme open(Scheme scheme) {
    return Scheme.builder()
        .from(scheme)
        .groups(
            scheme.groups().stream()
                .map(g -> UnitGroup.of(g.id(), g.title(), g.clause().orElse("")))
                .toList())
        .build();
  }

  /** {@code count} units named {@code unit-0000000} on, a chunk's facts generated at a time. */
  static Iterator<UnitFacts> units(Scheme scheme, int count) {
    return new Iterator<>() {
      private int next;
      private List<UnitFacts> chunk = List.of();

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public UnitFacts next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int at = next % CHUNK;
        if (at == 0) {
          chunk = RealisticFacts.generate(scheme, Math.min(CHUNK, count - next), 2024L + next);
        }
        UnitFacts u = chunk.get(at);
        String id = String.format(Locale.ROOT, "unit-%07d", next++);
        return UnitFacts.builder().from(u).unitId(id).build();
      }
    };
  }
}
