package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
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
import java.util.List;

/**
 * 吉水县国土资源局 2014机关工作目标管理考评办法 (jishui-2014-land-bureau-targets.txt), clause by clause.
 *
 * <p>Every section (股、室、中心、大队) of the bureau is scored on the 30 common points of 三(一) plus the 70
 * points of the items specific to it in 三(二): 100 per section. Each of the 14 sections is its own
 * {@link UnitGroup} (the section is the group's one unit, so no roster is listed), and its specific
 * items apply to that group only. The comprehensive awards of 四(三)1 rank every section together
 * ({@link Ranking#acrossGroups()}); the allowance bands of 四(三)2 apply to each section's own total.
 *
 * <p>Node ids: {@code common} is 三(一) and {@code specific} is 三(二). A common item is {@code
 * common.N} for 三(一)N; a section of 三(二) is its group id ({@code office}, {@code personnel}, {@code
 * legal}, {@code cadastre}, {@code planning}, {@code landuse}, {@code minerals}, {@code reserve},
 * {@code enforcement}, {@code consolidation}, {@code info}, {@code survey}, {@code service}, {@code
 * discipline}, in the text's order) and its item N is {@code <section>.N}. Where an item sets
 * several criteria, each with its own points, criterion k (in the text's order) is {@code
 * <item>.a}, {@code <item>.b}, ...; the bonuses of 三(一)6 and 三(一)12 are {@code common.6.bonus} and
 * {@code common.12.bonus}. The ledger of 土地开发储备交易中心1 is {@code reserve.1.d}, with one deduction
 * node per failing the text names: {@code reserve.1.d.setup} (未建立健全), {@code reserve.1.d.complete}
 * (台帐不齐全) and {@code reserve.1.d.files} (档案不规范、不齐全, per 宗). The vetoes of 四(三)6(1)-(5) are {@code
 * veto.1} to {@code veto.5}.
 *
 * <p>Occurrence kinds, where an item counts more than one kind: 三(一)5 {@code 少建台账} and {@code
 * 丢失遗漏}; 三(一)11 {@code 未及时办理} and {@code 通报批评}; 三(一)6 levels {@code 县级}, {@code 市级}, {@code 省级},
 * {@code 国家级}; 地政地籍股3 {@code 未按进度} and {@code 通报批评}; 土地利用股2 {@code 违规供地} and {@code 擅自改变用途}.
 */
final class Jishui2014 {

  /** The scheme's id. */
  static final String ID = "jishui-2014";

  /** The regulation's file, under the shared texts and the test resources. */
  static final String SOURCE = "jishui-2014-land-bureau-targets.txt";

  private static final String EVALUATOR = "考评工作领导小组(局主要领导任组长)";

  /** The 14 sections of 三(二): group id and name, in the text's order. */
  static final List<Unit> SECTIONS =
      List.of(
          new Unit("office", "办公室"),
          new Unit("personnel", "人事教育股"),
          new Unit("legal", "法规监察股"),
          new Unit("cadastre", "地政地籍股"),
          new Unit("planning", "国土规划股"),
          new Unit("landuse", "土地利用股"),
          new Unit("minerals", "地质矿产股"),
          new Unit("reserve", "土地开发储备交易中心"),
          new Unit("enforcement", "执法监察大队"),
          new Unit("consolidation", "土地开发整理中心"),
          new Unit("info", "信息中心"),
          new Unit("survey", "测绘股"),
          new Unit("service", "行政服务股"),
          new Unit("discipline", "监察室"));

  private Jishui2014() {}

  /** Builds the scheme. */
  static Scheme scheme() {
    Scheme.Builder scheme =
        Scheme.builder()
            .id(ID)
            .title("2014机关工作目标管理考评办法")
            .info(info())
            .max("100")
            .rounding(Rounding.halfUp(2))
            .add(common(), specific())
            .addAllVetoes(vetoes())
            .addOutcomes(awards(), allowance())
            .addAllReadings(readings());
    for (Unit section : SECTIONS) {
      scheme.addGroups(UnitGroup.of(section.id(), section.name(), "三(二)" + section.name()));
    }
    return scheme.build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .issuer("吉水县国土资源局(局务会)")
        .scope("以股、室、中心、大队为单位进行考评:吉水县国土资源局机关的14个股、室、中心、大队(三(二))")
        .source(SOURCE)
        .addNotes(
            "The source file gives it as 第二篇:2014机关工作目标管理考评办法, without the bureau's name.",
            "The text is dated only by its year, 2014: it gives no 文号, no date of issue and no"
                + " date of effect.",
            "百分制 (二): every section is scored on the 30 common points of 三(一) plus the 70 points"
                + " specific to it in 三(二); only the bonus of 三(一)6 (at most 3) sits on top.",
            "四(一)、(二): the 考评工作领导小组 fixes each section's score from its self-assessment"
                + " (自评表格) and supporting materials (证明材料).",
            "四(三)3 上稿奖, 四(三)4 先进工作者 and 四(三)5 司机安全奖 are money or individual awards with"
                + " no amounts in the text; they are not encoded (see the readings).")
        .build();
  }

  // ------------------------------------------------------------------ 三(一) common items

