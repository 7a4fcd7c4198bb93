package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small scheme whose results show every kind of standing: an award withheld from an ineligible
 * score and from a disqualified unit, a tie across a cut settled upwards and one settled downwards,
 * a sanction from the bottom, dense ranks with a tie-breaker, a unit ranked apart, two groups
 * ranked together, an improvement with a unit that has no previous facts, bands, and a grading that
 * {@code score} cannot decide.
 */
final class RankedExample {

  private RankedExample() {}

  static Scheme scheme() {
    return Scheme.builder()
        .id("ranked-demo")
        .title("名次演示办法")
        .max("100")
        .addGroups(
            new UnitGroup(
                "county",
                "县区",
                Optional.of("二(一)"),
                List.of(
                    new Unit("a", "甲县"),
                    new Unit("b", "乙县"),
                    new Unit("c", "丙县"),
                    new Unit("d", "丁县"),
                    new Unit("e", "戊县")),
                Optional.empty()),
            UnitGroup.of("dept", "部门", "二(二)"))
        .add(
            Node.of("s1", "工作实绩", "三(一)").max("60").rule(Rule.Assessed.award()),
            Node.of("s2", "群众评议", "三(二)").max("40").rule(Rule.Assessed.award()))
        .addVetoes(Veto.reported("v-leak", "发生失泄密事件的，一票否决", "四", new Veto.Disqualification(true)))
        .addOutcomes(
            Ranking.of("awards", "综合奖", "五(一)")
                .addGroups("county")
                .disqualified(DisqualifiedUnits.KEEP_POSITION)
                .cutTies(CutTies.ALL_BETTER)
                .addAwards(
                    Award.top("一等奖", 1, 1).eligibleIf(Interval.atLeast("95")),
                    Award.top("二等奖", 2, 2),
                    Award.bottom("末位", 1, 1))
                .build(),
            Ranking.of("work", "实绩单项奖", "五(二)")
                .on("s1")
                .acrossGroups(true)
                .ties(new TiePolicy(TiePolicy.Ranks.DENSE, List.of("s2"), false))
                .disqualified(DisqualifiedUnits.SKIP_POSITION)
                .cutTies(CutTies.ALL_WORSE)
                .addAwards(Award.top("单项奖", 1, 1))
                .build(),
            Improvement.of("progress", "进步奖", "五(三)")
                .addGroups("county")
                .disqualified(DisqualifiedUnits.KEEP_POSITION)
                .cutTies(CutTies.ALL_WORSE)
                .addAwards(Award.top("进步奖", 1, 1))
                .build(),
            Banding.of("grades", "等次", "五(四)")
                .addBands(
                    new Band("优秀", Interval.atLeast("90")),
                    new Band(
                        "合格",
                        Interval.between(
                            BigDecimal.valueOf(60), true, BigDecimal.valueOf(90), false)),
                    new Band("不合格", Interval.below("60")))
                .build(),
            Grading.of("levels", "等级评定", "六")
                .addGrades(
                    new Grade(
                        "first",
                        "一级",
                        Optional.empty(),
                        Optional.of(Interval.atLeast("90")),
                        Optional.empty(),
                        0))
                .validYears(3)
                .build())
        .build();
  }

  /** This period: a 93, b and c 88, d 80 vetoed, e 55; x and y 95 tied on s1 and s2. */
  static List<UnitFacts> facts() {
    List<UnitFacts> units = new ArrayList<>();
    units.add(unit("a", "county", "55", "38"));
    units.add(unit("b", "county", "50", "38"));
    units.add(unit("c", "county", "52", "36"));
    units.add(
        UnitFacts.of("d", "county")
            .period("2024")
            .addFacts(
                Assessment.of("s1", "50"),
                Assessment.of("s2", "30"),
                VetoEvent.of("leak-1", "v-leak", "2024年5月"))
            .build());
    units.add(unit("e", "county", "40", "15"));
    units.add(unit("x", "dept", "55", "40"));
    units.add(unit("y", "dept", "55", "40"));
    return units;
  }

  /** Last period: a 90, b 80, c 85, d 70; e has none. */
  static List<UnitFacts> previous() {
    return List.of(
        last("a", "50", "40"), last("b", "45", "35"), last("c", "50", "35"), last("d", "40", "30"));
  }

  private static UnitFacts unit(String id, String group, String s1, String s2) {
    return UnitFacts.of(id, group)
        .period("2024")
        .addFacts(Assessment.of("s1", s1), Assessment.of("s2", s2))
        .build();
  }

  private static UnitFacts last(String id, String s1, String s2) {
    return UnitFacts.of(id, "county")
        .period("2023")
        .addFacts(Assessment.of("s1", s1), Assessment.of("s2", s2))
        .build();
  }

  static List<ScoreCard> cards(List<UnitFacts> facts) {
    Calculator calc = Calculator.of(scheme());
    return facts.stream().map(calc::score).toList();
  }

  static Results results() {
    return Results.of(scheme(), cards(facts()), cards(previous()));
  }
}
