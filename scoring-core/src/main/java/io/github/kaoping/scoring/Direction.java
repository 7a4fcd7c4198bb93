package io.github.kaoping.scoring;

/** Whether a rule earns points or deducts them. */
public enum Direction {
  /** Adds points (得分、加分). */
  EARN,
  /** Takes points away (扣分); a deducting rule starts from the item's maximum. */
  DEDUCT;

  Points apply(Points magnitude) {
    return this == EARN ? magnitude : magnitude.negated();
  }
}
