package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides grades with prerequisites and a life cycle (hubei 鄂档规[2011]1号): the application decides
 * what is assessed (第三、十条), a certificate is valid for the grading's years from its date (第十条五(三)),
 * and a grade whose certificate runs out lapses only if no review was applied for in that year
 * (第十一条).
 */
final class Grader {

  private final Grading grading;
  private final LocalDate date;
  private final Set<String> groups = new HashSet<>();
  private final Map<String, Integer> gradeIndex = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private Grader(Scheme scheme, Grading grading, LocalDate date) {
    this.grading = grading;
    this.date = date;
    for (UnitGroup g : scheme.groups()) {
      groups.add(g.id());
    }
    for (int i = 0; i < grading.grades().size(); i++) {
      gradeIndex.put(grading.grades().get(i).id(), i);
    }
  }

  static GradingResult grade(
      Scheme scheme, Grading grading, LocalDate date, Collection<GradingCase> cases) {
    Grader grader = new Grader(scheme, grading, date);
    List<GradingCase> sorted =
        cases.stream().sorted(Comparator.comparing(GradingCase::unitId)).toList();
    Set<String> units = new HashSet<>();
    List<GradeDecision> decisions = new ArrayList<>(sorted.size());
    for (GradingCase c : sorted) {
      String path = grader.path(c);
      if (!units.add(c.unitId())) {
        grader.problem(path, "unit " + c.unitId() + " has two cases");
        continue;
      }
      decisions.add(grader.decide(path, c));
    }
    if (!grader.problems.isEmpty()) {
      throw new StandingsException(
          "cases cannot be graded under " + scheme.id() + "/" + grading.id(), grader.problems);
    }
    return new GradingResult(grading.id(), grading.title(), grading.clause(), date, decisions);
  }

  static List<Problem> check(Scheme scheme, Grading grading, LocalDate date, GradingCase c) {
    Grader grader = new Grader(scheme, grading, date);
    grader.decide(grader.path(c), c);
    return List.copyOf(grader.problems);
  }

  private String path(GradingCase c) {
    return "grading " + grading.id() + "/unit " + c.unitId();
  }

