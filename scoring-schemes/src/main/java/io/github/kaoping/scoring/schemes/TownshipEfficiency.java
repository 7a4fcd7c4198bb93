package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * ××乡机关绩效考评办法 (undated): 100 points in four parts (40 + 40 + 10 + 10), minus point penalties for
 * vetoes and low places in special assessments, for the town's units in three categories.
 *
 * <p>Node ids mirror the numbering of chapter 三 (绩效考评的内容及分数设置): part 三(n) is {@code sn} and its
 * item 三(n)m is {@code sn.m}. Part 三(五) has no node: its penalties are the vetoes {@code
 * special-veto} and {@code special-bottom}, taken from the total.
 *
 * <p>Unit groups: {@code cat1} (第一类, with the roster the text prints under it), {@code cat2} and
 * {@code cat3} (第二类 and 第三类, never listed, so without a roster).
 */
final class TownshipEfficiency {

  static final String ID = "township-efficiency";

  /** 二: the names printed under 第一类 "(13个)". */
  static final List<Unit> FIRST_CATEGORY =
      List.of(
          new Unit("chengzhen-guihua", "城镇规划中心"),
          new Unit("caishui", "财税所"),
          new Unit("liangzhan", "粮站"),
          new Unit("zhongxinxiao", "中心校"),
          new Unit("paichusuo", "派出所"),
          new Unit("sifasuo", "司法所"),
          new Unit("jishengban", "计生办"),
          new Unit("wenhua-zhongxin", "文化中心"),
          new Unit("linyezhan", "林业站"),
          new Unit("xinyongshe", "信用社"),
          new Unit("weishengyuan", "卫生院"),
          new Unit("gonglu-guanlizhan", "公路管理站"),
          new Unit("gongdianzhan", "供电站"),
          new Unit("youzheng-zhiju", "邮政支局"),
          new Unit("dianxin-zhiju", "电信支局"));

  private static final String GENERAL_GROUP = "综合考评组（镇绩效办牵头，成员从镇纪委、党政办、组织、宣传、社会事务办、经济发展办抽调）";

  /** 四2: who rates 作风、效率. */
  private static final String CONDUCT_RATERS = "镇党政班子，镇效能办全体成员和效能建设监督员、联络员，党代表、人大代表、政协委员，基层代表";

  private TownshipEfficiency() {}