  private static Node.Builder common() {
    String c = "三(一)";
    return Node.of("common", "共性考评项目", c)
        .max("30")
        .evaluator(EVALUATOR)
        .addEvidence("自评表格", "证明材料")
        .add(
            item("common.1", "作风建设", c + "1", "6")
                .add(
                    deduct("common.1.a", "上班、开会、集中学习时不迟到、不早退", c + "1", "2", "0.5", "否则发现一次扣0.5分"),
                    zeroOnce("common.1.b", "无利用工作时间上网玩游戏、赌博等行为", c + "1", "2", "一经发现此项不给分"),
                    zeroOnce(
                            "common.1.c",
                            "服务态度好、办事效率高、执行力强,无群众和服务对象投诉",
                            c + "1",
                            "2",
                            "发现一起投诉,并调查属实的此项不记分")
                        .note("Only a complaint found true on investigation is an occurrence.")),
            criterion(
                    "common.2",
                    "加强学习:每人政治学习不少于10000字和业务笔记各不少于4篇且字数达到4000字以上",
                    c + "2",
                    "1",
                    "以抽查为准")
                .addEvidence("抽查"),
            deduct("common.3", "工作计划和半年、全年工作总结", c + "3", "2", "0.5", "不按时报送的每次扣0.5分"),
            deduct("common.4", "考勤制度", c + "4", "2", "0.5", "未请假擅自离开工作岗位发现一起扣0.5分"),
            item("common.5", "财产和档案管理", c + "5", "1")
                .rule(Rule.perOccurrence(Rate.deduct("0.5").forKind("少建台账").titled("少建立一项台账扣0.5分")))
                .addGates(Gate.zeroAfter(1, "丢失遗漏", "因管理不善出现一次丢失、遗漏事故不得分", c + "5")),
            item("common.6", "政务信息", c + "6", "3")
                .add(
                    item("common.6.a", "全年完成上稿任务3篇", c + "6", "3")
                        .rule(new Rule.Proportional(BigDecimal.valueOf(3), "篇"))
                        .note("全年完成上稿任务3篇计3分 ... 未完成稿件录用任务的按比例得分"),
                    Node.of("common.6.bonus", "超额录用加分", c + "6")
                        .max("3")
                        .role(Role.BONUS)
                        .rule(
                            Rule.perOccurrence(
                                Rate.earn("0.1").atLevel("县级").titled("每多录用县级报刊1篇加0.1分"),
                                Rate.earn("0.5").atLevel("市级").titled("每多录用市级报刊1篇加0.5分"),
                                Rate.earn("1").atLevel("省级").titled("每多录用省级报刊1篇加1分"),
                                Rate.earn("2").atLevel("国家级").titled("每多录用国家级报刊1篇加2分")))
                        .note(
                            "加分不超过3分. Only articles beyond the task of 3 are recorded here, one"
                                + " occurrence per article with its level.")),
            deduct("common.7", "信访工作", c + "7", "2", "1", "因办理不力或未按规定时限办结,受到上级信访部门通报批评的,每次扣1分"),
            zeroOnce("common.8", "廉政建设", c + "8", "2", "凡出现1例违法乱纪行为则该项不得分"),
            deduct("common.9", "综合治理", c + "9", "2", "1", "发现一起固定电话走访不到位的情况扣1分"),
            deduct("common.10", "专题教育", c + "10", "2", "0.5", "少一次(项)扣股(室)0.5分"),
            item("common.11", "执行能力", c + "11", "1")
                .rule(
                    Rule.perOccurrence(Rate.deduct("0.5").forKind("未及时办理").titled("未及时办理的每次扣0.5分")))
                .addGates(Gate.zeroAfter(1, "通报批评", "受到上级通报批评的此项不给分", c + "11")),
            item("common.12", "突发性应急任务", c + "12", "2")
                .add(
                    deduct("common.12.a", "应急分队成员召之即来,来之能战", c + "12", "2", "0.5", "缺1人次扣0.5分")
                        .note("One occurrence per 人次 absent (or one occurrence with its count)."),
                    Node.of("common.12.bonus", "非应急分队成员主动参加", c + "12")
                        .role(Role.BONUS)
                        .rule(
                            Rule.perOccurrence(
                                Rate.earn("0.5").titled("不是应急分队成员主动要求参加的,参加1人次加0.5分")))
                        .note(
                            "On top of the item's 2 points, without a cap: the text sets none; see"
                                + " reading emergency.")),
            item("common.13", "参与文明单位创建", c + "13", "4")
                .add(
                    deduct("common.13.a", "积极参与支持局创建文明单位的各项活动", c + "13", "2", "0.2", "无故缺席的扣0.2分")
                        .addGates(Gate.zeroAfter(3, "缺席3次以上此项不得分", c + "13")),
                    deduct(
                            "common.13.b",
                            "积极参加学雷锋志愿服务,道德讲堂等各项活动",
                            c + "13",
                            "2",
                            "0.2",
                            "无故缺席的扣0.2分")
                        .addGates(Gate.zeroAfter(3, "缺席3次以上此项不得分", c + "13"))));
  }

  // ------------------------------------------------------------------ 三(二) specific items

  private static Node.Builder specific() {
    return Node.of("specific", "个性考评项目", "三(二)")
        .max("70")
        .evaluator(EVALUATOR)
        .addEvidence("自评表格", "证明材料")
        .add(
            office(),
            personnel(),
            legal(),
            cadastre(),
            planning(),
            landuse(),
            minerals(),
            reserve(),
            enforcement(),
            consolidation(),
            infoCentre(),
            survey(),
            service(),
            discipline());
  }

  private static Node.Builder section(String group) {
    // Throws only if this class names a section that SECTIONS does not list.
    Unit unit = SECTIONS.stream().filter(u -> u.id().equals(group)).findFirst().orElseThrow();
    return Node.of(group, unit.name(), "三(二)" + unit.name()).max("70").addGroups(group);
  }

