package io.github.kaoping.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What makes two facts the same fact, so that one recorded twice is caught. */
final class FactIdentity {

  private FactIdentity() {}

  /** The key under which a fact may be recorded only once per unit. */
  static String of(Fact fact) {
    return fact.accept(KEY);
  }

  private static final Fact.Visitor<String> KEY =
      new Fact.Visitor<>() {
        @Override
        public String occurrence(Occurrence f) {
          return "occurrence " + f.id();
        }

        @Override
        public String measurement(Measurement f) {
          return "measurement of " + f.nodeId();
        }

        @Override
        public String assessment(Assessment f) {
          return "assessment of " + f.nodeId();
        }

        @Override
        public String assessedLevel(AssessedLevel f) {
          return "level of " + f.nodeId();
        }

        @Override
        public String check(Check f) {
          return "check of " + f.nodeId() + (f.key().isEmpty() ? "" : " '" + f.key() + "'");
        }

        @Override
        public String raterScores(RaterScores f) {
          return "rater scores of " + f.nodeId();
        }

        @Override
        public String notApplicable(NotApplicable f) {
          return "not-applicable mark of " + f.nodeId();
        }

        @Override
        public String vetoEvent(VetoEvent f) {
          return "veto event " + f.id();
        }
      };

  /**
   * Adds a problem for every fact recorded more than once. The message does not depend on the order
   * in which the facts were given.
   */
  /** How many times, in words: twice, 3 times. */
  static String times(int n) {
    return n == 2 ? "twice" : n + " times";
  }

  static void duplicates(String unitId, List<Fact> facts, List<Problem> problems) {
    Map<String, List<Fact>> byKey = new TreeMap<>();
    for (Fact f : facts) {
      byKey.computeIfAbsent(of(f), k -> new ArrayList<>()).add(f);
    }
    byKey.forEach(
        (key, same) -> {
          if (same.size() > 1) {
            // who recorded them, where any is known; the lines of a file are added by its reader
            List<String> by =
                same.stream()
                    .map(f -> f.provenance().map(Provenance::toString))
                    .flatMap(Optional::stream)
                    .sorted()
                    .toList();
            problems.add(
                new Problem(
                    "unit " + unitId + "/" + key,
                    key
                        + " is recorded "
                        + times(same.size())
                        + (by.isEmpty() ? "" : " (" + String.join("; ", by) + ")")
                        + "; a fact counts once, so keep one",
                    Optional.of(same.get(0).target()),
                    Optional.of(same.get(0)),
                    same));
          }
        });
  }
}
