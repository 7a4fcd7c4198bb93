package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Rule.Rate;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 哈尔滨市政府系统政务信息工作考核办法, 哈政办综〔2008〕11号: 40 points of basic work (8 × 5), 60 points of reporting (4 ×
 * 15) and uncapped adoption points, for units in four series.
 *
 * <p>Node ids mirror the articles: {@code art<条>} for 第七、八、九条 ({@code art7}, {@code art8}, {@code
 * art9}) and {@code .<项>} for their numbered items ((一) is {@code art7.1}). Where an item sets a
 * different figure per series, it has one alternative node per figure, named after the series it
 * applies to ({@code art8.1.gov} for district and county governments and offices abroad, {@code
 * art8.1.bureau} for bureaus). Unit groups are {@code district}, {@code county}, {@code bureau} and
 * {@code office}; the text lists no units.
 */
final class Harbin2008 {

  /** The scheme's id. */
  static final String ID = "harbin-2008";

  private static final String DISTRICT = "district";
  private static final String COUNTY = "county";
  private static final String BUREAU = "bureau";
  private static final String OFFICE = "office";

  private Harbin2008() {}

  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("哈尔滨市政府系统政务信息工作考核办法")
        .info(info())
        .max("100")
        .addGroups(
            UnitGroup.of(DISTRICT, "区政府序列", "第十条"),
            UnitGroup.of(COUNTY, "县(市)政府序列", "第十条"),
            UnitGroup.of(BUREAU, "委办局序列(含参与全市目标考核工作的中直、省属在哈单位)", "第十条"),
            UnitGroup.of(OFFICE, "驻外办事处序列", "第十条"))
        .add(basicWork(), reporting(), adoption())
        .addOutcomes(
            ranking(DISTRICT, "区政府序列", 2, 5),
            ranking(COUNTY, "县(市)政府序列", 3, 7),
            ranking(BUREAU, "委办局序列", 10, 30),
            ranking(OFFICE, "驻外办事处序列", 2, 5))
        .readings(readings())
        .build();
  }

  private static SchemeInfo info() {
    return SchemeInfo.builder()
        .documentNumber("哈政办综〔2008〕11号")
        .issuer("哈尔滨市人民政府办公厅")
        .scope("全市政府系统所属各单位;参与全市目标考核工作的中直、省属在哈单位(第三条)")
        .source("harbin-2008-government-information.txt")
        .addNotes(
            "Made under 《哈尔滨市政府系统政务信息工作管理办法》(哈政办发〔2007〕13号) (第一条).",
            "The source is an OCR'd web copy: the notice is lost to runs of \"?\" and the text stops in"
                + " 第十二条; everything up to 第十一条 is readable, and this scheme encodes 第一条 to 第十条.",
            "第六条: 年终进行综合评比; the period is a year, and the adoption points counted every month"
                + " (第五条) add up over it.")
        .build();
  }

  // ------------------------------------------------------------------ 第七条

  private static Node.Builder basicWork() {
    return Node.of("art7", "政务信息基础工作", "第七条")
        .max("40")
        .evaluator("本单位自检自查、市政府办公厅不定期抽查和组织各单位分组互查相结合(第五条)")
        .note("基础工作共8项,每项5分,总计40分,对不达标的按分值扣分: each item is met (5) or not (0).")
        .add(
            basic("art7.1", "有明确的分管领导、主管领导、信息员三级负责制的组织机构", "第七条(一)"),
            basic("art7.2", "有健全的工作制度", "第七条(二)"),
            basic("art7.3", "有一支由专兼职信息员组成的信息工作队伍", "第七条(三)"),
            basic("art7.4", "形成覆盖本系统的运转有效的工作网络", "第七条(四)"),
            basic("art7.5", "每年开展信息员业务培训活动", "第七条(五)"),
            basic("art7.6", "信息工作所需设施齐全", "第七条(六)"),
            basic("art7.7", "能够利用电子网络传输报送信息", "第七条(七)"),
            basic("art7.8", "积极参加市政府系统信息工作会议、活动,按时限完成市政府政务信息主管部门交办的工作任务", "第七条(八)"));
  }

  private static Node.Builder basic(String id, String title, String clause) {
    return Node.of(id, title, clause).max("5").rule(Rule.criterion());
  }

  // ------------------------------------------------------------------ 第八条

  private static Node.Builder reporting() {
    return Node.of("art8", "报送工作", "第八条")
        .max("60")
        .evaluator("市政府办公厅根据各单位报送信息的情况进行考核(第五条)")
        .note("报送工作共4项,每项15分,总计60分,对不达标的按分值扣分: each item is met (15) or not (0).")
        .add(
            Node.of("art8.1", "能坚持经常报送信息", "第八条(一)")
                .max("15")
                .add(
                    quota("art8.1.gov", "区、县(市)政府及各驻外办事处平均每月至少报送15条", 15, DISTRICT, COUNTY, OFFICE),
                    quota("art8.1.bureau", "各委、办、局及参与全市目标考核工作的中直、省属在哈单位至少报送10条", 10, BUREAU)),
            Node.of("art8.2", "紧急重要信息不漏报、瞒报、迟报", "第八条(二)")
                .max("15")
                .rule(Rule.fullMarks())
                .addGates(miss("missed", "漏报"), miss("concealed", "瞒报"), miss("late", "迟报"))
                .note(
                    "One occurrence per urgent item missed, concealed or late (kind 漏报, 瞒报 or 迟报)."),
            Node.of("art8.3", "专约、专报信息能按时、保质报送", "第八条(三)").max("15").rule(Rule.criterion()),
            Node.of("art8.4", "综合调研类信息能经常、及时报送", "第八条(四)").max("15").rule(Rule.criterion()));
  }

  /** Zeroes 第八条(二) once an urgent item is missed, concealed or late: one gate per kind. */
  private static Gate miss(String id, String kind) {
    return new Gate.OccurrenceLimit(
        id, "紧急重要信息" + kind, Optional.of(kind), Interval.atLeast(1), Optional.of("第八条(二)"));
  }

  /** The unit of 第八条(一): items reported a month, on average over the year (平均每月). */
  private static final String PER_MONTH = "条/月";

  /**
   * The reporting quota of 第八条(一) for some series: 15 points if the items reported a month, on
   * average over the year, reach {@code perMonth}, nothing otherwise. Measured in the text's own
   * unit, so that the figure the text prints is the figure a clerk enters.
   */
  private static Node.Builder quota(String id, String title, int perMonth, String... groups) {
    BigDecimal quota = BigDecimal.valueOf(perMonth);
    return Node.of(id, title, "第八条(一)")
        .max("15")
        .addGroups(groups)
        .rule(
            new Rule.Tiers(
                List.of(
                    new Rule.Tier(Interval.atLeast(quota), Points.of(15)),
                    new Rule.Tier(
                        Interval.between(BigDecimal.ZERO, true, quota, false), Points.ZERO)),
                PER_MONTH))
        .note(
            "Measured in 条/月: the year's items divided by 12, at least "
                + perMonth
                + "; see reading quota-per-month.");
  }

  // ------------------------------------------------------------------ 第九条

  private static Node.Builder adoption() {
    return Node.of("art9", "信息采用情况", "第九条")
        .role(Role.BONUS)
        .evaluator("市政府办公厅每月进行一次统计,并予以通报(第五条)")
        .note("Uncapped, on top of the 100 points of 第七、八条; see reading adoption-uncapped.")
        .add(
            earned(
                "art9.1",
                "在市政府办公厅主办的各种信息载体上采用",
                "第九条(一)",
                Rate.earn("1").forKind("一般动态信息").titled("一般动态信息 1 分"),
                Rate.earn("2").forKind("紧急重要信息").titled("紧急重要信息 2 分"),
                Rate.earn("2").forKind("小型调研信息").titled("小型调研信息 2 分"),
                Rate.earn("5").forKind("大型调研信息").titled("大型调研信息 5 分")),
            earned(
                "art9.2",
                "在省政府办公厅主办的各种信息载体上采用",
                "第九条(二)",
                Rate.earn("2").forKind("一般动态信息").titled("一般动态信息 2 分"),
                Rate.earn("10").forKind("调研信息").titled("调研信息 10 分")),
            earned(
                "art9.3",
                "在国务院办公厅主办的各种信息载体上采用",
                "第九条(三)",
                Rate.earn("10").forKind("一般动态信息").titled("一般动态信息 10 分"),
                Rate.earn("20").forKind("调研信息").titled("调研信息 20 分")),
            earned(
                "art9.4",
                "市级领导批示",
                "第九条(四)",
                Rate.earn("2").forKind("阅研性").titled("阅研性批示每条加 2 分"),
                Rate.earn("3").forKind("肯定性").titled("肯定性批示每条加 3 分"),
                Rate.earn("5").forKind("借鉴性").titled("借鉴性批示每条加 5 分"),
                Rate.earn("10").forKind("决策性").titled("决策性批示(如要求纳入政府及部门工作方案中实施的批示)每条加 10 分")),
            earned(
                "art9.5",
                "省级领导批示",
                "第九条(五)",
                Rate.earn("10").forKind("阅研性").titled("阅研与肯定性批示加 10分"),
                Rate.earn("10").forKind("肯定性").titled("阅研与肯定性批示加 10分"),
                Rate.earn("15").forKind("借鉴性").titled("借鉴性批示加 15 分"),
                Rate.earn("20").forKind("决策性").titled("决策性批示加 20 分")),
            earned("art9.6", "国务院领导批示", "第九条(六)", Rate.earn("20").titled("国务院领导批示每条加 20分")));
  }

  private static Node.Builder earned(String id, String title, String clause, Rate... rates) {
    return Node.of(id, title, clause).rule(Rule.perOccurrence(rates));
  }

  // ------------------------------------------------------------------ 第十条

  private static Ranking ranking(String group, String series, int models, int advanced) {
    return Ranking.of("awards-" + group, "政务信息工作标兵单位和先进单位(" + series + ")", "第十条")
        .addGroups(group)
        .disqualified(DisqualifiedUnits.KEEP_POSITION)
        .cutTies(CutTies.ALL_BETTER)
        .addAwards(
            Award.top("政务信息工作标兵单位", 1, models), Award.top("政务信息工作先进单位", models + 1, advanced))
        .build();
  }

  // ------------------------------------------------------------------ readings

  private static List<Reading> readings() {
    return List.of(
        new Reading(
            "notice-lost",
            "通知",
            "〔 2005 〕",
            "The notice that issues the 办法 is lost to OCR; it names a 2005 document whose role"
                + " (perhaps one this 办法 replaces) cannot be read. No date of issue and nothing"
                + " superseded are recorded.",
            List.of()),
        new Reading(
            "truncated",
            "第十二条",
            "第十二条评选优秀调",
            "The copy stops inside 第十二条 (an award, 评选优秀调...). 第一条 to 第十一条 are complete; 第十二条"
                + " is not encoded, and nothing is inferred from it.",
            List.of()),
        new Reading(
            "page-marks",
            "第八条",
            "对不达— 4—标的按分值扣分",
            "\"— 4—\" is a page number of the printed copy inside 不达标; read 对不达标的按分值扣分.",
            List.of("art8")),
        new Reading(
            "basic-all-or-nothing",
            "第七条",
            "基础工作共 8项, 每项 5分, 总计 40分, 对不达标的按分值扣分",
            "按分值扣分 deducts the item's value: an item that is not up to standard loses its 5 points"
                + " and one that is keeps them. No partial deduction is invented.",
            List.of(
                "art7.1", "art7.2", "art7.3", "art7.4", "art7.5", "art7.6", "art7.7", "art7.8")),
        new Reading(
            "reporting-all-or-nothing",
            "第八条",
            "报送工作共 4 项,每项 15 分,总计 60分,对不达",
            "As in 第七条: each reporting item is worth 15 if up to standard and 0 if not.",
            List.of("art8.1.gov", "art8.1.bureau", "art8.2", "art8.3", "art8.4")),
        new Reading(
            "quota-per-month",
            "第八条(一)",
            "区、县(市)政府及各驻外办事处平均每月至少报送 15条",
            "至少 includes the number. The quota is measured as the text states it, in items a month"
                + " on average (条/月), so the figure the text prints is the figure entered: the year's"
                + " items divided by the 12 months of the year assessed (第六条 年终进行综合评比). 180"
                + " items is 15 a month and meets the quota; 179 is 14.92 (or 14.916..., or 14.9: any"
                + " figure below 15) and does not. Enter the average unrounded or rounded down, never"
                + " rounded up: 179/12 rounded to a whole 15 would meet a quota that was missed. A"
                + " facts file that names another unit (条/年) is refused, never converted.",
            List.of("art8.1.gov", "art8.1.bureau")),
        new Reading(
            "bureau-quota",
            "第八条(一)",
            "各委、办、局及参与全市目标考核工作的中直、省属在哈单位至少报送 10条",
            "The bureaus' figure says no 平均每月; read in parallel with the first half as 10 a month on"
                + " average (条/月), that is at least 120 items in the year.",
            List.of("art8.1.bureau")),
        new Reading(
            "urgent-all-or-nothing",
            "第八条(二)",
            "紧急重要信息不漏报、瞒报、迟报",
            "A single urgent item missed, concealed or reported late puts the item below standard: it"
                + " loses its 15.",
            List.of("art8.2")),
        new Reading(
            "regular-reporting",
            "第八条(四)",
            "综合调研类信息能经常、及时报送",
            "经常 and 及时 (and 按时、保质 in (三)) set no figure: the 市政府办公厅 judges each item met or"
                + " not.",
            List.of("art8.3", "art8.4")),
        new Reading(
            "adoption-uncapped",
            "第九条",
            "根据信息在国家、省、市采用情况和信息得到领导批示的种类进行计分",
            "No cap is given: adoption points are added on top of the 100 of 第七、八条 without limit."
                + " An item adopted at several levels and also instructed on earns under each clause;"
                + " the text merges nothing.",
            List.of("art9")),
        new Reading(
            "adoption-kinds",
            "第九条(二)",
            "一般动态信息 2 分,调研信息 10 分",
            "(二) and (三) name only 一般动态信息 and 调研信息: an urgent item adopted there counts as"
                + " 一般动态信息, and a small or large research item as 调研信息.",
            List.of("art9.2", "art9.3")),
        new Reading(
            "provincial-instructions",
            "第九条(五)",
            "阅研与肯定性批示加 10分",
            "(五) omits 每条, which (四) and (六) give: read as per instruction, like them. 阅研 and 肯定性"
                + " instructions both earn 10.",
            List.of("art9.5")),
        new Reading(
            "total",
            "第十条",
            "按照考核评比总分排序",
            "总分 is not defined; read as 基础工作 + 报送工作 + 采用情况, the three parts of 第四条.",
            List.of()),
        new Reading(
            "series",
            "第十条",
            "委办局序列(含参与全市目标考核工作的中直、省属在哈单位)",
            "Four groups, one per 序列; the text lists no units, so any unit id is accepted in its"
                + " group. 第八条(一) applies 15 a month to the district, county and office series and 10 to"
                + " the bureau series.",
            List.of("art8.1.gov", "art8.1.bureau")),
        new Reading(
            "others-by-analogy",
            "第三条",
            "向市政府报送信息,积极参政、议政的其他各单位,参照本办法考核政务信息工作",
            "Units assessed only by analogy (参照) belong to no series and are not ranked for 第十条; a user"
                + " who scores them chooses a group explicitly.",
            List.of()),
        new Reading(
            "ranking-ties",
            "第十条",
            "排在前 2 名",
            "The text says nothing of ties or vetoes. It awards places ('排在前 2 名', '排在第 3 名至第 5"
                + " 名'), not a number of winners, so equal totals share a rank (1, 2, 2, 4) and units"
                + " tied across the last 标兵 place are all 标兵 (ALL_BETTER); 先进 then follows by"
                + " rank. A tie that takes every place of 先进 leaves it to the 办公厅, named as a"
                + " decision. No veto of this scheme disqualifies; a unit a user disqualifies keeps"
                + " its place without the award.",
            List.of()),
        new Reading(
            "individual-awards",
            "第十一条",
            "优秀组织者在政务信息工作标兵单位",
            "优秀组织者 (about 20) and 优秀信息员 (about 60) are people chosen from 标兵 and 先进 units, by"
                + " no scored rule; they are not encoded.",
            List.of()));
  }
}
