package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** 岳阳市政府系统办公室工作考评办法 (岳政办发[2007]13号), clause by clause. */
class Yueyang2007Test {

  private static final Scheme SCHEME = Regulation.YUEYANG_2007.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  /** The facts every unit needs: every standard met, three reports, 100 for the suggestions. */
  private static UnitFacts perfect(String unit, String group) {
    return UnitFacts.of(unit, group)
        .period("2007")
        .addFacts(
            Check.of("s1.1", "plan", true),
            Check.of("s1.1", "summary", true),
            Check.of("s5.4", "feedback", true),
            Check.of("s5.4", "notice", true),
            Check.of("s5.4", "reward", true),
            Measurement.of("s5.5", "3"),
            Assessment.of("s6.1", "100"),
            Check.of("s7.1.a", "staffed", true),
            Check.of("s7.3", "intranet", true),
            Check.of("s7.4.a", "operator", true),
            Check.of("s8.4", true),
            Check.of("s8.5", true))
        .build();
  }

  private static UnitFacts department(Fact... facts) {
    return amend(perfect("jiaotong", "department"), facts);
  }

  /** The perfect facts with the given ones in place of those about the same thing. */
  private static UnitFacts amend(UnitFacts base, Fact... facts) {
    UnitFacts out = base;
    for (Fact f : facts) {
      out = out.without(old -> sameSubject(old, f)).with(f);
    }
    return out;
  }

  private static boolean sameSubject(Fact a, Fact b) {
    if (a instanceof Occurrence || b instanceof Occurrence || b instanceof VetoEvent) {
      return false;
    }
    if (a instanceof Check ca && b instanceof Check cb) {
      return ca.nodeId().equals(cb.nodeId()) && ca.key().equals(cb.key());
    }
    return a.target().equals(b.target()) && !(b instanceof NotApplicable);
  }

  private static Occurrence occurrence(String id, String node) {
    return Occurrence.of(id, node).build();
  }

  private static Occurrence occurrence(String id, String node, String kind) {
    return Occurrence.of(id, node).kind(kind).build();
  }

  private static Points p(String points) {
    return Points.parse(points);
  }

  // ------------------------------------------------------------------ the packaged scheme

  @Test
  void yueyang_4_theEightCategoriesAddUpToAThousand() {
    assertThat(SCHEME.maximum()).contains(Points.of(1000));
    assertThat(SCHEME.sections())
        .extracting(Node::id, n -> n.maximum().orElseThrow())
        .containsExactly(
            tuple("s1", p("100")),
            tuple("s2", p("150")),
            tuple("s3", p("150")),
            tuple("s4", p("150")),
            tuple("s5", p("150")),
            tuple("s6", p("100")),
            tuple("s7", p("100")),
            tuple("s8", p("100")));
    for (Node category : SCHEME.sections()) {
      Points items =
          Points.sum(
              category.children().stream()
                  .filter(c -> c.role() == Role.SCORED)
                  .map(c -> c.maximum().orElseThrow())
                  .toList());
      assertThat(items).as("items of %s", category.id()).isEqualTo(category.maximum().get());
    }
  }

  @Test
  void yueyang_4_aUnitMeetingEveryStandardScoresExactlyAThousand() {
    for (UnitFacts facts :
        List.of(perfect("pingjiang", "county"), perfect("xinwen-chuban", "department"))) {
      ScoreCard card = CALCULATOR.score(facts);
      assertThat(card.total()).isEqualTo(Points.of(1000));
      assertThat(card.isDisqualified()).isFalse();
      assertThat(card.nodes())
          .filteredOn(n -> n.role() == Role.SCORED && n.maximum().isPresent())
          .allSatisfy(n -> assertThat(n.points()).as(n.nodeId()).isEqualTo(n.maximum().get()));
    }
  }

  @Test
  void theCatalogueFindsItByIdAndByDocumentNumber() {
    assertThat(Regulation.byId("yueyang-2007")).contains(Regulation.YUEYANG_2007);
    assertThat(Regulation.byDocumentNumber("岳政办发[2007]13号")).contains(Regulation.YUEYANG_2007);
    assertThat(Regulation.byDocumentNumber("岳政办发〔2007〕13号")).contains(Regulation.YUEYANG_2007);
    // 四(六)'s scoring document is another number, not this scheme's.
    assertThat(Regulation.byDocumentNumber("岳政办函〔2007〕15号")).isEmpty();
    SchemeInfo info = SCHEME.info();
    assertThat(info.issuer()).contains("岳阳市人民政府办公室");
    assertThat(info.issued()).contains(LocalDate.of(2007, 8, 21));
    assertThat(info.status()).isEqualTo(SchemeInfo.Status.STANDARD);
  }

