package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How units with equal scores are ranked. No regulation says, so a scheme says it explicitly;
 * nothing is ever decided by input order, and by unit id only if {@code unitIdLast} says so.
 *
 * @param ranks how tied units are numbered
 * @param tieBreakers nodes compared in order, higher first, before units count as tied
 * @param unitIdLast whether the unit id, ascending, decides what the tie-breakers leave tied
 */
public record TiePolicy(Ranks ranks, List<String> tieBreakers, boolean unitIdLast) {

  /**
   * Validates the policy.
   *
   * @param ranks how tied units are numbered
   * @param tieBreakers nodes compared in order, higher first, before units count as tied
   * @param unitIdLast whether the unit id, ascending, decides what the tie-breakers leave tied
   */
  public TiePolicy {
    requireNonNull(ranks, "ranks");
    tieBreakers = List.copyOf(tieBreakers);
  }

  /** How tied units are numbered. */
  public enum Ranks {
    /** Shared competition ranks: 1, 2, 2, 4. */
    COMPETITION,
    /** Dense ranks: 1, 2, 2, 3. */
    DENSE
  }

  /** {@return the default policy: shared competition ranks (1, 2, 2, 4), no tie-breakers} */
  public static TiePolicy competition() {
    return new TiePolicy(Ranks.COMPETITION, List.of(), false);
  }

  /** {@return the policy of dense ranks (1, 2, 2, 3), no tie-breakers} */
  public static TiePolicy dense() {
    return new TiePolicy(Ranks.DENSE, List.of(), false);
  }

  /**
   * Competition ranks after comparing the given nodes in order, higher first.
   *
   * @param nodeIds the ids of the nodes compared, first tie-breaker first
   * @return the policy; units still equal on every node share a rank
   */
  public static TiePolicy breakingBy(String... nodeIds) {
    return new TiePolicy(Ranks.COMPETITION, List.of(nodeIds), false);
  }
}
