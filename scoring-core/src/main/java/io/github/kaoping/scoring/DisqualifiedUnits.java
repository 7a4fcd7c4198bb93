package io.github.kaoping.scoring;

/**
 * Whether a unit disqualified by a veto still occupies its ranking position. It never receives an
 * award either way, from the top or from the bottom; no regulation says which, so a scheme declares
 * it.
 */
public enum DisqualifiedUnits {
  /** It keeps its position; the award of that position is not given to anyone. */
  KEEP_POSITION,
  /** It is ranked apart, so the units below it move up and may win its award. */
  SKIP_POSITION
}
