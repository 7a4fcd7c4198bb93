package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import java.util.List;
import java.util.Optional;

/**
 * 湖北省机关档案工作目标管理等级考评办法 (鄂档规[2011]1号, hubei-2011-archives-grading.txt), clause by clause.
 *
 * <p>What the text decides is a grade, not a ranking: the six prerequisites of 第五条 must all hold
 * before an organ may apply; 省二级 and 省一级 are reached by score, 80 and 90 or more (第七条); 省特级 by
 * review (第六条); a higher grade may be sought a year after the lower one was obtained (第三条); a grade
 * is valid three years (第十条五(三)) and lapses unless reviewed (第十一条). The scoring tables (附件1-6) are
 * not part of the text, so the score is an assessed part with a documented maximum of {@value
 * #TABLE_MAXIMUM}: organs in general are scored on 附件2 (第七条), organs run through a 档案(文件)管理中心 on
 * 附件3 (第八条), each its own unit group.
 *
 * <p>Node ids mirror the articles: {@code art7} is the 附件2 score of 第七条, {@code art8} the 附件3 score
 * of 第八条. The prerequisites of 第五条 一 to 六 are {@code art5.1} to {@code art5.6}; the grades are
 * {@code prov2} (省二级), {@code prov1} (省一级) and {@code special} (省特级).
 *
 * <p>The review panels of 第十条四(一) (3-5, 5-7 or 7-9 members) form one conclusion together, so they
 * are recorded as notes, not as a {@link Rule.Panel} that would average separate scores. To score
 * on the real tables, build a scheme from this one with {@code art7} or {@code art8} replaced by a
 * node of the table's items, keeping its id and a total of 100 if the thresholds are to keep their
 * meaning:
 *
 * <pre>{@code
 * Scheme base = Regulation.HUBEI_2011.scheme();
 * Scheme ours = Scheme.builder().from(base)
 *     .sections(base.sections().stream()
 *         .map(n -> n.id().equals("art7")
 *             ? Node.builder().from(n).rule(Optional.empty()).add(item1, item2).build()
 *             : n)
 *         .toList())
 *     .build();
 * }</pre>
 */
final class Hubei2011 {

  /** The scheme's id. */
  static final String ID = "hubei-2011";

  /** The regulation's file, under the shared texts and the test resources. */
  static final String SOURCE = "hubei-2011-archives-grading.txt";

  /** The documented maximum of the missing scoring tables. */
  static final String TABLE_MAXIMUM = "100";

  /** Organs in general, scored on 附件2. */
  static final String ORGAN = "organ";

  /** Organs run through a 档案(文件)管理中心, scored on 附件3. */
  static final String CENTRE = "centre";

  private static final String PANELS =
      "评审组 (第十条四(一)): 对本级机关评审及复查由3-5人组成; 对下一级机关评审及复查由5—7人组成;"
          + " 省档案局对县直机关省特级评审由7—9人组成. 评审程序 (第十条四(三)): 听取汇报, 现场逐项检查,"
          + " 审查材料、逐项评议(评分)、形成评审结论, 反馈, 宣读结论, 交换意见.";

  private static final String AUTHORITY =
      "按考评权限 (第九条): 省档案局 (省直机关), 市州级档案局 (辖区内省一级、市州直机关省二级),"
          + " 县级档案局 (辖区内省二级), 会同相关主管部门组织的评审组 (第十条四(一))";

  private Hubei2011() {}

