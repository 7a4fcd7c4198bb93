package io.github.kaoping.scoring.io;

import org.jspecify.annotations.Nullable;

/**
 * A source whose units are cut apart cheaply, by a scan of the file's bytes on one thread, and
 * parsed on any thread: how {@link FactsReader#scoreOn} reads a JSON Lines file on every core. The
 * file's order is the order of the pieces; a piece's unit, problems and places are the same
 * whichever thread parses it.
 */
interface SplitSource extends UnitSource {

  /**
   * A unit's text as cut from the file, not yet parsed, or what cutting found wrong.
   *
   * @param text the unit's bytes, as in the file (UTF-8, not yet checked)
   * @param line the file's line the text begins on, from 1
   * @param index the unit's place among the file's units, from 0 ({@code units[3]} in problems)
   * @param found what cutting found instead of a unit (a line over the limit, a header's problems),
   *     or null
   */
  record Piece(byte[] text, int line, int index, @Nullable Item found) {}

  /** Cuts the next unit's text from the file, on the reading thread; null at the end. */
  @Nullable Piece cut();

  /**
   * Parses a piece this source cut, on any thread: safe to call on several threads at once.
   *
   * @param piece the piece
   * @return the unit, with the problems found in it
   */
  Item parse(Piece piece);

  @Override
  default @Nullable Item next() {
    Piece piece = cut();
    return piece == null ? null : parse(piece);
  }
}
