package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An event that sets off a {@link Veto} with a {@link Veto.Reported} trigger.
 *
 * @param id the event's id, unique for the unit and period
 * @param vetoId the veto
 * @param note what happened
 * @param provenance who recorded it
 */
public record VetoEvent(
    String id, String vetoId, Optional<String> note, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param id the event's id, unique for the unit and period
   * @param vetoId the veto
   * @param note what happened
   * @param provenance who recorded it
   */
  public VetoEvent {
    requireNonNull(id, "id");
    requireNonNull(vetoId, "vetoId");
    requireNonNull(note, "note");
    requireNonNull(provenance, "provenance");
  }

  /**
   * A veto event.
   *
   * @param id the event's id, unique for the unit and period
   * @param vetoId the veto
   * @param note what happened
   * @return the fact, without provenance
   */
  public static VetoEvent of(String id, String vetoId, String note) {
    return new VetoEvent(id, vetoId, Optional.of(note), Optional.empty());
  }

  @Override
  public String target() {
    return vetoId;
  }

  @Override
  public String label() {
    return "veto event " + id;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.vetoEvent(this);
  }
}
