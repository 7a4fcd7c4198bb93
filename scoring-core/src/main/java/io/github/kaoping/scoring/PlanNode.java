package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** What the node's rule reads from the facts. */
  final FactsIndex.Input input;

  // Attributes of the node read on every unit, kept here once: the generated accessors of Node
  // wrap optional values anew on each call.
  private final String id;
  private final Role role;
  private final @Nullable Rule rule;
  private final @Nullable Points maximum;
  final Optional<String> clause;
  final List<Gate> gates;

  /** For a per-occurrence rule: the signed points of each rate's minimum, by rate. */
  final Map<Rule.Rate, BigDecimal> signedRates;

  /** Vetoes whose point penalty is taken from this node. */
  final List<Veto> penalties = new ArrayList<>();

  PlanNode(int index, Node node, int parent, String path, int childCount, int groupCount) {
    this.index = index;
    this.node = node;
    this.parent = parent;
    this.path = path;
    this.children = new int[childCount];
    this.inGroup = new boolean[groupCount];
    this.id = node.id();
    this.role = node.role();
    this.rule = node.rule().orElse(null);
    this.maximum = node.maximum().orElse(null);
    this.clause = node.clause();
    this.gates = node.gates();
    this.input = rule == null ? FactsIndex.Input.CHILDREN : rule.accept(FactsIndex.INPUT);
    Map<Rule.Rate, BigDecimal> signed = new HashMap<>();
    if (rule instanceof Rule.PerOccurrence per) {
      for (Rule.Rate r : per.rates()) {
        BigDecimal min = r.min().toBigDecimal();
        signed.put(r, r.direction() == Direction.EARN ? min : min.negate());
      }
    }
    this.signedRates = signed;
  }

  String id() {
    return id;
  }

  Role role() {
    return role;
  }

  @Nullable Points maximum() {
    return maximum;
  }

  @Nullable Rule rule() {
    return rule;
  }

  boolean isLeaf() {
    return children.length == 0;
  }

  boolean contains(int other) {
    return other >= index && other < end;
  }

  /** Does the node's score sit inside its parent's floor and ceiling? */
  boolean isInsideParent() {
    return role == Role.SCORED || role == Role.DEDUCTION;
  }
}
