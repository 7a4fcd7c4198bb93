package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A named band of scores: zhangzhou "总分在700分(不含700分)以下的为不合格单位" is {@code below("700")}.
 *
 * @param label the band's name
 * @param scores the scores in it, with explicit inclusivity
 */
public record Band(String label, Interval scores) {

  /**
   * Validates the band.
   *
   * @param label the band's name
   * @param scores the scores in it, with explicit inclusivity
   */
  public Band {
    requireNonNull(label, "label");
    requireNonNull(scores, "scores");
  }
}
