package io.github.kaoping.scoring;

import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.text.Wording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words of every explanation line, in one language: the one place where {@link Scorer} turns
 * what produced a line (its kind, amounts, facts and the scheme's titles) into {@link Line#text()}.
 * Chinese in the words an evaluation office writes (扣5分、加分项、要素“…”已达到), English otherwise. Nodes,
 * vetoes, gates and levels are named by their titles, never by ids unless they have no title; facts
 * by {@link Wording#label}. Amounts come already written ({@link Points#toString()}), so the words
 * never change a number.
 */
final class LineWords {

  private final Language language;
  private final boolean zh;

  private LineWords(Language language) {
    this.language = language;
    this.zh = language == Language.CHINESE;
  }

  private static final LineWords CHINESE = new LineWords(Language.CHINESE);
  private static final LineWords ENGLISH = new LineWords(Language.ENGLISH);

  /** The words of a language. */
  static LineWords of(Language language) {
    return language == Language.CHINESE ? CHINESE : ENGLISH;
  }

  Language language() {
    return language;
  }

  /** A node (or veto, gate, level) by its title; by its id where the title is empty. */
  static String named(String id, String title) {
    return title.isBlank() ? id : title;
  }

  private String quoted(String s) {
    return zh ? "“" + s + "”" : "'" + s + "'";
  }

  private String label(Fact f) {
    return Wording.label(f, language);
  }

  // ------------------------------------------------------------------ the node's own lines

  /** A deducting node starts from its full marks. */
  String start(Points maximum) {
    return zh ? "从满分" + maximum + "分起扣" : "starts from full marks " + maximum;
  }

  /** A child's points, by its title and role. */
  String child(String id, String title, Role role) {
    String name = named(id, title);
    if (role == Role.SCORED) {
      return name;
    }
    if (zh) {
      return name
          + switch (role) {
            case BONUS -> "（加分项）";
            case DEDUCTION -> "（扣分项）";
            case ADJUSTMENT -> "（加减分项）";
            case SCORED -> "";
          };
    }
    return name + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  /** The root's points in the total. */
  String rootPoints(String id, String title) {
    return zh ? named(id, title) + "各项得分" : "points of " + named(id, title);
  }

  /** A node outside the unit's duties. */
  String notApplicable(String reason, boolean fullMarks) {
    if (zh) {
      return "不属于本单位职责（" + reason + "）：" + (fullMarks ? "按满分计" : "不计分，总分按比例折算");
    }
    return "outside the unit's duties ("
        + reason
        + "): "
        + (fullMarks ? "counts at full marks" : "left out; the total is rescaled");
  }

  /** A veto's point penalty: the veto by title, and what set it off. */
  String penalty(String id, String title, String reason) {
    return zh
        ? "否决扣分：" + named(id, title) + "（" + reason + "）"
        : "veto " + named(id, title) + ": " + reason;
  }

  /** The total rescaled for items outside the unit's duties. */
  String rescale(String applicable, String max, String raw, String scaled, String rounded) {
    String formula = raw + " × " + max + "/" + applicable + " = " + scaled + rounded;
    return zh
        ? "剔除不适用项目后按比例折算：适用项目满分" + applicable + "分折合满分" + max + "分，" + formula
        : "scored part rescaled from the applicable maximum "
            + applicable
            + " to "
            + max
            + ": "
            + formula;
  }

  /** Raised to the floor; what is below it carried to the total, if it is. */
  String floor(Points floor, Optional<String> carried, String kept) {
    if (zh) {
      return "最低" + floor + "分" + carried.map(c -> "，低于最低分的" + c + "分从总分中扣除").orElse("") + kept;
    }
    return "floor "
        + floor
        + carried.map(c -> ": the " + c + " below it is taken from the total").orElse("")
        + kept;
  }

  /** Cut to the ceiling. */
  String ceiling(Points ceiling, String kept) {
    return zh ? "最高" + ceiling + "分，超出部分不计" + kept : "capped at " + ceiling + kept;
  }

  /** Bonus points from below that a floor or ceiling left on top; empty if none. */
  String kept(String carried) {
    return zh
        ? "（下级加分" + carried + "分另计，不受此限）"
        : " (the " + carried + " of bonus from below stays on top)";
  }

  /** Points lost below a node's floor, taken from the total. */
  String carry(String id, String title, String lost, Points floor) {
    if (zh) {
      return named(id, title) + "低于最低分" + floor + "分，低出的" + lost + "分从总分中扣除";
    }
    return "carried from "
        + named(id, title)
        + ", which lost "
        + lost
        + " below its floor "
        + floor;
  }

  /** Zeroed: a prerequisite is not met. */
  String prerequisiteNotMet(String title) {
    return zh ? "前提条件" + quoted(title) + "未达到，本项记0分" : "zeroed, prerequisite not met: " + title;
  }

  /** Zeroed: the node's occurrences are in a gate's count. */
  String occurrenceLimit(int count, Optional<String> kind, Interval limit, String title) {
    if (zh) {
      return title
          + "：记录"
          + count
          + "次"
          + ofKind(kind)
          + "，属于"
          + quoted(range(limit, "次"))
          + "，本项记0分";
    }
    return "zeroed, "
        + occurrences(count)
        + kind.map(k -> " of kind '" + k + "'").orElse("")
        + " in "
        + limit
        + ": "
        + title;
  }

  // ------------------------------------------------------------------ vetoes set off

  /** A veto set off by a node's points. */
  String nodeScored(String id, String title, String points, Interval range) {
    if (zh) {
      return named(id, title) + "得" + points + "分，属于" + quoted(range(range, "分"));
    }
    return named(id, title) + " scored " + points + ", in " + range;
  }

  /** A veto set off by a count of occurrences. */
  String occurrenceCount(
      String id, String title, int count, Optional<String> kind, Interval range) {
    if (zh) {
      return named(id, title)
          + "记录"
          + count
          + "次"
          + ofKind(kind)
          + "，属于"
          + quoted(range(range, "次"));
    }
    return occurrences(count)
        + kind.map(k -> " of kind '" + k + "'").orElse("")
        + " on "
        + named(id, title)
        + ", in "
        + range;
  }

  /** A veto set off by events reported. */
  String reported(List<String> eventIds) {
    if (zh) {
      return "报告否决事件" + eventIds.size() + "件：" + String.join("、", eventIds);
    }
    return eventIds.size() + (eventIds.size() == 1 ? " event " : " events ") + eventIds;
  }

  private static String occurrences(int count) {
    return count + (count == 1 ? " occurrence" : " occurrences");
  }

  private String ofKind(Optional<String> kind) {
    return kind.map(k -> "（" + k + "类）").orElse("");
  }

  // ------------------------------------------------------------------ occurrences

  /** An occurrence's kind and level as the facts give them; empty if neither. */
  String kindOf(Occurrence o) {
    if (o.kind().isEmpty() && o.level().isEmpty()) {
      return "";
    }
    String both = o.kind().isPresent() && o.level().isPresent() ? (zh ? "、" : ", ") : "";
    String inner = o.kind().orElse("") + both + o.level().orElse("");
    return zh ? "〔" + inner + "〕" : " [" + inner + "]";
  }

  /** An occurrence no rate values: only a gate or veto counts it. */
  String unrated(Occurrence o) {
    return zh
        ? label(o) + kindOf(o) + "：仅供前提条件或一票否决计数，本身不计分"
        : label(o) + kindOf(o) + ": counted by a gate or veto, worth no points itself";
  }

  /**
   * An occurrence valued by its rate.
   *
   * @param chosen the points the evaluator chose within a range, if any
   * @param rate the rate's text, if the scheme quotes one; the kind is said only without it
   * @param parameter the office's parameter that set the amount, by title, and its value
   * @param share the share of joint work, or empty
   */
  String rated(
      Occurrence o,
      Optional<Points> chosen,
      Optional<String> rate,
      Optional<String> parameter,
      String share) {
    StringBuilder s = new StringBuilder(label(o));
    if (zh) {
      s.append(rate.isPresent() ? "" : kindOf(o));
      if (o.count() > 1) {
        s.append(" 共").append(o.count()).append("次");
      }
      chosen.ifPresent(p -> s.append("，选定").append(p).append("分"));
      rate.ifPresent(t -> s.append("（").append(t).append("）"));
      parameter.ifPresent(p -> s.append("〔").append(p).append("〕"));
    } else {
      s.append(kindOf(o));
      if (o.count() > 1) {
        s.append(" ×").append(o.count());
      }
      chosen.ifPresent(p -> s.append(", chosen ").append(p));
      rate.ifPresent(t -> s.append(" (").append(t).append(')'));
      parameter.ifPresent(p -> s.append(" [").append(p).append(", set by the office]"));
    }
    return s.append(share).toString();
  }

  /** A parameter that sets an amount, by its title, with its value. */
  String parameterSet(String title, Points value) {
    return zh ? "考评办设定的参数" + quoted(title) + "为" + value + "分" : title + " = " + value;
  }

  /** A self-reported occurrence waived. */
  String exempt(Occurrence o, Points wouldBe) {
    if (zh) {
      return label(o) + kindOf(o) + "：主动报告，免于扣分（本应" + signed(wouldBe) + "）";
    }
    return label(o) + kindOf(o) + ": self-reported, exempt (would be " + wouldBe + ")";
  }

  /** 扣5分、加5分、0分. */
  private String signed(Points p) {
    return p.isNegative() ? "扣" + p.abs() + "分" : p.isZero() ? "0分" : "加" + p + "分";
  }

  /**
   * An occurrence of a matter another counts for.
   *
   * @param kept the one that counts, if known
   * @param keptTitle the title of the node it was recorded on
   * @param theirs what the kept one yields, signed
   * @param own what this one would yield, signed
   */
  String merged(
      Occurrence o, @Nullable Occurrence kept, String keptTitle, Points theirs, Points own) {
    String matter = o.matter().orElse("");
    if (kept == null) {
      return zh
          ? label(o) + "：与另一记录属同一事项" + quoted(matter) + "，只计另一记录"
          : label(o) + ": same matter '" + matter + "' as another, which counts instead";
    }
    boolean same = theirs.abs().equals(own.abs());
    if (zh) {
      return label(o)
          + "：与"
          + label(kept)
          + "（"
          + keptTitle
          + "）属同一事项"
          + quoted(matter)
          + "，只计一次，以后者为准：后者"
          + signed(theirs)
          + (same ? "，与本条相同，按编号在前者计" : "，本条" + signed(own));
    }
    return label(o)
        + ": same matter '"
        + matter
        + "' as "
        + kept.label()
        + " ("
        + keptTitle
        + "), which counts instead: it "
        + (theirs.isNegative() ? "deducts " : "earns ")
        + theirs.abs()
        + (same ? ", as much as this one, and comes first by id" : ", this one " + own.abs());
  }

  /**
   * Says what share of the points joint work counts at: "; joint work as lead unit (主办单位), counted
   * at 80% of 5 = 4".
   *
   * @param lead the unit's part, or null for a pool of either part
   * @param stated whether the share is the occurrence's own
   */
  String share(
      @Nullable Boolean lead, boolean stated, BigDecimal share, Points whole, Points counted) {
    String percent = share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    if (zh) {
      String role = lead == null ? "" : lead ? "，本单位为主办单位" : "，本单位为联办单位";
      return "；联合完成"
          + role
          + (stated ? "，按所报比例" : "")
          + "，按"
          + percent
          + "计："
          + whole
          + " × "
          + percent
          + " = "
          + counted;
    }
    String role = lead == null ? "" : lead ? " as lead unit (主办单位)" : " as partner unit (联办单位)";
    return "; joint work"
        + role
        + (stated ? " at its stated share" : "")
        + ", counted at "
        + percent
        + " of "
        + whole
        + " = "
        + counted;
  }

  // ------------------------------------------------------------------ amounts

  /** An occurrence's amount valued alone. */
  String amount(Occurrence o, String amount, String steps, String share) {
    return label(o) + (zh ? "：" : ": ") + amount + (zh ? "，" : ", ") + steps + share;
  }

  /**
   * Amounts pooled: {@code ids} and amounts added, with the part of each joint one.
   *
   * @param parts each occurrence as {@code id amount}, with its part of joint work
   */
  String pool(List<String> parts, String total, String steps, String share) {
    return (zh ? "金额合计：" : "amounts added together, ")
        + String.join(" + ", parts)
        + " = "
        + total
        + (zh ? "，" : ", ")
        + steps
        + share;
  }

  /** The part of joint work an occurrence of a pool is. */
  String jointPart(boolean lead) {
    String part = lead ? "主办" : "联办";
    return zh ? "（" + part + "）" : " (" + part + ")";
  }

  /**
   * How an amount meets an amount rule's base and steps, and what it earns.
   *
   * @param steps the whole steps above the base, or -1 below it
   * @param base the base with its unit, or empty without one
   */
  String steps(
      long steps, String base, Points basePoints, String step, Points perStep, String earned) {
    String how;
    if (zh) {
      if (steps < 0) {
        how = "不足基数" + base;
      } else if (steps == 0) {
        how = base.isEmpty() ? "不足一档（每档" + step + "）" : "达到基数" + base;
      } else {
        how =
            (base.isEmpty() ? "" : "达到基数" + base + "得" + basePoints + "分，另")
                + "满"
                + step
                + "共"
                + steps
                + "档 × 每档"
                + perStep
                + "分";
      }
      return how + "，计" + earned + "分";
    }
    if (steps < 0) {
      how = "below the base " + base;
    } else if (steps == 0) {
      how = base.isEmpty() ? "no whole step of " + step : "base " + base;
    } else {
      how =
          (base.isEmpty() ? "" : "base " + base + " → " + basePoints + ", + ")
              + steps
              + (steps == 1 ? " whole step of " : " whole steps of ")
              + step
              + " × "
              + perStep;
    }
    return how + ": " + earned;
  }

  // ------------------------------------------------------------------ checks and values

  /** A checklist element met or missing, by its title where the scheme gives one. */
  String element(String key, Optional<String> title, boolean met) {
    if (zh) {
      return "要素" + quoted(title.orElse(key)) + (met ? "已达到" : "未达到");
    }
    return "element " + quoted(named(key, title.orElse(""))) + (met ? " met" : " missing");
  }

  /** A criterion met or not. */
  String criterion(boolean met) {
    if (zh) {
      return met ? "达到评分标准" : "未达到评分标准";
    }
    return met ? "criterion met" : "criterion not met";
  }

  /** The level assessed. */
  String level(String key, String title) {
    return zh ? "评定等次" + quoted(named(key, title)) : "level " + named(key, title);
  }

  /** Points assessed, or deducted at the evaluator's discretion. */
  String assessed(boolean award, Points points) {
    if (zh) {
      return award ? "评定得" + points + "分" : "酌情扣" + points + "分";
    }
    return (award ? "assessed " : "deducted at the evaluator's discretion ") + points;
  }

  /** A mean of the raters' scores. */
  String panel(int count, boolean trimmed, String sum, String scale) {
    if (zh) {
      return count + "个评分" + (trimmed ? "（去掉一个最高分和一个最低分）" : "") + "合计" + sum + "，评分满分" + scale;
    }
    return "mean of "
        + count
        + " scores"
        + (trimmed ? " without the highest and lowest" : "")
        + " (sum "
        + sum
        + ") on "
        + scale;
  }

  /** A measurement in a tier. */
  String tier(String value, String unit, Interval tier) {
    return zh
        ? "实测" + value + unit + "，在" + quoted(range(tier, unit)) + "档"
        : "measured " + value + spaced(unit) + " in tier " + tier;
  }

  /** A measurement against its target. */
  String proportional(String value, String unit, String target) {
    return zh
        ? "实测" + value + unit + "，目标" + target + unit
        : "measured " + value + spaced(unit) + " of the target " + target;
  }

  /** A measurement converted from another maximum. */
  String conversion(String value, String unit, String sourceMaximum) {
    return zh
        ? "原始得分" + value + unit + "（满分" + sourceMaximum + unit + "）折算"
        : "converted from " + value + spaced(unit) + " of " + sourceMaximum;
  }

  /** {@code what: max × part/whole = result}, and how it was rounded. */
  String proportion(
      String what, String max, String part, String whole, String result, String rounded) {
    return what + (zh ? "：" : ": ") + max + " × " + part + "/" + whole + " = " + result + rounded;
  }

  /** How a quotient was rounded; empty if it was exact. */
  String rounded(boolean exact, Rounding r) {
    if (exact) {
      return "";
    }
    if (zh) {
      String how =
          switch (r.mode()) {
            case HALF_UP -> "四舍五入";
            case HALF_EVEN -> "四舍六入五成双";
            case HALF_DOWN -> "五舍六入";
            case DOWN -> "舍去尾数";
            case UP -> "尾数进一";
            case FLOOR -> "向下取值";
            case CEILING -> "向上取值";
            case UNNECESSARY -> "";
          };
      return "（" + how + "保留" + r.scale() + "位小数）";
    }
    return " (rounded " + r.mode() + " to " + r.scale() + " places)";
  }

  /** A shortfall below a target in steps. */
  String shortfall(
      String value,
      String unit,
      String target,
      String shortfall,
      String steps,
      boolean partialCounts,
      String step,
      Points perStep) {
    if (zh && new BigDecimal(shortfall).signum() == 0) {
      return "实测" + value + unit + "，达到目标" + target + unit + "，不扣分";
    }
    if (zh) {
      return "实测"
          + value
          + unit
          + "，比目标"
          + target
          + unit
          + "少"
          + shortfall
          + unit
          + "，每"
          + step
          + unit
          + "为一档"
          + (partialCounts ? "（不足一档按一档计）" : "")
          + "共"
          + steps
          + "档 × 每档"
          + perStep
          + "分";
    }
    return "measured "
        + value
        + spaced(unit)
        + ", short of "
        + target
        + " by "
        + shortfall
        + ": "
        + steps
        + (partialCounts ? " started" : " whole")
        + " steps of "
        + step
        + " × "
        + perStep;
  }

  /** An amount with its unit. */
  String withUnit(String value, String unit) {
    return zh ? value + unit : value + spaced(unit);
  }

  private static String spaced(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  // ------------------------------------------------------------------ recording failures only

  /**
   * What recording failures only took for what a unit's facts left out, by the items' titles and
   * clauses: {@code 只记录未达标事项：未记录视为达标 制度建设〔四(一)1〕（要素“年初制订工作规划”）、档案管理〔四(八)4〕；未记录视为零次 电子政务内网〔四(七)3〕}.
   * An item's checklist elements and prerequisites follow it in brackets, its own criterion only
   * beside them; the order is the list's (the scheme's).
   *
   * @param unrecorded what was taken, as {@link ScoreCard#unrecorded()} lists it
   * @param plan the scheme the list is of, for titles and clauses
   * @return the line, without a line break
   */
  String taken(List<Unrecorded> unrecorded, Plan plan) {
    List<String> met = new ArrayList<>();
    List<String> zero = new ArrayList<>();
    for (int i = 0; i < unrecorded.size(); ) {
      Unrecorded first = unrecorded.get(i);
      // the keys of one node taken the same way come together, in the scheme's order
      int end = i + 1;
      while (end < unrecorded.size()
          && unrecorded.get(end).nodeId().equals(first.nodeId())
          && unrecorded.get(end).taken() == first.taken()) {
        end++;
      }
      (first.taken() == Unrecorded.Taken.MET ? met : zero)
          .add(takenItem(unrecorded.subList(i, end), plan));
      i = end;
    }
    String none = zh ? "无" : "nothing";
    String and = zh ? "、" : ", ";
    String metText = met.isEmpty() ? none : String.join(and, met);
    String zeroText = zero.isEmpty() ? none : String.join(and, zero);
    return zh
        ? "只记录未达标事项：未记录视为达标 " + metText + "；未记录视为零次 " + zeroText
        : "recording failures only: taken as met " + metText + "; taken as zero " + zeroText;
  }

  /** One node's part of {@link #taken}: its title and clause, then its keys taken, if any. */
  private String takenItem(List<Unrecorded> keys, Plan plan) {
    String id = keys.get(0).nodeId();
    Integer index = plan.nodeIndex.get(id);
    Node node = index == null ? null : plan.nodes[index].node;
    StringBuilder s = new StringBuilder(node == null ? id : named(id, node.title()));
    if (node != null) {
      node.clause().ifPresent(c -> s.append(zh ? "〔" + c + "〕" : " [" + c + "]"));
    }
    boolean ownOnly = keys.size() == 1 && keys.get(0).key().isEmpty();
    if (ownOnly) {
      return s.toString();
    }
    List<String> parts = new ArrayList<>();
    for (Unrecorded u : keys) {
      parts.add(u.key().isEmpty() ? (zh ? "评分标准" : "criterion") : checked(node, u.key()));
    }
    return zh
        ? s.append("（").append(String.join("、", parts)).append("）").toString()
        : s.append(" (").append(String.join(", ", parts)).append(")").toString();
  }

  /**
   * A fact named for people, as an explanation heads the fact's note: a check of a checklist
   * element or prerequisite by its title ({@code 要素“年终有工作总结”未达标}), any other fact by {@link
   * Wording#label}.
   */
  String label(Fact fact, Plan plan) {
    if (fact instanceof Check c && !c.key().isEmpty()) {
      Integer index = plan.nodeIndex.get(c.nodeId());
      String what = checked(index == null ? null : plan.nodes[index].node, c.key());
      return zh ? what + (c.met() ? "达标" : "未达标") : what + (c.met() ? " met" : " not met");
    }
    return label(fact);
  }

  /** A checklist element or prerequisite of a node by its title: 要素“…”, 前提条件“…”. */
  private String checked(@Nullable Node node, String key) {
    if (node != null) {
      for (Gate g : node.gates()) {
        if (g instanceof Gate.Prerequisite p && p.id().equals(key)) {
          return (zh ? "前提条件" : "prerequisite ") + quoted(named(key, p.title()));
        }
      }
      if (node.rule().orElse(null) instanceof Rule.Checklist list) {
        for (Rule.Element e : list.elements()) {
          if (e.id().equals(key)) {
            return (zh ? "要素" : "element ") + quoted(named(key, e.title()));
          }
        }
      }
    }
    return (zh ? "要素" : "element ") + quoted(key);
  }

  // ------------------------------------------------------------------ intervals

  /**
   * An interval as an office writes it: {@code 3次以上} (以上 and 以下 include the number), {@code 超过80}
   * and {@code 不足90} exclude it; mathematical notation in English.
   */
  String range(Interval i, String unit) {
    if (!zh) {
      return i.toString();
    }
    Optional<Interval.Bound> lo = i.lower();
    Optional<Interval.Bound> hi = i.upper();
    if (lo.isEmpty() && hi.isEmpty()) {
      return "任意" + unit;
    }
    if (lo.isPresent() && hi.isPresent() && lo.get().value().compareTo(hi.get().value()) == 0) {
      return plain(lo.get().value()) + unit;
    }
    String low =
        lo.map(b -> b.inclusive() ? plain(b.value()) + unit + "以上" : "超过" + plain(b.value()) + unit)
            .orElse("");
    String high =
        hi.map(b -> b.inclusive() ? plain(b.value()) + unit + "以下" : "不足" + plain(b.value()) + unit)
            .orElse("");
    if (lo.isPresent() && hi.isPresent() && lo.get().inclusive() && hi.get().inclusive()) {
      return plain(lo.get().value()) + "至" + plain(hi.get().value()) + unit;
    }
    return low.isEmpty() ? high : high.isEmpty() ? low : low + "、" + high;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
