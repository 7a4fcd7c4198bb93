package io.github.kaoping.scoring.io;

import static io.github.kaoping.scoring.io.CsvFactRowsTest.problems;
import static io.github.kaoping.scoring.io.CsvFactRowsTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a CSV facts file's start is read to tell its layout ({@link CsvFactRows#start}): a first read
 * of {@link CsvFactRows#FIRST_CHARS} characters, more while the header row goes on, given back
 * ahead of the rest. Files, headers and cells longer than the first read, or ending at its edge,
 * read as any other.
 */
class CsvStartTest {

  private static final int FIRST = CsvFactRows.FIRST_CHARS;

  @Test
  void aFileManyTimesTheFirstReadIsReadWholeInEitherLayout() throws IOException {
    StringBuilder units = new StringBuilder("unit,group,b4\n");
    StringBuilder facts = new StringBuilder("unit,group,fact,node,count\n");
    int n = 5000;
    for (int i = 1; i <= n; i++) {
      units.append("u").append(i).append(",g1,").append(i % 7 + 1).append('\n');
      facts.append("u").append(i).append(",g1,occurrence,b4,").append(i % 7 + 1).append('\n');
    }
    assertThat(units.length()).isGreaterThan(6 * FIRST);
    List<UnitFacts> byUnit = read(units.toString());
    List<UnitFacts> byFact = read(facts.toString());
    assertThat(byUnit).hasSize(n);
    assertThat(byFact).hasSize(n);
    assertThat(byUnit.get(n - 1).unitId()).isEqualTo("u" + n);
    assertThat(byUnit.get(n - 1).facts())
        .containsExactly(Occurrence.of("b4", "b4").count(n % 7 + 1).build());
    assertThat(byFact.get(n - 1).facts())
        .containsExactly(Occurrence.of("第" + (n + 1) + "行", "b4").count(n % 7 + 1).build());
  }

  @Test
  void aHeaderEndingAtOrAcrossTheEdgeOfTheFirstReadTellsItsLayout() throws IOException {
    for (int end = FIRST - 3; end <= FIRST + 3; end++) {
      // padded with spaces, which a header cell is stripped of, so that its line ends at `end`
      String units = padded("unit,group,", "b4", end);
      String facts = padded("unit,group,node,count,", "fact", end);
      assertThat(units.indexOf('\n')).isEqualTo(end - 1);
      assertThat(read(units + "u1,g1,3\n").get(0).facts())
          .as("a row per unit, the header's line ending at %d", end)
          .containsExactly(Occurrence.of("b4", "b4").count(3).build());
      assertThat(read(facts + "u1,g1,b4,3,occurrence\n").get(0).facts())
          .as("a row per fact, the header's line ending at %d", end)
          .containsExactly(Occurrence.of("第2行", "b4").count(3).build());
      // the file ends with the header, at the edge or just before or after it
      assertThat(read(facts)).as("only a header, ending at %d", end).isEmpty();
    }
  }

  /** A header whose line (its line break included) is {@code length} characters long. */
  private static String padded(String head, String last, int length) {
    return head + " ".repeat(length - head.length() - last.length() - 1) + last + "\n";
  }

  @Test
  void theColumnFactFarBeyondTheFirstReadStillNamesTheRowLayout() throws IOException {
    String header = "unit,group,node," + " ".repeat(5 * FIRST) + "count,fact\n";
    assertThat(read(header + "u1,g1,b4,2,occurrence\n").get(0).facts())
        .containsExactly(Occurrence.of("第2行", "b4").count(2).build());
  }

  @Test
  void aCellCutByTheEdgeOfTheFirstReadIsNotTakenForTheColumnFact() throws IOException {
    // "factor" cut after "fact" by the first read's edge is still the unknown column "factor"
    String head = "unit,group,b4,";
    String header = head + " ".repeat(FIRST - head.length() - 4) + "factor\n";
    assertThat(header.indexOf("factor")).isEqualTo(FIRST - 4);
    assertThat(problems(header + "u1,g1,3,x\n"))
        .containsExactly("f:1:4: column 'factor': node factor is not a node of the scheme");
  }

  @Test
  void aQuotedCellWithLineBreaksAcrossTheFirstReadIsOneCellAndLinesCountOn() throws IOException {
    String note = "第一行\n".repeat(FIRST); // four characters a line: four times the first read
    String csv =
        "unit,group,fact,veto,id,note\n"
            + "u1,g1,vetoEvent,v1,e1,\""
            + note
            + "完\"\n"
            + "u2,g1,vetoEvent,v1,e2,a\u0007b\n";
    // u2's row starts after the header, u1's row and its note's line breaks
    assertThat(problems(csv))
        .anySatisfy(p -> assertThat(p).startsWith("f:" + (3 + FIRST) + ":6: unit u2: the cell "))
        .allSatisfy(p -> assertThat(p).contains("unit u2"));
    List<UnitFacts> u1 = read(csv.substring(0, csv.indexOf("u2,")));
    assertThat(u1.get(0).facts()).containsExactly(VetoEvent.of("e1", "v1", note + "完"));
  }
}
