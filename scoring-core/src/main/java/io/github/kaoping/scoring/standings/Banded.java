package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import java.util.Optional;

/**
 * One unit's band.
 *
 * @param unitId the unit
 * @param score its points on the banded node (or total)
 * @param band the band its score falls in; empty if in none
 */
public record Banded(String unitId, Points score, Optional<String> band) {

  /**
   * Validates the record.
   *
   * @param unitId the unit
   * @param score its points on the banded node (or total)
   * @param band the band its score falls in; empty if in none
   */
  public Banded {
    requireNonNull(unitId, "unitId");
    requireNonNull(score, "score");
    requireNonNull(band, "band");
  }
}