  /** Builds the scheme. */
  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("湖北省机关档案工作目标管理等级考评办法")
        .info(info())
        .max(TABLE_MAXIMUM)
        .addGroups(
            UnitGroup.of(ORGAN, "机关(实行或参照公务员管理的各级各类机关、人民团体等)", "第二条"),
            UnitGroup.of(CENTRE, "实行档案(文件)管理中心管理体制的机关", "第八条"))
        .add(
            table("art7", "省一级、省二级考评(附件2:湖北省机关档案工作目标管理省一级、省二级考评标准及考评表)", "第七条").addGroups(ORGAN),
            table("art8", "档案(文件)管理中心省一级、省二级考评(附件3),对档案(文件)管理中心和相关立档机关分别考核、综合评分", "第八条")
                .addGroups(CENTRE))
        .addOutcomes(grading())
        .addAllReadings(readings())
        .build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .documentNumber("鄂档规[2011]1号")
        .issuer("湖北省档案局")
        .addSupersedes("鄂档〔2009〕26号")
        .scope("全省实行或参照公务员管理的各级各类机关、人民团体、社会组织及其有行政管理职能的事业单位和金融机构、文化机构" + "(以下简称“机关”)(第二条)")
        .source(SOURCE)
        .addNotes(
            "Revision history: 1989年制定, 1999年第一次修订, 2007年第二次修订, 2009年第三次修订,"
                + " 2011年第四次修订. This version replaces 鄂档〔2009〕26号 (第十六条).",
            "第十六条: 本办法自公布之日起执行. The text gives no date of publication, so neither the"
                + " date of issue nor of effect is known beyond the year of its number, 2011.",
            "The scoring tables and forms (附件1-6) are not part of the text: the score of 第七、八条"
                + " is an assessed part with a documented maximum of 100.",
            PANELS,
            "第十四条: organs at 省特级 or 省一级 (复查 included) may enjoy the 档案达标先进单位"
                + " reward policy while the grade is valid; individuals are rewarded by their unit.")
        .build();
  }

  private static Node.Builder table(String id, String title, String clause) {
    return Node.of(id, title, clause)
        .max(TABLE_MAXIMUM)
        .rule(Rule.Assessed.award())
        .evaluator(AUTHORITY)
        .addEvidence("现场逐项检查", "审查材料", "自查情况考评表")
        .note(
            "The table is missing from the text; the panel's score out of a documented 100."
                + " "
                + PANELS);
  }

  private static Grading grading() {
    return Grading.of("grades", "机关档案工作目标管理等级", "第三、四、五、六、七、十、十一条")
        .addPrerequisites(
            new Rule.Element("art5.1", "依法办理了档案登记"),
            new Rule.Element("art5.2", "机关档案实行了集中统一管理"),
            new Rule.Element("art5.3", "属于应向国家综合档案馆移交档案的机关,按规定向同级国家综合档案馆移交了到期档案。国家有特殊规定的从其规定"),
            new Rule.Element("art5.4", "属于应向国家综合档案馆报送政府公开信息的机关,按要求向同级国家综合档案馆报送了已公开现行文件和相关信息"),
            new Rule.Element("art5.5", "机关两年内没有发生档案丢失、被盗、损毁、失泄密等档案安全事故"),
            new Rule.Element("art5.6", "机关电子文件管理规范安全。档案行政管理部门要求开展电子文件归档管理和规范移交的机关能够积极响应并认真落实"))
        .addGrades(
            new Grade(
                "prov2",
                "省二级",
                Optional.of("第七条"),
                Optional.of(Interval.atLeast("80")),
                Optional.empty(),
                0),
            new Grade(
                "prov1",
                "省一级",
                Optional.of("第七条"),
                Optional.of(Interval.atLeast("90")),
                Optional.of("prov2"),
                1),
            new Grade(
                "special", "省特级", Optional.of("第六条"), Optional.empty(), Optional.of("prov1"), 1))
        .validYears(3)
        .build();
  }

  private static List<Reading> readings() {
    return List.of(
        reading(
            "annex-tables",
            "第七条",
            "考评内容和标准见《湖北省机关档案工作目标管理省一级、省二级考评标准及考评表》(附件2)",
            "附件2 is not part of the text. The score is one assessed part with a documented maximum"
                + " of 100, which the thresholds of 90 and 80 (达标分数线) imply is the scale; a"
                + " user with the table replaces the part with its items. No item is invented.",
            "art7"),
        reading(
            "centre-table",
            "第八条",
            "采取对档案(文件)管理中心和相关立档机关分别考核、综合评分的方法进行",
            "Organs run through a 档案(文件)管理中心 are scored on 附件3, also missing, and the text"
                + " does not say how the centre's and the organs' scores combine (综合评分). They"
                + " form their own unit group with one assessed part of 100: the combined score.",
            "art8"),
        reading(
            "groups",
            "第二条",
            "本办法适用于全省实行或参照公务员管理的各级各类机关",
            "Organs of every level (省直, 市州直, 县直, 乡镇) are scored on the same table with the"
                + " same lines: their level decides only who reviews them (第九条) and the size of"
                + " the panel (第十条四(一)), so levels are not unit groups. Organs run through a"
                + " 档案(文件)管理中心 are scored on another table (第八条, 附件3) and form the second"
                + " group.",
            "art7",
            "art8"),
        reading(
            "thresholds",
            "第七条",
            "省一级达标分数线为90分;省二级达标分数线为80分",
            "A score reaching the line (达标) passes: 90 or more for 省一级, 80 or more for 省二级,"
                + " the line included as with 以上.",
            "art7",
            "art8"),
        reading(
            "special-grade",
            "第六条",
            "省特级考评采取现场评议结合抽查系统档案工作的方式进行",
            "省特级 is decided by review (现场评议) against 附件1, also missing, not by a score: the"
                + " grade has no score threshold. It requires 省一级 held (第三条, and 第四条"
                + " 在...达到并保持省一级水平的基础上)."),
        reading(
            "application",
            "第三条",
            "自愿申报、逐级晋升",
            "A grade is decided on application only (自愿申报; 第十条一 makes 申报 the first step):"
                + " an organ is assessed for the grade it applied for and is granted that grade or"
                + " nothing, never a lower one it did not ask for. An organ does not apply for a"
                + " grade it holds: a grade held is renewed only by a review (复查, 第十一条), so an"
                + " assessment without an application for a higher grade grants nothing and"
                + " restarts no validity."),
        reading(
            "step-up",
            "第三条",
            "各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评",
            "逐级晋升: 省二级 needs no grade before it; 省一级 needs 省二级 and 省特级 needs 省一级"
                + " (or a higher grade), held on the day of the application and obtained (the date"
                + " of its first certificate) at least one year before the application. The year"
                + " is counted to the application (申报), not to the assessment held later."),
        reading(
            "validity",
            "第十条五(三)",
            "有效期为三年",
            "A grade is valid three years from its certificate's date, not from the assessment"
                + " that granted it: a certificate of 2020-09-01 covers up to 2023-08-31. With"
                + " 第十一条 (复查工作每三年一次 ... 到期未申请复查的,等级资格自动失效) a grade lapses"
                + " unless a review was applied for in the year its certificate runs out; a passed"
                + " review (复查合格) gives a new certificate."),
        reading(
            "review-year",
            "第十一条",
            "到期未申请复查的,等级资格自动失效",
            "有效期满的当年 is the year of the certificate's last day. A review applied for at any"
                + " time in that year, before or after that day (applications are made 年初,"
                + " 第十条一), keeps the grade: it is held, 复查中, until the review is decided. A"
                + " grade whose certificate has run out is still held while a review can be"
                + " applied for that year, and lapses (自动失效) on 1 January after it if none was."
                + " A review applied for in another year renews nothing: before that year it is"
                + " not yet due; after it the grade has lapsed and is applied for anew (申报)."),
        reading(
            "renewal",
            "第十一条",
            "复查合格的,颁发复查合格证书",
            "The text does not say whether the renewed three years run from the review or from"
                + " the old expiry. The 复查合格证书 is a certificate, valid three years from its own"
                + " date (第十条五(三)): the renewal is counted from the date of that certificate,"
                + " which the facts give. An office whose certificates continue from the old"
                + " expiry dates them so."),
        reading(
            "failed-review",
            "第十一条",
            "复查程序及内容与晋升考评相同",
            "A review is assessed as an application for the grade held would be: the"
                + " prerequisites (第五条) and the grade's score (第七条) or the panel's decision"
                + " (第六条); it needs no year of holding. The text says what a passed review"
                + " brings and nothing of a failed one: a failed review renews nothing and revokes"
                + " nothing; the grade ends when its certificate runs out, or on the day the"
                + " review failed if that is later, and is then applied for anew."),
        reading(
            "panels",
            "第十条四(一)",
            "对本级机关档案工作目标管理评审及复查,评审组由3-5人组成。",
            "The panel sizes (3-5, 5-7, 7-9, written with both - and —) depend on who reviews whom,"
                + " and the panel reaches one conclusion together (逐项评议(评分),形成评审结论); the"
                + " scheme takes that conclusion as the assessed score and keeps the sizes as notes,"
                + " rather than averaging members' scores.",
            "art7",
            "art8"),
        reading(
            "numbering-gap",
            "第十条四",
            "(三)评审程序",
            "第十条四 goes from (一)评审组织工作 to (三)评审程序 with no (二). Nothing appears lost: the"
                + " panel's make-up and its procedure follow each other; the gap is read as a"
                + " numbering slip."),
        reading(
            "eligible-organs",
            "第四条",
            "考评对象主要是有系统档案工作指导任务的县(含市、区。下同)直以上机关",
            "Who may seek a grade (省特级: mainly county-level organs and above that guide a"
                + " system's archives; 省一级 and 省二级: organs from township level up) is for the"
                + " reviewing bureau to decide on application; 主要 makes the first non-exclusive."
                + " The scheme does not check it."),
        reading(
            "dates",
            "第十六条",
            "本办法自公布之日起执行",
            "The text gives no date of publication: the scheme records no date of issue or effect,"
                + " only the year in its number, 2011, and that it replaces 鄂档〔2009〕26号."));
  }

  private static Reading reading(
      String id, String clause, String quote, String reading, String... nodeIds) {
    return new Reading(id, clause, quote, reading, List.of(nodeIds));
  }
}
