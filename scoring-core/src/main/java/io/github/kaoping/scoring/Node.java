package io.github.kaoping.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a scheme's tree: a section (考评事项), an item, or a criterion.
 *
 * <p>A node either has a {@link #rule()}, which turns facts into points, or {@link #children()},
 * whose points it adds; never both. Its {@link #role()} says what its points mean to its parent and
 * sets its default floor and ceiling, which {@link #floor()} and {@link #ceiling()} may override.
 *
 * <p>How a node's points are computed, in order:
 *
 * <ol>
 *   <li>the start: its maximum if its content deducts (a deducting rule, or only deduction
 *       children), zero otherwise;
 *   <li>plus the rule's effect, or the points of its scored and deduction children, and any veto
 *       penalties aimed at it;
 *   <li>the floor and ceiling, applied to that part only: bonus and adjustment points from below
 *       stay on top of every ancestor's limits; the loss below the floor is carried to the total if
 *       {@link #overflow()} says so;
 *   <li>plus its bonus and adjustment children;
 *   <li>zero if one of its {@link #gates()} is closed.
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Node {

  /** The node's stable ASCII id, unique in its scheme. */
  public abstract String id();

  /** The node's title, as the text gives it. */
  public abstract String title();

  /** The clause the node comes from, such as 四(五)2. */
  public abstract Optional<String> clause();

  /** The node's full marks (满分、分值), if the text gives them. */
  public abstract Optional<Points> maximum();

  /** What the node's points mean to its parent. */
  @Value.Default
  public Role role() {
    return Role.SCORED;
  }

  /** The rule of a leaf. */
  public abstract Optional<Rule> rule();

  /** The children of a branch, in the text's order. */
  public abstract List<Node> children();

  /** Conditions that zero the node. */
  public abstract List<Gate> gates();

  /** Occurrence modifiers the scheme grants for this node and everything below it. */
  public abstract List<Modifier> modifiers();

  /** Overrides the floor the role implies. */
  public abstract Optional<Limit> floor();

  /** Overrides the ceiling the role implies. */
  public abstract Optional<Limit> ceiling();

  /** What happens to points lost below the floor. */
  @Value.Default
  public Overflow overflow() {
    return Overflow.DISCARD;
  }

  /**
   * Whether the maxima of the scored children must add up to this node's maximum. Checked when the
   * scheme is loaded, per unit group, for every node with a maximum and scored children; a node
   * whose maximum is a cap rather than a sum says {@code false}.
   */
  @Value.Default
  public boolean maximaAddUp() {
    return true;
  }

  /** The unit groups the node applies to; empty means every group. */
  public abstract List<String> groups();

  /** Who evaluates the node ("由市政府办人事科负责考评"). */
  public abstract Optional<String> evaluator();

  /** The evidence it is scored on (档案资料、工作现场). */
  public abstract List<String> evidence();

  /** A note for readers. */
  public abstract Optional<String> note();

  /** Is this a leaf, scored by a rule? */
  public final boolean isLeaf() {
    return children().isEmpty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with a node's id, title and clause set.
   *
   * @param id the node's id
   * @param title the node's title
   * @param clause the clause it comes from
   * @return the builder
   */
  public static Builder of(String id, String title, String clause) {
    return builder().id(id).title(title).clause(clause);
  }

  /** Builds a {@link Node}. */
  public static final class Builder extends ImmutableNode.Builder {
    /** Sets the maximum from a decimal such as {@code "30"}. */
    public Builder max(String maximum) {
      return maximum(Points.parse(maximum));
    }

    /** Adds children from builders. */
    public Builder add(Node.Builder... children) {
      for (Node.Builder child : children) {
        addChildren(child.build());
      }
      return this;
    }
  }
}
