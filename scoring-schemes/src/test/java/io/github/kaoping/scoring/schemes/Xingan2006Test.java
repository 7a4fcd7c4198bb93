package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** 新干县县直机关政务“阳光行动”工作考评办法(试行), clause by clause. */
class Xingan2006Test {

  private static final Scheme SCHEME = Regulation.XINGAN_2006.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);

  /** Every checked condition met, no deduction, no adjustment. */
  private static UnitFacts perfect(String unit, String group) {
    UnitFacts.Builder b =
        UnitFacts.of(unit, group)
            .period("2006")
            .addFacts(
                Check.of("s1.1", "meeting", true),
                Check.of("s1.2", "plan", true),
                Check.of("s1.3", "group", true),
                Check.of("s2.1", "sorted", true),
                Check.of("s2.2", "measures", true),
                Check.of("s2.3", "catalogue", true),
                Check.of("s3.3", "tidy", true),
                Check.of("s3.4", "accessible", true),
                Check.of("s3.5", "supervised", true));
    if (group.equals("key-unit")) {
      b.addFacts(Check.of("s3.7", "corridor", true));
    }
    return b.build();
  }

  /** A unit's perfect facts with the given ones replacing the checks of the same element. */
  private static UnitFacts unit(Fact... facts) {
    return amend(perfect("minzhengju", "unit"), facts);
  }

  private static UnitFacts amend(UnitFacts base, Fact... facts) {
    UnitFacts out = base;
    for (Fact f : facts) {
      if (f instanceof Check c) {
        out =
            out.without(
                old ->
                    old instanceof Check o
                        && o.nodeId().equals(c.nodeId())
                        && o.key().equals(c.key()));
      }
      out = out.with(f);
    }
    return out;
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
  void noGroupListsItsUnitsAsTheTextNamesNone() {
    assertThat(SCHEME.groups()).allSatisfy(g -> assertThat(g.units()).isEmpty());
  }

  @Test
  void xingan_2_1_fifteenTenSixtyAndFifteenMakeAHundredAndTheAdjustmentsSitBeside() {
    assertThat(SCHEME.maximum()).contains(Points.of(100));
    assertThat(SCHEME.sections())
        .extracting(Node::id, Node::role, n -> n.maximum().map(Points::toString).orElse("none"))
        .containsExactly(
            tuple("s1", Role.SCORED, "15"),
            tuple("s2", Role.SCORED, "10"),
            tuple("s3", Role.SCORED, "60"),
            tuple("s4", Role.SCORED, "15"),
            tuple("s5", Role.ADJUSTMENT, "none"));
    for (String group : new String[] {"unit", "key-unit"}) {
      ScoreCard card = CALCULATOR.score(perfect("u", group));
      assertThat(card.total()).as(group).isEqualTo(Points.of(100));
      assertThat(Stream.of("s1", "s2", "s3", "s4").map(card::points))
          .containsExactly(p("15"), p("10"), p("60"), p("15"));
    }
  }

  @Test
  void theCatalogueFindsItByIdButNotByTheNumberOfTheProgrammeItImplements() {
    assertThat(Regulation.byId("xingan-2006")).contains(Regulation.XINGAN_2006);
    assertThat(SCHEME.info().documentNumber()).isEmpty();
    assertThat(Regulation.byDocumentNumber("干办字[2006]112号")).isEmpty();
    assertThat(Regulation.byDocumentNumber("")).isEmpty();
    SchemeInfo info = SCHEME.info();
    assertThat(info.status()).isEqualTo(SchemeInfo.Status.TRIAL);
    assertThat(info.issuer()).contains("新干县机关效能建设领导小组");
    assertThat(info.notes()).anySatisfy(n -> assertThat(n).contains("《新干县2006机关效能建设工作考评方案》"));
  }

  // ------------------------------------------------------------------ worked examples

  @Test
  void xingan_2_1_1_failingAllThreeLapsesLeavesTwoOfFifteen() {
    // 二(一)1 "领导重视情况15分...(1)...扣3分...;(2)...扣5分;(3)...扣5分。" 3 + 5 + 5 = 13.
    ScoreCard card =
        CALCULATOR.score(
            unit(
                Check.of("s1.1", "meeting", false),
                Check.of("s1.2", "plan", false),
                Check.of("s1.3", "group", false)));
    assertThat(card.points("s1")).isEqualTo(p("2"));
    assertThat(card.total()).isEqualTo(p("87"));
  }

  @Test
  void xingan_2_1_3_deductionsStopWhenTheSixtyAreGone() {
    // 二(一)3 "公开情况60分,扣分情况以扣完本项分值为止。(1)...少一次扣10分;(2)...每次扣5分"
    Fact[] missed =
        IntStream.rangeClosed(1, 3)
            .boxed()
            .flatMap(
                q ->
                    Stream.of(
                        occurrence("q" + q + "-out", "s3.1", "对外公开"),
                        occurrence("q" + q + "-in", "s3.1", "对内公开")))
            .toArray(Fact[]::new);
    ScoreCard card = CALCULATOR.score(amend(unit(missed), occurrence("dc-1", "s3.2")));
    assertThat(card.points("s3.1")).isEqualTo(p("-60"));
    assertThat(card.points("s3")).isEqualTo(Points.ZERO);
    assertThat(card.node("s3").orElseThrow().lines())
        .filteredOn(l -> l.kind() == Line.Kind.FLOOR)
        .singleElement()
        .satisfies(l -> assertThat(l.points()).isEqualTo(p("5")));
    assertThat(card.total()).isEqualTo(p("40"));
  }

  @Test
  void xingan_2_1_5_modelsTakeTheResultAboveAHundred() {
    // 二(一)5 "县内做典型推广的每次加5分;被市级作典型推广的加10分;被省级作典型推广的加15分"
    ScoreCard card =
        CALCULATOR.score(
            unit(
                Occurrence.of("tg-sheng", "s5").kind("典型推广").level("省级").build(),
                Occurrence.of("tg-xian", "s5").kind("典型推广").level("县内").count(2).build()));
    assertThat(card.points("s5")).isEqualTo(p("25"));
    assertThat(card.total()).isEqualTo(p("125"));
  }

  @Test
  void xingan_2_1_5_criticismIsTakenWithoutLimit() {
    // 二(一)5 "被省级作典型批评的扣15分" — no floor: the result may fall below what 1-4 left.
    ScoreCard card =
        CALCULATOR.score(
            unit(
                Check.of("s2.1", "sorted", false),
                Check.of("s2.2", "measures", false),
                Check.of("s2.3", "catalogue", false),
                Occurrence.of("pp-sheng", "s5").kind("典型批评").level("省级").build(),
                Occurrence.of("pp-shi", "s5").kind("典型批评").level("市级").build()));
    assertThat(card.points("s2")).isEqualTo(Points.ZERO);
    assertThat(card.points("s5")).isEqualTo(p("-25"));
    assertThat(card.total()).isEqualTo(p("65"));
    assertThatThrownBy(
            () ->
                CALCULATOR.score(unit(Occurrence.of("x", "s5").kind("典型批评").level("国家级").build())))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("no rate of s5 matches");
  }

  @Test
  void xingan_2_1_3_7_onlyKeyUnitsAreChargedForTheCultureCorridor() {
    // 二(一)3(7) "重点单位未按要求每季度在县城文化长廊公开一次的扣5分"
    ScoreCard key =
        CALCULATOR.score(amend(perfect("gongan", "key-unit"), Check.of("s3.7", "corridor", false)));
    assertThat(key.points("s3")).isEqualTo(p("55"));
    assertThat(key.total()).isEqualTo(p("95"));
    assertThatThrownBy(() -> CALCULATOR.score(unit(Check.of("s3.7", "corridor", false))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("does not apply to group unit");
    assertThatThrownBy(
            () ->
                CALCULATOR.score(
                    perfect("gongan", "key-unit").without(f -> f.target().equals("s3.7"))))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("no fact for s3.7");
  }

  @Test
  void xingan_2_1_4_2_noArchivesAtAllCostTenIncompleteOnesFive() {
    // 二(一)4(2) "档案资料不健全的扣5分,没有的扣10分"
    assertThat(CALCULATOR.score(unit(occurrence("da-1", "s4.2", "不健全"))).points("s4"))
        .isEqualTo(p("10"));
    ScoreCard none = CALCULATOR.score(unit(occurrence("da-1", "s4.2", "没有")));
    assertThat(none.points("s4")).isEqualTo(p("5"));
    assertThat(none.total()).isEqualTo(p("90"));
  }

  @Test
  void xingan_2_1_3_2_supervisionFindingsAreTheEvidence() {
    // 二(一)3(2) "公开内容不规范、不全面、不真实的,每次扣5分(以督查情况为准)"
    Node item =
        PackagedSchemeChecks.nodes(SCHEME).stream()
            .filter(n -> n.id().equals("s3.2"))
            .findFirst()
            .orElseThrow();
    assertThat(item.evidence()).containsExactly("督查情况");
    assertThat(
            CALCULATOR.score(unit(occurrence("dc-1", "s3.2"), occurrence("dc-2", "s3.2"))).total())
        .isEqualTo(p("90"));
  }

  @Test
  void aRealisticYearForTheCivilAffairsBureau() {
    Provenance inspection = Provenance.of("县机关效能投诉中心", LocalDate.of(2006, 9, 12), "督查情况", "公开栏照片");
    ScoreCard card =
        CALCULATOR.score(
            unit(
                Check.of("s1.1", "meeting", false), // 会议记录中无动员大会
                Check.of("s2.3", "catalogue", false),
                occurrence("q2-in", "s3.1", "对内公开"),
                Occurrence.of("dc-0912a", "s3.2").provenance(inspection).build(),
                Occurrence.of("dc-0912b", "s3.2").provenance(inspection).build(),
                occurrence("xs-mzs", "s3.6"),
                occurrence("cl-0705", "s4.1"),
                Occurrence.of("tg-shi", "s5").kind("典型推广").level("市级").build()));
    assertThat(Stream.of("s1", "s2", "s3", "s4", "s5").map(card::points))
        .containsExactly(p("12"), p("5"), p("38"), p("10"), p("10"));
    assertThat(card.total()).isEqualTo(p("75"));
    assertThat(card.explain()).contains("县机关效能投诉中心 2006-09-12 督查情况、公开栏照片");
  }
}
