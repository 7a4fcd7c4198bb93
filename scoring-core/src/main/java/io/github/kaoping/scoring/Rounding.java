package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a scheme rounds a quotient: the number of decimal places and the rounding mode.
 *
 * <p>Points are added, subtracted and multiplied exactly. Only a rule that divides (a proportion, a
 * mean of rater scores, a conversion, a rescaled total) produces a quotient, and it rounds that
 * quotient once with the scheme's rounding; the explanation line says so.
 *
 * @param scale the number of decimal places kept, 0 to 10
 * @param mode how the dropped digits round, not {@link RoundingMode#UNNECESSARY}
 */
public record Rounding(int scale, RoundingMode mode) {

  /**
   * Validates the rounding.
   *
   * @param scale the number of decimal places kept, 0 to 10
   * @param mode how the dropped digits round, not {@link RoundingMode#UNNECESSARY}
   * @throws IllegalArgumentException if the scale is not 0 to 10 or the mode is {@link
   *     java.math.RoundingMode#UNNECESSARY}
   */
  public Rounding {
    requireNonNull(mode, "mode");
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("scale must be 0 to 10, was " + scale);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("a scheme's rounding must say which way to round");
    }
  }

  /**
   * Rounds half up to the given number of places, as Chinese scoring tables do (四舍五入).
   *
   * @param scale the number of decimal places kept
   * @return the rounding, never null
   */
  public static Rounding halfUp(int scale) {
    return new Rounding(scale, RoundingMode.HALF_UP);
  }

  /**
   * Divides exactly if the quotient fits the scale, otherwise rounds it once.
   *
   * @param dividend the dividend
   * @param divisor the divisor, not zero
   * @return the rounded quotient
   */
  BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, scale, mode);
  }
}
