package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An award won by ranking positions {@code from..to} (1 is the top, or with {@link End#BOTTOM} the
 * bottom), optionally only by a unit whose ranked score is {@code eligible}: yueyang 三(四)
 * "二、三名为二等奖", jishui 四(三)1 "综合考评总分在85分以上...一等奖一个", township 七 "倒数第一名".
 *
 * <p>An ineligible unit does not receive the award, and a disqualified unit does not receive an
 * award counted from the top (an honour); neither is passed down to the next position unless the
 * ranking's {@link DisqualifiedUnits} policy removes the disqualified unit from the positions.
 *
 * @param label the award's name (一等奖, 标兵单位, 优秀单位)
 * @param from the first position, at least 1
 * @param to the last position, at least {@code from}
 * @param end whether positions count from the top or the bottom
 * @param eligible the ranked scores that may receive the award; empty means any
 */
public record Award(String label, int from, int to, End end, Optional<Interval> eligible) {

  /** Validates the award. */
  public Award {
    requireNonNull(label, "label");
    requireNonNull(end, "end");
    requireNonNull(eligible, "eligible");
    if (from < 1 || to < from) {
      throw new IllegalArgumentException(
          "positions must be 1 <= from <= to, was " + from + ".." + to);
    }
  }

  /** Which end positions count from. */
  public enum End {
    /** Position 1 is the highest score. */
    TOP,
    /** Position 1 is the lowest score (倒数第一). */
    BOTTOM
  }

  /** Positions {@code from..to} from the top. */
  public static Award top(String label, int from, int to) {
    return new Award(label, from, to, End.TOP, Optional.empty());
  }

  /** Positions {@code from..to} from the bottom. */
  public static Award bottom(String label, int from, int to) {
    return new Award(label, from, to, End.BOTTOM, Optional.empty());
  }

  /** Returns this award for eligible scores only, such as {@code atLeast("85")}. */
  public Award eligibleIf(Interval scores) {
    return new Award(label, from, to, end, Optional.of(scores));
  }
}
