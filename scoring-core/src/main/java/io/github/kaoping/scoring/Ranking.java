package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Units ranked within each group (or, if {@link #acrossGroups()} says so, across the groups),
 * highest first, on the total or on one node (dazhou ranks each of its seven areas), and the awards
 * their positions win.
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

  /** {@return the node ranked on; empty ranks on the total} */
  public abstract Optional<String> on();

  /**
   * Whether the units of the ranking's groups (every group if none is listed) are ranked together
   * in one field rather than each group separately. jishui 四(三)1 ranks every section of the bureau
   * together, though each section is its own group for the items specific to it. Defaults to {@code
   * false}: each group is ranked separately.
   *
   * @return whether the groups are ranked together; false unless the scheme says so
   */
  @Value.Default
  public boolean acrossGroups() {
    return false;
  }

  /** {@return how equal scores are ranked} */
  @Value.Default
  public TiePolicy ties() {
    return TiePolicy.competition();
  }

  /** {@return whether a disqualified unit keeps its position; every scheme declares it} */
  public abstract DisqualifiedUnits disqualified();

  /** {@return how a tie straddling an award cut is settled; every scheme declares it} */
  public abstract CutTies cutTies();

  /** {@return the awards, by position} */
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Ranking}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Ranking)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id}, {@code title}, {@code disqualified} and {@code cutTies} are required: {@code
   * build()} throws an {@link IllegalStateException} naming those not set, so that every scheme
   * says how a disqualified unit and a tie at a cut are treated. Unset, {@code acrossGroups} is
   * false and {@code ties} is {@link TiePolicy#competition()}; every list starts empty.
   */
  public static final class Builder extends ImmutableRanking.Builder {}
}
