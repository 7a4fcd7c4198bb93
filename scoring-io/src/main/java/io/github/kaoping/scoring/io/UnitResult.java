package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Veto;
import java.util.List;
import java.util.Optional;

/**
 * One unit's result as a results file holds it: what its {@link ScoreCard} says, whole, as plain
 * data. {@link ResultFiles#read} returns these; a card written and read back equals {@link
 * #of(ScoreCard)} of it.
 *
 * @param schemeId the scheme's id
 * @param unitId the unit's id
 * @param group the unit's group
 * @param period the period scored
 * @param total the total
 * @param totalLines the lines that make up the total
 * @param nodes every node scored, root first, with its lines
 * @param vetoes the vetoes set off
 */
public record UnitResult(
    String schemeId,
    String unitId,
    String group,
    Optional<String> period,
    Points total,
    List<Line> totalLines,
    List<NodeScore> nodes,
    List<TriggeredVeto> vetoes) {

  /** Validates the result. */
  public UnitResult {
    requireNonNull(schemeId, "schemeId");
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(period, "period");
    requireNonNull(total, "total");
    totalLines = List.copyOf(totalLines);
    nodes = List.copyOf(nodes);
    vetoes = List.copyOf(vetoes);
  }

  /**
   * The result a card holds.
   *
   * @param card the card, not null
   * @return its result, never null
   */
  public static UnitResult of(ScoreCard card) {
    return new UnitResult(
        card.schemeId(),
        card.unitId(),
        card.group(),
        card.period(),
        card.total(),
        card.totalLines(),
        card.nodes(),
        card.vetoes());
  }

  /** Is the unit barred from awards and grades by a veto? */
  public boolean isDisqualified() {
    return vetoes.stream().anyMatch(TriggeredVeto::disqualifies);
  }

  /** Is the unit's head barred from awards too? */
  public boolean isHeadBarred() {
    return vetoes.stream()
        .anyMatch(v -> v.effect() instanceof Veto.Disqualification d && d.barsHead());
  }

  /** A node's points, if the node was scored for the unit. */
  public Optional<Points> points(String nodeId) {
    return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).map(NodeScore::points).findFirst();
  }
}
