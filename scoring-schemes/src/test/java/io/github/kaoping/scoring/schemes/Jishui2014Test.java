package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.d;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.node;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.perfectFacts;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.replacing;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.scoredMaxima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import io.github.kaoping.scoring.standings.Withheld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jishui-2014: the packaged scheme against its text, and worked examples named after the clause.
 */
class Jishui2014Test {

  private static final Scheme SCHEME = Regulation.JISHUI_2014.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  static Stream<Unit> sections() {
    return Jishui2014.SECTIONS.stream();
  }

  /** A perfect unit of the section, changed only by the given facts. */
  private static ScoreCard score(String section, Fact... changes) {
    return CALCULATOR.score(replacing(perfectFacts(SCHEME, section, section), changes));
  }

  /** A perfect 办公室, changed only by the given facts. */
  private static ScoreCard office(Fact... changes) {
    return score("office", changes);
  }

  private static Fact[] occurrences(String nodeId, String kind, int n) {
    Fact[] found = new Fact[n];
    for (int i = 0; i < n; i++) {
      Occurrence.Builder o = Occurrence.of(nodeId + "-" + (i + 1), nodeId);
      if (!kind.isEmpty()) {
        o.kind(kind);
      }
      found[i] = o.build();
    }
    return found;
  }

  private static Fact[] occurrences(String nodeId, int n) {
    return occurrences(nodeId, "", n);
  }

  // ------------------------------------------------------------------ the scheme as a whole

  @Test
  void everyRuleQuotesTheTextItEncodes() {
    // The text each rate, gate, criterion and discretionary deduction carries is the regulation's.
    String text = PackagedSchemeChecks.runningText(Jishui2014.SOURCE);
    List<String> quotes = new java.util.ArrayList<>();
    for (Node n : PackagedSchemeChecks.nodes(SCHEME)) {
      n.gates().forEach(g -> quotes.add(g.title()));
      n.rule()
          .ifPresent(
              r -> {
                if (r instanceof Rule.PerOccurrence po) {
                  po.rates().forEach(rate -> quotes.add(rate.title().orElseThrow()));
                } else if (r instanceof Rule.Criterion || r instanceof Rule.Assessed) {
                  quotes.add(n.note().orElseThrow());
                }
              });
    }
    assertThat(quotes).hasSizeGreaterThan(100);
    assertThat(quotes)
        .as("quotes not found in the text")
        .filteredOn(q -> !text.contains(q.replaceAll("\\s", "")))
        .isEmpty();
  }

  @Test
  void theKnownDefectsAreRecorded() {
    // README: "the bonus amounts of 三.3 (上稿奖, 元) are blank in the source; 四(三)1 has a doubled
    // comma."
    assertThat(SCHEME.readings())
        .extracting(Reading::id)
        .contains("article-prize", "award-comma", "award-amount", "advanced-workers");
  }

  @Test
  void theCatalogueFindsItById() {
    assertThat(Regulation.byId("jishui-2014")).contains(Regulation.JISHUI_2014);
    assertThat(SCHEME.title()).isEqualTo("2014机关工作目标管理考评办法");
    assertThat(SCHEME.info().documentNumber()).isEmpty();
    assertThat(SCHEME.info().issuer()).hasValue("吉水县国土资源局(局务会)");
  }

  @Test
  void fourteenSectionsEachItsOwnGroup() {
    assertThat(SCHEME.groups())
        .extracting(UnitGroup::title)
        .containsExactly(
            "办公室",
            "人事教育股",
            "法规监察股",
            "地政地籍股",
            "国土规划股",
            "土地利用股",
            "地质矿产股",
            "土地开发储备交易中心",
            "执法监察大队",
            "土地开发整理中心",
            "信息中心",
            "测绘股",
            "行政服务股",
            "监察室");
    assertThat(node(SCHEME, "specific").children())
        .allSatisfy(s -> assertThat(s.groups()).containsExactly(s.id()));
  }

  // ------------------------------------------------------------------ stated totals

