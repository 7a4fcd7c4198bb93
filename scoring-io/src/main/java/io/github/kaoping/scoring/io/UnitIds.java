package io.github.kaoping.scoring.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The unit ids read so far with the line each was first read on, to find a unit given twice in any
 * order of the file. Open addressing in two arrays, keyed by the unit's own id string (which the
 * results keep anyway): 16 to 32 bytes per unit, not the 70 of a {@code HashMap} entry with a boxed
 * location.
 */
final class UnitIds {

  private @Nullable String[] ids = new String[16];
  private int[] lines = new int[16];
  private int size;

  /**
   * Records an id first read on a line.
   *
   * @return 0 if the id is new, else the line it was first read on
   */
  int putIfAbsent(String id, int line) {
    int mask = ids.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      String at = ids[i];
      if (at == null) {
        ids[i] = id;
        lines[i] = line;
        if (++size > ids.length / 2) {
          grow();
        }
        return 0;
      }
      if (at.equals(id)) {
        return lines[i];
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    @Nullable String[] oldIds = ids;
    int[] oldLines = lines;
    ids = new String[oldIds.length * 2];
    lines = new int[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      String id = oldIds[j];
      if (id != null) {
        int i = spread(id.hashCode()) & mask;
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = id;
        lines[i] = oldLines[j];
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
