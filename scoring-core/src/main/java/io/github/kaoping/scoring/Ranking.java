package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Units ranked within each group, highest first, on the total or on one node (dazhou ranks each of
 * its seven areas), and the awards their positions win. A ranking of several groups ranks each
 * separately with the same awards, unless it is {@linkplain #pooled() pooled}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Ranking implements Outcome {

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  @Override
  public abstract Optional<String> clause();

  @Override
  public abstract List<String> groups();

  /**
   * Whether the groups are ranked together as one ranking, rather than each separately: township 七
   * names a category for its 先进 awards but none for "倒数第一名", which a scheme may read as ranking
   * every unit together.
   */
  @Value.Default
  public boolean pooled() {
    return false;
  }

  /** The node ranked on; empty ranks on the total. */
  public abstract Optional<String> on();

  /** How equal scores are ranked. */
  @Value.Default
  public TiePolicy ties() {
    return TiePolicy.competition();
  }

  /** Whether a disqualified unit keeps its position; every scheme declares it. */
  public abstract DisqualifiedUnits disqualified();

  /** How a tie straddling an award cut is settled; every scheme declares it. */
  public abstract CutTies cutTies();

  /** The awards, by position. */
  public abstract List<Award> awards();

  /**
   * Returns a builder with the ranking's id, title and clause set.
   *
   * @param id the ranking's id
   * @param title its title
   * @param clause its clause
   * @return the builder
   */
  public static Builder of(String id, String title, String clause) {
    return new Builder().id(id).title(title).clause(clause);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ranking}. */
  public static final class Builder extends ImmutableRanking.Builder {}
}
