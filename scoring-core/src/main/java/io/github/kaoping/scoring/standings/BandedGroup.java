package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One group's bands.
 *
 * @param group the group's id
 * @param units every unit of the group, by score (highest first), then by unit id
 */
public record BandedGroup(String group, List<Banded> units) {

  /**
   * Validates the record.
   *
   * @param group the group's id
   * @param units every unit of the group, by score (highest first), then by unit id
   */
  public BandedGroup {
    requireNonNull(group, "group");
    units = List.copyOf(units);
  }

  /**
   * Returns a unit's band entry, or empty if the unit is not in this group.
   *
   * @param unitId the unit's id
   * @return the unit's entry, or empty if the unit is not in this group
   */
  public Optional<Banded> unit(String unitId) {
    return units.stream().filter(b -> b.unitId().equals(unitId)).findFirst();
  }

  /**
   * Returns the units in a band, by score (highest first), then by unit id.
   *
   * @param band the band's label
   * @return the ids of the units in that band; empty if none is
   */
  public List<String> inBand(String band) {
    return units.stream()
        .filter(b -> b.band().filter(band::equals).isPresent())
        .map(Banded::unitId)
        .toList();
  }
}
