package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.standings.GradeApplication;
import io.github.kaoping.scoring.standings.GradeCheck;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradeRecord;
import io.github.kaoping.scoring.standings.GradeReview;
import io.github.kaoping.scoring.standings.GradeStatus;
import io.github.kaoping.scoring.standings.GradingCase;
import io.github.kaoping.scoring.standings.GradingResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a unit's grading in a facts file (its application, prerequisites, review decisions and past
 * grades), and maps what a grading decided to and from the JSON results format: the grading, its
 * date, and for each unit its application, verdict, grades held before and after, every grade's
 * unmet conditions and where each past grade stands.
 */
final class GradingCodec {

  private final Problems problems;

  GradingCodec(Problems problems) {
    this.problems = problems;
  }

  // ================================================================== writing

  static JsonNode write(GradingResult r) {
    ObjectNode n = Tree.object();
    n.put("id", r.outcomeId());
    n.put("title", r.title());
    Tree.put(n, "clause", r.clause());
    n.put("date", r.date().toString());
    Tree.putList(n, "decisions", r.decisions(), GradingCodec::decision);
    return n;
  }

  private static JsonNode decision(GradeDecision d) {
    ObjectNode n = Tree.object();
    n.put("unit", d.unitId());
    n.put("group", d.group());
    Tree.putPoints(n, "score", d.score());
    d.application().ifPresent(a -> n.set("applied", application(a)));
    n.put("verdict", Names.of(d.verdict()));
    Tree.put(n, "heldBefore", d.heldBefore());
    Tree.put(n, "granted", d.granted());
    Tree.put(n, "heldAfter", d.heldAfter());
    Tree.putList(
        n,
        "checks",
        d.checks(),
        c -> {
          ObjectNode x = Tree.object();
          x.put("grade", c.gradeId());
          Tree.putList(x, "unmet", c.unmet(), GradingCodec::unmet);
          return x;
        });
    Tree.putList(n, "history", d.history(), GradingCodec::status);
    return n;
  }

  /** {@code {grade: id, on: date}} or {@code {review: id, on: date}}, as in facts files. */
  static JsonNode application(GradeApplication a) {
    ObjectNode n = Tree.object();
    n.put(a.isReview() ? "review" : "grade", a.gradeId());
    n.put("on", a.applied().toString());
    return n;
  }

  private static JsonNode unmet(GradeCheck.Unmet u) {
    ObjectNode n = Tree.object();
    n.put("reason", Names.of(u.reason()));
    Tree.put(n, "subject", u.subject());
    Tree.put(n, "date", u.date().map(LocalDate::toString));
    n.put("detail", u.detail());
    return n;
  }

  private static JsonNode status(GradeStatus s) {
    ObjectNode n = Tree.object();
    n.put("grade", s.gradeId());
    n.put("certified", s.certified().toString());
    Tree.put(n, "renewed", s.renewed().map(LocalDate::toString));
    n.put("validThrough", s.validThrough().toString());
    n.put("state", Names.of(s.state()));
    Tree.put(n, "lapsesOn", s.lapsesOn().map(LocalDate::toString));
    return n;
  }

  // ================================================================== facts files

  /**
   * Reads a unit's grading in a facts file: {@code {outcome?, applied?, prerequisites?,
   * grantedByReview?, history?}}.
   */
  FactsCodec.@Nullable GradingFacts facts(Doc d, String path, String unit, String group) {
    Fields f = Fields.of(d, path, problems, "a unit's grading");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    Optional<String> outcome = f.optText("outcome");
    Doc appliedDoc = f.get("applied");
    GradeApplication applied =
        appliedDoc == null ? null : application(appliedDoc, f.pathOf("applied"));
    Map<String, Boolean> prerequisites = new LinkedHashMap<>();
    Doc pre = f.get("prerequisites");
    if (pre instanceof Doc.Mapping m) {
      for (int i = 0; i < m.size(); i++) {
        Boolean holds =
            Fields.bool(m.entry(i).value(), f.pathOf("prerequisites") + "." + m.key(i), problems);
        if (holds != null) {
          prerequisites.put(m.key(i), holds);
        }
      }
    } else if (pre != null) {
      Fields.expected(
          pre,
          f.pathOf("prerequisites"),
          problems,
          "a mapping of prerequisite ids to true or false");
    }
    List<String> granted = f.texts("grantedByReview");
    List<GradeRecord> history = f.list("history", this::gradeRecord);
    f.finish();
    if (problems.size() > before) {
      return null;
    }
    GradingCase c = GradingCase.of(unit, group);
    if (applied != null) {
      c = c.withApplication(applied);
    }
    for (Map.Entry<String, Boolean> e : prerequisites.entrySet()) {
      c = c.withPrerequisite(e.getKey(), e.getValue());
    }
    for (String g : granted) {
      c = c.withGrantedByReview(g);
    }
    for (GradeRecord r : history) {
      c = c.withHistory(r);
    }
    return new FactsCodec.GradingFacts(outcome, c, f.loc());
  }

  /** {@code {grade: id, certified: date, reviews: [...]}}. */
  private @Nullable GradeRecord gradeRecord(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a grade obtained before");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String grade = f.text("grade");
    LocalDate certified = f.date("certified");
    List<GradeReview> reviews = f.list("reviews", this::review);
    f.finish();
    return grade == null || certified == null || problems.size() > before
        ? null
        : new GradeRecord(grade, certified, reviews);
  }

