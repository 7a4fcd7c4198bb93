package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.node;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.perfectFacts;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.replacing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import io.github.kaoping.scoring.standings.Withheld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dazhou-2012: the packaged scheme against its text, and worked examples named after the clause.
 */
class Dazhou2012Test {

  private static final Scheme SCHEME = Regulation.DAZHOU_2012.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);
  private static final List<String> AREAS =
      List.of("s3.1", "s3.2", "s3.3", "s3.4", "s3.5", "s3.6", "s3.7");

  /** A county office assessed at 80 in every area, changed only by the given facts. */
  private static UnitFacts county(Fact... changes) {
    UnitFacts.Builder facts = UnitFacts.of("tongchuan", Dazhou2012.COUNTY);
    AREAS.forEach(a -> facts.addFacts(Assessment.of(a, "80")));
    return replacing(facts.build(), changes);
  }

  // ------------------------------------------------------------------ the scheme as a whole

  @Test
  void theKnownDefectIsRecorded() {
    // README: "dazhou: no point values at all; the office sets '具体计分办法' per area."
    assertThat(SCHEME.readings())
        .filteredOn(r -> r.id().equals("no-points"))
        .singleElement()
        .satisfies(r -> assertThat(r.nodeIds()).containsExactlyElementsOf(AREAS));
  }

  @Test
  void theCatalogueFindsItByIdAndSaysItIsATrial() {
    assertThat(Regulation.byId("dazhou-2012")).contains(Regulation.DAZHOU_2012);
    SchemeInfo info = SCHEME.info();
    assertThat(info.status()).isEqualTo(SchemeInfo.Status.TRIAL);
    assertThat(info.issued()).hasValue(LocalDate.of(2012, 1, 11));
    assertThat(info.effective()).isEmpty();
    assertThat(info.documentNumber()).isEmpty();
    assertThat(info.issuer()).hasValue("达州市人民政府办公室");
  }

  @Test
  void countiesAndDepartmentsAreTwoGroupsScoredAlike() {
    assertThat(SCHEME.groups())
        .extracting(UnitGroup::id)
        .containsExactly(Dazhou2012.COUNTY, Dazhou2012.DEPARTMENT);
    assertThat(SCHEME.groups()).allSatisfy(g -> assertThat(g.units()).isEmpty());
    assertThat(SCHEME.sections()).allSatisfy(a -> assertThat(a.groups()).isEmpty());
  }

  // ------------------------------------------------------------------ 三 and 五: areas, evaluators

  @Test
  void dazhou_3_sevenAreasEachAnAssessedPartOfAHundred() {
    // 一 "文电办理、会务办理、督查督办、政务调研、信息服务、政府网站建设(包括政府信息公开)和应急管理七个方面"
    assertThat(SCHEME.sections())
        .extracting(Node::id, Node::title)
        .containsExactly(
            tuple("s3.1", "文电办理"),
            tuple("s3.2", "会务办理"),
            tuple("s3.3", "督查督办"),
            tuple("s3.4", "政务调研"),
            tuple("s3.5", "信息服务"),
            tuple("s3.6", "政府网站建设(包括政府信息公开)"),
            tuple("s3.7", "应急管理"));
    assertThat(SCHEME.sections())
        .allSatisfy(
            a -> {
              assertThat(a.maximum()).hasValue(p("100"));
              assertThat(a.rule()).hasValue(Rule.Assessed.award());
            });
  }

  @Test
  void dazhou_3_theCriteriaAreKeptVerbatimInEachAreasNote() {
    String text = PackagedSchemeChecks.text(Dazhou2012.SOURCE).replace("\n", "");
    for (Node area : SCHEME.sections()) {
      String note = area.note().orElseThrow();
      String prefix = "评价标准 " + area.clause().orElseThrow() + ": ";
      assertThat(note).startsWith(prefix);
      assertThat(text).as("criteria of %s", area.id()).contains(note.substring(prefix.length()));
    }
    assertThat(node(SCHEME, "s3.3").note().orElseThrow()).contains("一次性办结率达到98%以上");
  }

  @Test
  void dazhou_5_1_eachAreaNamesTheOfficeThatEvaluatesIt() {
    // 五(一) "督查督办由市政府督查室会同相关科室成立评价小组提出评价建议; ..."
    assertThat(SCHEME.sections())
        .extracting(n -> n.evaluator().orElseThrow())
        .allSatisfy(e -> assertThat(e).endsWith("会同相关科室成立评价小组提出评价建议(五(一))"));
    assertThat(node(SCHEME, "s3.1").evaluator().orElseThrow()).startsWith("市政府办公室综合秘书科、秘书五科");
    assertThat(node(SCHEME, "s3.2").evaluator()).isEqualTo(node(SCHEME, "s3.1").evaluator());
    assertThat(node(SCHEME, "s3.3").evaluator().orElseThrow()).startsWith("市政府督查室");
    assertThat(node(SCHEME, "s3.4").evaluator().orElseThrow()).startsWith("市政府研究室");
    assertThat(node(SCHEME, "s3.5").evaluator().orElseThrow()).startsWith("市政府信息技术科");
    assertThat(node(SCHEME, "s3.6").evaluator().orElseThrow()).startsWith("市政府信息公开管理中心、电子政务科");
    assertThat(node(SCHEME, "s3.7").evaluator().orElseThrow()).startsWith("市政府应急办");
  }

  @Test
  void dazhou_5_2_eachAreaIsScoredOnItsOwn() {
    ScoreCard card = CALCULATOR.score(county(Assessment.of("s3.5", "95.5")));
    assertThat(card.points("s3.5")).isEqualTo(p("95.5"));
    assertThat(card.points("s3.1")).isEqualTo(p("80"));
  }

  @Test
  void dazhou_5_2_anAreaAssessedOverItsMaximumIsRejected() {
    // 五(二) "市政府办公室分项目制定具体计分办法": until it does, an area is worth the documented 100.
    assertThat(CALCULATOR.score(county(Assessment.of("s3.2", "100"))).points("s3.2"))
        .isEqualTo(p("100"));
    assertThatThrownBy(() -> CALCULATOR.score(county(Assessment.of("s3.2", "100.5"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("s3.2")
        .hasMessageContaining("0..100");
  }

  @Test
  void dazhou_5_2_anAreaWithoutItsAssessmentIsAnErrorNotAZero() {
    UnitFacts missing = county().without(f -> f.target().equals("s3.7"));
    assertThatThrownBy(() -> CALCULATOR.score(missing))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("s3.7");
  }

  @Test
  void dazhou_5_2_aUserOverridesAnAreasMaximumByBuildingASchemeFromThisOne() {
    // As the class Javadoc shows: the office's 计分办法 gives 督查督办 30 points.
    Scheme base = Regulation.DAZHOU_2012.scheme();
    Scheme ours =
        Scheme.builder()
            .from(base)
            .sections(
                base.sections().stream()
                    .map(
                        area ->
                            area.id().equals("s3.3")
                                ? Node.builder().from(area).max("30").build()
                                : area)
                    .toList())
            .build();
    Calculator calculator = Calculator.of(ours);
    assertThat(calculator.score(county(Assessment.of("s3.3", "30"))).points("s3.3"))
        .isEqualTo(p("30"));
    assertThatThrownBy(() -> calculator.score(county(Assessment.of("s3.3", "31"))))
        .isInstanceOf(FactsException.class);
    assertThat(ours.outcomes()).isEqualTo(base.outcomes());
  }

  @Test
  void perfectFactsGiveEveryAreaItsMaximum() {
    ScoreCard card =
        CALCULATOR.score(perfectFacts(SCHEME, "finance-bureau", Dazhou2012.DEPARTMENT));
    AREAS.forEach(a -> assertThat(card.points(a)).isEqualTo(p("100")));
  }

  // ------------------------------------------------------------------ 四: vetoes and rankings

  @ParameterizedTest
  @ValueSource(strings = {"veto.1", "veto.2", "veto.3", "veto.4"})
  void dazhou_4_3_eachConditionDisqualifiesButTheScoresStand(String vetoId) {
    // 四(三) "年度内工作有重大失误或发生失泄密事件、重大违纪行为、违法案件的,实行一票否决,取消评先资格。"
    ScoreCard card = CALCULATOR.score(county(VetoEvent.of("e1", vetoId, "通报")));
    assertThat(card.isDisqualified()).isTrue();
    assertThat(card.isHeadBarred()).isFalse();
    assertThat(card.points("s3.1")).isEqualTo(p("80"));
    assertThat(CALCULATOR.score(county()).isDisqualified()).isFalse();
  }

  @Test
  void dazhou_4_3_fourConditionsAreFourVetoes() {
    assertThat(SCHEME.vetoes())
        .extracting(Veto::title)
        .containsExactly("年度内工作有重大失误", "发生失泄密事件", "重大违纪行为", "违法案件");
    assertThat(SCHEME.vetoes())
        .allSatisfy(v -> assertThat(v.effect()).isEqualTo(Veto.disqualification()));
  }

  @Test
  void dazhou_4_1_eachAreaRanksTwoCountiesAndThreeDepartmentsSeparately() {
    // 四(一) "...分别评选先进县(市、区)2名、市级部门3名。"
    List<Ranking> rankings = SCHEME.outcomes().stream().map(Ranking.class::cast).toList();
    assertThat(rankings).hasSize(14);
    for (String area : AREAS) {
      assertThat(rankings)
          .filteredOn(r -> r.on().equals(java.util.Optional.of(area)))
          .extracting(r -> r.groups().get(0), r -> r.awards().get(0).to())
          .containsExactly(tuple(Dazhou2012.COUNTY, 2), tuple(Dazhou2012.DEPARTMENT, 3));
    }
    assertThat(rankings)
        .allSatisfy(
            r -> {
              assertThat(r.clause()).hasValue("四(一)");
              assertThat(r.acrossGroups()).isFalse();
              assertThat(r.groups()).hasSize(1);
              assertThat(r.awards()).singleElement().extracting(Award::from).isEqualTo(1);
              assertThat(r.disqualified()).isEqualTo(DisqualifiedUnits.SKIP_POSITION);
              assertThat(r.cutTies()).isEqualTo(CutTies.ALL_WORSE);
            });
  }

  // ------------------------------------------------------------------ 四(一), with standings

  private static final String COUNTY_AWARD = "先进县(市、区)";
  private static final String DEPT_AWARD = "先进市级部门";

  /**
   * A unit's year: the points each evaluating office assessed, area by area from s3.1 (文电办理) to
   * s3.7 (应急管理), separated by spaces; then any other facts.
   */
  private static ScoreCard year(String unit, String group, String points, Fact... more) {
    String[] each = points.split(" ");
    UnitFacts.Builder facts = UnitFacts.of(unit, group).period("2012");
    for (int i = 0; i < AREAS.size(); i++) {
      facts.addFacts(Assessment.of(AREAS.get(i), each[i]));
    }
    return CALCULATOR.score(facts.addFacts(more).build());
  }

  /** 2012's seven county-level offices and eight departments' offices. */
  private static List<ScoreCard> year2012(ScoreCard... replacing) {
    List<ScoreCard> cards =
        new ArrayList<>(
            List.of(
                // 文电 会务 督查 调研 信息 网站 应急
                year("tongchuan", "county", "96 90 88 85 92 90 87"),
                year("daxian", "county", "91 94 90 80 86 84 93"),
                year("xuanhan", "county", "93 88 95 90 84 86 89"),
                year("kaijiang", "county", "85 86 84 92 80 88 82"),
                year("dazhu", "county", "88 92 86 84 95 81 90"),
                year("quxian", "county", "90 85 91 88 89 93 85"),
                year("wanyuan", "county", "82 83 80 78 81 79 91"),
                year("fagaiwei", "dept", "94 90 92 95 88 86 84"),
                year("caizhengju", "dept", "92 93 89 90 85 91 86"),
                year("jiaoyuju", "dept", "89 88 87 84 90 83 85"),
                year("gonganju", "dept", "87 91 93 82 94 85 96"),
                year("minzhengju", "dept", "90 86 85 83 87 88 90"),
                year("guotuju", "dept", "85 84 90 86 83 92 88"),
                year("zhujianju", "dept", "88 89 84 87 86 87 89"),
                year("weishengju", "dept", "86 87 88 89 91 84 93")));
    for (ScoreCard r : replacing) {
      cards.removeIf(c -> c.unitId().equals(r.unitId()));
      cards.add(r);
    }
    return cards;
  }

  private static RankedGroup area(StandingsResult result, String area, String group) {
    return result.ranking("rank." + area + "." + group).group(group);
  }

  @Test
  void dazhou_4_1_eachAreaHasItsOwnTwoCountiesAndThreeDepartments() {
    // 四(一) "...和应急管理分别评选先进县(市、区)2名、市级部门3名"
    StandingsResult result = Standings.of(SCHEME).rank(year2012());
    assertThat(area(result, "s3.1", "county").holders(COUNTY_AWARD))
        .containsExactly("tongchuan", "xuanhan");
    assertThat(area(result, "s3.2", "county").holders(COUNTY_AWARD))
        .containsExactly("daxian", "dazhu");
    assertThat(area(result, "s3.3", "county").holders(COUNTY_AWARD))
        .containsExactly("xuanhan", "quxian");
    // 万源, last in five areas, is 先进 in 应急管理.
    assertThat(area(result, "s3.7", "county").holders(COUNTY_AWARD))
        .containsExactly("daxian", "wanyuan");
    assertThat(area(result, "s3.1", "dept").holders(DEPT_AWARD))
        .containsExactly("fagaiwei", "caizhengju", "minzhengju");
    assertThat(area(result, "s3.5", "dept").holders(DEPT_AWARD))
        .containsExactly("gonganju", "weishengju", "jiaoyuju");
    // The third county and the fourth department of an area win nothing.
    Placing third = area(result, "s3.1", "county").placing("daxian").orElseThrow();
    assertThat(third.position()).contains(3);
    assertThat(third.awards()).isEmpty();
    Placing fourth = area(result, "s3.1", "dept").placing("jiaoyuju").orElseThrow();
    assertThat(fourth.position()).contains(4);
    assertThat(fourth.awards()).isEmpty();
    // Fourteen rankings, each on its area: none on the sum of the areas.
    assertThat(result.outcomes()).hasSize(14);
    assertThat(result.outcomes()).allSatisfy(o -> assertThat(((RankingResult) o).on()).isPresent());
  }

  @Test
  void dazhou_4_3_aVetoedCountyIsBarredInEveryAreaAndTheNextMovesUp() {
    // 四(三) "发生失泄密事件...实行一票否决,取消评先资格" (reading veto): 通川区, first in 文电办理 and second
    // in 信息服务, is ranked apart in every area, so 2 先进 are still chosen among the eligible.
    ScoreCard leak =
        year(
            "tongchuan",
            "county",
            "96 90 88 85 92 90 87",
            VetoEvent.of("xm-2012-05", "veto.2", "涉密文件通过互联网传输，被市保密局通报"));
    assertThat(leak.points("s3.1")).isEqualTo(p("96")); // its scores stand
    StandingsResult result = Standings.of(SCHEME).rank(year2012(leak));
    assertThat(area(result, "s3.1", "county").holders(COUNTY_AWARD))
        .containsExactly("xuanhan", "daxian");
    assertThat(area(result, "s3.5", "county").holders(COUNTY_AWARD))
        .containsExactly("dazhu", "quxian");
    for (String a : AREAS) {
      Placing barred = area(result, a, "county").placing("tongchuan").orElseThrow();
      assertThat(barred.position()).as(a).isEmpty();
      assertThat(barred.awards()).as(a).isEmpty();
    }
  }

  @Test
  void dazhou_4_1_countiesTiedAcrossTheCutBothGoWithoutAndTheTieIsReported() {
    // Reading ties: "先进县(市、区)2名" fixes the number, so a tie across the cut goes without
    // (ALL_WORSE) and is reported for the office to settle under its 计分办法.
    ScoreCard tied = year("quxian", "county", "90 85 91 90 89 93 85"); // 政务调研 90, as 宣汉
    RankedGroup research = area(Standings.of(SCHEME).rank(year2012(tied)), "s3.4", "county");
    assertThat(research.holders(COUNTY_AWARD)).containsExactly("kaijiang");
    assertThat(research.placing("xuanhan").orElseThrow().withheld())
        .containsExactly(new Withheld(COUNTY_AWARD, Withheld.Reason.TIE_AT_CUT));
    assertThat(research.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.unitIds()).containsExactly("quxian", "xuanhan"))
        .satisfies(t -> assertThat(t.from()).isEqualTo(2))
        .satisfies(t -> assertThat(t.to()).isEqualTo(3))
        .satisfies(t -> assertThat(t.settled()).isEmpty());
  }

  @Test
  void dazhou_4_1_threeCountiesTiedAtTheTopForTwoPlacesAreADecisionForTheOffice() {
    // 四(一) "评选先进县(市、区)2名": 开江、宣汉、渠县 all at 92 in 政务调研. Settled ALL_WORSE no county
    // is 先进, which the text does not allow either: the result must say loudly, first, that the
    // office has to decide, naming the award, its places and the tied counties.
    ScoreCard xuanhan = year("xuanhan", "county", "93 88 95 92 84 86 89");
    ScoreCard quxian = year("quxian", "county", "90 85 91 92 89 93 85");
    StandingsResult result = Standings.of(SCHEME).rank(year2012(xuanhan, quxian));
    RankedGroup research = area(result, "s3.4", "county");
    assertThat(research.holders(COUNTY_AWARD)).isEmpty();
    String table = result.table();
    assertThat(table).startsWith("！须由考评办决定");
    String first = table.lines().skip(1).findFirst().orElseThrow();
    assertThat(first)
        .contains("政务调研先进县(市、区)", "四(一)", COUNTY_AWARD, "第1至2名")
        .contains("kaijiang", "quxian", "xuanhan")
        .doesNotContain("rank.s3.4.county");
  }

  @Test
  void everyReadingNamesAClause() {
    assertThat(SCHEME.readings())
        .extracting(Reading::clause)
        .allSatisfy(c -> assertThat(c).isNotBlank());
  }
}
