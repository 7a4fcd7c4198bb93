package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.Scheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The life cycle of grades (hubei 第三、十、十一条) over generated certificates, reviews, applications and
 * assessment dates, against what the text says directly. The seed is fixed in the pom; replay
 * another with {@code -DQT_SEED=...}.
 */
class GradingProperties {

  private static final int EXAMPLES = 300;
  private static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);
  private static final Scheme SCHEME =
      Cohort.scheme("hubei-2011", List.of("organ"), GradingTest.hubei());
  private static final List<String> PREREQUISITES =
      List.of("registered", "centralised", "transferred", "disclosed", "no-incident", "electronic");
  private static final List<String> GRADES =
      List.of("provincial-2", "provincial-1", "provincial-special");

  private static GradeDecision decide(LocalDate date, GradingCase c) {
    return Standings.of(SCHEME).grade("grades", date, List.of(c)).decision(c.unitId());
  }

  private static GradingCase organ() {
    return GradingCase.of("u", "organ").withPrerequisitesMet(PREREQUISITES);
  }

  private static Gen<LocalDate> day(int from, int to) {
    return SourceDSL.integers().between(from, to).map(EPOCH::plusDays);
  }

  /** The last day a certificate covers, and the first day it lapses without a review. */
  private static LocalDate lapses(LocalDate certified) {
    LocalDate through = certified.plusYears(3).minusDays(1);
    return LocalDate.of(through.getYear() + 1, 1, 1);
  }

  @Test
  void aGradeWithoutAReviewIsHeldUntilTheEndOfTheYearItsCertificateRunsOut() {
    // 第十一条 "应在有效期满的当年提出复查申请……到期未申请复查的,等级资格自动失效"
    qt().withExamples(EXAMPLES)
        .forAll(day(0, 3650), SourceDSL.integers().between(0, 2500))
        .checkAssert(
            (certified, after) -> {
              LocalDate date = certified.plusDays(after);
              GradeDecision d =
                  decide(date, organ().withHistory(GradeRecord.of("provincial-2", certified)));
              assertThat(d.heldBefore().isPresent())
                  .as("certified %s, on %s", certified, date)
                  .isEqualTo(date.isBefore(lapses(certified)));
              assertThat(d.history().get(0).validThrough())
                  .isEqualTo(certified.plusYears(3).minusDays(1));
            });
  }

  @Test
  void aReviewAppliedForInTheExpiryYearKeepsTheGradeUntilItIsDecided() {
    qt().withExamples(EXAMPLES)
        .forAll(
            day(0, 3650),
            SourceDSL.integers().between(0, 364),
            SourceDSL.integers().between(0, 1500))
        .checkAssert(
            (certified, dayOfYear, after) -> {
              int year = certified.plusYears(3).minusDays(1).getYear();
              LocalDate start = LocalDate.of(year, 1, 1);
              LocalDate applied = start.plusDays(Math.min(dayOfYear, start.lengthOfYear() - 1));
              LocalDate date = applied.plusDays(after);
              GradingCase c =
                  organ()
                      .withHistory(
                          GradeRecord.of("provincial-2", certified)
                              .withReview(GradeReview.pending(applied)));
              assertThat(decide(date, c).heldBefore())
                  .as("certified %s, review applied %s, on %s", certified, applied, date)
                  .contains("provincial-2");
            });
  }

  @Test
  void aHigherGradeMayBeAppliedForAYearAfterTheLowerOnesCertificate() {
    // 第三条 "取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评": counted to the application.
    qt().withExamples(EXAMPLES)
        .forAll(
            day(0, 3650),
            SourceDSL.integers().between(0, 800),
            SourceDSL.integers().between(0, 400))
        .checkAssert(
            (certified, toApplication, toAssessment) -> {
              LocalDate applied = certified.plusDays(toApplication);
              LocalDate date = applied.plusDays(toAssessment);
              GradeDecision d =
                  decide(
                      date,
                      organ()
                          .withScore("95")
                          .withHistory(GradeRecord.of("provincial-2", certified))
                          .applyingFor("provincial-1", applied));
              assertThat(d.granted().isPresent())
                  .as("certified %s, applied %s, assessed %s", certified, applied, date)
                  .isEqualTo(!applied.isBefore(certified.plusYears(1)));
            });
  }

  /** A case with its assessment date. */
  private record Dated(GradingCase c, LocalDate date) {}

  /**
   * A unit's case: up to two grades, each with reviews of its certificates applied for in the year
   * each runs out, maybe an application, all before an assessment date.
   */
  private static Gen<Dated> cases() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Random r = new Random(seed);
              GradingCase c = GradingCase.of("u", "organ");
              LocalDate last = EPOCH;
              for (int g = 0; g < 1 + r.nextInt(2); g++) {
                LocalDate certified = EPOCH.plusDays(r.nextInt(2500) + g * 800L);
                GradeRecord record = GradeRecord.of(GRADES.get(g), certified);
                LocalDate through = certified.plusYears(3).minusDays(1);
                last = last.isAfter(certified) ? last : certified;
                for (int k = r.nextInt(3); k > 0; k--) {
                  LocalDate applied =
                      LocalDate.of(through.getYear(), 1, 1).plusDays(r.nextInt(365));
                  if (applied.getYear() != through.getYear()) {
                    applied = applied.minusDays(1);
                  }
                  LocalDate decided = applied.plusDays(r.nextInt(300));
                  int result = r.nextInt(4);
                  last = last.isAfter(decided) ? last : decided;
                  if (result == 0) {
                    record = record.withReview(GradeReview.pending(applied));
                    break;
                  }
                  if (result == 1) {
                    record = record.withReview(GradeReview.failed(applied, decided));
                    break;
                  }
                  record = record.withReview(GradeReview.passed(applied, decided));
                  through = decided.plusYears(3).minusDays(1);
                }
                c = c.withHistory(record);
              }
              LocalDate date = last.plusDays(r.nextInt(1500));
              int kind = r.nextInt(3);
              if (kind > 0) {
                String grade = GRADES.get(r.nextInt(3));
                LocalDate applied = date.minusDays(r.nextInt(400));
                c =
                    (kind == 1
                            ? c.applyingFor(grade, applied)
                            : c.applyingForReview(grade, applied))
                        .withPrerequisitesMet(PREREQUISITES)
                        .withScore(String.valueOf(70 + r.nextInt(31)));
                if (r.nextBoolean()) {
                  c = c.withPrerequisite(PREREQUISITES.get(r.nextInt(6)), r.nextInt(3) > 0);
                }
                if (grade.equals("provincial-special") && r.nextBoolean()) {
                  c = c.withGrantedByReview(grade);
                }
              }
              return new Dated(c, date);
            })
        .assuming(d -> Standings.of(SCHEME).check("grades", d.date(), d.c()).isEmpty());
  }

  @Test
  void onlyTheGradeAppliedForIsGrantedAndTheOrderOfTheHistoryChangesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            dated -> {
              GradingCase c = dated.c();
              GradeDecision d = decide(dated.date(), c);
              if (c.application().isEmpty()) {
                assertThat(d.granted()).isEmpty();
                assertThat(d.checks()).isEmpty();
                assertThat(d.heldAfter()).isEqualTo(d.heldBefore());
              } else {
                String applied = c.application().get().gradeId();
                d.granted().ifPresent(g -> assertThat(g).isEqualTo(applied));
                assertThat(d.granted().isPresent()).isEqualTo(d.check(applied).isMet());
              }
              d.granted()
                  .ifPresent(
                      g ->
                          assertThat(GRADES.indexOf(d.heldAfter().orElseThrow()))
                              .isGreaterThanOrEqualTo(GRADES.indexOf(g)));
              List<GradeRecord> reversed = new ArrayList<>(c.history());
              Collections.reverse(reversed);
              GradingCase shuffled =
                  new GradingCase(
                      c.unitId(),
                      c.group(),
                      c.application(),
                      c.score(),
                      c.disqualified(),
                      c.prerequisites(),
                      c.grantedByReview(),
                      reversed);
              assertThat(decide(dated.date(), shuffled)).isEqualTo(d);
            });
  }
}