  @ParameterizedTest
  @MethodSource("sections")
  void total_thirtyCommonPlusSeventySpecificForEverySection(Unit section) {
    assertThat(SCHEME.maximum()).hasValue(p("100"));
    assertThat(node(SCHEME, "common").maximum()).hasValue(p("30"));
    assertThat(scoredMaxima(node(SCHEME, "common"), section.id())).isEqualTo(p("30"));
    assertThat(scoredMaxima(node(SCHEME, "specific"), section.id())).isEqualTo(p("70"));
    assertThat(scoredMaxima(node(SCHEME, section.id()), section.id())).isEqualTo(p("70"));
  }

  @ParameterizedTest
  @MethodSource("sections")
  void total_aSectionWithPerfectFactsScoresOneHundred(Unit section) {
    ScoreCard card = score(section.id());
    assertThat(card.points("common")).isEqualTo(p("30"));
    assertThat(card.points("specific")).isEqualTo(p("70"));
    assertThat(card.points(section.id())).isEqualTo(p("70"));
    assertThat(card.total()).isEqualTo(p("100"));
    assertThat(card.isDisqualified()).isFalse();
  }

  @Test
  void total_anotherSectionsItemsDoNotApply() {
    ScoreCard card = office();
    assertThat(card.node("enforcement.5")).isEmpty();
    assertThatThrownBy(() -> office(Measurement.of("enforcement.5", "95")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("enforcement.5");
  }

  // ------------------------------------------------------------------ 三(一) common items

  @Test
  void jishui_3_1_1_lateArrivalsStopAtZero() {
    // "(2分),否则发现一次扣0.5分": five late arrivals would be -2.5; the criterion floors at 0.
    ScoreCard card = office(occurrences("common.1.a", 5));
    assertThat(card.points("common.1.a")).isEqualTo(Points.ZERO);
    assertThat(card.node("common.1.a").orElseThrow().lines())
        .anySatisfy(
            l -> {
              assertThat(l.kind()).isEqualTo(Line.Kind.FLOOR);
              assertThat(l.points()).isEqualTo(p("0.5"));
            });
    assertThat(card.points("common")).isEqualTo(p("28"));
    assertThat(card.total()).isEqualTo(p("98"));
  }

  @Test
  void jishui_3_1_1_onceFoundGamingZeroesTheCriterion() {
    // "无利用工作时间上网玩游戏、赌博等行为(2分),一经发现此项不给分"
    assertThat(office(occurrences("common.1.b", 1)).points("common.1.b")).isEqualTo(Points.ZERO);
  }

  @Test
  void jishui_3_1_5_oneLossZeroesTheItemWhileAMissingLedgerCostsHalf() {
    // "(1分)。少建立一项台账扣0.5分,因管理不善出现一次丢失、遗漏事故不得分。"
    assertThat(office(occurrences("common.5", "少建台账", 1)).points("common.5")).isEqualTo(p("0.5"));
    assertThat(office(occurrences("common.5", "丢失遗漏", 1)).points("common.5"))
        .isEqualTo(Points.ZERO);
  }

  @Test
  void jishui_3_1_6_twoArticlesOfTheThreeEarnTwo() {
    // "全年完成上稿任务3篇计3分 ... 未完成稿件录用任务的按比例得分"
    ScoreCard card = office(Measurement.of("common.6.a", "2"));
    assertThat(card.points("common.6")).isEqualTo(p("2"));
    assertThat(card.total()).isEqualTo(p("99"));
  }

  @Test
  void jishui_3_1_6_theBonusStopsAtThreeAndSitsOnTop() {
    // "每多录用省级报刊1篇加1分;每多录用国家级报刊1篇加2分,加分不超过3分": 1 + 2 + 2 = 5, capped at 3.
    ScoreCard card =
        office(
            Occurrence.of("a1", "common.6.bonus").level("省级").build(),
            Occurrence.of("a2", "common.6.bonus").level("国家级").count(2).build());
    assertThat(card.points("common.6.bonus")).isEqualTo(p("3"));
    assertThat(card.points("common.6")).isEqualTo(p("6"));
    assertThat(card.points("common")).isEqualTo(p("33"));
    assertThat(card.total()).isEqualTo(p("103"));
  }

  @Test
  void jishui_3_1_6_countyArticlesAddATenthEach() {
    ScoreCard card = office(Occurrence.of("a1", "common.6.bonus").level("县级").count(7).build());
    assertThat(card.points("common.6.bonus")).isEqualTo(p("0.7"));
    assertThat(card.total()).isEqualTo(p("100.7"));
  }

  @Test
  void jishui_3_1_11_aReprimandZeroesTheItem() {
    // "未及时办理的每次扣0.5分;受到上级通报批评的此项不给分"
    assertThat(office(occurrences("common.11", "未及时办理", 1)).points("common.11"))
        .isEqualTo(p("0.5"));
    assertThat(office(occurrences("common.11", "通报批评", 1)).points("common.11"))
        .isEqualTo(Points.ZERO);
  }

  @Test
  void jishui_3_1_12_volunteersEarnOnTopOfTheItemsTwoPoints() {
    // "(2分),缺1人次扣0.5分,不是应急分队成员主动要求参加的,参加1人次加0.5分": 加 adds to the score, as
    // 三(一)6's 加分 does (reading articles-bonus); the text sets this addition no cap.
    ScoreCard card = office(Occurrence.of("v", "common.12.bonus").count(3).build());
    assertThat(card.points("common.12.a")).isEqualTo(p("2"));
    assertThat(card.points("common.12.bonus")).isEqualTo(p("1.5"));
    assertThat(card.points("common.12")).isEqualTo(p("3.5"));
    assertThat(card.total()).isEqualTo(p("101.5"));
    // Absences cost the item's own 2 points, down to 0; what volunteers add stays on top.
    ScoreCard both =
        office(
            Occurrence.of("absent", "common.12.a").count(5).build(),
            Occurrence.of("volunteer", "common.12.bonus").count(2).build());
    assertThat(both.points("common.12.a")).isEqualTo(Points.ZERO);
    assertThat(both.points("common.12")).isEqualTo(p("1"));
  }

  @Test
  void jishui_3_1_13_threeAbsencesZeroTheCriterion() {
    // "无故缺席的扣0.2分,缺席3次以上此项不得分": 以上 includes 3.
    assertThat(office(occurrences("common.13.a", 2)).points("common.13.a")).isEqualTo(p("1.6"));
    ScoreCard three = office(occurrences("common.13.a", 3));
    assertThat(three.points("common.13.a")).isEqualTo(Points.ZERO); // not 2 - 0.6 = 1.4
    assertThat(three.points("common.13")).isEqualTo(p("2"));
    assertThat(three.node("common.13.a").orElseThrow().lines())
        .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.GATE));
  }

