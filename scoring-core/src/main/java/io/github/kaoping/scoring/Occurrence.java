package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened, counted by a {@link Rule.PerOccurrence} rule, valued by its amount under
 * a {@link Rule.AmountSteps} rule, or counted by a gate or veto: an error, an absence, an award, a
 * grant.
 *
 * <p>Every occurrence has an id unique for its unit; an occurrence recorded twice under the same id
 * is an error, never counted twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Occurrence implements Fact {

  /** {@return the occurrence's id, unique for the unit and period} */
  public abstract String id();

  /** {@return the node it is recorded on} */
  public abstract String nodeId();

  /** {@return its kind, matching a rate or gate of the node (差错, 缺席, 科级以上)} */
  public abstract Optional<String> kind();

  /** {@return its level, matching a rate of the node (县级, 市级, 省级, 国家级)} */
  public abstract Optional<String> level();

  /** {@return how many times it happened (人次), at least 1} */
  @Value.Default
  public int count() {
    return 1;
  }

  /**
   * {@return the points the evaluator chose, for a rate given as a range; a magnitude, not signed}
   */
  public abstract Optional<Points> points();

  /** {@return an amount such as money raised, for an amount rule} */
  public abstract Optional<BigDecimal> amount();

  /** {@return the matter it belongs to; occurrences of one matter may count once} */
  public abstract Optional<String> matter();

  /** {@return whether the unit found or reported the matter itself} */
  @Value.Default
  public boolean selfReported() {
    return false;
  }

  /** {@return the unit's part in joint work, if it was joint} */
  public abstract Optional<JointRole> joint();

  /** {@return an explicit share of joint work, overriding the scheme's split} */
  public abstract Optional<BigDecimal> share();

  /** {@return a free note} */
  public abstract Optional<String> note();

  @Override
  public abstract Optional<Provenance> provenance();

  @Override
  public final String target() {
    return nodeId();
  }

  @Override
  public final String label() {
    return "occurrence " + id();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.occurrence(this);
  }

  /**
   * Returns a builder with the occurrence's id and node set.
   *
   * @param id the occurrence's id
   * @param nodeId the node
   * @return the builder
   */
  public static Builder of(String id, String nodeId) {
    return new Builder().id(id).nodeId(nodeId);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Occurrence}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Occurrence)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id} and {@code nodeId} are required: {@code build()} throws an {@link
   * IllegalStateException} naming those not set. Unset, {@code count} is 1 and {@code selfReported}
   * is false. The calculator checks the occurrence against its node when it scores the unit.
   */
  public static final class Builder extends ImmutableOccurrence.Builder {}

  /** A unit's part in joint work. */
  public enum JointRole {
    /** The lead unit (主办单位). */
    LEAD,
    /** A partner unit (联办单位). */
    PARTNER
  }
}
