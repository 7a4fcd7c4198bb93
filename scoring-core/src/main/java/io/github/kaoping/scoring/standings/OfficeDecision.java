package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Award;

/**
 * A question the standings cannot settle from the scheme and the scores, so the evaluation office
 * must: an award a tie left without holders ({@link AwardUnfilledByTie}), or an award whose number
 * of places the office has not yet set ({@link AwardPlacesNotSet}). The standings still rank every
 * unit; they never fill such an award by a rule of their own. Each decision says in {@link #text()}
 * what is to be decided, naming titles and clauses, in the scheme's {@link Language}.
 */
public sealed interface OfficeDecision permits AwardUnfilledByTie, AwardPlacesNotSet {

  /** {@return the outcome whose award is to be decided} */
  String outcomeId();

  /** {@return the group ranked, as in {@link RankedGroup#group()}} */
  String group();

  /** {@return the award's label} */
  String award();

  /** {@return the end the award's positions count from} */
  Award.End end();

  /** {@return what the office must decide, in words, naming the outcome's title and clause} */
  String text();
}