  /** Builds the scheme; {@link Regulation#TOWNSHIP_EFFICIENCY} validates it once and keeps it. */
  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("××乡机关绩效考评办法")
        .info(
            SchemeInfo.builder()
                .issuer("镇效能建设领导小组")
                .status(SchemeInfo.Status.STANDARD)
                .scope("全镇各类机关、部门、单位,共13个")
                .source("township-efficiency.txt")
                .addNotes(
                    "Undated and without a document number; in force from the day it is issued"
                        + " (自发文之日起执行), interpreted by 镇效能办.",
                    "The evaluation is led by 镇效能建设领导小组 and run by 镇效能建设办公室 (一); the text"
                        + " names no issuer, so the leading group stands for it.",
                    "Work results are assessed at the year end, 政令畅通 and 效能监察、投诉受理 in the"
                        + " course of the year, 作风、效率 by a rating at the year end (六).",
                    "Veto events of 三(五) are reported by 综合办公室 (四5).",
                    "Besides the awards and sanctions of 七 the unit heads are rated and units must"
                        + " submit rectification plans; those consequences are not scored.")
                .build())
        .max("100")
        .rounding(Rounding.halfUp(2))
        .addGroups(
            new UnitGroup(
                "cat1", "第一类:有行政审批许可权的部门", Optional.of("二"), FIRST_CATEGORY, Optional.of(13)),
            UnitGroup.of("cat2", "第二类（文中未列出）", "二"),
            UnitGroup.of("cat3", "第三类（文中未列出）", "二"))
        .add(performance(), conduct(), orders(), supervision())
        .addVetoes(
            Veto.reported("special-veto", "专项考评被“一票否决”", "三(五)", Veto.penalty("2")),
            Veto.reported("special-bottom", "位列专项考评后5名", "三(五)", Veto.penalty("1")))
        .addOutcomes(
            awards("cat1", "第一类", 3), awards("cat2", "第二类", 3), awards("cat3", "第三类", 1), bottom())
        .addReadings(readings())
        .build();
  }

  /** 三(一) 工作业绩指标: assessed by the general group at the year end. */
  private static Node.Builder performance() {
    return Node.of("s1", "工作业绩指标", "三(一)")
        .max("40")
        .evaluator(GENERAL_GROUP)
        .add(
            Node.of("s1.1", "各单位工作计划完成情况", "三(一)1")
                .max("17")
                .rule(Rule.Assessed.award())
                .addEvidence("工作目标专门文件", "报镇效能办备案的有关资料")
                .note("每年初确定的工作目标完成情况"),
            Node.of("s1.2", "完成镇委、镇政府和上级主管部门提出的各项重点工作任务的情况", "三(一)2")
                .max("18")
                .rule(Rule.Assessed.award())
                .note("含基层党建、计划生育、文明创建、行政审批、服务“三农”等工作情况"),
            Node.of("s1.3", "工作过程情况", "三(一)3")
                .max("5")
                .rule(Rule.Assessed.award())
                .addEvidence("工作程序", "工作质量记录", "日常工作规范情况"));
  }

  /** 三(二) 作风、效率评估指标: three rater groups with their own weights. */
  private static Node.Builder conduct() {
    return Node.of("s2", "作风、效率评估指标", "三(二)")
        .max("40")
        .evaluator(CONDUCT_RATERS)
        .add(
            panel("s2.1", "镇党政班子评估指标", "三(二)1", 12),
            panel("s2.2", "党代表、人大代表、政协委员、企业厂长经理、村基代表评估指标", "三(二)2", 18),
            panel("s2.3", "效能建设监督员、特邀联络员评估指标", "三(二)3", 10));
  }

  private static Node.Builder panel(String id, String title, String clause, int max) {
    return Node.of(id, title, clause)
        .max(Integer.toString(max))
        // The text sets no number of raters: as many as take part, none invented.
        .rule(new Rule.Panel(BigDecimal.valueOf(max), Rule.Aggregation.MEAN, 1))
        .note("each rater scores 0 to " + max + "; the item is the mean");
  }

  /** 三(三) 维护政令畅通指标. */
  private static Node.Builder orders() {
    return Node.of("s3", "维护政令畅通指标", "三(三)")
        .max("10")
        .evaluator("镇效能办、镇纪委")
        .rule(Rule.Assessed.award())
        .note("严肃政治纪律、组织纪律、工作纪律，贯彻执行镇委、镇政府决策部署，重大事项及时请示、报告，突出问题及时整改");
  }

  /** 三(四) 效能监察、投诉受理指标, scored under rules the text does not give. */
  private static Node.Builder supervision() {
    return Node.of("s4", "效能监察、投诉受理指标", "三(四)")
        .max("10")
        .evaluator("镇机关效能建设办公室")
        .rule(Rule.Assessed.award())
        .addEvidence("平时专项效能监察", "镇效能投诉受理记录")
        .note("assessed: the points worked out under 镇效能投诉受理有关考核细则, not part of this text");
  }

  /** 七: 先进单位 per category. */
  private static Ranking awards(String group, String category, int advanced) {
    return Ranking.of("awards-" + group, "效能建设先进单位（" + category + "）", "七")
        .addGroups(group)
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER)
        .addAwards(Award.top("效能建设先进单位", 1, advanced))
        .build();
  }

  /** 七: the last two places of the whole town, the three categories ranked together. */
  private static Ranking bottom() {
    return Ranking.of("bottom", "绩效考评总分位列倒数第二名、倒数第一名（全镇）", "七")
        .addGroups("cat1", "cat2", "cat3")
        .acrossGroups(true)
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER)
        .addAwards(Award.bottom("倒数第二名：通报批评，限期整改", 2, 2), Award.bottom("倒数第一名：主要负责人免职处理", 1, 1))
        .build();
  }

  private static Reading[] readings() {
    return new Reading[] {
      new Reading(
          "first-category-fifteen",
          "二",
          "第一类:有行政审批许可权的部门(13个)",
          "Fifteen names follow, and 二 also says the town has 13 units in all ('共13个'). The"
              + " roster of cat1 is the fifteen names as printed, each scorable; its declared count"
              + " stays 13 as stated. The text does not say which two are surplus, and the fifteen"
              + " may well be the town's whole list, printed under the first heading.",
          List.of()),
      new Reading(
          "categories-not-listed",
          "二",
          "将 被考评单位划分为三类",
          "Only 第一类 is printed; 第二类 and 第三类 are never listed, though 七 gives awards per"
              + " category. The scheme declares groups cat2 and cat3 without a roster: they accept"
              + " any unit the office assigns to them, including one printed under 第一类 if it so"
              + " decides. Each category's 先进 are ranked on their own; the town's last two places"
              + " are ranked across the three (reading bottom-places-town-wide).",
          List.of()),
      new Reading(
          "veto-points-not-disqualification",
          "三(五)",
          "在考评总分中每项扣2分",
          "Here 一票否决 is a veto in a special assessment run elsewhere (综合办公室 reports it, 四5);"
              + " in this scheme it costs 2 points off the total per vetoed special item, and"
              + " nothing else: the text says '作为负数分值,以倒扣分方式体现' and names no other effect."
              + " A place among the last five of a special assessment costs 1 per item. One special"
              + " item is recorded under one of the two vetoes: a unit vetoed in it is not also"
              + " charged for a low place in it. The penalties have no floor: the text gives none.",
          List.of()),
      new Reading(
          "one-for-l",
          "三(五)",
          "每项扣l分",
          "The letter 'l' is an OCR error for the digit 1 (as in the item numbers 'l、' of 三(一)"
              + " and 三(二)); a low place costs 1 point per item.",
          List.of()),
      new Reading(
          "rater-groups",
          "三(二)",
          "镇党政班子评估指标,12分",
          "三(二) weights three rater groups 12, 18 and 10 but says neither how raters score nor how"
              + " scores combine. The plainest reading gives each rater the item's own points to"
              + " award (a panel on a scale of 12, 18 or 10) and takes the mean of the raters, with"
              + " no trimming, which the text does not ask for. The mean is rounded once, half up"
              + " to 2 places, since the text gives no rounding.",
          List.of("s2.1", "s2.2", "s2.3")),
      new Reading(
          "office-members-as-raters",
          "四2",
          "镇效能办全体成员",
          "四2 names 镇效能办全体成员 among those who rate 作风、效率, but 三(二) gives weight only to"
              + " three groups, none of them the office. The scheme scores the three weighted"
              + " groups; the office organises the rating (六) and has no panel of its own. 四2's"
              + " '基层代表' are 三(二)2's '企业厂长经理、村基代表'.",
          List.of("s2")),
      new Reading(
          "bottom-places-town-wide",
          "七",
          "绩效考评总分位列倒数第二名",
          "The last two places are the whole town's: the sentence names a category for the"
              + " 先进单位 ('第一类单位前3名,第二类单位前3名,第三类第1名') but none for 倒数第二名 and"
              + " 倒数第一名, and '绩效考核总分位列倒数第一名的单位' speaks of one unit, where per category"
              + " there would be three. The three categories are therefore ranked together on the"
              + " total (ranking bottom, across groups cat1, cat2 and cat3); the awards of 先进 are"
              + " ranked per category (awards-cat1, -cat2, -cat3). The text does not provide for a"
              + " unit that is both first of its category and among the town's last two (a small"
              + " 第三类 makes it possible): the scheme gives it both, as written.",
          List.of()),
      new Reading(
          "ranking-ties-and-vetoes",
          "七",
          "绩效考评总分位列第一类单位前3名,第二类单位前3名,第三类第1名的",
          "The text does not say how equal totals rank; it awards places (位列...前3名, 位列倒数第二名,"
              + " 倒数第一名). Units with equal totals share a place (competition ranks), and each"
              + " receives the award or sanction of its shared place. From the top a tie across the"
              + " last 先进 place shares that place, so every tied unit is 先进 (ALL_BETTER). From"
              + " the bottom units tied for the last places share the last place: each receives"
              + " the heavier sanction (the standings settle every bottom tie towards the"
              + " sanction), so two units tied last are both 倒数第一名, and the 倒数第二名 their tie"
              + " leaves empty is named as a decision for 镇效能建设领导小组 (七 '由...确定'). An equal"
              + " score never spares a unit the sanction the text plainly intends. No veto of this"
              + " scheme disqualifies (三(五) costs points), so a unit keeps its position"
              + " (KEEP_POSITION).",
          List.of()),
      new Reading(
          "assessed-parts",
          "三(四)",
          "根据平时专项效能监察和镇效能投诉受理有关考核细则计分",
          "Those 细则 are not part of this text, and 三(一)1-3 and 三(三) say what is assessed but"
              + " not how points are given. Each is an assessed item (0 to its maximum, which the"
              + " text gives) whose points the named evaluator records; nothing is invented.",
          List.of("s1.1", "s1.2", "s1.3", "s3", "s4")),
      new Reading(
          "town-and-township",
          "标题",
          "××乡机关绩效考评办法",
          "The title says 乡 but the body speaks of 镇 throughout; both name the same body, and the"
              + " title is kept as printed. The first line of the copy ('第三篇:开省乡机关绩效考评办法"
              + "机关绩效考评办法') is the heading of a web compilation, not part of the scheme.",
          List.of()),
      new Reading(
          "issuer",
          "一",
          "全镇绩效考评工作在镇效能建设领导小组领导下开展",
          "The text names no issuer; the leading group under which the evaluation runs is"
              + " recorded as the issuer.",
          List.of())
    };
  }
}
