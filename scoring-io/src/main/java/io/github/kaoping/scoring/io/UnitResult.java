package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.ScoredUnit;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Veto;
import java.util.List;

/**
 * One unit's score as a results file holds it: its group, total, the vetoes it set off, and every
 * node's points. Its ranks, awards and bands are in the {@link Results#standings() standings}; the
 * lines that explain its points are the {@code explain} command's, or {@link ScoreCard#nodes()}'s,
 * and are not kept, so that the results of a million units fit in memory: {@link Results#score}
 * keeps each unit's node points packed in a few bytes per node.
 *
 * @param unitId the unit's id
 * @param group the unit's group
 * @param total its total
 * @param vetoes the vetoes it set off, in the scheme's order
 * @param nodes every node scored for it, root first, in the scheme's order, as {@link
 *     ScoreCard#nodePoints()} gives them; empty if the results do not hold them
 */
public record UnitResult(
    String unitId, String group, Points total, List<TriggeredVeto> vetoes, List<NodePoints> nodes)
    implements ScoredUnit {

  /**
   * Validates the result.
   *
   * @param unitId the unit's id
   * @param group the unit's group
   * @param total its total
   * @param vetoes the vetoes it set off, in the scheme's order
   * @param nodes every node scored for it, root first, in the scheme's order, as {@link
   *     ScoreCard#nodePoints()} gives them; empty if the results do not hold them
   * @throws NullPointerException if an argument, a veto or a node is null
   */
  public UnitResult {
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(total, "total");
    vetoes = List.copyOf(vetoes);
    // packed lists are immutable already, and copying one would unpack it
    nodes = nodes instanceof PackedNodes ? nodes : List.copyOf(nodes);
  }

  /**
   * A result without node points.
   *
   * @param unitId the unit's id
   * @param group the unit's group
   * @param total its total
   * @param vetoes the vetoes it set off, in the scheme's order
   * @throws NullPointerException if an argument or a veto is null
   */
  public UnitResult(String unitId, String group, Points total, List<TriggeredVeto> vetoes) {
    this(unitId, group, total, vetoes, List.of());
  }

  /**
   * The result a card holds; builds none of the card's explanation.
   *
   * @param card the card, not null
   * @return its result, never null
   */
  public static UnitResult of(ScoreCard card) {
    return new UnitResult(
        card.unitId(), card.group(), card.total(), card.vetoes(), card.nodePoints());
  }

  /** {@return whether a veto bars the unit from awards and grades} */
  public boolean isDisqualified() {
    return vetoes.stream().anyMatch(TriggeredVeto::disqualifies);
  }

  /** {@return whether a veto bars the unit's head from awards too} */
  public boolean isHeadBarred() {
    return vetoes.stream()
        .anyMatch(v -> v.effect() instanceof Veto.Disqualification d && d.barsHead());
  }
}
