package io.github.kaoping.scoring.io;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A source whose units are cut apart cheaply, by a scan of the file's bytes on one thread, and
 * parsed on any thread: how {@link FactsReader#scoreOn} reads a JSON Lines or CSV file on every
 * core. The file's order is the order of the pieces; a piece's unit, problems and places are the
 * same whichever thread parses it.
 *
 * <p>A source whose pieces cannot always be read alone as the file reads them (a CSV unit whose
 * problems the serial reader finds in the rows around it) says so of a piece by parsing it to null:
 * from that piece on, the file is read by its serial reader ({@link #from}), so that every unit and
 * problem is what one thread reads.
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
  record Piece(byte[] text, int line, int index, @Nullable Item found, boolean serial) {

    /** A piece to parse, or what cutting found. */
    Piece(byte[] text, int line, int index, @Nullable Item found) {
      this(text, line, index, found, false);
    }

    /**
     * Where cutting meets what it cannot vouch for: the file is read by its serial reader from the
     * unit {@code index} on.
     */
    static Piece serialFrom(int line, int index) {
      return new Piece(new byte[0], line, index, null, true);
    }
  }

  /** Cuts the next unit's text from the file, on the reading thread; null at the end. */
  @Nullable Piece cut();

  /**
   * Parses a piece this source cut, on any thread: safe to call on several threads at once.
   *
   * @param piece the piece
   * @return the unit, with the problems found in it; or null if this piece and the rest of the file
   *     must be read by the serial reader ({@link #from}) to be read exactly as it reads them
   */
  @Nullable Item parse(Piece piece);

  /**
   * The file's serial reader, positioned at a piece: its next item is the piece's unit, read as one
   * thread reads it. For a piece {@link #parse} gave null for; the pieces before it were read as
   * the serial reader reads them.
   *
   * @param piece the piece
   * @return the serial reader, which the caller closes
   * @throws IOException if the file cannot be opened again
   */
  default UnitSource from(Piece piece) throws IOException {
    throw new UnsupportedOperationException("every piece of " + file() + " is read alone");
  }

  /**
   * A file's serial reader past the units before a piece, which were read as pieces without a
   * problem: what {@link #from} gives.
   *
   * @param serial the serial reader, from the file's start; closed if skipping fails
   * @param piece the piece to read from
   * @return the serial reader, its next item the piece's unit
   */
  static UnitSource past(UnitSource serial, Piece piece) {
    try {
      for (int i = 0; i < piece.index(); i++) {
        serial.next(); // read as pieces already, without a problem
      }
    } catch (RuntimeException e) {
      try {
        serial.close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    return serial;
  }

  /**
   * A source for a file whose serial reader cannot be opened: one item, the problem saying why.
   *
   * @param file the file's name
   * @param e why it cannot be opened
   * @param limits the file's limits
   * @return the source
   */
  static UnitSource unreadable(String file, IOException e, Limits limits) {
    Problems problems = new Problems(file);
    DocParser.record(e, new Doc.Loc(1, 0), problems, limits);
    return new UnitSource() {
      private @Nullable Item item = Item.of(null, problems);

      @Override
      public @Nullable Item next() {
        Item i = item;
        item = null;
        return i;
      }

      @Override
      public String file() {
        return file;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  default @Nullable Item next() {
    Piece piece = cut();
    if (piece == null) {
      return null;
    }
    Item item = parse(piece);
    if (item == null) {
      throw new IllegalStateException("a piece of " + file() + " to read serially");
    }
    return item;
  }
}