  /** {@code {applied: date}} while pending, with {@code passed: date} or {@code failed: date}. */
  private @Nullable GradeReview review(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a review");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    LocalDate applied = f.date("applied");
    Optional<LocalDate> passed = f.optDate("passed");
    Optional<LocalDate> failed = f.optDate("failed");
    f.finish();
    if (passed.isPresent() && failed.isPresent()) {
      f.problem("a review either 'passed' or 'failed'; give one of them, or neither while pending");
      return null;
    }
    if (applied == null || problems.size() > before) {
      return null;
    }
    return passed.isPresent()
        ? GradeReview.passed(applied, passed.get())
        : failed.isPresent()
            ? GradeReview.failed(applied, failed.get())
            : GradeReview.pending(applied);
  }

  /**
   * {@code {grade: id, on: date}} (申报) or {@code {review: id, on: date}} (复查), in facts and results
   * alike.
   */
  private @Nullable GradeApplication application(Doc d, String path) {
    Fields f =
        Fields.of(
            d, path, problems, "an application: {grade: id, on: date} or {review: id, on: date}");
    if (f == null) {
      return null;
    }
    Optional<String> grade = f.optText("grade");
    Optional<String> review = f.optText("review");
    LocalDate on = f.date("on");
    f.finish();
    if (grade.isPresent() == review.isPresent()) {
      f.problem(
          "give either 'grade' (the grade applied for, 申报) or 'review' (the grade whose review"
              + " was applied for, 复查)");
      return null;
    }
    if (on == null) {
      return null;
    }
    return grade.isPresent()
        ? GradeApplication.forGrade(grade.get(), on)
        : GradeApplication.forReview(review.orElseThrow(), on);
  }

  // ================================================================== results files

  @Nullable GradingResult grading(Doc d, String at) {
    Fields.Named named = Fields.named(d, at, at, problems, "a grading's result", "id", "grading");
    if (named == null) {
      return null;
    }
    Fields f = named.fields();
    String id = named.name();
    int before = problems.size();
    String title = f.text("title");
    Optional<String> clause = f.optText("clause");
    LocalDate date = f.date("date");
    List<GradeDecision> decisions = f.list("decisions", this::decision);
    f.finish();
    return id == null || title == null || date == null || problems.size() > before
        ? null
        : SchemeCodec.build(
            f, problems, () -> new GradingResult(id, title, clause, date, decisions));
  }

  private @Nullable GradeDecision decision(Doc d, String at) {
    Fields.Named named =
        Fields.named(d, at, at, problems, "a unit's grade decision", "unit", "unit");
    if (named == null) {
      return null;
    }
    Fields f = named.fields();
    String unit = named.name();
    int before = problems.size();
    String group = f.text("group");
    Optional<Points> score = f.optPoints("score");
    Doc appliedDoc = f.get("applied");
    GradeApplication applied =
        appliedDoc == null ? null : application(appliedDoc, f.pathOf("applied"));
    GradeDecision.Verdict verdict = f.enumeration("verdict", GradeDecision.Verdict.values());
    Optional<String> heldBefore = f.optText("heldBefore");
    Optional<String> granted = f.optText("granted");
    Optional<String> heldAfter = f.optText("heldAfter");
    List<GradeCheck> checks = f.list("checks", this::check);
    List<GradeStatus> history = f.list("history", this::status);
    f.finish();
    if (unit == null || group == null || verdict == null || problems.size() > before) {
      return null;
    }
    GradeDecision decision =
        SchemeCodec.build(
            f,
            problems,
            () ->
                new GradeDecision(
                    unit,
                    group,
                    Optional.ofNullable(applied),
                    score,
                    heldBefore,
                    granted,
                    heldAfter,
                    checks,
                    history));
    if (decision != null && decision.verdict() != verdict) {
      f.problem(
          "'verdict' must agree with 'applied' and 'granted' ("
              + Names.of(decision.verdict())
              + ")");
      return null;
    }
    return decision;
  }

  private @Nullable GradeCheck check(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a grade's check");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String grade = f.text("grade");
    List<GradeCheck.Unmet> unmet = f.list("unmet", this::unmet);
    f.finish();
    return grade == null || problems.size() > before ? null : new GradeCheck(grade, unmet);
  }

  private GradeCheck.@Nullable Unmet unmet(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "a condition missed");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    GradeCheck.Reason reason = f.enumeration("reason", GradeCheck.Reason.values());
    Optional<String> subject = f.optText("subject");
    Optional<LocalDate> date = f.optDate("date");
    String detail = f.text("detail");
    f.finish();
    return reason == null || detail == null || problems.size() > before
        ? null
        : new GradeCheck.Unmet(reason, subject, date, detail);
  }

  private @Nullable GradeStatus status(Doc d, String path) {
    Fields f = Fields.of(d, path, problems, "where a past grade stands");
    if (f == null) {
      return null;
    }
    int before = problems.size();
    String grade = f.text("grade");
    LocalDate certified = f.date("certified");
    Optional<LocalDate> renewed = f.optDate("renewed");
    LocalDate validThrough = f.date("validThrough");
    GradeStatus.State state = f.enumeration("state", GradeStatus.State.values());
    Optional<LocalDate> lapsesOn = f.optDate("lapsesOn");
    f.finish();
    return grade == null
            || certified == null
            || validThrough == null
            || state == null
            || problems.size() > before
        ? null
        : new GradeStatus(grade, certified, renewed, validThrough, state, lapsesOn);
  }
}
