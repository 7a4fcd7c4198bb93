package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number the regulation does not give, which the evaluation office sets: how many districts win
 * changzhou 六 "年度综合优胜奖", how much zhangzhou 三(二)4(5) "每人次扣分" deducts. The scheme declares it once,
 * the awards and rates that need it name it, and the office sets its value in the scheme file it
 * revises each year (or for one run, with {@link Scheme#withParameters}).
 *
 * <p>A parameter without a value is never defaulted, and its {@code example} is never used: an
 * award whose places it sets is given to nobody and the standings name it as a decision the office
 * must take; an occurrence that needs the amount it sets is a facts error naming the parameter.
 *
 * @param id the parameter's id, unique in the scheme, such as {@code overall-winners}
 * @param title what it sets, in the scheme's words (年度综合优胜奖获奖名额)
 * @param clause the clause that leaves the number open
 * @param why why the text leaves it to the office, quoting it
 * @param kind whether it sets a number of award places or an amount of points
 * @param example a plausible value, documented as an example only and never applied
 * @param value the value the office has set, if it has
 */
public record Parameter(
    String id,
    String title,
    String clause,
    String why,
    Kind kind,
    BigDecimal example,
    Optional<BigDecimal> value) {

  /** The most places a parameter may set: far more than any field of units ranked. */
  public static final int MAX_PLACES = 1_000_000;

  /**
   * Validates the record; the values themselves are checked with the scheme.
   *
   * @param id the parameter's id, unique in the scheme, such as {@code overall-winners}
   * @param title what it sets, in the scheme's words (年度综合优胜奖获奖名额)
   * @param clause the clause that leaves the number open
   * @param why why the text leaves it to the office, quoting it
   * @param kind whether it sets a number of award places or an amount of points
   * @param example a plausible value, documented as an example only and never applied
   * @param value the value the office has set, if it has
   */
  public Parameter {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(why, "why");
    requireNonNull(kind, "kind");
    requireNonNull(example, "example");
    requireNonNull(value, "value");
    example = plain(example);
    value = value.map(Parameter::plain);
  }

  /** The number without trailing zeros, so that 3 and 3.0 are one value. */
  private static BigDecimal plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** What a parameter sets. */
  public enum Kind {
    /** How many places an award has, counted from its first position: a whole number, 1 or more. */
    PLACES,
    /** An amount of points, such as a deduction per occurrence: not negative. */
    POINTS
  }

  /**
   * Declares a number of award places the office sets.
   *
   * @param id the parameter's id
   * @param title what it sets
   * @param clause the clause that leaves it open
   * @param why why the text leaves it open
   * @param example an example value, never applied
   * @return the parameter, without a value
   */
  public static Parameter places(String id, String title, String clause, String why, int example) {
    return new Parameter(
        id, title, clause, why, Kind.PLACES, BigDecimal.valueOf(example), Optional.empty());
  }

  /**
   * Declares an amount of points the office sets.
   *
   * @param id the parameter's id
   * @param title what it sets
   * @param clause the clause that leaves it open
   * @param why why the text leaves it open
   * @param example an example value, such as {@code "2"}, never applied
   * @return the parameter, without a value
   */
  public static Parameter points(
      String id, String title, String clause, String why, String example) {
    return new Parameter(
        id, title, clause, why, Kind.POINTS, new BigDecimal(example), Optional.empty());
  }

  /**
   * Returns this parameter with the office's value.
   *
   * @param value the value
   * @return the parameter with the value set
   * @throws IllegalArgumentException if the value does not suit the parameter's kind
   */
  public Parameter withValue(BigDecimal value) {
    problemWith(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("parameter " + id + ": " + p);
            });
    return new Parameter(id, title, clause, why, kind, example, Optional.of(value));
  }

  /**
   * Returns what is wrong with a value for this parameter, if anything: places must be a whole
   * number from 1 to {@link #MAX_PLACES}, points a decimal of at least 0 that {@link Points} can
   * hold.
   *
   * @param candidate the value
   * @return the problem, or empty if the value suits the parameter
   */
  public Optional<String> problemWith(BigDecimal candidate) {
    if (kind == Kind.PLACES) {
      BigDecimal whole = candidate.stripTrailingZeros();
      if (whole.scale() > 0
          || whole.compareTo(BigDecimal.ONE) < 0
          || whole.compareTo(BigDecimal.valueOf(MAX_PLACES)) > 0) {
        return Optional.of(
            "a number of places is a whole number from 1 to "
                + MAX_PLACES
                + ", was "
                + candidate.toPlainString());
      }
      return Optional.empty();
    }
    if (candidate.signum() < 0) {
      return Optional.of("points cannot be negative, was " + candidate.toPlainString());
    }
    if (!Ticks.fits(candidate)) {
      return Optional.of(
          candidate.toPlainString() + " is out of range: points have " + Ticks.range());
    }
    return Optional.empty();
  }
}
