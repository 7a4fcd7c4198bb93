package io.github.kaoping.scoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.schemes.Regulation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks' inputs are valid facts for every packaged scheme, and vary. */
class RealisticFactsTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Regulation.class)
  void generatedFactsScoreWithoutProblemsAndVary(Regulation regulation) {
    Calculator calculator = Calculator.of(regulation.scheme());
    List<UnitFacts> units = RealisticFacts.generate(regulation.scheme(), 200, 2024);
    for (UnitFacts unit : units) {
      assertThat(calculator.check(unit)).as(unit.unitId()).isEmpty();
    }
    assertThat(units.stream().map(u -> calculator.score(u).total()).distinct().count())
        .isGreaterThan(5);
    assertThat(RealisticFacts.generate(regulation.scheme(), 200, 2024)).isEqualTo(units);
  }
}