  private GradeDecision decide(String path, GradingCase c) {
    int before = problems.size();
    checkCase(path, c);
    List<Life> lives = new ArrayList<>();
    c.history().stream()
        .sorted(Comparator.comparing(GradeRecord::certified).thenComparing(GradeRecord::gradeId))
        .forEach(r -> lives.add(life(path, r)));
    checkOverlaps(path, lives);
    Optional<GradeApplication> application = c.application();
    Life reviewed = application.isPresent() ? reviewed(path, application.get(), lives) : null;
    if (problems.size() > before) {
      return new GradeDecision(
          c.unitId(),
          c.group(),
          application,
          c.score(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of());
    }
    List<GradeStatus> history = lives.stream().map(l -> l.status(date)).toList();
    Optional<String> heldBefore = highestHeld(lives, null);
    List<GradeCheck> checks = new ArrayList<>();
    Optional<String> granted = Optional.empty();
    if (application.isPresent()) {
      GradeApplication a = application.get();
      List<GradeCheck.Unmet> common = common(c);
      for (Grade g : grading.grades()) {
        List<GradeCheck.Unmet> unmet = new ArrayList<>(common);
        checkScore(g, c, unmet);
        if (a.isReview() && g.id().equals(a.gradeId())) {
          checkReview(g, a, reviewed, lives, unmet);
        } else {
          checkApplication(g, a.applied(), lives, unmet);
        }
        GradeCheck check = new GradeCheck(g.id(), unmet);
        checks.add(check);
        if (g.id().equals(a.gradeId()) && check.isMet()) {
          granted = Optional.of(g.id());
        }
      }
      if (reviewed != null && granted.isEmpty() && reviewed.pending.isPresent()) {
        // The review was held and failed: the grade is not renewed, and ends when its
        // certificate runs out or now, whichever is later.
        reviewed.pending = Optional.empty();
        reviewed.failed = Optional.of(date);
      }
    }
    return new GradeDecision(
        c.unitId(),
        c.group(),
        application,
        c.score(),
        heldBefore,
        granted,
        highestHeld(lives, granted.orElse(null)),
        checks,
        history);
  }

  /** The highest grade held on the date, counting one more grade just granted. */
  private Optional<String> highestHeld(List<Life> lives, @Nullable String granted) {
    int highest = granted == null ? -1 : gradeIndex.getOrDefault(granted, -1);
    for (Life l : lives) {
      if (l.index > highest && l.heldOn(date)) {
        highest = l.index;
      }
    }
    return highest < 0 ? Optional.empty() : Optional.of(grading.grades().get(highest).id());
  }

  private List<GradeCheck.Unmet> common(GradingCase c) {
    List<GradeCheck.Unmet> common = new ArrayList<>();
    if (c.disqualified()) {
      common.add(
          GradeCheck.Unmet.of(GradeCheck.Reason.DISQUALIFIED, "a veto bars the unit from grades"));
    }
    for (Rule.Element e : grading.prerequisites()) {
      if (!Boolean.TRUE.equals(c.prerequisites().get(e.id()))) {
        common.add(
            new GradeCheck.Unmet(
                GradeCheck.Reason.PREREQUISITE,
                Optional.of(e.id()),
                Optional.empty(),
                e.id() + " " + e.title() + " does not hold"));
      }
    }
    return common;
  }

  private static void checkScore(Grade g, GradingCase c, List<GradeCheck.Unmet> unmet) {
    if (g.scores().isPresent()) {
      if (c.score().isEmpty()) {
        unmet.add(
            GradeCheck.Unmet.of(
                GradeCheck.Reason.NO_SCORE,
                "reached by a score in " + g.scores().get() + ", and the case has none"));
      } else if (!g.scores().get().contains(c.score().get())) {
        unmet.add(
            GradeCheck.Unmet.of(
                GradeCheck.Reason.SCORE,
                "score " + c.score().get() + " is not in " + g.scores().get()));
      }
    } else if (!c.grantedByReview().contains(g.id())) {
      unmet.add(
          GradeCheck.Unmet.of(
              GradeCheck.Reason.NOT_GRANTED_BY_REVIEW,
              "decided by review, and the panel did not grant it"));
    }
  }

  /**
   * An application for a grade: the unit must not hold it or a higher one on the day it applied (a
   * grade held is renewed by a review), and if the grade requires another, it must have held that
   * grade or a higher one on that day, obtained at least {@code heldYears} before it.
   */
  private void checkApplication(
      Grade g, LocalDate applied, List<Life> lives, List<GradeCheck.Unmet> unmet) {
    int index = gradeIndex.getOrDefault(g.id(), 0);
    Life holding = null;
    for (Life l : lives) {
      if (l.index >= index && l.heldOn(applied) && (holding == null || l.index >= holding.index)) {
        holding = l;
      }
    }
    if (holding != null) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.ALREADY_HELD,
              Optional.of(holding.record.gradeId()),
              Optional.of(holding.record.certified()),
              "holds "
                  + holding.record.gradeId()
                  + " (certified "
                  + holding.record.certified()
                  + ") on "
                  + applied
                  + "; a grade held is renewed by a review, not applied for again"));
      return;
    }
    if (g.requires().isEmpty()) {
      return;
    }
    String required = g.requires().get();
    int min = gradeIndex.getOrDefault(required, Integer.MAX_VALUE);
    Optional<LocalDate> since =
        lives.stream()
            .filter(l -> l.index >= min && l.heldOn(applied))
            .map(l -> l.record.certified())
            .min(Comparator.naturalOrder());
    if (since.isEmpty()) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD,
              Optional.of(required),
              Optional.of(applied),
              required + " (or a higher grade) is not held on " + applied + ", the application"));
      return;
    }
    LocalDate from = since.get().plusYears(g.heldYears());
    if (applied.isBefore(from)) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT,
              Optional.of(required),
              since,
              required
                  + " held since "
                  + since.get()
                  + ", less than "
                  + g.heldYears()
                  + (g.heldYears() == 1 ? " year" : " years")
                  + " before the application on "
                  + applied
                  + "; "
                  + g.id()
                  + " may be applied for from "
                  + from));
    }
  }

  /**
   * A review: the unit must hold the grade on the day it applied, and apply in the year the grade's
   * certificate runs out.
   */
  private static void checkReview(
      Grade g,
      GradeApplication a,
      @Nullable Life reviewed,
      List<Life> lives,
      List<GradeCheck.Unmet> unmet) {
    if (reviewed == null) {
      Optional<LocalDate> ended =
          lives.stream()
              .filter(l -> l.record.gradeId().equals(g.id()))
              .reduce((x, y) -> y)
              .flatMap(Life::end)
              .filter(e -> !e.isAfter(a.applied()));
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.NOT_HELD_FOR_REVIEW,
              Optional.of(g.id()),
              ended,
              g.id()
                  + " is not held on "
                  + a.applied()
                  + ended.map(e -> " (it ended on " + e + ")").orElse("")
                  + "; a review renews a grade held, a grade not held is applied for anew"));
    } else if (a.applied().getYear() != reviewed.validThrough.getYear()) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.REVIEW_NOT_DUE,
              Optional.of(g.id()),
              Optional.of(reviewed.validThrough),
              "its certificate runs through "
                  + reviewed.validThrough
                  + "; a review is applied for in the year the certificate runs out, not on "
                  + a.applied()));
    }
  }

  /**
   * The past grade a review application renews: the latest certificate of the grade held on the day
   * of the application. A review applied for in time stands undecided until this assessment decides
   * it.
   */
  private @Nullable Life reviewed(String path, GradeApplication a, List<Life> lives) {
    if (!a.isReview()) {
      return null;
    }
    Life target = null;
    for (Life l : lives) {
      if (l.record.gradeId().equals(a.gradeId()) && l.heldOn(a.applied())) {
        target = l;
      }
    }
    if (target == null) {
      return null;
    }
    String review = "applies for the review of " + a.gradeId() + " on " + a.applied();
    if (target.pending.isPresent() || target.failed.isPresent()) {
      problem(
          path,
          review
              + ", and its history already has a review applied for on "
              + target.lastApplied
              + "; give the review being decided once, as the application");
      return null;
    }
    if (target.lastApplied != null && !a.applied().isAfter(target.lastApplied)) {
      problem(
          path,
          review + ", not after the review of its history applied for on " + target.lastApplied);
      return null;
    }
    if (a.applied().getYear() == target.validThrough.getYear()) {
      target.pending = Optional.of(a.applied());
    }
    return target;
  }

  private Life life(String path, GradeRecord r) {
    String at = path + "/grade " + r.gradeId() + " of " + r.certified();
    if (r.certified().isAfter(date)) {
      problem(at, "certified after the assessment date " + date);
    }
    Life l = new Life(r, gradeIndex.getOrDefault(r.gradeId(), -1), through(r.certified()));
    for (GradeReview v : r.reviews()) {
      String review = "review applied for on " + v.applied();
      if (l.pending.isPresent() || l.failed.isPresent()) {
        problem(
            at,
            review
                + " follows the review of "
                + l.lastApplied
                + ", which "
                + (l.failed.isPresent() ? "failed" : "is undecided")
                + "; a certificate is reviewed once");
        break;
      }
      if (v.applied().isAfter(date)) {
        problem(at, review + ", after the assessment date " + date);
      }
      if (v.applied().getYear() != l.validThrough.getYear()) {
        problem(
            at,
            review
                + ", but the certificate it renews runs through "
                + l.validThrough
                + "; a review is applied for in the year the certificate runs out, and a grade"
                + " without one lapses at that year's end");
        break;
      }
      l.lastApplied = v.applied();
      if (v.result() == GradeReview.Result.PENDING) {
        l.pending = Optional.of(v.applied());
        continue;
      }
      LocalDate decided = v.decided().orElseThrow();
      String what = v.result() == GradeReview.Result.PASSED ? "certified" : "failed";
      if (decided.isBefore(v.applied())) {
        problem(at, review + " " + what + " on " + decided + ", before it was applied for");
      } else if (decided.isAfter(date)) {
        problem(at, review + " " + what + " on " + decided + ", after the assessment date " + date);
      }
      if (v.result() == GradeReview.Result.PASSED) {
        l.renewed = Optional.of(decided);
        l.validThrough = through(decided);
      } else {
        l.failed = Optional.of(decided);
      }
    }
    return l;
  }

  /** A grade is not obtained again while it is held: a renewal is a review of its certificate. */
  private void checkOverlaps(String path, List<Life> lives) {
    Map<String, Life> last = new HashMap<>();
    for (Life l : lives) {
      Life before = last.put(l.record.gradeId(), l);
      if (before != null && before.heldOn(l.record.certified())) {
        problem(
            path + "/grade " + l.record.gradeId() + " of " + l.record.certified(),
            "certified while its certificate of "
                + before.record.certified()
                + " was held; record a renewal as a review of that certificate");
      }
    }
  }

  /** The last day a certificate of a day covers. */
  private LocalDate through(LocalDate certified) {
    return certified.plusYears(grading.validYears()).minusDays(1);
  }

  private void checkCase(String path, GradingCase c) {
    if (!groups.contains(c.group())) {
      problem(path, "unknown group " + c.group());
    } else if (!grading.groups().isEmpty() && !grading.groups().contains(c.group())) {
      problem(
          path,
          "group "
              + c.group()
              + " is not graded by "
              + grading.id()
              + "; it grades "
              + grading.groups());
    }
    Set<String> declared = new HashSet<>();
    for (Rule.Element e : grading.prerequisites()) {
      declared.add(e.id());
      if (c.application().isPresent() && !c.prerequisites().containsKey(e.id())) {
        problem(
            path,
            "prerequisite " + e.id() + " " + e.title() + " is not stated; state whether it holds");
      }
    }
    for (String id : c.prerequisites().keySet()) {
      if (!declared.contains(id)) {
        problem(
            path,
            "states unknown prerequisite "
                + id
                + "; the grading's are "
                + declared.stream().sorted().toList());
      }
    }
    checkApplication(path, c);
    for (String id : c.grantedByReview()) {
      Integer i = gradeIndex.get(id);
      if (i == null) {
        problem(path, "review granted unknown grade " + id);
      } else if (grading.grades().get(i).scores().isPresent()) {
        problem(path, "review granted " + id + ", which is reached by score, not by review");
      } else if (c.application().isEmpty() || !c.application().get().gradeId().equals(id)) {
        problem(path, "review granted " + id + ", which the unit did not apply for");
      }
    }
    for (GradeRecord r : c.history()) {
      if (!gradeIndex.containsKey(r.gradeId())) {
        problem(path, "held unknown grade " + r.gradeId());
      }
    }
  }

  private void checkApplication(String path, GradingCase c) {
    if (c.application().isEmpty()) {
      if (c.score().isPresent()) {
        problem(
            path,
            "has a score but applied for nothing; a grade is decided on an application: state"
                + " the grade or the review applied for");
      }
      return;
    }
    GradeApplication a = c.application().get();
    String what = a.isReview() ? "the review of " + a.gradeId() : a.gradeId();
    Integer i = gradeIndex.get(a.gradeId());
    if (i == null) {
      problem(
          path,
          "applies for " + (a.isReview() ? "the review of " : "") + "unknown grade " + a.gradeId());
      return;
    }
    if (a.applied().isAfter(date)) {
      problem(
          path,
          "applied for " + what + " on " + a.applied() + ", after the assessment date " + date);
    }
    if (grading.grades().get(i).scores().isPresent() && c.score().isEmpty()) {
      problem(
          path,
          "applied for "
              + what
              + ", which is reached by a score, and the case has none; give the assessment's"
              + " score");
    }
  }

  private void problem(String path, String message) {
    problems.add(new Problem(path, message, Optional.empty(), Optional.empty()));
  }

  /** One past grade over time: held from its certificate until it lapses or its review fails. */
  private static final class Life {
    final GradeRecord record;
    final int index;
    LocalDate validThrough;
    Optional<LocalDate> renewed = Optional.empty();
    Optional<LocalDate> pending = Optional.empty();
    Optional<LocalDate> failed = Optional.empty();
    @Nullable LocalDate lastApplied;

    Life(GradeRecord record, int index, LocalDate validThrough) {
      this.record = record;
      this.index = index;
      this.validThrough = validThrough;
    }

    /**
     * The first day the grade is no longer held, unless a review is applied for in time: after a
     * failed review, when the certificate runs out or the review failed, whichever is later;
     * without a review, 1 January after the year the certificate runs out; none while one is
     * undecided.
     */
    Optional<LocalDate> end() {
      if (failed.isPresent()) {
        LocalDate out = validThrough.plusDays(1);
        return Optional.of(failed.get().isAfter(out) ? failed.get() : out);
      }
      if (pending.isPresent()) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(validThrough.getYear() + 1, 1, 1));
    }

    boolean heldOn(LocalDate day) {
      Optional<LocalDate> end = end();
      return !day.isBefore(record.certified()) && (end.isEmpty() || day.isBefore(end.get()));
    }

    GradeStatus status(LocalDate day) {
      Optional<LocalDate> end = end();
      GradeStatus.State state;
      if (end.isPresent() && !day.isBefore(end.get())) {
        state = failed.isPresent() ? GradeStatus.State.REVIEW_FAILED : GradeStatus.State.LAPSED;
      } else if (!day.isAfter(validThrough)) {
        state = GradeStatus.State.VALID;
      } else if (pending.isPresent() || failed.isPresent()) {
        state = GradeStatus.State.UNDER_REVIEW;
      } else {
        state = GradeStatus.State.REVIEW_DUE;
      }
      return new GradeStatus(
          record.gradeId(), record.certified(), renewed, validThrough, state, end);
    }
  }
}
