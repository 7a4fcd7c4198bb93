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

  /** Conditions that must all hold before a unit may be graded. */
  public abstract List<Rule.Element> prerequisites();

  /** The grades, lowest first. */
  public abstract List<Grade> grades();

  /** How many years a grade is valid. */
  public abstract int validYears();

  /** Returns a builder with the outcome's id, title and clause set. */
  public static Builder of(String id, String title, String clause) {
    return new Builder().id(id).title(title).clause(clause);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grading}. */
  public static final class Builder extends ImmutableGrading.Builder {}
}
