package io.github.kaoping.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Everything observed about one unit in one period: the facts its scores rest on.
 *
 * <p>Facts recorded by several offices merge into one set with {@link #merge}; the order of facts
 * never matters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitFacts {

  /** {@return the unit's id} */
  public abstract String unitId();

  /** {@return the unit's group} */
  public abstract String group();

  /** {@return the period, such as {@code 2024}} */
  public abstract Optional<String> period();

  /** {@return the facts, in any order} */
  public abstract List<Fact> facts();

  /**
   * Returns these facts with one more.
   *
   * @param fact the fact to add
   * @return a copy of these facts with the fact added after the others
   */
  public UnitFacts with(Fact fact) {
    return builder().from(this).addFacts(fact).build();
  }

  /**
   * Returns these facts without those matching the predicate.
   *
   * @param remove which facts to remove
   * @return a copy of these facts without them, the others in their order
   */
  public UnitFacts without(Predicate<? super Fact> remove) {
    return builder().from(this).facts(facts().stream().filter(remove.negate()).toList()).build();
  }

  /**
   * Returns a builder for a unit in a group.
   *
   * @param unitId the unit
   * @param group the unit's group
   * @return the builder
   */
  public static Builder of(String unitId, String group) {
    return builder().unitId(unitId).group(group);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Merges facts recorded by several offices for one unit.
   *
   * @param parts the parts, at least one, all for the same unit, group and period
   * @return the merged facts
   * @throws FactsException if the parts disagree on the unit, group or period, or record one fact
   *     twice (an occurrence under the same id, two measurements of one item)
   */
  public static UnitFacts merge(Collection<UnitFacts> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    UnitFacts first = parts.iterator().next();
    List<Problem> problems = new ArrayList<>();
    List<Fact> all = new ArrayList<>();
    for (UnitFacts part : parts) {
      if (!part.unitId().equals(first.unitId())
          || !part.group().equals(first.group())
          || !part.period().equals(first.period())) {
        problems.add(
            Problem.at(
                "unit " + part.unitId(),
                "cannot merge facts of "
                    + describe(part)
                    + " with facts of "
                    + describe(first)
                    + ": unit, group and period must agree"));
      }
      all.addAll(part.facts());
    }
    FactIdentity.duplicates(first.unitId(), all, problems);
    if (!problems.isEmpty()) {
      throw new FactsException(first.unitId(), problems);
    }
    return builder().from(first).facts(all).build();
  }

  private static String describe(UnitFacts f) {
    return f.unitId() + " (" + f.group() + f.period().map(p -> ", " + p).orElse("") + ")";
  }

  /**
   * Builds {@link UnitFacts}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(UnitFacts)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code unitId} and {@code group} are required: {@code build()} throws an {@link
   * IllegalStateException} naming those not set; {@code facts} starts empty. The calculator checks
   * the facts against the scheme when it scores them, reporting every problem at once.
   */
  public static final class Builder extends ImmutableUnitFacts.Builder {}
}