  private static Node.Builder office() {
    String c = "三(二)办公室";
    return section("office")
        .add(
            deduct("office.1", "公文办理", c + "1", "8", "1", "出现差错一次扣1分"),
            deduct("office.2", "会务工作", c + "2", "8", "1", "每出现一次差错扣1分"),
            item("office.3", "财务管理", c + "3", "20")
                .add(
                    deduct("office.3.a", "结算各类国土资源收益", c + "3", "4", "0.5", "出现差错一次扣0.5分"),
                    criterion("office.3.b", "编制好财政预算", c + "3", "4", "未编制的不得分"),
                    deduct("office.3.c", "按规定的开支范围的标准核算,核拨经费", c + "3", "4", "0.5", "出现差错一次扣0.5分"),
                    deduct("office.3.d", "每月财务收支情况及时向领导汇报", c + "3", "4", "0.5", "缺一次扣0.5分"),
                    criterion("office.3.e", "全局固定资产登记造册管理", c + "3", "4", "未进行登记的此项不得分")),
            deduct("office.4", "制度建设", c + "4", "10", "1", "少一次扣1分"),
            deduct("office.5", "印章管理", c + "5", "10", "1", "每出现一次差错扣1分"),
            item("office.6", "其他工作", c + "6", "14")
                .add(
                    deduct("office.6.a", "安排好节假日值班", c + "6", "5", "0.5", "未做好值班安排一次扣0.5分"),
                    deduct("office.6.b", "督促有关股室做好人大代表建议、政协委员提案的答复工作", c + "6", "5", "1", "少一件扣1分"),
                    deduct("office.6.c", "小车管理", c + "6", "4", "1", "未经批准不得私自用车(4分),发现一次扣1分")));
  }

  private static Node.Builder personnel() {
    String c = "三(二)人事教育股";
    return section("personnel")
        .add(
            deduct("personnel.1", "人事管理", c + "1", "10", "1", "出现差错一次扣1分"),
            deduct("personnel.2", "干部考核", c + "2", "10", "1", "出现差错一次扣1分"),
            deduct("personnel.3", "增资晋级", c + "3", "10", "1", "出现差错一次扣1分"),
            deduct("personnel.4", "路线教育", c + "4", "20", "1", "出现差错一次扣1分"),
            deduct("personnel.5", "文明单位创建", c + "5", "10", "1", "出现差错一次扣1分"),
            deduct("personnel.6", "其他工作:民主测评等", c + "6", "10", "1", "未开展的每次扣1分"));
  }

  private static Node.Builder legal() {
    String c = "三(二)法规监察股";
    return section("legal")
        .add(
            item("legal.1", "信访工作", c + "1", "20")
                .add(
                    deduct("legal.1.a", "信访件受理、交办、督办,信访办结率100%", c + "1", "12", "1", "少一件扣1分"),
                    deduct(
                        "legal.1.b",
                        "督促各相关单位做好信访案件的调处工作",
                        c + "1",
                        "8",
                        "1",
                        "因督促不及时受到上级信访部门通报批评的,每次扣1分")),
            deduct("legal.2", "行政复议", c + "2", "10", "2", "出现差错一次扣2分"),
            item("legal.3", "普法工作", c + "3", "10")
                .add(
                    criterion("legal.3.a", "制订2014年普法依法治理工作实施方案", c + "3", "5", "未制订的此项不得分"),
                    deduct("legal.3.b", "参加县里组织的依法普法宣传工作", c + "3", "5", "1", "未参加的每次扣1分")),
            item("legal.4", "普法宣传", c + "4", "10")
                .rule(
                    Rule.deductPerMissing(
                        "2.5",
                        new Rule.Element("4.22", "“4.22”地球日"),
                        new Rule.Element("6.25", "“6.25”土地日"),
                        new Rule.Element("8.29", "“8.29”测绘日"),
                        new Rule.Element("12.4", "“12.4”法制宣传日")))
                .note("少开展一次活动扣2.5分"),
            item("legal.5", "综合治理", c + "5", "10")
                .add(
                    deduct(
                        "legal.5.a", "编制并实施应急预案;每月定期上报《矛盾纠纷排查表》", c + "5", "5", "1", "每出现一次差错扣1分"),
                    deduct(
                        "legal.5.b",
                        "指导各股(室)做好“双提升,大走访”固话包干活动,做好总结汇报工作",
                        c + "5",
                        "5",
                        "1",
                        "每出现一次差错扣1分")),
            discretion("legal.6", "指导国土所(国土分局)开展国土资源法律法规宣传工作", c + "6", "10"));
  }

