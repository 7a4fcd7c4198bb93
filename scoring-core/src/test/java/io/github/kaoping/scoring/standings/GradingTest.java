package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalogue §5: hubei 鄂档规[2011]1号 grades, with prerequisites and a life cycle. */
class GradingTest {

  private static final List<String> PREREQUISITES =
      List.of("registered", "centralised", "transferred", "disclosed", "no-incident", "electronic");

  static Grading hubei() {
    return Grading.of("grades", "机关档案工作目标管理等级", "第四条")
        .addPrerequisites(
            new Rule.Element("registered", "依法办理了档案登记"),
            new Rule.Element("centralised", "机关档案实行了集中统一管理"),
            new Rule.Element("transferred", "按规定向同级国家综合档案馆移交了到期档案"),
            new Rule.Element("disclosed", "报送了已公开现行文件和相关信息"),
            new Rule.Element("no-incident", "两年内没有发生档案安全事故"),
            new Rule.Element("electronic", "机关电子文件管理规范安全"))
        .addGrades(
            new Grade(
                "provincial-2",
                "省二级",
                Optional.of("第七条"),
                Optional.of(Interval.atLeast("80")),
                Optional.empty(),
                0),
            new Grade(
                "provincial-1",
                "省一级",
                Optional.of("第七条"),
                Optional.of(Interval.atLeast("90")),
                Optional.of("provincial-2"),
                1),
            new Grade(
                "provincial-special",
                "省特级",
                Optional.of("第六条"),
                Optional.empty(),
                Optional.of("provincial-1"),
                1))
        .validYears(3)
        .build();
  }

  private static final Scheme SCHEME = Cohort.scheme("hubei-2011", List.of("organ"), hubei());

  private static GradingCase applicant(String unit) {
    return GradingCase.of(unit, "organ").withPrerequisitesMet(PREREQUISITES);
  }

