package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link io.github.kaoping.scoring.Banding} decided, group by group.
 *
 * @param outcomeId the banding's id
 * @param title its title
 * @param clause its clause
 * @param on the node banded; empty if the total
 * @param bandedGroups each group's bands, in the scheme's group order
 */
public record BandingResult(
    String outcomeId,
    String title,
    Optional<String> clause,
    Optional<String> on,
    List<BandedGroup> bandedGroups)
    implements OutcomeResult {

  /**
   * Validates the record.
   *
   * @param outcomeId the banding's id
   * @param title its title
   * @param clause its clause
   * @param on the node banded; empty if the total
   * @param bandedGroups each group's bands, in the scheme's group order
   */
  public BandingResult {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(on, "on");
    bandedGroups = List.copyOf(bandedGroups);
  }

  /**
   * Returns one group's bands.
   *
   * @param group the group's id
   * @return the bands
   * @throws IllegalArgumentException if the outcome does not band that group
   */
  public BandedGroup group(String group) {
    return Tables.find(bandedGroups, BandedGroup::group, group, outcomeId);
  }

  @Override
  public Optional<UnitStanding> standingOf(String unitId) {
    for (BandedGroup g : bandedGroups) {
      Optional<Banded> b = g.unit(unitId);
      if (b.isPresent()) {
        return Optional.of(
            new UnitStanding(
                outcomeId,
                g.group(),
                b.get().score(),
                Optional.empty(),
                Optional.empty(),
                b.get().band().stream().toList()));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> groups() {
    return bandedGroups.stream().map(BandedGroup::group).toList();
  }

  @Override
  public String table() {
    return StandingsTable.outcome(this);
  }
}
