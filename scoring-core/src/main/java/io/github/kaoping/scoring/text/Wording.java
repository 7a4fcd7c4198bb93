package io.github.kaoping.scoring.text;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.Language;

/**
 * The fixed words that explanations, tables and workbooks add for people about how a unit's facts
 * were recorded and read, in one place for every renderer: Chinese or English as the {@link
 * Language} says. Titles and clauses are never here: they are the scheme's own.
 */
public final class Wording {

  /**
   * The note the engine keeps on a check that recording failures only took as met: data, the same
   * in every language; {@link #takenAsMet(Language)} is what people read.
   */
  public static final String TAKEN_AS_MET = "not recorded: taken as met (recording: failures only)";

  private Wording() {}

  /**
   * The note of a check taken as met, for people.
   *
   * @param language the language to write in
   * @return the note
   */
  public static String takenAsMet(Language language) {
    return language == Language.CHINESE ? "未记录，视为达标（只记录未达标事项）" : TAKEN_AS_MET;
  }

  /**
   * The recording policy, said once above or below a table of results whose units' facts recorded
   * failures only.
   *
   * @param language the language to write in
   * @param units how many units' facts recorded failures only
   * @param of how many units the results hold
   * @return the sentence, without a line break
   */
  public static String policy(Language language, int units, int of) {
    boolean all = units == of;
    if (language == Language.CHINESE) {
      return "记录方式："
          + (all ? "" : "其中" + units + "个单位")
          + "只记录未达标事项，未记录的评分标准、检查要素和前提条件视为达标，"
          + "按次计分的项目未记录即为零次（各单位视为达标的事项见 scoring explain）";
    }
    return "recording: "
        + (all ? "" : units + " of " + of + " units record ")
        + "failures only; criteria, checklist elements and prerequisites not recorded are taken"
        + " as met, items scored by occurrences with none recorded as having none (scoring explain"
        + " lists what was taken for each unit)";
  }

  /**
   * A fact named for people, as an explanation shows it beside the fact's note: {@link
   * Fact#label()} in English, its Chinese words otherwise. Ids and keys stay as the facts give
   * them.
   *
   * @param fact the fact
   * @param language the language to write in
   * @return the label
   */
  public static String label(Fact fact, Language language) {
    if (language != Language.CHINESE) {
      return fact.label();
    }
    if (fact instanceof Occurrence o) {
      return "记录 " + o.id();
    } else if (fact instanceof Check c) {
      return (c.key().isEmpty() ? "评分标准" : "要素 " + c.key() + " ") + (c.met() ? "达标" : "未达标");
    } else if (fact instanceof Measurement m) {
      return "实测 " + m.value().toPlainString() + m.unit().map(u -> " " + u).orElse("");
    } else if (fact instanceof Assessment a) {
      return "评定 " + a.points() + "分";
    } else if (fact instanceof AssessedLevel l) {
      return "评定等次 " + l.level();
    } else if (fact instanceof RaterScores r) {
      return r.scores().size() + "个评分";
    } else if (fact instanceof NotApplicable n) {
      return "不适用：" + n.reason();
    } else if (fact instanceof VetoEvent v) {
      return "否决事件 " + v.id();
    }
    return fact.label();
  }
}
