package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A grade a unit was awarded, and the dates it passed the periodic review (复查) since: hubei 第十条
 * "证牌(证书)...有效期为三年", 第十一条 "复查合格的，颁发复查合格证书...到期未申请复查的，等级资格自动失效".
 *
 * @param gradeId the grade
 * @param awarded the day it was awarded
 * @param reviewed the days it passed a review, in order
 */
public record GradeRecord(String gradeId, LocalDate awarded, List<LocalDate> reviewed) {

  /** Validates the record and sorts the review dates. */
  public GradeRecord {
    requireNonNull(gradeId, "gradeId");
    requireNonNull(awarded, "awarded");
    reviewed = reviewed.stream().sorted().toList();
  }

  /** A grade awarded on a day, never reviewed. */
  public static GradeRecord of(String gradeId, LocalDate awarded) {
    return new GradeRecord(gradeId, awarded, List.of());
  }

  /** Returns this record with one more passed review. */
  public GradeRecord reviewedOn(LocalDate day) {
    List<LocalDate> all = new ArrayList<>(reviewed);
    all.add(day);
    return new GradeRecord(gradeId, awarded, all);
  }
}
