package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 以上、以下 include the number; 不满、超过 exclude it; every bound says which. */
class IntervalTest {

  private static final BigDecimal SEVEN_HUNDRED = new BigDecimal("700");

  @Test
  void zhangzhou_5_below700ExcludingSevenHundred() {
    // 五 "总分在700分(不含700分)以下的为不合格单位"
    Interval failing = Interval.below("700");
    assertThat(failing.contains(new BigDecimal("699.99"))).isTrue();
    assertThat(failing.contains(SEVEN_HUNDRED)).isFalse();
  }

  @Test
  void jishui_4_3_1_eightyFiveOrMoreIncludesEightyFive() {
    Interval eligible = Interval.atLeast("85");
    assertThat(eligible.contains(new BigDecimal("85.00"))).isTrue();
    assertThat(eligible.contains(new BigDecimal("84.99"))).isFalse();
  }

  @Test
  void boundsAndOverlaps() {
    Interval upTo5 = Interval.atMost(BigDecimal.valueOf(5));
    Interval from5 = Interval.atLeast(5);
    Interval above5 = Interval.above(BigDecimal.valueOf(5));
    assertThat(upTo5.overlaps(from5)).isTrue();
    assertThat(upTo5.overlaps(above5)).isFalse();
    assertThat(Interval.below("5").overlaps(from5)).isFalse();
    assertThat(Interval.all().contains(new BigDecimal("-1e9"))).isTrue();
    assertThat(Interval.exactly(BigDecimal.ONE).toString()).isEqualTo("[1, 1]");
    assertThat(
            Interval.between(BigDecimal.valueOf(80), true, BigDecimal.valueOf(85), false)
                .toString())
        .isEqualTo("[80, 85)");
  }

  @Test
  void anEmptyIntervalIsRejected() {
    assertThatThrownBy(() -> Interval.between(BigDecimal.TEN, true, BigDecimal.ONE, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.between(BigDecimal.ONE, false, BigDecimal.ONE, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
