package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsException;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The results of scoring one period's units against a scheme: every unit's total, vetoes and node
 * points, and what the scheme's outcome rules decided from them (ranks, positions, awards, withheld
 * awards, ties at award cuts, bands, improvement). {@link ResultFiles} writes them as a table, JSON
 * or CSV and reads JSON back equal.
 *
 * <p>A {@link Grading} is decided when the facts file gives the units' gradings (what each applied
 * for, its prerequisites, review decisions and past grades, and the file's {@code gradedOn} date):
 * {@link #gradings()}. Outcomes that the inputs cannot decide are listed in {@link #skipped()},
 * never left out silently: an {@link Improvement} when last period's facts are not given, and a
 * grading whose inputs the facts do not give (a CSV file, or no unit's {@code grading}); {@link
 * Standings#grade} decides those in code.
 *
 * <p>Building results keeps no score card: each card is reduced to its {@link UnitResult} (its
 * nodes' points packed in a few bytes per node) and to what ranking compares as it is scored, so
 * {@link #score} ranks a facts file of a million units in memory proportional to the number of
 * units, not to their facts.
 *
 * @param standings what the rankings, improvements and bandings decided
 * @param units every unit's result, by the scheme's order of groups, then total (highest first),
 *     then unit id
 * @param skipped the outcomes not decided, in the scheme's order
 * @param gradings what the gradings decided, in the scheme's order
 * @param parameters the values the office set for the scheme's parameters ({@link
 *     Scheme#withParameters}, {@code --set ID=VALUE}) and the scores used, by parameter id in order
 *     of id; empty if none was set
 */
public record Results(
    StandingsResult standings,
    List<UnitResult> units,
    List<SkippedOutcome> skipped,
    List<GradingResult> gradings,
    Map<String, BigDecimal> parameters) {

  /**
   * Validates the results.
   *
   * @param standings what the rankings, improvements and bandings decided
   * @param units every unit's result, by the scheme's order of groups, then total (highest first),
   *     then unit id
   * @param skipped the outcomes not decided, in the scheme's order
   * @param gradings what the gradings decided, in the scheme's order
   * @param parameters the values the office set for the scheme's parameters, by id
   */
  public Results {
    requireNonNull(standings, "standings");
    units = List.copyOf(units);
    skipped = List.copyOf(skipped);
    gradings = List.copyOf(gradings);
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /**
   * Results with no parameter set.
   *
   * @param standings what the rankings, improvements and bandings decided
   * @param units every unit's result
   * @param skipped the outcomes not decided
   * @param gradings what the gradings decided
   */
  public Results(
      StandingsResult standings,
      List<UnitResult> units,
      List<SkippedOutcome> skipped,
      List<GradingResult> gradings) {
    this(standings, units, skipped, gradings, Map.of());
  }

  /**
   * The values a scheme's parameters are set to, by id: what its results record.
   *
   * @param scheme the scheme scored
   * @return the values set, by parameter id
   */
  static Map<String, BigDecimal> parameters(Scheme scheme) {
    Map<String, BigDecimal> set = new TreeMap<>();
    for (Parameter p : scheme.parameters()) {
      p.value().ifPresent(v -> set.put(p.id(), v));
    }
    return set;
  }

  /**
   * Results without gradings.
   *
   * @param standings what the rankings, improvements and bandings decided
   * @param units every unit's result
   * @param skipped the outcomes not decided
   */
  public Results(StandingsResult standings, List<UnitResult> units, List<SkippedOutcome> skipped) {
    this(standings, units, skipped, List.of());
  }

  /** {@return the scheme's id} */
  public String schemeId() {
    return standings.schemeId();
  }

  /** {@return the period scored, if the facts name one} */
  public Optional<String> period() {
    return standings.period();
  }

  /**
   * Scores every unit of a facts file and decides the scheme's outcomes, reading the units one at a
   * time and keeping none of their facts or cards. The gradings the file gives are decided on its
   * {@code gradedOn} date, each unit with its card's total and vetoes; a unit listed for its
   * grading alone (no facts) is graded without a score.
   *
   * @param calculator the scheme's calculator, not null
   * @param facts this period's facts file: {@code .yaml}, {@code .yml}, {@code .json} or {@code
   *     .csv}
   * @param previous last period's facts file, scored against the same scheme; read only if the
   *     scheme has an improvement outcome. If null, improvements are {@linkplain #skipped()
   *     skipped}
   * @return the results, never null
   * @throws InvalidFileException listing every problem of every unit of both files, gradings
   *     included (a missing {@code gradedOn} among them); nothing is decided for part of a file
   * @throws StandingsException if the cards cannot be ranked together (several periods in one file,
   *     last period's facts naming this period)
   * @throws IOException if a file cannot be read
   */
  public static Results score(Calculator calculator, Path facts, @Nullable Path previous)
      throws IOException {
    return score(calculator, facts, previous, 1);
  }

  /**
   * Scores every unit of a facts file and decides the scheme's outcomes as {@link
   * #score(Calculator, Path, Path)} does, on several threads: one reads each file and finds units
   * given twice, the others check and score the units read, a batch of them at a time. The results,
   * and the problems of a file that has any, are the same and in the same order whatever the number
   * of threads; at most a few hundred units' facts are held at once.
   *
   * @param calculator the scheme's calculator, not null
   * @param facts this period's facts file: {@code .yaml}, {@code .yml}, {@code .json} or {@code
   *     .csv}
   * @param previous last period's facts file, as for {@link #score(Calculator, Path, Path)}
   * @param threads how many threads check and score, at least 1; 1 does everything on the caller's
   * @return the results, never null
   * @throws InvalidFileException listing every problem of every unit of both files, gradings
   *     included; nothing is decided for part of a file
   * @throws StandingsException if the cards cannot be ranked together
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static Results score(
      Calculator calculator, Path facts, @Nullable Path previous, int threads) throws IOException {
    return scoreIn(calculator, facts, previous, threads, null);
  }

  /**
   * Scores every unit of a facts file and decides the scheme's outcomes as {@link
   * #score(Calculator, Path, Path, int)} does, with the vetoes' reasons ({@link
   * TriggeredVeto#reason()}) worded in a language: what {@code score --lang} gives. Only a unit
   * that set off a veto is explained again for it, and none in the scheme's own language.
   *
   * @param calculator the scheme's calculator, not null
   * @param facts this period's facts file
   * @param previous last period's facts file, as for {@link #score(Calculator, Path, Path)}
   * @param threads how many threads check and score, at least 1
   * @param language the language of the vetoes' reasons, not null
   * @return the results, never null
   * @throws InvalidFileException listing every problem of every unit of both files, gradings
   *     included; nothing is decided for part of a file
   * @throws StandingsException if the cards cannot be ranked together
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static Results score(
      Calculator calculator, Path facts, @Nullable Path previous, int threads, Language language)
      throws IOException {
    return scoreIn(calculator, facts, previous, threads, requireNonNull(language, "language"));
  }

  /**
   * Scores as {@link #score} does, the vetoes' reasons in the language given (null: the cards').
   */
  private static Results scoreIn(
      Calculator calculator,
      Path facts,
      @Nullable Path previous,
      int threads,
      @Nullable Language language)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Scheme scheme = calculator.scheme();
    boolean improves = scheme.outcomes().stream().anyMatch(o -> o instanceof Improvement);
    Problems now = new Problems(facts.toString());
    Problems before = new Problems(String.valueOf(previous));
    Gradings gradings = new Gradings(calculator);
    Results results;
    Optional<LocalDate> gradedOn;
    try (FactsReader reader = FactsFiles.open(facts, calculator);
        FactsReader last =
            previous == null || !improves ? null : FactsFiles.open(previous, calculator)) {
      reader.onUnit(gradings::add);
      // each card is reduced to its result where it is scored, on the pool when there is one
      reader.scoreOn(threads, reducer(scheme, language));
      if (last != null) {
        last.scoreOn(threads, null);
      }
      Iterable<FactsReader.Scored> cards = scored(reader, now);
      try {
        results =
            decide(scheme, cards, last == null ? null : cardsOf(scored(last, before)), language);
      } catch (StandingsException e) {
        throwIfAny(facts, previous, now, before);
        throw e;
      }
      gradedOn = reader.gradedOn();
    }
    throwIfAny(facts, previous, now, before);
    Results decided = gradings.decide(results, gradedOn, facts.toString());
    return new Results(
        decided.standings(),
        decided.units(),
        decided.skipped(),
        decided.gradings(),
        parameters(scheme));
  }

  /**
   * Decides the scheme's outcomes for one period's cards; improvements are skipped.
   *
   * @param scheme the scheme the cards are of
   * @param cards one card per unit, all of one period, in any order; iterated once, none kept
   * @return the results
   * @throws StandingsException if the cards cannot be ranked together
   */
  public static Results of(Scheme scheme, Iterable<ScoreCard> cards) {
    return decide(scheme, unreduced(cards), null, null);
  }

  /**
   * Decides the scheme's outcomes for one period's cards, improvements against last period's.
   *
   * @param scheme the scheme the cards are of
   * @param cards one card per unit, all of one period, in any order; iterated once, none kept
   * @param previous last period's cards; iterated once, none kept
   * @return the results
   * @throws StandingsException if the cards cannot be ranked together
   */
  public static Results of(Scheme scheme, Iterable<ScoreCard> cards, Iterable<ScoreCard> previous) {
    return decide(scheme, unreduced(cards), requireNonNull(previous, "previous"), null);
  }

  /**
   * The scheme without its improvement outcomes, and without the parameters only their awards name
   * (a parameter no award names is an error of the scheme).
   */
  private static Scheme withoutImprovements(Scheme scheme) {
    List<Outcome> kept = new ArrayList<>();
    Set<String> named = new HashSet<>();
    Set<String> stillNamed = new HashSet<>();
    for (Outcome o : scheme.outcomes()) {
      if (o instanceof Improvement i) {
        i.awards().forEach(a -> a.places().ifPresent(named::add));
      } else {
        kept.add(o);
        if (o instanceof Ranking r) {
          r.awards().forEach(a -> a.places().ifPresent(stillNamed::add));
        }
      }
    }
    named.removeAll(stillNamed);
    return Scheme.builder()
        .from(scheme)
        .outcomes(kept)
        .parameters(scheme.parameters().stream().filter(p -> !named.contains(p.id())).toList())
        .build();
  }

  /** Cards not yet reduced to their results. */
  private static Iterable<FactsReader.Scored> unreduced(Iterable<ScoreCard> cards) {
    return () ->
        new Iterator<>() {
          final Iterator<ScoreCard> it = cards.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public FactsReader.Scored next() {
            return new FactsReader.Scored(it.next(), null);
          }
        };
  }

  /** The cards alone. */
  private static Iterable<ScoreCard> cardsOf(Iterable<FactsReader.Scored> scored) {
    return () ->
        new Iterator<>() {
          final Iterator<FactsReader.Scored> it = scored.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public ScoreCard next() {
            return it.next().card();
          }
        };
  }

  /**
   * What a card is reduced to: its result, its node points packed against the scheme's table and
   * its group one string per group, not one per unit; its vetoes' reasons in the language given
   * (null: the card's own). Safe to call on several threads at once.
   */
  private static Function<ScoreCard, UnitResult> reducer(
      Scheme scheme, @Nullable Language language) {
    Map<String, String> groups = new HashMap<>();
    scheme.groups().forEach(g -> groups.put(g.id(), g.id()));
    Map<String, String> shared = Map.copyOf(groups);
    NodeTable nodes = NodeTable.of(scheme);
    return card ->
        new UnitResult(
            card.unitId(),
            shared.getOrDefault(card.group(), card.group()),
            card.total(),
            // only a card whose veto fired is explained again, for its reasons' words
            language == null || card.vetoes().isEmpty()
                ? card.vetoes()
                : card.language(language).vetoes(),
            nodes.pack(card.nodePoints()),
            card.recording(),
            card.unrecorded());
  }

  private static Results decide(
      Scheme scheme,
      Iterable<FactsReader.Scored> cards,
      @Nullable Iterable<ScoreCard> previous,
      @Nullable Language language) {
    List<SkippedOutcome> skipped = new ArrayList<>();
    for (Outcome o : scheme.outcomes()) {
      if (o instanceof Grading) {
        skipped.add(
            new SkippedOutcome(o.id(), o.title(), o.clause(), SkippedOutcome.Reason.GRADING));
      } else if (o instanceof Improvement && previous == null) {
        skipped.add(
            new SkippedOutcome(
                o.id(), o.title(), o.clause(), SkippedOutcome.Reason.NO_PREVIOUS_PERIOD));
      }
    }
    // Standings refuse to rank a scheme with improvements without last period's cards: rank the
    // same scheme without them. Gradings are never ranked, so they may stay.
    boolean improves = scheme.outcomes().stream().anyMatch(o -> o instanceof Improvement);
    Scheme ranked = previous != null || !improves ? scheme : withoutImprovements(scheme);
    Function<ScoreCard, UnitResult> reduce = reducer(scheme, language);
    List<UnitResult> units = new ArrayList<>();
    // Each card leaves its result as it passes to the standings; neither keeps the card.
    Iterable<ScoreCard> recorded =
        () ->
            new Iterator<>() {
              final Iterator<FactsReader.Scored> it = cards.iterator();

              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public ScoreCard next() {
                FactsReader.Scored scored = it.next();
                UnitResult result = scored.result();
                units.add(result != null ? result : reduce.apply(scored.card()));
                return scored.card();
              }
            };
    Standings standings = Standings.of(ranked);
    StandingsResult result =
        previous == null ? standings.rank(recorded) : standings.rank(recorded, previous);
    units.sort(displayOrder(scheme));
    return new Results(result, units, skipped);
  }

  /** The scheme's order of groups, then total (highest first), then unit id. */
  static Comparator<UnitResult> displayOrder(Scheme scheme) {
    Map<String, Integer> order = new HashMap<>();
    for (UnitGroup g : scheme.groups()) {
      order.putIfAbsent(g.id(), order.size());
    }
    return Comparator.comparingInt((UnitResult u) -> order.getOrDefault(u.group(), order.size()))
        .thenComparing(UnitResult::group)
        .thenComparing(UnitResult::total, Comparator.reverseOrder())
        .thenComparing(UnitResult::unitId);
  }

  /**
   * The cards of a facts file, scored one at a time as they are asked for. A unit with problems is
   * left out and its problems collected (the first thousand, then a count); the caller throws them
   * once the file is read. After the first problem no more cards are given, as nothing will be
   * decided from them: the rest of the file is only read for its problems.
   */
  private static Iterable<FactsReader.Scored> scored(FactsReader reader, Problems problems) {
    return () ->
        new Iterator<>() {
          private FactsReader.@Nullable Scored next;

          @Override
          public boolean hasNext() {
            while (next == null && reader.hasNext()) {
              try {
                FactsReader.Scored card = reader.nextScored();
                if (problems.isEmpty()) {
                  next = card;
                }
              } catch (InvalidFileException e) {
                problems.addAll(e);
              }
            }
            return next != null;
          }

          @Override
          public FactsReader.Scored next() {
            FactsReader.Scored card = hasNext() ? next : null;
            if (card == null) {
              throw new NoSuchElementException();
            }
            next = null;
            return card;
          }
        };
  }

  private static void throwIfAny(
      Path facts, @Nullable Path previous, Problems now, Problems before) {
    if (now.isEmpty() && before.isEmpty()) {
      return;
    }
    List<FileProblem> all = new ArrayList<>(now.inOrder()); // as read, unit by unit
    all.addAll(before.inOrder());
    String name =
        before.isEmpty()
            ? facts.toString()
            : now.isEmpty() ? previous + "" : facts + ", " + previous;
    throw new InvalidFileException(name, all, now.dropped() + before.dropped());
  }
}
