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
 * <p>Where the text names an award but not how many win it (changzhou 六 "评选年度综合优胜奖"), the number of
 * places is a {@link Parameter} the office sets: {@link #topPlaces}. Such an award holds positions
 * {@code from} to {@code from + value - 1} once the office has set the value; until then it is
 * given to nobody, and the standings name it as a decision the office must take.
 *
 * @param label the award's name (一等奖, 标兵单位, 优秀单位)
 * @param from the first position, at least 1
 * @param to the last position, at least {@code from}; for an award whose places a parameter sets,
 *     equal to {@code from} and not read: the parameter's value decides
 * @param end whether positions count from the top or the bottom
 * @param eligible the ranked scores that may receive the award; empty means any
 * @param places the {@link Parameter} that sets how many places the award has, if the text does not
 */
public record Award(
    String label, int from, int to, End end, Optional<Interval> eligible, Optional<String> places) {

  /**
   * Validates the award.
   *
   * @param label the award's name (一等奖, 标兵单位, 优秀单位)
   * @param from the first position, at least 1
   * @param to the last position, at least {@code from}; for an award whose places a parameter sets,
   *     equal to {@code from} and not read: the parameter's value decides
   * @param end whether positions count from the top or the bottom
   * @param eligible the ranked scores that may receive the award; empty means any
   * @param places the {@link Parameter} that sets how many places the award has, if the text does
   *     not
   * @throws IllegalArgumentException unless {@code 1 <= from <= to}, or if {@code places} is set
   *     and {@code to != from}
   */
  public Award {
    requireNonNull(label, "label");
    requireNonNull(end, "end");
    requireNonNull(eligible, "eligible");
    requireNonNull(places, "places");
    if (from < 1 || to < from) {
      throw new IllegalArgumentException(
          "positions must be 1 <= from <= to, was " + from + ".." + to);
    }
    if (places.isPresent() && to != from) {
      throw new IllegalArgumentException(
          "an award whose places parameter " + places.get() + " sets its size has to == from");
    }
  }

  /**
   * An award at positions {@code from..to}, its size given by the text.
   *
   * @param label the award's name
   * @param from the first position
   * @param to the last position
   * @param end the end positions count from
   * @param eligible the ranked scores that may receive it
   */
  public Award(String label, int from, int to, End end, Optional<Interval> eligible) {
    this(label, from, to, end, eligible, Optional.empty());
  }

  /** Which end positions count from. */
  public enum End {
    /** Position 1 is the highest score. */
    TOP,
    /** Position 1 is the lowest score (倒数第一). */
    BOTTOM
  }

  /**
   * Positions {@code from..to} from the top.
   *
   * @param label the award's name (一等奖, 标兵单位, 优秀单位)
   * @param from the first position, at least 1
   * @param to the last position, at least {@code from}
   * @return the award, open to every score
   */
  public static Award top(String label, int from, int to) {
    return new Award(label, from, to, End.TOP, Optional.empty());
  }

  /**
   * Positions {@code from..to} from the bottom.
   *
   * @param label the award's name (一等奖, 标兵单位, 优秀单位)
   * @param from the first position, at least 1
   * @param to the last position, at least {@code from}
   * @return the award, open to every score
   */
  public static Award bottom(String label, int from, int to) {
    return new Award(label, from, to, End.BOTTOM, Optional.empty());
  }

  /**
   * An award from position {@code from} from the top, for as many places as a parameter the office
   * sets says: changzhou 六 "评选年度综合优胜奖", which gives no number of winners.
   *
   * @param label the award's name
   * @param from the first position
   * @param parameterId the {@link Parameter} of kind {@link Parameter.Kind#PLACES} that sets the
   *     number of places
   * @return the award
   */
  public static Award topPlaces(String label, int from, String parameterId) {
    return new Award(label, from, from, End.TOP, Optional.empty(), Optional.of(parameterId));
  }

  /**
   * Returns this award for eligible scores only, such as {@code atLeast("85")}.
   *
   * @param scores the scores a unit must have to hold the award, such as {@code
   *     Interval.atLeast("85")}
   * @return a copy of this award with that condition, replacing any earlier one
   */
  public Award eligibleIf(Interval scores) {
    return new Award(label, from, to, end, Optional.of(scores), places);
  }

  /**
   * Returns the award with its last position set by its places parameter's value: positions {@code
   * from} to {@code from + places - 1}, no longer tied to the parameter.
   *
   * @param count the number of places, at least 1
   * @return the award with its positions fixed
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public Award withPlaces(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("an award has at least 1 place, was " + count);
    }
    return new Award(label, from, from + count - 1, end, eligible, Optional.empty());
  }
}
