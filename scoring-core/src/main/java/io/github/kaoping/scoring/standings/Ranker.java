package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.TiePolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ranks one group under one ranking's rules: one sort, then one pass over the ties. Cost is {@code
 * n log n} in the group's size; the awards (a handful) are looked up per tie, not per position.
 */
final class Ranker {

  /** One unit to rank. */
  static final class Entry {
    final String unitId;
    final Points value;
    final Points score;
    final @Nullable Points previous;
    final Points[] tieBreakers;
    final boolean disqualified;

    Entry(
        String unitId,
        Points value,
        Points score,
        @Nullable Points previous,
        Points[] tieBreakers,
        boolean disqualified) {
      this.unitId = unitId;
      this.value = value;
      this.score = score;
      this.previous = previous;
      this.tieBreakers = tieBreakers;
      this.disqualified = disqualified;
    }
  }

  /** The ranking order: value, then tie-breakers, highest first; then unit id, ascending. */
  static final Comparator<Entry> ORDER =
      (a, b) -> {
        int c = compareKeys(a.value, a.tieBreakers, b.value, b.tieBreakers);
        return c != 0 ? -c : a.unitId.compareTo(b.unitId);
      };

  /** Compares value, then tie-breakers in order; positive if {@code a} ranks higher. */
  static int compareKeys(Points av, Points[] atb, Points bv, Points[] btb) {
    int c = av.compareTo(bv);
    for (int i = 0; c == 0 && i < atb.length; i++) {
      c = atb[i].compareTo(btb[i]);
    }
    return c;
  }

  private final Outcome outcome;
  private final Words words;
  private final TiePolicy ties;
  private final DisqualifiedUnits disqualified;
  private final CutTies cutTies;
  private final List<Award> top;
  private final List<Award> bottom;

  /**
   * A ranker for one outcome.
   *
   * @param outcome the ranking or improvement, for the words of its decisions
   * @param words the scheme's words
   * @param ties how equal values are ranked
   * @param disqualified what a disqualified unit's position becomes
   * @param cutTies how a tie across a cut of awards from the top is settled
   * @param awards the awards, their places resolved: an award whose places the office has not set
   *     is left out
   */
  Ranker(
      Outcome outcome,
      Words words,
      TiePolicy ties,
      DisqualifiedUnits disqualified,
      CutTies cutTies,
      List<Award> awards) {
    this.outcome = outcome;
    this.words = words;
    this.ties = ties;
    this.disqualified = disqualified;
    this.cutTies = cutTies;
    this.top = ladder(awards, Award.End.TOP);
    this.bottom = ladder(awards, Award.End.BOTTOM);
  }

  /**
   * How a tie across a cut is settled from one end: from the top as the ranking says; from the
   * bottom always towards the sanction. Units tied for the last places share the last place (their
   * {@code fromBottom}), and an equal score is no reason to spare any of them: settled upwards, a
   * tie of the last two would leave nobody 倒数第一 and a tie of the last three nobody sanctioned.
   */
  static CutTies policy(Award.End end, CutTies declared) {
    return end == Award.End.BOTTOM ? CutTies.ALL_WORSE : declared;
  }

  /** The awards from one end, by first position. */
  static List<Award> ladder(List<Award> awards, Award.End end) {
    return awards.stream()
        .filter(a -> a.end() == end)
        .sorted(Comparator.comparingInt(Award::from))
        .toList();
  }

  /**
   * Positions as placings hold them, one instance per number: a rank, a position and a position
   * from the bottom are mostly the same few numbers, and a million placings should not hold three
   * million boxes.
   */
  private final List<Optional<Integer>> numbers = new ArrayList<>();

  private Optional<Integer> number(int n) {
    while (numbers.size() <= n) {
      numbers.add(Optional.of(numbers.size()));
    }
    return numbers.get(n);
  }

