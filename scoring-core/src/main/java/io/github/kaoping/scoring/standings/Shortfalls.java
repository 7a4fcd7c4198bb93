package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.TiePolicy;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What-if (a): the points each unit lacks to reach each better award or band. Works on a group's
 * placings, which are already in ranking order, so each target costs one lookup.
 */
final class Shortfalls {

  private Shortfalls() {}

  /** A lower bound on a value: {@code value} itself included or not. */
  private record Bound(BigDecimal value, boolean inclusive) {
    boolean isMetBy(BigDecimal v) {
      int c = v.compareTo(value);
      return c > 0 || (c == 0 && inclusive);
    }

    /** The stricter of two lower bounds. */
    static @Nullable Bound stricter(@Nullable Bound a, @Nullable Bound b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      int c = a.value.compareTo(b.value);
      if (c != 0) {
        return c > 0 ? a : b;
      }
      return new Bound(a.value, a.inclusive && b.inclusive);
    }
  }

  static void ranked(
      String outcomeId,
      RankedGroup group,
      TiePolicy ties,
      CutTies cutTies,
      List<Award> awards,
      List<Shortfall> out) {
    List<Award> top = Ranker.ladder(awards, Award.End.TOP);
    List<Award> bottom = Ranker.ladder(awards, Award.End.BOTTOM);
    List<Placing> positioned =
        group.placings().stream().filter(p -> p.position().isPresent()).toList();
    int others = positioned.size() - 1;
    int maxBottom = bottom.stream().mapToInt(Award::to).max().orElse(0);
    for (int i = 0; i < positioned.size(); i++) {
      Placing u = positioned.get(i);
      if (u.disqualified()) {
        continue; // it can hold no award however far it rises
      }
      // From the top: every award better than the one it holds, the nearest first.
      int held = top.size();
      for (int k = 0; k < top.size(); k++) {
        if (u.holds(top.get(k).label())) {
          held = k;
        }
      }
      for (int k = held - 1; k >= 0; k--) {
        Award a = top.get(k);
        Bound position = standAtOrAbove(positioned, i, a.to(), ties, cutTies);
        add(outcomeId, group, u, Optional.of(a.label()), position, a.eligible(), out);
      }
      // From the bottom: standing above each lighter award's positions, then above them all.
      // Standing at bottom position b or higher is standing at top position others + 2 - b or
      // higher.
      Optional<Award> sanction = bottom.stream().filter(b -> u.holds(b.label())).findFirst();
      if (sanction.isPresent()) {
        for (Award b : bottom) {
          int t = others + 2 - b.from();
          if (b.from() > sanction.get().to() && t >= 1) {
            Bound position = standAtOrAbove(positioned, i, t, ties, cutTies);
            add(outcomeId, group, u, Optional.of(b.label()), position, Optional.empty(), out);
          }
        }
        int t = others + 1 - maxBottom;
        if (t >= 1) {
          Bound position = standAtOrAbove(positioned, i, t, ties, cutTies);
          add(outcomeId, group, u, Optional.empty(), position, Optional.empty(), out);
        }
      }
    }
  }

  /**
   * The value unit {@code i} needs to stand at position {@code t} (from the top) or higher, its
   * tie-breaker values unchanged: at least as high as the {@code t}-th of the other units under
   * {@link CutTies#ALL_BETTER} (a tie that reaches position {@code t} is settled upwards), strictly
   * higher under {@link CutTies#ALL_WORSE}; a tie on the value alone is decided by the tie-breakers
   * (and the unit id, if the policy says so). Null if there are fewer than {@code t} other units.
   */
  private static @Nullable Bound standAtOrAbove(
      List<Placing> positioned, int i, int t, TiePolicy ties, CutTies cutTies) {
    if (t > positioned.size() - 1) {
      return null;
    }
    Placing other = positioned.get(t - 1 < i ? t - 1 : t);
    Placing u = positioned.get(i);
    int c = 0;
    for (int k = 0; c == 0 && k < u.tieBreakers().size(); k++) {
      c = u.tieBreakers().get(k).compareTo(other.tieBreakers().get(k));
    }
    if (c == 0 && ties.unitIdLast()) {
      c = -u.unitId().compareTo(other.unitId());
    }
    boolean inclusive = c > 0 || (c == 0 && cutTies == CutTies.ALL_BETTER);
    return new Bound(other.value().toBigDecimal(), inclusive);
  }

  private static void add(
      String outcomeId,
      RankedGroup group,
      Placing u,
      Optional<String> target,
      @Nullable Bound position,
      Optional<Interval> eligible,
      List<Shortfall> out) {
    Bound scores =
        eligible
            .flatMap(Interval::lower)
            .map(b -> new Bound(b.value(), b.inclusive()))
            .orElse(null);
    Bound bound = Bound.stricter(position, scores);
    add(outcomeId, group.group(), u.unitId(), u.value(), target, bound, eligible, out);
  }

  private static void add(
      String outcomeId,
      String group,
      String unitId,
      Points value,
      Optional<String> target,
      @Nullable Bound bound,
      Optional<Interval> eligible,
      List<Shortfall> out) {
    if (bound == null || bound.isMetBy(value.toBigDecimal())) {
      return; // nothing to reach by rising: already there, or held back by something else
    }
    if (eligible.flatMap(Interval::upper).isPresent()) {
      Interval.Bound upper = eligible.get().upper().get();
      int c = bound.value.compareTo(upper.value());
      if (c > 0 || (c == 0 && !(bound.inclusive && upper.inclusive()))) {
        return; // no value both stands high enough and is eligible
      }
    }
    Points reach = Points.of(bound.value);
    out.add(
        new Shortfall(
            outcomeId, group, unitId, target, value, reach, bound.inclusive, reach.minus(value)));
  }

  static void banded(String outcomeId, BandedGroup group, List<Band> bands, List<Shortfall> out) {
    List<Band> above =
        bands.stream()
            .filter(b -> b.scores().lower().isPresent())
            .sorted(
                Comparator.comparing((Band b) -> b.scores().lower().get().value())
                    .thenComparing(b -> b.scores().lower().get().inclusive() ? 0 : 1))
            .toList();
    for (Banded u : group.units()) {
      for (Band b : above) {
        Interval.Bound lower = b.scores().lower().get();
        add(
            outcomeId,
            group.group(),
            u.unitId(),
            u.score(),
            Optional.of(b.label()),
            new Bound(lower.value(), lower.inclusive()),
            Optional.of(b.scores()),
            out);
      }
    }
  }
}
