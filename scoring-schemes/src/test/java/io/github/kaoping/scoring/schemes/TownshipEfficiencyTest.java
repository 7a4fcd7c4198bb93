package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ××乡机关绩效考评办法, clause by clause. */
class TownshipEfficiencyTest {

  private static final Scheme SCHEME = Regulation.TOWNSHIP_EFFICIENCY.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  /** Full marks from every evaluator and every rater. */
  private static UnitFacts perfect(String unit, String group) {
    return UnitFacts.of(unit, group)
        .addFacts(
            Assessment.of("s1.1", "17"),
            Assessment.of("s1.2", "18"),
            Assessment.of("s1.3", "5"),
            RaterScores.of("s2.1", "12", "12", "12"),
            RaterScores.of("s2.2", "18", "18", "18", "18"),
            RaterScores.of("s2.3", "10", "10"),
            Assessment.of("s3", "10"),
            Assessment.of("s4", "10"))
        .build();
  }

  /** The police station's perfect facts, with the given ones in place of those on their node. */
  private static UnitFacts police(Fact... facts) {
    UnitFacts out = perfect("paichusuo", "cat1");
    for (Fact f : facts) {
      if (!(f instanceof VetoEvent)) {
        out = out.without(old -> old.target().equals(f.target()));
      }
      out = out.with(f);
    }
    return out;
  }

  private static Points p(String points) {
    return Points.parse(points);
  }

  // ------------------------------------------------------------------ the packaged scheme

  @Test
  void township_3_fortyFortyTenAndTenMakeAHundred() {
    // 三 "考评内容分...四大部分,总分100分"
    assertThat(SCHEME.maximum()).contains(Points.of(100));
    assertThat(SCHEME.sections())
        .extracting(n -> n.id() + " " + n.maximum().orElseThrow())
        .containsExactly("s1 40", "s2 40", "s3 10", "s4 10");
    assertThat(node("s1").children())
        .extracting(n -> n.maximum().orElseThrow())
        .containsExactly(p("17"), p("18"), p("5"));
    assertThat(node("s2").children())
        .extracting(n -> n.maximum().orElseThrow())
        .containsExactly(p("12"), p("18"), p("10"));
    for (String group : new String[] {"cat1", "cat2", "cat3"}) {
      String unit = group.equals("cat1") ? "paichusuo" : "zhen-" + group;
      ScoreCard card = CALCULATOR.score(perfect(unit, group));
      assertThat(card.total()).as(group).isEqualTo(Points.of(100));
    }
  }

  @Test
  void theCatalogueFindsItByIdOnly() {
    assertThat(Regulation.byId("township-efficiency")).contains(Regulation.TOWNSHIP_EFFICIENCY);
    assertThat(SCHEME.info().documentNumber()).isEmpty();
    assertThat(Regulation.byDocumentNumber("××乡机关绩效考评办法")).isEmpty();
    assertThat(Regulation.byDocumentNumber(" ")).isEmpty();
  }

  @Test
  void township_2_theFirstCategoryPrintsFifteenNamesUnderThirteen() {
    // 二 "第一类:有行政审批许可权的部门(13个)" followed by fifteen names.
    UnitGroup first = SCHEME.groups().get(0);
    assertThat(first.units()).hasSize(15).doesNotHaveDuplicates();
    assertThat(first.declaredCount()).contains(13);
    assertThat(SCHEME.groups()).extracting(UnitGroup::id).containsExactly("cat1", "cat2", "cat3");
    assertThat(SCHEME.groups().subList(1, 3)).allSatisfy(g -> assertThat(g.units()).isEmpty());
    assertThatThrownBy(() -> CALCULATOR.score(perfect("zhengfu-ban", "cat1")))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("not on the roster of group cat1");
  }

  // ------------------------------------------------------------------ worked examples

  @Test
  void township_3_5_twoVetoesAndOneLowPlaceComeOffTheTotal() {
    // 三(五) "被'一票否决'的，在考评总分中每项扣2分，位列专项考评后5名的，每项扣l分"
    ScoreCard card =
        CALCULATOR.score(
            police(
                VetoEvent.of("jh-2009", "special-veto", "计划生育专项考评一票否决"),
                VetoEvent.of("zz-2009", "special-veto", "社会治安综合治理专项考评一票否决"),
                VetoEvent.of("aq-2009", "special-bottom", "安全生产专项考评位列后5名")));
    assertThat(card.points("township-efficiency")).isEqualTo(Points.of(100));
    assertThat(card.total()).isEqualTo(p("95"));
    assertThat(card.isDisqualified()).isFalse();
    assertThat(card.totalLines())
        .filteredOn(l -> l.kind() == Line.Kind.PENALTY)
        .extracting(Line::points)
        .containsExactly(p("-4"), p("-1"));
  }

