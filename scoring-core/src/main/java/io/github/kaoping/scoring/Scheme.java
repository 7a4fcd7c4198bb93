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

  /**
   * The numbers the text does not give, which the office sets: award places and amounts of points
   * that the scheme's awards and rates name. See {@link Parameter}.
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
