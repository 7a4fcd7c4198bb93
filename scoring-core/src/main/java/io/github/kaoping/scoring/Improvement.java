package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award for improvement between two periods (changzhou 六 "单项进步奖"): units ranked within each
 * group by their score this period minus last period's, on the total or one node.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Improvement implements Outcome {

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  @Override
  public abstract Optional<String> clause();

  @Override
  public abstract List<String> groups();

  /** The node compared; empty compares totals. */
  public abstract Optional<String> on();

  /** How equal improvements are ranked. */
  @Value.Default
  public TiePolicy ties() {
    return TiePolicy.competition();
  }

  /** Whether a disqualified unit keeps its position. */
  public abstract DisqualifiedUnits disqualified();

  /** How a tie straddling an award cut is settled. */
  public abstract CutTies cutTies();

  /** The awards, by position in the improvement ranking. */
  public abstract List<Award> awards();

  /** Returns a builder with the outcome's id, title and clause set. */
  public static Builder of(String id, String title, String clause) {
    return new Builder().id(id).title(title).clause(clause);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Improvement}. */
  public static final class Builder extends ImmutableImprovement.Builder {}
}
