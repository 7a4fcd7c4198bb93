package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Optional;
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

  /** {@link Ticks#coarser} gives what a long division gives for every multiple it is given. */
  @Test
  void coarserTicksAreTheFineOnesDividedExactly() {
    qt().withExamples(20000)
        .forAll(Generate.longRange(-Ticks.MAX_FINE, Ticks.MAX_FINE), Generate.range(0, 6))
        .checkAssert(
            (ticks, places) -> {
              // the multiples of 10^places the scorer brings down: the points' whole range
              long fine = ticks - ticks % Ticks.power(places);
              assertThat(Ticks.coarser(fine, places)).isEqualTo(fine / Ticks.power(places));
            });
    assertThat(Ticks.coarser(-Ticks.MAX_FINE + 1_000_000, 6)).isEqualTo(-999_999_999L);
    assertThat(Ticks.coarser(-10, 1)).isEqualTo(-1);
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

  /**
   * {@link Ticks#range} holds a number of ticks exactly when the interval holds the decimal they
   * stand for: for bounds of any places, finer or coarser than the scale, open or closed or absent,
   * tested at the bounds and beside them, and for bounds beyond every long.
   */
  @Test
  void aRangeOfTicksHoldsWhatTheIntervalHolds() {
    qt().withExamples(20000)
        .forAll(
            Generate.longRange(-2_000, 2_000),
            Generate.longRange(-2_000, 2_000),
            Generate.range(0, 16 * 5 * 5 * 5 - 1),
            Generate.longRange(-3, 3))
        .checkAssert(
            (low, high, mixed, nudge) -> {
              // the bounds' places (-1 to 3), the scale (0 to 4) and the shape, from one number
              int shape = mixed % 16;
              int lowPlaces = mixed / 16 % 5 - 1;
              int highPlaces = mixed / 80 % 5 - 1;
              int scale = mixed / 400;
              BigDecimal a = BigDecimal.valueOf(low, lowPlaces);
              BigDecimal b = BigDecimal.valueOf(high, highPlaces);
              BigDecimal lo = a.min(b);
              BigDecimal hi = a.max(b);
              Optional<Interval.Bound> lower =
                  (shape & 1) == 0
                      ? Optional.empty()
                      : Optional.of(new Interval.Bound(lo, (shape & 4) != 0));
              Optional<Interval.Bound> upper =
                  (shape & 2) == 0
                      ? Optional.empty()
                      : Optional.of(new Interval.Bound(hi, (shape & 8) != 0));
              Interval interval;
              try {
                interval = new Interval(lower, upper);
              } catch (IllegalArgumentException empty) {
                return;
              }
              long[] range = Ticks.range(interval, scale);
              // at each bound, rounded both ways, and beside it
              for (BigDecimal at : new BigDecimal[] {lo, hi}) {
                BigDecimal moved = at.movePointRight(scale);
                for (java.math.RoundingMode mode :
                    new java.math.RoundingMode[] {
                      java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING
                    }) {
                  long x = moved.setScale(0, mode).longValueExact() + nudge;
                  boolean held = range[0] <= x && x <= range[1];
                  assertThat(held)
                      .as("%s ticks of scale %s in %s", x, scale, interval)
                      .isEqualTo(interval.contains(BigDecimal.valueOf(x, scale)));
                }
              }
            });
  }

  @Test
  void aRangeBeyondEveryLongHoldsNoneOrAll() {
    BigDecimal huge = new BigDecimal("1e30");
    assertThat(range(Interval.atLeast(huge), 2)).isEmpty();
    assertThat(range(Interval.atMost(huge.negate()), 2)).isEmpty();
    assertThat(Ticks.range(Interval.atMost(huge), 2))
        .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(Ticks.range(Interval.atLeast(huge.negate()), 2))
        .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(Ticks.range(Interval.above(new BigDecimal("0.25")), 1))
        .containsExactly(3, Long.MAX_VALUE);
    assertThat(Ticks.range(Interval.below(new BigDecimal("0.25")), 1))
        .containsExactly(Long.MIN_VALUE, 2);
  }

  /** The ticks a range holds, listed, or empty: only for ranges known to hold none. */
  private static java.util.List<Long> range(Interval interval, int scale) {
    long[] r = Ticks.range(interval, scale);
    return r[0] > r[1] ? java.util.List.of() : java.util.List.of(r[0], r[1]);
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