  // ------------------------------------------------------------------ 三(二) specific items

  @Test
  void jishui_office_3_noBudgetNoPoints() {
    // "编制好财政预算(4分)未编制的不得分"
    ScoreCard card = office(Check.of("office.3.b", false));
    assertThat(card.points("office.3.b")).isEqualTo(Points.ZERO);
    assertThat(card.points("office.3")).isEqualTo(p("16"));
    assertThat(card.total()).isEqualTo(p("96"));
  }

  @Test
  void jishui_office_3_twelveMissedMonthlyReportsStopAtZero() {
    // "每月财务收支情况及时向领导汇报(4分)缺一次扣0.5分": 12 x 0.5 = 6 > 4
    assertThat(office(occurrences("office.3.d", 12)).points("office.3.d")).isEqualTo(Points.ZERO);
  }

  @Test
  void jishui_legal_4_eachUnheldDayCostsTwoAndAHalf() {
    // "“4.22”地球日、“6.25”土地日、“8.29”测绘日、“12.4”法制宣传日 ... (10分)。少开展一次活动扣2.5分。"
    ScoreCard card =
        score("legal", Check.of("legal.4", "6.25", false), Check.of("legal.4", "12.4", false));
    assertThat(card.points("legal.4")).isEqualTo(p("5"));
  }

