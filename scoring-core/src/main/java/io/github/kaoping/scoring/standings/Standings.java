package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides a scheme's outcomes from many units' score cards: the one entry point of standings.
 *
 * <p>{@link #rank} applies every {@link Ranking}, {@link Improvement} and {@link Banding} of the
 * scheme, in the scheme's order, each within each of its unit groups separately (a ranking
 * {@linkplain Ranking#acrossGroups() across groups} ranks its groups together). The rules, exactly:
 *
 * <ul>
 *   <li><b>Order.</b> Units are ordered by the ranked value (the total, or the points of the
 *       outcome's node; for an improvement, this period's minus last period's), highest first; then
 *       by the tie policy's tie-breaker nodes in order, highest first. Units equal on all of these
 *       are tied, unless the policy says {@code unitIdLast}, in which case the unit id, ascending,
 *       orders them. Nothing else, and never the input order, decides; within a tie the results
 *       list units by unit id for presentation only.
 *   <li><b>Positions and ranks.</b> Positions count units: a tie of {@code k} units occupies {@code
 *       k} positions, and each of its units holds the first of them. Ranks are numbered as the tie
 *       policy says: competition (1, 2, 2, 4, equal to the position) or dense (1, 2, 2, 3). Awards
 *       go by position, never by rank number, so dense ranks never enlarge an award.
 *   <li><b>Awards.</b> An award goes to the units at positions {@code from..to} counted from its
 *       end: from the top, or from the bottom (倒数第一 is bottom position 1). A unit holds the award
 *       its position carries unless it is disqualified by a veto, or its ranked value is outside
 *       the award's eligible scores; the award is then withheld, not passed down. A disqualified
 *       unit either keeps its position ({@link
 *       io.github.kaoping.scoring.DisqualifiedUnits#KEEP_POSITION}) or is ranked apart ({@link
 *       io.github.kaoping.scoring.DisqualifiedUnits#SKIP_POSITION}): no rank, no position, and the
 *       units below move up. Either way it holds no award from either end.
 *   <li><b>Ties at a cut.</b> A tie whose positions carry different awards (or an award and none)
 *       is reported as a {@link CutTie}. From the top the ranking's {@link CutTies} settles it:
 *       every tied unit is treated as standing at the tie's highest position ({@link
 *       CutTies#ALL_BETTER}) or at its lowest ({@link CutTies#ALL_WORSE}). From the bottom it is
 *       always settled towards the sanction: units tied for the last places share the last place
 *       and each receives the heaviest sanction the tie's positions carry, so an equal score never
 *       spares a unit a sanction. Only such a tie gives an award to more units than its positions.
 *       An award a tie leaves unfilled (the tied units lose it, or the tie holds all its positions
 *       and nobody receives it) is an {@link AwardUnfilledByTie}: a decision for the office, never
 *       filled by a rule of the library.
 *   <li><b>Places the office sets.</b> An award whose places a {@link Parameter} sets holds as many
 *       positions as its value; while the office has not set it, nobody holds the award and each
 *       group names it as an {@link AwardPlacesNotSet}.
 *   <li><b>Improvement.</b> A unit without a card last period is listed in {@link
 *       RankedGroup#withoutPrevious()} and not ranked; it is never counted as zero. Last period's
 *       cards are matched by unit id and may come from another version of the scheme, as long as
 *       the nodes compared exist in them. Tie-breakers compare the improvement on their nodes.
 *   <li><b>Bands.</b> A unit's band is the band its score falls in, or none. A veto does not change
 *       a band: the score stands.
 * </ul>
 *
 * <p>Gradings are decided apart, with their own inputs, by {@link #grade}. {@link #shortfalls} and
 * {@link #whatIf} answer what-if questions.
 *
 * <p>This class is immutable and thread-safe. The same cards in any order give an equal result; the
 * cost of ranking grows as {@code n log n} in the number of cards. {@link #rank} keeps no card: it
 * reads each once and keeps only what the outcomes compare, so the cards of a million units may be
 * scored one at a time while they are ranked.
 */
public final class Standings {

  private final Calculator calculator;
  private final Scheme scheme;
  private final Words words;

  /** The nodes the outcomes rank, band or break ties on, each once, by index in {@link Entrant}. */
  private final Map<String, Integer> compared = new LinkedHashMap<>();

  private Standings(Calculator calculator) {
    this.calculator = calculator;
    this.scheme = calculator.scheme();
    this.words = new Words(scheme);
    for (Outcome o : scheme.outcomes()) {
      List<String> nodes = new ArrayList<>();
      if (o instanceof Ranking r) {
        r.on().ifPresent(nodes::add);
        nodes.addAll(r.ties().tieBreakers());
      } else if (o instanceof Improvement i) {
        i.on().ifPresent(nodes::add);
        nodes.addAll(i.ties().tieBreakers());
      } else if (o instanceof Banding b) {
        b.on().ifPresent(nodes::add);
      }
      nodes.forEach(n -> compared.putIfAbsent(n, compared.size()));
    }
  }

  /**
   * What ranking needs of one card, and no more: a card keeps its unit's facts alive and builds its
   * explanation on request; this keeps the unit, its total, its disqualification and its points on
   * each {@linkplain #compared compared node} (null where it has none).
   */
  private static final class Entrant {
    final String unitId;
    final Points total;
    final @Nullable Points[] values;
    final boolean disqualified;

    Entrant(String unitId, Points total, @Nullable Points[] values, boolean disqualified) {
      this.unitId = unitId;
      this.total = total;
      this.values = values;
      this.disqualified = disqualified;
    }
  }

  private static final @Nullable Points[] NO_VALUES = new Points[0];

  private Entrant entrant(ScoreCard card) {
    @Nullable Points[] values = compared.isEmpty() ? NO_VALUES : new Points[compared.size()];
    for (Map.Entry<String, Integer> n : compared.entrySet()) {
      values[n.getValue()] = card.pointsIfScored(n.getKey()).orElse(null);
    }
    return new Entrant(card.unitId(), card.total(), values, card.isDisqualified());
  }

  /**
   * Standings for a scheme; validates and compiles it.
   *
   * @param scheme the scheme, not null
   * @return the standings, never null
   * @throws io.github.kaoping.scoring.SchemeException listing every problem of the scheme, outcomes
   *     included
   */
  public static Standings of(Scheme scheme) {
    return new Standings(Calculator.of(scheme));
  }

  /**
   * Standings for a calculator's scheme; the calculator also rescores units for {@link #whatIf}.
   *
   * @param calculator the calculator, not null
   * @return the standings, never null
   */
  public static Standings of(Calculator calculator) {
    return new Standings(requireNonNull(calculator, "calculator"));
  }

  /** {@return the scheme whose outcomes these standings decide} */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Applies every ranking and banding of the scheme to one period's cards.
   *
   * <p>The cards are iterated once, and none is kept: each is reduced to its unit, total,
   * disqualification and points on the nodes the outcomes compare. A caller may therefore score the
   * cards one at a time as they are asked for.
   *
   * @param cards one card per unit, all of this scheme and one period, in any order
   * @return the results, outcome by outcome in the scheme's order
   * @throws StandingsException listing every problem of the cards (another scheme, a unit twice,
   *     several periods, an unknown group), or if the scheme has an improvement outcome, which
   *     needs last period's cards: call {@link #rank(Iterable, Iterable)}
   */
  public StandingsResult rank(Iterable<ScoreCard> cards) {
    return decide(cards, null);
  }

  /**
   * Applies every ranking, improvement and banding of the scheme. Both periods' cards are iterated
   * once, this period's first, and none is kept, as by {@link #rank(Iterable)}.
   *
   * @param cards this period's cards, one per unit, all of this scheme and one period
   * @param previous last period's cards, one per unit, all of one other period; a unit without one
   *     is reported by each improvement, not ranked
   * @return the results, outcome by outcome in the scheme's order
   * @throws StandingsException listing every problem of the cards, including a node compared by an
   *     improvement that a previous card lacks
   */
  public StandingsResult rank(Iterable<ScoreCard> cards, Iterable<ScoreCard> previous) {
    return decide(cards, requireNonNull(previous, "previous"));
  }

  private StandingsResult decide(
      Iterable<ScoreCard> cards, @Nullable Iterable<ScoreCard> previous) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Entrant>> byGroup = new LinkedHashMap<>();
    for (UnitGroup g : scheme.groups()) {
      byGroup.put(g.id(), new ArrayList<>());
    }
    Optional<String> period = checkCards(cards, byGroup, problems);
    Map<String, Entrant> last = new HashMap<>();
    Optional<String> previousPeriod = Optional.empty();
    if (previous != null) {
      previousPeriod = checkPrevious(previous, period, last, problems);
    }
    List<OutcomeResult> results = new ArrayList<>();
    for (Outcome o : scheme.outcomes()) {
      if (o instanceof Ranking r) {
        results.add(ranking(r, byGroup, problems));
      } else if (o instanceof Improvement i) {
        if (previous == null) {
          problems.add(
              problem(
                  "outcome " + i.id(),
                  "ranks improvement against last period; pass last period's cards"));
        } else {
          results.add(improvement(i, byGroup, last, previousPeriod, problems));
        }
      } else if (o instanceof Banding b) {
        results.add(banding(b, byGroup, problems));
      }
    }
    if (!problems.isEmpty()) {
      throw new StandingsException("cards cannot be ranked under " + scheme.id(), problems);
    }
    return new StandingsResult(scheme.id(), period, results);
  }

  private Optional<String> checkCards(
      Iterable<ScoreCard> cards, Map<String, List<Entrant>> byGroup, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    TreeSet<String> periods = new TreeSet<>();
    for (ScoreCard card : cards) {
      String path = "cards/unit " + card.unitId();
      if (!card.schemeId().equals(scheme.id())) {
        problems.add(
            problem(path, "its card is of scheme " + card.schemeId() + ", not " + scheme.id()));
        continue;
      }
      if (!seen.add(card.unitId())) {
        problems.add(problem(path, "unit " + card.unitId() + " has two cards"));
        continue;
      }
      List<Entrant> group = byGroup.get(card.group());
      if (group == null) {
        problems.add(problem(path, "unknown group " + card.group()));
        continue;
      }
      group.add(entrant(card));
      periods.add(card.period().orElse(""));
    }
    if (periods.size() > 1) {
      problems.add(
          problem(
              "cards",
              "cards of several periods cannot be ranked together: "
                  + periods.stream().map(p -> p.isEmpty() ? "(none)" : p).toList()));
    }
    return periods.isEmpty() || periods.first().isEmpty()
        ? Optional.empty()
        : Optional.of(periods.first());
  }

  private Optional<String> checkPrevious(
      Iterable<ScoreCard> previous,
      Optional<String> period,
      Map<String, Entrant> last,
      List<Problem> problems) {
    TreeSet<String> periods = new TreeSet<>();
    for (ScoreCard card : previous) {
      if (last.putIfAbsent(card.unitId(), entrant(card)) != null) {
        problems.add(
            problem(
                "previous cards/unit " + card.unitId(),
                "unit " + card.unitId() + " has two cards last period"));
      }
      periods.add(card.period().orElse(""));
    }
    if (periods.size() > 1) {
      problems.add(
          problem(
              "previous cards",
              "last period's cards name several periods: "
                  + periods.stream().map(p -> p.isEmpty() ? "(none)" : p).toList()));
    }
    Optional<String> named =
        periods.isEmpty() || periods.first().isEmpty()
            ? Optional.empty()
            : Optional.of(periods.first());
    if (named.isPresent() && named.equals(period)) {
      problems.add(
          problem(
              "previous cards",
              "last period's cards name the same period as this period's, " + named.get()));
    }
    return named;
  }

  private List<String> groupsOf(Outcome o) {
    return o.groups().isEmpty() ? scheme.groups().stream().map(UnitGroup::id).toList() : o.groups();
  }

  /**
   * The awards with their places resolved: an award whose places a parameter sets holds as many
   * positions as the office's value says, and is left out while the office has not set it.
   */
  private List<Award> awards(List<Award> declared) {
    List<Award> resolved = new ArrayList<>(declared.size());
    for (Award a : declared) {
      if (a.places().isEmpty()) {
        resolved.add(a);
      } else {
        placesOf(a).ifPresent(count -> resolved.add(a.withPlaces(count)));
      }
    }
    return resolved;
  }

  private Optional<Integer> placesOf(Award a) {
    return a.places()
        .flatMap(scheme::parameter)
        .flatMap(Parameter::value)
        .map(java.math.BigDecimal::intValueExact);
  }

  /** The decisions an outcome's awards with unset places leave to the office, for one group. */
  private List<OfficeDecision> unset(Outcome o, String group, List<Award> declared) {
    List<OfficeDecision> found = new ArrayList<>();
    for (Award a : declared) {
      Optional<Parameter> p = a.places().flatMap(scheme::parameter);
      if (p.isPresent() && p.get().value().isEmpty()) {
        found.add(
            new AwardPlacesNotSet(
                o.id(),
                group,
                a.label(),
                a.end(),
                a.from(),
                p.get().id(),
                words.placesNotSet(o, group, a, p.get())));
      }
    }
    return found;
  }

  private RankingResult ranking(
      Ranking r, Map<String, List<Entrant>> byGroup, List<Problem> problems) {
    Ranker ranker =
        new Ranker(r, words, r.ties(), r.disqualified(), r.cutTies(), awards(r.awards()));
    List<RankedGroup> groups = new ArrayList<>();
    List<String> ids = groupsOf(r);
    List<List<String>> ranked =
        r.acrossGroups() ? List.of(ids) : ids.stream().map(List::of).toList();
    for (List<String> together : ranked) {
      List<Ranker.Entry> entries = new ArrayList<>();
      for (String g : together) {
        for (Entrant card : byGroup.getOrDefault(g, List.of())) {
          Points value = value(card, r.on(), r.id(), "", problems);
          Points[] tb = tieBreakers(card, r.ties(), r.id(), "", problems);
          entries.add(new Ranker.Entry(card.unitId, value, value, null, tb, card.disqualified));
        }
      }
      String group = String.join("+", together);
      groups.add(ranker.rank(group, entries, List.of(), unset(r, group, r.awards())));
    }
    return new RankingResult(r.id(), r.title(), r.clause(), r.on(), groups);
  }

  private ImprovementResult improvement(
      Improvement imp,
      Map<String, List<Entrant>> byGroup,
      Map<String, Entrant> last,
      Optional<String> previousPeriod,
      List<Problem> problems) {
    Ranker ranker =
        new Ranker(imp, words, imp.ties(), imp.disqualified(), imp.cutTies(), awards(imp.awards()));
    List<RankedGroup> groups = new ArrayList<>();
    for (String g : groupsOf(imp)) {
      List<Entrant> cards = byGroup.getOrDefault(g, List.of());
      List<Ranker.Entry> entries = new ArrayList<>(cards.size());
      TreeSet<String> without = new TreeSet<>();
      for (Entrant card : cards) {
        Entrant before = last.get(card.unitId);
        if (before == null) {
          without.add(card.unitId);
          continue;
        }
        Points score = value(card, imp.on(), imp.id(), "", problems);
        Points was = value(before, imp.on(), imp.id(), "last period's ", problems);
        Points[] now = tieBreakers(card, imp.ties(), imp.id(), "", problems);
        Points[] then = tieBreakers(before, imp.ties(), imp.id(), "last period's ", problems);
        Points[] tb = new Points[now.length];
        for (int k = 0; k < tb.length; k++) {
          tb[k] = now[k].minus(then[k]);
        }
        entries.add(
            new Ranker.Entry(card.unitId, score.minus(was), score, was, tb, card.disqualified));
      }
      groups.add(ranker.rank(g, entries, List.copyOf(without), unset(imp, g, imp.awards())));
    }
    return new ImprovementResult(
        imp.id(), imp.title(), imp.clause(), imp.on(), previousPeriod, groups);
  }

  private BandingResult banding(
      Banding b, Map<String, List<Entrant>> byGroup, List<Problem> problems) {
    List<BandedGroup> groups = new ArrayList<>();
    for (String g : groupsOf(b)) {
      List<Entrant> cards = byGroup.getOrDefault(g, List.of());
      List<Banded> units = new ArrayList<>(cards.size());
      // one Optional per band, shared by its units
      List<Optional<String>> labels = b.bands().stream().map(x -> Optional.of(x.label())).toList();
      for (Entrant card : cards) {
        Points score = value(card, b.on(), b.id(), "", problems);
        Optional<String> band = Optional.empty();
        for (int k = 0; k < b.bands().size(); k++) {
          if (b.bands().get(k).scores().contains(score)) {
            band = labels.get(k);
            break;
          }
        }
        units.add(new Banded(card.unitId, score, band));
      }
      units.sort(
          (x, y) -> {
            int c = y.score().compareTo(x.score());
            return c != 0 ? c : x.unitId().compareTo(y.unitId());
          });
      groups.add(new BandedGroup(g, units));
    }
    return new BandingResult(b.id(), b.title(), b.clause(), b.on(), groups);
  }

  private Points value(
      Entrant card, Optional<String> on, String outcome, String whose, List<Problem> problems) {
    if (on.isEmpty()) {
      return card.total;
    }
    return points(card, on.get(), outcome, whose, problems);
  }

  private Points[] tieBreakers(
      Entrant card, TiePolicy ties, String outcome, String whose, List<Problem> problems) {
    Points[] found = new Points[ties.tieBreakers().size()];
    for (int k = 0; k < found.length; k++) {
      found[k] = points(card, ties.tieBreakers().get(k), outcome, whose, problems);
    }
    return found;
  }

  private Points points(
      Entrant card, String nodeId, String outcome, String whose, List<Problem> problems) {
    Integer index = compared.get(nodeId);
    Points found = index == null ? null : card.values[index];
    if (found == null) {
      problems.add(
          problem(
              "outcome " + outcome + "/unit " + card.unitId,
              whose + "card has no node " + nodeId + " to compare"));
      return Points.ZERO;
    }
    return found;
  }

  /**
   * What-if (a): for every unit, the points it lacks to reach each better award or band, the other
   * units' values unchanged. What "reach" means, exactly:
   *
   * <ul>
   *   <li><b>Awards from the top.</b> For each award better than the one the unit holds (every
   *       award if it holds none), nearest first: the value at which it stands at the award's last
   *       position or higher, with a score the award accepts. Standing there means being at least
   *       as high as the other unit now at that position (counting the others only) under {@link
   *       CutTies#ALL_BETTER}, since a tie reaching the position is settled upwards, and strictly
   *       higher under {@link CutTies#ALL_WORSE}. An equal value is decided by the unit's
   *       tie-breaker values, which are held as they are (and by the unit id if the policy says
   *       so). Standing higher than the award's first position means a better award.
   *   <li><b>Awards from the bottom.</b> For a unit holding one: the value at which it stands above
   *       the positions of each lighter award, then above every bottom award. Positions alone count
   *       here; an eligible interval on a bottom award is not used.
   *   <li><b>Bands.</b> For each band above the unit's score, lowest first: the band's lower bound.
   * </ul>
   *
   * <p>A disqualified unit has no shortfall to any award (it can hold none); it may have shortfalls
   * to bands. A target no value reaches (an eligible interval bounded above) is left out.
   *
   * @param result standings decided by these standings
   * @return the shortfalls, outcome by outcome, group by group, unit by unit in result order
   * @throws IllegalArgumentException if the result is of another scheme
   */
  public List<Shortfall> shortfalls(StandingsResult result) {
    if (!result.schemeId().equals(scheme.id())) {
      throw new IllegalArgumentException(
          "standings of scheme " + result.schemeId() + ", not " + scheme.id());
    }
    Map<String, Outcome> outcomes = new HashMap<>();
    scheme.outcomes().forEach(o -> outcomes.put(o.id(), o));
    List<Shortfall> found = new ArrayList<>();
    for (OutcomeResult o : result.outcomes()) {
      Outcome rule = outcomes.get(o.outcomeId());
      if (o instanceof RankingResult r && rule instanceof Ranking rk) {
        r.rankedGroups()
            .forEach(
                g ->
                    Shortfalls.ranked(
                        r.outcomeId(), g, rk.ties(), rk.cutTies(), awards(rk.awards()), found));
      } else if (o instanceof ImprovementResult r && rule instanceof Improvement im) {
        r.rankedGroups()
            .forEach(
                g ->
                    Shortfalls.ranked(
                        r.outcomeId(), g, im.ties(), im.cutTies(), awards(im.awards()), found));
      } else if (o instanceof BandingResult r && rule instanceof Banding b) {
        r.bandedGroups().forEach(g -> Shortfalls.banded(r.outcomeId(), g, b.bands(), found));
      } else {
        throw new IllegalArgumentException(
            "outcome "
                + o.outcomeId()
                + " of the result is not an outcome of the same kind in "
                + scheme.id());
      }
    }
    return List.copyOf(found);
  }

  /**
   * What-if (b): the standing one unit would hold after one changed fact.
   *
   * @param cards this period's cards, one per unit, the unit's among them
   * @param facts the unit's facts now; they must score to its card
   * @param change the change
   * @return the unit's card and standings before and after
   * @throws StandingsException if the cards cannot be ranked, the unit has no card, its facts do
   *     not score to its card, or the change removes a fact the unit does not have
   * @throws io.github.kaoping.scoring.FactsException if the changed facts cannot be scored
   */
  public WhatIf whatIf(Collection<ScoreCard> cards, UnitFacts facts, FactChange change) {
    return ask(cards, null, facts, change);
  }

  /**
   * What-if (b), for a scheme with improvement outcomes: the standing one unit would hold after one
   * changed fact, last period's cards unchanged.
   *
   * @param cards this period's cards, one per unit, the unit's among them
   * @param previous last period's cards
   * @param facts the unit's facts now; they must score to its card
   * @param change the change
   * @return the unit's card and standings before and after
   * @throws StandingsException as {@link #whatIf(Collection, UnitFacts, FactChange)}
   */
  public WhatIf whatIf(
      Collection<ScoreCard> cards,
      Collection<ScoreCard> previous,
      UnitFacts facts,
      FactChange change) {
    return ask(cards, requireNonNull(previous, "previous"), facts, change);
  }

  private WhatIf ask(
      Collection<ScoreCard> cards,
      @Nullable Collection<ScoreCard> previous,
      UnitFacts facts,
      FactChange change) {
    String unit = facts.unitId();
    ScoreCard now = null;
    for (ScoreCard c : cards) {
      if (c.unitId().equals(unit)) {
        now = c;
        break;
      }
    }
    if (now == null) {
      throw new StandingsException(
          "cannot ask what if", List.of(problem("unit " + unit, "has no card among the cards")));
    }
    if (!calculator.score(facts).equals(now)) {
      throw new StandingsException(
          "cannot ask what if",
          List.of(problem("unit " + unit, "its facts do not score to its card among the cards")));
    }
    ScoreCard after = calculator.score(change.applyTo(facts));
    List<ScoreCard> changed = new ArrayList<>(cards.size());
    for (ScoreCard c : cards) {
      changed.add(c == now ? after : c);
    }
    StandingsResult before = decide(cards, previous);
    StandingsResult then = decide(changed, previous);
    List<WhatIf.Effect> effects = new ArrayList<>();
    for (OutcomeResult o : before.outcomes()) {
      Optional<UnitStanding> b = o.standingOf(unit);
      Optional<UnitStanding> a = then.outcome(o.outcomeId()).standingOf(unit);
      if (b.isPresent() && a.isPresent()) {
        effects.add(new WhatIf.Effect(o.outcomeId(), b.get(), a.get()));
      }
    }
    return new WhatIf(unit, change, now, after, effects);
  }

  /**
   * Decides a grading on an assessment date. A grade is decided on application only: a unit that
   * applied for nothing is reported (where its past grades stand) and granted nothing. For each
   * grade, lowest first, a unit that applied must: not be disqualified; meet every prerequisite;
   * have a score in the grade's scores, or for a grade without scores be granted it by the review
   * panel; and then
   *
   * <ul>
   *   <li>for a grade applied for (申报): not hold it or a higher one on the day it applied (a grade
   *       held is renewed only by a review), and if the grade requires another, have held that
   *       grade or a higher one on that day, obtained at least {@code heldYears} before it (hubei
   *       第三条 "取得…等级证书一年后…可申报上一等级");
   *   <li>for a review (复查): hold the grade on the day it applied, and apply in the year its
   *       certificate runs out (第十一条 "应在有效期满的当年提出复查申请").
   * </ul>
   *
   * <p>A past grade's certificate covers {@code validYears} from its date (a passed review's from
   * the date of its certificate); after that the grade is still held while a review can be applied
   * for in that year or one applied for in time is undecided, and it lapses on 1 January after that
   * year if none was applied for (第十一条 "到期未申请复查的，等级资格自动失效"). A failed review renews nothing: the
   * grade ends when its certificate runs out, or then if later. A grade granted or renewed now is
   * valid from the certificate the approving office issues, which the decision cannot know. Dates
   * are inputs, never the system clock.
   *
   * @param gradingId the grading's id in the scheme
   * @param date the assessment date
   * @param cases one case per unit
   * @return one decision per unit, by unit id
   * @throws IllegalArgumentException if the scheme has no such grading
   * @throws StandingsException listing every problem of the cases, as {@link #check} finds them,
   *     and a unit with two cases
   */
  public GradingResult grade(String gradingId, LocalDate date, Collection<GradingCase> cases) {
    requireNonNull(date, "date");
    return Grader.grade(scheme, grading(gradingId), date, cases);
  }

  /**
   * Checks one unit's case before a grading on an assessment date without deciding it, as {@link
   * Calculator#check} checks facts.
   *
   * @param gradingId the grading's id in the scheme
   * @param date the assessment date
   * @param c the case
   * @return every problem of the case, empty if it can be decided: a group not graded, a
   *     prerequisite not stated (by a unit that applied) or unknown, an unknown grade, a grade by
   *     score granted by review or a grade granted by review that was not applied for, a score
   *     without an application or an application for a grade by score without one, a date after the
   *     assessment date, a review not applied for in the year its certificate ran out or after a
   *     failed or undecided one, a certificate of a grade while the same grade was held
   * @throws IllegalArgumentException if the scheme has no such grading
   */
  public List<Problem> check(String gradingId, LocalDate date, GradingCase c) {
    requireNonNull(date, "date");
    requireNonNull(c, "c");
    return Grader.check(scheme, grading(gradingId), date, c);
  }

  private Grading grading(String gradingId) {
    for (Outcome o : scheme.outcomes()) {
      if (o instanceof Grading g && g.id().equals(gradingId)) {
        return g;
      }
    }
    throw new IllegalArgumentException("scheme " + scheme.id() + " has no grading " + gradingId);
  }

  private static Problem problem(String path, String message) {
    return new Problem(path, message, Optional.empty(), Optional.empty());
  }
}
