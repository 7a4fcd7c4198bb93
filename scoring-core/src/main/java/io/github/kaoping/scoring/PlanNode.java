package io.github.kaoping.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A node of a compiled scheme, with everything its role and ancestors imply resolved. */
final class PlanNode {

  final int index;
  final Node node;
  final int parent;
  final String path;
  final int[] children;

  /**
   * The end (exclusive) of this node's subtree in pre-order: descendants are {@code
   * index+1..end-1}.
   */
  int end;

  @Nullable Points floor;
  @Nullable Points ceiling;
  boolean startsFull;

  /** Groups the node applies to, by group index. */
  final boolean[] inGroup;

  /** The nearest node at or above this one that merges occurrences of the same matter, or -1. */
  int sameMatterScope = -1;

  Modifier.@Nullable SelfReportedExempt exemption;
  Modifier.@Nullable JointSplit jointSplit;

  /** Vetoes whose point penalty is taken from this node. */
  final List<Veto> penalties = new ArrayList<>();

  PlanNode(int index, Node node, int parent, String path, int childCount, int groupCount) {
    this.index = index;
    this.node = node;
    this.parent = parent;
    this.path = path;
    this.children = new int[childCount];
    this.inGroup = new boolean[groupCount];
  }

  String id() {
    return node.id();
  }

  Role role() {
    return node.role();
  }

  @Nullable Points maximum() {
    return node.maximum().orElse(null);
  }

  @Nullable Rule rule() {
    return node.rule().orElse(null);
  }

  boolean isLeaf() {
    return children.length == 0;
  }

  boolean contains(int other) {
    return other >= index && other < end;
  }

  /** Does the node's score sit inside its parent's floor and ceiling? */
  boolean isInsideParent() {
    return role() == Role.SCORED || role() == Role.DEDUCTION;
  }
}