  @Test
  void jishui_legal_6_theEvaluatorMayDeductUpToTheWholeTen() {
    // "(10分)。工作不到位酌情扣分。"
    assertThat(score("legal", Assessment.of("legal.6", "10")).points("legal.6"))
        .isEqualTo(Points.ZERO);
    assertThatThrownBy(() -> score("legal", Assessment.of("legal.6", "10.5")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("legal.6");
  }

  @Test
  void jishui_minerals_6_eitherInspectionRateMissedZeroesTheItem() {
    // "省、市两级发证矿山年检比例达到95% ... 县级发证矿山年检比例达到90%(10分)。年检不达标的该项不得分。"
    assertThat(score("minerals", Check.of("minerals.6", "county-90", false)).points("minerals.6"))
        .isEqualTo(Points.ZERO);
    assertThat(
            score("minerals", Check.of("minerals.6", "prov-city-95", false)).points("minerals.6"))
        .isEqualTo(Points.ZERO);
  }

  @Test
  void jishui_enforcement_5_exactlyNinetyFivePercentEarnsTen() {
    // "结案率达到95%的(10分),未达到的不给分": 达到 includes 95.
    assertThat(score("enforcement", Measurement.of("enforcement.5", "95")).points("enforcement.5"))
        .isEqualTo(p("10"));
    assertThat(
            score("enforcement", Measurement.of("enforcement.5", "94.9")).points("enforcement.5"))
        .isEqualTo(Points.ZERO);
    assertThat(score("enforcement", Measurement.of("enforcement.5", "94.9")).total())
        .isEqualTo(p("90"));
  }

  @ParameterizedTest(name = "{0}% of the task leaves {1} points")
  @org.junit.jupiter.params.provider.CsvSource({
    "100, 20", "120, 20", "95, 16", "93, 16", "90, 12", "80.5, 8", "80, 4", "75, 0", "50, 0"
  })
  void jishui_consolidation_3_fourPointsPerWholeFivePercentShort(String done, String points) {
    // "全面完成市政府下达的2014年补充耕地任务数(20分),每差欠5%扣4分"
    ScoreCard card = score("consolidation", Measurement.of("consolidation.3", done));
    assertThat(card.points("consolidation.3")).isEqualTo(p(points));
  }

  @Test
  void jishui_service_4_belowTheActualCountCostsOneWhateverTheGap() {
    // "如网审件量低于实际办件量的扣1分"
    assertThat(score("service", AssessedLevel.of("service.4", "below")).points("service.4"))
        .isEqualTo(p("19"));
  }

  @Test
  void jishui_survey_1_eachMissingElementCostsOne() {
    // "做到有计划,有方案、有资料、有总结(15分),缺一项扣1分"
    ScoreCard card = score("survey", Check.of("survey.1", "summary", false));
    assertThat(card.points("survey.1")).isEqualTo(p("14"));
  }

  @Test
  void jishui_survey_1_everyElementMissingCostsFourOfTheFifteen() {
    // "做到有计划,有方案、有资料、有总结(15分),缺一项扣1分": four listed elements, 1 each; the text
    // deducts nothing else, so a section missing all four keeps 11 (reading survey-elements).
    ScoreCard card =
        score(
            "survey",
            Check.of("survey.1", "plan", false),
            Check.of("survey.1", "scheme", false),
            Check.of("survey.1", "materials", false),
            Check.of("survey.1", "summary", false));
    assertThat(card.points("survey.1")).isEqualTo(p("11"));
    assertThat(PackagedSchemeChecks.reading(SCHEME, "survey-elements").nodeIds())
        .containsExactly("survey.1");
  }

  @Test
  void jishui_reserve_1_theLedgersStateCountsOnceAndEachFileAgain() {
    // "建立土地出让台帐(5分),未建立健全的扣2分,台帐不齐全的扣1分,档案不规范、不齐全的每宗扣0.5分"
    ScoreCard twice =
        score(
            "reserve",
            Occurrence.of("l1", "reserve.1.d.setup").build(),
            Occurrence.of("l2", "reserve.1.d.setup").build(),
            Occurrence.of("c1", "reserve.1.d.complete").count(2).build(),
            Occurrence.of("f1", "reserve.1.d.files").count(3).build());
    assertThat(twice.points("reserve.1.d.setup")).isEqualTo(p("-2"));
    assertThat(twice.points("reserve.1.d.complete")).isEqualTo(p("-1"));
    assertThat(twice.points("reserve.1.d.files")).isEqualTo(p("-1.5"));
    assertThat(twice.points("reserve.1.d")).isEqualTo(p("0.5"));
    ScoreCard files = score("reserve", Occurrence.of("f", "reserve.1.d.files").count(12).build());
    assertThat(files.points("reserve.1.d")).isEqualTo(Points.ZERO);
  }

  // ------------------------------------------------------------------ 四(三) vetoes and outcomes

  @ParameterizedTest
  @ValueSource(strings = {"veto.1", "veto.2", "veto.3", "veto.4", "veto.5"})
  void jishui_4_3_6_eachConditionDisqualifiesAndBarsTheHead(String vetoId) {
    // "有下列情形之一的,实行一票否决,取消年终目标管理综合先进单位的评选资格,单位负责人不得评先评优"
    ScoreCard card = score("reserve", VetoEvent.of("e1", vetoId, "reported by the 领导小组"));
    assertThat(card.total()).isEqualTo(p("100")); // the score stands
    assertThat(card.isDisqualified()).isTrue();
    assertThat(card.isHeadBarred()).isTrue();
    assertThat(card.vetoes())
        .singleElement()
        .satisfies(v -> assertThat(v.vetoId()).isEqualTo(vetoId));
  }

  @Test
  void jishui_4_3_6_fiveConditionsAreFiveVetoes() {
    assertThat(SCHEME.vetoes())
        .extracting(Veto::clause)
        .extracting(c -> c.orElseThrow())
        .containsExactly("四(三)6(1)", "四(三)6(2)", "四(三)6(3)", "四(三)6(4)", "四(三)6(5)");
    assertThat(SCHEME.vetoes())
        .allSatisfy(v -> assertThat(v.effect()).isEqualTo(new Veto.Disqualification(true)));
  }

  @Test
  void jishui_4_3_1_awardsGoToEightyFiveOrMoreRankedAcrossEverySection() {
    // "综合考评总分在85分以上,按得分高低评出综合先进单位一等奖一个,二等奖2个,,三等奖3个"
    Ranking awards = (Ranking) SCHEME.outcomes().get(0);
    assertThat(awards.clause()).hasValue("四(三)1");
    assertThat(awards.acrossGroups()).isTrue();
    assertThat(awards.groups()).isEmpty();
    assertThat(awards.on()).isEmpty();
    assertThat(awards.disqualified()).isEqualTo(DisqualifiedUnits.SKIP_POSITION);
    assertThat(awards.cutTies()).isEqualTo(CutTies.ALL_WORSE);
    assertThat(awards.awards())
        .extracting(Award::label, Award::from, Award::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("一等奖", 1, 1),
            org.assertj.core.groups.Tuple.tuple("二等奖", 2, 3),
            org.assertj.core.groups.Tuple.tuple("三等奖", 4, 6));
    assertThat(awards.awards())
        .allSatisfy(
            a -> {
              assertThat(a.eligible().orElseThrow().contains(d("85"))).isTrue();
              assertThat(a.eligible().orElseThrow().contains(d("84.99"))).isFalse();
            });
  }

  @Test
  void jishui_4_3_2_allowanceBandsMeetAtEightyAndEightyFive() {
    // "低于80分(不含80分)...10%;...80分至85分(不含85分)...5%;...高于85分(含85分)...全额领取"
    Banding allowance = (Banding) SCHEME.outcomes().get(1);
    assertThat(bandOf(allowance, "79.99")).contains("10%");
    assertThat(bandOf(allowance, "80")).contains("5%");
    assertThat(bandOf(allowance, "84.99")).contains("5%");
    assertThat(bandOf(allowance, "85")).isEqualTo("全额领取津贴补贴");
    assertThat(bandOf(allowance, "103")).isEqualTo("全额领取津贴补贴");
  }

  private static String bandOf(Banding banding, String score) {
    List<Band> in = banding.bands().stream().filter(b -> b.scores().contains(d(score))).toList();
    assertThat(in).as("bands holding %s", score).hasSize(1);
    return in.get(0).label();
  }

  // ------------------------------------------------------------------ 四(三), with standings

  private static final String FIRST = "一等奖";
  private static final String SECOND = "二等奖";
  private static final String THIRD = "三等奖";
  private static final String CUT_10 = "扣发下一年第一季度津贴补贴总额的10%";
  private static final String CUT_5 = "扣发下一年第一季度津贴补贴总额的5%";
  private static final String FULL = "全额领取津贴补贴";

  /** The field of 四(三)1: every section, ranked together. */
  private static final String FIELD =
      String.join("+", Jishui2014.SECTIONS.stream().map(Unit::id).toList());

  private static Occurrence article(String id, String level) {
    return Occurrence.of(id, "common.6.bonus").level(level).build();
  }

  private static Fact[] with(Fact[]... groups) {
    return Stream.of(groups).flatMap(Stream::of).toArray(Fact[]::new);
  }

  /**
   * A year of the bureau: every section's record, with the totals in the comments. The first six
   * are 85 or more, the sixth exactly 85; 土地开发整理中心 is last.
   */
  private static Map<String, ScoreCard> bureau() {
    Map<String, ScoreCard> cards = new LinkedHashMap<>();
    BiConsumer<String, Fact[]> put = (s, f) -> cards.put(s, score(s, f));
    put.accept( // 100 - 0.5 - 2 - 0.5 + 2 × 0.5 = 98
        "office",
        with(
            occurrences("common.3", 1),
            occurrences("office.1", 2),
            occurrences("office.6.a", 1),
            new Fact[] {article("jian-0612", "市级"), article("jian-1108", "市级")}));
    put.accept( // 100 - 3 - 1 = 96
        "personnel", with(occurrences("personnel.4", 3), occurrences("common.1.a", 2)));
    put.accept( // 100 - 2 - 1.5 - 2.5 = 94
        "legal",
        with(
            occurrences("legal.1.a", 2),
            new Fact[] {Assessment.of("legal.6", "1.5"), Check.of("legal.4", "12.4", false)}));
    put.accept( // 100 - 4 - 3 - 1 - 1 = 91
        "planning",
        with(
            occurrences("planning.2", 4),
            occurrences("planning.3", 3),
            occurrences("common.4", 2),
            occurrences("common.7", 1)));
    put.accept( // 100 - 4 - 2 - 1.5 - 2 - 1 = 89.5
        "landuse",
        with(
            occurrences("landuse.3", 2),
            occurrences("landuse.2", "违规供地", 1),
            occurrences("landuse.4.a", 3),
            occurrences("common.9", 2),
            occurrences("common.10", 2)));
    put.accept("cadastre", cadastre("3")); // 85
    put.accept( // 100 - 10 - 3 - 2 - 0.5 = 84.5
        "discipline",
        with(
            new Fact[] {Check.of("discipline.2", false)},
            occurrences("discipline.3", 3),
            occurrences("discipline.7", 2),
            occurrences("common.1.a", 1)));
    put.accept( // 100 - 6 - 5 - 3 - 2 - 1 = 83
        "info",
        with(
            occurrences("info.3", 6),
            occurrences("info.5", 5),
            occurrences("info.2", 6),
            occurrences("common.7", 2),
            occurrences("common.11", "未及时办理", 2)));
    put.accept( // 100 - 8 - 4 - 2 - 2 - 1.5 = 82.5
        "survey",
        with(
            occurrences("survey.3", 8),
            occurrences("survey.4", 4),
            new Fact[] {
              Check.of("survey.1", "summary", false), Check.of("survey.1", "materials", false)
            },
            occurrences("common.9", 2),
            occurrences("common.4", 3)));
    put.accept( // 100 - 5 - 3 - 4 - 2 - 3 - 2 = 81
        "reserve",
        with(
            occurrences("reserve.1.b", 1),
            occurrences("reserve.2", 3),
            occurrences("reserve.3", 4),
            occurrences("reserve.1.d.setup", 1),
            occurrences("reserve.4", 3),
            occurrences("common.7", 2)));
    put.accept( // 100 - 8 - 6 - 1 - 3 - 2 = 80
        "service",
        with(
            occurrences("service.2", 8),
            occurrences("service.3", 6),
            new Fact[] {AssessedLevel.of("service.4", "below")},
            occurrences("service.1", 3),
            occurrences("common.1.b", 1)));
    put.accept("minerals", minerals("2.01")); // 79.99
    put.accept( // 100 - 10 - 4 - 3 - 3 - 2 = 78
        "enforcement",
        with(
            new Fact[] {Measurement.of("enforcement.5", "94"), Check.of("enforcement.1.b", false)},
            occurrences("enforcement.4.a", 3),
            occurrences("enforcement.2.a", 6),
            occurrences("common.13.a", 3)));
    put.accept( // 100 - 8 - 10 - 2 - 2 - 2 = 76
        "consolidation",
        with(
            new Fact[] {
              Measurement.of("consolidation.3", "90"), Check.of("consolidation.2", false)
            },
            occurrences("consolidation.4.b", 2),
            occurrences("consolidation.4.a", 4),
            occurrences("common.3", 4)));
    return cards;
  }

  /** 地政地籍股 with the evaluator's 酌情扣分 (地政地籍股5) as given: 100 - 12 - that. */
  private static Fact[] cadastre(String discretion) {
    return with(
        occurrences("cadastre.3", "未按进度", 2),
        occurrences("cadastre.1.b", 3),
        occurrences("cadastre.2", 2),
        occurrences("cadastre.4", 2),
        occurrences("common.3", 2),
        new Fact[] {Assessment.of("cadastre.5", discretion)});
  }

  /** 地质矿产股 with the evaluator's 酌情扣分 (地质矿产股2) as given: 100 - 18 - that. */
  private static Fact[] minerals(String discretion) {
    return with(
        new Fact[] {
          Check.of("minerals.6", "county-90", false), Assessment.of("minerals.2", discretion)
        },
        occurrences("minerals.3", 2),
        occurrences("minerals.5", 3),
        occurrences("minerals.1.b", 5));
  }

  private static StandingsResult rank(Map<String, ScoreCard> cards) {
    return Standings.of(SCHEME).rank(cards.values());
  }

  @Test
  void jishui_4_3_1_theWholeBureauIsOneFieldAndExactlyEightyFiveWins() {
    // "综合考评总分在85分以上,按得分高低评出综合先进单位一等奖一个,二等奖2个,,三等奖3个"
    Map<String, ScoreCard> cards = bureau();
    assertThat(cards.values())
        .extracting(c -> c.unitId() + " " + c.total())
        .containsExactly(
            "office 98",
            "personnel 96",
            "legal 94",
            "planning 91",
            "landuse 89.5",
            "cadastre 85",
            "discipline 84.5",
            "info 83",
            "survey 82.5",
            "reserve 81",
            "service 80",
            "minerals 79.99",
            "enforcement 78",
            "consolidation 76");
    RankingResult awards = rank(cards).ranking("awards");
    assertThat(awards.groups()).containsExactly(FIELD);
    RankedGroup field = awards.group(FIELD);
    assertThat(field.placings()).hasSize(14);
    assertThat(field.holders(FIRST)).containsExactly("office");
    assertThat(field.holders(SECOND)).containsExactly("personnel", "legal");
    assertThat(field.holders(THIRD)).containsExactly("planning", "landuse", "cadastre");
    assertThat(field.placing("discipline").orElseThrow().awards()).isEmpty();
  }

  @Test
  void jishui_4_3_1_atEightyFourNinetyNineTheSixthPlaceWinsNothing() {
    // 85分以上 includes 85 and nothing below it (reading award-threshold): a 酌情扣分 of 3.01
    // instead of 3 leaves 地政地籍股 at 84.99, in the sixth place but without 三等奖, which is
    // not passed down to the seventh.
    Map<String, ScoreCard> cards = bureau();
    cards.put("cadastre", score("cadastre", cadastre("3.01")));
    assertThat(cards.get("cadastre").total()).isEqualTo(p("84.99"));
    RankedGroup field = rank(cards).ranking("awards").group(FIELD);
    Placing sixth = field.placing("cadastre").orElseThrow();
    assertThat(sixth.position()).contains(6);
    assertThat(sixth.awards()).isEmpty();
    assertThat(sixth.withheld()).containsExactly(new Withheld(THIRD, Withheld.Reason.INELIGIBLE));
    assertThat(field.holders(THIRD)).containsExactly("planning", "landuse");
    assertThat(field.placing("discipline").orElseThrow().awards()).isEmpty();
  }

  @Test
  void jishui_4_3_2_scoredSectionsAtSeventyNineNinetyNineEightyAndEightyFiveTakeTheirBands() {
    // "低于80分(不含80分)的...10%;80分至85分(不含85分)的...5%;高于85分(含85分)的...全额领取"
    Map<String, ScoreCard> cards = bureau();
    BandingResult allowance = rank(cards).banding("allowance");
    assertThat(bandOf(allowance, "minerals")).isEqualTo(CUT_10); // 79.99
    assertThat(bandOf(allowance, "service")).isEqualTo(CUT_5); // 80
    assertThat(bandOf(allowance, "cadastre")).isEqualTo(FULL); // 85
    assertThat(bandOf(allowance, "office")).isEqualTo(FULL); // 98
    // Each section's band is its own: the bands are per group, one section each.
    assertThat(allowance.groups()).hasSize(14);

    cards.put("cadastre", score("cadastre", cadastre("3.01")));
    cards.put("minerals", score("minerals", minerals("2")));
    BandingResult moved = rank(cards).banding("allowance");
    assertThat(bandOf(moved, "cadastre")).isEqualTo(CUT_5); // 84.99
    assertThat(bandOf(moved, "minerals")).isEqualTo(CUT_5); // 80
  }

  @Test
  void jishui_4_3_6_aVetoedSectionIsRankedApartAndTheNextMovesUpButKeepsItsBand() {
    // "实行一票否决,取消年终目标管理综合先进单位的评选资格" (reading veto-skip): 办公室, first on 98, has
    // broken the 财经纪律 (6(3)).
    Map<String, ScoreCard> cards = bureau();
    cards.put(
        "office",
        score(
            "office",
            with(
                occurrences("common.3", 1),
                occurrences("office.1", 2),
                occurrences("office.6.a", 1),
                new Fact[] {
                  article("jian-0612", "市级"),
                  article("jian-1108", "市级"),
                  VetoEvent.of("sj-2014-07", "veto.3", "县审计局审计发现违规发放补贴")
                })));
    assertThat(cards.get("office").total()).isEqualTo(p("98"));
    StandingsResult result = rank(cards);
    RankedGroup field = result.ranking("awards").group(FIELD);
    Placing office = field.placing("office").orElseThrow();
    assertThat(office.disqualified()).isTrue();
    assertThat(office.position()).isEmpty();
    assertThat(office.awards()).isEmpty();
    assertThat(field.holders(FIRST)).containsExactly("personnel");
    assertThat(field.holders(SECOND)).containsExactly("legal", "planning");
    // The sixth place is now 84.5: moving up does not make it eligible.
    assertThat(field.holders(THIRD)).containsExactly("landuse", "cadastre");
    assertThat(field.placing("discipline").orElseThrow().withheld())
        .containsExactly(new Withheld(THIRD, Withheld.Reason.INELIGIBLE));
    // The score stands, and so does the allowance.
    assertThat(bandOf(result.banding("allowance"), "office")).isEqualTo(FULL);
    assertThat(cards.get("office").isHeadBarred()).isTrue();
  }

  @Test
  void jishui_4_3_1_sectionsTiedAcrossACutBothTakeTheLowerAward() {
    // Reading award-ties: "一等奖一个,二等奖2个" fixes the numbers, so a tie across the cut takes
    // the lower award (ALL_WORSE) and the tie is reported. 国土规划股 at 94 ties 法规监察股.
    Map<String, ScoreCard> cards = bureau();
    cards.put(
        "planning",
        score("planning", with(occurrences("planning.2", 3), occurrences("planning.3", 3))));
    RankedGroup field = rank(cards).ranking("awards").group(FIELD);
    assertThat(field.holders(SECOND)).containsExactly("personnel");
    assertThat(field.holders(THIRD)).containsExactly("legal", "planning", "landuse", "cadastre");
    assertThat(field.placing("planning").orElseThrow().withheld())
        .containsExactly(new Withheld(SECOND, Withheld.Reason.TIE_AT_CUT));
    assertThat(field.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.unitIds()).containsExactly("legal", "planning"))
        .satisfies(t -> assertThat(t.value()).isEqualTo(p("94")))
        .satisfies(t -> assertThat(t.settled()).contains(THIRD));
  }

  private static String bandOf(BandingResult result, String section) {
    return result
        .group(section)
        .unit(section)
        .orElseThrow()
        .band()
        .orElseThrow(() -> new AssertionError(section + " in no band"));
  }
}