  @Test
  void yueyang_1_1_theRostersListTwelveCountiesAndSeventyTwoDepartments() {
    UnitGroup counties = SCHEME.groups().get(0);
    UnitGroup departments = SCHEME.groups().get(1);
    assertThat(counties.units()).hasSize(12);
    assertThat(counties.declaredCount()).contains(12);
    // The four sub-lists as printed: 31 + 1 + 1 + 39, which is the 72 the text states.
    assertThat(
            Stream.of(
                    Yueyang2007.COMPOSING,
                    Yueyang2007.SPECIAL,
                    Yueyang2007.COORDINATING,
                    Yueyang2007.OTHER)
                .map(List::size))
        .containsExactly(31, 1, 1, 39);
    assertThat(departments.units()).hasSize(72).doesNotHaveDuplicates();
    assertThat(departments.declaredCount()).contains(72);
    assertThat(departments.units()).extracting(Unit::name).contains("市新闻出版局", "岳阳海关");
    assertThatThrownBy(() -> CALCULATOR.score(perfect("jiaotong", "county")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("not on the roster of group county");
  }

  @Test
  void yueyang_4_everyNamedEvaluatorIsRecorded() {
    assertThat(node("s1").evaluator()).contains("市政府办人事科");
    assertThat(node("s2").evaluator()).contains("市政府应急管理办公室（总值班室）");
    assertThat(node("s3.4").evaluator()).contains("市政府办秘书一科和相关业务科室");
    assertThat(node("s5.2").evaluator()).contains("市政府督查室、市政府办秘书一科和相关业务科室");
    assertThat(node("s6").evaluator()).contains("市政府办秘书二科");
    assertThat(node("s7.2").evaluator()).contains("市政府应急管理办公室（总值班室）");
    assertThat(node("s8.4").evaluator()).contains("市政府办机关党委");
    // Every item of 四(三), (五), (七) and (八) names its own evaluator.
    for (String category : List.of("s3", "s5", "s7", "s8")) {
      assertThat(node(category).children())
          .filteredOn(c -> c.role() == Role.SCORED)
          .allSatisfy(c -> assertThat(c.evaluator()).as(c.id()).isPresent());
    }
  }

  // ------------------------------------------------------------------ worked examples

  @Test
  void yueyang_4_5_2_threeLateCompletionsZeroTheItem() {
    // 四(五)2 "计40分。未按要求办结的，一次扣10分；3次未按时办结的，此项计分全扣。"
    ScoreCard three =
        CALCULATOR.score(
            department(
                occurrence("db-0312", "s5.2", "未按时办结"),
                occurrence("db-0607", "s5.2", "未按时办结"),
                occurrence("db-1015", "s5.2", "未按时办结")));
    assertThat(three.points("s5.2")).isEqualTo(Points.ZERO); // not 40 - 30 = 10
    assertThat(three.points("s5")).isEqualTo(p("110"));
    assertThat(three.total()).isEqualTo(p("960"));
    // Two late and one on time but not as required: the gate counts late ones only.
    ScoreCard mixed =
        CALCULATOR.score(
            department(
                occurrence("db-0312", "s5.2", "未按时办结"),
                occurrence("db-0607", "s5.2", "未按时办结"),
                occurrence("db-1015", "s5.2", "未按要求办结")));
    assertThat(mixed.points("s5.2")).isEqualTo(p("10"));
    assertThat(mixed.total()).isEqualTo(p("970"));
  }

  @Test
  void yueyang_4_3_3_threeErrorsAtSiteMeetingsStopAtZero() {
    // 四(三)3 "计30分。发生差错一次扣15分。" — three errors would be -45; the item stops at 0.
    ScoreCard card =
        CALCULATOR.score(
            department(
                occurrence("xc-1", "s3.3"),
                occurrence("xc-2", "s3.3"),
                occurrence("xc-3", "s3.3")));
    assertThat(card.points("s3.3")).isEqualTo(Points.ZERO);
    assertThat(card.node("s3.3").orElseThrow().lines())
        .filteredOn(l -> l.kind() == Line.Kind.FLOOR)
        .singleElement()
        .satisfies(l -> assertThat(l.points()).isEqualTo(p("15")));
    assertThat(card.points("s3")).isEqualTo(p("120"));
    assertThat(card.total()).isEqualTo(p("970"));
  }

  @Test
  void yueyang_4_5_1_fiftyFullyDeductedDisqualifiesButTheScoreStands() {
    // 四(五)1 "计50分。不按要求落实并及时反馈的，出现一次扣10分；如50分全扣，评先资格一票否决。"
    Fact[] four = occurrences("fk", "s5.1", 4);
    ScoreCard forty = CALCULATOR.score(department(four));
    assertThat(forty.points("s5.1")).isEqualTo(p("10"));
    assertThat(forty.isDisqualified()).isFalse();
    ScoreCard fifty = CALCULATOR.score(department(occurrences("fk", "s5.1", 5)));
    assertThat(fifty.points("s5.1")).isEqualTo(Points.ZERO);
    assertThat(fifty.total()).isEqualTo(p("950"));
    assertThat(fifty.isDisqualified()).isTrue();
    assertThat(fifty.vetoes()).extracting(TriggeredVeto::vetoId).containsExactly("s5.1-zero");
  }

  @Test
  void yueyang_4_4_4_aLeakZeroesTheItemAndDisqualifies() {
    // 四(四)4 "机要保密工作规范，未出现失、泄密事件，计30分。发生失、泄密事件一次，评先资格一票否决。"
    ScoreCard card = CALCULATOR.score(department(occurrence("xm-1", "s4.4", "失泄密")));
    assertThat(card.points("s4.4")).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(p("970"));
    assertThat(card.isDisqualified()).isTrue();
    assertThat(card.vetoes()).extracting(TriggeredVeto::vetoId).containsExactly("s4.4-leak");
  }

  @Test
  void yueyang_4_7_5_aNetworkLeakZeroesTheItemWhileOtherIncidentsCostTen() {
    // 四(七)5 "...网络页面出现非法信息的，一次扣10分。发生失、泄密事件一次，评先资格一票否决。"
    ScoreCard incident = CALCULATOR.score(department(occurrence("wl-1", "s7.5", "非法信息")));
    assertThat(incident.points("s7.5")).isEqualTo(p("10"));
    assertThat(incident.isDisqualified()).isFalse();
    ScoreCard leak = CALCULATOR.score(department(occurrence("wl-2", "s7.5", "失泄密")));
    assertThat(leak.points("s7.5")).isEqualTo(Points.ZERO);
    assertThat(leak.vetoes()).extracting(TriggeredVeto::vetoId).containsExactly("s7.5-leak");
  }

  @Test
  void yueyang_4_8_4_unmetComprehensiveSecurityCostsFifteenAndDisqualifies() {
    // 四(八)4 "社会治安综合治理达标单位记15分。未达标的，评先资格一票否决。"
    ScoreCard card = CALCULATOR.score(department(Check.of("s8.4", false)));
    assertThat(card.points("s8.4")).isEqualTo(Points.ZERO);
    assertThat(card.points("s8")).isEqualTo(p("85"));
    assertThat(card.total()).isEqualTo(p("985"));
    assertThat(card.vetoes()).extracting(TriggeredVeto::vetoId).containsExactly("s8.4-unmet");
  }

  @Test
  void yueyang_3_1_aMajorFaultDisqualifiesWithoutTouchingThePoints() {
    // 三(一) "重大过错一票否决"
    ScoreCard card =
        CALCULATOR.score(department(VetoEvent.of("zd-1", "major-fault", "公文处理重大过错，造成严重后果")));
    assertThat(card.total()).isEqualTo(Points.of(1000));
    assertThat(card.isDisqualified()).isTrue();
  }

  @Test
  void yueyang_3_1_aBonusIsCappedAtThirtyPercentOfTheCategory() {
    // 三(一) "经验在全国、全省、全市推广...酌情加分（不超过单项分的30%）": 30% of 150 is 45.
    ScoreCard card =
        CALCULATOR.score(
            department(
                Occurrence.of("jf-1", "s3.bonus").kind("先进").points(p("30")).build(),
                Occurrence.of("jf-2", "s3.bonus").kind("推广").points(p("20")).build()));
    assertThat(card.points("s3.bonus")).isEqualTo(p("45"));
    assertThat(card.points("s3")).isEqualTo(p("195"));
    assertThat(card.total()).isEqualTo(p("1045"));
    // A single claim above the cap is refused outright.
    assertThatThrownBy(
            () ->
                CALCULATOR.score(
                    department(
                        Occurrence.of("jf-3", "s1.bonus").kind("创新").points(p("31")).build())))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("outside the rate's range 0..30");
  }

  @Test
  void yueyang_4_1_3_anIneffectiveYearCostsTheAmountChosenBetweenFiveAndTen() {
    // 四(一)3 "计30分。参政设谋无成效或不显著，扣5—10分；服务中心不到位，出现一次扣5分"
    ScoreCard card =
        CALCULATOR.score(
            department(
                Occurrence.of("cz-1", "s1.3.a").points(p("8")).build(),
                occurrence("fw-1", "s1.3.b")));
    assertThat(card.points("s1.3")).isEqualTo(p("17"));
    assertThat(card.total()).isEqualTo(p("987"));
    assertThatThrownBy(
            () ->
                CALCULATOR.score(
                    department(Occurrence.of("cz-1", "s1.3.a").points(p("12")).build())))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("outside the rate's range 5..10");
  }

  @Test
  void yueyang_4_5_5_twoReportsOfThreeCostFiveAndAnAdoptedProposalEarnsABonus() {
    // 四(五)5 "报送督查工作调研报告3篇，计15分。每少一篇扣5分；本级政府采纳督查调研建议...酌情加分。"
    ScoreCard card =
        CALCULATOR.score(
            department(
                Measurement.of("s5.5", "2"),
                Occurrence.of("cn-1", "s5.bonus").kind("采纳调研建议").points(p("10")).build()));
    assertThat(card.points("s5.5")).isEqualTo(p("10"));
    assertThat(card.points("s5")).isEqualTo(p("155"));
    assertThat(card.total()).isEqualTo(p("1005"));
  }

  @Test
  void yueyang_4_7_3_noIntranetNoPointsWhateverElse() {
    // 四(七)3 "计20分，未达到要求的不计分；内网传输未按要求开机接收而造成工作失误的，一次扣10分。"
    ScoreCard card = CALCULATOR.score(department(Check.of("s7.3", "intranet", false)));
    assertThat(card.points("s7.3")).isEqualTo(Points.ZERO);
    assertThat(card.total()).isEqualTo(p("980"));
  }

  @Test
  void yueyang_4_7_1_noReporterCostsTenOnceAndLateReportsFiveEach() {
    // 四(七)1 "计20分。未配备的扣10分，未按要求报送的，一次扣5分。"
    ScoreCard card =
        CALCULATOR.score(
            department(
                Check.of("s7.1.a", "staffed", false),
                occurrence("bs-1", "s7.1.b"),
                occurrence("bs-2", "s7.1.b"),
                occurrence("bs-3", "s7.1.b")));
    assertThat(card.points("s7.1")).isEqualTo(Points.ZERO); // 20 - 10 - 15, stopped at 0
    assertThat(card.total()).isEqualTo(p("980"));
  }

  @Test
  void yueyang_3_1_anItemOutsideTheUnitsDutiesCountsAtFullMarks() {
    // 三(一) "凡考评对象工作职责有考评事项的，按标准考评后得分，没有的按实际计分得分"
    assertThat(SCHEME.notApplicable()).isEqualTo(NotApplicablePolicy.FULL_MARKS);
    UnitFacts facts =
        perfect("zhu-beijing", "department")
            .without(f -> f.target().equals("s7.3"))
            .with(NotApplicable.of("s7.3", "驻京联络处不接入市电子政务内网"));
    ScoreCard card = CALCULATOR.score(facts);
    NodeScore item = card.node("s7.3").orElseThrow();
    assertThat(item.notApplicable()).isTrue();
    assertThat(item.points()).isEqualTo(p("20"));
    assertThat(card.total()).isEqualTo(Points.of(1000));
  }

  @Test
  void yueyang_4_6_theSuggestionsAreScoredUnderAnotherDocumentWithinAHundred() {
    // 四(六) "建议提案办理（100分）按照岳政办函〔2007〕15号文件规定计分扣分。"
    assertThat(CALCULATOR.score(department(Assessment.of("s6.1", "88"))).total())
        .isEqualTo(p("988"));
    assertThatThrownBy(() -> CALCULATOR.score(department(Assessment.of("s6.1", "101"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("outside the allowed range 0..100");
  }

  @Test
  void yueyang_3_4_awardsByPlaceForCountiesAndDepartments() {
    // 三(四) "县、市、区计分第一名为一等奖，二、三名为二等奖，四、五、六名为三等奖；
    // 市政府各部门计分第一名为一等奖，二、三、四名为二等奖，五、六、七、八、九名为三等奖"
    Ranking counties = ranking("awards-county");
    assertThat(counties.groups()).containsExactly("county");
    assertThat(counties.awards())
        .extracting(a -> a.label() + " " + a.from() + "-" + a.to())
        .containsExactly("一等奖 1-1", "二等奖 2-3", "三等奖 4-6");
    Ranking departments = ranking("awards-department");
    assertThat(departments.groups()).containsExactly("department");
    assertThat(departments.awards())
        .extracting(a -> a.label() + " " + a.from() + "-" + a.to())
        .containsExactly("一等奖 1-1", "二等奖 2-4", "三等奖 5-9");
  }

  // ------------------------------------------------------------------ 三(四), with standings

  private static final String FIRST = "一等奖";
  private static final String SECOND = "二等奖";
  private static final String THIRD = "三等奖";

  /**
   * A unit's year with {@code errors} failings recorded by the secretariat and the supervision
   * office at 5 points each: 公文质量 (四(四)2) first, then 办文程序 (四(四)3), 会议通知 (四(三)1) and 工作运行机制
   * (四(一)2), so that its total is 1000 - 5 × errors (up to 26), plus any facts given.
   */
  private static UnitFacts year(String unit, String group, int errors, Fact... more) {
    String[] items = {"s4.2", "s4.3", "s3.1", "s1.2"};
    int[] room = {8, 8, 6, 4};
    UnitFacts facts = perfect(unit, group);
    int left = errors;
    for (int i = 0; i < items.length && left > 0; i++) {
      for (int k = 1; k <= room[i] && left > 0; k++, left--) {
        facts = facts.with(occurrence(unit + "-" + items[i] + "-" + k, items[i]));
      }
    }
    assertThat(left).as("errors beyond the helper's items").isZero();
    return amend(facts, more);
  }

  /** Cards for the units, the i-th (from 0) with the i-th number of errors. */
  private static List<ScoreCard> cards(List<Unit> units, String group, int... errors) {
    List<ScoreCard> cards = new ArrayList<>();
    for (int i = 0; i < errors.length; i++) {
      cards.add(CALCULATOR.score(year(units.get(i).id(), group, errors[i])));
    }
    return cards;
  }

  private static StandingsResult rank(List<ScoreCard> cards) {
    return Standings.of(SCHEME).rank(cards);
  }

  private static List<String> ids(List<Unit> units, int from, int to) {
    return units.subList(from - 1, to).stream().map(Unit::id).toList();
  }

  @Test
  void yueyang_3_4_countiesWinOneTwoToThreeFourToSixAndNoMore() {
    // 三(四) "县、市、区计分第一名为一等奖，二、三名为二等奖，四、五、六名为三等奖"
    List<ScoreCard> cards =
        cards(Yueyang2007.COUNTIES, "county", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(cards.get(5).total()).isEqualTo(p("975"));
    RankedGroup counties = rank(cards).ranking("awards-county").group("county");
    List<Unit> c = Yueyang2007.COUNTIES;
    assertThat(counties.holders(FIRST)).containsExactlyElementsOf(ids(c, 1, 1));
    assertThat(counties.holders(SECOND)).containsExactlyElementsOf(ids(c, 2, 3));
    assertThat(counties.holders(THIRD)).containsExactlyElementsOf(ids(c, 4, 6));
    // The sixth (975) is the last 三等奖; the seventh (970) wins nothing.
    assertThat(counties.placing("miluo").orElseThrow().awards()).containsExactly(THIRD);
    assertThat(counties.placing("yueyanglou").orElseThrow().position()).contains(7);
    assertThat(counties.placing("yueyanglou").orElseThrow().awards()).isEmpty();
    assertThat(counties.placings()).hasSize(12);
    assertThat(counties.cutTies()).isEmpty();
  }

  @Test
  void yueyang_3_4_departmentsWinOneTwoToFourFiveToNineAndNoMore() {
    // 三(四) "市政府各部门计分第一名为一等奖，二、三、四名为二等奖，五、六、七、八、九名为三等奖"
    List<Unit> d = Yueyang2007.COMPOSING;
    List<ScoreCard> cards = cards(d, "department", 0, 2, 3, 4, 6, 7, 9, 10, 12, 13, 15, 20);
    RankedGroup departments = rank(cards).ranking("awards-department").group("department");
    assertThat(departments.holders(FIRST)).containsExactlyElementsOf(ids(d, 1, 1));
    assertThat(departments.holders(SECOND)).containsExactlyElementsOf(ids(d, 2, 4));
    assertThat(departments.holders(THIRD)).containsExactlyElementsOf(ids(d, 5, 9));
    // The ninth (940) is the last 三等奖; the tenth (935) wins nothing.
    assertThat(departments.placing(d.get(8).id()).orElseThrow().score()).isEqualTo(p("940"));
    assertThat(departments.placing(d.get(9).id()).orElseThrow().awards()).isEmpty();
    // 三(三): counties and departments are ranked apart, each in its own ranking.
    assertThat(rank(cards).ranking("awards-department").groups()).containsExactly("department");
  }

  @Test
  void yueyang_4_4_4_aLeakBarsTheTopCountyWhichIsRankedApartAndTheOthersMoveUp() {
    // 四(四)4 "发生失、泄密事件一次，评先资格一票否决"; reading awards-skip-disqualified: the county
    // gives up its position (SKIP_POSITION), so 一等奖 goes to the next and six awards are still
    // given.
    assertThat(ranking("awards-county").disqualified()).isEqualTo(DisqualifiedUnits.SKIP_POSITION);
    List<ScoreCard> cards =
        new ArrayList<>(
            cards(
                Yueyang2007.COUNTIES.subList(1, 12), "county", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    ScoreCard leak =
        CALCULATOR.score(
            year(
                "pingjiang",
                "county",
                0,
                Occurrence.of("jf-2024", "s2.bonus").kind("先进").points(p("30")).build(),
                occurrence("xm-0917", "s4.4", "失泄密")));
    assertThat(leak.total()).isEqualTo(p("1000")); // 1000 + 30 - 30: still the highest
    assertThat(leak.isDisqualified()).isTrue();
    cards.add(leak);
    RankedGroup counties = rank(cards).ranking("awards-county").group("county");
    Placing barred = counties.placing("pingjiang").orElseThrow();
    assertThat(barred.disqualified()).isTrue();
    assertThat(barred.position()).isEmpty();
    assertThat(barred.awards()).isEmpty();
    assertThat(counties.placings().get(counties.placings().size() - 1).unitId())
        .isEqualTo("pingjiang");
    assertThat(counties.holders(FIRST)).containsExactly("yueyangxian");
    assertThat(counties.holders(SECOND)).containsExactly("huarong", "xiangyin");
    assertThat(counties.holders(THIRD)).containsExactly("linxiang", "miluo", "yueyanglou");
    assertThat(counties.placing("yueyanglou").orElseThrow().position()).contains(6);
  }

  @Test
  void yueyang_4_5_1_aDepartmentWhoseFiftyAreGoneIsBarredFromTheAwards() {
    // 四(五)1 "如50分全扣，评先资格一票否决": five failings zero the item and bar the unit, whose 950
    // would otherwise have placed it within 二等奖.
    List<Unit> d = Yueyang2007.COMPOSING;
    List<ScoreCard> cards =
        new ArrayList<>(cards(d.subList(0, 10), "department", 0, 2, 4, 12, 13, 14, 15, 16, 17, 18));
    ScoreCard zero =
        CALCULATOR.score(year("jiaotong", "department", 0, occurrences("fk", "s5.1", 5)));
    assertThat(zero.total()).isEqualTo(p("950"));
    cards.add(zero);
    RankedGroup departments = rank(cards).ranking("awards-department").group("department");
    assertThat(departments.placing("jiaotong").orElseThrow().position()).isEmpty();
    assertThat(departments.holders(SECOND)).containsExactlyElementsOf(ids(d, 2, 4));
    assertThat(departments.holders(THIRD)).containsExactlyElementsOf(ids(d, 5, 9));
  }

  @Test
  void yueyang_3_3_departmentsTiedAcrossTheCutAllTakeTheBetterAward() {
    // 三(三) "按计分从高至低排序"; reading awards-ties: equal points share a 名次 and the award of it
    // (ALL_BETTER). The fourth and fifth tie at 980 across the 二等奖 cut: both win 二等奖, and
    // 三等奖 goes to the next four positions, 6 to 9.
    assertThat(ranking("awards-department").cutTies()).isEqualTo(CutTies.ALL_BETTER);
    List<Unit> d = Yueyang2007.COMPOSING;
    List<ScoreCard> cards = cards(d, "department", 0, 2, 3, 4, 4, 6, 7, 8, 9, 9, 12);
    RankedGroup departments = rank(cards).ranking("awards-department").group("department");
    assertThat(departments.holders(SECOND)).containsExactlyInAnyOrderElementsOf(ids(d, 2, 5));
    assertThat(departments.holders(THIRD)).containsExactlyInAnyOrderElementsOf(ids(d, 6, 10));
    assertThat(departments.cutTies())
        .extracting(CutTie::from, CutTie::to, CutTie::value, t -> t.settled().orElse("-"))
        .containsExactly(tuple(4, 5, p("980"), SECOND), tuple(9, 10, p("955"), THIRD));
    // The ninth and tenth (955) share the ninth place, the last 三等奖: both receive it.
    assertThat(departments.placing(d.get(9).id()).orElseThrow().position()).contains(9);
    assertThat(departments.placing(d.get(10).id()).orElseThrow().awards()).isEmpty();
  }

  @Test
  void aRealisticYearForTheTransportBureau() {
    Provenance duban = Provenance.of("市政府督查室", LocalDate.of(2007, 10, 15), "督办件登记簿");
    UnitFacts facts =
        department(
            Check.of("s1.1", "summary", false), // 年终总结未报送
            occurrence("fw-0412", "s1.3.b"), // 服务中心不到位
            occurrence("yj-0723", "s2.5", "迟报"),
            Occurrence.of("jf-sheng", "s2.bonus").kind("先进").points(p("20")).build(),
            Occurrence.of("hy-0305", "s3.5").kind("无故缺席").count(2).build(),
            occurrence("hy-0611", "s3.2", "执行落实不力"),
            occurrence("gw-1", "s4.2"),
            occurrence("gw-2", "s4.2"),
            occurrence("gw-3", "s4.2"),
            Occurrence.of("db-0930", "s5.2").kind("未按时办结").provenance(duban).build(),
            Measurement.of("s5.5", "2"),
            Occurrence.of("cn-1", "s5.bonus").kind("采纳调研建议").points(p("6")).build(),
            Assessment.of("s6.1", "92"),
            occurrence("xx-1", "s7.1.b"),
            occurrence("xx-2", "s7.1.b"),
            Occurrence.of("fire-1121", "s8.3").points(p("6")).build(),
            Occurrence.of("myl-2007", "s8.discretion")
                .points(p("3"))
                .note("机关安全保卫工作满意率93%，未达95%")
                .build());
    ScoreCard card = CALCULATOR.score(facts);
    assertThat(Stream.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8").map(card::points).toList())
        .containsExactly(
            p("90"), p("160"), p("120"), p("135"), p("141"), p("92"), p("90"), p("91"));
    assertThat(card.total()).isEqualTo(p("919"));
    assertThat(card.isDisqualified()).isFalse();
    assertThat(card.explain()).contains("督办件登记簿").contains("〔四(五)2〕");
  }

  // ------------------------------------------------------------------ helpers

  private static Fact[] occurrences(String prefix, String node, int n) {
    return java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> occurrence(prefix + "-" + i, node))
        .toArray(Fact[]::new);
  }

  private static Node node(String id) {
    return PackagedSchemeChecks.nodes(SCHEME).stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Ranking ranking(String id) {
    return SCHEME.outcomes().stream()
        .filter(o -> o.id().equals(id))
        .map(Ranking.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
