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

  // ------------------------------------------------------------------ grades, decided

  private static final List<String> PREREQUISITES =
      List.of("art5.1", "art5.2", "art5.3", "art5.4", "art5.5", "art5.6");

  /** An organ scored by the review panel on 附件2, every prerequisite of 第五条 met. */
  private static GradingCase applicant(String unit, String score) {
    ScoreCard card =
        CALCULATOR.score(
            UnitFacts.of(unit, Hubei2011.ORGAN)
                .period("2021")
                .addFacts(Assessment.of("art7", score))
                .build());
    return GradingCase.of(card).withPrerequisitesMet(PREREQUISITES);
  }

  private static GradeDecision decide(String date, GradingCase c) {
    return Standings.of(SCHEME)
        .grade("grades", LocalDate.parse(date), List.of(c))
        .decision(c.unitId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"art5.1", "art5.2", "art5.3", "art5.4", "art5.5", "art5.6"})
  void hubei_5_anyOneUnmetPrerequisiteBarsEveryGradeWhateverTheScore(String prerequisite) {
    // 第五条 "申报必备条件如下: 一、依法办理了档案登记; ... 六、机关电子文件管理规范安全。..."
    GradingCase c = applicant("sheng-shuiliting", "94").withPrerequisite(prerequisite, false);
    GradeDecision d = decide("2021-11-20", c);
    assertThat(d.granted()).isEmpty();
    for (String grade : List.of("prov2", "prov1", "special")) {
      assertThat(d.check(grade).unmet())
          .extracting(GradeCheck.Unmet::reason)
          .contains(GradeCheck.Reason.PREREQUISITE);
    }
    assertThat(d.check("prov2").unmet())
        .singleElement()
        .satisfies(u -> assertThat(u.detail()).contains(prerequisite));
  }

  @Test
  void hubei_5_aPrerequisiteLeftUnstatedIsAnErrorNotADefault() {
    assertThatThrownBy(
            () ->
                decide(
                    "2021-11-20",
                    GradingCase.of("sheng-shuiliting", Hubei2011.ORGAN)
                        .withScore("94")
                        .withPrerequisite("art5.1", true)))
        .isInstanceOf(StandingsException.class)
        .hasMessageContaining("art5.2");
  }

  @Test
  void hubei_7_eightyReachesTheSecondGradeAndSeventyNineFiveDoesNot() {
    // 第七条 "省二级达标分数线为80分": the line is included.
    assertThat(decide("2021-11-20", applicant("sheng-jiaoyuting", "80")).granted())
        .contains("prov2");
    GradeDecision below = decide("2021-11-20", applicant("sheng-jiaoyuting", "79.5"));
    assertThat(below.granted()).isEmpty();
    assertThat(below.check("prov2").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.SCORE);
  }

  @Test
  void hubei_3_7_ninetyWithoutTheSecondGradeHeldIsStillOnlyTheSecond() {
    // 第三条 "逐级晋升": a first application scoring 90 is granted 省二级, not 省一级.
    GradeDecision d = decide("2021-11-20", applicant("sheng-jiaoyuting", "90"));
    assertThat(d.granted()).contains("prov2");
    assertThat(d.grantedUntil()).contains(LocalDate.of(2024, 11, 20));
    assertThat(d.check("prov1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD);
  }

  @Test
  void hubei_3_7_theFirstGradeAtNinetyOneYearAfterTheSecondAndNotADaySooner() {
    // 第三条 "各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评"; 90 itself
    // reaches 省一级 (第七条 "省一级达标分数线为90分").
    GradingCase c =
        applicant("sheng-caizhengting", "90")
            .applyingFor("prov1")
            .withHistory(GradeRecord.of("prov2", LocalDate.of(2020, 6, 1)));
    GradeDecision early = decide("2021-05-31", c);
    assertThat(early.granted()).isEmpty();
    assertThat(early.heldBefore()).contains("prov2");
    assertThat(early.check("prov1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT);
    GradeDecision onTime = decide("2021-06-01", c);
    assertThat(onTime.granted()).contains("prov1");
    assertThat(onTime.grantedUntil()).contains(LocalDate.of(2024, 6, 1));
    // 89.5 a year on is not.
    GradeDecision short1 =
        decide(
            "2021-06-01",
            applicant("sheng-caizhengting", "89.5")
                .applyingFor("prov1")
                .withHistory(GradeRecord.of("prov2", LocalDate.of(2020, 6, 1))));
    assertThat(short1.granted()).isEmpty();
    assertThat(short1.check("prov1").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.SCORE);
  }

  @Test
  void hubei_6_theSpecialGradeByReviewAYearAfterTheFirst() {
    // 第六条 "省特级考评采取现场评议结合抽查系统档案工作的方式进行"; 第三条 one year after 省一级.
    GradingCase c =
        applicant("sheng-gongshangju", "96")
            .applyingFor("special")
            .withHistory(GradeRecord.of("prov2", LocalDate.of(2017, 5, 10)))
            .withHistory(GradeRecord.of("prov1", LocalDate.of(2019, 9, 1)));
    GradeDecision notGranted = decide("2021-10-15", c);
    assertThat(notGranted.granted()).isEmpty();
    assertThat(notGranted.check("special").unmet())
        .extracting(GradeCheck.Unmet::reason)
        .containsExactly(GradeCheck.Reason.NOT_GRANTED_BY_REVIEW);
    GradeDecision granted = decide("2021-10-15", c.withGrantedByReview("special"));
    assertThat(granted.heldBefore()).contains("prov1");
    assertThat(granted.granted()).contains("special");
  }

  @Test
  void hubei_10_11_aGradeLapsesAfterThreeYearsUnlessReviewedInTime() {
    // 第十条五(三) "有效期为三年"; 第十一条 "复查工作每三年一次...到期未申请复查的,等级资格自动失效"
    GradeRecord awarded = GradeRecord.of("prov1", LocalDate.of(2017, 3, 1));
    GradingCase unreviewed =
        applicant("sheng-weishengting", "93").applyingFor("special").withHistory(awarded);
    assertThat(decide("2020-02-29", unreviewed).heldBefore()).contains("prov1");
    GradeDecision lapsed = decide("2020-03-01", unreviewed);
    assertThat(lapsed.heldBefore()).isEmpty();
    assertThat(lapsed.history())
        .singleElement()
        .satisfies(h -> assertThat(h.valid()).isFalse())
        .satisfies(h -> assertThat(h.lapsesOn()).isEqualTo(LocalDate.of(2020, 3, 1)));
    // Reviewed and passed on 2019-12-10, in the last year: valid three years from the review.
    GradingCase reviewed =
        applicant("sheng-weishengting", "93")
            .applyingFor("special")
            .withHistory(awarded.reviewedOn(LocalDate.of(2019, 12, 10)));
    GradeDecision renewed = decide("2020-03-01", reviewed);
    assertThat(renewed.heldBefore()).contains("prov1");
    assertThat(renewed.history())
        .singleElement()
        .satisfies(h -> assertThat(h.lastReviewed()).contains(LocalDate.of(2019, 12, 10)))
        .satisfies(h -> assertThat(h.lapsesOn()).isEqualTo(LocalDate.of(2022, 12, 10)));
  }
}
