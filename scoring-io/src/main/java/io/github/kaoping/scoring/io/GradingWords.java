package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.standings.GradeApplication;
import io.github.kaoping.scoring.standings.GradeCheck;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradeStatus;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a grading decided, in words for the people who read the table and the CSV: Chinese where the
 * scheme is Chinese (授予、复查合格、失效), English otherwise; grades by their titles.
 */
final class GradingWords {

  private final boolean chinese;
  private final Map<String, Grade> grades = new HashMap<>();
  private final Map<String, String> prerequisites = new HashMap<>();
  private final Map<String, Integer> validYears = new HashMap<>();

  GradingWords(Scheme scheme) {
    this(scheme, Language.of(scheme.title()));
  }

  GradingWords(Scheme scheme, Language language) {
    this.chinese = language == Language.CHINESE;
    for (Outcome o : scheme.outcomes()) {
      if (o instanceof Grading g) {
        g.grades().forEach(x -> grades.putIfAbsent(x.id(), x));
        g.prerequisites().forEach(e -> prerequisites.putIfAbsent(e.id(), e.title()));
        validYears.put(g.id(), g.validYears());
      }
    }
  }

  /** The column headers of a grading table, the name column included if there is one. */
  List<String> headers(boolean names) {
    List<String> h =
        new ArrayList<>(
            chinese
                ? List.of("代码", "单位", "得分", "申请", "结论", "原等级", "现等级", "备注")
                : List.of("id", "unit", "score", "applied", "verdict", "before", "after", "notes"));
    if (!names) {
      h.remove(0); // the unit column holds the id
    }
    return h;
  }

  /** The heading's end: the day the grades are decided as of. */
  String asOf(GradingResult r) {
    return chinese ? "评定日期 " + r.date() : "as of " + r.date();
  }

  /** A grade's title, or its id if the scheme has no such grade. */
  String grade(String id) {
    Grade g = grades.get(id);
    return g == null ? id : g.title();
  }

  /** A grade held, or none. */
  String held(Optional<String> id) {
    return id.map(this::grade).orElse(chinese ? "无" : "none");
  }

  /** What was applied for, and when. */
  String application(Optional<GradeApplication> application) {
    if (application.isEmpty()) {
      return chinese ? "未申请" : "none";
    }
    GradeApplication a = application.get();
    String what =
        chinese
            ? (a.isReview() ? "复查" : "申报") + grade(a.gradeId())
            : (a.isReview() ? "review of " : "") + grade(a.gradeId());
    return what + " " + a.applied();
  }

  /** The verdict in a word. */
  String verdict(GradeDecision d) {
    return switch (d.verdict()) {
      case GRANTED -> chinese ? "授予" + grade(d.granted().orElseThrow()) : "granted";
      case NOT_GRANTED -> chinese ? "未授予" : "not granted";
      case RENEWED -> chinese ? "复查合格" : "renewed";
      case NOT_RENEWED -> chinese ? "复查未通过" : "not renewed";
      case NOT_APPLIED -> chinese ? "未申请" : "not applied";
    };
  }

  /**
   * The notes on a decision: why the grade applied for was not granted, how long a grade granted is
   * valid, and where the past grades stand that a clerk must act on.
   */
  String notes(GradingResult r, GradeDecision d) {
    List<String> notes = new ArrayList<>();
    Optional<GradeApplication> a = d.application();
    if (d.granted().isPresent()) {
      int years = validYears.getOrDefault(r.outcomeId(), 0);
      notes.add(
          chinese
              ? "证书有效期" + years + "年，自发证之日起计算"
              : "valid " + years + " years from its certificate's date");
    } else if (a.isPresent()) {
      for (GradeCheck.Unmet u : d.check(a.get().gradeId()).unmet()) {
        notes.add(chinese ? unmet(a.get(), d, u) : u.detail());
      }
    }
    for (GradeStatus s : d.history()) {
      boolean reviewed =
          a.isPresent() && a.get().isReview() && a.get().gradeId().equals(s.gradeId());
      if (!reviewed) {
        status(s, d.verdict() == GradeDecision.Verdict.NOT_APPLIED).ifPresent(notes::add);
      }
    }
    return String.join(chinese ? "；" : "; ", notes);
  }

