package io.github.kaoping.scoring.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unit ids read so far with the place each was first read at, to find a unit given twice in any
 * order of the file. Open addressing in two arrays, keyed by the unit's own id string (which the
 * results keep anyway) with the place packed in a long (line; in a workbook also the sheet's number
 * and the column): 20 to 40 bytes per unit, not the 70 of a {@code HashMap} entry with a boxed
 * location.
 */
final class UnitIds {

  private static final int MAX_SHEETS = 0xFFFF;
  private static final int MAX_COLUMN = 0xFFFF;

  private @Nullable String[] ids = new String[16];
  private long[] places = new long[16];
  private final List<String> sheets = new ArrayList<>();
  private int size;

  /**
   * Records an id first read at a place.
   *
   * @return null if the id is new, else the place it was first read at
   */
  Doc.@Nullable Loc putIfAbsent(String id, Doc.Loc loc) {
    int mask = ids.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      String at = ids[i];
      if (at == null) {
        ids[i] = id;
        places[i] = pack(loc);
        if (++size > ids.length / 2) {
          grow();
        }
        return null;
      }
      if (at.equals(id)) {
        return unpack(places[i]);
      }
    }
  }

  int size() {
    return size;
  }

  /** Line in the low 32 bits; a workbook's sheet number + 1 and column above it. */
  private long pack(Doc.Loc loc) {
    long line = Math.max(loc.line(), 1) & 0xFFFF_FFFFL;
    if (loc.sheet().isEmpty()) {
      return line;
    }
    int sheet = sheets.indexOf(loc.sheet()); // a workbook has few sheets of units
    if (sheet < 0) {
      if (sheets.size() >= MAX_SHEETS) {
        return line;
      }
      sheets.add(loc.sheet());
      sheet = sheets.size() - 1;
    }
    long column = Math.min(Math.max(loc.column(), 0), MAX_COLUMN);
    return ((long) (sheet + 1) << 48) | (column << 32) | line;
  }

  private Doc.Loc unpack(long place) {
    int line = (int) place;
    int sheet = (int) (place >>> 48);
    if (sheet == 0) {
      return new Doc.Loc(line, 0);
    }
    return new Doc.Loc(sheets.get(sheet - 1), line, (int) ((place >>> 32) & MAX_COLUMN));
  }

  private void grow() {
    @Nullable String[] oldIds = ids;
    long[] oldPlaces = places;
    ids = new String[oldIds.length * 2];
    places = new long[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      String id = oldIds[j];
      if (id != null) {
        int i = spread(id.hashCode()) & mask;
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = id;
        places[i] = oldPlaces[j];
      }
    }
    Arrays.fill(oldIds, null);
  }

  /** Mixes the high bits in, as ids often differ only in their last characters. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
