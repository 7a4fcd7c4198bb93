package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Ticks are exact: converting never rounds, and points made from ticks equal the decimal's. */
class TicksTest {

  @Test
  void pointsFromTicksEqualPointsFromTheDecimal() {
    qt().withExamples(2000)
        .forAll(Generate.longRange(-1_000_000_000_000L, 1_000_000_000_000L), Generate.range(0, 6))
        .checkAssert(
            (ticks, scale) -> {
              Points fromTicks = Ticks.points(ticks, scale);
              Points fromDecimal = Points.of(BigDecimal.valueOf(ticks, scale));
              assertThat(fromTicks).isEqualTo(fromDecimal).hasSameHashCodeAs(fromDecimal);
              assertThat(fromTicks.toString()).isEqualTo(fromDecimal.toString());
              assertThat(Ticks.of(fromTicks, scale)).isEqualTo(ticks);
            });
  }

  /**
   * {@link Ticks#of(BigDecimal, int)} widens a value of at most the scale's places from its own
   * unscaled number: it gives what moving the point across the whole scale gives, and refuses (with
   * an {@link ArithmeticException}) what that refuses, for values finer than the scale, of negative
   * scale, and too large for a long.
   */
  @Test
  void widenedValuesAreThePointMovedAcrossTheScale() {
    qt().withExamples(5000)
        .forAll(
            Generate.longRange(-1_000_000_000_000_000L, 1_000_000_000_000_000L),
            Generate.range(-3, 20),
            Generate.range(0, 18))
        .checkAssert(
            (unscaled, own, scale) -> {
              BigDecimal value = BigDecimal.valueOf(unscaled, own);
              Long moved;
              try {
                moved = value.movePointRight(scale).longValueExact();
              } catch (ArithmeticException refused) {
                moved = null;
              }
              if (moved == null) {
                assertThatThrownBy(() -> Ticks.of(value, scale))
                    .isInstanceOf(ArithmeticException.class);
              } else {
                assertThat(Ticks.of(value, scale)).isEqualTo(moved);
              }
            });
  }

  @Test
  void aValueFinerThanTheScaleIsRefusedNotRounded() {
    assertThatThrownBy(() -> Ticks.of(new BigDecimal("0.25"), 1))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Ticks.of(new BigDecimal("0.25"), 2)).isEqualTo(25);
    assertThat(Ticks.of(new BigDecimal("270"), 0)).isEqualTo(270);
  }

  @Test
  void schemeAmountsOutOfRangeAreProblemsNotOverflows() {
    Scheme scheme =
        Fixtures.scheme(Node.of("a", "项", "x").max("10").rule(Rule.earnPerOccurrence("0.0000001")))
            .build();
    assertThat(Calculator.validate(scheme))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("out of range"));
  }
}
