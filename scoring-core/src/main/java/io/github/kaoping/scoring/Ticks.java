package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimals as {@code long} counts of {@code 10^-scale} points ("ticks"), the representation
 * the scorer computes in. A scale is always chosen so that every amount is a whole number of ticks,
 * so converting never rounds; a value too large for a {@code long} fails loudly.
 */
final class Ticks {

  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** The most decimal places a scheme's or a fact's points may have. */
  static final int MAX_SCALE = 6;

  /** The points every amount stays below, so that sums of them never overflow. */
  static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(1_000_000_000L);

  /** {@link #MAX_MAGNITUDE} in ticks of {@link #MAX_SCALE}, the finest scale. */
  static final long MAX_FINE = 1_000_000_000L * 1_000_000L;

  private Ticks() {}

  /** Does the amount fit: at most {@link #MAX_SCALE} places and below {@link #MAX_MAGNITUDE}? */
  static boolean fits(BigDecimal value) {
    return scaleOf(value) <= MAX_SCALE && value.abs().compareTo(MAX_MAGNITUDE) < 0;
  }

  /** Does the amount fit? */
  static boolean fits(Points points) {
    BigDecimal value = points.toBigDecimal();
    return scaleOf(points) <= MAX_SCALE && value.abs().compareTo(MAX_MAGNITUDE) < 0;
  }

  /** Why an amount does not fit, for a problem's message. */
  static String range() {
    return "at most " + MAX_SCALE + " decimal places and below " + MAX_MAGNITUDE.toPlainString();
  }

  /** The fewest decimal places that hold the value exactly, never below 0. */
  static int scaleOf(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /** The fewest decimal places that hold the points exactly. */
  static int scaleOf(Points points) {
    return Math.max(0, points.toBigDecimal().scale()); // points are kept without trailing zeros
  }

  /** The value in ticks of {@code 10^-scale}; exact, or an {@link ArithmeticException}. */
  static long of(BigDecimal value, int scale) {
    int own = value.scale();
    if (own >= 0 && own <= scale && scale - own < POWERS.length) {
      // The value's own unscaled number, widened: one small decimal made rather than two (moving
      // the point past the value's own places makes a decimal and then another to rescale it).
      long unscaled =
          own == 0 ? value.longValueExact() : value.movePointRight(own).longValueExact();
      return Math.multiplyExact(unscaled, POWERS[scale - own]);
    }
    // movePointRight keeps a small value compact, so no BigInteger is made; a value finer than the
    // scale stays fractional and longValueExact refuses it.
    return value.movePointRight(scale).longValueExact();
  }

  /** The points in ticks of {@code 10^-scale}. */
  static long of(Points points, int scale) {
    return of(points.toBigDecimal(), scale);
  }

  /** The ticks as a decimal. */
  static BigDecimal decimal(long ticks, int scale) {
    return BigDecimal.valueOf(ticks, scale);
  }

  /**
   * The ticks as points, normalised as {@code stripTrailingZeros} would (270 is 27 × 10^1), but on
   * a long rather than by repeated BigDecimal division.
   */
  static Points points(long ticks, int scale) {
    long t = ticks;
    int s = scale;
    while (t != 0 && t % 10 == 0) {
      t /= 10;
      s--;
    }
    return t == 0 ? Points.ZERO : Points.normalised(BigDecimal.valueOf(t, s));
  }

  /**
   * The whole numbers of ticks of {@code 10^-scale} an interval holds, as the inclusive range
   * {@code [low, high]}: {@code x} ticks lie in the interval if and only if {@code low <= x <=
   * high}. A test on a long then takes the place of a decimal made and compared, for every unit. An
   * interval that holds no whole number of ticks gives {@code low > high}.
   *
   * @return {@code {low, high}}
   */
  static long[] range(Interval interval, int scale) {
    // the last tick at or below an upper bound is minus the first at or above its negation
    BigDecimal low =
        interval
            .lower()
            .map(b -> firstTick(b.value().movePointRight(scale), b.inclusive()))
            .orElse(null);
    BigDecimal high =
        interval
            .upper()
            .map(b -> firstTick(b.value().movePointRight(scale).negate(), b.inclusive()).negate())
            .orElse(null);
    if ((low != null && low.compareTo(LONG_MAX) > 0)
        || (high != null && high.compareTo(LONG_MIN) < 0)) {
      return noRange(); // beyond every long: none is held
    }
    return new long[] {clamped(low, Long.MIN_VALUE), clamped(high, Long.MAX_VALUE)};
  }

  /** An empty {@link #range}: no number of ticks is held. */
  static long[] noRange() {
    return new long[] {Long.MAX_VALUE, Long.MIN_VALUE};
  }

  /** The first whole number above a bound at {@code at}, or at it if the bound is inclusive. */
  private static BigDecimal firstTick(BigDecimal at, boolean inclusive) {
    return inclusive
        ? at.setScale(0, RoundingMode.CEILING)
        : at.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
  }

  /** A tick as a long, held to the longs; {@code absent} where there is no bound. */
  private static long clamped(@Nullable BigDecimal tick, long absent) {
    if (tick == null) {
      return absent;
    }
    if (tick.compareTo(LONG_MAX) > 0) {
      return Long.MAX_VALUE;
    }
    return tick.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : tick.longValueExact();
  }

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  /**
   * A value in ticks of {@link #MAX_SCALE} at a coarser scale, {@code places} fewer, that holds it
   * exactly (a multiple of {@code 10^places}): its twos shifted out and its fives multiplied away
   * by their inverse modulo 2^64, which is exact for such a multiple and takes a fraction of a long
   * division's time (the scorer brings every occurrence of a unit to its scale).
   */
  static long coarser(long fine, int places) {
    return (fine >> places) * INVERSE_FIVES[places];
  }

  /** By n up to {@link #MAX_SCALE}: the inverse of {@code 5^n} modulo 2^64. */
  private static final long[] INVERSE_FIVES = new long[MAX_SCALE + 1];

  static {
    long five = 1;
    for (int n = 0; n <= MAX_SCALE; n++) {
      // Newton's step doubles the bits of an odd number's inverse that are right; 5^n is right in
      // three to start with, so five steps give all 64.
      long inverse = five;
      for (int step = 0; step < 5; step++) {
        inverse *= 2 - five * inverse;
      }
      INVERSE_FIVES[n] = inverse;
      five *= 5;
    }
  }

  /** {@code 10^exponent}, for widening a plan's ticks to a finer scale. */
  static long power(int exponent) {
    if (exponent >= POWERS.length) {
      throw new ArithmeticException("10^" + exponent + " does not fit a long");
    }
    return POWERS[exponent];
  }
}
