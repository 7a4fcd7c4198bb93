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

  /** The document number (文号), such as 岳政办发[2007]13号. */
  public abstract Optional<String> documentNumber();

  /** The issuing body. */
  public abstract Optional<String> issuer();

  /** The date of issue. */
  public abstract Optional<LocalDate> issued();

  /** The date it takes effect, if the text gives one. */
  public abstract Optional<LocalDate> effective();

  /** Whether the scheme is standing, a trial (试行) or interim (暂行). */
  @Value.Default
  public Status status() {
    return Status.STANDARD;
  }

  /** The documents it replaces, such as 鄂档〔2009〕26号. */
  public abstract List<String> supersedes();

  /** Who is scored, as the text says. */
  public abstract Optional<String> scope();

  /** Where the text comes from. */
  public abstract Optional<String> source();

  /** Remarks for readers, such as where the result is used ("按比例折算后计入..."). */
  public abstract List<String> notes();

  /** A metadata record with nothing known. */
  public static SchemeInfo empty() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchemeInfo}. */
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
