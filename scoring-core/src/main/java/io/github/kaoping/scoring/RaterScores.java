package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The scores a panel of raters gave under a {@link Rule.Panel} rule, each on the panel's scale.
 *
 * @param nodeId the node
 * @param scores one score per rater
 * @param note a free note: what the recorder wanted said with it
 * @param provenance who recorded them
 */
public record RaterScores(
    String nodeId, List<BigDecimal> scores, Optional<String> note, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param scores one score per rater
   * @param note a free note: what the recorder wanted said with it
   * @param provenance who recorded them
   */
  public RaterScores {
    requireNonNull(nodeId, "nodeId");
    scores = List.copyOf(scores);
    requireNonNull(note, "note");
    requireNonNull(provenance, "provenance");
  }

  /**
   * The fact without a note.
   *
   * @param nodeId the node
   * @param scores one score per rater
   * @param provenance who recorded it
   */
  public RaterScores(String nodeId, List<BigDecimal> scores, Optional<Provenance> provenance) {
    this(nodeId, scores, Optional.empty(), provenance);
  }

  /**
   * Returns this fact with a note.
   *
   * @param note the note, not null
   * @return the fact with the note
   */
  public RaterScores withNote(String note) {
    return new RaterScores(nodeId, scores, Optional.of(note), provenance);
  }

  /**
   * Scores parsed from decimals.
   *
   * @param nodeId the node
   * @param scores one score per rater, each a plain decimal on the panel's scale
   * @return the fact, without provenance
   */
  public static RaterScores of(String nodeId, String... scores) {
    return new RaterScores(
        nodeId, java.util.Arrays.stream(scores).map(BigDecimal::new).toList(), Optional.empty());
  }

  @Override
  public String target() {
    return nodeId;
  }

  @Override
  public String label() {
    return scores.size() + " rater scores";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.raterScores(this);
  }
}
