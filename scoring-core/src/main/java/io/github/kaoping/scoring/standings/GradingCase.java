package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.ScoreCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One unit's case before a {@link io.github.kaoping.scoring.Grading}: what it applied for and when,
 * its score, whether each prerequisite holds, the grades a review panel granted, and the grades it
 * obtained before with their certificates and reviews. A unit that applies must state every
 * prerequisite, met or not; nothing is assumed. A unit that applied for nothing is only reported:
 * where its grades stand (held, review due, lapsed).
 *
 * @param unitId the unit
 * @param group the unit's group
 * @param application what it applied for (申报 a grade, or 复查 of a grade held), and when
 * @param score its score on the grading's table, if it was scored
 * @param disqualified whether a veto bars it from grades
 * @param prerequisites for each prerequisite's id, whether it holds
 * @param grantedByReview the grades decided by review (no scores) that the review panel granted
 * @param history the grades it obtained before
 */
public record GradingCase(
    String unitId,
    String group,
    Optional<GradeApplication> application,
    Optional<Points> score,
    boolean disqualified,
    Map<String, Boolean> prerequisites,
    Set<String> grantedByReview,
    List<GradeRecord> history) {

  /**
   * Validates the case; maps and sets are copied in a sorted order.
   *
   * @param unitId the unit
   * @param group the unit's group
   * @param application what it applied for (申报 a grade, or 复查 of a grade held), and when
   * @param score its score on the grading's table, if it was scored
   * @param disqualified whether a veto bars it from grades
   * @param prerequisites for each prerequisite's id, whether it holds
   * @param grantedByReview the grades decided by review (no scores) that the review panel granted
   * @param history the grades it obtained before
   */
  public GradingCase {
    requireNonNull(unitId, "unitId");
    requireNonNull(group, "group");
    requireNonNull(application, "application");
    requireNonNull(score, "score");
    prerequisites = Collections.unmodifiableMap(new TreeMap<>(prerequisites));
    grantedByReview = Collections.unmodifiableSet(new TreeSet<>(grantedByReview));
    history = List.copyOf(history);
  }

  /**
   * A case with nothing stated yet.
   *
   * @param unitId the unit
   * @param group its group
   * @return the case
   */
  public static GradingCase of(String unitId, String group) {
    return new GradingCase(
        unitId, group, Optional.empty(), Optional.empty(), false, Map.of(), Set.of(), List.of());
  }

  /**
   * A case scored by a card: its total, and disqualified if a veto on the card says so.
   *
   * @param card the unit's card
   * @return the case
   */
  public static GradingCase of(ScoreCard card) {
    return of(card.unitId(), card.group())
        .withScore(card.total())
        .withDisqualified(card.isDisqualified());
  }

  /**
   * Returns this case with a score.
   *
   * @param points the score
   * @return the case
   */
  public GradingCase withScore(Points points) {
    return new GradingCase(
        unitId,
        group,
        application,
        Optional.of(points),
        disqualified,
        prerequisites,
        grantedByReview,
        history);
  }

  /**
   * Returns this case with a score parsed from a decimal such as {@code "90"}.
   *
   * @param points the score
   * @return the case
   */
  public GradingCase withScore(String points) {
    return withScore(Points.parse(points));
  }

  /**
   * Returns this case with an application.
   *
   * @param applied what was applied for, and when
   * @return the case
   */
  public GradingCase withApplication(GradeApplication applied) {
    return new GradingCase(
        unitId,
        group,
        Optional.of(applied),
        score,
        disqualified,
        prerequisites,
        grantedByReview,
        history);
  }

  /**
   * Returns this case applying for a grade (申报) on a day.
   *
   * @param gradeId the grade
   * @param applied the day of the application
   * @return the case
   */
  public GradingCase applyingFor(String gradeId, LocalDate applied) {
    return withApplication(GradeApplication.forGrade(gradeId, applied));
  }

  /**
   * Returns this case applying for the review (复查) of a grade it holds, on a day.
   *
   * @param gradeId the grade
   * @param applied the day of the application
   * @return the case
   */
  public GradingCase applyingForReview(String gradeId, LocalDate applied) {
    return withApplication(GradeApplication.forReview(gradeId, applied));
  }

  /**
   * Returns this case disqualified, or not, by a veto.
   *
   * @param barred whether a veto bars it
   * @return the case
   */
  public GradingCase withDisqualified(boolean barred) {
    return new GradingCase(
        unitId, group, application, score, barred, prerequisites, grantedByReview, history);
  }

  /**
   * Returns this case with one prerequisite stated.
   *
   * @param id the prerequisite
   * @param holds whether it holds
   * @return the case
   */
  public GradingCase withPrerequisite(String id, boolean holds) {
    Map<String, Boolean> all = new TreeMap<>(prerequisites);
    all.put(id, holds);
    return new GradingCase(
        unitId, group, application, score, disqualified, all, grantedByReview, history);
  }

  /**
   * Returns this case with every listed prerequisite stated to hold.
   *
   * @param ids the prerequisites
   * @return the case
   */
  public GradingCase withPrerequisitesMet(List<String> ids) {
    GradingCase c = this;
    for (String id : ids) {
      c = c.withPrerequisite(id, true);
    }
    return c;
  }

  /**
   * Returns this case with a grade granted by the review panel.
   *
   * @param gradeId the grade
   * @return the case
   */
  public GradingCase withGrantedByReview(String gradeId) {
    Set<String> all = new TreeSet<>(grantedByReview);
    all.add(gradeId);
    return new GradingCase(
        unitId, group, application, score, disqualified, prerequisites, all, history);
  }

  /**
   * Returns this case with one more grade obtained before.
   *
   * @param record the grade, its certificate and reviews
   * @return the case
   */
  public GradingCase withHistory(GradeRecord record) {
    List<GradeRecord> all = new ArrayList<>(history);
    all.add(record);
    return new GradingCase(
        unitId, group, application, score, disqualified, prerequisites, grantedByReview, all);
  }
}
