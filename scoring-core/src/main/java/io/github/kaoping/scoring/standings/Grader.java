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

/** Decides grades with prerequisites and a life cycle (hubei 鄂档规[2011]1号). */
final class Grader {

  private final Scheme scheme;
  private final Grading grading;
  private final LocalDate date;
  private final Map<String, Integer> gradeIndex = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private Grader(Scheme scheme, Grading grading, LocalDate date) {
    this.scheme = scheme;
    this.grading = grading;
    this.date = date;
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
      String path = "grading " + grading.id() + "/unit " + c.unitId();
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
    return new GradingResult(grading.id(), date, decisions);
  }

  private GradeDecision decide(String path, GradingCase c) {
    checkCase(path, c);
    List<GradeStatus> history = new ArrayList<>();
    for (GradeRecord r : c.history()) {
      history.add(status(path, r));
    }
    history.sort(Comparator.comparing(GradeStatus::awarded).thenComparing(GradeStatus::gradeId));
    Optional<String> heldBefore = Optional.empty();
    int highest = -1;
    for (GradeStatus s : history) {
      Integer i = gradeIndex.get(s.gradeId());
      if (s.valid() && i != null && i > highest) {
        highest = i;
        heldBefore = Optional.of(s.gradeId());
      }
    }
    List<GradeCheck.Unmet> common = new ArrayList<>();
    if (c.disqualified()) {
      common.add(
          new GradeCheck.Unmet(GradeCheck.Reason.DISQUALIFIED, "a veto bars the unit from grades"));
    }
    for (Rule.Element e : grading.prerequisites()) {
      if (!c.prerequisites().getOrDefault(e.id(), true)) {
        common.add(
            new GradeCheck.Unmet(
                GradeCheck.Reason.PREREQUISITE, e.id() + " " + e.title() + " does not hold"));
      }
    }
    List<GradeCheck> checks = new ArrayList<>();
    Optional<String> best = Optional.empty();
    for (Grade g : grading.grades()) {
      List<GradeCheck.Unmet> unmet = new ArrayList<>(common);
      checkScore(g, c, unmet);
      g.requires().ifPresent(required -> checkRequired(g, required, history, unmet));
      checks.add(new GradeCheck(g.id(), unmet));
      if (unmet.isEmpty()) {
        best = Optional.of(g.id());
      }
    }
    Optional<String> granted;
    if (c.appliedFor().isPresent()) {
      String applied = c.appliedFor().get();
      granted =
          checks.stream()
              .filter(k -> k.gradeId().equals(applied) && k.isMet())
              .findFirst()
              .map(GradeCheck::gradeId);
    } else {
      granted = best;
    }
    return new GradeDecision(
        c.unitId(),
        c.group(),
        heldBefore,
        granted,
        granted.map(g -> date.plusYears(grading.validYears())),
        checks,
        history);
  }

  private static void checkScore(Grade g, GradingCase c, List<GradeCheck.Unmet> unmet) {
    if (g.scores().isPresent()) {
      if (c.score().isEmpty()) {
        unmet.add(
            new GradeCheck.Unmet(
                GradeCheck.Reason.NO_SCORE,
                "reached by a score in " + g.scores().get() + ", and the case has none"));
      } else if (!g.scores().get().contains(c.score().get())) {
        unmet.add(
            new GradeCheck.Unmet(
                GradeCheck.Reason.SCORE,
                "score " + c.score().get() + " is not in " + g.scores().get()));
      }
    } else if (!c.grantedByReview().contains(g.id())) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.NOT_GRANTED_BY_REVIEW,
              "decided by review, and the panel did not grant it"));
    }
  }

  /**
   * The required grade, or a higher one, must be valid on the date and have been held since at
   * least {@code heldYears} before it.
   */
  private void checkRequired(
      Grade g, String required, List<GradeStatus> history, List<GradeCheck.Unmet> unmet) {
    int min = gradeIndex.getOrDefault(required, Integer.MAX_VALUE);
    Optional<LocalDate> since =
        history.stream()
            .filter(s -> s.valid() && gradeIndex.getOrDefault(s.gradeId(), -1) >= min)
            .map(GradeStatus::awarded)
            .min(Comparator.naturalOrder());
    if (since.isEmpty()) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.REQUIRED_GRADE_NOT_HELD,
              required + " (or a higher grade) is not held on " + date));
      return;
    }
    LocalDate from = since.get().plusYears(g.heldYears());
    if (date.isBefore(from)) {
      unmet.add(
          new GradeCheck.Unmet(
              GradeCheck.Reason.REQUIRED_GRADE_HELD_TOO_SHORT,
              required
                  + " held since "
                  + since.get()
                  + ", which is less than "
                  + g.heldYears()
                  + (g.heldYears() == 1 ? " year" : " years")
                  + "; "
                  + g.id()
                  + " may be granted from "
                  + from));
    }
  }

  /**
   * A grade is valid from its award for the grading's years; a review passed while it is valid
   * renews it for as many years from the review's day. A review after it lapsed is an error: a
   * lapsed grade is not revived (hubei 第十一条 "到期未申请复查的，等级资格自动失效").
   */
  private GradeStatus status(String path, GradeRecord r) {
    String at = path + "/grade " + r.gradeId() + " of " + r.awarded();
    if (r.awarded().isAfter(date)) {
      problem(at, "awarded after the assessment date " + date);
    }
    LocalDate lapses = r.awarded().plusYears(grading.validYears());
    Optional<LocalDate> last = Optional.empty();
    for (LocalDate review : r.reviewed()) {
      if (review.isBefore(r.awarded())) {
        problem(at, "reviewed on " + review + ", before it was awarded");
      } else if (review.isAfter(date)) {
        problem(at, "reviewed on " + review + ", after the assessment date " + date);
      } else if (!review.isBefore(lapses)) {
        problem(
            at,
            "reviewed on "
                + review
                + ", but it lapsed on "
                + lapses
                + "; a lapsed grade is not renewed by a review");
      } else {
        lapses = review.plusYears(grading.validYears());
        last = Optional.of(review);
      }
    }
    boolean valid = !r.awarded().isAfter(date) && date.isBefore(lapses);
    return new GradeStatus(r.gradeId(), r.awarded(), last, lapses, valid);
  }

  private void checkCase(String path, GradingCase c) {
    Set<String> groups = new HashSet<>();
    for (UnitGroup g : scheme.groups()) {
      groups.add(g.id());
    }
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
      if (!c.prerequisites().containsKey(e.id())) {
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
    c.appliedFor()
        .filter(id -> !gradeIndex.containsKey(id))
        .ifPresent(id -> problem(path, "applies for unknown grade " + id));
    for (String id : c.grantedByReview()) {
      Integer i = gradeIndex.get(id);
      if (i == null) {
        problem(path, "review granted unknown grade " + id);
      } else if (grading.grades().get(i).scores().isPresent()) {
        problem(path, "review granted " + id + ", which is reached by score, not by review");
      }
    }
    for (GradeRecord r : c.history()) {
      if (!gradeIndex.containsKey(r.gradeId())) {
        problem(path, "held unknown grade " + r.gradeId());
      }
    }
  }

  private void problem(String path, String message) {
    problems.add(new Problem(path, message, Optional.empty(), Optional.empty()));
  }
}
