package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated facts of every kind a YAML file holds survive write then read as CSV unchanged: in the
 * row layout (a fact per row) when a unit's facts do not fit a cell per item, for {@link
 * Everything}'s scheme and for each of the packaged regulations. The seed is fixed in the pom;
 * replay another with {@code -DQT_SEED=...}.
 */
class CsvFactRowsProperties {

  private static final int EXAMPLES = 30;

  /** Writes units as CSV and reads them back, as {@link FactsFiles} does without a calculator. */
  static List<UnitFacts> roundTrip(Scheme scheme, List<UnitFacts> units) {
    try {
      StringWriter w = new StringWriter();
      FactsFiles.write(w, FileFormat.CSV, scheme, units);
      List<UnitFacts> out = new ArrayList<>();
      try (FactsReader r =
          new FactsReader(
              FactsFiles.csv(new StringReader(w.toString()), "generated", Limits.FACTS, scheme),
              null)) {
        r.readEach(out::add);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void survives(Scheme scheme, int examples) {
    qt().withExamples(examples)
        .forAll(WorkbookProperties.units(scheme))
        .checkAssert(
            units -> {
              List<UnitFacts> read = roundTrip(scheme, units);
              assertThat(read).hasSameSizeAs(units);
              for (int i = 0; i < units.size(); i++) {
                UnitFacts a = units.get(i);
                UnitFacts b = read.get(i);
                assertThat(b.unitId()).isEqualTo(a.unitId());
                assertThat(b.group()).isEqualTo(a.group());
                assertThat(b.period()).isEqualTo(a.period());
                assertThat(b.recording()).isEqualTo(a.recording());
                // the row layout keeps the order written; a row per unit puts them in column order
                assertThat(b.facts()).containsExactlyInAnyOrderElementsOf(a.facts());
              }
            });
  }

  @Test
  void generatedFactsOfEveryKindSurviveWriteThenReadAsCsv() {
    survives(Everything.scheme(), EXAMPLES);
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void factsForEachPackagedRegulationSurviveWriteThenReadAsCsv(Regulation r) {
    survives(r.scheme(), EXAMPLES / 6);
  }
}
