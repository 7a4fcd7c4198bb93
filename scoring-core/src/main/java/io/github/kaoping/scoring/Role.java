package io.github.kaoping.scoring;

/**
 * What a node's points mean to its parent, and hence its default floor and ceiling.
 *
 * <p>A parent first adds its {@link #SCORED} and {@link #DEDUCTION} children and applies its own
 * floor and ceiling; then it adds its {@link #BONUS} and {@link #ADJUSTMENT} children, which sit on
 * top of its full marks rather than inside them.
 */
public enum Role {
  /** Part of the parent's full marks (计分项). Floor 0; ceiling its maximum. */
  SCORED,
  /** Extra points on top of the parent's full marks (加分项). Floor 0; ceiling its maximum. */
  BONUS,
  /**
   * Points taken from the parent (扣分项), such as zhangzhou's efficiency deductions. Floor minus its
   * maximum (no floor without one); ceiling 0.
   */
  DEDUCTION,
  /** Signed points with no limit either way (加减分项), such as xingan 二(一)5. */
  ADJUSTMENT
}
