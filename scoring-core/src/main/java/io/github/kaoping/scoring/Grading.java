package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Grades with prerequisites and a life cycle (hubei 鄂档规[2011]1号): every prerequisite must hold
 * before a unit may be graded (第五条), a grade is reached by score or by review (第七条), a higher grade
 * needs the lower one held first (第三条), and a grade is valid for some years and lapses unless
 * reviewed (第十、十一条). Dates are always inputs, never the system clock.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Grading implements Outcome {

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  @Override
  public abstract Optional<String> clause();

  @Override
  public abstract List<String> groups();

  /** {@return conditions that must all hold before a unit may be graded} */
  public abstract List<Rule.Element> prerequisites();

  /** {@return the grades, lowest first} */
  public abstract List<Grade> grades();

  /** {@return how many years a grade is valid} */
  public abstract int validYears();

  /**
   * Returns a builder with the outcome's id, title and clause set.
   *
   * @param id the outcome's id, unique in the scheme
   * @param title its title, as the text gives it
   * @param clause the clause it comes from
   * @return a builder; the grades, validity and prerequisites are still to set
   */
  public static Builder of(String id, String title, String clause) {
    return new Builder().id(id).title(title).clause(clause);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Grading}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Grading)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id}, {@code title} and {@code validYears} are required: {@code build()} throws an
   * {@link IllegalStateException} naming those not set; every list starts empty.
   */
  public static final class Builder extends ImmutableGrading.Builder {}
}
