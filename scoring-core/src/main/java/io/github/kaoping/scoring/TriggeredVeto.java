package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A veto that a unit's facts or score set off.
 *
 * @param vetoId the veto
 * @param title what it is for
 * @param clause its clause
 * @param effect what it does
 * @param times how many times it was set off (reported events; 1 for a derived condition)
 * @param reason why it was set off, in words for people in the card's {@linkplain
 *     ScoreCard#language() language}, such as {@code 公文质量得0分，属于“0分以下”}
 * @param facts the facts that set it off
 */
public record TriggeredVeto(
    String vetoId,
    String title,
    Optional<String> clause,
    Veto.Effect effect,
    int times,
    String reason,
    List<Fact> facts) {

  /**
   * Validates the record.
   *
   * @param vetoId the veto
   * @param title what it is for
   * @param clause its clause
   * @param effect what it does
   * @param times how many times it was set off (reported events; 1 for a derived condition)
   * @param reason why it was set off, in words for people in the card's language
   * @param facts the facts that set it off
   */
  public TriggeredVeto {
    requireNonNull(vetoId, "vetoId");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(effect, "effect");
    requireNonNull(reason, "reason");
    facts = List.copyOf(facts);
  }

  /** {@return whether this veto disqualifies the unit from awards and grades} */
  public boolean disqualifies() {
    return effect instanceof Veto.Disqualification;
  }
}
