package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.max;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.sumOfMaxima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.standings.AwardPlacesNotSet;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import io.github.kaoping.scoring.standings.Withheld;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 常州市机关事务管理工作考核办法(暂行), packaged as {@link Regulation#CHANGZHOU}. */
class Changzhou2018Test {

  private static final Scheme SCHEME = Regulation.CHANGZHOU.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  private static final List<String> CRITERIA =
      List.of(
          "2.1", "2.2.a", "2.2.b", "3.1.a", "3.1.b", "3.1.c", "3.1.d", "3.1.e", "3.2.a", "3.2.b",
          "3.2.c", "3.2.d", "3.3.a", "3.3.b", "3.3.c", "4.3", "4.4.a", "4.4.b", "4.5.a", "4.5.b",
          "4.6.a", "4.6.b", "4.7.a", "4.7.b", "4.8.a", "4.8.b", "5.1.a", "5.1.b", "5.1.c", "5.2",
          "6.2", "6.3");

  /** Full marks in 一 to 六 (100) and no bonus. */
  private static UnitFacts fullMarks() {
    List<Fact> facts = new ArrayList<>();
    CRITERIA.forEach(id -> facts.add(Check.of(id, true)));
    for (String e : List.of("office-area", "security", "property", "canteen", "facilities")) {
      facts.add(Check.of("2.3.a", e, true));
    }
    for (String e : List.of("office-space", "vehicles", "energy")) {
      facts.add(Check.of("2.3.b", e, true));
    }
    facts.add(Measurement.of("2.4.a", "12"));
    facts.add(Measurement.of("2.4.b", "95"));
    facts.add(Occurrence.of("instructions", "1.1").count(2).build());
    facts.add(Occurrence.of("meetings", "1.2").count(4).build());
    facts.add(Occurrence.of("mechanisms", "1.3").count(4).build());
    facts.add(Occurrence.of("contracts", "3.3.d").count(4).build());
    facts.add(Occurrence.of("rules", "5.3.a").count(4).build());
    facts.add(Occurrence.of("service-rules", "5.3.b").count(4).build());
    facts.add(Assessment.of("4.1", "4"));
    facts.add(AssessedLevel.of("4.2", "full"));
    facts.add(Assessment.of("6.1", "3"));
    return UnitFacts.of("wujin", "district").period("2019").addAllFacts(facts).build();
  }

  /** Full marks with one fact replaced (or added). */
  private static ScoreCard with(Fact fact) {
    return CALCULATOR.score(
        fullMarks().without(f -> f.target().equals(fact.target()) && sameKey(f, fact)).with(fact));
  }

  private static boolean sameKey(Fact a, Fact b) {
    return !(a instanceof Check ca && b instanceof Check cb) || ca.key().equals(cb.key());
  }

  private static ScoreCard score(Fact... extra) {
    UnitFacts facts = fullMarks();
    for (Fact f : extra) {
      facts = facts.with(f);
    }
    return CALCULATOR.score(facts);
  }

  @Nested
  class Packaging {

    @Test
    void everyKnownDefectHasAReading() {
      assertThat(PackagedSchemeChecks.reading(SCHEME, "area-5-title").quote()).contains("法治后勤建设");
      assertThat(PackagedSchemeChecks.reading(SCHEME, "staffing-tiers").quote())
          .contains("10-5人")
          .contains("5人以下");
      assertThat(SCHEME.readings())
          .extracting(Reading::id)
          .contains(
              "function-services",
              "function-management",
              "criteria-all-or-nothing",
              "brand-assessed",
              "tasks-assessed",
              "theory-cap",
              "commendation-range",
              "overall-winner",
              "single-progress",
              "ranking-ties");
    }

    @Test
    void theCatalogueFindsItByIdAndByDocumentNumber() {
      assertThat(Regulation.byId("changzhou-2018")).contains(Regulation.CHANGZHOU);
      assertThat(Regulation.byDocumentNumber("常机管〔2018〕49号")).contains(Regulation.CHANGZHOU);
      assertThat(Regulation.byDocumentNumber("常机管[2018]49号")).contains(Regulation.CHANGZHOU);
      assertThat(Regulation.byDocumentNumber("常机管〔 2018 〕49 号")).contains(Regulation.CHANGZHOU);
      assertThat(Regulation.CHANGZHOU.scheme()).isEqualTo(Changzhou2018.scheme());
    }

    @Test
    void itIsInterimAndInForceFrom2019() {
      SchemeInfo info = SCHEME.info();
      assertThat(info.status()).isEqualTo(SchemeInfo.Status.INTERIM);
      assertThat(info.effective()).contains(LocalDate.of(2019, 1, 1));
      assertThat(info.issuer()).contains("常州市机关事务管理局");
      assertThat(SCHEME.title()).isEqualTo("常州市机关事务管理工作考核办法(暂行)");
    }

    @Test
    void theEvidenceColumnIsOnEveryItem() {
      assertThat(PackagedSchemeChecks.node(SCHEME, "1.1").evidence()).containsExactly("档案资料");
      assertThat(PackagedSchemeChecks.node(SCHEME, "3.1").evidence())
          .containsExactly("档案资料", "工作现场");
      assertThat(PackagedSchemeChecks.node(SCHEME, "7.2").evidence()).containsExactly("各单位自行申报");
      assertThat(PackagedSchemeChecks.node(SCHEME, "6.1").evaluator()).contains("市局领导班子和各相关科室综合评价");
    }
  }

  @Nested
  class StatedTotals {
    @Test
    void changzhou_4_aHundredIs10Plus12Plus24Plus32Plus10Plus12() {
      assertThat(SCHEME.maximum()).contains(p("100"));
      assertThat(List.of("1", "2", "3", "4", "5", "6"))
          .extracting(id -> max(SCHEME, id))
          .containsExactly(p("10"), p("12"), p("24"), p("32"), p("10"), p("12"));
      assertThat(sumOfMaxima(SCHEME, "1", "2", "3", "4", "5", "6")).isEqualTo(p("100"));
    }

    @Test
    void changzhou_4_7_twentyExtraPointsAre10Plus5Plus5() {
      assertThat(PackagedSchemeChecks.node(SCHEME, "7").role()).isEqualTo(Role.BONUS);
      assertThat(max(SCHEME, "7")).isEqualTo(p("20"));
      assertThat(sumOfMaxima(SCHEME, "7.1", "7.2", "7.3")).isEqualTo(p("20"));
    }

    @Test
    void changzhou_4_fullMarksAreAHundredAndTheBonusTakesThemToAHundredAndTwenty() {
      assertThat(CALCULATOR.score(fullMarks()).total()).isEqualTo(p("100"));
      ScoreCard card =
          score(
              Occurrence.of("city", "7.1.a").level("市级").count(2).build(),
              Occurrence.of("nation", "7.1.a").level("国家级").count(4).build(),
              Occurrence.of("report", "7.1.b").build(),
              Occurrence.of("c1", "7.2").points(p("3")).build(),
              Occurrence.of("c2", "7.2").points(p("2")).build(),
              Occurrence.of("i", "7.3").count(5).build());
      assertThat(card.points("7.1")).isEqualTo(p("10")); // 1 + 8 + 2, capped
      assertThat(card.points("7")).isEqualTo(p("20"));
      assertThat(card.total()).isEqualTo(p("120"));
    }
  }

  @Nested
  class WorkedExamples {
    @Test
    void changzhou_1_1_eachInstructionEarnsOneUpToTwo() {
      // 1.1 "每次得1分,最高得2分"
      ScoreCard three = with(Occurrence.of("instructions", "1.1").count(3).build());
      assertThat(three.points("1.1")).isEqualTo(p("2"));
      assertThat(three.node("1.1").orElseThrow().lines())
          .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.CEILING));
      ScoreCard one = with(Occurrence.of("instructions", "1.1").build());
      assertThat(one.points("1.1")).isEqualTo(p("1"));
      assertThat(one.total()).isEqualTo(p("99"));
    }

    @Test
    void changzhou_2_4_tenStaffEarnTwoAndFiveStaffEarnOne() {
      // 2.4 "达到10人以上的,得2分;10-5人,得1分;5人以下的,得0.5分": 10 and 5 go to the higher tier
      assertThat(staff("10")).isEqualTo(p("2"));
      assertThat(staff("9")).isEqualTo(p("1"));
      assertThat(staff("5")).isEqualTo(p("1"));
      assertThat(staff("4")).isEqualTo(p("0.5"));
      assertThat(staff("0")).isEqualTo(p("0.5"));
    }

    private Points staff(String headcount) {
      return with(Measurement.of("2.4.a", headcount)).points("2.4.a");
    }

    @Test
    void changzhou_2_4_eightyPercentStaffedEarnsTwo() {
      // 2.4 "核定人员配备齐全率达80%以上得2分,低于80%得1分"
      assertThat(with(Measurement.of("2.4.b", "80")).points("2.4.b")).isEqualTo(p("2"));
      assertThat(with(Measurement.of("2.4.b", "79.9")).points("2.4.b")).isEqualTo(p("1"));
      assertThatThrownBy(() -> with(Measurement.of("2.4.b", "100.5")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("falls in no tier of 2.4.b");
    }

    @Test
    void changzhou_2_3_eachMissingManagementFunctionCostsOneEachServiceFunctionEarnsAFifth() {
      // 2.3 "每一项得0.2分,共1分" and "得3分,每少一项扣1分"
      ScoreCard card =
          CALCULATOR.score(
              fullMarks()
                  .without(f -> f.target().startsWith("2.3."))
                  .with(Check.of("2.3.a", "office-area", true))
                  .with(Check.of("2.3.a", "security", true))
                  .with(Check.of("2.3.a", "property", false))
                  .with(Check.of("2.3.a", "canteen", true))
                  .with(Check.of("2.3.a", "facilities", false))
                  .with(Check.of("2.3.b", "office-space", true))
                  .with(Check.of("2.3.b", "vehicles", false))
                  .with(Check.of("2.3.b", "energy", true)));
      assertThat(card.points("2.3.a")).isEqualTo(p("0.6"));
      assertThat(card.points("2.3.b")).isEqualTo(p("2"));
      assertThat(card.points("2.3")).isEqualTo(p("2.6"));
      assertThat(card.total()).isEqualTo(p("98.6"));
    }

    @Test
    void changzhou_3_1_aBulletNotMetEarnsNothing() {
      // 3.1 "●...未发现超标办公用房的,得2分"
      ScoreCard card = with(Check.of("3.1.a", false));
      assertThat(card.points("3.1.a")).isEqualTo(Points.ZERO);
      assertThat(card.points("3.1")).isEqualTo(p("6"));
    }

    @Test
    void changzhou_4_2_partlyBuiltEarnsTwo() {
      // 4.2 "全面建立...得4分;部分建立岗位责任制的,得2分;没建立岗位责任制的,不得分"
      assertThat(with(AssessedLevel.of("4.2", "partial")).points("4.2")).isEqualTo(p("2"));
      assertThat(with(AssessedLevel.of("4.2", "none")).points("4.2")).isEqualTo(Points.ZERO);
    }

    @Test
    void changzhou_6_1_assessedUpToThree() {
      // 6.1 "视完成质量得分,最高得3分"
      assertThat(with(Assessment.of("6.1", "2.5")).total()).isEqualTo(p("99.5"));
      assertThatThrownBy(() -> with(Assessment.of("6.1", "3.5")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the allowed range 0..3");
    }

    @Test
    void changzhou_7_theBonusSitsOnTopOfTheHundred() {
      // 四 "采取百分制(附加 20 分)"
      ScoreCard card = score(Occurrence.of("innovations", "7.3").count(2).build());
      assertThat(card.points("7")).isEqualTo(p("2"));
      assertThat(card.total()).isEqualTo(p("102"));
    }

    @Test
    void changzhou_7_1_fewerThanTwoArticlesEarnNothing() {
      // 7.1 "发表...文章不少于 2 篇,市级每篇 0.5 分,省级 1 分,国家级 2 分,可累加"
      ScoreCard one = score(Occurrence.of("a", "7.1.a").level("国家级").build());
      assertThat(one.points("7.1.a")).isEqualTo(Points.ZERO);
      assertThat(one.node("7.1.a").orElseThrow().lines())
          .anySatisfy(l -> assertThat(l.kind()).isEqualTo(Line.Kind.GATE));
      ScoreCard two =
          score(
              Occurrence.of("a", "7.1.a").level("国家级").build(),
              Occurrence.of("b", "7.1.a").level("市级").build());
      assertThat(two.points("7.1.a")).isEqualTo(p("2.5"));
      assertThat(two.total()).isEqualTo(p("102.5"));
    }

    @Test
    void changzhou_7_2_commendationsOfOneToFiveAddUpWithinFive() {
      // 7.2 "视情况加1-5分,可累加"
      ScoreCard card =
          score(
              Occurrence.of("c1", "7.2").points(p("3")).build(),
              Occurrence.of("c2", "7.2").points(p("4")).build());
      assertThat(card.points("7.2")).isEqualTo(p("5"));
      assertThatThrownBy(() -> score(Occurrence.of("c1", "7.2").points(p("6")).build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("outside the rate's range 1..5");
    }
  }

  @Nested
  class Outcomes {
    @Test
    void changzhou_6_theNumbersOfWinnersAreParametersTheOfficeSetsNotTheTexts() {
      // 六 "评选年度综合优胜奖和单项进步奖" gives no number of winners: each award's places are a
      // parameter, documented with an example (the places earlier versions printed) and unset.
      assertThat(SCHEME.parameters())
          .extracting(
              Parameter::id,
              Parameter::kind,
              Parameter::clause,
              Parameter::example,
              Parameter::value)
          .containsExactly(
              tuple(
                  "overall-winners",
                  Parameter.Kind.PLACES,
                  "六",
                  BigDecimal.valueOf(3),
                  Optional.empty()),
              tuple(
                  "progress-winners",
                  Parameter.Kind.PLACES,
                  "六",
                  BigDecimal.ONE,
                  Optional.empty()));
      List<Ranking> rankings =
          SCHEME.outcomes().stream()
              .filter(o -> o instanceof Ranking)
              .map(o -> (Ranking) o)
              .toList();
      assertThat(rankings)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.on()).isEmpty();
                assertThat(r.awards())
                    .singleElement()
                    .satisfies(
                        a -> {
                          assertThat(a.label()).isEqualTo("综合优胜奖");
                          assertThat(a.places()).contains("overall-winners");
                        });
              });
      List<Improvement> progress =
          SCHEME.outcomes().stream()
              .filter(o -> o instanceof Improvement)
              .map(o -> (Improvement) o)
              .toList();
      assertThat(progress)
          .extracting(i -> i.on().orElseThrow())
          .containsExactly("1", "2", "3", "4", "5", "6");
      assertThat(progress)
          .allSatisfy(
              i -> {
                assertThat(i.awards().get(0).places()).contains("progress-winners");
                assertThat(i.awards().get(0).eligible().orElseThrow().contains(Points.ZERO))
                    .isFalse();
              });
    }

    // ---------------------------------------------------------------- 六, with standings

    private static final String WINNER = "综合优胜奖";
    private static final String PROGRESS = "单项进步奖";

    /** A district's year: full marks in 一 to 六 but for the given facts, which replace or add. */
    private ScoreCard year(String unit, String period, Fact... changes) {
      UnitFacts facts = UnitFacts.builder().from(fullMarks()).unitId(unit).period(period).build();
      for (Fact f : changes) {
        facts = facts.without(old -> old.target().equals(f.target()) && sameKey(old, f)).with(f);
      }
      return CALCULATOR.score(facts);
    }

    /** 2019: 武进 first on 101.5; 金坛's 5 bonus points take its 94 to second. */
    private List<ScoreCard> year2019() {
      return List.of(
          year( // 99.5 + 2 innovations = 101.5
              "wujin",
              "2019",
              Assessment.of("4.1", "3.5"),
              Occurrence.of("cx", "7.3").count(2).build()),
          year( // 100 - 4 - 2 + 3 + 2 = 99
              "jintan",
              "2019",
              Check.of("4.3", false),
              Check.of("3.3.a", false),
              Occurrence.of("xj", "7.2").points(p("3")).build(),
              Occurrence.of("dy", "7.1.b").build()),
          year( // 100 - 1 - 1 - 1 + 1 = 98
              "liyang",
              "2019",
              Occurrence.of("meetings", "1.2").count(3).build(),
              Assessment.of("4.1", "3"),
              Assessment.of("6.1", "2"),
              Occurrence.of("cx", "7.3").build()),
          year( // 100 - 1 - 1 - 2 + 1.5 = 97.5
              "xinbei",
              "2019",
              Occurrence.of("instructions", "1.1").build(),
              Measurement.of("2.4.b", "78"),
              Check.of("4.7.a", false),
              Occurrence.of("wz", "7.1.a").level("市级").count(3).build()),
          year( // 100 - 3 - 2 = 95
              "tianning",
              "2019",
              Check.of("5.2", false),
              Occurrence.of("meetings", "1.2").count(2).build()),
          year( // 100 - 4 - 1 - 2 = 93
              "zhonglou",
              "2019",
              Check.of("6.2", false),
              Check.of("3.1.e", false),
              Assessment.of("4.1", "2")),
          year( // 100 - 4 - 3 - 3 = 90
              "jingkai",
              "2019",
              Check.of("6.2", false),
              Check.of("5.2", false),
              Assessment.of("6.1", "0")));
    }

    /** 2018, under the same scheme; 经开区 was not yet assessed. */
    private List<ScoreCard> year2018(ScoreCard... replacing) {
      List<ScoreCard> cards =
          new ArrayList<>(
              List.of(
                  year("wujin", "2018", Check.of("4.3", false)), // 事务 4: 28
                  year(
                      "jintan",
                      "2018",
                      Check.of("3.3.a", false),
                      Check.of("3.1.c", false),
                      Assessment.of("4.1", "2"),
                      Check.of("4.7.a", false)),
                  year("liyang", "2018", Check.of("6.2", false), Assessment.of("6.1", "2")),
                  year(
                      "xinbei",
                      "2018",
                      Occurrence.of("instructions", "1.1").build(),
                      Occurrence.of("meetings", "1.2").build(),
                      Check.of("4.3", false),
                      Check.of("4.7.a", false),
                      Assessment.of("4.1", "1")),
                  year(
                      "tianning",
                      "2018",
                      Check.of("5.2", false),
                      Occurrence.of("rules", "5.3.a").count(2).build(),
                      Check.of("5.1.a", false)),
                  year("zhonglou", "2018", Check.of("6.2", false), Assessment.of("6.1", "1"))));
      for (ScoreCard r : replacing) {
        cards.removeIf(c -> c.unitId().equals(r.unitId()));
        cards.add(r);
      }
      return cards;
    }

    /** An office that gives 综合优胜奖 to the first three and 单项进步奖 to the first in each area. */
    private final Scheme set =
        SCHEME.withParameters(
            Map.of("overall-winners", BigDecimal.valueOf(3), "progress-winners", BigDecimal.ONE));

    private StandingsResult rank(List<ScoreCard> previous) {
      return Standings.of(set).rank(year2019(), previous);
    }

    @Test
    void changzhou_6_theFirstThreeOnTheTotalWinTheOverallAwardBonusIncluded() {
      // 六 "对各地区得分进行排名,评选年度综合优胜奖" (reading overall-winner: the first places on the
      // total, bonus included, as many as the office sets: here 3)
      RankedGroup overall = rank(year2018()).ranking("overall-winner").group("district");
      assertThat(overall.placings())
          .extracting(pl -> pl.unitId() + " " + pl.score())
          .containsExactly(
              "wujin 101.5",
              "jintan 99",
              "liyang 98",
              "xinbei 97.5",
              "tianning 95",
              "zhonglou 93",
              "jingkai 90");
      assertThat(overall.holders(WINNER)).containsExactly("wujin", "jintan", "liyang");
      assertThat(overall.placing("xinbei").orElseThrow().awards()).isEmpty();
    }

    @Test
    void changzhou_6_withoutTheOfficesNumberOfWinnersNobodyIsPrintedAsAWinner() {
      // 六 names 综合优胜奖 but no number of winners: until the office sets it, the ranking stands,
      // no district holds the award, and the result says the office must set the number.
      StandingsResult result = Standings.of(SCHEME).rank(year2019(), year2018());
      RankedGroup overall = result.ranking("overall-winner").group("district");
      assertThat(overall.placings()).hasSize(7);
      assertThat(overall.holders(WINNER)).isEmpty();
      assertThat(result.improvement("progress-4").group("district").holders(PROGRESS)).isEmpty();
      assertThat(result.table()).startsWith("！须由考评办决定").contains("年度综合优胜奖", "六");
      assertThat(result.decisions())
          .hasSize(7)
          .allSatisfy(d -> assertThat(d).isInstanceOf(AwardPlacesNotSet.class));
    }

    @Test
    void changzhou_6_eachAreasProgressAwardGoesToTheLargestRiseOverLastYear() {
      // 六 "单项进步奖" (reading single-progress: per area, the largest rise over last year)
      StandingsResult result = rank(year2018());
      RankedGroup service = result.improvement("progress-4").group("district");
      // 新北 rose 7 in 服务保障 (23 to 30), more than 武进's 3.5 (28 to 31.5), though 武进 scored more.
      assertThat(service.holders(PROGRESS)).containsExactly("xinbei");
      Placing xinbei = service.placing("xinbei").orElseThrow();
      assertThat(xinbei.value()).isEqualTo(p("7"));
      assertThat(xinbei.score()).isEqualTo(p("30"));
      assertThat(xinbei.previous()).contains(p("23"));
      assertThat(result.improvement("progress-1").group("district").holders(PROGRESS))
          .containsExactly("xinbei"); // 6 to 9
      assertThat(result.improvement("progress-3").group("district").holders(PROGRESS))
          .containsExactly("jintan"); // 20 to 22
      assertThat(result.improvement("progress-5").group("district").holders(PROGRESS))
          .containsExactly("tianning"); // 5 to 7
      assertThat(result.improvement("progress-6").group("district").holders(PROGRESS))
          .containsExactly("liyang"); // 7 to 11
      // 经开区 has no card for 2018: it is not ranked, and never counted from zero.
      assertThat(service.withoutPrevious()).containsExactly("jingkai");
      assertThat(service.placing("jingkai")).isEmpty();
    }

    @Test
    void changzhou_6_noRiseInAnAreaWinsNoProgressAward() {
      // Only a real rise qualifies (reading single-progress): in 机构职能建设 no district improved.
      RankedGroup organisation = rank(year2018()).improvement("progress-2").group("district");
      assertThat(organisation.holders(PROGRESS)).isEmpty();
      assertThat(organisation.placing("wujin").orElseThrow().value()).isEqualTo(Points.ZERO);
      assertThat(organisation.placing("wujin").orElseThrow().withheld())
          .extracting(w -> w.reason())
          .containsExactly(Withheld.Reason.INELIGIBLE);
      assertThat(organisation.placing("xinbei").orElseThrow().value()).isEqualTo(p("-1"));
    }

    @Test
    void changzhou_6_districtsTiedForTheLargestRiseBothWin() {
      // Reading ranking-ties: units tied across the last award place all receive it. 钟楼 rose 4
      // in 配合市局工作 (4 to 8), as much as 溧阳 (7 to 11).
      ScoreCard zhonglou2018 =
          year(
              "zhonglou",
              "2018",
              Assessment.of("6.1", "0"),
              Check.of("6.3", false)); // 0 + 4 + 0 = 4
      RankedGroup cooperation =
          rank(year2018(zhonglou2018)).improvement("progress-6").group("district");
      assertThat(cooperation.holders(PROGRESS)).containsExactly("liyang", "zhonglou");
      assertThat(cooperation.cutTies())
          .singleElement()
          .satisfies(t -> assertThat(t.value()).isEqualTo(p("4")))
          .satisfies(t -> assertThat(t.settled()).contains(PROGRESS));
    }
  }
}
