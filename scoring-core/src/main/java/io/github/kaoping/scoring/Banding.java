package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Scores sorted into named bands (不合格, allowance cuts, 省一级 and 省二级 thresholds), on the total or on
 * one node. Bands must not overlap; a score in no band has none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Banding implements Outcome {

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  @Override
  public abstract Optional<String> clause();

  @Override
  public abstract List<String> groups();

  /** {@return the node banded; empty bands the total} */
  public abstract Optional<String> on();

  /** {@return the bands} */
  public abstract List<Band> bands();

  /**
   * Returns a builder with the banding's id, title and clause set.
   *
   * @param id the banding's id
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
   * Builds a {@link Banding}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Banding)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id} and {@code title} are required: {@code build()} throws an {@link
   * IllegalStateException} naming those not set; every list starts empty.
   */
  public static final class Builder extends ImmutableBanding.Builder {}
}
