package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.GradingCase;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.Standings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the units' gradings from a facts file while its units are read and scored, then decides
 * the scheme's gradings on the file's {@code gradedOn} date with each unit's score and vetoes from
 * its card. Keeps nothing for a scheme without gradings; otherwise one case per graded unit and the
 * id and line of each unit without a grading.
 */
final class Gradings {

  private final Calculator calculator;
  private final List<Grading> gradings = new ArrayList<>();
  private final List<FactsCodec.Parsed> graded = new ArrayList<>();
  private final List<Ungraded> ungraded = new ArrayList<>();

  /** A unit without a grading: only its id, group and line are kept. */
  private record Ungraded(String unitId, String group, Doc.Loc loc) {}

  Gradings(Calculator calculator) {
    this.calculator = calculator;
    for (Outcome o : calculator.scheme().outcomes()) {
      if (o instanceof Grading g) {
        gradings.add(g);
      }
    }
  }

  /** Takes one unit as it is read. */
  void add(FactsCodec.Parsed unit) {
    UnitFacts facts = unit.facts();
    if (unit.grading() != null) {
      graded.add(unit);
    } else if (!gradings.isEmpty() && facts != null) {
      ungraded.add(new Ungraded(facts.unitId(), facts.group(), unit.loc()));
    }
  }

  /**
   * Decides the gradings the file gives, from the results of its scored units.
   *
   * @param scored the results of the file's scored units, gradings skipped
   * @param date the file's {@code gradedOn}
   * @param file the file's name, for problems
   * @return the results with the gradings decided, no longer skipped
   * @throws InvalidFileException listing every problem of the units' gradings
   */
  Results decide(Results scored, Optional<LocalDate> date, String file) {
    if (graded.isEmpty()) {
      return scored;
    }
    Scheme scheme = calculator.scheme();
    // capped as every file's problems are: a million ungraded units must not keep a million
    Problems problems = new Problems(file);
    if (date.isEmpty()) {
      problems.add(
          new FileProblem(
              file,
              1,
              1,
              "gradedOn",
              "the units give their gradings, and the file gives no 'gradedOn': the day the"
                  + " grades are decided as of, written YYYY-MM-DD (never today's date by"
                  + " default)"));
    }
    Map<String, List<GradingCase>> cases = new LinkedHashMap<>();
    gradings.forEach(g -> cases.put(g.id(), new ArrayList<>()));
    Set<String> ids = new HashSet<>();
    for (FactsCodec.Parsed u : graded) {
      FactsCodec.GradingFacts g = u.grading();
      if (g != null) {
        ids.add(g.c().unitId());
      }
    }
    Map<String, UnitResult> results = new HashMap<>();
    for (UnitResult r : scored.units()) {
      if (ids.contains(r.unitId())) {
        results.put(r.unitId(), r);
      }
    }
    Standings standings = Standings.of(calculator);
    Set<String> gradedGroups = new HashSet<>();
    for (FactsCodec.Parsed u : graded) {
      FactsCodec.GradingFacts g = u.grading();
      if (g == null) {
        continue;
      }
      String at = "unit " + g.c().unitId() + " grading";
      Optional<String> id = gradingOf(g, scheme, at, file, problems);
      if (id.isEmpty()) {
        continue;
      }
      GradingCase c = g.c();
      UnitResult r = results.get(c.unitId());
      if (r != null) {
        c = c.withScore(r.total()).withDisqualified(r.isDisqualified());
      }
      if (date.isPresent()) {
        String prefix = "grading " + id.get() + "/unit " + c.unitId();
        for (Problem p : standings.check(id.get(), date.get(), c)) {
          // the past grade a problem is of, if any, after the unit's grading
          String sub = p.path().startsWith(prefix) ? p.path().substring(prefix.length()) : "";
          problems.add(
              new FileProblem(file, g.loc().line(), g.loc().column(), at + sub, p.message()));
        }
      }
      cases.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(c);
      gradings.stream()
          .filter(x -> x.id().equals(id.get()))
          .forEach(
              x ->
                  gradedGroups.addAll(
                      x.groups().isEmpty()
                          ? scheme.groups().stream().map(UnitGroup::id).toList()
                          : x.groups()));
    }
    for (Ungraded u : ungraded) {
      if (!gradedGroups.contains(u.group())) {
        continue;
      }
      problems.add(
          new FileProblem(
              file,
              u.loc().line(),
              u.loc().column(),
              "unit " + u.unitId(),
              "gives no 'grading', while other units of this file do: each unit gives what it"
                  + " applied for, its prerequisites and its past grades"));
    }
    problems.throwIfAny();
    List<GradingResult> decided = new ArrayList<>();
    for (Map.Entry<String, List<GradingCase>> e : cases.entrySet()) {
      if (!e.getValue().isEmpty()) {
        decided.add(standings.grade(e.getKey(), date.orElseThrow(), e.getValue()));
      }
    }
    List<SkippedOutcome> skipped = new ArrayList<>();
    for (SkippedOutcome s : scored.skipped()) {
      if (decided.stream().noneMatch(d -> d.outcomeId().equals(s.outcomeId()))) {
        skipped.add(s);
      }
    }
    return new Results(scored.standings(), scored.units(), skipped, decided);
  }

  /** The grading a unit's grading is for: the one it names, or the scheme's only one. */
  private Optional<String> gradingOf(
      FactsCodec.GradingFacts g, Scheme scheme, String at, String file, Problems problems) {
    List<String> ids = gradings.stream().map(Grading::id).toList();
    String message = null;
    if (g.outcome().isPresent()) {
      if (ids.contains(g.outcome().get())) {
        return g.outcome();
      }
      message =
          "names grading '"
              + g.outcome().get()
              + "', and scheme "
              + scheme.id()
              + (ids.isEmpty() ? " has none" : " has " + String.join(", ", ids));
    } else if (ids.size() == 1) {
      return Optional.of(ids.get(0));
    } else if (ids.isEmpty()) {
      message = "scheme " + scheme.id() + " decides no grades; leave out 'grading'";
    } else {
      message =
          "scheme "
              + scheme.id()
              + " has gradings "
              + String.join(", ", ids)
              + "; name the one meant with 'outcome'";
    }
    problems.add(new FileProblem(file, g.loc().line(), g.loc().column(), at, message));
    return Optional.empty();
  }
}