  @Test
  void township_3_2_eachRaterGroupIsAveragedOnItsOwnWeight() {
    // 三(二) "镇党政班子评估指标,12分; 党代表...评估指标,18分; 效能建设监督员、特邀联络员评估指标,10分"
    ScoreCard card =
        CALCULATOR.score(
            police(
                RaterScores.of("s2.1", "11", "10", "12"),
                RaterScores.of("s2.2", "16", "17", "15.5"),
                RaterScores.of("s2.3", "9", "8")));
    assertThat(card.points("s2.1")).isEqualTo(p("11"));
    assertThat(card.points("s2.2")).isEqualTo(p("16.17")); // 48.5 / 3, half up to 2 places
    assertThat(card.points("s2.3")).isEqualTo(p("8.5"));
    assertThat(card.points("s2")).isEqualTo(p("35.67"));
    assertThat(card.total()).isEqualTo(p("95.67"));
  }

  @Test
  void township_3_2_1_aRaterCannotGiveMoreThanTheTwelvePoints() {
    assertThatThrownBy(() -> CALCULATOR.score(police(RaterScores.of("s2.1", "12", "13"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("outside the panel's scale 0..12");
  }

  @Test
  void township_3_1_1_anAssessmentIsCappedAtTheSeventeenPoints() {
    // 三(一)1 "各单位工作计划完成情况:17分"
    assertThat(CALCULATOR.score(police(Assessment.of("s1.1", "15.5"))).points("s1"))
        .isEqualTo(p("38.5"));
    assertThatThrownBy(() -> CALCULATOR.score(police(Assessment.of("s1.1", "18"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("outside the allowed range 0..17");
  }

  @Test
  void township_7_advancedUnitsPerCategoryAndTheLastTwoPlacesOfTheTown() {
    // 七 "位列第一类单位前3名,第二类单位前3名,第三类第1名的...为效能建设先进单位...倒数第二名...倒数第一名"
    assertThat(SCHEME.outcomes())
        .extracting(o -> o.id() + " " + o.groups())
        .containsExactly(
            "awards-cat1 [cat1]",
            "awards-cat2 [cat2]",
            "awards-cat3 [cat3]",
            "bottom [cat1, cat2, cat3]");
    assertThat(
            SCHEME.outcomes().subList(0, 3).stream()
                .map(Ranking.class::cast)
                .map(r -> r.awards().get(0))
                .map(a -> a.from() + "-" + a.to()))
        .containsExactly("1-3", "1-3", "1-1");
    Ranking bottom = (Ranking) SCHEME.outcomes().get(3);
    assertThat(bottom.acrossGroups()).isTrue();
    assertThat(bottom.disqualified()).isEqualTo(DisqualifiedUnits.KEEP_POSITION);
    assertThat(bottom.awards())
        .extracting(Award::end, Award::from)
        .containsExactly(tuple(Award.End.BOTTOM, 2), tuple(Award.End.BOTTOM, 1));
  }

  // ------------------------------------------------------------------ 七, with standings

  private static final String ADVANCED = "效能建设先进单位";
  private static final String SECOND_LAST = "倒数第二名：通报批评，限期整改";
  private static final String LAST = "倒数第一名：主要负责人免职处理";

  /**
   * A unit's year: the general group's three assessments, the three rater panels (means 11, 16.5
   * and 8.75, so 36.25), 政令畅通 and 效能监察; its total is s1.1 + s1.2 + 4.5 + 36.25 + s3 + s4.
   */
  private static ScoreCard year(
      String unit, String group, String s11, String s12, String s3, String s4, Fact... more) {
    return CALCULATOR.score(
        UnitFacts.of(unit, group)
            .period("2009")
            .addFacts(
                Assessment.of("s1.1", s11),
                Assessment.of("s1.2", s12),
                Assessment.of("s1.3", "4.5"),
                RaterScores.of("s2.1", "11", "10.5", "11.5"),
                RaterScores.of("s2.2", "16", "17", "16.5"),
                RaterScores.of("s2.3", "9", "8.5"),
                Assessment.of("s3", s3),
                Assessment.of("s4", s4))
            .addFacts(more)
            .build());
  }

  /** Five units of 第一类, four of 第二类 and two of 第三类 (the text lists only the first). */
  private static List<ScoreCard> town(ScoreCard... replacing) {
    List<ScoreCard> cards =
        new ArrayList<>(
            List.of(
                year("caishui", "cat1", "16.5", "17", "9.5", "9.5"), // 93.25
                year("paichusuo", "cat1", "16", "17", "9", "9.5"), // 92.25
                year("jishengban", "cat1", "15.5", "16.5", "9", "9"), // 90.75
                year("sifasuo", "cat1", "15", "16", "9", "8.5"), // 89.25
                year("weishengyuan", "cat1", "14", "15", "8", "8"), // 85.75
                year("nongjizhan", "cat2", "16", "16.5", "9", "9"), // 91.25
                year("shuilizhan", "cat2", "15.5", "16", "9", "9"), // 90.25
                year("xumuzhan", "cat2", "15", "15.5", "8.5", "8.5"), // 88.25
                year("guotusuo", "cat2", "13.5", "14", "8", "7.5"), // 83.75
                year("jinglaoyuan", "cat3", "15", "16", "9", "9"), // 89.75
                year("guangbozhan", "cat3", "14.5", "15", "8.5", "8"))); // 86.75
    for (ScoreCard r : replacing) {
      cards.removeIf(c -> c.unitId().equals(r.unitId()));
      cards.add(r);
    }
    return cards;
  }

  private static StandingsResult rank(List<ScoreCard> cards) {
    return Standings.of(SCHEME).rank(cards);
  }

  @Test
  void township_7_theFirstThreeOfEachCategoryAndTheFirstOfTheThirdAreAdvanced() {
    StandingsResult result = rank(town());
    assertThat(result.ranking("awards-cat1").group("cat1").holders(ADVANCED))
        .containsExactly("caishui", "paichusuo", "jishengban");
    assertThat(result.ranking("awards-cat2").group("cat2").holders(ADVANCED))
        .containsExactly("nongjizhan", "shuilizhan", "xumuzhan");
    assertThat(result.ranking("awards-cat3").group("cat3").holders(ADVANCED))
        .containsExactly("jinglaoyuan");
    // Categories apart: 第一类's fourth, at 89.25, is not advanced; 第二类's third, at 88.25, is.
    assertThat(result.ranking("awards-cat1").group("cat1").placing("sifasuo").orElseThrow())
        .satisfies(p -> assertThat(p.position()).contains(4))
        .satisfies(p -> assertThat(p.awards()).isEmpty());
  }

  @Test
  void township_7_theLastTwoPlacesAreTheWholeTownsNotEachCategorys() {
    // "绩效考评总分位列倒数第二名 ... 绩效考核总分位列倒数第一名的单位": one unit each, town-wide.
    RankedGroup town = rank(town()).ranking("bottom").group("cat1+cat2+cat3");
    assertThat(town.placings()).hasSize(11);
    assertThat(town.holders(LAST)).containsExactly("guotusuo"); // 83.75, last of 第二类
    assertThat(town.holders(SECOND_LAST)).containsExactly("weishengyuan"); // 85.75, last of 第一类
    // The last of 第三类 (86.75) is third from the bottom of the town: no sanction.
    assertThat(town.placing("guangbozhan").orElseThrow().fromBottom()).contains(3);
    assertThat(town.placing("guangbozhan").orElseThrow().awards()).isEmpty();
  }

  @Test
  void township_7_3_5_aVetoInASpecialAssessmentCanPutAUnitLast() {
    // 三(五) "被'一票否决'的,在考评总分中每项扣2分": 86.75 - 2 - 2 = 82.75, now below 83.75.
    ScoreCard vetoed =
        year(
            "guangbozhan",
            "cat3",
            "14.5",
            "15",
            "8.5",
            "8",
            VetoEvent.of("jh-2009", "special-veto", "计划生育专项考评一票否决"),
            VetoEvent.of("zz-2009", "special-veto", "社会治安综合治理专项考评一票否决"));
    assertThat(vetoed.total()).isEqualTo(p("82.75"));
    assertThat(vetoed.isDisqualified()).isFalse();
    StandingsResult result = rank(town(vetoed));
    RankedGroup town = result.ranking("bottom").group("cat1+cat2+cat3");
    assertThat(town.holders(LAST)).containsExactly("guangbozhan");
    assertThat(town.holders(SECOND_LAST)).containsExactly("guotusuo");
    assertThat(town.placing("weishengyuan").orElseThrow().awards()).isEmpty();
    // Still second of its category of two: 第三类 gives only its first place an award.
    assertThat(result.ranking("awards-cat3").group("cat3").holders(ADVANCED))
        .containsExactly("jinglaoyuan");
  }

  @Test
  void township_7_twoUnitsTiedLastAreBothLastAndTheSecondLastPlaceIsLeftToTheOffice() {
    // 七 "位列倒数第一名的单位...免职处理": a tie must not take the sanction away. Units tied for the
    // last two places share the last place (both are 倒数第一, their fromBottom is 1), so both
    // receive 倒数第一名; nobody else stands second from the bottom, and the result says so.
    ScoreCard tied = year("weishengyuan", "cat1", "13.5", "14", "8", "7.5"); // 83.75
    RankedGroup town = rank(town(tied)).ranking("bottom").group("cat1+cat2+cat3");
    assertThat(town.holders(LAST)).containsExactly("guotusuo", "weishengyuan");
    assertThat(town.holders(SECOND_LAST)).isEmpty();
    assertThat(town.placing("guangbozhan").orElseThrow().awards()).isEmpty(); // 86.75, third
    assertThat(town.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.end()).isEqualTo(Award.End.BOTTOM))
        .satisfies(t -> assertThat(t.unitIds()).containsExactly("guotusuo", "weishengyuan"))
        .satisfies(t -> assertThat(t.settled()).contains(LAST));
    // 七 "由镇效能建设领导小组和镇委、镇政府确定": whether the unit above takes 倒数第二名 is theirs to say.
    assertThat(town.decisions())
        .singleElement()
        .satisfies(d -> assertThat(d.award()).isEqualTo(SECOND_LAST))
        .satisfies(
            d ->
                assertThat(d.text())
                    .contains("绩效考评总分位列倒数第二名、倒数第一名（全镇）〔七〕", "倒数第2名", "卫生院(weishengyuan)"));
  }

  @Test
  void township_7_threeUnitsTiedLastAreAllSanctioned() {
    // Before the fix, three units tied at the bottom were settled at the tie's highest position,
    // third from the bottom, which carries nothing: nobody was sanctioned at all.
    ScoreCard weishengyuan = year("weishengyuan", "cat1", "13.5", "14", "8", "7.5"); // 83.75
    ScoreCard guangbozhan = year("guangbozhan", "cat3", "13.5", "14", "8", "7.5"); // 83.75
    RankedGroup town =
        rank(town(weishengyuan, guangbozhan)).ranking("bottom").group("cat1+cat2+cat3");
    assertThat(town.holders(LAST)).containsExactly("guangbozhan", "guotusuo", "weishengyuan");
    assertThat(town.holders(SECOND_LAST)).isEmpty();
  }

  @Test
  void township_7_aTieAtTheThirdPlaceOfACategoryMakesBothAdvanced() {
    // 第一类's third and fourth at 90.75: both within 前3名 (ALL_BETTER), the tie reported.
    ScoreCard fourth = year("sifasuo", "cat1", "16", "16.5", "9", "8.5"); // 90.75
    RankedGroup first = rank(town(fourth)).ranking("awards-cat1").group("cat1");
    assertThat(first.holders(ADVANCED))
        .containsExactly("caishui", "paichusuo", "jishengban", "sifasuo");
    assertThat(first.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.from()).isEqualTo(3))
        .satisfies(t -> assertThat(t.to()).isEqualTo(4))
        .satisfies(t -> assertThat(t.settled()).contains(ADVANCED));
  }

  @Test
  void township_7_theFirstOfASmallCategoryMayAlsoBeAmongTheTownsLastTwo() {
    // The text does not provide for it; the scheme gives both, as written (reading
    // bottom-places-town-wide).
    ScoreCard alone = year("jinglaoyuan", "cat3", "13", "14", "8", "7.5"); // 83.25
    List<ScoreCard> cards = town(alone);
    cards.removeIf(c -> c.unitId().equals("guangbozhan"));
    StandingsResult result = rank(cards);
    assertThat(result.ranking("awards-cat3").group("cat3").holders(ADVANCED))
        .containsExactly("jinglaoyuan");
    assertThat(result.ranking("bottom").group("cat1+cat2+cat3").holders(LAST))
        .containsExactly("jinglaoyuan");
  }

  @Test
  void aRealisticYearForThePoliceStation() {
    ScoreCard card =
        CALCULATOR.score(
            police(
                Assessment.of("s1.1", "15.5"),
                Assessment.of("s1.2", "16"),
                Assessment.of("s1.3", "4.5"),
                RaterScores.of("s2.1", "11", "10.5", "11", "12", "10"),
                RaterScores.of("s2.2", "17", "16", "16.5", "15", "17.5", "16"),
                RaterScores.of("s2.3", "9", "9.5", "8"),
                Assessment.of("s3", "9"),
                Assessment.of("s4", "8"),
                VetoEvent.of("aq-2009", "special-bottom", "安全生产专项考评位列后5名")));
    // s2.1 54.5/5 = 10.9; s2.2 98/6 = 16.333.. -> 16.33; s2.3 26.5/3 = 8.833.. -> 8.83
    assertThat(Stream.of("s1", "s2", "s3", "s4").map(card::points))
        .containsExactly(p("36"), p("36.06"), p("9"), p("8"));
    assertThat(card.total()).isEqualTo(p("88.06"));
  }

  private static Node node(String id) {
    return PackagedSchemeChecks.nodes(SCHEME).stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
