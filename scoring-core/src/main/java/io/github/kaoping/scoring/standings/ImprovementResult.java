package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What an {@link io.github.kaoping.scoring.Improvement} decided, group by group: units ranked by
 * their score this period minus last period's.
 *
 * @param outcomeId the outcome's id
 * @param title its title
 * @param clause its clause
 * @param on the node compared; empty if the total
 * @param previousPeriod the period of last period's cards, if they name one
 * @param rankedGroups each group's improvement ranking, in the scheme's group order
 */
public record ImprovementResult(
    String outcomeId,
    String title,
    Optional<String> clause,
    Optional<String> on,
    Optional<String> previousPeriod,
    List<RankedGroup> rankedGroups)
    implements OutcomeResult {

  /**
   * Validates the record.
   *
   * @param outcomeId the outcome's id
   * @param title its title
   * @param clause its clause
   * @param on the node compared; empty if the total
   * @param previousPeriod the period of last period's cards, if they name one
   * @param rankedGroups each group's improvement ranking, in the scheme's group order
   */
  public ImprovementResult {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(on, "on");
    requireNonNull(previousPeriod, "previousPeriod");
    rankedGroups = List.copyOf(rankedGroups);
  }

  /**
   * Returns one group's improvement ranking.
   *
   * @param group the group's id
   * @return the ranking
   * @throws IllegalArgumentException if the outcome does not rank that group
   */
  public RankedGroup group(String group) {
    return Tables.find(rankedGroups, RankedGroup::group, group, outcomeId);
  }

  @Override
  public Optional<UnitStanding> standingOf(String unitId) {
    return Tables.standing(outcomeId, rankedGroups, unitId);
  }

  @Override
  public List<String> groups() {
    return rankedGroups.stream().map(RankedGroup::group).toList();
  }

  @Override
  public String table() {
    return StandingsTable.outcome(this);
  }
}
