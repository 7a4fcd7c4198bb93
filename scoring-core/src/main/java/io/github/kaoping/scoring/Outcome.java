package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;

/**
 * What a scheme decides from its scores: a {@link Ranking} with awards by position, a {@link
 * Banding} of scores, an {@link Improvement} award between two periods, or a {@link Grading} with
 * prerequisites and a life cycle.
 */
public sealed interface Outcome permits Ranking, Banding, Improvement, Grading {

  /** {@return the outcome's id, unique in the scheme} */
  String id();

  /** {@return its title, as the text gives it} */
  String title();

  /** {@return the clause it comes from} */
  Optional<String> clause();

  /**
   * The unit groups it applies to, each separately unless a {@link Ranking} ranks them {@linkplain
   * Ranking#acrossGroups() together}; empty means every group.
   *
   * @return the ids of the unit groups, or empty for every group
   */
  List<String> groups();
}
