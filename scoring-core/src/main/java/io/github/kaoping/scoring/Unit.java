package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A unit named in a scheme's roster.
 *
 * @param id the unit's id, used by the facts
 * @param name the unit's name as the text gives it
 */
public record Unit(String id, String name) {
  /**
   * Validates the unit.
   *
   * @param id the unit's id, used by the facts
   * @param name the unit's name as the text gives it
   */
  public Unit {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }
}
