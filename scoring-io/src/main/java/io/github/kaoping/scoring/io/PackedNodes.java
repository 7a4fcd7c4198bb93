package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Adjustment;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Points;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A unit's node points packed into one byte array against a {@link NodeTable}'s ids: the scale (the
 * unit's finest) and the number of nodes, then one variable-length number per node of the table: 0
 * if the node is absent, else {@code 1 + (zigzag(count) << 1 | flagged)}, where {@code count} is
 * its points in {@code 10^-scale} and {@code flagged} says that a byte of flags (its adjustments
 * and not-applicable mark) follows. A node's points take one or two bytes, an absent node one: the
 * example scheme's nine nodes take 20 bytes, and the list 64 in all.
 *
 * <p>Immutable; elements are decoded whenever the list is read, so it is read by iterating once.
 */
final class PackedNodes extends AbstractList<NodePoints> {

  private static final Adjustment[] ADJUSTMENTS = Adjustment.values();
  private static final int NOT_APPLICABLE = 0x40;

  /** Counts are kept below 2^60 in magnitude (points stay below 10^9 with 6 places). */
  private static final long LIMIT = 1L << 60;

  private final String[] ids;
  private final byte[] data;

  private PackedNodes(String[] ids, byte[] data) {
    this.ids = ids;
    this.data = data;
  }

  /**
   * Packs node points in the table's order; an amount too large or too fine for a long count is
   * kept unpacked.
   */
  static List<NodePoints> pack(String[] ids, Map<String, Integer> index, List<NodePoints> nodes) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    int scale = 0;
    for (NodePoints n : nodes) {
      scale = Math.max(scale, n.points().toBigDecimal().scale());
    }
    long[] counts = new long[nodes.size()];
    for (int i = 0; i < counts.length; i++) {
      BigDecimal p = nodes.get(i).points().toBigDecimal();
      if (scale > 18 || p.precision() - p.scale() > 18) {
        return List.copyOf(nodes);
      }
      try {
        counts[i] = p.movePointRight(scale).longValueExact();
      } catch (ArithmeticException e) {
        return List.copyOf(nodes);
      }
      if (counts[i] >= LIMIT || counts[i] <= -LIMIT) {
        return List.copyOf(nodes);
      }
    }
    Buffer out = new Buffer(1 + ids.length + 3 * nodes.size());
    out.add(scale);
    out.varint(nodes.size());
    int next = 0;
    for (int i = 0; i < nodes.size(); i++) {
      NodePoints n = nodes.get(i);
      Integer at = index.get(n.nodeId());
      if (at == null) {
        throw new IllegalArgumentException("node " + n.nodeId() + " is not in the scheme");
      }
      if (at < next) {
        throw new IllegalArgumentException(
            "node " + n.nodeId() + " is listed twice or out of the scheme's order");
      }
      for (; next < at; next++) {
        out.add(0);
      }
      int flags = n.notApplicable() ? NOT_APPLICABLE : 0;
      for (Adjustment a : n.adjustments()) {
        flags |= 1 << a.ordinal();
      }
      long zigzag = (counts[i] << 1) ^ (counts[i] >> 63); // below 2^61, so shifting once more fits
      out.varint(1 + ((zigzag << 1) | (flags == 0 ? 0 : 1)));
      if (flags != 0) {
        out.add(flags);
      }
      next++;
    }
    return new PackedNodes(ids, out.bytes());
  }

  /** The ids packed against: every node of the list is one of them. */
  String[] ids() {
    return ids;
  }

  private List<NodePoints> decode() {
    int scale = data[0];
    int[] cursor = {1};
    int size = (int) varint(cursor);
    NodePoints[] found = new NodePoints[size];
    int n = 0;
    for (int i = 0; n < size; i++) {
      long v = varint(cursor);
      if (v == 0) {
        continue;
      }
      int flags = ((v - 1) & 1) == 0 ? 0 : data[cursor[0]++] & 0xff;
      long zigzag = (v - 1) >>> 1;
      long count = (zigzag >>> 1) ^ -(zigzag & 1);
      Set<Adjustment> adjustments = Set.of();
      if ((flags & 0x1f) != 0) {
        EnumSet<Adjustment> set = EnumSet.noneOf(Adjustment.class);
        for (Adjustment a : ADJUSTMENTS) {
          if ((flags & (1 << a.ordinal())) != 0) {
            set.add(a);
          }
        }
        adjustments = set;
      }
      found[n++] =
          new NodePoints(
              ids[i],
              Points.of(BigDecimal.valueOf(count, scale)),
              adjustments,
              (flags & NOT_APPLICABLE) != 0);
    }
    return Arrays.asList(found);
  }

  /** Reads a variable-length count at {@code cursor[0]}, moving the cursor past it. */
  private long varint(int[] cursor) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = data[cursor[0]++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  @Override
  public NodePoints get(int index) {
    Objects.checkIndex(index, size());
    return decode().get(index);
  }

  @Override
  public int size() {
    return (int) varint(new int[] {1});
  }

  @Override
  public Iterator<NodePoints> iterator() {
    return listIterator(0);
  }

  @Override
  public ListIterator<NodePoints> listIterator(int index) {
    return Collections.unmodifiableList(decode()).listIterator(index);
  }

  /** A growing byte array. */
  private static final class Buffer {
    private byte[] bytes;
    private int length;

    Buffer(int capacity) {
      bytes = new byte[capacity];
    }

    void add(int b) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2 + 8);
      }
      bytes[length++] = (byte) b;
    }

    void varint(long value) {
      long v = value;
      while ((v & ~0x7fL) != 0) {
        add((int) ((v & 0x7f) | 0x80));
        v >>>= 7;
      }
      add((int) v);
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes, length);
    }
  }
}
