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
 * @param provenance who recorded them
 */
public record RaterScores(String nodeId, List<BigDecimal> scores, Optional<Provenance> provenance)
    implements Fact {

  /**
   * Validates the fact.
   *
   * @param nodeId the node
   * @param scores one score per rater
   * @param provenance who recorded them
   */
  public RaterScores {
    requireNonNull(nodeId, "nodeId");
    scores = List.copyOf(scores);
    requireNonNull(provenance, "provenance");
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
