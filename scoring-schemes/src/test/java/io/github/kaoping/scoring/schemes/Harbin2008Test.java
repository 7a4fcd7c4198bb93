package io.github.kaoping.scoring.schemes;

import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.max;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.p;
import static io.github.kaoping.scoring.schemes.PackagedSchemeChecks.sumOfMaxima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 哈尔滨市政府系统政务信息工作考核办法, packaged as {@link Regulation#HARBIN}. */
class Harbin2008Test {

  private static final Scheme SCHEME = Regulation.HARBIN.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  /** Every basic and reporting item up to standard, with the items reported a month on average. */
  private static UnitFacts upToStandard(
      String unit, String group, String quotaNode, String perMonth) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      facts.add(Check.of("art7." + i, true));
    }
    facts.add(Measurement.of(quotaNode, perMonth));
    facts.add(Check.of("art8.3", true));
    facts.add(Check.of("art8.4", true));
    return UnitFacts.of(unit, group).period("2008").addAllFacts(facts).build();
  }

  private static UnitFacts district() {
    return upToStandard("daoli", "district", "art8.1.gov", "15");
  }

  private static ScoreCard score(UnitFacts facts, Fact... extra) {
    UnitFacts all = facts;
    for (Fact f : extra) {
      all = all.with(f);
    }
    return CALCULATOR.score(all);
  }

  @Nested
  class Packaging {

    @Test
    void everyKnownDefectHasAReading() {
      assertThat(PackagedSchemeChecks.reading(SCHEME, "truncated").quote()).contains("第十二条");
      assertThat(SCHEME.readings())
          .extracting(Reading::id)
          .contains(
              "notice-lost",
              "page-marks",
              "basic-all-or-nothing",
              "reporting-all-or-nothing",
              "quota-per-month",
              "bureau-quota",
              "adoption-uncapped",
              "provincial-instructions",
              "series",
              "ranking-ties");
    }

    @Test
    void theCatalogueFindsItByIdAndByDocumentNumber() {
      assertThat(Regulation.byId("harbin-2008")).contains(Regulation.HARBIN);
      assertThat(Regulation.byDocumentNumber("哈政办综〔2008〕11号")).contains(Regulation.HARBIN);
      // as the OCR'd copy prints it
      assertThat(Regulation.byDocumentNumber("哈政办综〔 2008 〕 11号")).contains(Regulation.HARBIN);
      assertThat(Regulation.HARBIN.scheme()).isEqualTo(Harbin2008.scheme());
      assertThat(SCHEME.info().issuer()).contains("哈尔滨市人民政府办公厅");
    }

    @Test
    void theFourSeriesAreTheGroups() {
      assertThat(SCHEME.groups())
          .extracting(g -> g.id())
          .containsExactly("district", "county", "bureau", "office");
      assertThat(PackagedSchemeChecks.node(SCHEME, "art8.1.gov").groups())
          .containsExactly("district", "county", "office");
      assertThat(PackagedSchemeChecks.node(SCHEME, "art8.1.bureau").groups())
          .containsExactly("bureau");
    }
  }

  @Nested
  class StatedTotals {
    @Test
    void harbin_7_basicWorkIsEightItemsOfFive() {
      assertThat(max(SCHEME, "art7")).isEqualTo(p("40"));
      assertThat(PackagedSchemeChecks.node(SCHEME, "art7").children())
          .hasSize(8)
          .allSatisfy(n -> assertThat(n.maximum()).contains(p("5")));
    }

    @Test
    void harbin_8_reportingIsFourItemsOfFifteen() {
      assertThat(max(SCHEME, "art8")).isEqualTo(p("60"));
      assertThat(PackagedSchemeChecks.node(SCHEME, "art8").children())
          .hasSize(4)
          .allSatisfy(n -> assertThat(n.maximum()).contains(p("15")));
      assertThat(SCHEME.maximum()).contains(p("100"));
      assertThat(sumOfMaxima(SCHEME, "art7", "art8")).isEqualTo(p("100"));
    }

    @Test
    void harbin_9_adoptionPointsAreABonusWithoutMaximum() {
      assertThat(PackagedSchemeChecks.node(SCHEME, "art9").role()).isEqualTo(Role.BONUS);
      assertThat(PackagedSchemeChecks.node(SCHEME, "art9").maximum()).isEmpty();
      assertThat(PackagedSchemeChecks.node(SCHEME, "art9").children())
          .allSatisfy(n -> assertThat(n.maximum()).isEmpty());
    }

    @Test
    void harbin_7_8_aUnitUpToStandardScoresAHundredBeforeAdoption() {
      assertThat(CALCULATOR.score(district()).total()).isEqualTo(p("100"));
      assertThat(
              CALCULATOR.score(upToStandard("fagaiwei", "bureau", "art8.1.bureau", "10")).total())
          .isEqualTo(p("100"));
    }

    @Test
    void harbin_9_adoptionPointsHaveNoCap() {
      // 第九条: no cap anywhere, on top of 40 + 60
      ScoreCard card =
          score(
              district(),
              Occurrence.of("nation", "art9.3").kind("调研信息").count(10).build(), // 200
              Occurrence.of("city", "art9.1").kind("一般动态信息").count(25).build(), // 25
              Occurrence.of("prov-lead", "art9.5").kind("决策性").build(), // 20
              Occurrence.of("premier", "art9.6").build()); // 20
      assertThat(card.points("art9")).isEqualTo(p("265"));
      assertThat(card.total()).isEqualTo(p("365"));
    }
  }

  @Nested
  class WorkedExamples {
    @Test
    void harbin_8_1_fifteenAMonthForADistrictTenForABureau() {
      // 第八条(一) "区、县(市)政府及各驻外办事处平均每月至少报送 15条, 各委、办、局...至少报送 10条"
      assertThat(quota("district", "art8.1.gov", "15")).isEqualTo(p("15"));
      assertThat(quota("district", "art8.1.gov", "14.92"))
          .isEqualTo(Points.ZERO); // 179 in the year
      assertThat(quota("office", "art8.1.gov", "12.5")).isEqualTo(Points.ZERO);
      assertThat(quota("bureau", "art8.1.bureau", "12.5")).isEqualTo(p("15"));
      assertThat(quota("bureau", "art8.1.bureau", "10")).isEqualTo(p("15"));
      assertThat(quota("bureau", "art8.1.bureau", "9.92")).isEqualTo(Points.ZERO);
    }

    @Test
    void harbin_8_1_theMonthlyFigureEnteredAsPrintedIsScoredAsAMonthlyFigure() {
      // 第八条(一) "平均每月至少报送 15条": a clerk enters the month's average as the text prints it.
      // A bureau that reported 12 a month on average is above its 10 a month: 15 points, not 0.
      assertThat(quota("bureau", "art8.1.bureau", "12")).isEqualTo(p("15"));
      assertThat(quota("district", "art8.1.gov", "14.9")).isEqualTo(Points.ZERO);
      // Naming the unit is allowed, in the text's unit; and the explanation shows it.
      ScoreCard card =
          CALCULATOR.score(
              district()
                  .without(f -> f.target().equals("art8.1.gov"))
                  .with(Measurement.of("art8.1.gov", "16").in("条/月")));
      assertThat(card.points("art8.1.gov")).isEqualTo(p("15"));
      assertThat(card.explain()).contains("实测16条/月，在“15条/月以上”档");
    }

    @Test
    void harbin_8_1_aYearsCountNamedAsSuchIsRefusedNotConverted() {
      // A clerk who enters the year's 144 items and says so gets an error naming both units.
      assertThatThrownBy(
              () ->
                  CALCULATOR.score(
                      replacingQuota(Measurement.of("art8.1.bureau", "144").in("条/年"))))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining(
              "unit fagaiwei/measurement of art8.1.bureau: measured in 条/年, but art8.1.bureau is"
                  + " measured in 条/月; give the value in 条/月")
          .satisfies(
              e ->
                  assertThat(((FactsException) e).problems())
                      .singleElement()
                      .satisfies(p -> assertThat(p.nodeId()).contains("art8.1.bureau")));
      // The same figure in the text's own unit, full-width as an input method types it, is fine.
      assertThat(
              CALCULATOR
                  .score(replacingQuota(Measurement.of("art8.1.bureau", "12").in("条／月")))
                  .points("art8.1.bureau"))
          .isEqualTo(p("15"));
    }

    private UnitFacts replacingQuota(Measurement m) {
      return upToStandard("fagaiwei", "bureau", "art8.1.bureau", "10")
          .without(f -> f.target().equals("art8.1.bureau"))
          .with(m);
    }

    private Points quota(String group, String node, String perMonth) {
      ScoreCard card = CALCULATOR.score(upToStandard("u", group, node, perMonth));
      assertThat(card.points("art8.1")).isEqualTo(card.points(node));
      return card.points(node);
    }

    @Test
    void harbin_8_1_theBureauQuotaDoesNotApplyToADistrict() {
      assertThatThrownBy(() -> score(district(), Measurement.of("art8.1.bureau", "10")))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("node art8.1.bureau does not apply to group district");
    }

    @Test
    void harbin_7_anItemBelowStandardLosesItsFive() {
      // 第七条 "每项 5分...对不达标的按分值扣分"
      ScoreCard card =
          CALCULATOR.score(
              district().without(f -> f.target().equals("art7.5")).with(Check.of("art7.5", false)));
      assertThat(card.points("art7.5")).isEqualTo(Points.ZERO);
      assertThat(card.points("art7")).isEqualTo(p("35"));
      assertThat(card.total()).isEqualTo(p("95"));
    }

    @Test
    void harbin_8_2_oneLateUrgentItemLosesFifteen() {
      // 第八条(二) "紧急重要信息不漏报、瞒报、迟报"
      ScoreCard card = score(district(), Occurrence.of("flood", "art8.2").kind("迟报").build());
      assertThat(card.points("art8.2")).isEqualTo(Points.ZERO);
      assertThat(card.total()).isEqualTo(p("85"));
      assertThatThrownBy(
              () -> score(district(), Occurrence.of("flood", "art8.2").kind("晚报").build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("no gate or veto counts it");
    }

    @Test
    void harbin_9_5_provincialInstructionsCountPerInstruction() {
      // 第九条(五) "阅研与肯定性批示加 10分" (no 每条)
      ScoreCard card =
          score(
              district(),
              Occurrence.of("read", "art9.5").kind("阅研性").count(2).build(),
              Occurrence.of("praise", "art9.5").kind("肯定性").build());
      assertThat(card.points("art9.5")).isEqualTo(p("30"));
      assertThat(card.total()).isEqualTo(p("130"));
    }

    @Test
    void harbin_9_2_anUrgentItemAdoptedByTheProvinceIsRecordedAsGeneral() {
      // 第九条(二) names only "一般动态信息 2 分,调研信息 10 分"
      assertThatThrownBy(
              () -> score(district(), Occurrence.of("u", "art9.2").kind("紧急重要信息").build()))
          .isInstanceOf(FactsException.class)
          .hasMessageContaining("no rate of art9.2 matches kind '紧急重要信息'");
      assertThat(
              score(district(), Occurrence.of("u", "art9.2").kind("一般动态信息").build())
                  .points("art9.2"))
          .isEqualTo(p("2"));
    }
  }

  @Nested
  class Outcomes {
    @Test
    void harbin_10_modelAndAdvancedPlacesPerSeries() {
      // 第十条 标兵 前2/前3/前10/前2; 先进 第3-5/第4-7/第11-30/第3-5名
      List<Ranking> rankings =
          SCHEME.outcomes().stream()
              .filter(o -> o instanceof Ranking)
              .map(o -> (Ranking) o)
              .toList();
      assertThat(rankings)
          .extracting(
              r -> r.groups().get(0),
              r -> places(r.awards().get(0)),
              r -> places(r.awards().get(1)))
          .containsExactly(
              tuple("district", "1-2", "3-5"),
              tuple("county", "1-3", "4-7"),
              tuple("bureau", "1-10", "11-30"),
              tuple("office", "1-2", "3-5"));
      assertThat(rankings.get(0).awards())
          .extracting(Award::label)
          .containsExactly("政务信息工作标兵单位", "政务信息工作先进单位");
    }

    private String places(Award a) {
      return a.from() + "-" + a.to();
    }

    // ---------------------------------------------------------------- 第十条, with standings

    private static final String MODEL = "政务信息工作标兵单位";
    private static final String ADVANCED = "政务信息工作先进单位";

    /**
     * A unit up to standard whose items the city's carriers adopted: {@code general} 一般动态信息 (1
     * each) and {@code surveys} 大型调研信息 (5 each), so its total is 100 + general + 5 × surveys.
     */
    private ScoreCard year(String unit, String group, int general, int surveys, Fact... more) {
      boolean bureau = group.equals("bureau");
      UnitFacts facts =
          upToStandard(
              unit, group, bureau ? "art8.1.bureau" : "art8.1.gov", bureau ? "11.5" : "17");
      facts =
          facts.with(Occurrence.of(unit + "-dt", "art9.1").kind("一般动态信息").count(general).build());
      if (surveys > 0) {
        facts =
            facts.with(Occurrence.of(unit + "-dy", "art9.1").kind("大型调研信息").count(surveys).build());
      }
      return score(facts, more);
    }

    /** Cards for the units, the i-th with {@code top - 3i} general items and one survey. */
    private List<ScoreCard> series(String group, int top, String... units) {
      List<ScoreCard> cards = new ArrayList<>();
      for (int i = 0; i < units.length; i++) {
        cards.add(year(units[i], group, top - 3 * i, 1));
      }
      return cards;
    }

    private static final String[] DISTRICTS = {
      "daoli", "nangang", "daowai", "xiangfang", "pingfang", "songbei", "hulan", "acheng"
    };
    private static final String[] COUNTIES = {
      "shuangcheng",
      "shangzhi",
      "wuchang",
      "yilan",
      "fangzheng",
      "binxian",
      "bayan",
      "mulan",
      "tonghe",
      "yanshou"
    };
    private static final String[] BUREAUS = {
      "fagaiwei", "jiaoyuju", "kejiju", "gonganju", "minzhengju", "sifaju", "caizhengju",
      "renshiju", "laobaoju", "guotuju", "jiansheju", "guihuaju", "jiaotongju", "shuiwuju",
      "nongweiju", "shangwuju", "wenhuaju", "weishengju", "jishengwei", "shenjiju", "huanbaoju",
      "tongjiju", "anjianju", "lvyouju", "tiyuju", "wujiaju", "guoziwei", "chengguanju",
      "fangguanju", "linyeju", "gongshangju", "zhijianju"
    };
    private static final String[] OFFICES = {
      "zhu-beijing", "zhu-shanghai", "zhu-guangzhou", "zhu-shenzhen", "zhu-dalian", "zhu-hainan"
    };

    private List<String> first(String[] units, int from, int to) {
      return List.of(units).subList(from - 1, to);
    }

    @Test
    void harbin_10_modelsAndAdvancedUnitsOfEverySeriesAtTheirCuts() {
      // 第十条(一) 标兵: 区 前2名, 县(市) 前3名, 委办局 前10名, 驻外办事处 前2名;
      // (二) 先进: 第3名至第5名, 第4名至第7名, 第11名至第30名, 第3名至第5名.
      List<ScoreCard> cards = new ArrayList<>();
      cards.addAll(series("district", 60, DISTRICTS));
      cards.addAll(series("county", 50, COUNTIES));
      cards.addAll(series("bureau", 120, BUREAUS));
      cards.addAll(series("office", 30, OFFICES));
      assertThat(cards.get(0).total()).isEqualTo(p("165")); // 100 + 60 + 5
      StandingsResult result = Standings.of(SCHEME).rank(cards);
      RankedGroup district = result.ranking("awards-district").group("district");
      RankedGroup county = result.ranking("awards-county").group("county");
      RankedGroup bureau = result.ranking("awards-bureau").group("bureau");
      RankedGroup office = result.ranking("awards-office").group("office");
      assertThat(district.holders(MODEL)).isEqualTo(first(DISTRICTS, 1, 2));
      assertThat(district.holders(ADVANCED)).isEqualTo(first(DISTRICTS, 3, 5));
      assertThat(county.holders(MODEL)).isEqualTo(first(COUNTIES, 1, 3));
      assertThat(county.holders(ADVANCED)).isEqualTo(first(COUNTIES, 4, 7));
      assertThat(bureau.holders(MODEL)).isEqualTo(first(BUREAUS, 1, 10));
      assertThat(bureau.holders(ADVANCED)).isEqualTo(first(BUREAUS, 11, 30));
      assertThat(office.holders(MODEL)).isEqualTo(first(OFFICES, 1, 2));
      assertThat(office.holders(ADVANCED)).isEqualTo(first(OFFICES, 3, 5));
      // The first place past each cut wins nothing.
      assertThat(district.placing("songbei").orElseThrow().awards()).isEmpty();
      assertThat(county.placing("mulan").orElseThrow().awards()).isEmpty();
      assertThat(bureau.placing("gongshangju").orElseThrow().position()).contains(31);
      assertThat(bureau.placing("gongshangju").orElseThrow().awards()).isEmpty();
      assertThat(office.placing("zhu-hainan").orElseThrow().awards()).isEmpty();
    }

    @Test
    void harbin_10_unitsTiedAtTheLastModelPlaceAreBothModelsAndAdvancedGoesByPosition() {
      // Reading ranking-ties: units tied across the last 标兵 place are all 标兵 (ALL_BETTER); the
      // positions they fill are spent, so 先进 goes to positions 4 and 5 only.
      List<ScoreCard> cards = new ArrayList<>(series("district", 60, DISTRICTS));
      cards.set(2, year("daowai", "district", 57, 1)); // ties 南岗 at 162
      RankedGroup district =
          Standings.of(SCHEME).rank(cards).ranking("awards-district").group("district");
      assertThat(district.holders(MODEL)).containsExactly("daoli", "daowai", "nangang");
      assertThat(district.holders(ADVANCED)).containsExactly("xiangfang", "pingfang");
      assertThat(district.cutTies())
          .singleElement()
          .satisfies(t -> assertThat(t.from()).isEqualTo(2))
          .satisfies(t -> assertThat(t.to()).isEqualTo(3))
          .satisfies(t -> assertThat(t.settled()).contains(MODEL));
    }

    @Test
    void harbin_8_2_aLateUrgentItemCostsADistrictItsModelPlace() {
      // 第八条(二) "紧急重要信息不漏报、瞒报、迟报": 道里, with 64 items adopted, reports one urgent item
      // late and loses the 15: 154 instead of 169, fourth instead of first, 先进 and not 标兵.
      List<ScoreCard> cards = new ArrayList<>(series("district", 60, DISTRICTS));
      cards.set(
          0,
          year(
              "daoli",
              "district",
              64,
              1,
              Occurrence.of("flood-0812", "art8.2").kind("迟报").build()));
      assertThat(cards.get(0).total()).isEqualTo(p("154"));
      RankedGroup district =
          Standings.of(SCHEME).rank(cards).ranking("awards-district").group("district");
      assertThat(district.holders(MODEL)).containsExactly("nangang", "daowai");
      assertThat(district.placing("daoli").orElseThrow().position()).contains(4);
      assertThat(district.holders(ADVANCED)).containsExactly("xiangfang", "daoli", "pingfang");
    }
  }
}
