package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link io.github.kaoping.scoring.Ranking} decided, group by group.
 *
 * @param outcomeId the ranking's id
 * @param title its title
 * @param clause its clause
 * @param on the node ranked on; empty if the total
 * @param rankedGroups each group's ranking, in the scheme's group order
 */
public record RankingResult(
    String outcomeId,
    String title,
    Optional<String> clause,
    Optional<String> on,
    List<RankedGroup> rankedGroups)
    implements OutcomeResult {

  /**
   * Validates the record.
   *
   * @param outcomeId the ranking's id
   * @param title its title
   * @param clause its clause
   * @param on the node ranked on; empty if the total
   * @param rankedGroups each group's ranking, in the scheme's group order
   */
  public RankingResult {
    requireNonNull(outcomeId, "outcomeId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(on, "on");
    rankedGroups = List.copyOf(rankedGroups);
  }

  /**
   * Returns one group's ranking.
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
