package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Scheme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row per unit read with the plan of its header kept from the file before ({@code CsvUnits} keeps
 * the last header read without a problem) against the same file planned anew: generated files,
 * their headers shuffled and mutated (columns unknown, named twice, without a name, in a wrong
 * unit, in full-width parentheses; the unit or group missing), their cells valid or not, must give
 * the same units, facts, places and problems in the same order.
 */
class CsvHeaderPlanTest {

  private static final Scheme SCHEME = Everything.scheme();
  private static final int EXAMPLES = 400;

  @Test
  void aHeaderPlannedBeforeReadsAsOnePlannedAnew() {
    int[] kept = new int[1];
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String csv = file(new Random(seed));
              // a scheme equal to SCHEME but another object: never the plan of SCHEME's files
              String anew = read(csv, Scheme.builder().from(SCHEME).build());
              String first = read(csv, SCHEME);
              List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(",", -1));
              boolean planned = CsvUnits.planned(SCHEME, header);
              kept[0] += planned ? 1 : 0;
              String again = read(csv, SCHEME);
              assertThat(first).as("%s", csv).isEqualTo(anew);
              assertThat(again).as("%s", csv).isEqualTo(anew);
              assertThat(CsvUnits.planned(SCHEME, header)).isEqualTo(planned);
            });
    assertThat(kept[0]).as("headers whose plan was kept").isGreaterThan(EXAMPLES / 4);
  }

  @Test
  void aHeaderPlannedForOneSchemeIsPlannedAnewForAnother() {
    String column = COLUMNS.get(0);
    String node = column.replaceAll(" \\(.*\\)", "");
    String csv = "unit,group," + column + "\nu1,g1,1\n";
    String planned = read(csv, SCHEME);
    assertThat(planned).contains("problems []");
    assertThat(CsvUnits.planned(SCHEME, List.of("unit", "group", column))).isTrue();
    Scheme without =
        Scheme.builder()
            .from(SCHEME)
            .sections(SCHEME.sections().stream().filter(s -> !contains(s, node)).toList())
            .build();
    assertThat(read(csv, without))
        .contains("column '" + column + "'")
        .contains("node " + node + " is not a node of the scheme");
    assertThat(read(csv, SCHEME)).isEqualTo(planned);
  }

  @Test
  void aCountOfOneOrTwoDigitsIsReadAsAnyCount() {
    FactColumns columns = new FactColumns(SCHEME);
    String node =
        COLUMNS.stream()
            .filter(
                c ->
                    columns.column(c).refusal().isEmpty()
                        && columns.column(c).meaning() == FactColumns.Meaning.COUNT)
            .findFirst()
            .orElseThrow();
    StringBuilder csv = new StringBuilder("unit,group," + node + "\n");
    for (int count = 0; count <= 120; count++) {
      csv.append("u").append(count).append(",g1,").append(count).append('\n');
    }
    // read twice: the second file's reader takes the plan, and the counts the first one kept
    for (int file = 0; file < 2; file++) {
      List<List<Fact>> read = new ArrayList<>();
      try (CsvUnits r = new CsvUnits(new StringReader(csv.toString()), "f", Limits.FACTS, SCHEME)) {
        UnitSource.Item item;
        while ((item = r.next()) != null) {
          assertThat(item.problems()).isEmpty();
          read.add(Objects.requireNonNull(Objects.requireNonNull(item.unit()).facts()).facts());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read).hasSize(121);
      assertThat(read.get(0)).isEmpty();
      for (int count = 1; count <= 120; count++) {
        assertThat(read.get(count))
            .as("count %d, file %d", count, file)
            .containsExactly(Occurrence.of(node, node).count(count).build());
      }
    }
  }

  private static boolean contains(Node n, String id) {
    return n.id().equals(id) || n.children().stream().anyMatch(c -> contains(c, id));
  }

  private static String read(String csv, Scheme scheme) {
    StringBuilder out = new StringBuilder();
    try (CsvUnits r = new CsvUnits(new StringReader(csv), "f", Limits.FACTS, scheme)) {
      CsvPlainFactsTest.describe(r, out);
    } catch (IOException e) {
      out.append(" failed: ").append(e.getMessage());
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ generated files

  private static final List<String> COLUMNS = columns();

  /** The header of every column a file of the scheme can hold, a node's unit named. */
  private static List<String> columns() {
    FactColumns columns = new FactColumns(SCHEME);
    List<String> out = new ArrayList<>();
    for (Node n : columns.nodes()) {
      FactColumns.Column c = columns.column(n.id());
      if (c.refusal().isEmpty()) {
        out.add(c.header());
      }
    }
    return out;
  }

  private static final List<String> CELLS =
      List.of("1", "2", "0", "1.5", "-3", "02", "x", "1e3", "96.5", "9999999999");

  private static String file(Random r) {
    List<String> columns = new ArrayList<>();
    for (String c : COLUMNS) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      columns.add(
          switch (r.nextInt(40)) {
            case 0 -> "nope";
            case 1 -> "";
            case 2 -> c.contains(" (") ? c.replace(" (", "（").replace(")", "）") : c;
            case 3 -> c.contains(" (") ? c.substring(0, c.indexOf(" (")) : c;
            case 4 -> c.replaceAll(" \\(.*\\)", "") + " (kg)";
            case 5 -> "a";
            default -> c;
          });
      if (r.nextInt(60) == 0) {
        columns.add(c);
      }
    }
    if (r.nextInt(20) != 0) {
      columns.add("unit");
    }
    if (r.nextInt(20) != 0) {
      columns.add("group");
    }
    if (r.nextBoolean()) {
      columns.add("period");
    }
    if (r.nextInt(4) == 0) {
      columns.add("recording");
    }
    if (r.nextInt(10) != 0) {
      Collections.shuffle(columns, r);
    }
    StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
    int units = 1 + r.nextInt(4);
    for (int u = 0; u < units; u++) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        cells.add(
            switch (c) {
              case "unit" -> r.nextInt(30) == 0 ? "" : "u" + u;
              case "group" -> r.nextInt(30) == 0 ? "" : "g" + r.nextInt(2);
              case "period" -> r.nextBoolean() ? "2024" : "";
              case "recording" ->
                  List.of("", "failuresOnly", "everyCheck", "bogus").get(r.nextInt(4));
              default -> r.nextBoolean() ? "" : CELLS.get(r.nextInt(CELLS.size()));
            });
      }
      if (r.nextInt(25) == 0) {
        cells.remove(cells.size() - 1);
      }
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }
}
