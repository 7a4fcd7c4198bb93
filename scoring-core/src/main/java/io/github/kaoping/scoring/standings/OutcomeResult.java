package io.github.kaoping.scoring.standings;

import java.util.List;
import java.util.Optional;

/**
 * What one of a scheme's outcome rules decided: a {@link RankingResult}, an {@link
 * ImprovementResult} or a {@link BandingResult}. Grades have their own {@link GradingResult}.
 */
public sealed interface OutcomeResult permits RankingResult, ImprovementResult, BandingResult {

  /** {@return the outcome's id in the scheme} */
  String outcomeId();

  /** {@return the outcome's title} */
  String title();

  /** {@return the clause it comes from} */
  Optional<String> clause();

  /**
   * One unit's standing under this outcome, or empty if the outcome does not place it.
   *
   * @param unitId the unit's id
   * @return the unit's standing, or empty if the outcome does not place it
   */
  Optional<UnitStanding> standingOf(String unitId);

  /** {@return the groups' ids, in the order of the results} */
  List<String> groups();

  /**
   * Renders the result as a plain-text table, one line per unit, groups in order, with the cut ties
   * and the units without a previous card below each group.
   *
   * @return the table, one line per row
   */
  String table();
}
