package io.github.kaoping.scoring;

/** What happens to the points a node loses below its floor. */
public enum Overflow {
  /** They are lost: the floor is the end of it (扣完为止). */
  DISCARD,
  /** They are taken from the unit's total (zhangzhou 三(二) "扣分超过100分的，超出的分数在该单位总得分中扣除"). */
  CARRY_TO_TOTAL
}
