package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Outcome rules are validated with the rest of the scheme: every problem at once, with its path.
 */
class OutcomeValidationTest {

  /** Two groups; section {@code a} for both, {@code d} for departments only. */
  private static Scheme.Builder scheme(Outcome... outcomes) {
    return Scheme.builder()
        .id("yueyang-2007")
        .title("岳阳市政府系统办公室工作考评办法")
        .addGroups(
            UnitGroup.of("county", "县、市、区", "一"),
            new UnitGroup(
                "dept",
                "市政府各部门",
                Optional.of("一"),
                List.of(new Unit("d1", "交通局"), new Unit("d2", "财政局")),
                Optional.empty()))
        .add(
            Node.of("a", "综合", "四(一)").max("100").rule(Rule.Assessed.award()),
            Node.of("d", "部门事项", "四(二)").max("100").addGroups("dept").rule(Rule.Assessed.award()))
        .maximaAddUp(false)
        .addOutcomes(outcomes);
  }

  private static Ranking.Builder ranking(String id) {
    return Ranking.of(id, "先进单位", "三(四)")
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER);
  }

  private static List<String> messages(Scheme.Builder scheme) {
    return Fixtures.messages(Calculator.validate(scheme.build()));
  }

  @Test
  void yueyang_3_4_validAwardsPerGroupHaveNoProblems() {
    assertThat(
            messages(
                scheme(
                    ranking("awards-county")
                        .addGroups("county")
                        .addAwards(
                            Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6))
                        .build(),
                    ranking("awards-dept")
                        .addGroups("dept")
                        .on("d")
                        .ties(TiePolicy.breakingBy("a"))
                        .addAwards(Award.top("一等奖", 1, 1), Award.bottom("倒数第一", 1, 1))
                        .build())))
        .isEmpty();
  }

  @Test
  void everyProblemOfTheOutcomesIsReportedAtOnceWithItsPath() {
    Scheme.Builder s =
        scheme(
            ranking("awards")
                .addGroups("county", "nowhere")
                .on("d")
                .ties(TiePolicy.breakingBy("ghost", "ghost"))
                .addAwards(
                    Award.top("一等奖", 1, 2),
                    Award.top("二等奖", 2, 3),
                    Award.top("二等奖", 4, 4),
                    Award.bottom("倒数第一", 1, 1))
                .build(),
            ranking("awards").addGroups("dept").addAwards(Award.top("三等奖", 3, 5)).build(),
            Banding.of("bands", "档次", "五")
                .addBands(
                    new Band("不合格", Interval.below("700")),
                    new Band("合格", Interval.atLeast("700")),
                    new Band(
                        "良好",
                        Interval.between(
                            new BigDecimal("650"), true, new BigDecimal("800"), false)))
                .build());
    assertThat(messages(s))
        .containsExactly(
            "yueyang-2007/outcome awards: unknown group nowhere; the scheme's groups are [county, dept]",
            "yueyang-2007/outcome awards: it ranks on node d, which does not apply to group county",
            "yueyang-2007/outcome awards: it breaks ties on unknown node ghost",
            "yueyang-2007/outcome awards: tie-breaker ghost is named twice",
            "yueyang-2007/outcome awards: awards 一等奖 (positions 1-2) and 二等奖 (positions 2-3)"
                + " overlap; a position wins one award from each end",
            "yueyang-2007/outcome awards: award 二等奖 is listed twice",
            "yueyang-2007/outcome awards: outcome id awards is used twice",
            "yueyang-2007/outcome awards: award 三等奖 (positions 3-5) starts beyond the 2 units"
                + " group dept lists, so it can never be given",
            "yueyang-2007/outcome bands: bands 不合格 (-∞, 700) and 良好 [650, 800) overlap; state"
                + " which band a shared score belongs to",
            "yueyang-2007/outcome bands: bands 合格 [700, +∞) and 良好 [650, 800) overlap; state"
                + " which band a shared score belongs to");
  }

  @Test
  void jishui_4_3_1_aRankingAcrossGroupsCountsTheUnitsOfEveryGroup() {
    // Each listed group has one unit; ranked together, awards up to position 2 can be given.
    Scheme.Builder one =
        scheme(
                ranking("awards")
                    .acrossGroups(true)
                    .addGroups("office", "dept")
                    .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 2))
                    .build())
            .addGroups(
                new UnitGroup(
                    "office",
                    "办公室",
                    Optional.empty(),
                    List.of(new Unit("o1", "办公室")),
                    Optional.empty()));
    assertThat(messages(one)).isEmpty();
    Scheme.Builder beyond =
        scheme(
                ranking("awards")
                    .acrossGroups(true)
                    .addGroups("office", "dept")
                    .addAwards(Award.top("三等奖", 4, 6))
                    .build())
            .addGroups(
                new UnitGroup(
                    "office",
                    "办公室",
                    Optional.empty(),
                    List.of(new Unit("o1", "办公室")),
                    Optional.empty()));
    assertThat(messages(beyond))
        .containsExactly(
            "yueyang-2007/outcome awards: award 三等奖 (positions 4-6) starts beyond the 3 units its"
                + " groups list, so it can never be given");
  }

  @Test
  void aTieBreakerOnTheRankedNodeCanNeverBreakATie() {
    assertThat(
            messages(
                scheme(
                    ranking("by-a")
                        .on("a")
                        .ties(TiePolicy.breakingBy("a"))
                        .addAwards(Award.top("先进", 1, 2))
                        .build())))
        .containsExactly(
            "yueyang-2007/outcome by-a: tie-breaker a is the node ranked on, so it can never break a tie");
  }

  @Test
  void hubei_3_gradesRequireALowerGradeOfTheSameGrading() {
    Grading grading =
        Grading.of("grades", "等级", "第四条")
            .addPrerequisites(new Rule.Element("p1", "依法办理了档案登记"), new Rule.Element("p1", "重复"))
            .addGrades(
                new Grade(
                    "g2",
                    "省二级",
                    Optional.empty(),
                    Optional.of(Interval.atLeast("80")),
                    Optional.of("g1"),
                    1),
                new Grade(
                    "g1",
                    "省一级",
                    Optional.empty(),
                    Optional.of(Interval.atLeast("70")),
                    Optional.empty(),
                    1),
                new Grade("g1", "重复", Optional.empty(), Optional.empty(), Optional.empty(), 0))
            .validYears(0)
            .build();
    assertThat(messages(scheme(grading)))
        .containsExactly(
            "yueyang-2007/outcome grades: grades must be valid for at least one year, was 0",
            "yueyang-2007/outcome grades: prerequisite p1 is listed twice",
            "yueyang-2007/outcome grades/grade g2: requires g1, which is not a lower grade of this"
                + " grading; list grades lowest first",
            "yueyang-2007/outcome grades/grade g1: says a grade must be held 1 years, but requires none",
            "yueyang-2007/outcome grades/grade g1: its scores [70, +∞) reach below those of the lower"
                + " grade g2 [80, +∞)",
            "yueyang-2007/outcome grades/grade g1: grade id g1 is used twice");
  }

  @Test
  void anInvalidOutcomeStopsTheCalculator() {
    Scheme s = scheme(Banding.of("bands", "档次", "五").on("missing").build()).build();
    assertThatThrownBy(() -> Calculator.of(s))
        .isInstanceOf(SchemeException.class)
        .hasMessageContaining("yueyang-2007/outcome bands: it bands unknown node missing")
        .hasMessageContaining("yueyang-2007/outcome bands: has no bands");
  }
}
