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

  /** {@return the node's stable ASCII id, unique in its scheme} */
  public abstract String id();

  /** {@return the node's title, as the text gives it} */
  public abstract String title();

  /** {@return the clause the node comes from, such as 四(五)2} */
  public abstract Optional<String> clause();

  /** {@return the node's full marks (满分、分值), if the text gives them} */
  public abstract Optional<Points> maximum();

  /** {@return what the node's points mean to its parent} */
  @Value.Default
  public Role role() {
    return Role.SCORED;
  }

  /** {@return the rule of a leaf} */
  public abstract Optional<Rule> rule();

  /** {@return the children of a branch, in the text's order} */
  public abstract List<Node> children();

  /** {@return conditions that zero the node} */
  public abstract List<Gate> gates();

  /** {@return occurrence modifiers the scheme grants for this node and everything below it} */
  public abstract List<Modifier> modifiers();

  /** {@return the floor, overriding the one the role implies; empty keeps the role's} */
  public abstract Optional<Limit> floor();

  /** {@return the ceiling, overriding the one the role implies; empty keeps the role's} */
  public abstract Optional<Limit> ceiling();

  /** {@return what happens to points lost below the floor} */
  @Value.Default
  public Overflow overflow() {
    return Overflow.DISCARD;
  }

  /**
   * Whether the maxima of the scored children must add up to this node's maximum. Checked when the
   * scheme is loaded, per unit group, for every node with a maximum and scored children; a node
   * whose maximum is a cap rather than a sum says {@code false}.
   *
   * @return whether the check applies; true unless the scheme says otherwise
   */
  @Value.Default
  public boolean maximaAddUp() {
    return true;
  }

  /** {@return the unit groups the node applies to; empty means every group} */
  public abstract List<String> groups();

  /** {@return who evaluates the node ("由市政府办人事科负责考评")} */
  public abstract Optional<String> evaluator();

  /** {@return the evidence it is scored on (档案资料、工作现场)} */
  public abstract List<String> evidence();

  /** {@return a note for readers} */
  public abstract Optional<String> note();

  /** {@return whether this is a leaf, scored by a rule} */
  public final boolean isLeaf() {
    return children().isEmpty();
  }

  /** {@return a new builder} */
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

  /**
   * Builds a {@link Node}.
   *
   * <p>Every attribute has a setter of the same name; an optional attribute has one for the value
   * and one for an {@code Optional}; a list has {@code addX(element)}, {@code addX(elements...)},
   * {@code addAllX(iterable)} and a setter that replaces it. {@code from(Node)} copies an
   * instance's attributes into the builder. Setters return this builder and reject {@code null}
   * with a {@link NullPointerException}.
   *
   * <p>{@code id} and {@code title} are required: {@code build()} throws an {@link
   * IllegalStateException} naming those not set. Unset, {@code role} is {@link Role#SCORED}, {@code
   * overflow} is {@link Overflow#DISCARD} and {@code maximaAddUp} is true; every list starts empty.
   * {@link Calculator#of(Scheme)} checks the node with the rest of its scheme.
   */
  public static final class Builder extends ImmutableNode.Builder {
    /**
     * Sets the maximum from a decimal such as {@code "30"}.
     *
     * @param maximum the maximum as a plain decimal, in points
     * @return this builder
     */
    public Builder max(String maximum) {
      return maximum(Points.parse(maximum));
    }

    /**
     * Adds children from builders.
     *
     * @param children the children, built in this order and added after any already set
     * @return this builder
     */
    public Builder add(Node.Builder... children) {
      for (Node.Builder child : children) {
        addChildren(child.build());
      }
      return this;
    }
  }
}
