package io.github.kaoping.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scheme's metadata: where it comes from and whether it is in force as a trial.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchemeInfo {

  /** {@return the document number (文号), such as 岳政办发[2007]13号} */
  public abstract Optional<String> documentNumber();

  /** {@return the issuing body} */
  public abstract Optional<String> issuer();

  /** {@return the date of issue} */
  public abstract Optional<LocalDate> issued();

  /** {@return the date it takes effect, if the text gives one} */
  public abstract Optional<LocalDate> effective();

  /** {@return whether the scheme is standing, a trial (试行) or interim (暂行)} */
  @Value.Default
  public Status status() {
    return Status.STANDARD;
  }

  /** {@return the documents it replaces, such as 鄂档〔2009〕26号} */
  public abstract List<String> supersedes();

  /** {@return who is scored, as the text says} */
  public abstract Optional<String> scope();

  /** {@return where the text comes from} */
  public abstract Optional<String> source();

  /** {@return remarks for readers, such as where the result is used ("按比例折算后计入...")} */
  public abstract List<String> notes();

  /** {@return metadata with nothing known: a standing scheme with every field empty} */
  public static SchemeInfo empty() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SchemeInfo}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(SchemeInfo)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>Nothing is required. Unset, {@code status} is {@link Status#STANDARD}; every optional
   * attribute is empty and every list starts empty.
   */
  public static final class Builder extends ImmutableSchemeInfo.Builder {}

  /** Whether a scheme is standing or provisional. */
  public enum Status {
    /** In force without qualification. */
    STANDARD,
    /** A trial scheme (试行). */
    TRIAL,
    /** An interim scheme (暂行). */
    INTERIM
  }
}
