package io.github.kaoping.scoring.standings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lookups and plain-text tables for the results. */
final class Tables {

  private Tables() {}

  static <T> T find(List<T> items, Function<T, String> id, String key, String owner) {
    for (T item : items) {
      if (id.apply(item).equals(key)) {
        return item;
      }
    }
    throw new IllegalArgumentException(
        owner + " has no " + key + "; it has " + items.stream().map(id).toList());
  }

  static Optional<UnitStanding> standing(
      String outcomeId, List<RankedGroup> groups, String unitId) {
    for (RankedGroup g : groups) {
      Optional<Placing> p = g.placing(unitId);
      if (p.isPresent()) {
        Placing placing = p.get();
        return Optional.of(
            new UnitStanding(
                outcomeId,
                g.group(),
                placing.value(),
                placing.rank(),
                placing.position(),
                placing.awards()));
      }
    }
    return Optional.empty();
  }
}
