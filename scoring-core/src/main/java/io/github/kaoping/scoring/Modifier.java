package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rule about occurrences that the facts carry and the scheme grants for a node and everything
 * below it. The facts say which occurrences share a matter, which were self-reported and which were
 * joint work; the scheme says whether that changes anything. Facts that carry a marker the scheme
 * does not grant for their node are an error, never silently ignored.
 */
public sealed interface Modifier
    permits Modifier.SameMatterOnce, Modifier.SelfReportedExempt, Modifier.JointSplit {

  /** {@return the clause that grants the modifier} */
  Optional<String> clause();

  /**
   * Occurrences of the same matter count once: the one whose points by itself (after its share of
   * joint work, before any cap) are largest counts, the others count nothing: "同一事项就高扣分一次，不重复扣分",
   * "同一项工作受到多次奖励的，按最高一级得分". Money is compared by the points it earns, not by its amount.
   *
   * @param clause the clause
   */
  record SameMatterOnce(Optional<String> clause) implements Modifier {
    /**
     * Validates the modifier.
     *
     * @param clause the clause
     */
    public SameMatterOnce {
      requireNonNull(clause, "clause");
    }
  }

  /**
   * Deductions for matters the unit found or reported itself are waived:
   * "属于本单位自行查处或主动报告有关机关查处的，免予扣分".
   *
   * @param clause the clause
   */
  record SelfReportedExempt(Optional<String> clause) implements Modifier {
    /**
     * Validates the modifier.
     *
     * @param clause the clause
     */
    public SelfReportedExempt {
      requireNonNull(clause, "clause");
    }
  }

  /**
   * Points for joint work are split between the lead and the partner units:
   * "主办单位按80%计分，联办单位按20%计分". The share scales the points an occurrence earns (for an amount rule,
   * the points its amount reaches), never the amount; the item's cap applies after it.
   *
   * @param lead the lead unit's share, above 0 and at most 1
   * @param partner a partner unit's share, above 0 and at most 1
   * @param clause the clause
   */
  record JointSplit(BigDecimal lead, BigDecimal partner, Optional<String> clause)
      implements Modifier {
    /**
     * Validates the modifier.
     *
     * @param lead the lead unit's share, above 0 and at most 1
     * @param partner a partner unit's share, above 0 and at most 1
     * @param clause the clause
     * @throws IllegalArgumentException unless both shares are above 0 and at most 1
     */
    public JointSplit {
      requireNonNull(clause, "clause");
      for (BigDecimal share : new BigDecimal[] {lead, partner}) {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException("a share must be above 0 and at most 1, was " + share);
        }
      }
    }
  }

  /**
   * Occurrences of the same matter count once.
   *
   * @param clause the clause that grants the modifier
   * @return the modifier
   */
  static Modifier sameMatterOnce(String clause) {
    return new SameMatterOnce(Optional.of(clause));
  }

  /**
   * Self-reported deductions are waived.
   *
   * @param clause the clause that grants the modifier
   * @return the modifier
   */
  static Modifier selfReportedExempt(String clause) {
    return new SelfReportedExempt(Optional.of(clause));
  }

  /**
   * Joint work is split, such as {@code jointSplit("0.8", "0.2", "三(三)")}.
   *
   * @param lead the lead unit's share, above 0 and at most 1, as a plain decimal
   * @param partner a partner unit's share, above 0 and at most 1, as a plain decimal
   * @param clause the clause that grants the modifier
   * @return the modifier
   */
  static Modifier jointSplit(String lead, String partner, String clause) {
    return new JointSplit(new BigDecimal(lead), new BigDecimal(partner), Optional.of(clause));
  }
}
