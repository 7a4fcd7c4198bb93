package io.github.kaoping.scoring.schemes;

import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Rule.Element;
import io.github.kaoping.scoring.Rule.Rate;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.UnitGroup;
import java.util.List;

/**
 * 新干县县直机关政务“阳光行动”工作考评办法(试行) (2006): 100 points in four aspects (15 + 10 + 60 + 15) plus uncapped
 * adjustments for being held up as a model or criticised; the result is converted into item 4 of
 * 《新干县2006机关效能建设工作考评方案》.
 *
 * <p>Node ids mirror the numbering of 二(一): aspect 二(一)n is {@code sn} and its deduction (m) is
 * {@code sn.m}; the adjustments of 二(一)5 are {@code s5}.
 *
 * <p>Unit groups: {@code unit}, every 县直效能考评单位, and {@code key-unit}, the 重点单位 that 二(一)3(7) alone
 * charges; the text lists neither.
 */
final class Xingan2006 {

  static final String ID = "xingan-2006";

  private static final String EVALUATOR = "县政务“阳光行动”活动领导小组（考评人员由县机关效能投诉中心有关人员及效能监督员组成）";

  /** 二(二): the evidence every aspect is scored on. */
  private static final String[] EVIDENCE = {"平时效能督查", "群众投诉", "民意测验"};

  private Xingan2006() {}

  /** Builds the scheme; {@link Regulation#XINGAN_2006} validates it once and keeps it. */
  static Scheme scheme() {
    return Scheme.builder()
        .id(ID)
        .title("新干县县直机关政务“阳光行动”工作考评办法(试行)")
        .info(
            SchemeInfo.builder()
                .issuer("新干县机关效能建设领导小组")
                .status(SchemeInfo.Status.TRIAL)
                .scope("所有县直效能考评单位(含洋峰垦殖场、黎山林场)")
                .source("xingan-2006-sunshine-action.txt")
                .addNotes(
                    "The result is converted in proportion (按比例折算) into 第四项“政务公开方面” of"
                        + " 《新干县2006机关效能建设工作考评方案》, whose standard for that item is this"
                        + " scheme (二(三)); that scheme and the item's maximum are not part of this"
                        + " text.",
                    "Issued under 《新干县开展政务“阳光行动”实施方案》(干办字[2006]112号); the scheme has no"
                        + " document number of its own, and no date beyond the year 2006.",
                    "Scored on a hundred-point scale by the county's 阳光行动 leading group together"
                        + " with routine efficiency inspections, complaints and opinion polls (二(二)),"
                        + " at the time of the efficiency assessment (三).",
                    "Interpreted by 县机关效能投诉中心 (五).")
                .build())
        .max("100")
        .addGroups(
            UnitGroup.of("unit", "县直效能考评单位", "一"),
            UnitGroup.of("key-unit", "重点单位（县直效能考评单位中须在县城文化长廊公开的单位）", "二(一)3(7)"))
        .add(leadership(), selfCorrection(), disclosure(), materials(), adjustments())
        .addReadings(readings())
        .build();
  }

  private static Node.Builder aspect(String id, String title, String clause, String max) {
    return Node.of(id, title, clause).max(max).evaluator(EVALUATOR).addEvidence(EVIDENCE);
  }

  private static Node.Builder lapse(
      String id, String title, String clause, String points, String elementId, String element) {
    return Node.of(id, title, clause)
        .role(Role.DEDUCTION)
        .rule(Rule.deductPerMissing(points, new Element(elementId, element)));
  }

  private static Node.Builder perTime(String id, String title, String clause, String points) {
    return Node.of(id, title, clause).role(Role.DEDUCTION).rule(Rule.deductPerOccurrence(points));
  }

  /** 二(一)1 "领导重视情况15分，扣分情况以扣完本项分值为止". */
  private static Node.Builder leadership() {
    return aspect("s1", "领导重视情况", "二(一)1", "15")
        .add(
            lapse("s1.1", "没有召开干部职工大会进行动员部署", "二(一)1(1)", "3", "meeting", "召开干部职工大会进行动员部署")
                .addEvidence("会议记录"),
            lapse("s1.2", "没有制定工作方案或实施意见", "二(一)1(2)", "5", "plan", "制定工作方案或实施意见"),
            lapse(
                "s1.3", "没有成立领导小组、没有明确责任领导、专人负责", "二(一)1(3)", "5", "group", "成立领导小组，明确责任领导、专人负责"));
  }

