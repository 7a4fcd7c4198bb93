package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A grade a unit obtained, from its certificate on, and the reviews (复查) of it since: hubei 第十条五(三)
 * "证牌(证书)……有效期为三年", 第十一条 "复查合格的,颁发复查合格证书……到期未申请复查的,等级资格自动失效". A grade obtained again after it
 * lapsed is a record of its own.
 *
 * @param gradeId the grade
 * @param certified the date of its certificate
 * @param reviews its reviews, in the order they were applied for
 */
public record GradeRecord(String gradeId, LocalDate certified, List<GradeReview> reviews) {

  /**
   * Validates the record and orders the reviews by the day they were applied for.
   *
   * @param gradeId the grade
   * @param certified the date of its certificate
   * @param reviews its reviews, in the order they were applied for
   */
  public GradeRecord {
    requireNonNull(gradeId, "gradeId");
    requireNonNull(certified, "certified");
    reviews = reviews.stream().sorted(Comparator.comparing(GradeReview::applied)).toList();
  }

  /**
   * A grade certified on a day, never reviewed.
   *
   * @param gradeId the grade
   * @param certified the date of its certificate
   * @return the record
   */
  public static GradeRecord of(String gradeId, LocalDate certified) {
    return new GradeRecord(gradeId, certified, List.of());
  }

  /**
   * Returns this record with one more review.
   *
   * @param review the review
   * @return the record
   */
  public GradeRecord withReview(GradeReview review) {
    List<GradeReview> all = new ArrayList<>(reviews);
    all.add(review);
    return new GradeRecord(gradeId, certified, all);
  }
}