  private Optional<String> status(GradeStatus s, boolean valid) {
    String g = grade(s.gradeId());
    String until = s.lapsesOn().map(LocalDate::toString).orElse("");
    return switch (s.state()) {
      case VALID ->
          valid
              ? Optional.of(
                  chinese
                      ? g + "有效期至" + s.validThrough()
                      : g + " valid through " + s.validThrough())
              : Optional.empty();
      case REVIEW_DUE ->
          Optional.of(
              chinese
                  ? g + "待复查：证书有效期至" + s.validThrough() + "，当年未申请复查的" + until + "起失效"
                  : g
                      + " review due: valid through "
                      + s.validThrough()
                      + ", lapses on "
                      + until
                      + " unless a review is applied for");
      case UNDER_REVIEW ->
          Optional.of(
              chinese
                  ? g + "复查中(证书有效期至" + s.validThrough() + ")"
                  : g + " under review (valid through " + s.validThrough() + ")");
      case LAPSED ->
          Optional.of(
              chinese
                  ? g + "已于" + until + "失效(到期未申请复查)"
                  : g + " lapsed on " + until + " (no review applied for)");
      case REVIEW_FAILED ->
          Optional.of(
              chinese ? g + "复查未通过，" + until + "起失效" : g + " failed its review, ended on " + until);
    };
  }

  private String unmet(GradeApplication a, GradeDecision d, GradeCheck.Unmet u) {
    String g = grade(a.gradeId());
    String subject = u.subject().map(this::grade).orElse(g);
    String date = u.date().map(LocalDate::toString).orElse("");
    return switch (u.reason()) {
      case DISQUALIFIED -> "一票否决";
      case PREREQUISITE ->
          "申报必备条件未具备：" + u.subject().map(id -> prerequisites.getOrDefault(id, id)).orElse("");
      case NO_SCORE -> "无得分";
      case SCORE -> score(g, d);
      case NOT_GRANTED_BY_REVIEW -> "评审未评定为" + g;
      case REQUIRED_GRADE_NOT_HELD -> "申报之日(" + date + ")未持有" + subject + "(逐级晋升)";
      case REQUIRED_GRADE_HELD_TOO_SHORT -> {
        Grade applied = grades.get(a.gradeId());
        int years = applied == null ? 0 : applied.heldYears();
        yield "取得"
            + subject
            + "证书("
            + date
            + ")不满"
            + years
            + "年即申报("
            + a.applied()
            + ")，"
            + u.date().map(x -> x.plusYears(years).toString()).orElse("")
            + "起方可申报"
            + g;
      }
      case ALREADY_HELD -> "已持有" + subject + "(证书" + date + ")，等级以复查续期，不重复授予";
      case NOT_HELD_FOR_REVIEW ->
          "申请复查时未持有" + g + (date.isEmpty() ? "" : "(已于" + date + "失效)") + "，应重新申报";
      case REVIEW_NOT_DUE -> "复查应在有效期满的当年提出(证书有效期至" + date + ")";
    };
  }

  private String score(String grade, GradeDecision d) {
    String score = d.score().map(Object::toString).orElse("");
    Optional<Interval> scores =
        d.application().map(GradeApplication::gradeId).map(grades::get).flatMap(Grade::scores);
    if (scores.isPresent()
        && scores.get().upper().isEmpty()
        && scores.get().lower().filter(Interval.Bound::inclusive).isPresent()) {
      return "得分"
          + score
          + "未达"
          + grade
          + "达标分数线"
          + scores.get().lower().get().value().toPlainString()
          + "分";
    }
    return "得分" + score + "不在" + grade + "的分数范围" + scores.map(Object::toString).orElse("");
  }
}
