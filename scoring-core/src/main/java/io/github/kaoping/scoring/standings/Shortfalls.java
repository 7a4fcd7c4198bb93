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
      // From the top: every award better than the one it holds, the nearest first. A disqualified
      // unit can hold no honour however far it rises, but can rise out of a sanction.
      int held = u.disqualified() ? 0 : top.size();
      for (int k = 0; k < top.size(); k++) {
        if (u.holds(top.get(k).label())) {
          held = k;
        }
      }
      for (int k = held - 1; k >= 0; k--) {
        Award a = top.get(k);
        Bound position = standAtOrAbove(positioned, i, a.to(), ties, cutTies);
        Bound bound = Bound.stricter(position, lowerBound(a.eligible()));
        if (bound == null || bound.isMetBy(u.value().toBigDecimal())) {
          continue; // nothing to reach by rising: already there, or held back by something else
        }
        // Where the unit lands at that value: it may overshoot into a better award, or into
        // positions that carry none, in which case no rise gives it this award.
        int slot = landing(positioned, i, bound, ties, cutTies);
        Award landed = null;
        for (Award candidate : top) {
          if (candidate.from() <= slot && slot <= candidate.to()) {
            landed = candidate;
          }
        }
        if (landed == null
            || landed.from() > a.from()
            || !accepts(landed.eligible(), bound)
            || !accepts(a.eligible(), bound)) {
          continue;
        }
        add(outcomeId, group.group(), u, Optional.of(a.label()), bound, out);
      }
      // From the bottom: standing above each lighter award's positions, then above them all.
      // Standing at bottom position b or higher is standing at top position others + 2 - b or
      // higher.
      Optional<Award> sanction = bottom.stream().filter(b -> u.holds(b.label())).findFirst();
      // A tie at a bottom cut is settled towards the sanction: escaping takes a strictly higher
      // standing than the unit now at the position.
      CutTies fromBottom = Ranker.policy(Award.End.BOTTOM, cutTies);
      if (sanction.isPresent()) {
        for (Award b : bottom) {
          int t = others + 2 - b.from();
          if (b.from() > sanction.get().to() && t >= 1) {
            Bound bound = standAtOrAbove(positioned, i, t, ties, fromBottom);
            add(outcomeId, group.group(), u, Optional.of(b.label()), bound, out);
          }
        }
        int t = others + 1 - maxBottom;
        if (t >= 1) {
          Bound bound = standAtOrAbove(positioned, i, t, ties, fromBottom);
          add(outcomeId, group.group(), u, Optional.empty(), bound, out);
        }
      }
    }
  }

  private static @Nullable Bound lowerBound(Optional<Interval> scores) {
    return scores
        .flatMap(Interval::lower)
        .map(b -> new Bound(b.value(), b.inclusive()))
        .orElse(null);
  }

  /**
   * Does the interval hold the bound's value (or, for an exclusive bound, values just above it)?
   */
  private static boolean accepts(Optional<Interval> scores, Bound bound) {
    if (scores.isEmpty()) {
      return true;
    }
    if (bound.inclusive) {
      return scores.get().contains(bound.value);
    }
    boolean lowOk =
        scores.get().lower().map(l -> l.value().compareTo(bound.value) <= 0).orElse(true);
    boolean highOk =
        scores.get().upper().map(h -> h.value().compareTo(bound.value) > 0).orElse(true);
    return lowOk && highOk;
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
    int c = -compareToUnitAt(other, other.value().toBigDecimal(), u, ties);
    boolean inclusive = c > 0 || (c == 0 && cutTies == CutTies.ALL_BETTER);
    return new Bound(other.value().toBigDecimal(), inclusive);
  }

  /**
   * The position the cut-tie policy settles unit {@code i} at if its value were the bound's (or
   * just above it, for an exclusive bound), its tie-breaker values unchanged. Binary searches, so
   * each target costs {@code log n}.
   */
  private static int landing(
      List<Placing> positioned, int i, Bound bound, TiePolicy ties, CutTies cutTies) {
    Placing u = positioned.get(i);
    int above;
    if (!bound.inclusive) {
      // Just above the value: everyone at the value is below, everyone above it is above.
      above = countPrefix(positioned, i, o -> o.value().toBigDecimal().compareTo(bound.value) > 0);
    } else {
      int strictly = countPrefix(positioned, i, o -> compareToUnitAt(o, bound.value, u, ties) > 0);
      int orEqual = countPrefix(positioned, i, o -> compareToUnitAt(o, bound.value, u, ties) >= 0);
      above = cutTies == CutTies.ALL_BETTER ? strictly : orEqual;
    }
    return above + 1;
  }

  /**
   * Compares unit {@code o}'s key with unit {@code u}'s key if u's value were {@code value}:
   * positive if o ranks above.
   */
  private static int compareToUnitAt(Placing o, BigDecimal value, Placing u, TiePolicy ties) {
    int c = o.value().toBigDecimal().compareTo(value);
    for (int k = 0; c == 0 && k < o.tieBreakers().size(); k++) {
      c = o.tieBreakers().get(k).compareTo(u.tieBreakers().get(k));
    }
    if (c == 0 && ties.unitIdLast()) {
      c = u.unitId().compareTo(o.unitId()); // the smaller id ranks above
    }
    return c;
  }

  /**
   * How many units other than {@code i} satisfy a predicate that holds for a prefix of the ranking
   * order.
   */
  private static int countPrefix(
      List<Placing> positioned, int i, java.util.function.Predicate<Placing> above) {
    int low = 0;
    int high = positioned.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (above.test(positioned.get(mid))) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return i < low ? low - 1 : low;
  }

  private static void add(
      String outcomeId,
      String group,
      Placing u,
      Optional<String> target,
      @Nullable Bound bound,
      List<Shortfall> out) {
    add(outcomeId, group, u.unitId(), u.value(), target, bound, Optional.empty(), out);
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
