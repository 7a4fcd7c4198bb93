package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 达州市政府系统办公室绩效工作评价试行办法 (dazhou-2012-office-performance.txt), clause by clause.
 *
 * <p>The text sets no points: 五(二) leaves the 具体计分办法 of each area to the 市政府办公室. Each of the seven
 * areas of 三 is therefore an assessed part ({@link Rule.Assessed}) with a documented maximum of
 * {@value #AREA_MAXIMUM}, its numbered criteria kept verbatim in its note, and its evaluating
 * office (五(一)) as its evaluator. Counties (县、市、区) and municipal departments are two unit groups
 * scored alike; each area is ranked separately in each group (四(一)): the top 2 counties and the top
 * 3 departments are 先进. The four conditions of 四(三) are four vetoes, each disqualifying the unit.
 *
 * <p>Node ids mirror 三(一)-(七): {@code s3.1} (文电办理) to {@code s3.7} (应急管理). The vetoes of 四(三) are
 * {@code veto.1} to {@code veto.4} in the text's order; the rankings are {@code rank.s3.N.county}
 * and {@code rank.s3.N.dept}.
 *
 * <p>To use the office's own 计分办法, build a scheme from this one with other maxima, or with an area
 * replaced by a node of its own items; keep the area's id so that the rankings still find it:
 *
 * <pre>{@code
 * Scheme base = Regulation.DAZHOU_2012.scheme();
 * Scheme ours = Scheme.builder().from(base)
 *     .sections(base.sections().stream()
 *         .map(area -> area.id().equals("s3.3") ? Node.builder().from(area).max("30").build() : area)
 *         .toList())
 *     .build();
 * }</pre>
 */
final class Dazhou2012 {

  /** The scheme's id. */
  static final String ID = "dazhou-2012";

  /** The regulation's file, under the shared texts and the test resources. */
  static final String SOURCE = "dazhou-2012-office-performance.txt";

  /** The documented maximum of every area, which the office's 具体计分办法 replaces. */
  static final String AREA_MAXIMUM = "100";

  /** The unit groups: counties (县、市、区) and municipal departments. */
  static final String COUNTY = "county";

  /** The municipal departments' group. */
  static final String DEPARTMENT = "dept";

  private static final String PANEL = "会同相关科室成立评价小组提出评价建议(五(一))";

  private Dazhou2012() {}

  /** Builds the scheme. */
  static Scheme scheme() {
    List<Node.Builder> areas = areas();
    Scheme.Builder scheme =
        Scheme.builder()
            .id(ID)
            .title("达州市政府系统办公室绩效工作评价试行办法")
            .info(info())
            .addGroups(
                UnitGroup.of(COUNTY, "县(市、区)人民政府办公室", "一"),
                UnitGroup.of(DEPARTMENT, "市政府部门办公室", "一"))
            .addAllVetoes(vetoes())
            .addAllReadings(readings());
    for (Node.Builder area : areas) {
      scheme.add(area);
    }
    scheme.addAllOutcomes(rankings(areas));
    return scheme.build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .issuer("达州市人民政府办公室")
        .issued(LocalDate.of(2012, 1, 11))
        .status(SchemeInfo.Status.TRIAL)
        .scope("各县(市、区)人民政府办公室、市政府各部门办公室(一)")
        .source(SOURCE)
        .addNotes(
            "The text gives no 文号; it is dated 二○一二年一月十一日, the day the 办法 was sent out,"
                + " and names no separate date of effect.",
            "五(二): 市政府办公室分项目制定具体计分办法. The text sets no points; every area's maximum"
                + " of 100 is a documented default to be replaced by that 计分办法.",
            "四(一): each area is ranked separately; the sum of the seven areas is not used by the"
                + " text. 市政府办公室对先进单位予以通报表扬.",
            "五(三): 本办法由达州市人民政府办公室负责解释.")
        .build();
  }

  private static List<Node.Builder> areas() {
    return List.of(
        area(
            "s3.1",
            "文电办理",
            "三(一)",
            "市政府办公室综合秘书科、秘书五科",
            "1.规范文件报送。坚持逐级报文和归口报送,严格执行行文规则,无越级报送、多头报送、违规直送市政府领导的情况。"
                + "2.严把公文质量关。报送市政府的公文要素齐全完备,公文内容主题突出、表述准确、结构严谨、字词规范。"
                + "报送市政府的公文符合党和国家方针政策、法律法规规定以及市委、市政府的工作要求,并注重对文件的合法性审查。"
                + "报送市政府的请示类公文,凡涉及其他部门或地区职能的,应主动协商。"
                + "3.提高办文时效。按时限要求报送、签收、制发公文和办理市政府议定、批示、交办等事项。"
                + "报请市政府研究处理的事项要提前报送,为市政府研究决策留出时间。"
                + "4.强化制度建设。在文电办理制度建设和流程改进上有创新举措并取得良好成效。在提高办文质量、内部培训交流上形成制度。"
                + "在精简文件上有明显成效。在推进公文办理信息化方面工作突出。"),
        area(
            "s3.2",
            "会务办理",
            "三(二)",
            "市政府办公室综合秘书科、秘书五科",
            "1.强化会议统筹安排。严格落实重要会议审批报告制度,原则上应提前一周预安排下周重要会议。"
                + "注重与重大活动、重要工作的对接,避免时间冲突和分头组织。"
                + "合理确定参会人员,从严控制县(市、区)和市级部门主要负责人参加的会议,避免流于形式。"
                + "2.执行会议工作规范。严格执行会议特别是市政府常务会议、全体会议工作规范,确保会议质量。"
                + "议题承办单位上会材料法律政策把关严密、文字表述精炼、数据严密准确、体例格式规范、要件详尽完备。"
                + "上会议题事先应认真研究、协商一致。对协商后仍不能取得一致意见的,承办部门应列出各方理据,提出办理建议,报常务会议裁定。"
                + "3.推进会务标准化建设。严格执行会议报名、请假制度,自觉遵守会场纪律和保密规定。"
                + "承办或协办市政府相关会议会务工作准备充分、组织有序。"
                + "4.抓好会后跟踪督办。抓好会议精神和议定事项的跟踪督办,建立督办台账,做到“件件有回音,事事有落实”。"),
        area(
            "s3.3",
            "督查督办",
            "三(三)",
            "市政府督查室",
            "1.认真贯彻落实市委、市政府重大决策部署,主动跟踪和反馈工作进展情况;"
                + "认真办理市委、市政府领导批示事项、交办事项和督办事项,一次性办结率达到98%以上;"
                + "抓好市政府常务会议议定事项的贯彻落实,按时按要求报送相关情况;"
                + "严格按照达州市人民政府办公室印发的年度政务督办工作考核办法开展政务督办工作。"
                + "2.认真落实人大代表建议、政协提案办理工作责任制;办理回复事实准确,内容符合法律、法规及政策规定,行文规范;"
                + "一般在人代会、政协会闭会之日3个月内、最迟不超过6个月办结建议、提案(闭会后提出的建议、提案办结时间顺延);"
                + "承诺事项落实,办理结果成效明显。"),
        area(
            "s3.4",
            "政务调研",
            "三(四)",
            "市政府研究室",
            "围绕市委、市政府重大决策部署积极开展政务调研;按照要求组织协调完成当年市政府政务重点调研课题;"
                + "及时准确为市政府起草文稿提供所需材料。"
                + "调研成果转化为市政府重大决策,进入市政府领导重要文稿、重要政策性文件或作为典型经验推广。"),
        area(
            "s3.5",
            "信息服务",
            "三(五)",
            "市政府信息技术科",
            "政务信息报送及时、采用率高,完成市上下达的信息报送目标任务。"
                + "紧紧围绕市政府中心工作,深入拓展信息源,积极搜集报送政务信息,及时、准确、深入反映工作情况、存在问题,提出对策建议,"
                + "所报信息被国家、省、市信息刊物采用,为国家、省、市政府领导掌握情况、科学决策、指导工作提供了有效的信息服务。"),
        area(
            "s3.6",
            "政府网站建设(包括政府信息公开)",
            "三(六)",
            "市政府信息公开管理中心、电子政务科",
            "1.政府信息公开成效显著。及时、准确、全面公开政府信息,政府信息公开指南、目录升级、年度报告编制规范、更新及时,"
                + "严格遵守保密审查和发布等级制度。政府信息依申请公开受理、审查、办理、答复、归档等环节流程清晰,答复严谨规范。"
                + "不断探索和总结政府信息公开工作经验,在公开流程、公开方式和制度建设上有创新性举措并取得良好成绩。"
                + "2.政府网站绩效评估成绩良好。网页设计美观,栏目设计合理,安全防护到位,使用快捷简便。"
                + "网上办事服务内容丰富,运行支撑体系完善,针对不同对象提供个性化服务,办事服务成绩突出。"
                + "公众参与渠道畅通,认真办理和答复群众来信,公众献计献策、网上调查等结果得到有效利用,互动功能得到充分体现,公众评议良好。"),
        area(
            "s3.7",
            "应急管理",
            "三(七)",
            "市政府应急办",
            "1.健全组织机构。应急管理人员按规定配备,职能职责落实,责任明晰。"
                + "乡(镇)、街道、社区设立专(兼)职应急办或明确专(兼)职人员从事应急管理工作。"
                + "2.在规定时限内报送突发事件信息,所报信息要素齐全,文字表达准确;主动跟踪突发事件处置情况,及时续报突发事件信息,"
                + "认真落实并反馈市委、市政府领导有关突发事件的批示精神。"
                + "3.加强应急值班工作。有专门值班场所、值班人员和值班工作制度,保证值班工作条件。"
                + "坚持24小时值班,值班人员业务熟练,按时高效完成市政府值班室交办事项。"
                + "4.针对本辖区、本部门突发事件实际,抓好应急演练工作;不断修订、完善应急预案,切实增强应急预案的针对性、可操作性和实用性;"
                + "加强应急科普宣传培训,增强公众安全意识和自救互救能力。"));
  }

  private static Node.Builder area(
      String id, String title, String clause, String office, String criteria) {
    return Node.of(id, title, clause)
        .max(AREA_MAXIMUM)
        .rule(Rule.Assessed.award())
        .evaluator(office + PANEL)
        .note("评价标准 " + clause + ": " + criteria);
  }

  private static List<Veto> vetoes() {
    String[] conditions = {"年度内工作有重大失误", "发生失泄密事件", "重大违纪行为", "违法案件"};
    List<Veto> vetoes = new ArrayList<>();
    for (int i = 0; i < conditions.length; i++) {
      vetoes.add(Veto.reported("veto." + (i + 1), conditions[i], "四(三)", Veto.disqualification()));
    }
    return vetoes;
  }

  private static List<Outcome> rankings(List<Node.Builder> areas) {
    List<Outcome> rankings = new ArrayList<>();
    for (Node.Builder builder : areas) {
      Node area = builder.build();
      rankings.add(ranking(area, COUNTY, "先进县(市、区)", 2));
      rankings.add(ranking(area, DEPARTMENT, "先进市级部门", 3));
    }
    return rankings;
  }

  private static Ranking ranking(Node area, String group, String label, int places) {
    return Ranking.of("rank." + area.id() + "." + group, area.title() + label, "四(一)")
        .on(area.id())
        .addGroups(group)
        .disqualified(DisqualifiedUnits.SKIP_POSITION)
        .cutTies(CutTies.ALL_WORSE)
        .addAwards(Award.top(label, 1, places))
        .build();
  }

  private static List<Reading> readings() {
    return List.of(
        reading(
            "no-points",
            "五(二)",
            "市政府办公室分项目制定具体计分办法",
            "The text sets no points for any area or criterion. Each area is an assessed part worth"
                + " a documented 100, the usual 百分制, so that the areas weigh alike until the"
                + " office's 具体计分办法 says otherwise; a user overrides the maximum, or replaces"
                + " the area with its own items, by building a scheme from this one. Nothing finer"
                + " is invented.",
            "s3.1",
            "s3.2",
            "s3.3",
            "s3.4",
            "s3.5",
            "s3.6",
            "s3.7"),
        reading(
            "criteria-as-notes",
            "三",
            "根据评价结果确定先进单位",
            "The numbered criteria of each area carry no points or deductions, so they are kept"
                + " verbatim in the area's note as the standard the evaluator assesses against,"
                + " not as nodes with invented maxima.",
            "s3.1",
            "s3.2",
            "s3.3",
            "s3.4",
            "s3.5",
            "s3.6",
            "s3.7"),
        reading(
            "rate-98",
            "三(三)1",
            "一次性办结率达到98%以上",
            "A criterion of 督查督办 without points of its own (以上 includes 98%); it guides the"
                + " assessment of the area and is not scored separately.",
            "s3.3"),
        reading(
            "per-area",
            "四(一)",
            "分别评选先进县(市、区)2名、市级部门3名",
            "分别: each of the seven areas is ranked on its own, counties and departments apart, and"
                + " the top 2 counties and top 3 departments of each area are 先进 (14 rankings)."
                + " No ranking on the sum of the areas exists in the text."),
        reading(
            "honours",
            "四(二)",
            "作为评先重要依据",
            "National, provincial or municipal honours and shared experience are an important"
                + " basis (重要依据) for 评先, without points: the evaluator weighs them within the"
                + " area's assessment. No bonus is invented."),
        reading(
            "veto",
            "四(三)",
            "实行一票否决,取消评先资格",
            "The veto takes away the unit's eligibility (评先资格) in every area, since the text"
                + " ties it to none; the vetoed unit is ranked apart and the units below it move up,"
                + " so that 2 and 3 先进 are still chosen among the eligible. Its scores stand. The"
                + " text does not bar the unit's head."),
        reading(
            "veto-conditions",
            "四(三)",
            "年度内工作有重大失误或发生失泄密事件、重大违纪行为、违法案件的",
            "Four conditions, each a veto of its own reported by the facts: a major mistake in the"
                + " year's work, a leak of secrets, a major breach of discipline, and a criminal or"
                + " legal case (违法案件). 重大 qualifies 失误 and 违纪行为 only, as written."),
        reading(
            "ties",
            "四(一)",
            "先进县(市、区)2名",
            "The text fixes a number of winners ('评选先进县(市、区)2名、市级部门3名'), not places, and"
                + " says nothing of ties. The library never names more 先进 than that number: units"
                + " tied across the cut are settled at the tie's lowest place (ALL_WORSE), and the"
                + " 先进 places they leave unfilled (none at all when three counties tie first) are"
                + " named as a decision for the 市政府办公室 to take under its 计分办法 (五(二)), never"
                + " left silently empty. Schemes whose texts award places (第一名, 前N名) settle"
                + " ALL_BETTER instead."),
        reading(
            "evaluators",
            "五(一)",
            "会同相关科室成立评价小组提出评价建议",
            "Each area's evaluator is the office 五(一) names for it, with the related sections;"
                + " it proposes (提出评价建议) and the 市政府办公室 decides. Recorded as each area's"
                + " evaluator."),
        reading(
            "groups",
            "一",
            "本办法适用于各县(市、区)人民政府办公室、市政府各部门办公室",
            "Two unit groups scored on the same seven areas: the offices of the county-level"
                + " governments (县、市、区) and the offices of the municipal departments. The text"
                + " lists neither, so no roster is given."),
        reading(
            "dates",
            "落款",
            "二○一二年一月十一日",
            "The date of the notice that sends out the 办法, taken as its date of issue. The text"
                + " names no date of effect and no 文号; the title's 试行 makes it a trial."));
  }

  private static Reading reading(
      String id, String clause, String quote, String reading, String... nodeIds) {
    return new Reading(id, clause, quote, reading, List.of(nodeIds));
  }
}