  /**
   * Ranks one group.
   *
   * @param group the group's id (ids joined by {@code +} for groups ranked together)
   * @param entries the units
   * @param withoutPrevious for an improvement, the units without last period's card
   * @param unset the group's awards whose places the office has not set
   * @return the group's ranking
   */
  RankedGroup rank(
      String group, List<Entry> entries, List<String> withoutPrevious, List<OfficeDecision> unset) {
    Entry[] sorted = entries.toArray(new Entry[0]);
    Arrays.sort(sorted, ORDER);
    List<Entry> positioned = new ArrayList<>(sorted.length);
    List<Entry> apart = new ArrayList<>();
    for (Entry e : sorted) {
      if (e.disqualified && disqualified == DisqualifiedUnits.SKIP_POSITION) {
        apart.add(e);
      } else {
        positioned.add(e);
      }
    }
    int n = positioned.size();
    List<Placing> placings = new ArrayList<>(sorted.length);
    List<CutTie> cuts = new ArrayList<>();
    List<OfficeDecision> decisions = new ArrayList<>(unset);
    int dense = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && tied(positioned.get(j + 1), positioned.get(i))) {
        j++;
      }
      dense++;
      int p = i + 1;
      int q = j + 1;
      List<Entry> members = positioned.subList(i, j + 1);
      Decision fromTop = decide(group, Award.End.TOP, top, p, q, n, members, cuts, decisions);
      Decision fromBottom =
          decide(
              group, Award.End.BOTTOM, bottom, n - q + 1, n - p + 1, n, members, cuts, decisions);
      int rank = ties.ranks() == TiePolicy.Ranks.DENSE ? dense : p;
      for (Entry e : members) {
        List<String> held = new ArrayList<>(2);
        List<Withheld> withheld = new ArrayList<>(0);
        fromTop.apply(e, true, held, withheld);
        fromBottom.apply(e, false, held, withheld);
        placings.add(placing(e, number(rank), number(p), number(n - q + 1), held, withheld));
      }
      i = j + 1;
    }
    for (Entry e : apart) {
      placings.add(
          placing(e, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()));
    }
    return new RankedGroup(group, placings, cuts, withoutPrevious, decisions);
  }

  private boolean tied(Entry a, Entry b) {
    return compareKeys(a.value, a.tieBreakers, b.value, b.tieBreakers) == 0
        && (!ties.unitIdLast() || a.unitId.equals(b.unitId));
  }

  private static Placing placing(
      Entry e,
      Optional<Integer> rank,
      Optional<Integer> position,
      Optional<Integer> fromBottom,
      List<String> awards,
      List<Withheld> withheld) {
    return new Placing(
        e.unitId,
        e.value,
        e.score,
        Optional.ofNullable(e.previous),
        List.of(e.tieBreakers),
        rank,
        position,
        fromBottom,
        e.disqualified,
        awards,
        withheld);
  }

  /**
   * Settles the awards of one end for one tie occupying positions {@code a..b} counted from that
   * end (of {@code n} positions), reports the tie if it straddles a cut, and leaves to the office
   * each award the tie leaves unfilled.
   */
  private Decision decide(
      String group,
      Award.End end,
      List<Award> ladder,
      int a,
      int b,
      int n,
      List<Entry> members,
      List<CutTie> cuts,
      List<OfficeDecision> decisions) {
    if (ladder.isEmpty()) {
      return Decision.NONE;
    }
    List<Stretch> stretches = stretches(ladder, a, b);
    if (stretches.size() == 1) {
      return new Decision(stretches.get(0).award, List.of());
    }
    CutTies policy = policy(end, cutTies);
    // Positions near the top are the better standing: from the top that is the first stretch, from
    // the bottom the last one.
    Stretch higher = end == Award.End.TOP ? stretches.get(0) : stretches.get(stretches.size() - 1);
    Stretch lower = end == Award.End.TOP ? stretches.get(stretches.size() - 1) : stretches.get(0);
    Award settled = policy == CutTies.ALL_BETTER ? higher.award : lower.award;
    // Settled at the tie's lowest position from the top, the units lose the awards of its higher
    // positions; from the bottom, the lighter sanctions they do not receive are no loss to them.
    boolean losing = end == Award.End.TOP && policy == CutTies.ALL_WORSE;
    List<String> atStake = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<String> unitIds = members.stream().map(e -> e.unitId).toList();
    Points value = members.get(0).value;
    for (Stretch s : stretches) {
      spans.add(new Span(s.from, s.to, label(s.award)));
      Award award = s.award;
      if (award == null || award == settled) {
        continue;
      }
      if (losing) {
        atStake.add(award.label());
      }
      // The tie holds every position of the award that the field has: nobody else can hold it.
      boolean emptied = award.from() >= a && Math.min(award.to(), n) <= b;
      if (losing || emptied) {
        decisions.add(
            new AwardUnfilledByTie(
                outcome.id(),
                group,
                award.label(),
                end,
                s.from,
                s.to,
                unitIds,
                value,
                a,
                b,
                label(settled),
                words.unfilled(
                    outcome,
                    group,
                    award,
                    s.from,
                    s.to,
                    unitIds,
                    value,
                    a,
                    b,
                    policy,
                    label(settled))));
      }
    }
    cuts.add(new CutTie(end, unitIds, value, a, b, spans, policy, label(settled)));
    return new Decision(settled, atStake);
  }

  private static Optional<String> label(@Nullable Award award) {
    return award == null ? Optional.empty() : Optional.of(award.label());
  }

  /** Positions {@code a..b} cut into stretches that carry one award (or none) each. */
  static List<Stretch> stretches(List<Award> ladder, int a, int b) {
    List<Stretch> found = new ArrayList<>(2);
    int at = a;
    for (Award award : ladder) {
      if (award.to() < at) {
        continue;
      }
      if (award.from() > b) {
        break;
      }
      if (award.from() > at) {
        found.add(new Stretch(at, award.from() - 1, null));
      }
      int end = Math.min(award.to(), b);
      found.add(new Stretch(Math.max(at, award.from()), end, award));
      at = end + 1;
      if (at > b) {
        break;
      }
    }
    if (at <= b) {
      found.add(new Stretch(at, b, null));
    }
    return found;
  }

  /** Positions carrying one award, or none. */
  static final class Stretch {
    final int from;
    final int to;
    final @Nullable Award award;

    Stretch(int from, int to, @Nullable Award award) {
      this.from = from;
      this.to = to;
      this.award = award;
    }
  }

  /** The award one tie receives from one end, and the awards it lost at a cut. */
  private static final class Decision {
    static final Decision NONE = new Decision(null, List.of());

    final @Nullable Award award;
    final List<String> atStake;

    Decision(@Nullable Award award, List<String> atStake) {
      this.award = award;
      this.atStake = atStake;
    }

    /**
     * Gives the settled award to one unit of the tie. A veto bars a unit from honours, the awards
     * counted from the top; consequences counted from the bottom (倒数第一) fall on it like any other
     * unit.
     */
    void apply(Entry e, boolean honour, List<String> held, List<Withheld> withheld) {
      for (String label : atStake) {
        withheld.add(new Withheld(label, Withheld.Reason.TIE_AT_CUT));
      }
      if (award == null) {
        return;
      }
      if (e.disqualified && honour) {
        withheld.add(new Withheld(award.label(), Withheld.Reason.DISQUALIFIED));
      } else if (award.eligible().isPresent() && !award.eligible().get().contains(e.value)) {
        withheld.add(new Withheld(award.label(), Withheld.Reason.INELIGIBLE));
      } else {
        held.add(award.label());
      }
    }
  }
}
