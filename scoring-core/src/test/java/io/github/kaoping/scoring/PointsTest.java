package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

  @Test
  void equalValuesAreEqualWhateverTheirScale() {
    assertThat(Points.parse("5.00")).isEqualTo(Points.of(5)).hasSameHashCodeAs(Points.of(5));
    assertThat(Points.parse("0.0")).isSameAs(Points.ZERO);
    assertThat(Points.parse("-0.50").toString()).isEqualTo("-0.5");
  }

  @Test
  void toStringIsPlainNeverExponent() {
    assertThat(Points.parse("1E+3").toString()).isEqualTo("1000");
    assertThat(Points.of(40).toString()).isEqualTo("40");
  }

  @Test
  void tenthsAddExactly() {
    // 0.1 + 0.2 is not 0.30000000000000004 here.
    assertThat(Points.parse("0.1").plus(Points.parse("0.2"))).isEqualTo(Points.parse("0.3"));
    Points sum = Points.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Points.parse("0.1"));
    }
    assertThat(sum).isEqualTo(Points.of(1));
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource({
    "2.345, 2, HALF_UP, 2.35",
    "2.345, 2, HALF_EVEN, 2.34",
    "-2.345, 2, HALF_UP, -2.35",
    "2.349, 1, DOWN, 2.3",
    "0.125, 2, HALF_UP, 0.13"
  })
  void roundingIsExplicit(String value, int scale, RoundingMode mode, String expected) {
    assertThat(Points.parse(value).rounded(new Rounding(scale, mode)))
        .isEqualTo(Points.parse(expected));
  }

  @Test
  void arithmetic() {
    Points five = Points.of(5);
    assertThat(five.minus(Points.of(7))).isEqualTo(Points.of(-2));
    assertThat(five.times(new BigDecimal("0.8"))).isEqualTo(Points.of(4));
    assertThat(five.negated().abs()).isEqualTo(five);
    assertThat(five.min(Points.of(3))).isEqualTo(Points.of(3));
    assertThat(five.max(Points.of(3))).isEqualTo(five);
    assertThat(Points.sum(List.of(five, Points.parse("0.25")))).isEqualTo(Points.parse("5.25"));
    assertThat(Points.of(-1).isNegative()).isTrue();
    assertThat(five.isGreaterThan(Points.of(4))).isTrue();
  }

  @Test
  void aRoundingMustSayWhichWay() {
    assertThatThrownBy(() -> new Rounding(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Points.parse("abc")).isInstanceOf(NumberFormatException.class);
  }
}
