package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measured quantity (a headcount, a rate in percent, a monthly average, another scheme's score),
 * for a {@link Rule.Measured} rule: {@link Rule.Tiers}, {@link Rule.Proportional}, {@link
 * Rule.Conversion} or {@link Rule.ShortfallSteps}.
 *
 * <p>The value is in the unit the node's rule states, which is the unit the text states ({@link
 * Rule.Measured#unit()}). A measurement may name its unit; if it does, a unit other than the node's
 * is an error, never converted and never scored. A measurement that names none is taken in the
 * node's unit (see {@code docs/format.md}, "Units").
 *
 * @param nodeId the node
 * @param value the quantity, exact
 * @param unit the unit the value is given in, if the facts name it ({@code 条/月}, {@code %})
 * @param provenance who recorded it
 */
public record Measurement(
    String nodeId, BigDecimal value, Optional<String> unit, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param value the quantity, exact
   * @param unit the unit the value is given in, if the facts name it ({@code 条/月}, {@code %})
   * @param provenance who recorded it
   */
  public Measurement {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(provenance, "provenance");
  }

  /**
   * A measurement that names no unit: its value is in the unit of its node's rule.
   *
   * @param nodeId the node
   * @param value the quantity, exact
   * @param provenance who recorded it
   */
  public Measurement(String nodeId, BigDecimal value, Optional<Provenance> provenance) {
    this(nodeId, value, Optional.empty(), provenance);
  }

  /**
   * A measurement parsed from a decimal such as {@code "95.5"}, naming no unit.
   *
   * @param nodeId the node
   * @param value the quantity as a plain decimal
   * @return the measurement
   * @throws NumberFormatException if the value is not a decimal
   */
  public static Measurement of(String nodeId, String value) {
    return new Measurement(nodeId, new BigDecimal(value), Optional.empty(), Optional.empty());
  }

  /**
   * Returns this measurement naming the unit its value is given in, such as {@code
   * Measurement.of("art8.1.bureau", "12").in("条/月")}.
   *
   * @param unit the unit, not null
   * @return the measurement with the unit
   */
  public Measurement in(String unit) {
    return new Measurement(nodeId, value, Optional.of(unit), provenance);
  }

  /**
   * Returns this fact recorded by someone.
   *
   * @param provenance who recorded it
   * @return the measurement with its provenance
   */
  public Measurement recordedBy(Provenance provenance) {
    return new Measurement(nodeId, value, unit, Optional.of(provenance));
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return "measured " + value.toPlainString() + unit.map(u -> " " + u).orElse("");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.measurement(this);
  }
}
