package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Modifier;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A valid scheme that uses every type of the model (every rule shape, role, limit, gate, modifier,
 * veto trigger and effect, outcome and metadata field), and facts of every kind for it.
 */
final class Everything {

  private Everything() {}

  static final String ID = "everything";

  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("全要素考评办法(测试)")
        .info(
            SchemeInfo.builder()
                .documentNumber("测政发〔2025〕7号")
                .issuer("测试市人民政府")
                .issued(LocalDate.of(2025, 3, 1))
                .effective(LocalDate.of(2025, 4, 1))
                .status(SchemeInfo.Status.INTERIM)
                .addSupersedes("测政发〔2020〕3号", "测政发〔2021〕9号")
                .scope("市直各单位")
                .source("测试用全文")
                .addNotes("按比例折算后计入年度考核", "注: 含\"引号\"与冒号: 以及 # 号")
                .build())
        .max("100")
        .addGroups(
            new UnitGroup(
                "g1",
                "第一序列",
                Optional.of("一(一)"),
                List.of(new Unit("u1", "单位一"), new Unit("u2", "单位二"), new Unit("u3", "单位三")),
                Optional.of(3)),
            new UnitGroup("g2", "第二序列", Optional.empty(), List.of(), Optional.of(5)))
        .notApplicable(NotApplicablePolicy.RESCALE)
        .rounding(Rounding.halfUp(2))
        .add(sectionA(), sectionB(), sectionC(), sectionD(), sectionE(), sectionF())
        .addVetoes(
            new Veto(
                "v1",
                "失泄密事件",
                Optional.of("五(一)"),
                new Veto.Reported(),
                new Veto.Disqualification(true)),
            new Veto(
                "v2",
                "a1全扣",
                Optional.empty(),
                new Veto.NodeScore("a1", Interval.atMost(BigDecimal.ZERO)),
                Veto.penalty("2")),
            new Veto(
                "v3",
                "b4发现即扣",
                Optional.of("五(三)"),
                new Veto.OccurrenceCount("b4", Optional.empty(), Interval.atLeast(1)),
                new Veto.Penalty(Points.parse("1.5"), Optional.of("b"))),
            new Veto(
                "v4",
                "按种类计数",
                Optional.empty(),
                new Veto.OccurrenceCount("a1", Optional.of("差错"), Interval.atLeast(5)),
                Veto.disqualification()))
        .addOutcomes(
            Ranking.of("r1", "总分排名", "六(一)")
                .addGroups("g1", "g2")
                .acrossGroups(true)
                .ties(new TiePolicy(TiePolicy.Ranks.DENSE, List.of("a", "b"), true))
                .disqualified(DisqualifiedUnits.KEEP_POSITION)
                .cutTies(CutTies.ALL_BETTER)
                .addAwards(
                    Award.top("一等奖", 1, 1).eligibleIf(Interval.atLeast("85")),
                    Award.top("二等奖", 2, 3),
                    Award.bottom("倒数第一名", 1, 1))
                .build(),
            Ranking.of("r2", "分项排名", "六(二)")
                .on("b")
                .disqualified(DisqualifiedUnits.SKIP_POSITION)
                .cutTies(CutTies.ALL_WORSE)
                .build(),
            Banding.of("bands", "等次", "六(三)")
                .addBands(
                    new Band("不合格", Interval.below("60")),
                    new Band(
                        "合格",
                        Interval.between(
                            new BigDecimal("60"), true, new BigDecimal("85.5"), false)),
                    new Band("优秀", Interval.atLeast("85.5")))
                .build(),
            Improvement.of("progress", "单项进步奖", "六(四)")
                .on("a")
                .addGroups("g1")
                .disqualified(DisqualifiedUnits.KEEP_POSITION)
                .cutTies(CutTies.ALL_WORSE)
                .addAwards(Award.top("进步奖", 1, 2))
                .build(),
            Grading.of("grades", "等级评定", "七")
                .addPrerequisites(new Rule.Element("p-archive", "档案工作有专人负责"))
                .addGrades(
                    new Grade(
                        "second",
                        "省二级",
                        Optional.of("七(二)"),
                        Optional.of(Interval.atLeast("80")),
                        Optional.empty(),
                        0),
                    new Grade(
                        "first",
                        "省一级",
                        Optional.empty(),
                        Optional.of(
                            Interval.between(
                                BigDecimal.valueOf(90), false, BigDecimal.TEN.pow(2), true)),
                        Optional.of("second"),
                        1),
                    new Grade(
                        "special",
                        "省特级",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("first"),
                        1))
                .validYears(3)
                .build())
        .addReadings(new Reading("r-limit", "三(一)", "不超过单项分的30%", "单项指所在类别", List.of("d", "d1")))
        .build();
  }

  private static Node.Builder sectionA() {
    return Node.of("a", "基础工作", "三(一)")
        .max("40")
        .evaluator("办公室")
        .addEvidence("档案资料", "工作现场")
        .note("四项各10分")
        .addModifiers(Modifier.sameMatterOnce("三(一)注"), Modifier.selfReportedExempt("三(一)注2"))
        .add(
            Node.of("a1", "差错", "三(一)1")
                .max("10")
                .rule(
                    Rule.perOccurrence(
                        Rule.Rate.deduct("2").forKind("差错").titled("出现差错一次扣2分"),
                        Rule.Rate.deductBetween("1", "3").forKind("失误")))
                .addGates(Gate.zeroAfter(4, "差错", "差错4次以上不得分", "三(一)1")),
            Node.of("a2", "制度", "三(一)2")
                .max("10")
                .rule(
                    Rule.deductPerMissing(
                        "2.5",
                        new Rule.Element("e1", "考勤制度"),
                        new Rule.Element("e2", "保密制度"),
                        new Rule.Element("e3", "值班制度")))
                .addGates(Gate.prerequisite("plan", "编制年度计划", "三(一)2")),
            Node.of("a3", "建设", "三(一)3")
                .max("10")
                .rule(
                    new Rule.Levels(
                        List.of(
                            new Rule.Level("full", "全面建立", Points.parse("10")),
                            new Rule.Level("part", "部分建立", Points.parse("5.5")),
                            new Rule.Level("none", "没建立", Points.ZERO)))),
            Node.of("a4", "更名", "三(一)4").max("10").rule(Rule.criterion()));
  }

  private static Node.Builder sectionB() {
    return Node.of("b", "业务工作", "三(二)")
        .max("40")
        .add(
            Node.of("b1", "结案率", "三(二)1")
                .max("10")
                .rule(
                    new Rule.Tiers(
                        List.of(
                            new Rule.Tier(Interval.atLeast("90"), Points.parse("10")),
                            new Rule.Tier(
                                Interval.between(
                                    BigDecimal.valueOf(60), true, BigDecimal.valueOf(90), false),
                                Points.parse("6")),
                            new Rule.Tier(Interval.below("60"), Points.ZERO)),
                        "%")),
            Node.of("b2", "稿件", "三(二)2")
                .max("10")
                .rule(new Rule.Proportional(new BigDecimal("20"), "篇")),
            Node.of("b3", "完成率", "三(二)3")
                .max("10")
                .rule(
                    new Rule.ShortfallSteps(
                        new BigDecimal("100"), new BigDecimal("5"), Points.parse("2"), false, "%")),
            Node.of("b4", "纪律", "三(二)4")
                .max("10")
                .rule(Rule.fullMarks())
                .addGates(Gate.zeroAfter(1, "一经发现此项不给分", "三(二)4")));
  }

  private static Node.Builder sectionC() {
    return Node.of("c", "评议", "三(三)")
        .max("20")
        .add(
            Node.of("c1", "综合评议", "三(三)1")
                .max("10")
                .rule(new Rule.Panel(new BigDecimal("100"), Rule.Aggregation.TRIMMED_MEAN, 3, 7)),
            Node.of("c2", "折算", "三(三)2")
                .max("5")
                .rule(new Rule.Conversion(new BigDecimal("100.0"))),
            Node.of("c3", "酌情扣分", "三(三)3").max("5").rule(Rule.Assessed.deduction()));
  }

  private static Node.Builder sectionD() {
    return Node.of("d", "加分", "三(四)")
        .max("10")
        .role(Role.BONUS)
        .ceiling(Limit.shareOf("b", "0.25"))
        .addModifiers(Modifier.jointSplit("0.8", "0.2", "三(四)注"))
        .add(
            Node.of("d1", "表彰", "三(四)1")
                .max("5")
                .rule(
                    Rule.perOccurrence(
                        Rule.Rate.earn("0.5").atLevel("县级"),
                        Rule.Rate.earn("1").atLevel("市级"),
                        Rule.Rate.earnBetween("1", "2").atLevel("省级"))),
            Node.of("d2", "争取资金", "三(四)2")
                .max("5")
                .rule(
                    new Rule.AmountSteps(
                        new BigDecimal("100"),
                        Points.parse("1"),
                        new BigDecimal("50"),
                        Points.parse("0.5"),
                        Rule.Valuation.EACH,
                        "万元")),
            Node.of("d3", "创新", "三(四)3")
                .maximum(Optional.empty())
                .role(Role.BONUS)
                .ceiling(Limit.of("3"))
                .rule(Rule.Assessed.awardBetween("1", "3")));
  }

  private static Node.Builder sectionE() {
    return Node.of("e", "效能扣分", "三(五)")
        .max("20")
        .role(Role.DEDUCTION)
        .overflow(Overflow.CARRY_TO_TOTAL)
        .floor(Limit.of("-20"))
        .rule(Rule.deductPerOccurrence("5"))
        .maximaAddUp(false);
  }

  private static Node.Builder sectionF() {
    return Node.of("f", "加减分", "三(六)")
        .role(Role.ADJUSTMENT)
        .addGroups("g1")
        .floor(Limit.none())
        .rule(
            Rule.perOccurrence(
                Rule.Rate.earn("5").forKind("表彰"), Rule.Rate.deduct("5").forKind("批评")));
  }

  /** Facts of every kind for unit u1, with every occurrence marker the scheme grants. */
  static UnitFacts facts() {
    Provenance office =
        new Provenance(
            "办公室", Optional.of(LocalDate.of(2025, 12, 1)), List.of("档案资料"), Optional.of("复核"));
    Provenance bare = new Provenance("督查科", Optional.empty(), List.of(), Optional.empty());
    return UnitFacts.of("u1", "g1")
        .period("2025")
        .addFacts(
            Occurrence.of("o1", "a1")
                .kind("差错")
                .count(2)
                .matter("m1")
                .note("文号错误")
                .provenance(office)
                .build(),
            Occurrence.of("o2", "a1").kind("失误").points(Points.parse("2.5")).matter("m1").build(),
            Occurrence.of("o3", "a1").kind("差错").selfReported(true).build(),
            Check.of("a2", "e1", true).recordedBy(bare),
            Check.of("a2", "e2", false),
            Check.of("a2", "e3", true),
            Check.of("a2", "plan", true),
            AssessedLevel.of("a3", "part"),
            Check.of("a4", true),
            Measurement.of("b1", "88.5").recordedBy(office),
            Measurement.of("b2", "13").in("篇"),
            Measurement.of("b3", "92.50"),
            Occurrence.of("o4", "b4").build(),
            new RaterScores(
                "c1",
                List.of(
                    new BigDecimal("90"),
                    new BigDecimal("85.5"),
                    new BigDecimal("70"),
                    new BigDecimal("99")),
                Optional.of(bare)),
            NotApplicable.of("c2", "本单位无此职能"),
            Assessment.of("c3", "1.5"),
            Occurrence.of("o5", "d1")
                .level("省级")
                .points(Points.parse("2"))
                .joint(Occurrence.JointRole.LEAD)
                .build(),
            Occurrence.of("o6", "d1")
                .level("县级")
                .joint(Occurrence.JointRole.PARTNER)
                .share(new BigDecimal("0.5"))
                .build(),
            Occurrence.of("o7", "d2").amount(new BigDecimal("180.5")).build(),
            Assessment.of("d3", "2"),
            Occurrence.of("o8", "e").count(5).build(),
            Occurrence.of("o9", "f").kind("表彰").build(),
            VetoEvent.of("ev1", "v1", "2025年发生一起失泄密事件"),
            new VetoEvent("ev2", "v1", Optional.empty(), Optional.of(office)))
        .build();
  }
}
