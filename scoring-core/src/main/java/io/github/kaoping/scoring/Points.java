package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact, signed amount of points.
 *
 * <p>Points are decimals (0.1, 0.25 and 0.5 occur in the regulations) and are never binary floating
 * point. The value is kept normalised, so {@code 5}, {@code 5.0} and {@code 5.00} are one value:
 * {@link #equals} and {@link #compareTo} agree, and {@link #toString} prints the shortest plain
 * form. Arithmetic is exact; the only rounding is {@link #rounded(Rounding)}, which a scheme
 * applies where it says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Points implements Comparable<Points> {

  /** No points. */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  private final BigDecimal value;

  private Points(BigDecimal value) {
    this.value = value;
  }

  /**
   * Obtains points from a decimal.
   *
   * @param value the amount, not null
   * @return the points, never null
   */
  public static Points of(BigDecimal value) {
    requireNonNull(value, "value");
    return value.signum() == 0 ? ZERO : new Points(value.stripTrailingZeros());
  }

  /** Wraps a value already without trailing zeros and not zero; for {@link Ticks}. */
  static Points normalised(BigDecimal value) {
    return new Points(value);
  }

  /**
   * Obtains whole points.
   *
   * @param value the amount
   * @return the points, never null
   */
  public static Points of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Parses points written as a plain decimal such as {@code "0.5"} or {@code "-15"}.
   *
   * @param text the decimal, not null
   * @return the points, never null
   * @throws NumberFormatException if the text is not a decimal
   */
  public static Points parse(String text) {
    return of(new BigDecimal(text.trim()));
  }

  /**
   * Sums points.
   *
   * @param points the points to add, not null
   * @return the exact sum, zero if there are none
   */
  public static Points sum(Iterable<Points> points) {
    BigDecimal total = BigDecimal.ZERO;
    for (Points p : points) {
      total = total.add(p.value);
    }
    return of(total);
  }

  /** {@return the exact value, normalised (no trailing zeros)} */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /**
   * Returns {@code this + other}, exactly.
   *
   * @param other the points to add
   * @return the sum
   */
  public Points plus(Points other) {
    return other.isZero() ? this : of(value.add(other.value));
  }

  /**
   * Returns {@code this - other}, exactly.
   *
   * @param other the points to subtract
   * @return the difference
   */
  public Points minus(Points other) {
    return other.isZero() ? this : of(value.subtract(other.value));
  }

  /**
   * Returns {@code this × factor}, exactly.
   *
   * @param factor the factor, any scale
   * @return the product, unrounded
   */
  public Points times(BigDecimal factor) {
    return of(value.multiply(factor));
  }

  /**
   * Returns {@code this × factor}, exactly.
   *
   * @param factor the factor
   * @return the product
   */
  public Points times(long factor) {
    return of(value.multiply(BigDecimal.valueOf(factor)));
  }

  /** {@return the negated amount, {@code -this}} */
  public Points negated() {
    return isZero() ? this : new Points(value.negate());
  }

  /** {@return the absolute value} */
  public Points abs() {
    return signum() < 0 ? negated() : this;
  }

  /**
   * Rounds to the scale and mode of a scheme.
   *
   * @param rounding the scheme's rounding, not null
   * @return the rounded points, never null
   */
  public Points rounded(Rounding rounding) {
    return of(value.setScale(rounding.scale(), rounding.mode()));
  }

  /**
   * Returns the smaller of two amounts.
   *
   * @param other the other amount
   * @return this amount if it is not greater than the other, else the other
   */
  public Points min(Points other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of two amounts.
   *
   * @param other the other amount
   * @return this amount if it is not less than the other, else the other
   */
  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** {@return -1, 0 or 1 as this amount is negative, zero or positive} */
  public int signum() {
    return value.signum();
  }

  /** {@return whether this amount is zero} */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** {@return whether this amount is below zero} */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** {@return whether this amount is above zero} */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  /**
   * Is this amount greater than the other?
   *
   * @param other the other amount
   * @return whether this amount is numerically greater, whatever the scales
   */
  public boolean isGreaterThan(Points other) {
    return compareTo(other) > 0;
  }

  /**
   * Is this amount less than the other?
   *
   * @param other the other amount
   * @return whether this amount is numerically less, whatever the scales
   */
  public boolean isLessThan(Points other) {
    return compareTo(other) < 0;
  }

  /** {@return whether this is a whole number of points} */
  public boolean isWhole() {
    return value.scale() <= 0;
  }

  @Override
  public int compareTo(Points other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Points p && value.equals(p.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the plain decimal form, such as {@code "-2.5"}; never exponent notation. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
