package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

  /** {@return the scheme's stable ASCII id, such as {@code yueyang-2007}} */
  public abstract String id();

  /** {@return the title, as the text gives it} */
  public abstract String title();

  /** {@return document number, issuer, dates and status} */
  @Value.Default
  public SchemeInfo info() {
    return SchemeInfo.empty();
  }

  /** {@return the total's full marks, if the text gives them} */
  public abstract Optional<Points> maximum();

  /** {@return whether the maxima of the scored sections must add up to {@link #maximum()}} */
  @Value.Default
  public boolean maximaAddUp() {
    return true;
  }

  /** {@return the top-level sections, in the text's order} */
  public abstract List<Node> sections();

  /** {@return the unit groups; at least one} */
  public abstract List<UnitGroup> groups();

  /** {@return the vetoes} */
  public abstract List<Veto> vetoes();

  /** {@return how items outside a unit's duties count} */
  @Value.Default
  public NotApplicablePolicy notApplicable() {
    return NotApplicablePolicy.REJECT;
  }

  /** {@return how quotients are rounded; required when a rule divides} */
  public abstract Optional<Rounding> rounding();

  /**
   * {@return what the scheme decides from its scores: rankings, bands, improvement awards, grades}
   */
  public abstract List<Outcome> outcomes();

  /** {@return how the scheme reads the ambiguous or defective passages of its text} */
  public abstract List<Reading> readings();

  /**
   * The numbers the text does not give, which the office sets: award places and amounts of points
   * that the scheme's awards and rates name. See {@link Parameter}.
   *
   * @return the parameters, in the scheme's order; empty if the text leaves nothing to the office
   */
  public abstract List<Parameter> parameters();

  /**
   * Returns a parameter by id.
   *
   * @param id the parameter's id
   * @return the parameter, or empty if the scheme declares none by that id
   */
  public Optional<Parameter> parameter(String id) {
    return parameters().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns this scheme with the office's values for some of its parameters, the others as they
   * are: what {@code scoring score --set ID=VALUE} does for one run.
   *
   * @param values the values by parameter id
   * @return the scheme with those values set
   * @throws IllegalArgumentException naming every id the scheme does not declare (and the ids it
   *     does) and every value that does not suit its parameter
   */
  public Scheme withParameters(Map<String, BigDecimal> values) {
    List<String> problems = new ArrayList<>();
    Map<String, BigDecimal> left = new TreeMap<>(values);
    List<Parameter> set = new ArrayList<>();
    for (Parameter p : parameters()) {
      BigDecimal v = left.remove(p.id());
      if (v == null) {
        set.add(p);
        continue;
      }
      Optional<String> problem = p.problemWith(v);
      if (problem.isPresent()) {
        problems.add("parameter " + p.id() + " (" + p.title() + "): " + problem.get());
      } else {
        set.add(p.withValue(v));
      }
    }
    for (String unknown : left.keySet()) {
      problems.add(
          "scheme "
              + id()
              + " has no parameter "
              + unknown
              + (parameters().isEmpty()
                  ? "; it declares none"
                  : "; its parameters are " + parameters().stream().map(Parameter::id).toList()));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return builder().from(this).parameters(set).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Scheme}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Scheme)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id} and {@code title} are required: {@code build()} throws an {@link
   * IllegalStateException} naming those not set. Unset, {@code info} is {@link SchemeInfo#empty()},
   * {@code maximaAddUp} is true and {@code notApplicable} is {@link NotApplicablePolicy#REJECT};
   * every list starts empty. The builder checks no rule of the scheme: {@link
   * Calculator#of(Scheme)} does, reporting every problem at once.
   */
  public static final class Builder extends ImmutableScheme.Builder {
    /**
     * Sets the maximum from a decimal such as {@code "1000"}.
     *
     * @param maximum the total's full marks as a plain decimal
     * @return this builder
     */
    public Builder max(String maximum) {
      return maximum(Points.parse(maximum));
    }

    /**
     * Adds sections from builders.
     *
     * @param sections the top-level sections, built in this order and added after any already set
     * @return this builder
     */
    public Builder add(Node.Builder... sections) {
      for (Node.Builder section : sections) {
        addSections(section.build());
      }
      return this;
    }
  }
}
