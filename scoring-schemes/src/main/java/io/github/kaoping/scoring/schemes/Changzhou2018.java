package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Rule.Element;
import io.github.kaoping.scoring.Rule.Rate;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 常州市机关事务管理工作考核办法(暂行), 常机管〔2018〕49号: 100 points in six areas (10 + 12 + 24 + 32 + 10 + 12) plus 20
 * bonus points (10 + 5 + 5), scored on the annexed 考核评价表.
 *
 * <p>Node ids follow the table's numbering: an area (评价项目) is its number {@code 1} to {@code 7}, an
 * item (评价内容) its number {@code 1.1} to {@code 7.3}, and where an item has several ● criteria each
 * is the item's number plus a letter in the table's order ({@code 2.2.a}, {@code 2.2.b}). The one
 * unit group is {@code district}: the 辖市(区) departments, which the text does not list.
 */
final class Changzhou2018 {

  /** The scheme's id. */
  static final String ID = "changzhou-2018";

  private static final String GROUP = "district";
  private static final List<String> FILES = List.of("档案资料");
  private static final List<String> FILES_AND_SITE = List.of("档案资料", "工作现场");
  private static final String ASSESSORS = "市机关事务管理局考核工作组(五)";

  private Changzhou2018() {}

  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("常州市机关事务管理工作考核办法(暂行)")
        .info(info())
        .max("100")
        .addGroups(UnitGroup.of(GROUP, "辖市(区)机关事务管理部门", "三"))
        .add(
            leadership(),
            organisation(),
            affairs(),
            services(),
            lawfulDuties(),
            cooperation(),
            bonus())
        .outcomes(outcomes())
        .readings(readings())
        .parameters(parameters())
        .build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .documentNumber("常机管〔2018〕49号")
        .issuer("常州市机关事务管理局")
        .effective(LocalDate.of(2019, 1, 1))
        .status(SchemeInfo.Status.INTERIM)
        .scope("辖市(区)机关事务管理部门")
        .source("changzhou-2018-affairs-management.txt")
        .addNotes(
            "采取百分制(附加20分): 100 points in areas 一 to 六 and up to 20 bonus points in 七, so a"
                + " total of at most 120.",
            "五: each 辖市(区) assesses itself at year end; the 考核工作组 of 市机关事务管理局 then checks"
                + " (查看现场、调阅档案资料、座谈了解) and scores every item of the table.",
            "The text gives no date of issue; it takes effect on 2019-01-01 (\"本《办法》自2019年1月1日起实施\").")
        .build();
  }

  // ------------------------------------------------------------------ 一 to 六

  private static Node.Builder leadership() {
    return area("1", "组织领导方面", "四(一)", "10")
        .add(
            item("1.1", "辖市(区)领导重视并研究部署机关事务工作", "2", FILES)
                .rule(Rule.perOccurrence(Rate.earn("1").titled("每次得1分,最高得2分")))
                .note("本级党委、政府领导同志对机关事务工作做出批示、指示,亲自研究部署的: one occurrence each."),
            item("1.2", "召开机关事务专项工作会议或业务座谈会", "4", FILES)
                .rule(Rule.perOccurrence(Rate.earn("1").titled("每召开一次相关会议得 1分,最高得 4 分"))),
            item("1.3", "建立工作协调机制或会商机制", "4", FILES)
                .rule(Rule.perOccurrence(Rate.earn("1").titled("每项机制得1分,最高得4分")))
                .note("One occurrence per mechanism set up and running normally."));
  }

  private static Node.Builder organisation() {
    return area("2", "机构职能建设方面", "四(二)", "12")
        .add(
            item("2.1", "\"三定\"方案制定情况", "2", FILES)
                .rule(Rule.criterion())
                .note("积极协调编办等部门,制定本单位\"三定方案\"的,得2分。"),
            item("2.2", "机构设置情况", "2", FILES)
                .add(
                    criterion("2.2.a", "更名为\"XX辖市(区)机关事务管理局\"", "1", 1, FILES),
                    criterion("2.2.b", "管理、服务科室设置齐全", "1", 2, FILES)),
            item("2.3", "职能建设情况", "4", FILES)
                .add(
                    bullet("2.3.a", "服务集中办公区域、安全保卫、物业、食堂、设施设备等服务保障职能健全", 1, FILES)
                        .max("1")
                        .rule(
                            Rule.earnPerMet(
                                "0.2",
                                new Element("office-area", "服务集中办公区域"),
                                new Element("security", "安全保卫"),
                                new Element("property", "物业"),
                                new Element("canteen", "食堂"),
                                new Element("facilities", "设施设备"))),
                    bullet("2.3.b", "办公用房、公务用车、公共机构节能等管理职能健全", 2, FILES)
                        .max("3")
                        .rule(
                            Rule.deductPerMissing(
                                "1",
                                new Element("office-space", "办公用房"),
                                new Element("vehicles", "公务用车"),
                                new Element("energy", "公共机构节能")))),
            item("2.4", "人员编制及配备情况", "4", FILES)
                .add(
                    bullet("2.4.a", "核定编制", 1, FILES)
                        .max("2")
                        .rule(
                            new Rule.Tiers(
                                List.of(
                                    new Rule.Tier(Interval.atLeast(10), Points.of(2)),
                                    new Rule.Tier(
                                        Interval.between(
                                            BigDecimal.valueOf(5), true, BigDecimal.TEN, false),
                                        Points.of(1)),
                                    new Rule.Tier(
                                        Interval.between(
                                            BigDecimal.ZERO, true, BigDecimal.valueOf(5), false),
                                        Points.parse("0.5"))),
                                "人"))
                        .note(
                            "10人以上 2; 10-5人 1; 5人以下 0.5: 10 and 5 belong to the higher tier (reading staffing-tiers)."),
                    bullet("2.4.b", "核定人员配备齐全率", 2, FILES)
                        .max("2")
                        .rule(
                            new Rule.Tiers(
                                List.of(
                                    new Rule.Tier(
                                        Interval.between(
                                            BigDecimal.valueOf(80),
                                            true,
                                            BigDecimal.valueOf(100),
                                            true),
                                        Points.of(2)),
                                    new Rule.Tier(
                                        Interval.between(
                                            BigDecimal.ZERO, true, BigDecimal.valueOf(80), false),
                                        Points.of(1))),
                                "%"))
                        .note("80%以上得2分 (80 included), 低于80%得1分.")));
  }

  private static Node.Builder affairs() {
    return area("3", "事务管理工作方面", "四(三)", "24")
        .add(
            item("3.1", "办公用房管理", "8", FILES_AND_SITE)
                .add(
                    criterion(
                        "3.1.a", "组织开展办公用房清理整改\"回头看\",定期开展督导检查,未发现超标办公用房", "2", 1, FILES_AND_SITE),
                    criterion(
                        "3.1.b",
                        "超标办公用房及时腾空移交机关事务管理部门统一管理,并对腾退办公用房进行科学合理调剂",
                        "2",
                        2,
                        FILES_AND_SITE),
                    criterion("3.1.c", "党政机关业务用房设置严格执行上级有关标准", "2", 3, FILES_AND_SITE),
                    criterion(
                        "3.1.d", "切实加强对出租、出借办公用房的管理,对党政机关租用办公用房进行严格审核", "1", 4, FILES_AND_SITE),
                    criterion("3.1.e", "及时更新完善本级党政机关办公用房管理台账", "1", 5, FILES_AND_SITE)),
            item("3.2", "公务用车管理", "8", FILES_AND_SITE)
                .add(
                    criterion("3.2.a", "按照上级要求,车改后保留车辆全部纳入编制管理", "2", 1, FILES_AND_SITE),
                    criterion("3.2.b", "按照中央、省、市要求,实行\"平台化、信息化、标准化\"管理", "2", 2, FILES_AND_SITE),
                    criterion("3.2.c", "按照规范,建立公务用车管理制度,公车使用管理审批程序规范", "2", 3, FILES_AND_SITE),
                    criterion("3.2.d", "严格按规定程序审批购置、报废、更新车辆", "2", 4, FILES_AND_SITE)),
            item("3.3", "公共机构节能", "8", FILES_AND_SITE)
                .add(
                    criterion("3.3.a", "完成年度公共机构节能目标任务", "2", 1, FILES_AND_SITE),
                    criterion("3.3.b", "扎实开展公共机构节能工作宣传", "2", 2, FILES_AND_SITE),
                    criterion("3.3.c", "完成能耗统计等基础工作", "2", 3, FILES_AND_SITE),
                    bullet("3.3.d", "实施节能改造、合同能源管理、垃圾分类等项目,建设能耗监测平台", 4, FILES_AND_SITE)
                        .max("2")
                        .rule(
                            Rule.perOccurrence(Rate.earn("0.5").titled("每提供一个项目合同得0.5分,最高得2分")))));
  }

  private static Node.Builder services() {
    return area("4", "服务保障工作方面", "四(四)", "32")
        .add(
            item("4.1", "服务品牌建设", "4", FILES_AND_SITE)
                .rule(Rule.Assessed.award())
                .note("打造满意后勤服务品牌的,最高得4分: assessed from 0 to 4."),
            item("4.2", "岗位责任制建设", "4", FILES)
                .rule(
                    new Rule.Levels(
                        List.of(
                            new Rule.Level("full", "对服务保障工作全面建立岗位责任制,将职责逐一落实到人", Points.of(4)),
                            new Rule.Level("partial", "部分建立岗位责任制", Points.of(2)),
                            new Rule.Level("none", "没建立岗位责任制", Points.ZERO)))),
            item("4.3", "日常服务保障", "4", FILES)
                .rule(Rule.criterion())
                .note("采取有力措施,确保服务区域水、电、气正常供应,卫生保洁、绿化等各项服务保障工作有序开展的,得4分。"),
            item("4.4", "安全保卫工作", "4", FILES_AND_SITE)
                .add(
                    criterion(
                        "4.4.a", "健全完善涵盖全部工作职责的安全生产方案,并定期组织检查,及时整改安全生产隐患", "2", 1, FILES_AND_SITE),
                    criterion(
                        "4.4.b", "制定完善应急预案,采取物防、技防、人防等方式,确保办公区秩序井然、安全稳定", "2", 2, FILES_AND_SITE)),
            item("4.5", "餐饮服务", "4", FILES_AND_SITE)
                .add(
                    criterion("4.5.a", "严把食品安全关,确保饮食质量和安全", "2", 1, FILES_AND_SITE),
                    criterion("4.5.b", "扎实开展\"文明餐桌\"行动,积极倡导厉行节约", "2", 2, FILES_AND_SITE)),
            item("4.6", "设施设备维护保障", "4", FILES_AND_SITE)
                .add(
                    criterion("4.6.a", "对服务区域大型设施设备定期维护,确保电梯、空调等运行正常", "2", 1, FILES_AND_SITE),
                    criterion("4.6.b", "对大型设施设备的维护更新有规范采购审批流程", "2", 2, FILES_AND_SITE)),
            item("4.7", "后勤服务社会化", "4", FILES_AND_SITE)
                .add(
                    criterion("4.7.a", "将适宜市场化运作的机关后勤服务保障项目实行市场化管理", "2", 1, FILES_AND_SITE),
                    criterion("4.7.b", "建立完备的服务社会化管理体系", "2", 2, FILES_AND_SITE)),
            item("4.8", "公务接待管理", "4", FILES_AND_SITE)
                .add(
                    criterion(
                        "4.8.a",
                        "严格执行公函、审批单、接待清单等制度,规范陪餐、接待、用酒等标准,没有违反机关食堂内部接待规定",
                        "2",
                        1,
                        FILES_AND_SITE),
                    criterion("4.8.b", "按期报送本级党政机关公务接待统计材料", "2", 2, FILES_AND_SITE)));
  }

  private static Node.Builder lawfulDuties() {
    return area("5", "依法履职方面", "四(五)", "10")
        .note("The table calls this area 法治后勤建设; see reading area-5-title.")
        .add(
            item("5.1", "深化法治宣传教育", "3", FILES)
                .add(
                    criterion("5.1.a", "定期组织开展法治培训,提高干部职工法律意识和法治观念,提升依法办事、依法管理能力", "1", 1, FILES),
                    criterion("5.1.b", "坚持集体学习制度,定期组织开展业务学习和思想政治学习", "1", 2, FILES),
                    criterion("5.1.c", "加强内部监督考核,深化作风建设,严格依法办事", "1", 3, FILES)),
            item("5.2", "提升工作规范化", "3", FILES)
                .rule(Rule.criterion())
                .note("建立健全机关事务工作规范,明确工作职责、规范和流程,得3分。"),
            item("5.3", "加强制度建设", "4", FILES)
                .add(
                    bullet("5.3.a", "建立健全办公用房、公务用车、公共机构节能、资产管理等管理制度", 1, FILES)
                        .max("2")
                        .rule(Rule.perOccurrence(Rate.earn("0.5").titled("每提供一项得0.5分,最高得2分"))),
                    bullet("5.3.b", "建立健全保安、保洁、绿化、餐饮、设施设备等服务保障制度", 2, FILES)
                        .max("2")
                        .rule(Rule.perOccurrence(Rate.earn("0.5").titled("每提供一项得0.5分,最高得2分")))));
  }

  private static Node.Builder cooperation() {
    return area("6", "配合市局工作方面", "四(六)", "12")
        .add(
            item("6.1", "认真完成上级各项工作任务", "3", List.of())
                .rule(Rule.Assessed.award())
                .evaluator("市局领导班子和各相关科室综合评价")
                .note("认真完成国家、省、市机关事务管理部门部署的工作,视完成质量得分,最高得3分。"),
            item("6.2", "加强信息宣传", "4", FILES)
                .rule(Rule.criterion())
                .note("每月向市局报送信息动态不少于4篇,得4分: met only if every month reaches 4."),
            item("6.3", "标准化建设", "5", FILES_AND_SITE)
                .rule(Rule.criterion())
                .note("根据市局标准化工作进度,有序组织并参加会议,制订具体服务标准并严格执行,得5分。"));
  }

  // ------------------------------------------------------------------ 七

  private static Node.Builder bonus() {
    List<String> declared = List.of("各单位自行申报");
    String assessors = "考核组综合评分";
    return Node.of("7", "加分项目", "四(七)")
        .max("20")
        .role(Role.BONUS)
        .evaluator(assessors)
        .note("附加20分: on top of the 100 points of 一 to 六.")
        .add(
            item("7.1", "提升理论研究水平", "10", declared)
                .evaluator(assessors)
                .maximaAddUp(false)
                .note("可累加, within 10.")
                .add(
                    bullet("7.1.a", "在市级以上网站、报刊、杂志等媒体上发表经验交流类综合性文章", 1, declared)
                        .evaluator(assessors)
                        .rule(
                            Rule.perOccurrence(
                                Rate.earn("0.5").atLevel("市级").titled("市级每篇 0.5 分"),
                                Rate.earn("1").atLevel("省级").titled("省级 1 分"),
                                Rate.earn("2").atLevel("国家级").titled("国家级 2 分")))
                        .addGates(
                            new Gate.OccurrenceLimit(
                                "fewer-than-2",
                                "每年...发表经验交流类综合性文章不少于 2 篇",
                                Optional.empty(),
                                Interval.exactly(BigDecimal.ONE),
                                Optional.of("附表7.1●1"))),
                    bullet("7.1.b", "围绕贯彻《条例》、《办法》深入开展调查研究,向市局报送调研报告", 2, declared)
                        .evaluator(assessors)
                        .rule(Rule.perOccurrence(Rate.earn("2").titled("每篇得 2 分")))),
            item("7.2", "积极创先争优", "5", declared)
                .evaluator(assessors)
                .rule(Rule.perOccurrence(Rate.earnBetween("1", "5").titled("视情况加1-5分,可累加")))
                .note("被区级以上党委、政府通报表彰,被市局以上机关事务管理部门通报表彰的: one occurrence per commendation."),
            item("7.3", "勇于改革创新", "5", declared)
                .evaluator(assessors)
                .rule(Rule.perOccurrence(Rate.earn("1").titled("每项得1 分,可累加"))));
  }

  // ------------------------------------------------------------------ builders

  private static Node.Builder area(String id, String title, String clause, String max) {
    return Node.of(id, title, clause).max(max).evaluator(ASSESSORS);
  }

  private static Node.Builder item(String id, String title, String max, List<String> evidence) {
    return Node.of(id, title, "附表" + id).max(max).addAllEvidence(evidence);
  }

  /** The {@code n}th ● of an item as a criterion: its maximum when met, nothing otherwise. */
  private static Node.Builder criterion(
      String id, String title, String max, int n, List<String> evidence) {
    return bullet(id, title, n, evidence).max(max).rule(Rule.criterion());
  }

  /** The {@code n}th ● of an item, without a maximum of its own: the item caps it. */
  private static Node.Builder bullet(String id, String title, int n, List<String> evidence) {
    String item = id.substring(0, id.lastIndexOf('.'));
    return Node.of(id, title, "附表" + item + "●" + n).addAllEvidence(evidence);
  }

  // ------------------------------------------------------------------ 六

  /** 六's number of 综合优胜奖 winners, which the text does not give. */
  static final String OVERALL_WINNERS = "overall-winners";

  /** 六's number of 单项进步奖 winners per area, which the text does not give. */
  static final String PROGRESS_WINNERS = "progress-winners";

  /** 六 names both awards and no number of winners: the office sets them. */
  private static List<Parameter> parameters() {
    return List.of(
        Parameter.places(
            OVERALL_WINNERS,
            "年度综合优胜奖获奖名次（前几名）",
            "六",
            "六 \"对各地区得分进行排名,评选年度综合优胜奖\" names the award but not how many districts"
                + " win it. The example, places 1 to 3, is what earlier versions of this scheme"
                + " printed as the award; it is not the text's.",
            3),
        Parameter.places(
            PROGRESS_WINNERS,
            "单项进步奖每个方面的获奖名次（前几名）",
            "六",
            "六 \"评选...单项进步奖\" names the award but not how many win it in each area. The"
                + " example, one per area, is what earlier versions of this scheme printed; it is"
                + " not the text's.",
            1));
  }

  private static List<Outcome> outcomes() {
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(
        Ranking.of("overall-winner", "年度综合优胜奖", "六")
            .disqualified(DisqualifiedUnits.KEEP_POSITION)
            .cutTies(CutTies.ALL_BETTER)
            .addAwards(Award.topPlaces("综合优胜奖", 1, OVERALL_WINNERS))
            .build());
    String[] areas = {"组织领导方面", "机构职能建设方面", "事务管理工作方面", "服务保障工作方面", "依法履职方面", "配合市局工作方面"};
    for (int i = 0; i < areas.length; i++) {
      String area = String.valueOf(i + 1);
      outcomes.add(
          Improvement.of("progress-" + area, "单项进步奖(" + areas[i] + ")", "六")
              .on(area)
              .disqualified(DisqualifiedUnits.KEEP_POSITION)
              .cutTies(CutTies.ALL_BETTER)
              .addAwards(
                  Award.topPlaces("单项进步奖", 1, PROGRESS_WINNERS)
                      .eligibleIf(Interval.above(BigDecimal.ZERO)))
              .build());
    }
    return outcomes;
  }

  // ------------------------------------------------------------------ readings

  private static List<Reading> readings() {
    return List.of(
        new Reading(
            "title",
            "通知",
            "现将《常州市机关事务管理考核办法(暂行)》印发",
            "The notice drops 工作 from the title; the scheme takes the title the 办法 itself gives,"
                + " 常州市机关事务管理工作考核办法(暂行).",
            List.of()),
        new Reading(
            "bonus-on-top",
            "四",
            "采取百分制(附加 20 分)",
            "一 to 六 make up the 100 points; 七 (加分项目, 20) is extra on top of them, so the total"
                + " is at most 120.",
            List.of("7")),
        new Reading(
            "item-titles",
            "四",
            "公务用车改革与管理8分",
            "四 and the table name some items differently (公务用车改革与管理 / 公务用车管理, 安全保卫 /"
                + " 安全保卫工作, 开展法治宣传教育 / 深化法治宣传教育, 完成上级部署任务 / 认真完成上级各项工作任务); the"
                + " maxima agree. Items take the table's titles, since the table scores them; areas take"
                + " the titles of 四.",
            List.of("3.2", "4.4", "5.1", "5.2", "6.1", "6.2", "6.3")),
        new Reading(
            "table-spaces",
            "附表",
            "研究部署机关事务工 作",
            "The table's cells carry spaces where the printed lines broke; titles leave them out.",
            List.of("1.1")),
        new Reading(
            "area-5-title",
            "四(五)",
            "5、法治后勤建设(10分)",
            "四(五) calls the area 依法履职方面, the table 法治后勤建设; both give 10 points (3 + 3 + 4) and"
                + " the same three items. One area, titled as in 四.",
            List.of("5")),
        new Reading(
            "criteria-all-or-nothing",
            "附表3.1",
            "未发现超标办公用房的,得2分",
            "Each ● that gives fixed points (\"...的,得2分\") is one criterion: met, it earns its points;"
                + " not met, nothing. Where a ● joins several conditions, all must hold. No partial points"
                + " are invented.",
            List.of(
                "2.1", "2.2.a", "2.2.b", "3.1.a", "3.1.b", "3.1.c", "3.1.d", "3.1.e", "3.2.a",
                "3.2.b", "3.2.c", "3.2.d", "3.3.a", "3.3.b", "3.3.c", "4.3", "4.4.a", "4.4.b",
                "4.5.a", "4.5.b", "4.6.a", "4.6.b", "4.7.a", "4.7.b", "4.8.a", "4.8.b", "5.1.a",
                "5.1.b", "5.1.c", "5.2", "6.3")),
        new Reading(
            "mechanisms",
            "附表1.3",
            "每项机制得1分,最高得4分",
            "The list of mechanisms ends in 等, so it is open: each mechanism set up and running counts"
                + " once, whatever its field, up to 4.",
            List.of("1.3")),
        new Reading(
            "function-services",
            "附表2.3",
            "每一项得0.2分,共1分",
            "The first ● lists five service functions (服务集中办公区域、安全保卫、物业、食堂、设施设备) and 共1分 ="
                + " 5 × 0.2 closes the list: 0.2 per sound function.",
            List.of("2.3.a")),
        new Reading(
            "function-management",
            "附表2.3",
            "得3分,每少一项扣1分",
            "The second ● lists three management functions (办公用房、公务用车、公共机构节能), one point each:"
                + " it starts from 3 and loses 1 per missing function.",
            List.of("2.3.b")),
        new Reading(
            "staffing-tiers",
            "附表2.4",
            "得2分;10-5人,得1分;5人以下的,得0.5分",
            "10人以上 and 10-5人 share 10; 10-5人 and 5人以下 share 5 (以上、以下 include the number). Tiers"
                + " may not overlap, so each shared number goes to the higher tier, as \"达到10人以上\""
                + " (reaching 10) suggests for the first: [10, ∞) 2, [5, 10) 1, [0, 5) 0.5.",
            List.of("2.4.a")),
        new Reading(
            "staffing-rate",
            "附表2.4",
            "核定人员配备齐全率达80%以上得2分,低于80%得1分",
            "80% itself earns 2 (以上 includes it); a rate is measured in percent from 0 to 100.",
            List.of("2.4.b")),
        new Reading(
            "brand-assessed",
            "附表4.1",
            "打造满意后勤服务品牌的,最高得4分",
            "Only a maximum is given: the 考核工作组 assesses 0 to 4.",
            List.of("4.1")),
        new Reading(
            "tasks-assessed",
            "附表6.1",
            "视完成 质量得分,最高得3分",
            "Assessed 0 to 3 by the 市局 leadership and sections (the table's 评分依据), not by the"
                + " 考核工作组.",
            List.of("6.1")),
        new Reading(
            "information-monthly",
            "附表6.2",
            "每月向市局报送信息动态不少于 4 篇,得 4 分",
            "A criterion: met only when every month of the year reaches 4 items; a month short loses"
                + " the 4 points (no partial points are given).",
            List.of("6.2")),
        new Reading(
            "articles-threshold",
            "附表7.1",
            "不少于 2 篇",
            "Fewer than 2 articles in the year earn nothing under the first ●; from 2 on, every article"
                + " earns by its level (市级 0.5, 省级 1, 国家级 2).",
            List.of("7.1.a")),
        new Reading(
            "theory-cap",
            "附表7.1",
            "市级每篇 0.5 分,省级 1 分,国家级 2 分,可累加",
            "可累加: articles and research reports (每篇得 2 分) add up, and both ● together are capped"
                + " by 7.1's 10.",
            List.of("7.1")),
        new Reading(
            "commendation-range",
            "附表7.2",
            "视情况加1-5分,可累加",
            "Each commendation carries 1 to 5 as the 考核组 judges; they add up within 7.2's 5.",
            List.of("7.2")),
        new Reading(
            "innovation",
            "附表7.3",
            "每项得1 分,可累加",
            "One point per innovation, adding up within 7.3's 5.",
            List.of("7.3")),
        new Reading(
            "overall-winner",
            "六",
            "评选年度综合优胜奖和单项进步奖",
            "The text gives neither award a number of winners, and a number it does not give is the"
                + " office's to set: 综合优胜奖 goes to the first places on the total (bonus"
                + " included), as many as parameter overall-winners says. Until the office sets it,"
                + " the districts are ranked and nobody is printed as a winner; the results name the"
                + " award as a decision to take. Its example (3) is documentation only.",
            List.of()),
        new Reading(
            "single-progress",
            "六",
            "单项进步奖",
            "单项 is read as one area: for each of 一 to 六 the units whose points rose most over the"
                + " previous year win, and only a real rise (above 0) qualifies. How many win in each"
                + " area is parameter progress-winners, which the office sets (example 1, not"
                + " applied).",
            List.of("1", "2", "3", "4", "5", "6")),
        new Reading(
            "ranking-ties",
            "六",
            "对各地区得分进行排名",
            "The text says nothing of ties. It ranks (排名) and the office sets how many places win"
                + " (parameters overall-winners, progress-winners), so awards go by place: equal"
                + " scores share a rank (1, 2, 2, 4) and units tied across the last award place all"
                + " receive it (ALL_BETTER), as in every scheme whose awards are places (dazhou and"
                + " jishui, which fix numbers of winners, settle ALL_WORSE). The scheme has no veto;"
                + " a unit a user disqualifies keeps its place without the award.",
            List.of()));
  }
}
