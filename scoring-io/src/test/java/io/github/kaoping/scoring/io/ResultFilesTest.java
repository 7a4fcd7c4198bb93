package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.text.TextTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultFilesTest {

  @TempDir Path tmp;

  private static final Calculator EXAMPLE = Calculator.of(Examples.scheme());

  private static List<ScoreCard> exampleCards() throws IOException {
    List<ScoreCard> cards = new ArrayList<>();
    for (UnitFacts u : FactsFiles.read(Examples.FACTS_YAML, EXAMPLE)) {
      cards.add(EXAMPLE.score(u));
    }
    return cards;
  }

  private static String write(ResultFormat format, Calculator calc, List<ScoreCard> cards)
      throws IOException {
    StringWriter w = new StringWriter();
    ResultFiles.write(w, format, calc.scheme(), cards);
    return w.toString();
  }

  @Test
  void jsonResultsReadBackEqualCardForCard() throws IOException {
    List<ScoreCard> cards = exampleCards();
    Path file = tmp.resolve("results.json");
    ResultFiles.write(file, ResultFormat.JSON, EXAMPLE.scheme(), cards);
    List<UnitResult> results = cards.stream().map(UnitResult::of).toList();
    assertThat(ResultFiles.read(file))
        .isEqualTo(ResultFiles.sorted(EXAMPLE.scheme(), results))
        .containsExactlyInAnyOrderElementsOf(results);
  }

  @Test
  void aCardWithEveryKindOfLineFactAndVetoReadsBackEqual() throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    ScoreCard card = calc.score(Everything.facts());
    String json = write(ResultFormat.JSON, calc, List.of(card));
    assertThat(ResultFiles.read(new StringReader(json), "r.json"))
        .containsExactly(UnitResult.of(card));
    assertThat(json).contains("\"disqualified\" : true").contains("\"headBarred\" : true");
  }

  @ParameterizedTest
  @EnumSource(ResultFormat.class)
  void theOrderOfTheUnitsScoredDoesNotChangeAByte(ResultFormat format) throws IOException {
    List<ScoreCard> cards = exampleCards();
    String first = write(format, EXAMPLE, cards);
    for (long seed = 0; seed < 5; seed++) {
      List<ScoreCard> shuffled = new ArrayList<>(cards);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(write(format, EXAMPLE, shuffled)).isEqualTo(first);
    }
  }

  @Test
  void csvResultsHoldEveryNodesPointsUnderItsId() throws IOException {
    List<ScoreCard> cards = exampleCards();
    String csv = write(ResultFormat.CSV, EXAMPLE, cards);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    List<String> header = rows.get(0);
    assertThat(header.subList(0, 5))
        .containsExactly("unit", "group", "period", "total", "disqualified");
    assertThat(rows).hasSize(cards.size() + 1);
    for (List<String> row : rows.subList(1, rows.size())) {
      ScoreCard card =
          cards.stream().filter(c -> c.unitId().equals(row.get(0))).findFirst().orElseThrow();
      assertThat(row.get(3)).isEqualTo(card.total().toString());
      assertThat(row.get(4)).isEqualTo(Boolean.toString(card.isDisqualified()));
      for (int i = 5; i < header.size(); i++) {
        assertThat(row.get(i)).isEqualTo(card.points(header.get(i)).toString());
      }
    }
    List<String> ids = new ArrayList<>();
    for (Node s : EXAMPLE.scheme().sections()) {
      ids.add(s.id());
      s.children().forEach(c -> ids.add(c.id()));
    }
    assertThat(header.subList(5, header.size())).isEqualTo(ids);
  }

  @Test
  void theTableShowsTotalsBySectionAlignedForChineseText() throws IOException {
    String table = write(ResultFormat.TABLE, EXAMPLE, exampleCards());
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0)).isEqualTo("示例市政府系统办公室工作考评办法 (example-office-2024, max 100)");
    assertThat(lines.get(2)).startsWith("group   unit       period  total  s1 文电办理");
    assertThat(lines.get(4))
        .startsWith("county  dongcheng  2024     94.5           25           40");
    assertThat(lines.get(5)).endsWith("v-quality (disqualified)");
    // right-aligned section points end exactly under the end of their header, in display columns
    String header = lines.get(2);
    int end = TextTable.width(header.substring(0, header.indexOf("s4 争取资金") + "s4 争取资金".length()));
    for (String line : lines.subList(4, lines.size())) {
      String prefix = prefixOfWidth(line, end);
      assertThat(prefix).as(line).matches(".*[0-9]$");
      assertThat(line.substring(prefix.length())).as(line).matches("( .*)?");
    }
  }

  private static String prefixOfWidth(String line, int width) {
    int i = 0;
    while (i < line.length() && TextTable.width(line.substring(0, i)) < width) {
      i++;
    }
    return line.substring(0, i);
  }

  @Test
  void jsonResultsWhoseDerivedFieldsDisagreeAreRefused() throws IOException {
    Calculator calc = Calculator.of(Everything.scheme());
    String json = write(ResultFormat.JSON, calc, List.of(calc.score(Everything.facts())));
    String forged = json.replace("\"disqualified\" : true", "\"disqualified\" : false");
    InvalidFileException e =
        catchThrowableOfType(
            InvalidFileException.class, () -> ResultFiles.read(new StringReader(forged), "r"));
    assertThat(e.problems().get(0).message())
        .startsWith("'disqualified' and 'headBarred' must agree");
  }

  @Test
  void displayWidthCountsChineseAsTwo() {
    assertThat(TextTable.width("s1 文电办理")).isEqualTo(11);
    assertThat(TextTable.width("〔2024〕")).isEqualTo(8);
    assertThat(TextTable.width("abc")).isEqualTo(3);
  }
}
