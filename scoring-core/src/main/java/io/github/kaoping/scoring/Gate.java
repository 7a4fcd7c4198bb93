package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A condition that zeroes a node whatever its rule gave: a missing prerequisite ("未达到要求的不计分",
 * "未编制的不得分"), any occurrence ("一经发现此项不给分"), or a number of them ("3次未按时办结的，此项计分全扣", "缺席3次以上此项不得分").
 */
public sealed interface Gate permits Gate.Prerequisite, Gate.OccurrenceLimit {

  /** {@return the gate's id, unique within its node (and distinct from its checklist elements)} */
  String id();

  /** {@return what the gate requires or counts} */
  String title();

  /** {@return the clause the gate comes from} */
  Optional<String> clause();

  /**
   * A prerequisite: the facts must say whether it holds (a {@link Check} keyed by the gate's id);
   * if it does not, the node scores zero.
   *
   * @param id the gate's id
   * @param title what is required
   * @param clause the clause
   */
  record Prerequisite(String id, String title, Optional<String> clause) implements Gate {
    /**
     * Validates the gate.
     *
     * @param id the gate's id
     * @param title what is required
     * @param clause the clause
     */
    public Prerequisite {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(clause, "clause");
    }
  }

  /**
   * Zeroes the node when the number of its counted occurrences (of a kind, or of every kind) falls
   * in a range. Occurrences exempt as self-reported or merged into another of the same matter do
   * not count.
   *
   * @param id the gate's id
   * @param title what is counted
   * @param kind the kind of occurrence counted; empty counts every occurrence in the node
   * @param count the numbers of occurrences that zero the node, such as {@code atLeast(3)}
   * @param clause the clause
   */
  record OccurrenceLimit(
      String id, String title, Optional<String> kind, Interval count, Optional<String> clause)
      implements Gate {
    /**
     * Validates the gate.
     *
     * @param id the gate's id
     * @param title what is counted
     * @param kind the kind of occurrence counted; empty counts every occurrence in the node
     * @param count the numbers of occurrences that zero the node, such as {@code atLeast(3)}
     * @param clause the clause
     */
    public OccurrenceLimit {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(kind, "kind");
      requireNonNull(count, "count");
      requireNonNull(clause, "clause");
    }
  }

  /**
   * A prerequisite.
   *
   * @param id the gate's id, unique within its node and distinct from its checklist elements
   * @param title what is required, as the text says
   * @param clause the clause the prerequisite comes from
   * @return the gate
   */
  static Gate prerequisite(String id, String title, String clause) {
    return new Prerequisite(id, title, Optional.of(clause));
  }

  /**
   * Zeroes the node once it has {@code n} or more counted occurrences.
   *
   * @param n the number of counted occurrences that zeroes the node, at least 1
   * @param title what is counted, as the text says
   * @param clause the clause the gate comes from
   * @return the gate, with the id {@code after-n}
   */
  static Gate zeroAfter(int n, String title, String clause) {
    return new OccurrenceLimit(
        "after-" + n, title, Optional.empty(), Interval.atLeast(n), Optional.of(clause));
  }

  /**
   * Zeroes the node once it has {@code n} or more counted occurrences of a kind.
   *
   * @param n the number of counted occurrences of the kind that zeroes the node, at least 1
   * @param kind the kind of occurrence counted, as in {@link Occurrence#kind()}
   * @param title what is counted, as the text says
   * @param clause the clause the gate comes from
   * @return the gate, with the id {@code kind-after-n}
   */
  static Gate zeroAfter(int n, String kind, String title, String clause) {
    return new OccurrenceLimit(
        kind + "-after-" + n, title, Optional.of(kind), Interval.atLeast(n), Optional.of(clause));
  }
}
