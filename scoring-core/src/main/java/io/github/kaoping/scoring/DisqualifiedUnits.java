package io.github.kaoping.scoring;

/**
 * Whether a unit disqualified by a veto still occupies its ranking position. It never receives an
 * honour (an award counted from the top) either way; no regulation says which, so a scheme declares
 * it. Consequences counted from the bottom (倒数第一) fall on a disqualified unit like any other, so a
 * ranking with such awards must keep its position.
 */
public enum DisqualifiedUnits {
  /** It keeps its position; the award of that position is not given to anyone. */
  KEEP_POSITION,
  /**
   * It is ranked apart, so the units below it move up and may win its award. Not allowed with
   * awards counted from the bottom, which it would escape.
   */
  SKIP_POSITION
}
