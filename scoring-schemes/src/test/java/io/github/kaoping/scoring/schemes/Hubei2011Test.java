package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.d;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.node;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.perfectFacts;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.scoredMaxima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.GradeCheck;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradeRecord;
import io.github.kaoping.scoring.standings.GradeReview;
import io.github.kaoping.scoring.standings.GradeStatus;
import io.github.kaoping.scoring.standings.GradingCase;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** hubei-2011: the packaged scheme against its text, and worked examples named after the clause. */
class Hubei2011Test {

  private static final Scheme SCHEME = Regulation.HUBEI_2011.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);
  private static final Grading GRADES = (Grading) SCHEME.outcomes().get(0);

  private static ScoreCard organ(String score) {
    return CALCULATOR.score(
        UnitFacts.of("sheng-jiaoyuting", Hubei2011.ORGAN)
            .addFacts(Assessment.of("art7", score))
            .build());
  }

  private static Grade grade(String id) {
    return GRADES.grades().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ the scheme as a whole

  @Test
  void theKnownDefectIsRecorded() {
    // README: "hubei: the scoring tables (附件1-6) are not included"
    assertThat(SCHEME.readings())
        .extracting(Reading::id)
        .contains("annex-tables", "centre-table", "special-grade", "numbering-gap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"鄂档规[2011]1号", "鄂档规〔2011〕1号", "鄂档规［2011］1号", " 鄂档规 [2011] 1号"})
  void theCatalogueFindsItByDocumentNumber(String number) {
    assertThat(Regulation.byDocumentNumber(number)).contains(Regulation.HUBEI_2011);
  }

  @Test
  void theCatalogueFindsItByIdWithItsHistory() {
    assertThat(Regulation.byId("hubei-2011")).contains(Regulation.HUBEI_2011);
    assertThat(Regulation.byDocumentNumber("鄂档〔2009〕26号")).isEmpty(); // superseded, not this one
    SchemeInfo info = SCHEME.info();
    assertThat(info.documentNumber()).hasValue("鄂档规[2011]1号");
    assertThat(info.issuer()).hasValue("湖北省档案局");
    assertThat(info.supersedes()).containsExactly("鄂档〔2009〕26号");
    assertThat(info.status()).isEqualTo(SchemeInfo.Status.STANDARD);
    assertThat(info.issued()).isEmpty();
    assertThat(info.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains("1989年制定", "1999年第一次修订", "2007年第二次修订", "2009年第三次修订", "2011年第四次修订"));
  }

  // ------------------------------------------------------------------ what is scored

  @Test
  void total_eachGroupIsScoredOutOfTheDocumentedHundred() {
    assertThat(SCHEME.maximum()).hasValue(p("100"));
    Node root = Node.builder().id("root").title("root").addAllChildren(SCHEME.sections()).build();
    assertThat(scoredMaxima(root, Hubei2011.ORGAN)).isEqualTo(p("100"));
    assertThat(scoredMaxima(root, Hubei2011.CENTRE)).isEqualTo(p("100"));
    for (UnitGroup group : SCHEME.groups()) {
      ScoreCard card = CALCULATOR.score(perfectFacts(SCHEME, "unit", group.id()));
      assertThat(card.total()).as(group.id()).isEqualTo(p("100"));
    }
  }

  @Test
  void hubei_7_theMissingAnnex2IsOneAssessedPartOfAHundred() {
    // 第七条 "考评内容和标准见《...省一级、省二级考评标准及考评表》(附件2)" — not part of the text.
    Node annex2 = node(SCHEME, "art7");
    assertThat(annex2.rule()).hasValue(Rule.Assessed.award());
    assertThat(annex2.maximum()).hasValue(p("100"));
    assertThat(annex2.groups()).containsExactly(Hubei2011.ORGAN);
    assertThat(organ("91.5").total()).isEqualTo(p("91.5"));
  }

  @Test
  void hubei_7_aScoreAboveTheDocumentedHundredIsRejected() {
    assertThat(organ("100").total()).isEqualTo(p("100"));
    assertThatThrownBy(() -> organ("100.5"))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("art7");
  }

  @Test
  void hubei_8_centresAreScoredOnAnnex3NotAnnex2() {
    // 第八条 "实行档案(文件)管理中心管理体制的机关 ... 分别考核、综合评分 ... (附件3)"
    UnitFacts centre =
        UnitFacts.of("shiyan-centre", Hubei2011.CENTRE)
            .addFacts(Assessment.of("art8", "88"))
            .build();
    assertThat(CALCULATOR.score(centre).total()).isEqualTo(p("88"));
    assertThat(CALCULATOR.score(centre).node("art7")).isEmpty();
    assertThatThrownBy(() -> CALCULATOR.score(centre.with(Assessment.of("art7", "90"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("art7");
  }

  @Test
  void hubei_10_4_thePanelsAreRecordedOnTheScoredParts() {
    // 第十条四(一) "评审组由3-5人组成 ... 由5—7人组成 ... 由7—9人组成"
    for (String id : new String[] {"art7", "art8"}) {
      assertThat(node(SCHEME, id).note().orElseThrow()).contains("3-5人", "5—7人", "7—9人");
      assertThat(node(SCHEME, id).evaluator().orElseThrow()).contains("第九条");
    }
  }

  @Test
  void hubei_7_aUserScoresOnTheRealTableByReplacingThePart() {
    // As the class Javadoc shows: the table's items replace the assessed part, keeping its id.
    Scheme base = Regulation.HUBEI_2011.scheme();
    Node.Builder organisation =
        Node.of("annex2.1", "组织管理", "附件2").max("40").rule(Rule.Assessed.award());
    Node.Builder facilities =
        Node.of("annex2.2", "基础设施、业务建设和利用服务", "附件2").max("60").rule(Rule.Assessed.award());
    Scheme ours =
        Scheme.builder()
            .from(base)
            .sections(
                base.sections().stream()
                    .map(
                        n ->
                            n.id().equals("art7")
                                ? Node.builder()
                                    .from(n)
                                    .rule(Optional.empty())
                                    .add(organisation, facilities)
                                    .build()
                                : n)
                    .toList())
            .build();
    ScoreCard card =
        Calculator.of(ours)
            .score(
                UnitFacts.of("u", Hubei2011.ORGAN)
                    .addFacts(Assessment.of("annex2.1", "36"), Assessment.of("annex2.2", "55"))
                    .build());
    assertThat(card.total()).isEqualTo(p("91"));
    assertThat(ours.outcomes()).containsExactly(GRADES);
  }

  // ------------------------------------------------------------------ grades

  @Test
  void hubei_5_sixPrerequisitesMustAllHoldBeforeApplying() {
    // 第五条 "申报必备条件如下: 一、依法办理了档案登记; ... 六、机关电子文件管理规范安全。..."
    String text = PackagedSchemeChecks.text(Hubei2011.SOURCE);
    assertThat(GRADES.prerequisites())
        .extracting(Rule.Element::id)
        .containsExactly("art5.1", "art5.2", "art5.3", "art5.4", "art5.5", "art5.6");
    assertThat(GRADES.prerequisites()).allSatisfy(e -> assertThat(text).contains(e.title()));
  }

  @Test
  void hubei_7_theLinesOfNinetyAndEightyAreIncluded() {
    // 第七条 "省一级达标分数线为90分;省二级达标分数线为80分"
    Interval first = grade("prov1").scores().orElseThrow();
    Interval second = grade("prov2").scores().orElseThrow();
    assertThat(first.contains(d("90"))).isTrue();
    assertThat(first.contains(d("89.99"))).isFalse();
    assertThat(second.contains(d("80"))).isTrue();
    assertThat(second.contains(d("79.99"))).isFalse();
    assertThat(second.contains(d("100"))).isTrue();
  }

  @Test
  void hubei_3_aHigherGradeNeedsTheLowerOneHeldForAYear() {
    // 第三条 "逐级晋升 ... 各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评"
    assertThat(GRADES.grades())
        .extracting(Grade::id, Grade::title, Grade::requires, Grade::heldYears)
        .containsExactly(
            tuple("prov2", "省二级", Optional.empty(), 0),
            tuple("prov1", "省一级", Optional.of("prov2"), 1),
            tuple("special", "省特级", Optional.of("prov1"), 1));
  }

  @Test
  void hubei_6_theSpecialGradeIsByReviewNotByScore() {
    // 第六条 "省特级考评采取现场评议结合抽查系统档案工作的方式进行"
    assertThat(grade("special").scores()).isEmpty();
    assertThat(grade("special").clause()).hasValue("第六条");
  }

  @Test
  void hubei_10_5_3_gradesAreValidForThreeYearsAndLapseUnlessReviewed() {
    // 第十条五(三) "有效期为三年"; 第十一条 "到期未申请复查的,等级资格自动失效"
    assertThat(GRADES.validYears()).isEqualTo(3);
    assertThat(GRADES.groups()).isEmpty(); // organs and centres alike
    assertThat(SCHEME.readings())
        .filteredOn(r -> r.id().equals("validity"))
        .singleElement()
        .satisfies(r -> assertThat(r.reading()).contains("自动失效"));
  }

  @Test
  void hubei_3_11_whatTheTextLeavesOpenAboutApplicationsAndReviewsIsRecorded() {
    // 第三条 "自愿申报", 第十一条 "复查合格的,颁发复查合格证书" (from when?), "到期未申请复查的" (by when?)
    assertThat(SCHEME.readings())
        .filteredOn(
            r -> List.of("application", "review-year", "renewal", "failed-review").contains(r.id()))
        .extracting(Reading::id, Reading::clause)
        .containsExactly(
            tuple("application", "第三条"),
            tuple("review-year", "第十一条"),
            tuple("renewal", "第十一条"),
            tuple("failed-review", "第十一条"));
    assertThat(PackagedSchemeChecks.reading(SCHEME, "renewal").reading())
        .contains("复查合格证书", "its own date");
    assertThat(PackagedSchemeChecks.reading(SCHEME, "step-up").reading())
        .contains("before the application");
  }

  // ------------------------------------------------------------------ grades, decided

  private static final List<String> PREREQUISITES =
      List.of("art5.1", "art5.2", "art5.3", "art5.4", "art5.5", "art5.6");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** An organ scored by the review panel on 附件2, every prerequisite of 第五条 met. */
  private static GradingCase assessed(String unit, String score) {
    ScoreCard card =
        CALCULATOR.score(
            UnitFacts.of(unit, Hubei2011.ORGAN)
                .period("2021")
                .addFacts(Assessment.of("art7", score))
                .build());
    return GradingCase.of(card).withPrerequisitesMet(PREREQUISITES);
  }

  /** An organ that applied for nothing this year: only its past grades are reported. */
  private static GradingCase registered(String unit) {
    return GradingCase.of(unit, Hubei2011.ORGAN);
  }

  private static GradeDecision decide(String date, GradingCase c) {
    return Standings.of(SCHEME).grade("grades", day(date), List.of(c)).decision(c.unitId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"art5.1", "art5.2", "art5.3", "art5.4", "art5.5", "art5.6"})
  void hubei_5_anyOneUnmetPrerequisiteBarsEveryGradeWhateverTheScore(String prerequisite) {
    // 第五条 "申报必备条件如下: 一、依法办理了档案登记; ... 六、机关电子文件管理规范安全。..."
    GradingCase c =
        assessed("sheng-shuiliting", "94")
            .applyingFor("prov2", day("2021-01-12"))
            .withPrerequisite(prerequisite, false);
    GradeDecision d = decide("2021-11-20", c);
    assertThat(d.granted()).isEmpty();
    for (String grade : List.of("prov2", "prov1", "special")) {
      assertThat(d.check(grade).unmet())
          .extracting(GradeCheck.Unmet::reason)
          .contains(GradeCheck.Reason.PREREQUISITE);
    }
    assertThat(d.check("prov2").unmet())
        .singleElement()
        .satisfies(u -> assertThat(u.subject()).contains(prerequisite));
  }

  @Test
  void hubei_5_aPrerequisiteLeftUnstatedIsAnErrorNotADefault() {
    assertThatThrownBy(
            () ->
                decide(
                    "2021-11-20",
                    GradingCase.of("sheng-shuiliting", Hubei2011.ORGAN)
                        .withScore("94")
                        .applyingFor("prov2", day("2021-01-12"))
                        .withPrerequisite("art5.1", true)))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("art5.2");
  }

  @Test
  void hubei_7_eightyReachesTheSecondGradeAndSeventyNineFiveDoesNot() {
    // 第七条 "省二级达标分数线为80分": the line is included.
    GradeDecision eighty =
        decide(
            "2021-11-20",
            assessed("sheng-jiaoyuting", "80").applyingFor("prov2", day("2021-01-12")));
    assertThat(eighty.granted()).contains("prov2");
    assertThat(eighty.verdict()).isEqualTo(GradeDecision.Verdict.GRANTED);
    GradeDecision below =
        decide(
            "2021-11-20",
            assessed("sheng-jiaoyuting", "79.5").applyingFor("prov2", day("2021-01-12")));
    assertThat(below.granted()).isEmpty();
    assertThat(below.check("prov2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.SCORE);
  }

  @Test
  void hubei_3_7_ninetyWithoutTheSecondGradeHeldGrantsNothingForTheFirst() {
    // 第三条 "逐级晋升": 省一级 applied for without 省二级 is not granted, and 省二级, not applied
    // for, is not granted either.
    GradeDecision d =
        decide(
            "2021-11-20",
            assessed("sheng-jiaoyuting", "90").applyingFor("prov1", day("2021-01-12")));
    assertThat(d.granted()).isEmpty();
    assertThat(d.check("prov1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD);
  }

  @Test
  void hubei_3_theYearIsCountedToTheApplicationNotTheAssessment() {
    // 第三条 "各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评". Issue 10: 省二级
    // certified 2020-09-01, 省一级 applied for on 2021-01-10, scored 95 on 2021-10-01 — granted
    // before; the text does not allow the application.
    GradingCase c =
        assessed("sheng-caizhengting", "95")
            .withHistory(GradeRecord.of("prov2", day("2020-09-01")))
            .applyingFor("prov1", day("2021-01-10"));
    GradeDecision d = decide("2021-10-01", c);
    assertThat(d.granted()).isEmpty();
    assertThat(d.heldAfter()).contains("prov2");
    assertThat(d.check("prov1").unmet())
        .singleElement()
        .satisfies(
            u -> assertThat(u.reason()).isEqualTo(GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT))
        .satisfies(u -> assertThat(u.detail()).contains("may be applied for from 2021-09-01"));
    // Applied for a year after the certificate, the same score is granted.
    assertThat(decide("2022-10-01", c.applyingFor("prov1", day("2022-01-10"))).granted())
        .contains("prov1");
  }

  @Test
  void hubei_6_theSpecialGradeByReviewAYearAfterTheFirst() {
    // 第六条 "省特级考评采取现场评议结合抽查系统档案工作的方式进行"; 第三条 one year after 省一级.
    GradingCase c =
        GradingCase.of("sheng-gongshangju", Hubei2011.ORGAN)
            .withPrerequisitesMet(PREREQUISITES)
            .applyingFor("special", day("2021-01-08"))
            .withHistory(GradeRecord.of("prov2", day("2017-05-10")))
            .withHistory(GradeRecord.of("prov1", day("2019-09-01")));
    GradeDecision notGranted = decide("2021-10-15", c);
    assertThat(notGranted.granted()).isEmpty();
    assertThat(notGranted.check("special").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.NOT_GRANTED_BY_REVIEW);
    GradeDecision granted = decide("2021-10-15", c.withGrantedByReview("special"));
    assertThat(granted.heldBefore()).contains("prov1");
    assertThat(granted.granted()).contains("special");
    assertThat(granted.heldAfter()).contains("special");
  }

  @Test
  void hubei_10_5_3_validityRunsFromTheCertificateNotTheAssessment() {
    // 第十条五(三) "证牌(证书)由省档案局统一制作、颁发,有效期为三年". Assessed 2021-10-01, certified
    // 2021-12-10: valid through 2024-12-09, and no longer the day after.
    GradingCase c =
        registered("sheng-minzhengting").withHistory(GradeRecord.of("prov2", day("2021-12-10")));
    assertThat(decide("2024-12-09", c).history())
        .singleElement()
        .satisfies(s -> assertThat(s.validThrough()).isEqualTo(day("2024-12-09")))
        .satisfies(s -> assertThat(s.state()).isEqualTo(GradeStatus.State.VALID));
    assertThat(decide("2024-12-10", c).history().get(0).state())
        .isEqualTo(GradeStatus.State.REVIEW_DUE);
    // A grade granted now says nothing of a validity it cannot know.
    GradeDecision granted =
        decide(
            "2021-10-01",
            assessed("sheng-minzhengting", "85").applyingFor("prov2", day("2021-01-12")));
    assertThat(granted.granted()).contains("prov2");
    assertThat(granted.history()).isEmpty();
  }

  @Test
  void hubei_11_anOrganThatAppliedForItsReviewInTimeKeepsItsGrade() {
    // 第十一条 "应在有效期满的当年提出复查申请……到期未申请复查的,等级资格自动失效". 省二级 certified
    // 2018-03-01 runs through 2021-02-28; the review is applied for 年初 (2021-01-15) and held on
    // 2021-10-01. Before, the grade lapsed on 2021-03-01 and the review was refused.
    GradeRecord second = GradeRecord.of("prov2", day("2018-03-01"));
    GradingCase review =
        assessed("sheng-minzhengting", "86")
            .withHistory(second)
            .applyingForReview("prov2", day("2021-01-15"));
    GradeDecision d = decide("2021-10-01", review);
    assertThat(d.verdict()).isEqualTo(GradeDecision.Verdict.RENEWED);
    assertThat(d.heldBefore()).contains("prov2");
    assertThat(d.granted()).contains("prov2");
    assertThat(d.history().get(0).state()).isEqualTo(GradeStatus.State.UNDER_REVIEW);
    // Between its application and the review, the grade is held.
    GradingCase waiting =
        registered("sheng-minzhengting")
            .withHistory(second.withReview(GradeReview.pending(day("2021-01-15"))));
    assertThat(decide("2021-06-30", waiting).heldBefore()).contains("prov2");
    // Renewed by a 复查合格证书 of 2021-10-20: valid three years from that certificate.
    GradingCase renewed =
        registered("sheng-minzhengting")
            .withHistory(
                second.withReview(GradeReview.passed(day("2021-01-15"), day("2021-10-20"))));
    assertThat(decide("2024-10-19", renewed).history().get(0).state())
        .isEqualTo(GradeStatus.State.VALID);
    // An organ that never applied: held until the year's end, then lapsed.
    assertThat(decide("2021-12-31", registered("a").withHistory(second)).heldBefore())
        .contains("prov2");
    assertThat(decide("2022-01-01", registered("a").withHistory(second)).history())
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(GradeStatus.State.LAPSED))
        .satisfies(s -> assertThat(s.lapsesOn()).contains(day("2022-01-01")));
  }

  @Test
  void hubei_3_11_anOrganHoldingAGradeIsNotGrantedItAgainWithANewValidity() {
    // Only a review (复查) renews a grade held; assessed without applying for a higher grade, an
    // organ holding 省二级 was granted 省二级 again, valid three more years.
    GradingCase c =
        assessed("sheng-wenhuating", "85")
            .withHistory(GradeRecord.of("prov2", day("2020-01-10")))
            .applyingFor("prov2", day("2021-01-12"));
    GradeDecision d = decide("2021-06-01", c);
    assertThat(d.granted()).isEmpty();
    assertThat(d.check("prov2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.ALREADY_HELD);
    assertThat(d.history().get(0).validThrough()).isEqualTo(day("2023-01-09"));
    assertThatThrownBy(
            () ->
                decide(
                    "2021-06-01",
                    assessed("sheng-wenhuating", "85")
                        .withHistory(GradeRecord.of("prov2", day("2020-01-10")))))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("applied for nothing");
  }
}
