package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who recorded a fact, when, and on what evidence; explanation lines repeat it.
 *
 * @param office the office that recorded the fact (市政府办秘书一科)
 * @param recordedOn the date it was recorded
 * @param evidence what it rests on (档案资料、工作现场)
 * @param note a free note
 */
public record Provenance(
    String office, Optional<LocalDate> recordedOn, List<String> evidence, Optional<String> note) {

  /**
   * Validates the provenance.
   *
   * @param office the office that recorded the fact (市政府办秘书一科)
   * @param recordedOn the date it was recorded
   * @param evidence what it rests on (档案资料、工作现场)
   * @param note a free note
   */
  public Provenance {
    requireNonNull(office, "office");
    requireNonNull(recordedOn, "recordedOn");
    evidence = List.copyOf(evidence);
    requireNonNull(note, "note");
  }

  /**
   * Recorded by an office on a date.
   *
   * @param office the office that recorded the fact (市政府办秘书一科)
   * @param recordedOn the date it was recorded
   * @param evidence what it rests on (档案资料、工作现场)
   * @return the provenance, without a note
   */
  public static Provenance of(String office, LocalDate recordedOn, String... evidence) {
    return new Provenance(office, Optional.of(recordedOn), List.of(evidence), Optional.empty());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(office);
    recordedOn.ifPresent(d -> s.append(' ').append(d));
    if (!evidence.isEmpty()) {
      s.append(' ').append(String.join("、", evidence));
    }
    note.ifPresent(n -> s.append(" (").append(n).append(')'));
    return s.toString();
  }
}
