package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Rule.Element;
import io.github.kaoping.scoring.Rule.Rate;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 岳阳市政府系统办公室工作考评办法 (岳政办发[2007]13号): 1000 points in eight categories for the offices of 12
 * county-level governments and 72 municipal departments.
 *
 * <p>Node ids mirror the numbering of chapter 四 (考评标准): category 四(n) is {@code sn}, its item 四(n)m
 * is {@code sn.m}, and the parts of an item that the text prices separately are {@code sn.m.a},
 * {@code sn.m.b}, ... in the text's order. Chapter 三(一) applies to every category: its
 * discretionary deduction is {@code sn.discretion} and its bonus {@code sn.bonus}.
 *
 * <p>Unit groups: {@code county} (一(一)1, the 12 county-level offices) and {@code department}
 * (一(一)2, the 72 municipal departments in the text's four sub-lists, kept in {@link #COMPOSING},
 * {@link #SPECIAL}, {@link #COORDINATING} and {@link #OTHER}).
 */
final class Yueyang2007 {

  static final String ID = "yueyang-2007";

  /** 一(一)1: the county-level offices. */
  static final List<Unit> COUNTIES =
      List.of(
          new Unit("pingjiang", "平江县人民政府办公室"),
          new Unit("yueyangxian", "岳阳县人民政府办公室"),
          new Unit("huarong", "华容县人民政府办公室"),
          new Unit("xiangyin", "湘阴县人民政府办公室"),
          new Unit("linxiang", "临湘市人民政府办公室"),
          new Unit("miluo", "汨罗市人民政府办公室"),
          new Unit("yueyanglou", "岳阳楼区人民政府办公室"),
          new Unit("yunxi", "云溪区人民政府办公室"),
          new Unit("junshan", "君山区人民政府办公室"),
          new Unit("jingkaiqu", "岳阳经济开发区管委会办公室"),
          new Unit("nanhu", "南湖风景区管委会办公室"),
          new Unit("quyuan", "屈原管理区办公室"));

  /** 一(一)2(1) 市政府组成部门（31个）. */
  static final List<Unit> COMPOSING =
      List.of(
          new Unit("fagaiwei", "市发改委"),
          new Unit("gongye-jingwei", "市工业经委"),
          new Unit("jiaoyu", "市教育局"),
          new Unit("keji", "市科技局"),
          new Unit("gongan", "市公安局"),
          new Unit("jiancha", "市监察局"),
          new Unit("minzheng", "市民政局"),
          new Unit("sifa", "市司法局"),
          new Unit("caizheng", "市财政局"),
          new Unit("renshi", "市人事局"),
          new Unit("laodong-baozhang", "市劳动保障局"),
          new Unit("guotu-ziyuan", "市国土资源局"),
          new Unit("guihua", "市规划局"),
          new Unit("jianshe", "市建设局"),
          new Unit("chengguan", "市城管局"),
          new Unit("jiaotong", "市交通局"),
          new Unit("shuiwu", "市水务局"),
          new Unit("nongye", "市农业局"),
          new Unit("linye", "市林业局"),
          new Unit("shangwu", "市商务局"),
          new Unit("wenhua", "市文化局"),
          new Unit("weisheng", "市卫生局"),
          new Unit("renkou-jisheng", "市人口计生委"),
          new Unit("shenji", "市审计局"),
          new Unit("huanbao", "市环保局"),
          new Unit("tongji", "市统计局"),
          new Unit("liangshi", "市粮食局"),
          new Unit("wujia", "市物价局"),
          new Unit("waishi-qiaowu", "市外事侨务办"),
          new Unit("anquan-shengchan", "市安全生产监管局"),
          new Unit("lvyou", "市旅游局"));

  /** 一(一)2(2) 市政府特设机构（1个）. */
  static final List<Unit> SPECIAL = List.of(new Unit("guoziwei", "市国资委"));

  /** 一(一)2(3) 市政府议事协调机构的常设办事机构（1个）. */
  static final List<Unit> COORDINATING = List.of(new Unit("renfang", "市人防办"));

  /** 一(一)2(4) 其他正处级行政事业单位（39个）. */
  static final List<Unit> OTHER =
      List.of(
          new Unit("jiedai", "市接待处"),
          new Unit("zhu-beijing", "市政府驻北京联络处"),
          new Unit("zhu-shanghai", "市政府驻上海办事处"),
          new Unit("tiyu", "市体育局"),
          new Unit("dangan", "市档案局"),
          new Unit("canlian", "市残联"),
          new Unit("shipin-yaopin", "市食品药品监管局"),
          new Unit("zhaoshang", "市招商局"),
          new Unit("nongban", "市农办"),
          new Unit("xumu-shuichan", "市畜牧水产局"),
          new Unit("nongji", "市农机局"),
          new Unit("tieshan", "市铁山管理局"),
          new Unit("qixiang", "市气象局"),
          new Unit("gongxiaoshe", "市供销社"),
          new Unit("changjiang-xiufang", "市长江修防处"),
          new Unit("zhijian", "市质监局"),
          new Unit("yanwu", "市盐务局"),
          new Unit("dianye", "岳阳电业局"),
          new Unit("gonglu", "市公路局"),
          new Unit("kouan", "市口岸办"),
          new Unit("daqiao", "市大桥管理局"),
          new Unit("difang-haishi", "市地方海事局"),
          new Unit("youzheng", "市邮政局"),
          new Unit("yueyang-haishi", "岳阳海事局"),
          new Unit("jianyan-jianyi", "岳阳出入境检验检疫局"),
          new Unit("haiguan", "岳阳海关"),
          new Unit("bianjian", "岳阳边检站"),
          new Unit("fangdichan", "市房地产局"),
          new Unit("yancao", "市烟草局"),
          new Unit("gongshang", "市工商局"),
          new Unit("jinrong-zhengquan", "市地方金融证券办"),
          new Unit("chengjian-touzi", "市城建投资公司"),
          new Unit("guoshui", "市国税局"),
          new Unit("dishui", "市地税局"),
          new Unit("renmin-yinhang", "市人民银行"),
          new Unit("yinjian", "岳阳银监分局"),
          new Unit("nongfa-yinhang", "市农业发展银行"),
          new Unit("guangdian", "市广电局"),
          new Unit("xinwen-chuban", "市新闻出版局"));

  // Evaluators named in chapter 四.
  private static final String PERSONNEL = "市政府办人事科";
  private static final String EMERGENCY = "市政府应急管理办公室（总值班室）";
  private static final String MEETINGS_1235 = "市政府应急管理办公室（总值班室）、市政府督查室和市政府办相关业务科室";
  private static final String SECRETARIAT_1 = "市政府办秘书一科和相关业务科室";
  private static final String SUPERVISION_13 = "市政府督查室和市政府办相关业务科室";
  private static final String SUPERVISION_2 = "市政府督查室、市政府办秘书一科和相关业务科室";
  private static final String SUPERVISION_OFFICE = "市政府督查室";
  private static final String SECRETARIAT_2 = "市政府办秘书二科";
  private static final String NETWORK = "市政府办网络信息科";
  private static final String INTRANET = "市政府应急管理办公室（总值班室）、市政府办秘书一科和网络信息科";
  private static final String FINANCE = "市政府办行政财务科";
  private static final String SECURITY = "市政府办保卫科";
  private static final String PARTY = "市政府办机关党委";

  /** 三(二): deductions are recorded day by day; bonuses are claimed and then verified. */
  private static final String DAILY_RECORD = "日常考评登记（登录在册）";

  private static final String BONUS_EVIDENCE = "考评对象年终申报、考评办核实";

  private static final String LEAK = "失泄密";

  private Yueyang2007() {}

  /** Builds the scheme; {@link Regulation#YUEYANG_2007} validates it once and keeps it. */
  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("岳阳市政府系统办公室工作考评办法")
        .info(info())
        .max("1000")
        .addGroups(
            new UnitGroup(
                "county",
                "各县、市、区人民政府办公室（含岳阳经济开发区、南湖风景区、屈原管理区）",
                Optional.of("一(一)1"),
                COUNTIES,
                Optional.of(12)),
            new UnitGroup(
                "department",
                "市政府各部门办公室（组成部门31个、特设机构1个、议事协调机构的常设办事机构1个、其他正处级行政事业单位39个）",
                Optional.of("一(一)2"),
                Stream.of(COMPOSING, SPECIAL, COORDINATING, OTHER).flatMap(List::stream).toList(),
                Optional.of(72)))
        .notApplicable(NotApplicablePolicy.FULL_MARKS)
        .add(
            generalManagement(),
            emergencyDuty(),
            meetingService(),
            documentHandling(),
            supervision(),
            suggestions(),
            eGovernment(),
            logistics())
        .addVetoes(vetoes())
        .addOutcomes(
            Ranking.of("awards-county", "全市政府系统办公室工作先进单位（县、市、区）", "三(四)")
                .addGroups("county")
                .disqualified(DisqualifiedUnits.SKIP_POSITION)
                .cutTies(CutTies.ALL_BETTER)
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6))
                .build(),
            Ranking.of("awards-department", "全市政府系统办公室工作先进单位（市政府各部门）", "三(四)")
                .addGroups("department")
                .disqualified(DisqualifiedUnits.SKIP_POSITION)
                .cutTies(CutTies.ALL_BETTER)
                .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 4), Award.top("三等奖", 5, 9))
                .build())
        .addReadings(readings())
        .build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .documentNumber("岳政办发[2007]13号")
        .issuer("岳阳市人民政府办公室")
        .issued(LocalDate.of(2007, 8, 21))
        .status(SchemeInfo.Status.STANDARD)
        .scope("各县、市、区人民政府（含岳阳经济开发区、南湖风景区、屈原管理区）办公室及市政府各部门（含实行垂直管理部门）办公室")
        .source("yueyang-2007-office-work.txt")
        .addNotes(
            "The notice calls this the revised scheme (修订后的) but does not name the document it"
                + " replaces.",
            "No effective date is given; the issue date is the date of the notice, 2007-08-21.",
            "Counties and municipal departments are ranked separately (三(三)) and each receive"
                + " 一、二、三等奖 (三(四)).",
            "先进个人 are nominated, 1—2 per county and municipal system (三(四)); they are not"
                + " scored by this scheme.",
            "Full marks are 1000; the bonuses of 三(一) sit on top of each category's full marks.")
        .build();
  }

  // ------------------------------------------------------------------ 四(一) 综合管理

  private static Node.Builder generalManagement() {
    return category("s1", "综合管理", "四(一)", "100")
        .evaluator(PERSONNEL)
        .add(
            item("s1.1", "年初工作规划和年终总结", "四(一)1", "10")
                .rule(
                    Rule.deductPerMissing(
                        "5",
                        new Element("plan", "年初制订工作规划，目标明确，思路清晰，措施有力"),
                        new Element("summary", "年终总结全面，实事求是，报送及时"))),
            item("s1.2", "工作运行机制", "四(一)2", "20").rule(Rule.deductPerOccurrence("5")),
            item("s1.3", "参政设谋，服务和落实中心工作", "四(一)3", "30")
                .add(
                    Node.of("s1.3.a", "参政设谋无成效或不显著", "四(一)3")
                        .role(Role.DEDUCTION)
                        .max("10")
                        .rule(Rule.perOccurrence(Rate.deductBetween("5", "10")))
                        .note("one judgement for the year, 5 to 10 chosen by the evaluator"),
                    Node.of("s1.3.b", "服务中心不到位", "四(一)3")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerOccurrence("5")),
                    Node.of("s1.3.c", "目标任务未完成", "四(一)3")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerOccurrence("5"))),
            item("s1.4", "干部队伍建设", "四(一)4", "20")
                .rule(Rule.deductPerOccurrence("5"))
                .note("an occurrence's count is the number of 人次"),
            item("s1.5", "创新工作模式", "四(一)5", "20").rule(Rule.deductPerOccurrence("5")),
            discretion("s1", "100"),
            bonus("s1", "30"));
  }

  // ------------------------------------------------------------------ 四(二) 应急值守

  private static Node.Builder emergencyDuty() {
    return category("s2", "应急值守", "四(二)", "150")
        .evaluator(EMERGENCY)
        .add(
            item("s2.1", "应急管理组织体系", "四(二)1", "30")
                .rule(Rule.deductPerOccurrence("10"))
                .note(
                    "the requirements differ by group: counties 设立了应急办，确定专人从事应急值守工作，"
                        + "实行24小时值班，在本地建立了完善的组织管理体系; departments 明确了相应机构，保证正常值班"),
            item("s2.2", "预案编制和演练", "四(二)2", "30").rule(Rule.deductPerOccurrence("10")),
            item("s2.3", "风险隐患排查", "四(二)3", "30").rule(Rule.deductPerOccurrence("10")),
            item("s2.4", "宣传培训和应急管理进基层", "四(二)4", "20").rule(Rule.deductPerOccurrence("10")),
            item("s2.5", "突发公共事件信息报送", "四(二)5", "20")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("漏报"),
                        Rate.deduct("10").forKind("瞒报"),
                        Rate.deduct("10").forKind("误报"),
                        Rate.deduct("10").forKind("迟报"))),
            item("s2.6", "值班设施和制度", "四(二)6", "20").rule(Rule.deductPerOccurrence("5")),
            discretion("s2", "150"),
            bonus("s2", "45"));
  }

  // ------------------------------------------------------------------ 四(三) 会议服务

  private static Node.Builder meetingService() {
    return category("s3", "会议服务", "四(三)", "150")
        .add(
            item("s3.1", "接受会议通知无误", "四(三)1", "30")
                .evaluator(MEETINGS_1235)
                .rule(Rule.deductPerOccurrence("5")),
            item("s3.2", "会议精神传达落实", "四(三)2", "30")
                .evaluator(MEETINGS_1235)
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("传达不及时").titled("传达不及时造成工作被动的，一次扣10分"),
                        Rate.deduct("10").forKind("执行落实不力").titled("执行落实不力的，一次扣10分"))),
            item("s3.3", "现场会议准备", "四(三)3", "30")
                .evaluator(MEETINGS_1235)
                .rule(Rule.deductPerOccurrence("15")),
            item("s3.4", "部门综合性会议申报审批", "四(三)4", "30")
                .evaluator(SECRETARIAT_1)
                .rule(Rule.deductPerOccurrence("10")),
            item("s3.5", "会议纪律", "四(三)5", "30")
                .evaluator(MEETINGS_1235)
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("无故缺席"),
                        Rate.deduct("10").forKind("请人代会"),
                        Rate.deduct("10").forKind("迟到早退")))
                .note("an occurrence's count is the number of 人次"),
            discretion("s3", "150"),
            bonus("s3", "45"));
  }

  // ------------------------------------------------------------------ 四(四) 公文处理

  private static Node.Builder documentHandling() {
    return category("s4", "公文处理", "四(四)", "150")
        .evaluator(SECRETARIAT_1)
        .add(
            item("s4.1", "精简公文数量", "四(四)1", "20").rule(Rule.deductPerOccurrence("5")),
            item("s4.2", "公文质量", "四(四)2", "40").rule(Rule.deductPerOccurrence("5")),
            item("s4.3", "办文程序", "四(四)3", "40").rule(Rule.deductPerOccurrence("5")),
            item("s4.4", "机要保密", "四(四)4", "30")
                .rule(Rule.fullMarks())
                .addGates(Gate.zeroAfter(1, LEAK, "发生失、泄密事件", "四(四)4"))
                .note("record a leak as kind 失泄密: it zeroes the item and disqualifies"),
            item("s4.5", "文书档案归档", "四(四)5", "20").rule(Rule.deductPerOccurrence("5")),
            discretion("s4", "150"),
            bonus("s4", "45"));
  }

  // ------------------------------------------------------------------ 四(五) 督查督办

  private static Node.Builder supervision() {
    return category("s5", "督查督办", "四(五)", "150")
        .add(
            item("s5.1", "落实市政府目标任务和决定事项并及时反馈", "四(五)1", "50")
                .evaluator(SUPERVISION_13)
                .rule(Rule.deductPerOccurrence("10"))
                .note("scoring 0 here disqualifies (veto s5.1-zero)"),
            item("s5.2", "督办件和领导批示件办结", "四(五)2", "40")
                .evaluator(SUPERVISION_2)
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("未按时办结").titled("未按规定时间办结"),
                        Rate.deduct("10").forKind("未按要求办结").titled("按时但未按要求办结")))
                .addGates(Gate.zeroAfter(3, "未按时办结", "3次未按时办结的，此项计分全扣", "四(五)2")),
            item("s5.3", "配合专项督查", "四(五)3", "30")
                .evaluator(SUPERVISION_13)
                .rule(Rule.deductPerOccurrence("5")),
            item("s5.4", "督查工作制度", "四(五)4", "15")
                .evaluator(SUPERVISION_OFFICE)
                .rule(
                    Rule.deductPerMissing(
                        "5",
                        new Element("feedback", "情况反馈制度"),
                        new Element("notice", "检查通报制度"),
                        new Element("reward", "考核奖惩制度"))),
            item("s5.5", "督查调研报告", "四(五)5", "15")
                .evaluator(SUPERVISION_OFFICE)
                .rule(
                    new Rule.ShortfallSteps(
                        BigDecimal.valueOf(3), BigDecimal.ONE, Points.of(5), true, "篇"))
                .note(
                    "measured: the number of reports sent to 市政府督查室; the bonus for adopted"
                        + " proposals is kind 采纳调研建议 of s5.bonus"),
            discretion("s5", "150"),
            bonus(
                "s5",
                "45",
                Rate.earnBetween("0", "45")
                    .forKind("采纳调研建议")
                    .titled("本级政府采纳督查调研建议，有领导批示又形成正式文件的酌情加分（四(五)5）")));
  }

  // ------------------------------------------------------------------ 四(六) 建议提案办理

  private static Node.Builder suggestions() {
    return category("s6", "建议提案办理", "四(六)", "100")
        .evaluator(SECRETARIAT_2)
        .add(
            item("s6.1", "按岳政办函〔2007〕15号文件规定计分扣分", "四(六)", "100")
                .rule(Rule.Assessed.award())
                .note(
                    "assessed: the points the evaluator works out under 岳政办函〔2007〕15号, which this"
                        + " text does not contain"),
            discretion("s6", "100"),
            bonus("s6", "30"));
  }

  // ------------------------------------------------------------------ 四(七) 电子政务

  private static Node.Builder eGovernment() {
    return category("s7", "电子政务", "四(七)", "100")
        .add(
            item("s7.1", "门户网站信息报送", "四(七)1", "20")
                .evaluator(NETWORK)
                .add(
                    Node.of("s7.1.a", "配备市政府门户网站专职信息报送员", "四(七)1")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerMissing("10", new Element("staffed", "配备专职信息报送员"))),
                    Node.of("s7.1.b", "未按要求报送信息", "四(七)1")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerOccurrence("5"))),
            item("s7.2", "市长信箱来信办理", "四(七)2", "20")
                .evaluator(EMERGENCY)
                .rule(Rule.deductPerOccurrence("5")),
            item("s7.3", "电子政务内网和公文传输", "四(七)3", "20")
                .evaluator(INTRANET)
                .rule(Rule.deductPerOccurrence("10"))
                .addGates(
                    Gate.prerequisite("intranet", "积极做好电子政务内网建设工作并按要求配备公文传输系统所需的硬件设备", "四(七)3")),
            item("s7.4", "政府视频会议专网", "四(七)4", "20")
                .evaluator(NETWORK)
                .add(
                    Node.of("s7.4.a", "视频会议专网配备专职操作人员", "四(七)4")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerMissing("10", new Element("operator", "配备专职操作人员"))),
                    Node.of("s7.4.b", "视频会议重大失误和差错", "四(七)4")
                        .role(Role.DEDUCTION)
                        .rule(Rule.deductPerOccurrence("10"))),
            item("s7.5", "网络安全保障", "四(七)5", "20")
                .evaluator(NETWORK)
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("设备损坏或数据丢失").titled("因工作失职造成硬件设备损坏，重要数据丢失"),
                        Rate.deduct("10").forKind("系统瘫痪").titled("感染病毒、受到黑客攻击，导致系统瘫痪"),
                        Rate.deduct("10").forKind("失火失盗").titled("网络机房出现失火失盗"),
                        Rate.deduct("10").forKind("非法信息").titled("网络页面出现非法信息")))
                .addGates(Gate.zeroAfter(1, LEAK, "发生失、泄密事件", "四(七)5"))
                .note("record a leak as kind 失泄密: it zeroes the item and disqualifies"),
            discretion("s7", "100"),
            bonus("s7", "30"));
  }

  // ------------------------------------------------------------------ 四(八) 行政后勤

  private static Node.Builder logistics() {
    return category("s8", "行政后勤", "四(八)", "100")
        .add(
            item("s8.1", "规章制度", "四(八)1", "10")
                .evaluator(FINANCE)
                .rule(new Rule.Checklist(List.of(), Points.of(2), Direction.DEDUCT))
                .note("the text lists no 制度: the facts name each missing one"),
            item("s8.2", "财务管理", "四(八)2", "30")
                .evaluator(FINANCE)
                .rule(Rule.deductPerOccurrence("5")),
            item("s8.3", "机关安全保卫", "四(八)3", "30")
                .evaluator(SECURITY)
                .rule(
                    Rule.perOccurrence(
                        Rate.deductBetween("5", "10").titled("发生一起消防安全事故，按损失、性质和影响扣5至10分")))
                .note("a 满意率 below 95% has no amount here: see s8.discretion (三(一))"),
            item("s8.4", "社会治安综合治理达标", "四(八)4", "15")
                .evaluator(PARTY)
                .rule(Rule.criterion())
                .note("criterion 达标; unmet scores 0 and disqualifies (veto s8.4-unmet)"),
            item("s8.5", "计划生育工作达标", "四(八)5", "15")
                .evaluator(SECURITY)
                .rule(Rule.criterion())
                .note(
                    "criterion 达标: 无计划外出生、晚婚晚育率100%、节育手术随访率100%、妇女疾病查治率100%、"
                        + "特殊人群计划生育工作管理到位率100%, all five; unmet scores 0 and disqualifies"
                        + " (veto s8.5-unmet)"),
            discretion("s8", "100"),
            bonus("s8", "30"));
  }

  // ------------------------------------------------------------------ 三(一) and the vetoes

  private static Node.Builder category(String id, String title, String clause, String max) {
    return Node.of(id, title, clause).max(max).addEvidence(DAILY_RECORD);
  }

  private static Node.Builder item(String id, String title, String clause, String max) {
    return Node.of(id, title, clause).max(max);
  }

  /** 三(一) "考评事项未达到标准或出现失职、失误、差错的酌情扣分（不扣负分）". */
  private static Node.Builder discretion(String category, String categoryMax) {
    return Node.of(category + ".discretion", "未达到标准或出现失职、失误、差错（酌情扣分）", "三(一)")
        .role(Role.DEDUCTION)
        .rule(
            Rule.perOccurrence(
                Rate.deductBetween("0", categoryMax).titled("考评事项未达到标准或出现失职、失误、差错的酌情扣分")))
        .note(
            "only for failings of a standard that no item of the category prices; each occurrence"
                + " carries the amount chosen");
  }

  /** 三(一) "酌情加分（不超过单项分的30%）", 单项 read as the category. */
  private static Node.Builder bonus(String category, String cap, Rate... more) {
    return Node.of(category + ".bonus", "加分（酌情加分，不超过单项分的30%）", "三(一)")
        .role(Role.BONUS)
        .ceiling(Limit.shareOf(category, "0.3"))
        .addEvidence(BONUS_EVIDENCE)
        .rule(Rule.perOccurrence(bonusRates(cap, more)));
  }

  private static Rate[] bonusRates(String cap, Rate... more) {
    return Stream.concat(
            Stream.of(
                Rate.earnBetween("0", cap).forKind("先进").titled("考评事项获得全国、全省、全市先进"),
                Rate.earnBetween("0", cap).forKind("推广").titled("经验在全国、全省、全市推广"),
                Rate.earnBetween("0", cap).forKind("赞誉").titled("得到主要领导和广大群众赞誉，产生积极影响"),
                Rate.earnBetween("0", cap).forKind("创新").titled("有重大创新")),
            Stream.of(more))
        .toArray(Rate[]::new);
  }

  private static Veto[] vetoes() {
    return new Veto[] {
      Veto.reported("major-fault", "重大过错", "三(一)", Veto.disqualification()),
      new Veto(
          "s4.4-leak",
          "发生失、泄密事件（机要保密）",
          Optional.of("四(四)4"),
          new Veto.OccurrenceCount("s4.4", Optional.of(LEAK), Interval.atLeast(1)),
          Veto.disqualification()),
      new Veto(
          "s5.1-zero",
          "落实反馈50分全扣",
          Optional.of("四(五)1"),
          new Veto.NodeScore("s5.1", Interval.atMost(BigDecimal.ZERO)),
          Veto.disqualification()),
      new Veto(
          "s7.5-leak",
          "发生失、泄密事件（网络安全）",
          Optional.of("四(七)5"),
          new Veto.OccurrenceCount("s7.5", Optional.of(LEAK), Interval.atLeast(1)),
          Veto.disqualification()),
      new Veto(
          "s8.4-unmet",
          "社会治安综合治理未达标",
          Optional.of("四(八)4"),
          new Veto.NodeScore("s8.4", Interval.atMost(BigDecimal.ZERO)),
          Veto.disqualification()),
      new Veto(
          "s8.5-unmet",
          "计划生育工作未达标",
          Optional.of("四(八)5"),
          new Veto.NodeScore("s8.5", Interval.atMost(BigDecimal.ZERO)),
          Veto.disqualification())
    };
  }

  private static List<String> categories(String suffix) {
    return Stream.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8").map(c -> c + suffix).toList();
  }

  private static Reading[] readings() {
    return new Reading[] {
      new Reading(
          "roster-other-39",
          "一(一)2(4)",
          "其他正处级行政事业单位（39个）",
          "The regulations index records a defect here (41 names, so that the 72 of 一(一)2 no longer"
              + " adds up), but this text lists exactly 39 names, and 31 + 1 + 1 + 39 = 72 as 一(一)2"
              + " states. The roster of group department is the 72 names as listed; its declared"
              + " count, 72, agrees with it. A unit group has no sub-lists, so the four sub-lists"
              + " are named in the group's title and kept as constants of the scheme's class.",
          List.of()),
      new Reading(
          "suggestions-other-document",
          "四(六)",
          "按照岳政办函〔2007〕15号文件规定计分扣分",
          "The 100 points are scored under 岳政办函〔2007〕15号, which this text does not contain."
              + " The scheme keeps the category's 100 as its documented maximum and gives it one"
              + " assessed item, s6.1 (0 to 100), whose points 市政府办秘书二科 works out under that"
              + " document; nothing of it is invented here. An office holding the document may"
              + " replace s6.1 by its items, keeping 100 so that the categories still add up to"
              + " 1000.",
          List.of("s6", "s6.1")),
      new Reading(
          "bonus-share-of-category",
          "三(一)",
          "酌情加分（不超过单项分的30%）",
          "单项 is read as the category (考评事项), not the numbered item: the sentence is about a"
              + " '考评事项' that wins 先进 or is promoted, and 一(二) names the eight categories as the"
              + " 考核事项. Each category sN has a bonus node sN.bonus above its full marks, capped at"
              + " 30% of the category's maximum (30 of 100, 45 of 150). Its kinds are the four"
              + " grounds the sentence lists; each claimed bonus carries the amount 考评办 verified"
              + " (三(二) '加分项目由各考评对象年终向考评办申报后核实'). The 1000 are full marks, not a cap on"
              + " bonuses.",
          categories(".bonus")),
      new Reading(
          "not-applicable-full-marks",
          "三(一)",
          "没有的按实际计分得分",
          "An item outside a unit's duties counts at full marks (FULL_MARKS). Every item of 四"
              + " starts from its points and loses them only for the failings it names; an item a"
              + " unit has no duty for has no failing to count, so scoring it '按实际' leaves it"
              + " whole. Rescaling would need a conversion the text does not give, and a zero would"
              + " penalise a unit for duties it does not have, against 二(一) '客观公正'. The facts"
              + " must mark such an item not applicable, with the reason.",
          List.of()),
      new Reading(
          "discretionary-deduction",
          "三(一)",
          "考评事项未达到标准或出现失职、失误、差错的酌情扣分（不扣负分）",
          "The amounts of 四 apply item by item. Where a standard of 四 names no amount (四(四)4"
              + " '机要保密工作规范' short of a leak, 四(七)5 '内网传输必须确定专人操作、维护和管理', 四(八)3"
              + " '满意率达95%以上'), this sentence applies: each category has a deduction node"
              + " sN.discretion whose occurrences carry the amount the evaluator chose, from 0 to"
              + " the category's maximum. It is for failings no item prices, never a second"
              + " deduction for one an item prices. '不扣负分': no item or category goes below 0.",
          categories(".discretion")),
      new Reading(
          "major-fault-disqualifies",
          "三(一)",
          "重大过错一票否决",
          "A reported veto (major-fault) that disqualifies the unit from 先进 awards while its"
              + " score stands. Every 一票否决 of 四 says what it removes ('评先资格一票否决'); this"
              + " general sentence is read as the same sanction, since the text never zeroes a"
              + " total.",
          List.of()),
      new Reading(
          "leak-zeroes-and-disqualifies",
          "四(四)4",
          "未出现失、泄密事件，计30分",
          "A leak both zeroes the item and disqualifies. The 30 points are given for work with no"
              + " leak, so the condition of the points fails with the first leak (a gate on one"
              + " occurrence of kind 失泄密), and the next sentence adds '评先资格一票否决' (veto"
              + " s4.4-leak). 四(七)5 '未发生任何失泄密事件，计20分' is read the same way (gate and veto"
              + " s7.5-leak); its other incidents cost 10 each.",
          List.of("s4.4", "s7.5")),
      new Reading(
          "unmet-standard-points-and-veto",
          "四(八)4、5",
          "未达标的，评先资格一票否决",
          "Both the points and the veto. '社会治安综合治理达标单位记15分' gives the 15 to 达标 units"
              + " only, so an unmet standard scores 0 (a criterion), and the sentence quoted"
              + " disqualifies (vetoes s8.4-unmet and s8.5-unmet, set off when the item scores 0)."
              + " 四(八)5's standard is all five of its rates together.",
          List.of("s8.4", "s8.5")),
      new Reading(
          "adoption-bonus",
          "四(五)5",
          "本级政府采纳督查调研建议，有领导批示又形成正式文件的酌情加分",
          "The text gives no amount. This is one of 三(一)'s 酌情加分 and shares its cap: kind"
              + " 采纳调研建议 of s5.bonus, whose total stays within 30% of 150 = 45. Both a leader's"
              + " instruction and a formal document are needed. The item's own 15 points are for"
              + " the three reports: each report short costs 5, counted on the number sent.",
          List.of("s5.5", "s5.bonus")),
      new Reading(
          "late-completions-gate",
          "四(五)2",
          "未按要求办结的，一次扣10分；3次未按时办结的，此项计分全扣",
          "Each completion not as required costs 10, and three late ones zero the item. The gate"
              + " counts late completions only ('未按时', kind 未按时办结), as it says; a completion"
              + " on time but otherwise not as required is kind 未按要求办结, costs 10, and does not"
              + " count towards the three.",
          List.of("s5.2")),
      new Reading(
          "range-deduction-once",
          "四(一)3",
          "参政设谋无成效或不显著，扣5—10分",
          "One judgement for the year, the amount chosen by the evaluator between 5 and 10. The"
              + " deduction node s1.3.a floors at -10, so no record of it costs more than 10. The"
              + " item's other failings cost 5 per occurrence (s1.3.b, s1.3.c); all come off the"
              + " item's 30, down to 0.",
          List.of("s1.3", "s1.3.a")),
      new Reading(
          "listed-elements",
          "四(一)1",
          "缺一项扣5分",
          "一项 is one of the two documents the item names, the 年初工作规划 and the 年终总结 (2 × 5 ="
              + " 10); the qualities listed for each say when it counts as done. Likewise 四(五)4"
              + " '少一项制度扣5分' names three 制度 (3 × 5 = 15); 四(八)1 '缺一项扣2分' names none, so its"
              + " facts name each missing 制度.",
          List.of("s1.1", "s5.4", "s8.1")),
      new Reading(
          "one-off-staffing",
          "四(七)1",
          "未配备的扣10分",
          "A condition that costs 10 once, not per occurrence: a check of whether the post is"
              + " staffed (s7.1.a; 四(七)4 '无专职操作人员扣10分' likewise, s7.4.a). The item's"
              + " per-occurrence failings are separate deduction nodes, and the item floors at 0.",
          List.of("s7.1.a", "s7.4.a")),
      new Reading(
          "awards-skip-disqualified",
          "三(四)",
          "县、市、区计分第一名为一等奖",
          "A unit disqualified by a veto has lost its 评先资格, its qualification to compete for"
              + " 先进. The awards go to the qualified units in the order of their points, so a"
              + " disqualified unit gives up its position (SKIP_POSITION) and the number of awards"
              + " stays 1, 2 and 3 for counties and 1, 3 and 5 for departments.",
          List.of()),
      new Reading(
          "awards-ties",
          "三(三)",
          "按计分从高至低排序",
          "The text does not say how equal points rank. It awards places (名次: '第一名为一等奖,"
              + " 二、三名为二等奖'), not a number of winners, so units with equal points share a 名次"
              + " (competition ranks 1, 2, 2, 4) and each receives the award of its shared 名次: a tie"
              + " straddling an award cut receives the better award (ALL_BETTER), as in every scheme"
              + " whose text awards places (dazhou and jishui, which fix numbers of winners, settle"
              + " ALL_WORSE). The standings report every such tie, and a tie that takes every place"
              + " of an award (three tied first leave no 二等奖) as a decision for 考评办.",
          List.of()),
      new Reading(
          "special-assessments-outside",
          "四",
          "实行专项考核，年终将考评结果报考评办",
          "These special assessments (政府法制、信访接待、综合调研和政务信息、民族宗教、移民、政务公开和政务服务)"
              + " are reported to 考评办 but given no points in this text, so they are not part of"
              + " the 1000 and the scheme does not score them.",
          List.of())
    };
  }
}
