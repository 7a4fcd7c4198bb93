package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Units scored against a test scheme of two assessed sections, {@code a} and {@code b} (up to 1000
 * points each, so a total is whatever the facts say), and a reported veto {@code veto} that
 * disqualifies; the scheme's groups and outcomes are the test's.
 */
final class Cohort {

  private final Calculator calculator;
  private final Map<String, UnitFacts> facts = new LinkedHashMap<>();
  private final Map<String, ScoreCard> cards = new LinkedHashMap<>();
  private Optional<String> period = Optional.empty();

  private Cohort(Calculator calculator) {
    this.calculator = calculator;
  }

  /** A scheme {@code id} with the groups (id = title) and outcomes given. */
  static Scheme scheme(String id, List<String> groups, Outcome... outcomes) {
    Scheme.Builder s =
        Scheme.builder()
            .id(id)
            .title("测试办法 " + id)
            .add(
                Node.of("a", "甲项", "一").max("1000").rule(Rule.Assessed.award()),
                Node.of("b", "乙项", "二").max("1000").rule(Rule.Assessed.award()))
            .addVetoes(Veto.reported("veto", "一票否决", "x", Veto.disqualification()))
            .addOutcomes(outcomes);
    for (String g : groups) {
      s.addGroups(UnitGroup.of(g, g, "一"));
    }
    return s.build();
  }

  static Cohort of(Scheme scheme) {
    return new Cohort(Calculator.of(scheme));
  }

  Calculator calculator() {
    return calculator;
  }

  Standings standings() {
    return Standings.of(calculator);
  }

  /** Names the period of the cards added from now on. */
  Cohort period(String name) {
    this.period = Optional.of(name);
    return this;
  }

  /** A unit whose total is {@code total}, all in section {@code a}. */
  Cohort add(String unit, String group, String total) {
    return add(unit, group, total, "0", false);
  }

  /** A unit with {@code a} and {@code b} points. */
  Cohort add(String unit, String group, String a, String b) {
    return add(unit, group, a, b, false);
  }

  /** A disqualified unit whose total is {@code total}. */
  Cohort vetoed(String unit, String group, String total) {
    return add(unit, group, total, "0", true);
  }

  Cohort add(String unit, String group, String a, String b, boolean vetoed) {
    UnitFacts.Builder f =
        UnitFacts.of(unit, group)
            .period(period)
            .addFacts(Assessment.of("a", a), Assessment.of("b", b));
    if (vetoed) {
      f.addFacts(VetoEvent.of(unit + "-veto", "veto", "违纪"));
    }
    UnitFacts built = f.build();
    facts.put(unit, built);
    cards.put(unit, calculator.score(built));
    return this;
  }

  /** Adds {@code n} units {@code prefix1..n} with totals falling by one from {@code top}. */
  Cohort descending(String prefix, String group, int n, int top) {
    for (int i = 1; i <= n; i++) {
      add(prefix + i, group, String.valueOf(top - i + 1));
    }
    return this;
  }

  UnitFacts facts(String unit) {
    return Objects.requireNonNull(facts.get(unit), unit);
  }

  ScoreCard card(String unit) {
    return Objects.requireNonNull(cards.get(unit), unit);
  }

  List<ScoreCard> cards() {
    return new ArrayList<>(cards.values());
  }

  StandingsResult rank() {
    return standings().rank(cards());
  }
}