  private static GradeDecision grade(LocalDate date, GradingCase c) {
    return Standings.of(SCHEME).grade("grades", date, List.of(c)).decision(c.unitId());
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static final GradeRecord SECOND_SINCE_2020 =
      GradeRecord.of("provincial-2", day("2020-01-10"));

  @Test
  void hubei_7_exactlyNinetyReachesTheFirstGradeAndExactlyEightyTheSecond() {
    // 第七条 "省一级达标分数线为90分；省二级达标分数线为80分"
    LocalDate date = day("2021-06-01");
    GradeDecision ninety =
        grade(date, applicant("a").withScore("90").withHistory(SECOND_SINCE_2020));
    assertThat(ninety.heldBefore()).hasValue("provincial-2");
    assertThat(ninety.granted()).hasValue("provincial-1");
    assertThat(ninety.grantedUntil()).hasValue(day("2024-06-01")); // 第十条 "有效期为三年"
    assertThat(ninety.check("provincial-1").isMet()).isTrue();

    GradeDecision below =
        grade(date, applicant("b").withScore("89.99").withHistory(SECOND_SINCE_2020));
    assertThat(below.check("provincial-1").unmet())
        .containsExactly(
            new GradeCheck.Unmet(GradeCheck.Reason.SCORE, "score 89.99 is not in [90, +∞)"));
    assertThat(below.granted()).hasValue("provincial-2");

    assertThat(grade(date, applicant("c").withScore("80")).granted()).hasValue("provincial-2");
    GradeDecision failed = grade(date, applicant("d").withScore("79.99"));
    assertThat(failed.granted()).isEmpty();
    assertThat(failed.check("provincial-2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.SCORE);
  }

  @Test
  void hubei_3_aHigherGradeOnlyAfterHoldingTheLowerOneAYear() {
    // 第三条 "逐级晋升...取得省二级、省一级等级证书一年后，符合条件的可申报上一等级的考评"
    GradingCase c =
        applicant("a")
            .withScore("95")
            .withHistory(GradeRecord.of("provincial-2", day("2020-06-01")));
    GradeDecision early = grade(day("2021-05-31"), c);
    assertThat(early.check("provincial-1").unmet())
        .containsExactly(
            new GradeCheck.Unmet(
                GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT,
                "provincial-2 held since 2020-06-01, which is less than 1 year; provincial-1 may be"
                    + " granted from 2021-06-01"));
    assertThat(early.granted()).hasValue("provincial-2");
    assertThat(grade(day("2021-06-01"), c).granted()).hasValue("provincial-1");

    GradeDecision skipping = grade(day("2021-06-01"), applicant("b").withScore("95"));
    assertThat(skipping.check("provincial-1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD);
    assertThat(skipping.granted()).hasValue("provincial-2");
  }

  @Test
  void hubei_5_everyPrerequisiteMustHold() {
    // 第五条 "申报必备条件如下" (six conditions)
    GradeDecision d =
        grade(
            day("2021-06-01"),
            applicant("a")
                .withScore("95")
                .withHistory(SECOND_SINCE_2020)
                .withPrerequisite("no-incident", false));
    assertThat(d.granted()).isEmpty();
    for (GradeCheck check : d.checks()) {
      assertThat(check.unmet())
          .as(check.gradeId())
          .contains(
              new GradeCheck.Unmet(
                  GradeCheck.Reason.PREREQUISITE, "no-incident 两年内没有发生档案安全事故 does not hold"));
    }
  }

  @Test
  void hubei_11_aGradeLapsesAfterThreeYearsUnlessReviewed() {
    // 第十一条 "复查工作每三年一次...到期未申请复查的，等级资格自动失效"
    GradeRecord awarded = GradeRecord.of("provincial-2", day("2017-03-01"));
    GradingCase c = applicant("a").withScore("95").withHistory(awarded);
    GradeDecision lastDay = grade(day("2020-02-29"), c);
    assertThat(lastDay.heldBefore()).hasValue("provincial-2");
    assertThat(lastDay.granted()).hasValue("provincial-1");

    GradeDecision lapsed = grade(day("2020-03-01"), c);
    assertThat(lapsed.history())
        .containsExactly(
            new GradeStatus(
                "provincial-2", day("2017-03-01"), Optional.empty(), day("2020-03-01"), false));
    assertThat(lapsed.heldBefore()).isEmpty();
    assertThat(lapsed.check("provincial-1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD);

    GradeDecision reviewed =
        grade(
            day("2020-03-01"),
            applicant("a").withScore("95").withHistory(awarded.reviewedOn(day("2020-02-15"))));
    assertThat(reviewed.history())
        .containsExactly(
            new GradeStatus(
                "provincial-2",
                day("2017-03-01"),
                Optional.of(day("2020-02-15")),
                day("2023-02-15"),
                true));
    assertThat(reviewed.granted()).hasValue("provincial-1");

    assertThatThrownBy(
            () ->
                grade(
                    day("2020-06-01"),
                    applicant("a").withHistory(awarded.reviewedOn(day("2020-03-02")))))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining(
            "grading grades/unit a/grade provincial-2 of 2017-03-01: reviewed on 2020-03-02, but it"
                + " lapsed on 2020-03-01; a lapsed grade is not renewed by a review");
  }

  @Test
  void hubei_4_theSpecialGradeIsDecidedByReviewAfterHoldingTheFirst() {
    // 第四条 "在机关档案工作达到并保持省一级水平的基础上"; 第六条 "现场评议"
    GradingCase c = applicant("a").withHistory(GradeRecord.of("provincial-1", day("2019-05-01")));
    assertThat(grade(day("2021-01-10"), c.withGrantedByReview("provincial-special")).granted())
        .hasValue("provincial-special");
    GradeDecision notGranted = grade(day("2021-01-10"), c);
    assertThat(notGranted.granted()).isEmpty();
    assertThat(notGranted.check("provincial-special").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.NOT_GRANTED_BY_REVIEW);
    assertThat(notGranted.check("provincial-1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.NO_SCORE);
  }

  @Test
  void anApplicationDecidesOnlyTheGradeAppliedFor() {
    GradingCase c = applicant("a").withScore("95").withHistory(SECOND_SINCE_2020);
    assertThat(grade(day("2021-06-01"), c.applyingFor("provincial-2")).granted())
        .hasValue("provincial-2");
    assertThat(grade(day("2021-06-01"), c.applyingFor("provincial-special")).granted()).isEmpty();
  }

  @Test
  void aDisqualifiedUnitIsGradedNothing() {
    Cohort cohort = Cohort.of(SCHEME).vetoed("a", "organ", "95");
    GradingCase c = GradingCase.of(cohort.card("a")).withPrerequisitesMet(PREREQUISITES);
    assertThat(c.score()).hasValue(io.github.kaoping.scoring.Points.of(95));
    GradeDecision d = grade(day("2021-06-01"), c);
    assertThat(d.granted()).isEmpty();
    assertThat(d.check("provincial-2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.DISQUALIFIED);
  }

  @Test
  void badCasesAreAllReported() {
    GradingCase bad =
        GradingCase.of("a", "organ")
            .withPrerequisitesMet(PREREQUISITES.subList(1, 6))
            .withPrerequisite("bribe", true)
            .withGrantedByReview("provincial-1")
            .withHistory(GradeRecord.of("national", day("2019-01-01")))
            .withHistory(GradeRecord.of("provincial-2", day("2022-01-01")));
    assertThatThrownBy(
            () ->
                Standings.of(SCHEME)
                    .grade("grades", day("2021-06-01"), List.of(bad, applicant("a"))))
        .isInstanceOfSatisfying(
            StandingsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "grading grades/unit a: prerequisite registered 依法办理了档案登记 is not stated;"
                            + " state whether it holds",
                        "grading grades/unit a: states unknown prerequisite bribe; the grading's are"
                            + " [centralised, disclosed, electronic, no-incident, registered,"
                            + " transferred]",
                        "grading grades/unit a: review granted provincial-1, which is reached by"
                            + " score, not by review",
                        "grading grades/unit a: held unknown grade national",
                        "grading grades/unit a/grade provincial-2 of 2022-01-01: awarded after the"
                            + " assessment date 2021-06-01",
                        "grading grades/unit a: unit a has two cases"));
    assertThatThrownBy(() -> Standings.of(SCHEME).grade("nope", day("2021-06-01"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme hubei-2011 has no grading nope");
  }
}
