package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range of numbers whose every bound says whether it includes its endpoint.
 *
 * <p>Chinese legal drafting counts 以上、以下、以内 as including the number and 不满、超过、以外 as excluding it;
 * the factories are named after that convention so that a scheme states inclusivity explicitly:
 * {@link #atLeast} (以上), {@link #above} (超过), {@link #atMost} (以下), {@link #below} (不满, or
 * "(不含)以下").
 *
 * @param lower the lower bound, empty if unbounded below
 * @param upper the upper bound, empty if unbounded above
 */
public record Interval(Optional<Bound> lower, Optional<Bound> upper) {

  /**
   * One end of an interval.
   *
   * @param value the endpoint, not null
   * @param inclusive whether the endpoint belongs to the interval
   */
  public record Bound(BigDecimal value, boolean inclusive) {
    /**
     * Validates the bound.
     *
     * @param value the endpoint, not null
     * @param inclusive whether the endpoint belongs to the interval
     */
    public Bound {
      requireNonNull(value, "value");
    }
  }

  /**
   * Validates the interval: it must not be empty.
   *
   * @param lower the lower bound, empty if unbounded below
   * @param upper the upper bound, empty if unbounded above
   * @throws IllegalArgumentException if the interval holds no number: the lower endpoint above the
   *     upper, or both equal and not both included
   */
  public Interval {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (lower.isPresent() && upper.isPresent()) {
      int c = lower.get().value().compareTo(upper.get().value());
      if (c > 0 || (c == 0 && !(lower.get().inclusive() && upper.get().inclusive()))) {
        throw new IllegalArgumentException("empty interval " + describe(lower, upper));
      }
    }
  }

  /** {@return every number: {@code (-∞, +∞)}} */
  public static Interval all() {
    return new Interval(Optional.empty(), Optional.empty());
  }

  /**
   * {@code [value, +∞)}: value 以上, including the value.
   *
   * @param value the lower endpoint, included
   * @return the interval
   */
  public static Interval atLeast(BigDecimal value) {
    return new Interval(Optional.of(new Bound(value, true)), Optional.empty());
  }

  /**
   * {@code (value, +∞)}: 超过 value, excluding it.
   *
   * @param value the lower endpoint, excluded
   * @return the interval
   */
  public static Interval above(BigDecimal value) {
    return new Interval(Optional.of(new Bound(value, false)), Optional.empty());
  }

  /**
   * {@code (-∞, value]}: value 以下, including the value.
   *
   * @param value the upper endpoint, included
   * @return the interval
   */
  public static Interval atMost(BigDecimal value) {
    return new Interval(Optional.empty(), Optional.of(new Bound(value, true)));
  }

  /**
   * {@code (-∞, value)}: 不满 value, excluding it.
   *
   * @param value the upper endpoint, excluded
   * @return the interval
   */
  public static Interval below(BigDecimal value) {
    return new Interval(Optional.empty(), Optional.of(new Bound(value, false)));
  }

  /**
   * {@code [value, value]}: exactly the value.
   *
   * @param value the only number in the interval
   * @return the interval
   */
  public static Interval exactly(BigDecimal value) {
    return between(value, true, value, true);
  }

  /**
   * An interval bounded on both sides.
   *
   * @param low the lower endpoint
   * @param lowInclusive whether the lower endpoint belongs
   * @param high the upper endpoint
   * @param highInclusive whether the upper endpoint belongs
   * @return the interval, never null
   */
  public static Interval between(
      BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive) {
    return new Interval(
        Optional.of(new Bound(low, lowInclusive)), Optional.of(new Bound(high, highInclusive)));
  }

  /**
   * {@code [value, +∞)} for a whole number.
   *
   * @param value the lower endpoint, included
   * @return the interval
   */
  public static Interval atLeast(long value) {
    return atLeast(BigDecimal.valueOf(value));
  }

  /**
   * {@code [value, +∞)} parsed from a decimal such as {@code "85"}.
   *
   * @param value the lower endpoint, included, as a plain decimal
   * @return the interval
   */
  public static Interval atLeast(String value) {
    return atLeast(new BigDecimal(value));
  }

  /**
   * {@code (-∞, value)} parsed from a decimal such as {@code "700"}.
   *
   * @param value the upper endpoint, excluded, as a plain decimal
   * @return the interval
   */
  public static Interval below(String value) {
    return below(new BigDecimal(value));
  }

  /**
   * Does the interval contain the value?
   *
   * @param value the number tested
   * @return whether the value lies within the interval, endpoints included or not as the interval
   *     says
   */
  public boolean contains(BigDecimal value) {
    if (lower.isPresent()) {
      int c = value.compareTo(lower.get().value());
      if (c < 0 || (c == 0 && !lower.get().inclusive())) {
        return false;
      }
    }
    if (upper.isPresent()) {
      int c = value.compareTo(upper.get().value());
      return c < 0 || (c == 0 && upper.get().inclusive());
    }
    return true;
  }

  /**
   * Does the interval contain the points?
   *
   * @param points the points tested
   * @return whether the points lie within the interval, endpoints included or not as the interval
   *     says
   */
  public boolean contains(Points points) {
    return contains(points.toBigDecimal());
  }

  /**
   * Do the two intervals share at least one number?
   *
   * @param other the other interval
   * @return whether some number lies in both intervals
   */
  public boolean overlaps(Interval other) {
    Range<BigDecimal> a = toRange();
    Range<BigDecimal> b = other.toRange();
    return a.isConnected(b) && !a.intersection(b).isEmpty();
  }

  private Range<BigDecimal> toRange() {
    if (lower.isEmpty() && upper.isEmpty()) {
      return Range.all();
    }
    if (upper.isEmpty()) {
      Bound l = lower.get();
      return Range.downTo(l.value(), type(l));
    }
    if (lower.isEmpty()) {
      Bound u = upper.get();
      return Range.upTo(u.value(), type(u));
    }
    Bound l = lower.get();
    Bound u = upper.get();
    return Range.range(l.value(), type(l), u.value(), type(u));
  }

  private static BoundType type(Bound b) {
    return b.inclusive() ? BoundType.CLOSED : BoundType.OPEN;
  }

  /** Returns the interval in mathematical notation, such as {@code [80, 85)}. */
  @Override
  public String toString() {
    return describe(lower, upper);
  }

  private static String describe(Optional<Bound> lower, Optional<Bound> upper) {
    String l =
        lower.map(b -> (b.inclusive() ? "[" : "(") + b.value().toPlainString()).orElse("(-∞");
    String u =
        upper.map(b -> b.value().toPlainString() + (b.inclusive() ? "]" : ")")).orElse("+∞)");
    return l + ", " + u;
  }
}
