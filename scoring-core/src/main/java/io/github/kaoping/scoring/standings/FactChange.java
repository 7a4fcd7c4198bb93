package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.UnitFacts;
import java.util.List;
import java.util.Optional;

/** One changed fact for a what-if question: a fact added, removed or replaced. */
public sealed interface FactChange
    permits FactChange.Added, FactChange.Removed, FactChange.Replaced {

  /**
   * Applies the change.
   *
   * @param facts the unit's facts
   * @return the facts after the change
   * @throws StandingsException if a fact to remove or replace is not among the facts
   */
  UnitFacts applyTo(UnitFacts facts);

  /**
   * One more fact.
   *
   * @param fact the fact to add
   * @return the change
   */
  static FactChange add(Fact fact) {
    return new Added(fact);
  }

  /**
   * One fact fewer; it must be among the facts.
   *
   * @param fact the fact to remove, equal to one of the unit's facts
   * @return the change
   */
  static FactChange remove(Fact fact) {
    return new Removed(fact);
  }

  /**
   * One fact in place of another, which must be among the facts.
   *
   * @param old the fact replaced, equal to one of the unit's facts
   * @param with the fact in its place
   * @return the change
   */
  static FactChange replace(Fact old, Fact with) {
    return new Replaced(old, with);
  }

  /**
   * A fact added.
   *
   * @param fact the fact
   */
  record Added(Fact fact) implements FactChange {
    /**
     * Validates the change.
     *
     * @param fact the fact
     */
    public Added {
      requireNonNull(fact, "fact");
    }

    @Override
    public UnitFacts applyTo(UnitFacts facts) {
      return facts.with(fact);
    }

    @Override
    public String toString() {
      return "add " + fact.label() + " on " + fact.target();
    }
  }

  /**
   * A fact removed.
   *
   * @param fact the fact, equal to one of the unit's facts
   */
  record Removed(Fact fact) implements FactChange {
    /**
     * Validates the change.
     *
     * @param fact the fact, equal to one of the unit's facts
     */
    public Removed {
      requireNonNull(fact, "fact");
    }

    @Override
    public UnitFacts applyTo(UnitFacts facts) {
      requirePresent(facts, fact);
      return facts.without(fact::equals);
    }

    @Override
    public String toString() {
      return "remove " + fact.label() + " on " + fact.target();
    }
  }

  /**
   * A fact replaced by another.
   *
   * @param old the fact replaced, equal to one of the unit's facts
   * @param with the fact in its place
   */
  record Replaced(Fact old, Fact with) implements FactChange {
    /**
     * Validates the change.
     *
     * @param old the fact replaced, equal to one of the unit's facts
     * @param with the fact in its place
     */
    public Replaced {
      requireNonNull(old, "old");
      requireNonNull(with, "with");
    }

    @Override
    public UnitFacts applyTo(UnitFacts facts) {
      requirePresent(facts, old);
      return facts.without(old::equals).with(with);
    }

    @Override
    public String toString() {
      return "replace "
          + old.label()
          + " on "
          + old.target()
          + " by "
          + with.label()
          + " on "
          + with.target();
    }
  }

  private static void requirePresent(UnitFacts facts, Fact fact) {
    if (!facts.facts().contains(fact)) {
      throw new StandingsException(
          "cannot change the facts of unit " + facts.unitId(),
          List.of(
              new Problem(
                  "unit " + facts.unitId(),
                  "has no fact equal to " + fact + " to remove or replace",
                  Optional.of(fact.target()),
                  Optional.of(fact))));
    }
  }
}
