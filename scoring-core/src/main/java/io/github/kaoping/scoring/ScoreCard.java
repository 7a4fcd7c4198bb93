package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit's result under one scheme: the total, every node's points, the vetoes set off, and the
 * lines that explain every point.
 *
 * <p>The first node is the scheme's root, whose id is the scheme's id; the others follow in the
 * scheme's order, leaving out nodes that do not apply to the unit's group. The total is the root's
 * points plus the {@linkplain #totalLines() points carried} from floors and the penalties taken
 * from the total.
 *
 * <p>This class is immutable and thread-safe. Two cards are equal when every value and every line
 * is equal.
 */
public final class ScoreCard {

  private final String schemeId;
  private final String unitId;
  private final String group;
  private final Optional<String> period;
  private final Points total;
  private final List<Line> totalLines;
  private final List<NodeScore> nodes;
  private final List<TriggeredVeto> vetoes;
  private final Map<String, NodeScore> byId;

  ScoreCard(
      String schemeId,
      String unitId,
      String group,
      Optional<String> period,
      Points total,
      List<Line> totalLines,
      List<NodeScore> nodes,
      List<TriggeredVeto> vetoes) {
    this.schemeId = requireNonNull(schemeId);
    this.unitId = requireNonNull(unitId);
    this.group = requireNonNull(group);
    this.period = requireNonNull(period);
    this.total = requireNonNull(total);
    this.totalLines = List.copyOf(totalLines);
    this.nodes = List.copyOf(nodes);
    this.vetoes = List.copyOf(vetoes);
    Map<String, NodeScore> index = new LinkedHashMap<>();
    for (NodeScore n : nodes) {
      index.put(n.nodeId(), n);
    }
    this.byId = index;
  }

  /** The scheme's id. */
  public String schemeId() {
    return schemeId;
  }

  /** The unit's id. */
  public String unitId() {
    return unitId;
  }

  /** The unit's group. */
  public String group() {
    return group;
  }

  /** The period scored, if the facts named one. */
  public Optional<String> period() {
    return period;
  }

  /** The unit's total. */
  public Points total() {
    return total;
  }

  /** The lines that make up the total: the root's points, carried losses and total penalties. */
  public List<Line> totalLines() {
    return totalLines;
  }

  /** Every node scored, root first, in the scheme's order. */
  public List<NodeScore> nodes() {
    return nodes;
  }

  /** The vetoes set off, in the scheme's order. */
  public List<TriggeredVeto> vetoes() {
    return vetoes;
  }

  /** Is the unit barred from awards and grades by a veto? */
  public boolean isDisqualified() {
    return vetoes.stream().anyMatch(TriggeredVeto::disqualifies);
  }

  /** Is the unit's head barred from awards too ("单位负责人不得评先评优")? */
  public boolean isHeadBarred() {
    return vetoes.stream()
        .anyMatch(v -> v.effect() instanceof Veto.Disqualification d && d.barsHead());
  }

  /**
   * Returns a node's score.
   *
   * @param nodeId the node
   * @return the score, or empty if the node does not exist or does not apply to the unit's group
   */
  public Optional<NodeScore> node(String nodeId) {
    return Optional.ofNullable(byId.get(nodeId));
  }

  /**
   * Returns a node's points.
   *
   * @param nodeId the node
   * @return its points
   * @throws IllegalArgumentException if the node does not exist or does not apply to the group
   */
  public Points points(String nodeId) {
    NodeScore n = byId.get(nodeId);
    if (n == null) {
      throw new IllegalArgumentException(
          "no node " + nodeId + " scored for unit " + unitId + " in group " + group);
    }
    return n.points();
  }

  /** Renders the whole explanation as indented plain text, one line per explanation line. */
  public String explain() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append(unitId).append(" (").append(group).append(") under ").append(schemeId);
    period.ifPresent(p -> s.append(", ").append(p));
    s.append(": ").append(total).append(nl);
    for (Line line : totalLines) {
      s.append("  ").append(line).append(nl);
    }
    for (NodeScore n : nodes) {
      s.append(n.nodeId()).append(' ').append(n.title());
      n.clause().ifPresent(c -> s.append(" [").append(c).append(']'));
      s.append(": ").append(n.points());
      n.maximum().ifPresent(m -> s.append(" / ").append(m));
      s.append(nl);
      for (Line line : n.lines()) {
        s.append("  ").append(line);
        for (Fact f : line.facts()) {
          f.provenance().ifPresent(p -> s.append("  <").append(p).append('>'));
        }
        s.append(nl);
      }
    }
    for (TriggeredVeto v : vetoes) {
      s.append("veto ").append(v.vetoId()).append(' ').append(v.title());
      v.clause().ifPresent(c -> s.append(" [").append(c).append(']'));
      s.append(": ").append(v.reason()).append(nl);
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoreCard c
        && schemeId.equals(c.schemeId)
        && unitId.equals(c.unitId)
        && group.equals(c.group)
        && period.equals(c.period)
        && total.equals(c.total)
        && totalLines.equals(c.totalLines)
        && nodes.equals(c.nodes)
        && vetoes.equals(c.vetoes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemeId, unitId, group, period, total, totalLines, nodes, vetoes);
  }

  @Override
  public String toString() {
    return "ScoreCard{" + schemeId + ", " + unitId + " (" + group + "): " + total + "}";
  }
}
