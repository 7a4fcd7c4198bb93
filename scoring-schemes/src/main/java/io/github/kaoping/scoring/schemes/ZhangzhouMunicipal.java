package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Modifier;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Rule.Rate;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 漳州市直机关绩效考评办法: 1000 points (450 + 100 + 100 + 350) for 76 municipal units in three series.
 *
 * <p>Node ids mirror the clauses of 三 "考评内容与分值设置": {@code s<part>} for 三(一) to 三(四) ({@code s1} to
 * {@code s4}), then {@code .<item>} for the numbered item (1、2、…) and {@code .<sub-item>} for its
 * bracketed sub-item ((1)、(2)、…): 三(二)4(5) is {@code s2.4.5}. Where one sub-item holds two
 * separately scored sentences, a letter in text order follows ({@code s2.4.5.a}, {@code s2.4.5.b}).
 * Unit groups are {@code series-1} to {@code series-3}; unit ids are the pinyin of the short names
 * the text lists.
 */
final class ZhangzhouMunicipal {

  /** The scheme's id. */
  static final String ID = "zhangzhou-municipal";

  private static final String SERIES_1 = "series-1";
  private static final String SERIES_2 = "series-2";
  private static final String SERIES_3 = "series-3";

  private ZhangzhouMunicipal() {}

  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("漳州市直机关绩效考评办法")
        .info(info())
        .max("1000")
        .addGroups(series1(), series2(), series3())
        .add(basicTargets(), efficiency(), performance(), review())
        .addVetoes(programmeVeto())
        .rounding(Rounding.halfUp(2))
        .addOutcomes(
            excellent(SERIES_1, "第一系列", 5),
            excellent(SERIES_2, "第二系列", 10),
            excellent(SERIES_3, "第三系列", 5),
            Banding.of("qualification", "合格单位与不合格单位", "五")
                .addBands(
                    new Band("不合格单位", Interval.below("700")),
                    new Band("合格单位", Interval.atLeast("700")))
                .build())
        .readings(readings())
        .parameters(parameters())
        .build();
  }

  /** 三(二)1's deduction per problem found, which the text does not give. */
  static final String INSPECTION_AMOUNT = "s2.1-amount";

  /** 三(二)4(5)'s deduction per person-time, which the text does not give. */
  static final String SPOT_CHECK_AMOUNT = "s2.4.5.a-amount";

  /**
   * The amounts 三(二) names without giving them: the office sets them (readings s2-1-amount,
   * s2-4-5-amount).
   */
  private static List<Parameter> parameters() {
    return List.of(
        Parameter.points(
            INSPECTION_AMOUNT,
            "效能督查发现问题每个扣分",
            "三(二)1",
            "三(二)1 \"督查中发现问题给予相应扣分\" deducts for each problem found but gives no"
                + " amount. The example, 1 point a problem, is documentation only, not the text's.",
            "1"),
        Parameter.points(
            SPOT_CHECK_AMOUNT,
            "被省效能办暗访发现或通报每人次扣分",
            "三(二)4(5)",
            "三(二)4(5) \"被省效能办及其他省直有关部门暗访发现或通报的,每人次扣分\" gives the unit of"
                + " count but no amount. The example, 2 points a person-time (as 4(1) 缺席会议), is"
                + " documentation only, not the text's.",
            "2"));
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .issuer("漳州市")
        .scope("市直党政群机关、司法机关处级单位")
        .source("zhangzhou-municipal-performance.txt")
        .addNotes(
            "The copy is 第五篇 of a compilation. The text carries no 文号, date or issuing body; it names 市效能办 as its interpreter"
                + " (\"本考评办法由市效能办负责解释\") and the 漳州市市直机关绩效考评工作小组 as its organiser (七).",
            "总得分 = 完成基本工作目标 + 机关效率与作风纪律建设 + 突出绩效与创新 + 效能评议 (五), less any"
                + " deductions of 三(二) beyond its 100 points.",
            "六 uses the result: 优秀单位 staff get 20% 优秀 grades and 10% above the average bonus;"
                + " 合格单位 15% and the average; 不合格单位 5%, 10% below the average, lose"
                + " 评先评优资格 and are put under 整改 (第二、三系列 also under 行风评议).")
        .build();
  }

  // ------------------------------------------------------------------ groups

  private static UnitGroup series1() {
    return new UnitGroup(
        SERIES_1,
        "第一系列(党群系统有关部门及法院、检察院)",
        Optional.of("二"),
        units(
            "zuzhibu", "组织部",
            "xuanchuanbu", "宣传部",
            "tongzhanbu", "统战部",
            "zhengfawei", "政法委",
            "taigongban", "台工办",
            "danggongwei", "党工委",
            "bianban", "编办",
            "nongban", "农办",
            "wenmingban", "文明办",
            "laoganju", "老干局",
            "zonggonghui", "总工会",
            "tuanshiwei", "团市委",
            "fulian", "妇联",
            "kexie", "科协",
            "gongshanglian", "工商联",
            "xinfangju", "信访局",
            "fayuan", "法院",
            "jianchayuan", "检察院"),
        Optional.of(18));
  }

  private static UnitGroup series2() {
    return new UnitGroup(
        SERIES_2,
        "第二系列(市政府工作部门及办事机构)",
        Optional.of("二"),
        units(
            "fagaiwei", "发改委",
            "jingmaowei", "经贸委",
            "jiaoyuju", "教育局",
            "kejiju", "科技局",
            "minzongju", "民族与宗教事务局",
            "gonganju", "公安局",
            "minzhengju", "民政局(含老区办)",
            "shuangyongban", "双拥办",
            "sifaju", "司法局",
            "caizhengju", "财政局",
            "renshiju", "人事局",
            "laobaoju", "劳动与社会保障局",
            "guotuju", "国土资源局",
            "jiansheju", "建设局",
            "chengguanju", "城市管理行政执法局",
            "jiaotongju", "交通局",
            "shuiliju", "水利局",
            "nongyeju", "农业局",
            "haiyuju", "海洋与渔业局",
            "linyeju", "林业局",
            "waijingmaoju", "外经贸局",
            "wenhuaju", "文化与出版局",
            "guangdianju", "广电局",
            "weishengju", "卫生局",
            "tiyuju", "体育局",
            "jishengwei", "计生委",
            "shenjiju", "审计局",
            "tongjiju", "统计局",
            "huanbaoju", "环保局",
            "wujiaju", "物价局",
            "lvyouju", "旅游局",
            "liangshiju", "粮食局",
            "guihuaju", "规划局",
            "dizhenju", "地震局",
            "jiguanshiwuju", "机关事务管理局",
            "waiqiaoban", "外侨办",
            "guoziwei", "国资委",
            "kouanban", "口岸与海防办",
            "gongxiaoshe", "供销社",
            "renfangban", "人防办",
            "jiaojingzhidui", "交警支队",
            "gongluju", "公路局",
            "fangguanju", "房管局",
            "anjianju", "安监局"),
        Optional.of(44));
  }

  private static UnitGroup series3() {
    return new UnitGroup(
        SERIES_3,
        "第三系列(垂直管理部门)",
        Optional.of("二"),
        units(
            "guoshuiju", "国税局",
            "dishuiju", "地税局",
            "gongshangju", "工商局",
            "haiguan", "漳州海关",
            "jianyanjianyiju", "漳州出入境检验检疫局",
            "zhijianju", "质监局",
            "bianjianzhan", "边防检查站",
            "yaojianju", "药监局",
            "yancaoju", "烟草局",
            "dianyeju", "电业局",
            "haishiju", "海事局",
            "qixiangju", "气象局",
            "xiaofangzhidui", "消防支队",
            "gonglujizhengchu", "公路稽征处"),
        Optional.of(14));
  }

  /** Pairs of id and name, in the text's order. */
  private static List<Unit> units(String... idsAndNames) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      units.add(new Unit(idsAndNames[i], idsAndNames[i + 1]));
    }
    return units;
  }

  // ------------------------------------------------------------------ 三(一)

  private static Node.Builder basicTargets() {
    return Node.of("s1", "完成基本工作目标", "三(一)")
        .max("450")
        .rule(Rule.Assessed.award())
        .evaluator("第一、第二、第三系列单位分别由市委办、市政府办、市效能办负责组织实施(四(一)1)," + "单位自评与组织察访核验相结合(四(二)1)")
        .addEvidence("经市委、市政府分管领导审定、行文下发的本单位考评目标")
        .note(
            "Assessed against each unit's own targets, which the text leaves to each unit"
                + " (\"各单位基本工作目标由被考评单位提出\"); 第一、第二系列 targets are checked by 市委办 and"
                + " 市政府办, 第三系列 by 市政府办 and 市效能办 together.");
  }

  // ------------------------------------------------------------------ 三(二)

  private static Node.Builder efficiency() {
    return Node.of("s2", "机关效率与作风纪律建设", "三(二)")
        .max("100")
        .overflow(Overflow.CARRY_TO_TOTAL)
        .note("实行扣分制: starts from 100; a loss beyond 100 is taken from the unit's total.")
        .add(inspection(), discipline(), specialWork(), conduct());
  }

  private static Node.Builder inspection() {
    return deduction("s2.1", "效能督查", "三(二)1")
        .rule(Rule.perOccurrence(Rate.deductSetBy(INSPECTION_AMOUNT).titled("督查中发现问题给予相应扣分")))
        .evaluator("重点督查由市委办、市政府办、市效能办共同组织实施;常规效能督查由市效能办组织实施(四(一)2)")
        .note(
            "One occurrence per problem found; the text sets no amount (\"给予相应扣分\"), so the"
                + " amount is parameter s2.1-amount, which the office sets; see reading s2-1-amount.");
  }

  private static Node.Builder discipline() {
    return deduction("s2.2", "违法违纪及效能责任追究", "三(二)2")
        .addModifiers(
            Modifier.sameMatterOnce("三(二)2 同一事项就高扣分一次,不重复扣分"),
            Modifier.selfReportedExempt("三(二)2 属于本单位自行查处或主动报告有关机关查处的,免予扣分"))
        .note("以上扣分以被责任追究时间为准: a deduction belongs to the year the person was held to account.")
        .add(
            deduction("s2.2.1", "干部职工因违法被追究刑事责任或受到治安处罚", "三(二)2(1)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("15").forKind("科级以上").titled("科级以上(包括科级)每人次扣15分"),
                        Rate.deduct("10").forKind("科级以下").titled("科级以下每人次扣10分")))
                .evaluator("市法院、市检察院、市公安局"),
            deduction("s2.2.2", "干部职工因违纪受到党纪政纪处分", "三(二)2(2)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("科级以上").titled("科级以上(包括科级)每人次扣10分"),
                        Rate.deduct("7").forKind("科级以下").titled("科级以下每人次扣7分")))
                .evaluator("市纪委监察局"),
            deduction("s2.2.3", "干部职工受到效能责任追究", "三(二)2(3)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("1").forKind("书面检查").titled("责成作出书面检查每人次扣1分"),
                        Rate.deduct("3").forKind("诫勉教育").titled("诫勉教育每人次扣3分"),
                        Rate.deduct("5").forKind("效能告诫").titled("效能告诫每人次扣5分")))
                .evaluator("市效能办"));
  }

  private static Node.Builder specialWork() {
    return deduction("s2.3", "专项工作", "三(二)3")
        .note("三(二)3(1) is the veto programme-veto: 20 points per vetoed programme, taken here.")
        .add(
            deduction("s2.3.2", "文明城市、卫生城市、环保模范城市创建任务落实不到位", "三(二)3(2)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deductBetween("0", "10").titled("提出扣分的理由及需扣的分数,每项扣分不超过10分")))
                .evaluator("各专项工作的总牵头单位"),
            deduction("s2.3.3", "违反财经纪律、财务规章制度被检查发现", "三(二)3(3)")
                .max("10")
                .rule(Rule.perOccurrence(Rate.deductBetween("5", "10").titled("对该单位扣5至10分")))
                .evaluator("市财政局、审计局、市纠风办")
                .note("扣5至10分 a year, however many findings; see reading once-a-year."));
  }

  private static Node.Builder conduct() {
    return deduction("s2.4", "作风与效率问题", "三(二)4")
        .add(
            deduction("s2.4.1", "未经同意缺席市委、市政府重要会议、重要活动或迟到早退", "三(二)4(1)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("2").forKind("缺席").titled("未经同意缺席...每人次扣2分"),
                        Rate.deduct("1").forKind("迟到早退").titled("迟到早退的每人次扣1分")))
                .evaluator("市委办、市政府办"),
            deduction("s2.4.2", "市委市政府明确要求落实的重要任务未按时落实并反馈", "三(二)4(2)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("5").forKind("未按时落实反馈").titled("没有按时落实并反馈的,每次扣5分"),
                        Rate.deduct("10").forKind("造成不良影响").titled("因工作不落实而对全局工作造成不良影响的,每次扣10分")))
                .evaluator("市委督查室、市政府督查室"),
            deduction("s2.4.3", "市领导批示交办事项及人大代表建议、政协委员提案办理", "三(二)4(3)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("3").forKind("反馈不及时").titled("办理反馈不及时的,每件扣3分"),
                        Rate.deduct("6").forKind("敷衍塞责").titled("办理不认真、敷衍塞责,造成不良后果的,每件扣6分"),
                        Rate.deduct("2")
                            .forKind("建议提案未按时办结")
                            .titled("对市人大代表建议、政协委员提案不按时办结反馈的,每件扣2分")))
                .evaluator("市委办、市人大办、市政府办、市政协办"),
            deduction("s2.4.4", "省、市机关效能投诉中心转办的投诉件办理", "三(二)4(4)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("2").forKind("逾期办结").titled("未经同意逾期办结的,每件扣2分"),
                        Rate.deduct("5").forKind("敷衍塞责").titled("敷衍塞责的...每件扣5分"),
                        Rate.deduct("10").forKind("结果与事实不符").titled("办理结果与事实截然不同,造成不良影响的,每件扣10分")))
                .evaluator("市机关效能投诉中心"),
            deduction("s2.4.5", "机关效能问题被省级暗访通报;系统主管单位失察失管", "三(二)4(5)")
                .add(
                    deduction("s2.4.5.a", "因机关效能问题被省效能办及其他省直有关部门暗访发现或通报", "三(二)4(5)")
                        .rule(
                            Rule.perOccurrence(Rate.deductSetBy(SPOT_CHECK_AMOUNT).titled("每人次扣分")))
                        .evaluator("省效能办及其他省直有关部门(暗访发现或通报)")
                        .note(
                            "The text gives no amount: parameter s2.4.5.a-amount, which the office"
                                + " sets, per person-time; see reading s2-4-5-amount."),
                    deduction("s2.4.5.b", "系统主管单位对所属系统效能建设失察失管,出现群发性问题", "三(二)4(5)")
                        .rule(Rule.perOccurrence(Rate.deduct("10").titled("造成不良影响的,每次扣10分")))
                        .note("The text names no provider of information for this deduction.")),
            deduction("s2.4.6", "没有遵守上下班制度规范", "三(二)4(6)")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("1").forKind("迟到早退").titled("迟到、早退每人次扣1分"),
                        Rate.deduct("2").forKind("旷工缺勤").titled("旷工、缺勤每人次扣2分")))
                .evaluator("市直党工委"),
            deduction("s2.4.7", "落实“重在提请,主动服务”不到位或对企业乱检查、乱罚款、乱收费", "三(二)4(7)")
                .max("10")
                .rule(Rule.deductPerOccurrence("10"))
                .evaluator("市经贸委、市外经局、市工商联、市台商协会")
                .note("扣10分 once a year; see reading once-a-year."),
            deduction("s2.4.8", "项目建设协调中多头审批、不主动配合,影响项目进程", "三(二)4(8)")
                .max("10")
                .rule(Rule.deductPerOccurrence("10"))
                .evaluator("市发改委、市经贸委、市外经贸局、龙池开发区、金峰开发区、市行政服务中心")
                .note("扣10分 once a year; see reading once-a-year."),
            deduction("s2.4.9", "市政府绩效评估工作目标落实牵头或数据采集工作未认真组织实施", "三(二)4(9)")
                .evaluator("市评估办")
                .add(
                    deduction("s2.4.9.a", "目标落实牵头单位", "三(二)4(9)")
                        .max("5")
                        .rule(Rule.deductPerOccurrence("5"))
                        .evaluator("市评估办"),
                    deduction("s2.4.9.b", "数据采集单位", "三(二)4(9)")
                        .max("2")
                        .rule(Rule.deductPerOccurrence("2"))
                        .evaluator("市评估办")),
            deduction("s2.4.10", "未按规定要求完成干部教育培训任务", "三(二)4(10)")
                .max("5")
                .rule(Rule.Assessed.deduction())
                .evaluator("市委组织部、市人事局"));
  }

  private static Node.Builder deduction(String id, String title, String clause) {
    return Node.of(id, title, clause).role(Role.DEDUCTION);
  }

  private static Veto programmeVeto() {
    return new Veto(
        "programme-veto",
        "列入“一票否决”的综治、计生、精神文明等重要工作,经主管部门认定必须否决(由市综治办、计生委、文明办提供情况)",
        Optional.of("三(二)3(1)"),
        new Veto.Reported(),
        new Veto.Penalty(Points.parse("20"), Optional.of("s2.3")));
  }

  // ------------------------------------------------------------------ 三(三)

  private static Node.Builder performance() {
    return Node.of("s3", "突出绩效与创新", "三(三)")
        .max("100")
        .maximaAddUp(false)
        .addModifiers(
            Modifier.sameMatterOnce("三(三) 同一项工作在不同项目得分的,以最高一次得分计"),
            Modifier.jointSplit("0.8", "0.2", "三(三) 主办单位按80%计分,联办单位按20%计分"))
        .note("实行奖励制, 各分项奖励累计不超过100分. 以上奖励性项目以当年时间为准. 联办单位的实际办理情况由主办单位认定并提供证明.")
        .add(contribution(), innovation(), standing(), singleItems());
  }

  private static Node.Builder contribution() {
    return Node.of("s3.1", "突出贡献", "三(三)1")
        .evaluator("单位申报,经系列考评组初审,市直考评工作小组审定")
        .note("每个项目按完成程度奖励30分(达不到条件的不能酌情给分); see reading contribution-all-or-nothing.")
        .add(
            Node.of("s3.1.1", "向上争取优惠政策措施,对漳州县域经济、支柱产业、社会事业发展产生重要影响和重大推动作用", "三(三)1(1)")
                .rule(Rule.earnPerOccurrence("30")),
            Node.of("s3.1.2", "成功引办对漳州发展有重要影响的特大型企业、基础设施、社会事业建设项目,从中发挥关键性作用", "三(三)1(2)")
                .rule(Rule.earnPerOccurrence("30")));
  }

  private static Node.Builder innovation() {
    return Node.of("s3.2", "工作创新", "三(三)2")
        .add(
            Node.of("s3.2.1", "出台便民利企的新举措,经市效能办认定后在《闽南日报》发布", "三(三)2(1)")
                .max("10")
                .rule(Rule.perOccurrence(Rate.earn("2").titled("每条得2分,最高得10分")))
                .evaluator("市效能办"),
            Node.of("s3.2.2", "进入市行政服务中心的单位人员、项目、授权到位,机制创新,高效运作", "三(三)2(2)")
                .max("10")
                .rule(Rule.Assessed.award())
                .evaluator("市行政服务中心")
                .note("A unit not in the 行政服务中心 is assessed 0; see reading service-centre."),
            Node.of("s3.2.3", "调研成果被采纳、获奖或发表", "三(三)2(3)")
                .max("10")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("2").forKind("采纳").titled("调研成果被市委、市政府采纳的,每篇得2分"),
                        Rate.earn("4").forKind("三等奖").titled("获省部级以上评比三等奖得4分"),
                        Rate.earn("6").forKind("二等奖").titled("二等奖得6分"),
                        Rate.earn("8").forKind("一等奖").titled("一等奖得8分"),
                        Rate.earn("3").forKind("发表").titled("在国家部、委、办、局级以上主办的刊物上发表的得3分")))
                .note("调研及研究内容必须反映漳州情况或研究本部门业务. 同一成果就高一项得分; 本项最高得分10分."));
  }

  private static Node.Builder standing() {
    return Node.of("s3.3", "综合站位", "三(三)3")
        .evaluator("各系列考评组")
        .note("以上属同一项工作受到多次奖励的,按最高一级得分: one work is one matter across 3(1) to 3(5).")
        .add(
            Node.of("s3.3.1", "被市级以上评为先进单位", "三(三)3(1)")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("4").atLevel("市级").titled("市(厅)级得4分"),
                        Rate.earn("8").atLevel("省级").titled("省(部)级得8分"),
                        Rate.earn("12").atLevel("国家级").titled("国家级得12分"))),
            Node.of("s3.3.2", "综合业务工作在全省系统综合评比中位于前列", "三(三)3(2)")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("4").atLevel("第一名").titled("第一名得4分"),
                        Rate.earn("3").atLevel("第二名").titled("第二名得3分"),
                        Rate.earn("2").atLevel("第三名").titled("第三名得2分"))),
            Node.of("s3.3.3", "单项工作得到上级肯定并行文推广", "三(三)3(3)")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("5").atLevel("市级").titled("市(厅)级得5分"),
                        Rate.earn("10").atLevel("省级").titled("省(部)级得10分"),
                        Rate.earn("15").atLevel("国家级").titled("国家级得15分"))),
            Node.of("s3.3.4", "单项工作在上级会议上交流经验做法或在上级报刊杂志、内部通报专题介绍", "三(三)3(4)")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("3").atLevel("省级").titled("省部级得3分"),
                        Rate.earn("5").atLevel("国家级").titled("国家级得5分"))),
            Node.of("s3.3.5", "政务公开(含党务公开)工作被评为先进单位、确定为示范单位", "三(三)3(5)")
                .rule(
                    Rule.perOccurrence(
                        Rate.earn("2").atLevel("市级").titled("被市(厅)级评为先进单位、确定为示范单位...奖励2分"),
                        Rate.earn("4").atLevel("省级").titled("被省(部)级评为先进,确定为示范单位奖励4分"))));
  }

  private static Node.Builder singleItems() {
    return Node.of("s3.4", "单项先进", "三(三)4")
        .add(
            Node.of("s3.4.1", "争取资金", "三(三)4(1)")
                .max("10")
                .rule(
                    new Rule.AmountSteps(
                        BigDecimal.ZERO,
                        Points.ZERO,
                        BigDecimal.valueOf(50),
                        Points.of(1),
                        Rule.Valuation.POOLED,
                        "万元"))
                .evaluator("市财政局协助认定")
                .addEvidence("资金到位或上级行文")
                .note(
                    "每争取50万元得1分。本项最高得分10分。 The year's funds are added up; see reading funds-pooled."),
            Node.of("s3.4.2", "引进项目", "三(三)4(2)")
                .max("10")
                .rule(
                    new Rule.AmountSteps(
                        BigDecimal.valueOf(1000),
                        Points.of(5),
                        BigDecimal.valueOf(300),
                        Points.of(1),
                        Rule.Valuation.EACH,
                        "万元"))
                .evaluator("市发改委、市经贸委、外经贸局协助认定")
                .addEvidence("实际到资")
                .note(
                    "在目标任务之外,引进本市以外的投资项目: 实际到资1000万元的得5分,每增加300万元得1分。本项最高得分10分。"
                        + " Each project is valued on its own capital; see reading project-each."),
            Node.of("s3.4.3", "落实市委市政府重要决策部署雷厉风行、立说立行,工作取得显著成效", "三(三)4(3)")
                .max("10")
                .rule(Rule.perOccurrence(Rate.earn("5").titled("每项次给予奖励5分,最高奖励10分")))
                .evaluator("市委办、市政府办"));
  }

  // ------------------------------------------------------------------ 三(四)

  private static Node.Builder review() {
    return Node.of("s4", "效能评议", "三(四)")
        .max("350")
        .add(
            Node.of("s4.1", "公众评议", "三(四)1")
                .max("300")
                .rule(new Rule.Proportional(BigDecimal.valueOf(100), "%"))
                .evaluator("市效能办")
                .note(
                    "300 × the survey's satisfaction rate in percent; see reading public-review."),
            Node.of("s4.2", "综合评议", "三(四)2")
                .max("50")
                .rule(new Rule.Panel(BigDecimal.valueOf(50), Rule.Aggregation.MEAN, 1))
                .evaluator("第一、二、三系列综合评议分别由市委办、市政府办、市效能办组织实施")
                .note(
                    "Raters: 各考评单位的领导、部分政府督查员、党风廉政建设巡视员、特邀监察员、机关效能监督员等;"
                        + " the mean of their scores on 50; see reading comprehensive-review."));
  }

  // ------------------------------------------------------------------ 五

  private static Ranking excellent(String group, String series, int places) {
    return Ranking.of("excellent-" + group, "优秀单位(" + series + ")", "五")
        .addGroups(group)
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER)
        .addAwards(Award.top("优秀单位", 1, places).eligibleIf(Interval.atLeast("700")))
        .build();
  }

  // ------------------------------------------------------------------ readings

  private static List<Reading> readings() {
    return List.of(
        new Reading(
            "rosters",
            "二",
            "具体分为三个系列",
            "The three lists hold 18, 44 and 14 names, as their stated counts say (76 in all); each"
                + " is the roster of its group, so a unit outside it is an error.",
            List.of()),
        new Reading(
            "public-review-only-units",
            "二",
            "参加公众评议,不列入各系列考评",
            "市人大机关、市政协机关、市纪委监察局机关、市委办、市政府办 are surveyed in 公众评议 but are in no"
                + " series: the text gives their survey result no points, rank or grade (六4 fixes their"
                + " consequences outright). The scheme therefore has no group for them; scoring one of"
                + " them under a series is an error.",
            List.of("s4.1")),
        new Reading(
            "basic-targets",
            "三(一)",
            "作为完成基本工作目标考核的主要依据",
            "The 450 points are assessed against each unit's own targets, which are issued separately"
                + " and are not part of this text: the evaluator gives 0 to 450 (四(二)1 \"评出各单位实际得分\").",
            List.of("s1")),
        new Reading(
            "section-2-title",
            "三(二)",
            "违纪违法及效能责任追究",
            "三(二) names the second deduction item 违纪违法及效能责任追究, its heading 2 违法违纪及效能责任追究;"
                + " the same item, titled after its heading.",
            List.of("s2.2")),
        new Reading(
            "overflow",
            "三(二)",
            "如扣分超过100分的,超出的分数在该单位总得分中扣除",
            "三(二) starts from 100 and floors at 0; every point deducted beyond 100, including the"
                + " 20-point veto penalties of 3(1), is taken from the unit's total.",
            List.of("s2")),
        new Reading(
            "s2-1-amount",
            "三(二)1",
            "督查中发现问题给予相应扣分",
            "The text deducts for problems found (发现问题...扣分) but gives no amount, and a number the"
                + " text does not give is the office's to set, as for 4(5)'s 每人次扣分 (reading"
                + " s2-4-5-amount): each problem the evaluators (重点督查 市委办、市政府办、市效能办;"
                + " 常规督查 市效能办, 四(一)2) find is one occurrence, deducting the amount of parameter"
                + " s2.1-amount. Until the office sets it, a problem recorded is a facts error naming"
                + " the parameter; no figure is invented. 相应 (corresponding) is read as the office's"
                + " amount per problem; an office that grades problems sets the amount for its usual"
                + " problem and records a grave one as several.",
            List.of("s2.1")),
        new Reading(
            "same-matter-deductions",
            "三(二)2",
            "同一事项就高扣分一次,不重复扣分",
            "Within 三(二)2, occurrences of one matter count once, at the largest deduction (criminal,"
                + " disciplinary and accountability deductions for one person's one matter). Because 2(1)"
                + " to 2(3) count 每人次, a matter is one person's matter: a case of two people is two"
                + " matters.",
            List.of("s2.2")),
        new Reading(
            "self-reported",
            "三(二)2",
            "属于本单位自行查处或主动报告有关机关查处的,免予扣分",
            "The sentence closes 三(二)2 (\"以上扣分...\"), so only deductions under 2(1) to 2(3) are"
                + " waived when self-reported; the other deductions of 三(二) are not.",
            List.of("s2.2")),
        new Reading(
            "deduction-period",
            "三(二)2",
            "以上扣分以被责任追究时间为准",
            "A deduction under 2(1) to 2(3) belongs to the year the person was held to account; facts"
                + " are recorded in that period.",
            List.of("s2.2")),
        new Reading(
            "programme-veto",
            "三(二)3(1)",
            "经主管部门认定必须否决的,每项扣20分",
            "A point penalty, not a disqualification: each vetoed programme (reported as a veto event)"
                + " takes 20 points inside 三(二)3, and so counts towards the carry beyond 100.",
            List.of("s2.3")),
        new Reading(
            "special-work-amount",
            "三(二)3(2)",
            "每项扣分不超过10分",
            "The lead unit proposes the amount for each task; each occurrence carries its chosen amount"
                + " from 0 to 10.",
            List.of("s2.3.2")),
        new Reading(
            "complaint-returns",
            "三(二)4(4)",
            "同一投诉件被退回重办超过投诉件20%的",
            "The 20% condition is unclear (20% of what); whether a complaint counts as 敷衍塞责 is"
                + " decided by 市机关效能投诉中心, and each complaint so judged deducts 5.",
            List.of("s2.4.4")),
        new Reading(
            "s2-4-5-amount",
            "三(二)4(5)",
            "暗访发现或通报的,每人次扣分",
            "The count (每人次) is given but the amount is not, and a number the text does not give is"
                + " the office's to set, as for 三(二)1 (reading s2-1-amount): each person-time deducts"
                + " the amount of parameter s2.4.5.a-amount. Until the office sets it, a person-time"
                + " recorded is a facts error naming the parameter; no range is invented (earlier"
                + " versions took 1 to 10 from the neighbouring clauses). No provider of information"
                + " is named; the finding body is recorded as the evaluator.",
            List.of("s2.4.5.a")),
        new Reading(
            "once-a-year",
            "三(二)4(7)",
            "乱收费的,扣10分",
            "4(7), 4(8) (\"影响项目进程的,扣10分\") and 4(9) (\"对目标落实牵头单位扣5分,对数据采集单位扣2分\")"
                + " say no 每次 or 每件, unlike their neighbours: each deducts its amount at most once a"
                + " year, however often the failing is found. 3(3) (\"被检查发现的,对该单位扣5至10分\")"
                + " is read the same way, unlike 3(1) 每项扣20分 and 3(2) 每项扣分不超过10分 beside it: the"
                + " unit loses 5 to 10 in a year. Each finding carries the amount chosen within 5 to 10,"
                + " and the year's deduction stops at 10, so one finding costs what the evaluator"
                + " chose and further findings can raise it to 10 but no further.",
            List.of("s2.3.3", "s2.4.7", "s2.4.8", "s2.4.9.a", "s2.4.9.b")),
        new Reading(
            "reward-cap",
            "三(三)",
            "各分项奖励累计不超过100分",
            "The rewards of 三(三)1 to 4 add up, with the items' own caps, and the sum is cut to 100.",
            List.of("s3")),
        new Reading(
            "same-work-highest",
            "三(三)",
            "同一项工作在不同项目得分的,以最高一次得分计",
            "One work scored under several items of 三(三) counts once, at its highest points. This one"
                + " rule, granted on the whole of 三(三), also carries 2(3) \"同一成果就高一项得分\" and 3"
                + " \"按最高一级得分\": a narrower grant would stop a work from merging across items. A"
                + " score (得分) is what the occurrence earns by itself, after the unit's share of joint"
                + " work and before any item's cap: 500万元 of funds (10 points) outranks a 市级先进 (4)."
                + " Money is compared by the points it earns, never by its amount; the occurrence not"
                + " counted leaves its item, and its amount leaves the year's funds.",
            List.of("s3")),
        new Reading(
            "joint-split",
            "三(三)",
            "主办单位按80%计分,联办单位按20%计分",
            "Joint work earns the lead unit 80% and each partner unit that did part of the work 20% of"
                + " what it is worth in points (计分): the share applies to the points the item's rule"
                + " gives the work, then the item's cap applies. A joint project of 1000万元 earns its"
                + " lead 5 × 80% = 4, not the points of 800万元. An explicit share on the occurrence"
                + " overrides the split.",
            List.of("s3")),
        new Reading(
            "funds-pooled",
            "三(三)4(1)",
            "创造条件向上级争取资金,每争取50万元得1分",
            "每争取50万元 counts the funds of the year together (以资金到位或上级行文为准, 以当年时间为准):"
                + " grants of 30万元 and 30万元 are 60万元, one point. Funds of joint work count at the"
                + " unit's share of the points they earn (joint-split), so the funds of one share are"
                + " added together apart from the rest: 60万元 and 40万元 led jointly are 100万元, 2"
                + " points, of which the lead counts 80%, 1.6; 30万元 raised alone beside them earns"
                + " nothing.",
            List.of("s3.4.1")),
        new Reading(
            "project-each",
            "三(三)4(2)",
            "引进本市以外的投资项目,实际到资1000万元的得5分,每增加300万元得1分",
            "实际到资 is the capital of a project: each project brought in is valued on its own"
                + " capital, and the points of the year's projects add up to the item's 10. Two projects"
                + " of 1000万元 earn 5 + 5; two of 600万元 reach no base and earn nothing.",
            List.of("s3.4.2")),
        new Reading(
            "reward-year",
            "三(三)",
            "以上奖励性项目以当年时间为准",
            "A reward belongs to the year it was earned; facts are recorded in that period.",
            List.of("s3")),
        new Reading(
            "contribution-all-or-nothing",
            "三(三)1",
            "每个项目按完成程度奖励30分(达不到条件的不能酌情给分)",
            "Each project that meets the conditions earns 30 (24 as lead, 6 as partner of joint work);"
                + " one that does not earns nothing, never a part of 30. There is no item cap; the"
                + " section's 100 applies.",
            List.of("s3.1", "s3.1.1", "s3.1.2")),
        new Reading(
            "service-centre",
            "三(三)2(2)",
            "进入市行政服务中心的单位",
            "Only units in the 行政服务中心 can earn these 10 points; any other unit is assessed 0, not"
                + " left out, since 三(三) is a reward section with no full marks to rescale.",
            List.of("s3.2.2")),
        new Reading(
            "research-cap",
            "三(三)2(3)",
            "本项最高得分10分",
            "本项 is the whole of 2(3): adoption, prizes and publications together earn at most 10.",
            List.of("s3.2.3")),
        new Reading(
            "research-highest",
            "三(三)2(3)",
            "同一成果就高一项得分",
            "One research result adopted, awarded and published counts once, at its highest rate; the"
                + " facts mark its occurrences with one matter.",
            List.of("s3.2.3")),
        new Reading(
            "standing-highest",
            "三(三)3",
            "以上属同一项工作受到多次奖励的,按最高一级得分",
            "One work honoured several times under 3(1) to 3(5) counts once, at its highest level; the"
                + " facts mark its occurrences with one matter.",
            List.of("s3.3")),
        new Reading(
            "open-government-model",
            "三(三)3(5)",
            "被省(部)级评为先进,确定为示范单位奖励4分",
            "Being rated 先进 or designated 示范单位 each qualify (the text joins them with 、 and ,);"
                + " a work so honoured at both levels counts once, at 4.",
            List.of("s3.3.5")),
        new Reading(
            "public-review",
            "三(四)1",
            "主要了解干部群众对市直机关单位廉政勤政",
            "The text gives the survey no formula: the points are 300 × the unit's satisfaction rate"
                + " in percent (0 to 100), rounded once to 2 places half up.",
            List.of("s4.1")),
        new Reading(
            "comprehensive-review",
            "三(四)2",
            "综合评议以相关人员对考评单位集中统一打分的形式进行",
            "Each rater scores the unit on the item's own 50 points and the points are the plain mean,"
                + " rounded once to 2 places half up; the text sets no number of raters and drops no"
                + " highest or lowest score.",
            List.of("s4.2")),
        new Reading(
            "kpi-artifact",
            "三(四)2",
            "部分政府kpi督查员",
            "\"kpi\" is an artifact of the web copy; read as 部分政府督查员. It names raters only and changes"
                + " no points.",
            List.of("s4.2")),
        new Reading(
            "rounding",
            "三(四)1",
            "公众评议(300分)",
            "The text never says how a rate or a mean becomes points; the two quotients (公众评议 and"
                + " 综合评议) are rounded once to 2 places half up, and nothing else is rounded.",
            List.of("s4.1", "s4.2")),
        new Reading(
            "second-series",
            "五",
            "第二序列前10名",
            "第二序列 is a slip for 第二系列: the top 10 of the second series are 优秀单位.",
            List.of()),
        new Reading(
            "excellent-below-700",
            "五",
            "总分在700分(不含700分)以下的为“不合格单位”,其余的为合格单位",
            "优秀、不合格 and 合格 are read as exclusive grades, and 不合格 prevails: a unit below 700 is"
                + " 不合格 even among the top 5/10/5, whose 优秀 award requires 700 or more; its place is not"
                + " passed down to the next unit (\"取...前5名\" names places, not a number of winners). 700"
                + " itself is 合格. The 合格 band holds every unit of 700 or more, 优秀单位 included.",
            List.of()),
        new Reading(
            "ranking-ties",
            "五",
            "各系列考评结果按得分高低排序",
            "The text says nothing of ties or vetoes. It awards places ('取第一系列前5名'), not a number"
                + " of winners, so equal totals share a rank (1, 2, 2, 4) and units tied across the"
                + " last 优秀 place are all within 前N名 (ALL_BETTER). No veto of this scheme"
                + " disqualifies, so a disqualified unit (a user's own veto) keeps its place without the"
                + " award.",
            List.of()));
  }
}
