package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measured quantity (a headcount, a rate in percent, another scheme's score), for a {@link
 * Rule.Tiers}, {@link Rule.Proportional}, {@link Rule.Conversion} or {@link Rule.ShortfallSteps}
 * rule.
 *
 * @param nodeId the node
 * @param value the quantity, exact
 * @param provenance who recorded it
 */
public record Measurement(String nodeId, BigDecimal value, Optional<Provenance> provenance)
    implements Fact {

  /** Validates the fact. */
  public Measurement {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(value, "value");
    requireNonNull(provenance, "provenance");
  }

  /** A measurement parsed from a decimal such as {@code "95.5"}. */
  public static Measurement of(String nodeId, String value) {
    return new Measurement(nodeId, new BigDecimal(value), Optional.empty());
  }

  /** Returns this fact recorded by someone. */
  public Measurement recordedBy(Provenance provenance) {
    return new Measurement(nodeId, value, Optional.of(provenance));
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return "measured " + value.toPlainString();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.measurement(this);
  }
}
