package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a scheme's rankings, improvements and bandings decided for one period's score cards,
 * outcome by outcome in the scheme's order. Gradings are decided apart, by {@link Standings#grade}.
 *
 * <p>The same cards in any order give an equal result.
 *
 * @param schemeId the scheme
 * @param period the period the cards name, if they name one
 * @param outcomes the results, in the scheme's order of outcomes
 */
public record StandingsResult(
    String schemeId, Optional<String> period, List<OutcomeResult> outcomes) {

  /**
   * Validates the record.
   *
   * @param schemeId the scheme
   * @param period the period the cards name, if they name one
   * @param outcomes the results, in the scheme's order of outcomes
   */
  public StandingsResult {
    requireNonNull(schemeId, "schemeId");
    requireNonNull(period, "period");
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Returns one outcome's result.
   *
   * @param outcomeId the outcome's id
   * @return its result
   * @throws IllegalArgumentException if there is no such result
   */
  public OutcomeResult outcome(String outcomeId) {
    return Tables.find(outcomes, OutcomeResult::outcomeId, outcomeId, schemeId);
  }

  /**
   * Returns a ranking's result.
   *
   * @param outcomeId the ranking's id
   * @return its result
   * @throws IllegalArgumentException if there is no such ranking
   */
  public RankingResult ranking(String outcomeId) {
    return as(RankingResult.class, outcomeId);
  }

  /**
   * Returns an improvement's result.
   *
   * @param outcomeId the outcome's id
   * @return its result
   * @throws IllegalArgumentException if there is no such improvement
   */
  public ImprovementResult improvement(String outcomeId) {
    return as(ImprovementResult.class, outcomeId);
  }

  /**
   * Returns a banding's result.
   *
   * @param outcomeId the banding's id
   * @return its result
   * @throws IllegalArgumentException if there is no such banding
   */
  public BandingResult banding(String outcomeId) {
    return as(BandingResult.class, outcomeId);
  }

  /**
   * Returns a unit's standing under every outcome that places it, in the scheme's order.
   *
   * @param unitId the unit's id
   * @return the unit's standings; empty if no outcome places it
   */
  public List<UnitStanding> standingsOf(String unitId) {
    List<UnitStanding> found = new ArrayList<>();
    for (OutcomeResult o : outcomes) {
      o.standingOf(unitId).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /**
   * Returns what the office must decide before the results are final, outcome by outcome and group
   * by group: awards whose places it has not set, awards a tie left unfilled.
   *
   * @return the decisions; empty if the standings decided everything
   */
  public List<OfficeDecision> decisions() {
    List<OfficeDecision> found = new ArrayList<>();
    for (OutcomeResult o : outcomes) {
      List<RankedGroup> groups =
          o instanceof RankingResult r
              ? r.rankedGroups()
              : o instanceof ImprovementResult i ? i.rankedGroups() : List.of();
      groups.forEach(g -> found.addAll(g.decisions()));
    }
    return List.copyOf(found);
  }

  /**
   * Renders the result as a plain-text table: the decisions left to the office first, where they
   * cannot be missed, then every outcome and group. It is {@link StandingsTable#of} this result:
   * units and groups by id; give the table the scheme and the cards for names, titles and the
   * vetoes that disqualified a unit.
   *
   * @return the table; lines end with {@code \n}
   */
  public String table() {
    return StandingsTable.of(this).render();
  }

  private <T extends OutcomeResult> T as(Class<T> type, String outcomeId) {
    OutcomeResult o = outcome(outcomeId);
    if (!type.isInstance(o)) {
      throw new IllegalArgumentException(
          "outcome "
              + outcomeId
              + " is a "
              + o.getClass().getSimpleName()
              + ", not a "
              + type.getSimpleName());
    }
    return type.cast(o);
  }
}
