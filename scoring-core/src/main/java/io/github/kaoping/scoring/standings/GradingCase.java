package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One unit's case before a {@link io.github.kaoping.scoring.Grading}: its score, whether each
 * prerequisite holds, the grades a review panel granted, and the grades it has held. Every
 * prerequisite must be stated, met or not; nothing is assumed.
 *
 * @param unitId the unit
 * @param group the unit's group
 * @param appliedFor the grade it applied for (自愿申报); empty to decide the highest grade it meets
 * @param score its score on the grading's table, if it was scored
 * @param disqualified whether a veto bars it from grades
 * @param prerequisites for each prerequisite's id, whether it holds
 * @param grantedByReview the grades decided by review (no scores) that the review panel granted
 * @param history the grades it was awarded before
 */
public record GradingCase(
    String unitId,
    String group,
    Optional<String> appliedFor,
    Optional<Points> score,
    boolean disqualified,
    Map<String, Boolean> prerequisites,
    Set<String> grantedByReview,
    List<GradeRecord> history) {

  /** Validates the case; maps and sets are copied in a sorted order. */
  public GradingCase {
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(appliedFor, "appliedFor");
    requireNonNull(score, "score");
    prerequisites = Collections.unmodifiableMap(new TreeMap<>(prerequisites));
    grantedByReview = Collections.unmodifiableSet(new TreeSet<>(grantedByReview));
    history = List.copyOf(history);
  }

  /** A case with nothing stated yet. */
  public static GradingCase of(String unitId, String group) {
    return new GradingCase(
        unitId, group, Optional.empty(), Optional.empty(), false, Map.of(), Set.of(), List.of());
  }

  /** A case scored by a card: its total, and disqualified if a veto on the card says so. */
  public static GradingCase of(ScoreCard card) {
    return new GradingCase(
        card.unitId(),
        card.group(),
        Optional.empty(),
        Optional.of(card.total()),
        card.isDisqualified(),
        Map.of(),
        Set.of(),
        List.of());
  }

  /** Returns this case with a score. */
  public GradingCase withScore(Points points) {
    return new GradingCase(
        unitId,
        group,
        appliedFor,
        Optional.of(points),
        disqualified,
        prerequisites,
        grantedByReview,
        history);
  }

  /** Returns this case with a score parsed from a decimal such as {@code "90"}. */
  public GradingCase withScore(String points) {
    return withScore(Points.parse(points));
  }

  /** Returns this case applying for one grade. */
  public GradingCase applyingFor(String gradeId) {
    return new GradingCase(
        unitId,
        group,
        Optional.of(gradeId),
        score,
        disqualified,
        prerequisites,
        grantedByReview,
        history);
  }

  /** Returns this case disqualified, or not, by a veto. */
  public GradingCase withDisqualified(boolean barred) {
    return new GradingCase(
        unitId, group, appliedFor, score, barred, prerequisites, grantedByReview, history);
  }

  /** Returns this case with one prerequisite stated. */
  public GradingCase withPrerequisite(String id, boolean holds) {
    Map<String, Boolean> all = new TreeMap<>(prerequisites);
    all.put(id, holds);
    return new GradingCase(
        unitId, group, appliedFor, score, disqualified, all, grantedByReview, history);
  }

  /** Returns this case with every listed prerequisite stated to hold. */
  public GradingCase withPrerequisitesMet(List<String> ids) {
    GradingCase c = this;
    for (String id : ids) {
      c = c.withPrerequisite(id, true);
    }
    return c;
  }

  /** Returns this case with a grade granted by the review panel. */
  public GradingCase withGrantedByReview(String gradeId) {
    Set<String> all = new TreeSet<>(grantedByReview);
    all.add(gradeId);
    return new GradingCase(
        unitId, group, appliedFor, score, disqualified, prerequisites, all, history);
  }

  /** Returns this case with one more grade held before. */
  public GradingCase withHistory(GradeRecord record) {
    List<GradeRecord> all = new ArrayList<>(history);
    all.add(record);
    return new GradingCase(
        unitId, group, appliedFor, score, disqualified, prerequisites, grantedByReview, all);
  }
}
