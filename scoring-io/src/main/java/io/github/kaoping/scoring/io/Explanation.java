package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unrecorded;
import io.github.kaoping.scoring.Veto;
import java.util.List;
import java.util.Optional;

/**
 * One unit's explained score as data: what {@link ScoreCard#explain()} prints as text, as {@code
 * scoring explain --format json} writes it and {@link
 * ResultFiles#readExplanation(java.nio.file.Path)} reads it back. A card cannot be rebuilt from a
 * file (it needs the compiled scheme), so this holds everything a card shows.
 *
 * @param schemeId the scheme's id
 * @param unitId the unit's id
 * @param group the unit's group
 * @param period the period scored, if the facts named one
 * @param total the unit's total
 * @param totalLines the lines that make up the total: the root's points, carried losses and total
 *     penalties
 * @param nodes every node scored, root first, in the scheme's order, with its lines
 * @param vetoes the vetoes set off, in the scheme's order
 * @param recording how the unit's facts recorded checks
 * @param unrecorded what {@link Recording#FAILURES_ONLY} took for what the facts did not record, as
 *     {@link ScoreCard#unrecorded()} lists it; empty under {@link Recording#EVERY_CHECK}
 */
public record Explanation(
    String schemeId,
    String unitId,
    String group,
    Optional<String> period,
    Points total,
    List<Line> totalLines,
    List<NodeScore> nodes,
    List<TriggeredVeto> vetoes,
    Recording recording,
    List<Unrecorded> unrecorded) {

  /**
   * Validates the explanation.
   *
   * @param schemeId the scheme's id
   * @param unitId the unit's id
   * @param group the unit's group
   * @param period the period scored, if the facts named one
   * @param total the unit's total
   * @param totalLines the lines that make up the total: the root's points, carried losses and total
   *     penalties
   * @param nodes every node scored, root first, in the scheme's order, with its lines
   * @param vetoes the vetoes set off, in the scheme's order
   * @param recording how the unit's facts recorded checks
   * @param unrecorded what the recording policy took for what the facts did not record
   * @throws NullPointerException if an argument, a line, a node or a veto is null
   */
  public Explanation {
    requireNonNull(schemeId, "schemeId");
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(period, "period");
    requireNonNull(total, "total");
    totalLines = List.copyOf(totalLines);
    nodes = List.copyOf(nodes);
    vetoes = List.copyOf(vetoes);
    requireNonNull(recording, "recording");
    unrecorded = List.copyOf(unrecorded);
  }

  /**
   * An explanation of facts that recorded every check.
   *
   * @param schemeId the scheme's id
   * @param unitId the unit's id
   * @param group the unit's group
   * @param period the period scored, if the facts named one
   * @param total the unit's total
   * @param totalLines the lines that make up the total
   * @param nodes every node scored, root first, in the scheme's order, with its lines
   * @param vetoes the vetoes set off, in the scheme's order
   * @throws NullPointerException if an argument, a line, a node or a veto is null
   */
  public Explanation(
      String schemeId,
      String unitId,
      String group,
      Optional<String> period,
      Points total,
      List<Line> totalLines,
      List<NodeScore> nodes,
      List<TriggeredVeto> vetoes) {
    this(
        schemeId,
        unitId,
        group,
        period,
        total,
        totalLines,
        nodes,
        vetoes,
        Recording.EVERY_CHECK,
        List.of());
  }

  /**
   * A card's explanation.
   *
   * @param card the card, not null
   * @return its explanation, never null
   */
  public static Explanation of(ScoreCard card) {
    return new Explanation(
        card.schemeId(),
        card.unitId(),
        card.group(),
        card.period(),
        card.total(),
        card.totalLines(),
        card.nodes(),
        card.vetoes(),
        card.recording(),
        card.unrecorded());
  }

  /**
   * Is the unit barred from awards and grades by a veto?
   *
   * @return whether a veto disqualifies it
   */
  public boolean isDisqualified() {
    return vetoes.stream().anyMatch(TriggeredVeto::disqualifies);
  }

  /**
   * Is the unit's head barred from awards too?
   *
   * @return whether a veto bars the head
   */
  public boolean isHeadBarred() {
    return vetoes.stream()
        .anyMatch(v -> v.effect() instanceof Veto.Disqualification d && d.barsHead());
  }
}
