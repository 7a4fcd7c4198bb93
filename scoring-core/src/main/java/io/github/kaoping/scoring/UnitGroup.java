package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A group of units that are scored, ranked and awarded together (系列、类别、序列): yueyang's counties and
 * departments, zhangzhou's three series.
 *
 * @param id the group's id, used by the facts
 * @param title the group's name
 * @param clause the clause that defines it
 * @param units the units the text lists, if it lists them; a unit outside a listed roster is an
 *     error
 * @param declaredCount the number of units the text states, if it states one (it may disagree with
 *     the list; a {@link Reading} then says which holds)
 */
public record UnitGroup(
    String id,
    String title,
    Optional<String> clause,
    List<Unit> units,
    Optional<Integer> declaredCount) {

  /**
   * Validates the group.
   *
   * @param id the group's id, used by the facts
   * @param title the group's name
   * @param clause the clause that defines it
   * @param units the units the text lists, if it lists them; a unit outside a listed roster is an
   *     error
   * @param declaredCount the number of units the text states, if it states one (it may disagree
   *     with the list; a {@link Reading} then says which holds)
   */
  public UnitGroup {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    units = List.copyOf(units);
    requireNonNull(declaredCount, "declaredCount");
  }

  /**
   * A group without a roster.
   *
   * @param id the group's id, used by the facts
   * @param title the group's name
   * @param clause the clause that defines it
   * @return the group, with no roster and no declared count
   */
  public static UnitGroup of(String id, String title, String clause) {
    return new UnitGroup(id, title, Optional.of(clause), List.of(), Optional.empty());
  }
}
