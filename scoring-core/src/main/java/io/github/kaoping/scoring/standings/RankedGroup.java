package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One group's ranking.
 *
 * <p>{@code placings} are in ranking order: by value, highest first, then by the tie-breakers in
 * order, then (for presentation only, as tied units share rank and position) by unit id; units
 * ranked apart (disqualified, when the ranking skips their positions) follow in the same order.
 *
 * @param group the group's id; for a ranking {@linkplain
 *     io.github.kaoping.scoring.Ranking#acrossGroups() across groups}, the ids of the groups ranked
 *     together joined by {@code +}
 * @param placings every ranked unit of the group
 * @param cutTies every tie that straddles an award cut, in position order
 * @param withoutPrevious for an improvement, the units of the group without a card last period, by
 *     unit id; they are not ranked
 * @param decisions what the office must decide about this group's awards: awards whose places it
 *     has not set, then awards a tie left unfilled, in position order
 */
public record RankedGroup(
    String group,
    List<Placing> placings,
    List<CutTie> cutTies,
    List<String> withoutPrevious,
    List<OfficeDecision> decisions) {

  /**
   * Validates the record.
   *
   * @param group the group's id; for a ranking {@linkplain
   *     io.github.kaoping.scoring.Ranking#acrossGroups() across groups}, the ids of the groups
   *     ranked together joined by {@code +}
   * @param placings every ranked unit of the group
   * @param cutTies every tie that straddles an award cut, in position order
   * @param withoutPrevious for an improvement, the units of the group without a card last period,
   *     by unit id; they are not ranked
   * @param decisions what the office must decide about this group's awards: awards whose places it
   *     has not set, then awards a tie left unfilled, in position order
   */
  public RankedGroup {
    requireNonNull(group, "group");
    placings = List.copyOf(placings);
    cutTies = List.copyOf(cutTies);
    withoutPrevious = List.copyOf(withoutPrevious);
    decisions = List.copyOf(decisions);
  }

  /**
   * A group's ranking that leaves nothing to the office.
   *
   * @param group the group's id
   * @param placings every ranked unit
   * @param cutTies the ties at award cuts
   * @param withoutPrevious the units without a card last period
   */
  public RankedGroup(
      String group, List<Placing> placings, List<CutTie> cutTies, List<String> withoutPrevious) {
    this(group, placings, cutTies, withoutPrevious, List.of());
  }

  /**
   * Returns a unit's placing, or empty if the unit was not ranked in this group.
   *
   * @param unitId the unit's id
   * @return the unit's placing, or empty if it was not ranked in this group
   */
  public Optional<Placing> placing(String unitId) {
    return placings.stream().filter(p -> p.unitId().equals(unitId)).findFirst();
  }

  /**
   * Returns the units holding an award, in ranking order.
   *
   * @param award the award's label
   * @return the ids of the units holding it, in ranking order; empty if none does
   */
  public List<String> holders(String award) {
    return placings.stream().filter(p -> p.holds(award)).map(Placing::unitId).toList();
  }
}
