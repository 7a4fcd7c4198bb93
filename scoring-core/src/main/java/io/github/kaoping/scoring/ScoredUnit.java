package io.github.kaoping.scoring;

import java.util.List;

/**
 * What a table of standings shows of a unit beside its placing: its group, total and the vetoes it
 * set off, so that a disqualification is named by the veto's title and clause. A {@link ScoreCard}
 * is one; so is a unit of the results files of {@code scoring-io}, which keep no card.
 */
public interface ScoredUnit {

  /** {@return the unit's id} */
  String unitId();

  /** {@return the unit's group} */
  String group();

  /** {@return the unit's total} */
  Points total();

  /** {@return the vetoes the unit set off, in the scheme's order} */
  List<TriggeredVeto> vetoes();
}
