package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A veto (一票否决): a trigger and what it does to the unit.
 *
 * <p>Two effects occur, and a scheme may use both: {@linkplain Disqualification disqualification},
 * where the score stands but the unit may not receive an award or grade, and a {@linkplain Penalty
 * point penalty}. The trigger is either an event the facts report, or a condition derived from the
 * score itself ("如50分全扣，评先资格一票否决").
 *
 * @param id the veto's id, unique in the scheme
 * @param title what the veto is for
 * @param clause the clause it comes from
 * @param trigger what sets it off
 * @param effect what it does
 */
public record Veto(
    String id, String title, Optional<String> clause, Trigger trigger, Effect effect) {

  /**
   * Validates the veto.
   *
   * @param id the veto's id, unique in the scheme
   * @param title what the veto is for
   * @param clause the clause it comes from
   * @param trigger what sets it off
   * @param effect what it does
   */
  public Veto {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(clause, "clause");
    requireNonNull(trigger, "trigger");
    requireNonNull(effect, "effect");
  }

  /**
   * A veto reported by the facts ({@link VetoEvent}) that disqualifies the unit from awards.
   *
   * @param id the veto's id, unique in the scheme
   * @param title what the veto is for
   * @param clause the clause it comes from
   * @param effect what it does
   * @return the veto
   */
  public static Veto reported(String id, String title, String clause, Effect effect) {
    return new Veto(id, title, Optional.of(clause), new Reported(), effect);
  }

  /** What sets a veto off. */
  public sealed interface Trigger permits Reported, NodeScore, OccurrenceCount {}

  /** Each {@link VetoEvent} naming the veto sets it off once. */
  public record Reported() implements Trigger {}

  /**
   * Set off when a node's points fall in a range: {@code atMost(0)} for "全扣".
   *
   * @param nodeId the node
   * @param points the points that set it off
   */
  public record NodeScore(String nodeId, Interval points) implements Trigger {
    /**
     * Validates the trigger.
     *
     * @param nodeId the node
     * @param points the points that set it off
     */
    public NodeScore {
      requireNonNull(nodeId, "nodeId");
      requireNonNull(points, "points");
    }
  }

  /**
   * Set off when the number of counted occurrences on a node (of a kind, or of every kind) falls in
   * a range: "发生失、泄密事件一次" is {@code atLeast(1)}.
   *
   * @param nodeId the node
   * @param kind the kind counted; empty counts every occurrence
   * @param count the numbers that set it off
   */
  public record OccurrenceCount(String nodeId, Optional<String> kind, Interval count)
      implements Trigger {
    /**
     * Validates the trigger.
     *
     * @param nodeId the node
     * @param kind the kind counted; empty counts every occurrence
     * @param count the numbers that set it off
     */
    public OccurrenceCount {
      requireNonNull(nodeId, "nodeId");
      requireNonNull(kind, "kind");
      requireNonNull(count, "count");
    }
  }

  /** What a veto does. */
  public sealed interface Effect permits Disqualification, Penalty {}

  /**
   * The unit keeps its score but may not receive an award or grade (评先资格一票否决).
   *
   * @param barsHead whether the unit's head is barred too ("单位负责人不得评先评优")
   */
  public record Disqualification(boolean barsHead) implements Effect {}

  /**
   * Points taken per time the veto is set off (township 三(五) "每项扣2分").
   *
   * @param perEvent the points taken each time, above 0
   * @param nodeId the node they are taken from, inside its floor and ceiling; empty takes them from
   *     the total
   */
  public record Penalty(Points perEvent, Optional<String> nodeId) implements Effect {
    /**
     * Validates the effect.
     *
     * @param perEvent the points taken each time, above 0
     * @param nodeId the node they are taken from, inside its floor and ceiling; empty takes them
     *     from the total
     * @throws IllegalArgumentException if the points per event are not above 0
     */
    public Penalty {
      requireNonNull(nodeId, "nodeId");
      if (!perEvent.isPositive()) {
        throw new IllegalArgumentException("a penalty must be above 0");
      }
    }
  }

  /** {@return the effect of disqualification from awards} */
  public static Effect disqualification() {
    return new Disqualification(false);
  }

  /**
   * A penalty taken from the total.
   *
   * @param perEvent the points taken each time, above 0, as a plain decimal
   * @return the effect, taking the points from the total
   */
  public static Effect penalty(String perEvent) {
    return new Penalty(Points.parse(perEvent), Optional.empty());
  }
}
