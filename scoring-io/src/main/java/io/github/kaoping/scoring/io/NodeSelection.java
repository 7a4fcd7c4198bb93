package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.text.Nearest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which nodes' points a results table shows as columns of their own: every node, none, the nodes
 * down to a depth (0 the root, whose id is the scheme's; 1 the sections; 2 their items), or nodes
 * named by id. Columns always follow the scheme's order, whatever order ids are named in.
 *
 * <p>This class is immutable and thread-safe; two selections are equal when they select alike.
 */
public final class NodeSelection {

  private static final NodeSelection ALL = new NodeSelection(Integer.MAX_VALUE, List.of());
  private static final NodeSelection NONE = new NodeSelection(-1, List.of());

  /** The depth selected down to; -1 when nodes are named (or none). */
  private final int depth;

  private final List<String> ids;

  private NodeSelection(int depth, List<String> ids) {
    this.depth = depth;
    this.ids = ids;
  }

  /**
   * Every node of the scheme, the root included.
   *
   * @return the selection, never null
   */
  public static NodeSelection all() {
    return ALL;
  }

  /**
   * No node: the table holds totals and standings only.
   *
   * @return the selection, never null
   */
  public static NodeSelection none() {
    return NONE;
  }

  /**
   * The nodes down to a depth: 0 the root alone, 1 the root and the sections, 2 their items too.
   *
   * @param depth the deepest level shown, at least 0
   * @return the selection, never null
   * @throws IllegalArgumentException if the depth is negative
   */
  public static NodeSelection toDepth(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("a depth is 0 (the root) or more, was " + depth);
    }
    return new NodeSelection(depth, List.of());
  }

  /**
   * Nodes named by id; the root is named by the scheme's id.
   *
   * @param nodeIds the ids, not null, without repeats; none selects no node
   * @return the selection, never null
   * @throws IllegalArgumentException if an id is named twice
   */
  public static NodeSelection of(List<String> nodeIds) {
    Set<String> unique = new LinkedHashSet<>();
    for (String id : nodeIds) {
      if (!unique.add(Objects.requireNonNull(id, "node id"))) {
        throw new IllegalArgumentException("node " + id + " is named twice");
      }
    }
    return unique.isEmpty() ? NONE : new NodeSelection(-1, List.copyOf(unique));
  }

  /**
   * Reads a selection as the command line writes it: {@code all}, {@code none}, a depth such as
   * {@code 2}, or node ids joined by commas such as {@code s1,s2.1}.
   *
   * @param text the selection, not null
   * @return the selection, never null
   * @throws IllegalArgumentException if the text is empty or names a node twice
   */
  public static NodeSelection parse(String text) {
    String t = text.strip();
    switch (t.toLowerCase(Locale.ROOT)) {
      case "all":
        return ALL;
      case "none":
        return NONE;
      default:
        break;
    }
    if (t.matches("[0-9]{1,9}")) {
      return toDepth(Integer.parseInt(t));
    }
    List<String> ids = new ArrayList<>();
    for (String id : t.split(",", -1)) {
      if (id.isBlank()) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "': expected all, none, a depth (0 the root, 1 the sections, ...) or"
                + " node ids joined by commas");
      }
      ids.add(id.strip());
    }
    return of(ids);
  }

  /**
   * The ids of the nodes selected in a scheme, in the scheme's order (pre-order, root first).
   *
   * @param scheme the scheme, not null
   * @return the ids, never null
   * @throws IllegalArgumentException if a node named is not in the scheme
   */
  public List<String> nodeIds(Scheme scheme) {
    return select(NodeTable.of(scheme)).stream().map(NodeTable.Entry::id).toList();
  }

  /** The entries of a table selected, in its order. */
  List<NodeTable.Entry> select(NodeTable table) {
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      if (table.indexOf(id) < 0) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> known = table.entries.stream().map(NodeTable.Entry::id).toList();
      List<String> each = new ArrayList<>();
      for (String id : unknown) {
        List<String> near = Nearest.to(id, known);
        each.add(id + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)"));
      }
      throw new IllegalArgumentException(
          "no node "
              + String.join(", ", each)
              + " in scheme "
              + table.entries.get(0).id()
              + "; its nodes are "
              + String.join(", ", known.stream().limit(30).toList())
              + (known.size() > 30 ? ", ..." : ""));
    }
    return table.entries.stream().filter(e -> e.depth() <= depth || ids.contains(e.id())).toList();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NodeSelection s
        && depth == s.depth
        && Set.copyOf(ids).equals(Set.copyOf(s.ids));
  }

  @Override
  public int hashCode() {
    return 31 * depth + Set.copyOf(ids).hashCode();
  }

  @Override
  public String toString() {
    return depth == Integer.MAX_VALUE
        ? "all"
        : depth >= 0 ? Integer.toString(depth) : ids.isEmpty() ? "none" : String.join(",", ids);
  }
}
