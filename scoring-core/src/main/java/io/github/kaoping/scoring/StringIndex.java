package io.github.kaoping.scoring;

import java.util.Map;

/**
 * Ids and their indexes, looked up for every fact of every unit: an open-addressing table of the
 * ids, their cached hashes and their indexes side by side, at most half full. A JDK map boxes the
 * index and reaches it through an entry object, and its compiled lookup is several times the code;
 * an id that is the very string the scheme holds (as generated facts give it) is found by identity
 * before its characters are compared. Immutable once made.
 */
final class StringIndex {

  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  private StringIndex(Map<String, Integer> indexes) {
    // A power of two at least twice the ids: probes stay short, and there is always an empty place.
    int size = Integer.highestOneBit(Math.max(1, indexes.size()) * 2 - 1) << 1;
    this.keys = new String[size];
    this.hashes = new int[size];
    this.values = new int[size];
    this.mask = size - 1;
    indexes.forEach(
        (id, index) -> {
          int h = id.hashCode();
          int i = start(h);
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = id;
          hashes[i] = h;
          values[i] = index;
        });
  }

  /** The ids with their indexes, none negative. */
  static StringIndex of(Map<String, Integer> indexes) {
    return new StringIndex(indexes);
  }

  private int start(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** The index of an id, or -1. */
  int indexOf(String id) {
    int h = id.hashCode();
    String[] k = keys;
    for (int i = start(h); ; i = (i + 1) & mask) {
      String key = k[i];
      if (key == id) {
        return values[i];
      }
      if (key == null) {
        return -1;
      }
      if (hashes[i] == h && key.equals(id)) {
        return values[i];
      }
    }
  }
}
