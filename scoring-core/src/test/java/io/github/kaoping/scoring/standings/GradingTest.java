package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catalogue §5: hubei 鄂档规[2011]1号 grades, with prerequisites, applications and a life cycle. */
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

  private static GradingCase organ(String unit) {
    return GradingCase.of(unit, "organ").withPrerequisitesMet(PREREQUISITES);
  }

  private static GradeDecision grade(LocalDate date, GradingCase c) {
    return Standings.of(SCHEME).grade("grades", date, List.of(c)).decision(c.unitId());
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<GradeCheck.Reason> reasons(GradeDecision d, String gradeId) {
    return d.check(gradeId).unmet().stream().map(GradeCheck.Unmet::reason).toList();
  }

  private static final GradeRecord SECOND_SINCE_2020 =
      GradeRecord.of("provincial-2", day("2020-01-10"));

  // ------------------------------------------------------------------ scores (第七条)

  @Test
  void hubei_7_exactlyNinetyReachesTheFirstGradeAndExactlyEightyTheSecond() {
    // 第七条 "省一级达标分数线为90分；省二级达标分数线为80分"
    LocalDate date = day("2021-06-01");
    GradingCase stepUp =
        organ("a").applyingFor("provincial-1", day("2021-01-15")).withHistory(SECOND_SINCE_2020);
    GradeDecision ninety = grade(date, stepUp.withScore("90"));
    assertThat(ninety.verdict()).isEqualTo(GradeDecision.Verdict.GRANTED);
    assertThat(ninety.heldBefore()).hasValue("provincial-2");
    assertThat(ninety.granted()).hasValue("provincial-1");
    assertThat(ninety.heldAfter()).hasValue("provincial-1");
    assertThat(ninety.score()).hasValue(Points.of(90));

    GradeDecision below = grade(date, stepUp.withScore("89.99"));
    assertThat(below.check("provincial-1").unmet())
        .containsExactly(
            GradeCheck.Unmet.of(GradeCheck.Reason.SCORE, "score 89.99 is not in [90, +∞)"));
    assertThat(below.verdict()).isEqualTo(GradeDecision.Verdict.NOT_GRANTED);
    assertThat(below.granted()).isEmpty();
    assertThat(below.heldAfter()).hasValue("provincial-2");

    GradingCase first = organ("c").applyingFor("provincial-2", day("2021-01-15"));
    assertThat(grade(date, first.withScore("80")).granted()).hasValue("provincial-2");
    GradeDecision failed = grade(date, first.withScore("79.99"));
    assertThat(failed.granted()).isEmpty();
    assertThat(reasons(failed, "provincial-2")).containsExactly(GradeCheck.Reason.SCORE);
  }

  // ------------------------------------------------------------------ stepping up (第三条)

  @Test
  void hubei_3_theYearIsCountedToTheApplicationNotToTheAssessment() {
    // 第三条 "各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评": 省二级 certified
    // 2020-09-01, applied for 省一级 on 2021-01-10, scored 95 on 2021-10-01: the application came too
    // soon, however long the assessment waited.
    GradingCase c =
        organ("a")
            .withScore("95")
            .withHistory(GradeRecord.of("provincial-2", day("2020-09-01")))
            .applyingFor("provincial-1", day("2021-01-10"));
    GradeDecision early = grade(day("2021-10-01"), c);
    assertThat(early.granted()).isEmpty();
    assertThat(early.verdict()).isEqualTo(GradeDecision.Verdict.NOT_GRANTED);
    assertThat(early.check("provincial-1").unmet())
        .containsExactly(
            new GradeCheck.Unmet(
                GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT,
                Optional.of("provincial-2"),
                Optional.of(day("2020-09-01")),
                "provincial-2 held since 2020-09-01, less than 1 year before the application on"
                    + " 2021-01-10; provincial-1 may be applied for from 2021-09-01"));
    assertThat(early.heldAfter()).hasValue("provincial-2"); // the lower grade is kept

    assertThat(grade(day("2021-10-01"), c.applyingFor("provincial-1", day("2021-08-31"))).granted())
        .isEmpty();
    assertThat(grade(day("2021-10-01"), c.applyingFor("provincial-1", day("2021-09-01"))).granted())
        .hasValue("provincial-1");
  }

  @Test
  void hubei_3_aHigherGradeNeedsTheLowerOneHeldOnTheDayOfTheApplication() {
    // 第三条 "逐级晋升": without 省二级, 95 does not reach 省一级, and nothing else is granted.
    GradeDecision skipping =
        grade(
            day("2021-10-01"),
            organ("b").withScore("95").applyingFor("provincial-1", day("2021-01-10")));
    assertThat(skipping.check("provincial-1").unmet())
        .containsExactly(
            new GradeCheck.Unmet(
                GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD,
                Optional.of("provincial-2"),
                Optional.of(day("2021-01-10")),
                "provincial-2 (or a higher grade) is not held on 2021-01-10, the application"));
    assertThat(skipping.check("provincial-2").isMet()).isTrue(); // had it applied for it
    assertThat(skipping.granted()).isEmpty();
    assertThat(skipping.heldAfter()).isEmpty();

    // 省二级 certified after the application does not count, though held at the assessment.
    GradeDecision late =
        grade(
            day("2022-10-01"),
            organ("c")
                .withScore("95")
                .withHistory(GradeRecord.of("provincial-2", day("2021-02-01")))
                .applyingFor("provincial-1", day("2021-01-10")));
    assertThat(reasons(late, "provincial-1"))
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD);
  }

  @Test
  void hubei_3_11_aGradeHeldIsRenewedOnlyByAReviewNotGrantedAgain() {
    // 第十一条 "复查合格的,颁发复查合格证书": holding 省二级, applying for 省二级 again grants nothing.
    GradeDecision again =
        grade(
            day("2021-10-01"),
            organ("a")
                .withScore("85")
                .withHistory(SECOND_SINCE_2020)
                .applyingFor("provincial-2", day("2021-01-15")));
    assertThat(again.granted()).isEmpty();
    assertThat(again.check("provincial-2").unmet())
        .containsExactly(
            new GradeCheck.Unmet(
                GradeCheck.Reason.ALREADY_HELD,
                Optional.of("provincial-2"),
                Optional.of(day("2020-01-10")),
                "holds provincial-2 (certified 2020-01-10) on 2021-01-15; a grade held is renewed"
                    + " by a review, not applied for again"));
    assertThat(again.heldAfter()).hasValue("provincial-2");

    // Without an application nothing is decided, and a score is a question nobody asked.
    GradeDecision unapplied = grade(day("2021-10-01"), organ("b").withHistory(SECOND_SINCE_2020));
    assertThat(unapplied.verdict()).isEqualTo(GradeDecision.Verdict.NOT_APPLIED);
    assertThat(unapplied.granted()).isEmpty();
    assertThat(unapplied.checks()).isEmpty();
    assertThat(unapplied.heldAfter()).hasValue("provincial-2");
    assertThatThrownBy(
            () ->
                grade(day("2021-10-01"), organ("b").withScore("85").withHistory(SECOND_SINCE_2020)))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("has a score but applied for nothing");

    // A grade that lapsed is applied for anew.
    GradeDecision anew =
        grade(
            day("2021-10-01"),
            organ("c")
                .withScore("85")
                .withHistory(GradeRecord.of("provincial-2", day("2016-03-01")))
                .applyingFor("provincial-2", day("2021-01-15")));
    assertThat(anew.heldBefore()).isEmpty();
    assertThat(anew.granted()).hasValue("provincial-2");
  }

  // ------------------------------------------------------------------ prerequisites (第五条)

  @Test
  void hubei_5_everyPrerequisiteMustHold() {
    // 第五条 "申报必备条件如下" (six conditions)
    GradeDecision d =
        grade(
            day("2021-06-01"),
            organ("a")
                .withScore("95")
                .withHistory(SECOND_SINCE_2020)
                .applyingFor("provincial-1", day("2021-01-15"))
                .withPrerequisite("no-incident", false));
    assertThat(d.granted()).isEmpty();
    for (GradeCheck check : d.checks()) {
      assertThat(check.unmet())
          .as(check.gradeId())
          .contains(
              new GradeCheck.Unmet(
                  GradeCheck.Reason.PREREQUISITE,
                  Optional.of("no-incident"),
                  Optional.empty(),
                  "no-incident 两年内没有发生档案安全事故 does not hold"));
    }
  }

  // ------------------------------------------------------------------ validity and review (第十、十一条)

  @Test
  void hubei_10_5_3_aCertificateIsValidThreeYearsFromItsOwnDate() {
    // 第十条五(三) "证牌(证书)由省档案局统一制作、颁发,有效期为三年": from the certificate, whatever
    // the day of the assessment that granted it.
    GradeDecision d =
        grade(
            day("2021-06-01"),
            organ("a").withHistory(GradeRecord.of("provincial-2", day("2020-09-01"))));
    assertThat(d.history())
        .containsExactly(
            new GradeStatus(
                "provincial-2",
                day("2020-09-01"),
                Optional.empty(),
                day("2023-08-31"),
                GradeStatus.State.VALID,
                Optional.of(day("2024-01-01"))));
  }

  @Test
  void hubei_11_aGradeLapsesOnlyIfNoReviewWasAppliedForInItsExpiryYear() {
    // 第十一条 "应在有效期满的当年提出复查申请……到期未申请复查的,等级资格自动失效"
    GradeRecord certified = GradeRecord.of("provincial-2", day("2018-03-01"));
    GradingCase c = organ("a").withHistory(certified);
    assertThat(grade(day("2021-02-28"), c).history().get(0).state())
        .isEqualTo(GradeStatus.State.VALID);
    // Run out in March, no review applied for yet: still held until the year ends.
    GradeDecision due = grade(day("2021-06-01"), c);
    assertThat(due.heldBefore()).hasValue("provincial-2");
    assertThat(due.history())
        .containsExactly(
            new GradeStatus(
                "provincial-2",
                day("2018-03-01"),
                Optional.empty(),
                day("2021-02-28"),
                GradeStatus.State.REVIEW_DUE,
                Optional.of(day("2022-01-01"))));
    GradeDecision lapsed = grade(day("2022-01-01"), c);
    assertThat(lapsed.heldBefore()).isEmpty();
    assertThat(lapsed.history().get(0).state()).isEqualTo(GradeStatus.State.LAPSED);

    // A review applied for 年初 in the expiry year and held later keeps the grade meanwhile.
    GradingCase applied =
        organ("a").withHistory(certified.withReview(GradeReview.pending(day("2021-01-15"))));
    for (String date : List.of("2021-02-28", "2021-10-01", "2022-03-01")) {
      GradeDecision d = grade(day(date), applied);
      assertThat(d.heldBefore()).as(date).hasValue("provincial-2");
      assertThat(d.history().get(0).lapsesOn()).as(date).isEmpty();
    }
    assertThat(grade(day("2021-10-01"), applied).history().get(0).state())
        .isEqualTo(GradeStatus.State.UNDER_REVIEW);
  }

  @Test
  void hubei_11_aReviewHeldAfterTheExpiryRenewsTheGradeItWasAppliedForInTime() {
    // 第十一条 "复查程序及内容与晋升考评相同。复查合格的,颁发复查合格证书。"
    GradingCase review =
        organ("a")
            .withHistory(GradeRecord.of("provincial-2", day("2018-03-01")))
            .applyingForReview("provincial-2", day("2021-01-15"));
    GradeDecision passed = grade(day("2021-10-01"), review.withScore("86"));
    assertThat(passed.verdict()).isEqualTo(GradeDecision.Verdict.RENEWED);
    assertThat(passed.heldBefore()).hasValue("provincial-2");
    assertThat(passed.granted()).hasValue("provincial-2");
    assertThat(passed.heldAfter()).hasValue("provincial-2");
    assertThat(passed.history().get(0).state()).isEqualTo(GradeStatus.State.UNDER_REVIEW);
    assertThat(passed.check("provincial-2").isMet()).isTrue();

    GradeDecision failed = grade(day("2021-10-01"), review.withScore("75"));
    assertThat(failed.verdict()).isEqualTo(GradeDecision.Verdict.NOT_RENEWED);
    assertThat(failed.heldBefore()).hasValue("provincial-2");
    assertThat(failed.heldAfter()).isEmpty();
    assertThat(reasons(failed, "provincial-2")).containsExactly(GradeCheck.Reason.SCORE);

    // A review failed before the certificate runs out leaves it to run out.
    GradeDecision early =
        grade(
            day("2021-01-20"),
            organ("b")
                .withScore("75")
                .withHistory(GradeRecord.of("provincial-2", day("2018-11-01")))
                .applyingForReview("provincial-2", day("2021-01-10")));
    assertThat(early.verdict()).isEqualTo(GradeDecision.Verdict.NOT_RENEWED);
    assertThat(early.heldAfter()).hasValue("provincial-2");
  }

  @Test
  void hubei_11_aReviewAppliedForOutsideTheExpiryYearRenewsNothing() {
    GradeRecord certified = GradeRecord.of("provincial-2", day("2018-03-01"));
    // Too late: the grade lapsed on 2022-01-01.
    GradeDecision late =
        grade(
            day("2022-10-01"),
            organ("a")
                .withScore("90")
                .withHistory(certified)
                .applyingForReview("provincial-2", day("2022-01-20")));
    assertThat(late.verdict()).isEqualTo(GradeDecision.Verdict.NOT_RENEWED);
    assertThat(late.check("provincial-2").unmet())
        .containsExactly(
            new GradeCheck.Unmet(
                GradeCheck.Reason.NOT_HELD_FOR_REVIEW,
                Optional.of("provincial-2"),
                Optional.of(day("2022-01-01")),
                "provincial-2 is not held on 2022-01-20 (it ended on 2022-01-01); a review renews"
                    + " a grade held, a grade not held is applied for anew"));
    // Too early: the certificate runs through 2021-02-28.
    GradeDecision early =
        grade(
            day("2021-01-20"),
            organ("a")
                .withScore("90")
                .withHistory(certified)
                .applyingForReview("provincial-2", day("2020-12-01")));
    assertThat(early.granted()).isEmpty();
    assertThat(early.check("provincial-2").unmet())
        .singleElement()
        .satisfies(u -> assertThat(u.reason()).isEqualTo(GradeCheck.Reason.REVIEW_NOT_DUE))
        .satisfies(u -> assertThat(u.date()).hasValue(day("2021-02-28")));
  }

  @Test
  void hubei_11_aPassedReviewRunsThreeYearsFromItsOwnCertificate() {
    // The renewed validity counts from the 复查合格证书, not from the old expiry (reading `renewal`).
    GradeRecord renewed =
        GradeRecord.of("provincial-2", day("2018-03-01"))
            .withReview(GradeReview.passed(day("2021-01-15"), day("2021-10-20")));
    GradeDecision d = grade(day("2022-06-01"), organ("a").withHistory(renewed));
    assertThat(d.history())
        .containsExactly(
            new GradeStatus(
                "provincial-2",
                day("2018-03-01"),
                Optional.of(day("2021-10-20")),
                day("2024-10-19"),
                GradeStatus.State.VALID,
                Optional.of(day("2025-01-01"))));
    // Held since 2018 without a break: 省一级 may be applied for on the strength of it.
    GradeDecision up =
        grade(
            day("2022-10-01"),
            organ("a")
                .withScore("92")
                .withHistory(renewed)
                .applyingFor("provincial-1", day("2022-01-10")));
    assertThat(up.granted()).hasValue("provincial-1");

    // A failed review: held until its certificate runs out, then gone.
    GradeRecord failed =
        GradeRecord.of("provincial-2", day("2018-11-01"))
            .withReview(GradeReview.failed(day("2021-01-10"), day("2021-06-01")));
    assertThat(grade(day("2021-10-31"), organ("b").withHistory(failed)).heldBefore())
        .hasValue("provincial-2");
    assertThat(grade(day("2021-11-01"), organ("b").withHistory(failed)).history())
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(GradeStatus.State.REVIEW_FAILED))
        .satisfies(s -> assertThat(s.lapsesOn()).hasValue(day("2021-11-01")));
  }

  // ------------------------------------------------------------------ by review (第六条)

  @Test
  void hubei_4_theSpecialGradeIsDecidedByReviewAfterHoldingTheFirst() {
    // 第四条 "在机关档案工作达到并保持省一级水平的基础上"; 第六条 "现场评议"
    GradingCase c =
        organ("a")
            .withHistory(GradeRecord.of("provincial-1", day("2019-05-01")))
            .applyingFor("provincial-special", day("2021-01-10"));
    assertThat(grade(day("2021-10-10"), c.withGrantedByReview("provincial-special")).granted())
        .hasValue("provincial-special");
    GradeDecision notGranted = grade(day("2021-10-10"), c);
    assertThat(notGranted.granted()).isEmpty();
    assertThat(reasons(notGranted, "provincial-special"))
        .containsExactly(GradeCheck.Reason.NOT_GRANTED_BY_REVIEW);
    assertThat(reasons(notGranted, "provincial-1"))
        .containsExactly(GradeCheck.Reason.NO_SCORE, GradeCheck.Reason.ALREADY_HELD);
  }

  @Test
  void anApplicationDecidesOnlyTheGradeAppliedFor() {
    GradingCase c = organ("a").withScore("95").withHistory(SECOND_SINCE_2020);
    GradeDecision special =
        grade(day("2021-06-01"), c.applyingFor("provincial-special", day("2021-01-15")));
    assertThat(special.check("provincial-1").isMet()).isTrue();
    assertThat(special.granted()).isEmpty();
  }

  @Test
  void aDisqualifiedUnitIsGradedNothing() {
    Cohort cohort = Cohort.of(SCHEME).vetoed("a", "organ", "95");
    GradingCase c =
        GradingCase.of(cohort.card("a"))
            .withPrerequisitesMet(PREREQUISITES)
            .applyingFor("provincial-2", day("2021-01-15"));
    assertThat(c.score()).hasValue(Points.of(95));
    GradeDecision d = grade(day("2021-06-01"), c);
    assertThat(d.granted()).isEmpty();
    assertThat(reasons(d, "provincial-2")).containsExactly(GradeCheck.Reason.DISQUALIFIED);
  }

  @Test
  void theOrderOfCasesAndOfTheirHistoryChangesNothing() {
    GradeRecord second =
        GradeRecord.of("provincial-2", day("2015-03-01"))
            .withReview(GradeReview.passed(day("2018-01-10"), day("2018-05-01")));
    GradeRecord first = GradeRecord.of("provincial-1", day("2019-06-01"));
    List<GradingCase> cases = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      GradingCase c = organ("u" + i).withHistory(i % 2 == 0 ? second : first);
      cases.add(
          i % 3 == 0 ? c : c.withScore(90 + i + "").applyingFor("provincial-1", day("2021-01-10")));
    }
    cases.add(organ("w").withHistory(first).withHistory(second));
    GradingResult one = Standings.of(SCHEME).grade("grades", day("2021-10-01"), cases);
    List<GradingCase> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);
    reversed.set(0, organ("w").withHistory(second).withHistory(first));
    assertThat(Standings.of(SCHEME).grade("grades", day("2021-10-01"), reversed)).isEqualTo(one);
  }

  // ------------------------------------------------------------------ bad cases

  @Test
  void badCasesAreAllReported() {
    GradingCase bad =
        GradingCase.of("a", "organ")
            .withPrerequisitesMet(PREREQUISITES.subList(1, 6))
            .withPrerequisite("bribe", true)
            .withScore("95")
            .applyingFor("provincial-1", day("2021-07-01"))
            .withGrantedByReview("provincial-1")
            .withGrantedByReview("provincial-special")
            .withHistory(GradeRecord.of("national", day("2019-01-01")))
            .withHistory(GradeRecord.of("provincial-2", day("2022-01-01")))
            .withHistory(
                GradeRecord.of("provincial-1", day("2017-03-01"))
                    .withReview(GradeReview.passed(day("2019-12-01"), day("2020-05-01"))))
            .withHistory(
                GradeRecord.of("provincial-2", day("2015-03-01"))
                    .withReview(GradeReview.failed(day("2018-01-10"), day("2018-06-01")))
                    .withReview(GradeReview.pending(day("2018-07-01"))))
            .withHistory(GradeRecord.of("provincial-2", day("2016-01-01")));
    assertThatThrownBy(
            () -> Standings.of(SCHEME).grade("grades", day("2021-06-01"), List.of(bad, organ("a"))))
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
                        "grading grades/unit a: applied for provincial-1 on 2021-07-01, after the"
                            + " assessment date 2021-06-01",
                        "grading grades/unit a: review granted provincial-1, which is reached by"
                            + " score, not by review",
                        "grading grades/unit a: review granted provincial-special, which the unit did"
                            + " not apply for",
                        "grading grades/unit a: held unknown grade national",
                        "grading grades/unit a/grade provincial-2 of 2015-03-01: review applied for on"
                            + " 2018-07-01 follows the review of 2018-01-10, which failed; a"
                            + " certificate is reviewed once",
                        "grading grades/unit a/grade provincial-1 of 2017-03-01: review applied for on"
                            + " 2019-12-01, but the certificate it renews runs through 2020-02-29; a"
                            + " review is applied for in the year the certificate runs out, and a"
                            + " grade without one lapses at that year's end",
                        "grading grades/unit a/grade provincial-2 of 2022-01-01: certified after the"
                            + " assessment date 2021-06-01",
                        "grading grades/unit a/grade provincial-2 of 2016-01-01: certified while its"
                            + " certificate of 2015-03-01 was held; record a renewal as a review of"
                            + " that certificate",
                        "grading grades/unit a: unit a has two cases"));
    assertThatThrownBy(() -> Standings.of(SCHEME).grade("nope", day("2021-06-01"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme hubei-2011 has no grading nope");
  }

  @Test
  void aCaseCanBeCheckedAloneBeforeItIsDecided() {
    Standings standings = Standings.of(SCHEME);
    GradingCase noScore = organ("a").applyingFor("provincial-2", day("2021-01-10"));
    assertThat(standings.check("grades", day("2021-06-01"), noScore))
        .extracting(Problem::message)
        .containsExactly(
            "applied for provincial-2, which is reached by a score, and the case has none; give"
                + " the assessment's score");
    assertThat(standings.check("grades", day("2021-06-01"), noScore.withScore("81"))).isEmpty();
    // A review twice: once pending in the history, once as the application.
    GradingCase twice =
        organ("b")
            .withScore("88")
            .withHistory(
                GradeRecord.of("provincial-2", day("2018-03-01"))
                    .withReview(GradeReview.pending(day("2021-01-10"))))
            .applyingForReview("provincial-2", day("2021-01-12"));
    assertThat(standings.check("grades", day("2021-06-01"), twice))
        .extracting(Problem::message)
        .containsExactly(
            "applies for the review of provincial-2 on 2021-01-12, and its history already has a"
                + " review applied for on 2021-01-10; give the review being decided once, as the"
                + " application");
  }
}
