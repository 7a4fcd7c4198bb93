package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Positions {@code from..to} of a tie and the award they carry, counted from the award's end.
 *
 * @param from the first position
 * @param to the last position
 * @param award the award those positions carry; empty if none
 */
public record Span(int from, int to, Optional<String> award) {

  /**
   * Validates the span.
   *
   * @param from the first position
   * @param to the last position
   * @param award the award those positions carry; empty if none
   * @throws IllegalArgumentException unless {@code 1 <= from <= to}
   */
  public Span {
    requireNonNull(award, "award");
    if (from < 1 || to < from) {
      throw new IllegalArgumentException(
          "positions must be 1 <= from <= to, was " + from + ".." + to);
    }
  }

  @Override
  public String toString() {
    return (from == to ? String.valueOf(from) : from + "-" + to) + " " + award.orElse("(none)");
  }
}