  /** 二(一)2 "自查自纠及整改情况10分". */
  private static Node.Builder selfCorrection() {
    return aspect("s2", "自查自纠及整改情况", "二(一)2", "10")
        .add(
            lapse("s2.1", "没有认真梳理问题意见", "二(一)2(1)", "2", "sorted", "认真梳理问题意见"),
            lapse(
                "s2.2",
                "查摆的问题没有制定整改措施、没有落实专人负责",
                "二(一)2(2)",
                "3",
                "measures",
                "对查摆的问题制定整改措施，落实专人负责"),
            lapse("s2.3", "政务公开目录编制不全面、不真实", "二(一)2(3)", "5", "catalogue", "政务公开目录编制全面、真实"));
  }

  /** 二(一)3 "公开情况60分". */
  private static Node.Builder disclosure() {
    return aspect("s3", "公开情况", "二(一)3", "60")
        .add(
            Node.of("s3.1", "每季度首月7日前公开前一季度的内容", "二(一)3(1)")
                .role(Role.DEDUCTION)
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("10").forKind("对外公开").titled("少一次对外公开"),
                        Rate.deduct("10").forKind("对内公开").titled("少一次对内公开")))
                .note(
                    "one occurrence per quarter and channel not published by the 7th of the first month"),
            perTime("s3.2", "公开内容不规范、不全面、不真实", "二(一)3(2)", "5").addEvidence("督查情况"),
            lapse("s3.3", "对外公开栏不整洁、不美观", "二(一)3(3)", "10", "tidy", "对外公开栏整洁、美观"),
            lapse("s3.4", "公开栏不方便群众阅看", "二(一)3(4)", "5", "accessible", "公开栏方便群众阅看"),
            lapse(
                "s3.5",
                "对下属单位政务公开工作没有开展监督指导、检查考核",
                "二(一)3(5)",
                "5",
                "supervised",
                "对下属单位政务公开工作开展监督指导、检查考核"),
            perTime("s3.6", "下属单位被检查发现没有进行公开", "二(一)3(6)", "2"),
            lapse(
                    "s3.7",
                    "重点单位未按要求每季度在县城文化长廊公开一次",
                    "二(一)3(7)",
                    "5",
                    "corridor",
                    "按要求每季度在县城文化长廊公开一次")
                .addGroups("key-unit"));
  }

  /** 二(一)4 "材料报送及收集情况15分". */
  private static Node.Builder materials() {
    return aspect("s4", "材料报送及收集情况", "二(一)4", "15")
        .add(
            perTime("s4.1", "未按时上报有关材料", "二(一)4(1)", "5"),
            Node.of("s4.2", "档案资料不健全或没有", "二(一)4(2)")
                .role(Role.DEDUCTION)
                .max("10")
                .rule(
                    Rule.perOccurrence(
                        Rate.deduct("5").forKind("不健全").titled("档案资料不健全的扣5分"),
                        Rate.deduct("10").forKind("没有").titled("没有的扣10分")))
                .note("one occurrence, of the kind found; at most 10"));
  }

  /** 二(一)5 "加、减分项目", on top of the 100 and without limit. */
  private static Node.Builder adjustments() {
    return Node.of("s5", "加、减分项目", "二(一)5")
        .role(Role.ADJUSTMENT)
        .evaluator(EVALUATOR)
        .rule(
            Rule.perOccurrence(
                Rate.earn("5").forKind("典型推广").atLevel("县内").titled("政务公开工作县内做典型推广的每次加5分"),
                Rate.earn("10").forKind("典型推广").atLevel("市级").titled("被市级作典型推广的加10分"),
                Rate.earn("15").forKind("典型推广").atLevel("省级").titled("被省级作典型推广的加15分"),
                Rate.deduct("5").forKind("典型批评").atLevel("县内").titled("政务公开工作县内做典型批评的每次扣5分"),
                Rate.deduct("10").forKind("典型批评").atLevel("市级").titled("被市级作典型批评的扣10分"),
                Rate.deduct("15").forKind("典型批评").atLevel("省级").titled("被省级作典型批评的扣15分")));
  }

  private static Reading[] readings() {
    return new Reading[] {
      new Reading(
          "conversion-outside",
          "二(三)",
          "考评结果得分按比例折算后计入当效能建设工作考评政务公开项目得分",
          "The scheme's result is the unit's points here: the 100 of 二(一)1-4 plus the"
              + " adjustments of 二(一)5. The conversion belongs to the host scheme,"
              + " 《新干县2006机关效能建设工作考评方案》 item 4 '政务公开方面', which is not part of this text:"
              + " there it is an item with Rule.Conversion(100), result × the item's maximum / 100"
              + " (按比例), rounded as that scheme says and capped by the item, so a result above 100"
              + " is converted before the cap. '当效能建设' is read as 当年效能建设 (a character is"
              + " missing).",
          List.of()),
      new Reading(
          "no-document-number",
          "通知",
          "(干办字[2006]112号)",
          "This is the number of 《新干县开展政务“阳光行动”实施方案》, under which the scheme is"
              + " issued, not of the scheme itself; the scheme has no 文号 and is not found by this"
              + " number.",
          List.of()),
      new Reading(
          "title-from-notice",
          "标题",
          "县直机关政务工作考评办法(试行)",
          "The heading of this copy drops the county and the campaign; the scheme takes its title"
              + " from the notice, 《新干县县直机关政务“阳光行动”工作考评办法(试行)》.",
          List.of()),
      new Reading(
          "supervision-findings",
          "二(一)3(2)",
          "(以督查情况为准)",
          "Only what a 督查 (supervision inspection) found counts: each occurrence of s3.2 rests on"
              + " an inspection finding, which its provenance names; the node's evidence is"
              + " 督查情况. The scheme cannot verify provenance; the office recording the fact"
              + " vouches for it.",
          List.of("s3.2")),
      new Reading(
          "adjustments-uncapped",
          "二(一)5",
          "政务公开工作县内做典型推广的每次加5分;被市级作典型推广的加10分",
          "每次 governs all three levels (the clauses are parallel): every time a unit is held up"
              + " as a model earns 5, 10 or 15 by level, and every time it is criticised costs 5,"
              + " 10 or 15. The text sets no limit and places the item beside the 100 of 二(一)1-4"
              + " ('扣完本项分值为止' is said of those four only), so the adjustments are signed and"
              + " uncapped (ADJUSTMENT): the result may exceed 100, and could in principle fall"
              + " below 0.",
          List.of("s5")),
      new Reading(
          "leadership-thirteen-of-fifteen",
          "二(一)1",
          "领导重视情况15分,扣分情况以扣完本项分值为止",
          "The three deductions add up to 13 (3 + 5 + 5), not 15, so the floor is never reached:"
              + " a unit that fails all three keeps 2 points. The scheme invents no further"
              + " deduction.",
          List.of("s1")),
      new Reading(
          "one-deduction-per-condition",
          "二(一)2(2)",
          "查摆的问题没有制定整改措施、没有落实专人负责的扣3分",
          "A condition listed with '、' costs its amount once, whichever part of it fails: each"
              + " such condition of 二(一)1-3 is one checked element (s1.1-s1.3, s2.1-s2.3, s3.3-s3.5,"
              + " s3.7), met or missing, not a count of occurrences.",
          List.of("s1.3", "s2.2")),
      new Reading(
          "quarterly-per-channel",
          "二(一)3(1)",
          "每季度首月7日前公开前一季度的内容(含对外公开、对内公开),少一次扣10分",
          "One 次 is one quarter's publication in one channel: a quarter published neither"
              + " externally nor internally by the 7th of its first month costs 20, one channel"
              + " missing costs 10. A publication after the 7th counts as missing, since the"
              + " deadline is part of what is required.",
          List.of("s3.1")),
      new Reading(
          "subordinate-units",
          "二(一)3(5)",
          "对下属单位政务公开工作没有开展监督指导、检查考核的扣5分",
          "二(一)3(5) and (6) presuppose subordinate units. A unit without any has nothing to"
              + " supervise and no subordinate to be found unpublished, so it incurs neither"
              + " deduction: its check of s3.5 is recorded as met, with the reason in the"
              + " provenance.",
          List.of("s3.5", "s3.6")),
      new Reading(
          "key-units",
          "二(一)3(7)",
          "重点单位未按要求每季度在县城文化长廊公开一次的扣5分",
          "Only 重点单位 are charged, and the text does not list them: s3.7 applies to group"
              + " key-unit only, into which the office places its key units. It costs 5 once, not"
              + " per quarter (no '每次').",
          List.of("s3.7")),
      new Reading(
          "archives-levels",
          "二(一)4(2)",
          "档案资料不健全的扣5分,没有的扣10分",
          "Two levels of one condition: incomplete archives cost 5, none at all 10. One"
              + " occurrence of the kind found is recorded; the deduction node floors at -10, so"
              + " the condition never costs more than 10.",
          List.of("s4.2")),
      new Reading(
          "units-not-listed",
          "一",
          "所有县直效能考评单位(含洋峰垦殖场、黎山林场)",
          "The units are not listed (two are named as included), so the groups have no roster"
              + " and accept any unit id the office uses.",
          List.of())
    };
  }
}
