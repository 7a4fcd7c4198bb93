package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheme's nodes in its order, as results list them: pre-order, the root (whose id is the
 * scheme's) first, a node before its children. Writers take titles and columns from it; units' node
 * points are packed against it. Every writer of node points (JSON, CSV, and later a workbook) goes
 * through {@link ResultsView}, which holds one.
 */
final class NodeTable {

  /**
   * One node.
   *
   * @param id its id
   * @param parent its parent's id; empty for the root
   * @param depth 0 for the root, 1 for the scheme's sections, and so on
   * @param title its title
   * @param clause its clause
   * @param maximum its full marks
   * @param role its role
   */
  record Entry(
      String id,
      Optional<String> parent,
      int depth,
      String title,
      Optional<String> clause,
      Optional<Points> maximum,
      Role role) {}

  final List<Entry> entries;
  private final String[] ids;
  private final Map<String, Integer> index = new HashMap<>();

  NodeTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.ids = new String[entries.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = entries.get(i).id();
      if (index.put(ids[i], i) != null) {
        throw new IllegalArgumentException("node " + ids[i] + " is listed twice");
      }
    }
  }

  /** The scheme's nodes. */
  static NodeTable of(Scheme scheme) {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        new Entry(
            scheme.id(),
            Optional.empty(),
            0,
            scheme.title(),
            Optional.empty(),
            scheme.maximum(),
            Role.SCORED));
    for (Node section : scheme.sections()) {
      add(section, scheme.id(), 1, entries);
    }
    return new NodeTable(entries);
  }

  private static void add(Node n, String parent, int depth, List<Entry> entries) {
    entries.add(
        new Entry(
            n.id(), Optional.of(parent), depth, n.title(), n.clause(), n.maximum(), n.role()));
    for (Node child : n.children()) {
      add(child, n.id(), depth + 1, entries);
    }
  }

  /** Is every id one of this table's nodes? */
  boolean hasAll(String[] ids) {
    for (String id : ids) {
      if (!index.containsKey(id)) {
        return false;
      }
    }
    return true;
  }

  /** The position of a node, or -1. */
  int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /**
   * A unit's node points, kept compactly against this table: a million units' points then cost a
   * few bytes per node rather than objects.
   *
   * @param nodes the unit's node points, in this table's order
   * @return an immutable list equal to {@code nodes}
   * @throws IllegalArgumentException if a node is not in the table, or out of its order
   */
  List<NodePoints> pack(List<NodePoints> nodes) {
    return PackedNodes.pack(ids, index, nodes);
  }
}
