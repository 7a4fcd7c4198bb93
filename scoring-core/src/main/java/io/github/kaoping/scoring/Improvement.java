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

  /** {@return the node compared; empty compares totals} */
  public abstract Optional<String> on();

  /** {@return how equal improvements are ranked} */
  @Value.Default
  public TiePolicy ties() {
    return TiePolicy.competition();
  }

  /** {@return whether a disqualified unit keeps its position} */
  public abstract DisqualifiedUnits disqualified();

  /** {@return how a tie straddling an award cut is settled} */
  public abstract CutTies cutTies();

  /** {@return the awards, by position in the improvement ranking} */
  public abstract List<Award> awards();

  /**
   * Returns a builder with the outcome's id, title and clause set.
   *
   * @param id the outcome's id, unique in the scheme
   * @param title its title, as the text gives it
   * @param clause the clause it comes from
   * @return a builder; the awards and policies are still to set
   */
  public static Builder of(String id, String title, String clause) {
    return new Builder().id(id).title(title).clause(clause);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Improvement}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Improvement)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id}, {@code title}, {@code disqualified} and {@code cutTies} are required: {@code
   * build()} throws an {@link IllegalStateException} naming those not set. Unset, {@code ties} is
   * {@link TiePolicy#competition()}; every list starts empty.
   */
  public static final class Builder extends ImmutableImprovement.Builder {}
}
