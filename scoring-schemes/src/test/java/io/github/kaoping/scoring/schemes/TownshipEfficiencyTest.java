package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
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
  void theSchemeValidatesAndCitesItsText() {
    PackagedSchemeChecks.assertValid(SCHEME);
    PackagedSchemeChecks.assertEveryNodeHasAClause(SCHEME);
    PackagedSchemeChecks.assertRostersQuoteTheText(SCHEME);
    PackagedSchemeChecks.assertOutcomesNameKnownGroupsAndNodes(SCHEME);
  }

  @Test
  void everyReadingQuotesTheTextVerbatim() {
    PackagedSchemeChecks.assertEveryReadingQuotesTheText(SCHEME);
  }

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
  void township_7_advancedUnitsPerCategoryAndTheLastTwoPlaces() {
    // 七 "位列第一类单位前3名,第二类单位前3名,第三类第1名的...为效能建设先进单位...倒数第二名...倒数第一名"
    assertThat(SCHEME.outcomes())
        .extracting(o -> o.id() + " " + o.groups())
        .containsExactly("awards-cat1 [cat1]", "awards-cat2 [cat2]", "awards-cat3 [cat3]");
    assertThat(
            SCHEME.outcomes().stream()
                .map(Ranking.class::cast)
                .map(r -> r.awards().get(0))
                .map(a -> a.from() + "-" + a.to()))
        .containsExactly("1-3", "1-3", "1-1");
    Ranking first = (Ranking) SCHEME.outcomes().get(0);
    assertThat(first.awards().subList(1, 3))
        .extracting(Award::end, Award::from)
        .containsExactly(tuple(Award.End.BOTTOM, 2), tuple(Award.End.BOTTOM, 1));
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