  private static Node.Builder cadastre() {
    String c = "三(二)地政地籍股";
    return section("cadastre")
        .add(
            item("cadastre.1", "登记发证", c + "1", "20")
                .add(
                    criterion("cadastre.1.a", "做好2014土地登记发证工作并建立好台帐", c + "1", "12", "无台帐的此项不给分"),
                    deduct("cadastre.1.b", "登记资料准确、规范", c + "1", "8", "1", "出现一次差错或不规范扣1分")),
            deduct("cadastre.2", "权属纠纷:纠纷处理率达90%以上", c + "2", "5", "1", "差一起扣1分")
                .note(
                    "One occurrence per dispute by which the handled disputes fall short of 90%."),
            item("cadastre.3", "土地确权登记", c + "3", "15")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("2").forKind("未按进度").titled("未按进度和要求做好相关工作的每次扣2分")))
                .addGates(Gate.zeroAfter(1, "通报批评", "因工作不当延误工作进度受到上级部门通报批评的此项不给分", c + "3")),
            deduct("cadastre.4", "变更调查", c + "4", "10", "1", "出现一次差错扣1分"),
            discretion("cadastre.5", "耕地后备资源调查", c + "5", "10"),
            deduct("cadastre.6", "组织协作", c + "6", "10", "1", "发现一次扣1分"));
  }

  private static Node.Builder planning() {
    String c = "三(二)国土规划股";
    return section("planning")
        .add(
            criterion("planning.1", "数据库更新", c + "1", "20", "未及时更新数据库此项不得分"),
            deduct("planning.2", "用地预审", c + "2", "20", "1", "每漏登、错登一处扣1分"),
            deduct("planning.3", "规划调整", c + "3", "20", "1", "每漏登、错登一处扣1分"),
            criterion("planning.4", "低丘缓坡", c + "4", "10", "因工作不力,未争取到的此项不得分"));
  }

  private static Node.Builder landuse() {
    String c = "三(二)土地利用股";
    return section("landuse")
        .add(
            criterion("landuse.1", "耕地保护:准备好耕地保护责任状", c + "1", "8", "否则此项不给分"),
            item("landuse.2", "供地管理", c + "2", "10")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("2").forKind("违规供地").titled("向禁止用地项目和未达到条件的限制性项目供地,发现1宗扣2分"),
                        Rate.deduct("2").forKind("擅自改变用途").titled("擅自改变国务院、省政府批准的土地开发用途的扣2分"))),
            deduct("landuse.3", "土地报批", c + "3", "20", "2", "出现一次差错扣2分"),
            item("landuse.4", "居民建房", c + "4", "10")
                .add(
                    deduct("landuse.4.a", "认定土地性质准确", c + "4", "6", "0.5", "出现差错一次扣0.5分"),
                    deduct("landuse.4.b", "实地放线并由建房人签字", c + "4", "4", "0.5", "否则少一次扣0.5分")),
            item("landuse.5", "土地征收", c + "5", "12")
                .add(
                    deduct("landuse.5.a", "做好县政府交办的土地征收工作", c + "5", "6", "0.5", "出现差错一次扣0.5分"),
                    zeroOnce("landuse.5.b", "依法依规做好农村集体土地征收工作", c + "5", "6", "程序不到位的此项不给分")),
            deduct("landuse.6", "组织协作", c + "6", "10", "1", "发现一次扣1分"));
  }

  private static Node.Builder minerals() {
    String c = "三(二)地质矿产股";
    return section("minerals")
        .add(
            item("minerals.1", "地灾防治", c + "1", "20")
                .add(
                    zeroOnce("minerals.1.a", "切实做好汛期的地灾防治工作", c + "1", "10", "因工作不到位,导致事故发生的此项不得分"),
                    deduct("minerals.1.b", "加强汛期值班制、报告制", c + "1", "10", "0.5", "发现一次不到位扣0.5分")),
            discretion("minerals.2", "矿权管理", c + "2", "10"),
            deduct("minerals.3", "费用征收", c + "3", "10", "2", "严禁擅自提高或降低收费标准,每发现一次扣2分"),
            deduct("minerals.4", "安全生产", c + "4", "5", "0.5", "因工作不到位,引发安全事故的,每起扣0.5分"),
            deduct("minerals.5", "数据入录", c + "5", "5", "0.5", "每出现一次差错的扣0.5分"),
            item("minerals.6", "年检发证", c + "6", "10")
                .rule(Rule.fullMarks())
                .addGates(
                    Gate.prerequisite("prov-city-95", "省、市两级发证矿山年检比例达到95%,已关闭、注销矿山除外", c + "6"),
                    Gate.prerequisite("county-90", "县级发证矿山年检比例达到90%", c + "6"))
                .note("年检不达标的该项不得分"),
            deduct("minerals.7", "组织协作", c + "7", "10", "1", "发现一次扣1分"));
  }

  private static Node.Builder reserve() {
    String c = "三(二)土地开发储备交易中心";
    return section("reserve")
        .add(
            item("reserve.1", "土地出让", c + "1", "30")
                .add(
                    deduct(
                        "reserve.1.a",
                        "经营性用地和工业用地全面实行网上“招拍挂”出让",
                        c + "1",
                        "10",
                        "1",
                        "每发现1宗应以“招拍挂”出让而以协议出让的扣1分"),
                    zeroOnce(
                        "reserve.1.b", "严格按照《江西省国有土地使用权网上交易规则》要求操作", c + "1", "5", "未按要求操作的此项不得分"),
                    deduct("reserve.1.c", "完成土地出让情况月报工作", c + "1", "5", "0.5", "每缺少一个月的月报数据扣0.5分"),
                    item("reserve.1.d", "建立土地出让台帐", c + "1", "5")
                        .note("Starts from 5; see reading ledger.")
                        .add(
                            ledger("reserve.1.d.setup", "台帐未建立健全", c + "1", "2", "未建立健全的扣2分")
                                .max("2"),
                            ledger("reserve.1.d.complete", "台帐不齐全", c + "1", "1", "台帐不齐全的扣1分")
                                .max("1"),
                            ledger(
                                "reserve.1.d.files",
                                "档案不规范、不齐全",
                                c + "1",
                                "0.5",
                                "档案不规范、不齐全的每宗扣0.5分")),
                    deduct(
                        "reserve.1.e",
                        "10个工作日内将土地成交供应信息录入土地供应管理系统",
                        c + "1",
                        "5",
                        "0.5",
                        "不及时录入的每宗扣0.5分")),
            deduct("reserve.2", "土地储备", c + "2", "10", "1", "应收未收储的每宗扣1分"),
            deduct("reserve.3", "价款追缴", c + "3", "10", "1", "因自身工作不到位,造成土地出让价款未及时交清的,一宗扣1分"),
            deduct("reserve.4", "批后监管", c + "4", "10", "1", "未及时制止和查处的,一起扣1分"),
            deduct("reserve.5", "组织协作", c + "5", "10", "1", "发现一次扣1分"));
  }

  private static Node.Builder enforcement() {
    String c = "三(二)执法监察大队";
    return section("enforcement")
        .add(
            item("enforcement.1", "完善体系", c + "1", "10")
                .add(
                    zeroOnce(
                        "enforcement.1.a",
                        "执行土地违法违规行为书面报告制度",
                        c + "1",
                        "3",
                        "对辖区内较大的违法违规应及时上报,否则此项不给分"),
                    criterion("enforcement.1.b", "建立县、乡、村执法监察网络", c + "1", "4", "未建立的不给分"),
                    deduct(
                        "enforcement.1.c",
                        "重大案件以及苗头性、倾向性违法违规问题及时报告制度",
                        c + "1",
                        "3",
                        "0.5",
                        "未及时发现或报告的,每次扣0.5分")),
            item("enforcement.2", "巡查到位", c + "2", "10")
                .add(
                    deduct(
                        "enforcement.2.a",
                        "每半月对县城规划区内巡查不得少于一次,并将巡查情况记录在案",
                        c + "2",
                        "6",
                        "0.5",
                        "少一次扣0.5分"),
                    deduct(
                        "enforcement.2.b",
                        "加强对已供项目用地的监管",
                        c + "2",
                        "4",
                        "1",
                        "对已发生的违法案件,未及时立案的每次扣1分")),
            item("enforcement.3", "卫片检查", c + "3", "10")
                .add(
                    criterion("enforcement.3.a", "疑似图斑的核查工作并建立好台帐", c + "3", "4", "未建立的不给分"),
                    zeroOnce("enforcement.3.b", "按规定时间和要求上报相关表格和材料", c + "3", "2", "未及时上报的此项不给分"),
                    zeroOnce(
                        "enforcement.3.c",
                        "对属违法违规用地的,切实做好整改工作",
                        c + "3",
                        "4",
                        "因工作不到位,受到上级通报批评及约谈、问责的,此项不给分")),
            item("enforcement.4", "程序规范", c + "4", "10")
                .add(
                    deduct("enforcement.4.a", "程序和文书规范", c + "4", "6", "1", "程序不到位、文书不规范的,每宗扣1分"),
                    deduct("enforcement.4.b", "事实清楚,适应法律准确", c + "4", "4", "1", "否则每宗扣1分")),
            item("enforcement.5", "查处得力:行政处罚依法落实到位", c + "5", "10")
                .rule(
                    new Rule.Tiers(
                        List.of(
                            new Rule.Tier(Interval.atLeast("95"), Points.parse("10")),
                            new Rule.Tier(Interval.below("95"), Points.ZERO)),
                        "%"))
                .note("结案率达到95%的(10分),未达到的不给分"),
            zeroOnce(
                "enforcement.6",
                "组织协作:及时告知、移送相关股室",
                c + "6",
                "10",
                "因移交不及时引起被处罚人越级上访或造成不良影响的此项不给分"),
            zeroOnce("enforcement.7", "专项考核", c + "7", "10", "受到上级部门通报批评及约谈、问责的此项不给分"));
  }

  private static Node.Builder consolidation() {
    String c = "三(二)土地开发整理中心";
    return section("consolidation")
        .add(
            criterion("consolidation.1", "制度建设", c + "1", "10", "未建立的此项不得分"),
            criterion("consolidation.2", "农田建设", c + "2", "10", "未完成任务的此项不给分"),
            item("consolidation.3", "造地工作:全面完成市政府下达的2014年补充耕地任务数", c + "3", "20")
                .rule(
                    new Rule.ShortfallSteps(
                        BigDecimal.valueOf(100),
                        BigDecimal.valueOf(5),
                        Points.parse("4"),
                        false,
                        "%"))
                .note("每差欠5%扣4分: measured as the percentage of the task completed."),
            item("consolidation.4", "后期管理", c + "4", "10")
                .add(
                    deduct(
                        "consolidation.4.a",
                        "妥善处理项目区土地的权属纠纷",
                        c + "4",
                        "5",
                        "0.5",
                        "因工作不到位,引起群众越级上访的,发现一起扣0.5分"),
                    deduct(
                        "consolidation.4.b",
                        "及时告知当地国土所并上报局监察大队",
                        c + "4",
                        "5",
                        "1",
                        "未及时告知和上报的发现一起扣1分")),
            criterion("consolidation.5", "“增减挂”工作", c + "5", "20", "未完成此项工作不给分"));
  }

  private static Node.Builder infoCentre() {
    String c = "三(二)信息中心";
    return section("info")
        .add(
            deduct("info.1", "金土工程", c + "1", "10", "1", "未按要求做好的,每次扣1分"),
            deduct("info.2", "网络维护", c + "2", "10", "0.5", "维护不及时的,每次扣0.5分"),
            deduct("info.3", "政务信息", c + "3", "20", "1", "未及时公布更新的每次扣1分"),
            deduct("info.4", "网上报批", c + "4", "15", "1", "如属本部门原因出现差错影响报批的,每次扣1分"),
            deduct("info.5", "视频调试", c + "5", "15", "1", "每出现差错一次扣1分(非本中心原因除外)"));
  }

  private static Node.Builder survey() {
    String c = "三(二)测绘股";
    return section("survey")
        .add(
            item("survey.1", "宣传广泛:测绘宣传日活动", c + "1", "15")
                .rule(
                    Rule.deductPerMissing(
                        "1",
                        new Rule.Element("plan", "有计划"),
                        new Rule.Element("scheme", "有方案"),
                        new Rule.Element("materials", "有资料"),
                        new Rule.Element("summary", "有总结")))
                .note("缺一项扣1分"),
            criterion("survey.2", "资质年检", c + "2", "15", "未开展的,此项不给分"),
            deduct("survey.3", "监督管理", c + "3", "25", "1", "未及时查处或处理不到位,造成不良影响的,每次扣1分"),
            deduct("survey.4", "日常管理", c + "4", "15", "1", "未及时完成或因工作不到位,影响正常工作进展的,每次扣1分"));
  }

  private static Node.Builder service() {
    String c = "三(二)行政服务股";
    return section("service")
        .add(
            deduct("service.1", "纪律管理", c + "1", "10", "1", "如发现违反一次扣1分"),
            deduct("service.2", "服务管理", c + "2", "20", "1", "如服务态度不好,或与服务对象争吵的,每起扣1分"),
            deduct("service.3", "业务管理", c + "3", "20", "1", "如未及时做到出现一次扣1分"),
            item("service.4", "数据入录:网审办件量与实际办件量一致", c + "4", "20")
                .rule(
                    new Rule.Levels(
                        List.of(
                            new Rule.Level("consistent", "网审办件量与实际办件量一致", Points.parse("20")),
                            new Rule.Level("below", "网审件量低于实际办件量的扣1分", Points.parse("19"))))));
  }

  private static Node.Builder discipline() {
    String c = "三(二)监察室";
    return section("discipline")
        .add(
            deduct("discipline.1", "健全体制", c + "1", "10", "1", "未制定或调整的一次扣1分"),
            criterion("discipline.2", "制订意见", c + "2", "10", "未制订此项不得分"),
            deduct("discipline.3", "加强教育", c + "3", "10", "1", "每少进行一次扣1分"),
            criterion("discipline.4", "专项治理", c + "4", "10", "未开展此项活动不得分"),
            deduct("discipline.5", "红包治理", c + "5", "10", "1", "每发现一起收受“红包”整治不到位扣1分"),
            deduct("discipline.6", "信访查办", c + "6", "10", "1", "案件处理不到位,出现一起差错扣1分"),
            deduct("discipline.7", "交办事项", c + "7", "10", "1", "工作完成不及时或出现差错一次扣1分"));
  }

  // ------------------------------------------------------------------ 四(三) vetoes and outcomes

  private static List<Veto> vetoes() {
    String[] conditions = {
      "单位内有受到党纪、政纪、法规处理的人和事",
      "因工作不力和监管不到位引起群体性事件,对维护社会稳定造成严重危害的",
      "有违反计划生育、财经纪律的",
      "年内有影响投资环境被上级和县优化办通报的人和事",
      "违反“八项规定”,被上级通报的"
    };
    Veto[] vetoes = new Veto[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      vetoes[i] =
          Veto.reported(
              "veto." + (i + 1),
              conditions[i],
              "四(三)6(" + (i + 1) + ")",
              new Veto.Disqualification(true));
    }
    return List.of(vetoes);
  }

  private static Ranking awards() {
    Interval eligible = Interval.atLeast("85");
    return Ranking.of("awards", "综合先进单位", "四(三)1")
        .acrossGroups(true)
        .disqualified(DisqualifiedUnits.SKIP_POSITION)
        .cutTies(CutTies.ALL_WORSE)
        .addAwards(
            Award.top("一等奖", 1, 1).eligibleIf(eligible),
            Award.top("二等奖", 2, 3).eligibleIf(eligible),
            Award.top("三等奖", 4, 6).eligibleIf(eligible))
        .build();
  }

  private static Banding allowance() {
    return Banding.of("allowance", "扣发津贴补贴", "四(三)2")
        .addBands(
            new Band("扣发下一年第一季度津贴补贴总额的10%", Interval.below("80")),
            new Band(
                "扣发下一年第一季度津贴补贴总额的5%",
                Interval.between(BigDecimal.valueOf(80), true, BigDecimal.valueOf(85), false)),
            new Band("全额领取津贴补贴", Interval.atLeast("85")))
        .build();
  }

  // ------------------------------------------------------------------ readings

  private static List<Reading> readings() {
    return List.of(
        reading(
            "sections",
            "二",
            "以股、室、中心、大队为单位进行考评",
            "The units are the 14 sections whose items 三(二) lists. Each section is its own unit"
                + " group, so that its 70 specific points apply to it alone, and the common 30"
                + " points apply to every group. A group is the section itself; no roster is listed"
                + " for it.",
            "common",
            "specific"),
        reading(
            "hundred",
            "二",
            "采用百分制考核方式",
            "Full marks are 100 for every section: 30 common (三(一)) plus 70 specific (三(二)),"
                + " which each section's items add up to exactly. Only the additions (加分) of 三(一)6"
                + " and 三(一)12 can take a section above 100: see readings articles-bonus and"
                + " emergency."),
        reading(
            "issuer",
            "三",
            "经局务会研究,结合我局实际",
            "The bureau is 吉水县国土资源局: the text names it in 监察室1 (《吉水县国土资源局党组2014年"
                + "党风廉政建设和反腐败工作实施意见》) and 地质矿产股2 (《吉水县矿产资源总体规划》)."),
        reading(
            "study",
            "三(一)2",
            "以抽查为准",
            "The text gives 三(一)2 no deduction, so it is all or nothing: the point is earned when the"
                + " spot check finds the section's staff meet the stated amounts of study, and lost"
                + " otherwise.",
            "common.2"),
        reading(
            "summaries",
            "三(一)3",
            "不按时报送的每次扣0.5分",
            "Each of the two summaries (半年, 全年) reported late or not at all is one occurrence of"
                + " 0.5. The plan made at the start of the year (年初制定工作计划) carries no"
                + " deduction of its own in the text, so none is invented.",
            "common.3"),
        reading(
            "articles-bonus",
            "三(一)6",
            "加分不超过3分",
            "The bonus is on top of the item's 3 points (a bonus node capped at 3), not inside"
                + " them: the text gives the bonus a cap of its own, separate from the item's (3分),"
                + " and 加分 adds to the score. A section may therefore reach 33 common points and"
                + " 103 in all; 三(一)12's addition is read the same way (reading emergency).",
            "common.6",
            "common.6.bonus"),
        reading(
            "articles-quota",
            "三(一)6",
            "未完成稿件录用任务的按比例得分",
            "The task is 3 articles placed: the item earns 1 point per article up to 3 (按比例 of 3"
                + " for 3). Only articles beyond the task (每多录用) earn the bonus; the text does not"
                + " say which of a section's articles fill the task, so the evaluator records the"
                + " task's count as a measurement and each article beyond it as a bonus occurrence"
                + " with its level. The scheme does not check that the task was met before a bonus"
                + " is recorded. Quotients are rounded to 2 places half up, though whole articles"
                + " never need it: the text sets no rounding.",
            "common.6.a",
            "common.6.bonus"),
        reading(
            "emergency",
            "三(一)12",
            "不是应急分队成员主动要求参加的,参加1人次加0.5分",
            "加 adds to the score, as 三(一)6's 加分 does (reading articles-bonus): what volunteers"
                + " earn sits on top of the item's 2 points, not inside them. Held inside, the"
                + " addition would give a section with no absence nothing for its volunteers, and the"
                + " words would have no effect for most sections. The text sets this addition no cap,"
                + " so none is invented: 0.5 per 人次, without limit, and the 百分制 of 二 is exceeded"
                + " here as under 三(一)6. Absences (缺1人次扣0.5分) cost the item's own 2 points, down to"
                + " 0; the addition is not netted against them first.",
            "common.12",
            "common.12.a",
            "common.12.bonus"),
        reading(
            "absences",
            "三(一)13",
            "缺席3次以上此项不得分",
            "以上 includes the number: the third unexcused absence zeroes the criterion (not only"
                + " the fourth). Before that each absence costs 0.2. Each of the two criteria of"
                + " 三(一)13 counts its own absences.",
            "common.13.a",
            "common.13.b"),
        reading(
            "fixed-assets",
            "三(二)办公室3",
            "切实做好全局固定资金登记造册管理工作",
            "固定资金 is read as 固定资产 (fixed assets): they are registered (登记造册) to prevent the"
                + " loss of assets (防止资产流失).",
            "office.3.e"),
        reading(
            "four-days",
            "三(二)法规监察股4",
            "少开展一次活动扣2.5分",
            "The four named days (4.22 地球日, 6.25 土地日, 8.29 测绘日, 12.4 法制宣传日) at 2.5 each"
                + " make exactly the item's 10 points, so the list (despite 等) is read as the four"
                + " activities: a checklist of four, 2.5 per activity not held.",
            "legal.4"),
        reading(
            "shared-deduction",
            "三(二)法规监察股5",
            "做好总结汇报工作(5分)。每出现一次差错扣1分。",
            "The deduction written after the second criterion applies to both criteria of item 5,"
                + " each within its own 5 points: the first states none of its own.",
            "legal.5.a",
            "legal.5.b"),
        reading(
            "discretion",
            "三(二)法规监察股6",
            "工作不到位酌情扣分",
            "酌情扣分 (法规监察股6, 地政地籍股5, 地质矿产股2) sets no limit: the evaluator deducts any"
                + " amount from 0 up to the item's whole maximum.",
            "legal.6",
            "cadastre.5",
            "minerals.2"),
        reading(
            "disputes",
            "三(二)地政地籍股2",
            "纠纷处理率达90%以上(5分),差一起扣1分",
            "Each dispute by which the handled disputes fall short of 90% (以上, so 90% itself is"
                + " enough) is one occurrence of 1 point.",
            "cadastre.2"),
        reading(
            "land-use-change",
            "三(二)土地利用股2",
            "擅自改变国务院、省政府批准的土地开发用途的扣2分",
            "2 points per change of use, like the 2 per 宗 of the supply before it; the text writes"
                + " no 每 here, but a single 2 for any number of unauthorised changes is the less"
                + " plausible reading.",
            "landuse.2"),
        reading(
            "inspection-rates",
            "三(二)地质矿产股6",
            "省、市两级发证矿山年检比例达到95%",
            "Two rates must both be reached (达到 includes the number): 95% for provincial and city"
                + " licences (closed and cancelled mines excepted) and 90% for county licences. The"
                + " item is its full 10 points with each threshold a prerequisite the evaluator"
                + " checks; either missed zeroes it (年检不达标的该项不得分).",
            "minerals.6"),
        reading(
            "ledger",
            "三(二)土地开发储备交易中心1",
            "未建立健全的扣2分,台帐不齐全的扣1分,档案不规范、不齐全的每宗扣0.5分",
            "未建立健全 and 台帐不齐全 describe the state of the ledger, not events, and say no 每: each"
                + " deducts at most once (a deduction node capped at its 2 or 1, so a state recorded"
                + " twice costs no more); only 档案不规范、不齐全 is per 宗 (每宗). All three come off the"
                + " criterion's 5 points, down to 0. As written, a ledger not set up at all costs 2 of"
                + " the 5; nothing more is invented.",
            "reserve.1.d",
            "reserve.1.d.setup",
            "reserve.1.d.complete",
            "reserve.1.d.files"),
        reading(
            "survey-elements",
            "三(二)测绘股1",
            "做到有计划,有方案、有资料、有总结(15分),缺一项扣1分",
            "The deduction is per element missing of the four listed (计划, 方案, 资料, 总结), 1 each:"
                + " a section missing all four loses 4 of the item's 15 and keeps 11. The 15 do not add"
                + " up from the four, but the text deducts nothing else (no 此项不得分 for an activity"
                + " not held, unlike 资质年检 beside it), so nothing more is invented; an office that"
                + " means to zero the item replaces its rule in an edited copy of the scheme.",
            "survey.1"),
        reading(
            "closing-rate",
            "三(二)执法监察大队5",
            "结案率达到95%的(10分),未达到的不给分",
            "达到 includes the number: a closing rate of exactly 95% earns the 10 points; anything"
                + " below earns nothing.",
            "enforcement.5"),
        reading(
            "shortfall",
            "三(二)土地开发整理中心3",
            "每差欠5%扣4分",
            "Measured as the percentage of the task completed; only whole 5% steps of shortfall"
                + " count (7% short is one step, 4 points), since a part of 5% is not 5% 差欠. From"
                + " 25% short the item is 0: it never goes below its floor.",
            "consolidation.3"),
        reading(
            "online-count",
            "三(二)行政服务股4",
            "如网审件量低于实际办件量的扣1分",
            "One deduction of 1 whatever the gap: the text writes no 每 or 一次 here, unlike its"
                + " other deductions. The item is assessed as consistent (20) or below (19).",
            "service.4"),
        reading(
            "closing-target",
            "三(二)监察室6",
            "结案率达到100%(10分)。案件处理不到位,出现一起差错扣1分。",
            "The 100% closing rate describes the goal and carries no rule of its own; the item"
                + " loses 1 per case handled badly, as the next sentence says.",
            "discipline.6"),
        reading(
            "award-threshold",
            "四(三)1",
            "综合考评总分在85分以上",
            "以上 includes 85. Every section of the bureau is ranked in one field (across the 14"
                + " groups), highest first; of the sections with 85 or more, position 1 wins 一等奖,"
                + " 2-3 二等奖 and 4-6 三等奖. A section below 85 wins nothing whatever its position."),
        reading(
            "award-comma",
            "四(三)1",
            "二等奖2个,,三等奖3个",
            "The doubled comma is a typing slip: the list 一等奖, 二等奖, 三等奖 is complete and"
                + " nothing is read into the gap."),
        reading(
            "award-amount",
            "四(三)1",
            "每个奖励。",
            "The amount of each award is left blank in the text; the awards are encoded by"
                + " position only, with no money."),
        reading(
            "award-ties",
            "四(三)1",
            "一等奖一个,二等奖2个",
            "The text fixes a number of winners of each award ('一等奖一个,二等奖2个,,三等奖3个'), not"
                + " places; it says nothing of ties. Units tied across an award cut all receive the"
                + " lower award (or none, ALL_WORSE), so no award is given more often than the text"
                + " allows; the places the tie leaves unfilled are named as a decision for the"
                + " 领导小组 (四(二) '由领导小组...确定'), never left silently empty. Schemes whose"
                + " texts award places (第一名, 前N名) settle ALL_BETTER instead."),
        reading(
            "veto-skip",
            "四(三)6",
            "取消年终目标管理综合先进单位的评选资格",
            "A vetoed section loses its eligibility to be selected (评选资格), so it is ranked apart"
                + " and the sections below it move up; its score stands, and so does its allowance"
                + " band (四(三)2). Each of the five conditions is a veto of its own, reported by the"
                + " facts, and each also bars the unit head (单位负责人不得评先评优)."),
        reading(
            "allowance-bands",
            "四(三)2",
            "综合目标考评分数高于85分(含85分)",
            "高于 would exclude 85, but the bracket (含85分) includes it, and so does the band"
                + " before it (80分至85分(不含85分)): bands are below 80 (不含80分), 80 to below 85,"
                + " and 85 or more."),
        reading(
            "allowance-quarter",
            "四(三)2",
            "下一第一季度",
            "Read as the first quarter of the next year (下一年第一季度); the band's label says so."),
        reading(
            "allowance-full",
            "四(三)2",
            "工作人员可全额领取本的津贴补贴",
            "A word is missing after 本; the band means the allowance is paid in full, which is all"
                + " the scheme records."),
        reading(
            "article-prize",
            "四(三)3",
            "《吉安国土资源》每篇 元",
            "The amounts of the 上稿奖 are blank in the text, and they are money per article, not"
                + " points; the prize is not encoded. Articles score only through 三(一)6."),
        reading(
            "advanced-workers",
            "四(三)4",
            "年终评选局机关先进工作者5名,每名奖金 元",
            "先进工作者 are individuals, not sections, and the amount is blank; out of scope for a"
                + " scheme that scores sections."),
        reading(
            "driver-prize",
            "四(三)5",
            "5.司机安全奖。",
            "The text names the prize and nothing else (no criterion, no amount); nothing is"
                + " encoded."));
  }

  // ------------------------------------------------------------------ helpers

  private static Reading reading(
      String id, String clause, String quote, String reading, String... nodeIds) {
    return new Reading(id, clause, quote, reading, List.of(nodeIds));
  }

  private static Node.Builder item(String id, String title, String clause, String max) {
    return Node.of(id, title, clause).max(max);
  }

  /** "出现差错一次扣1分": a fixed deduction per occurrence, from the item's maximum down to 0. */
  private static Node.Builder deduct(
      String id, String title, String clause, String max, String each, String quote) {
    return item(id, title, clause, max).rule(Rule.perOccurrence(Rate.deduct(each).titled(quote)));
  }

  /** "一经发现此项不给分": the item's maximum until the first occurrence, then 0. */
  private static Node.Builder zeroOnce(
      String id, String title, String clause, String max, String quote) {
    return item(id, title, clause, max)
        .rule(Rule.fullMarks())
        .addGates(Gate.zeroAfter(1, quote, clause));
  }

  /** "未编制的不得分": the item's maximum if its criterion is met, 0 otherwise. */
  private static Node.Builder criterion(
      String id, String title, String clause, String max, String quote) {
    return item(id, title, clause, max).rule(Rule.criterion()).note(quote);
  }

  /**
   * One failing of the 土地出让台帐 (土地开发储备交易中心1), deducted from the ledger's 5 points: a deduction node,
   * so that the state of the ledger can be capped at its one deduction.
   */
  private static Node.Builder ledger(
      String id, String title, String clause, String each, String quote) {
    return Node.of(id, title, clause)
        .role(Role.DEDUCTION)
        .rule(Rule.perOccurrence(Rate.deduct(each).titled(quote)));
  }

  /** "工作不到位酌情扣分": the evaluator deducts between 0 and the item's maximum. */
  private static Node.Builder discretion(String id, String title, String clause, String max) {
    return item(id, title, clause, max).rule(Rule.Assessed.deduction()).note("工作不到位酌情扣分");
  }
}
