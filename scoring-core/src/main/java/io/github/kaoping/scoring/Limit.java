package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A floor or ceiling on a node's points.
 *
 * <p>A limit is either a fixed amount ({@code 各分项奖励累计不超过100分}), a share of another node's maximum
 * ({@code 不超过单项分的30%}), or no limit at all (xingan's uncapped model-unit points).
 */
public sealed interface Limit permits Limit.Fixed, Limit.ShareOfMaximum, Limit.None {

  /**
   * A fixed amount.
   *
   * @param points the limit, not null
   */
  record Fixed(Points points) implements Limit {
    /**
     * Validates the limit.
     *
     * @param points the limit, not null
     */
    public Fixed {
      requireNonNull(points, "points");
    }
  }

  /**
   * A share of another node's maximum.
   *
   * @param nodeId the node whose maximum is shared, not null
   * @param share the share, above 0 (0.3 for 30%)
   */
  record ShareOfMaximum(String nodeId, BigDecimal share) implements Limit {
    /**
     * Validates the limit.
     *
     * @param nodeId the node whose maximum is shared, not null
     * @param share the share, above 0 (0.3 for 30%)
     * @throws IllegalArgumentException if the share is not above 0
     */
    public ShareOfMaximum {
      requireNonNull(nodeId, "nodeId");
      requireNonNull(share, "share");
      if (share.signum() <= 0) {
        throw new IllegalArgumentException("share must be above 0, was " + share);
      }
    }
  }

  /** No limit. */
  record None() implements Limit {}

  /**
   * A fixed limit.
   *
   * @param points the limit, in points
   * @return the limit
   */
  static Limit of(Points points) {
    return new Fixed(points);
  }

  /**
   * A fixed limit parsed from a decimal.
   *
   * @param points the limit, as a plain decimal such as {@code "10"}
   * @return the limit
   */
  static Limit of(String points) {
    return new Fixed(Points.parse(points));
  }

  /**
   * A share of another node's maximum, such as {@code shareOf("s4", "0.3")}.
   *
   * @param nodeId the id of the node whose maximum is shared
   * @param share the share, above 0 and at most 1, as a plain decimal ({@code "0.3"} for 30%)
   * @return the limit
   */
  static Limit shareOf(String nodeId, String share) {
    return new ShareOfMaximum(nodeId, new BigDecimal(share));
  }

  /** {@return the absence of a limit} */
  static Limit none() {
    return new None();
  }
}
