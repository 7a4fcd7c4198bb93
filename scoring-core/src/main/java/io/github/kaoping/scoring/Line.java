package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One line of explanation: an amount of points added to (or taken from) a node, and why. The lines
 * of a node add up to its points exactly.
 *
 * <p>{@code text} says what happened in words for people, in the language of the card that
 * explained it ({@link ScoreCard#language()}: the scheme's unless another was asked for); a line
 * read back from a file keeps the words the file holds. {@code source} names, by its id in the
 * scheme, what produced the line, so that a program need not read {@code text}:
 *
 * <ul>
 *   <li>{@link Kind#RULE}: the rule's shape as scheme files name it, such as {@code perOccurrence}
 *       or {@code tiers};
 *   <li>{@link Kind#EXEMPT}, {@link Kind#MERGED}: the modifier, {@code selfReportedExempt} or
 *       {@code sameMatterOnce};
 *   <li>{@link Kind#CHILD}: the child node's id (in the total's lines, the root's);
 *   <li>{@link Kind#PENALTY}: the veto's id;
 *   <li>{@link Kind#GATE}: the gate's id;
 *   <li>{@link Kind#CARRY}: the id of the node whose loss below its floor is carried;
 *   <li>{@link Kind#START}, {@link Kind#FLOOR}, {@link Kind#CEILING}, {@link Kind#NOT_APPLICABLE},
 *       {@link Kind#RESCALE}: empty, the node itself.
 * </ul>
 *
 * @param nodeId the node whose points the line is part of; for the total's lines, the root
 * @param kind what produced it
 * @param source what in the scheme produced it, by id (see above)
 * @param points the signed amount; zero for a line that explains why something did not count
 * @param text what happened, for people, in the card's {@linkplain ScoreCard#language() language}:
 *     the node, veto or fact by its title, such as {@code "记录 o-3（出现差错一次扣5分）"} in Chinese or {@code
 *     "occurrence o-3 (出现差错一次扣5分)"} in English; programs read {@code kind}, {@code source}, {@code
 *     points} and {@code facts} instead
 * @param clause the clause that produced it
 * @param facts the facts it used, with their provenance
 */
public record Line(
    String nodeId,
    Kind kind,
    Optional<String> source,
    Points points,
    String text,
    Optional<String> clause,
    List<Fact> facts) {

  /**
   * Validates the line.
   *
   * @param nodeId the node whose points the line is part of; for the total's lines, the root
   * @param kind what produced it
   * @param source what in the scheme produced it, by id, as the record's description lists
   * @param points the signed amount; zero for a line that explains why something did not count
   * @param text what happened, for people, in the card's {@linkplain ScoreCard#language()
   *     language}: the node, veto or fact by its title, such as {@code "记录 o-3（出现差错一次扣5分）"} in
   *     Chinese or {@code "occurrence o-3 (出现差错一次扣5分)"} in English; programs read {@code kind},
   *     {@code source}, {@code points} and {@code facts} instead
   * @param clause the clause that produced it
   * @param facts the facts it used, with their provenance
   * @throws NullPointerException if an argument or a fact is null
   */
  public Line {
    requireNonNull(nodeId, "nodeId");
    requireNonNull(kind, "kind");
    requireNonNull(source, "source");
    requireNonNull(points, "points");
    requireNonNull(text, "text");
    requireNonNull(clause, "clause");
    facts = List.copyOf(facts);
  }

  /** What produced a line. */
  public enum Kind {
    /** A deducting item or section starts from its maximum. */
    START,
    /** A rule applied to facts. */
    RULE,
    /** An occurrence waived as self-reported. */
    EXEMPT,
    /** An occurrence counted once with another of the same matter. */
    MERGED,
    /** A child's points. */
    CHILD,
    /** A veto's point penalty. */
    PENALTY,
    /** Raised to the floor. */
    FLOOR,
    /** Cut to the ceiling. */
    CEILING,
    /** Points lost below a floor, taken from the total. */
    CARRY,
    /** An item outside the unit's duties. */
    NOT_APPLICABLE,
    /** The scored total rescaled for items outside the unit's duties. */
    RESCALE,
    /** Zeroed by a gate. */
    GATE
  }

  @Override
  public String toString() {
    String sign = points.isNegative() || points.isZero() ? "" : "+";
    return sign + points + "  " + text + clause.map(c -> "  [" + c + "]").orElse("");
  }
}
