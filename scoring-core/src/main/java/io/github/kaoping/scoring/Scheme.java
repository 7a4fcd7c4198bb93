package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation scheme (考评办法): metadata, unit groups, the tree of sections and items, vetoes and
 * the policies that apply throughout.
 *
 * <p>A scheme is plain data; {@link Calculator#of(Scheme)} validates it and compiles it for
 * scoring.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scheme {

  /** The scheme's stable ASCII id, such as {@code yueyang-2007}. */
  public abstract String id();

  /** The title, as the text gives it. */
  public abstract String title();

  /** Document number, issuer, dates and status. */
  @Value.Default
  public SchemeInfo info() {
    return SchemeInfo.empty();
  }

  /** The total's full marks, if the text gives them. */
  public abstract Optional<Points> maximum();

  /** Whether the maxima of the scored sections must add up to {@link #maximum()}. */
  @Value.Default
  public boolean maximaAddUp() {
    return true;
  }

  /** The top-level sections, in the text's order. */
  public abstract List<Node> sections();

  /** The unit groups; at least one. */
  public abstract List<UnitGroup> groups();

  /** The vetoes. */
  public abstract List<Veto> vetoes();

  /** How items outside a unit's duties count. */
  @Value.Default
  public NotApplicablePolicy notApplicable() {
    return NotApplicablePolicy.REJECT;
  }

  /** How quotients are rounded; required when a rule divides. */
  public abstract Optional<Rounding> rounding();

  /** What the scheme decides from its scores: rankings, bands, improvement awards, grades. */
  public abstract List<Outcome> outcomes();

  /** How the scheme reads the ambiguous or defective passages of its text. */
  public abstract List<Reading> readings();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scheme}. */
  public static final class Builder extends ImmutableScheme.Builder {
    /** Sets the maximum from a decimal such as {@code "1000"}. */
    public Builder max(String maximum) {
      return maximum(Points.parse(maximum));
    }

    /** Adds sections from builders. */
    public Builder add(Node.Builder... sections) {
      for (Node.Builder section : sections) {
        addSections(section.build());
      }
      return this;
    }
  }
}
