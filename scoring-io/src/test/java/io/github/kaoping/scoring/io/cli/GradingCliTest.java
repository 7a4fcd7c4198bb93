package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.Results;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradingResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoring score} grades a hubei facts file (issue 11 "Gradings (hubei) from files"): the
 * grades decided from each unit's grading, in the office's words, as a table, JSON and CSV.
 */
class GradingCliTest {

  static final String HUBEI =
      CliTest.EXAMPLES.resolve("facts").resolve("hubei-2011-2021.yaml").toString();

  @TempDir Path tmp;

  /** The table line of a unit. */
  private static String line(String table, String unit) {
    return Stream.of(table.split("\n"))
        .filter(l -> l.startsWith(unit + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + unit + " in\n" + table));
  }

  @Test
  void scoreGradesTheFileAndPrintsTheGradesInChinese() {
    CliTest.Run r = CliTest.run("score", "--scheme", "hubei-2011", "--facts", HUBEI);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty(); // nothing skipped
    String out = r.out();
    assertThat(out)
        .contains(
            "\n机关档案工作目标管理等级〔第三、四、五、六、七、十、十一条〕，评定日期 2021-12-15：机关(",
            "单位",
            "得分",
            "申请",
            "结论",
            "原等级",
            "现等级",
            "备注")
        .doesNotContain("未评定", "未列入任何排名");
    assertThat(line(out, "sheng-caizhengting"))
        .contains(
            "95",
            "申报省一级 2021-01-10",
            "未授予",
            "省二级",
            "取得省二级证书(2020-09-01)不满1年即申报(2021-01-10)，2021-09-01起方可申报省一级");
    assertThat(line(out, "sheng-jiaoyuting")).contains("92", "授予省一级", "证书有效期3年，自发证之日起计算");
    assertThat(line(out, "sheng-minzhengting")).contains("复查省二级 2021-01-15", "复查合格");
    assertThat(line(out, "sheng-shuiliting"))
        .contains("复查未通过", "得分88未达省一级达标分数线90分", "省二级已于2020-01-01失效");
    assertThat(line(out, "sheng-wenhuating"))
        .contains("未申请", "省二级待复查：证书有效期至2021-01-31，当年未申请复查的2022-01-01起失效");
    assertThat(line(out, "sheng-weishengting")).contains("省二级已于2021-01-01失效(到期未申请复查)");
    assertThat(line(out, "sheng-shichangjianguanju")).contains("申报省特级 2021-01-08", "授予省特级");
    assertThat(line(out, "sheng-shengtaihuanjingting"))
        .contains("未授予", "申报必备条件未具备：机关两年内没有发生档案丢失、被盗、损毁、失泄密等档案安全事故");
    assertThat(line(out, "sheng-jiaotongting")).contains("已持有省二级(证书2020-03-15)，等级以复查续期，不重复授予");
    assertThat(out).contains("：实行档案(文件)管理中心管理体制的机关\n");
    assertThat(line(out, "sheng-guoziwei")).contains("91", "授予省一级");
  }

  @Test
  void theJsonReadsBackAndTheCsvHasTheGradesOfEveryUnit() throws IOException {
    Path json = tmp.resolve("grades.json");
    assertThat(
            CliTest.run(
                    "score",
                    "--scheme",
                    "hubei-2011",
                    "--facts",
                    HUBEI,
                    "--format",
                    "json",
                    "--out",
                    json.toString())
                .code())
        .isZero();
    Results results = ResultFiles.read(json);
    GradingResult grades = results.gradings().get(0);
    Map<String, GradeDecision.Verdict> verdicts =
        grades.decisions().stream()
            .collect(Collectors.toMap(GradeDecision::unitId, GradeDecision::verdict));
    assertThat(verdicts)
        .containsEntry("sheng-caizhengting", GradeDecision.Verdict.NOT_GRANTED)
        .containsEntry("sheng-jiaoyuting", GradeDecision.Verdict.GRANTED)
        .containsEntry("sheng-minzhengting", GradeDecision.Verdict.RENEWED)
        .containsEntry("sheng-shuiliting", GradeDecision.Verdict.NOT_RENEWED)
        .containsEntry("sheng-wenhuating", GradeDecision.Verdict.NOT_APPLIED)
        .hasSize(11);

    CliTest.Run csv =
        CliTest.run("score", "--scheme", "hubei-2011", "--facts", HUBEI, "--format", "csv");
    assertThat(csv.code()).isZero();
    List<String> rows = List.of(csv.out().split("\r\n"));
    // the fixed columns, the grading's, then the nodes' (under a row of their titles)
    assertThat(rows.get(0))
        .contains(
            ",disqualified,vetoes,decision,recording,applied,appliedFor,appliedOn,verdict,heldBefore,granted,heldAfter,"
                + "unmet,gradeNotes,hubei-2011,");
    assertThat(rows).hasSize(13);
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith(
                        "grades,sheng-caizhengting,,organ,2021,95,95,95,,,,,,,,,false,,,,grade,省一级,"
                            + "2021-01-10,notGranted,省二级,,省二级,requiredGradeHeldTooShort,"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith(
                        "grades,sheng-wenhuating,,organ,2021,,,,,,,,,,,,false,,,,,,,notApplied,省二级,,"
                            + "省二级,,"));
  }

  @Test
  void aFileWithoutItsGradedOnDateExitsTwoNamingTheFile() throws IOException {
    Path file = tmp.resolve("no-date.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(HUBEI), StandardCharsets.UTF_8)
            .replace("gradedOn: 2021-12-15\n", ""),
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("score", "--scheme", "hubei-2011", "--facts", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(file + ":1:1: gradedOn: ", "gives no 'gradedOn'");
  }

  @Test
  void gradingsFromCsvFactsAreSkippedWithANoteSayingWhere() throws IOException {
    Path file = tmp.resolve("hubei.csv");
    Files.writeString(file, "unit,group,period,art7\nsheng-tiyuju,organ,2021,81\n");
    CliTest.Run r = CliTest.run("score", "--scheme", "hubei-2011", "--facts", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "scoring: 提示：grades 机关档案工作目标管理等级〔第三、四、五、六、七、十、十一条〕未评定："
                + "没有单位给出等级评定所需的申请、前提条件和以往等级；请在 YAML 或 JSON 事实文件的 grading 下给出，"
                + "并给出 gradedOn；已跳过\n");
  }

  @Test
  void validateChecksTheGradingsToo() throws IOException {
    CliTest.Run ok = CliTest.run("validate", HUBEI, "--scheme", "hubei-2011");
    assertThat(ok.code()).isZero();
    assertThat(ok.out())
        .isEqualTo(
            HUBEI
                + ": valid facts of 8 units, checked against scheme hubei-2011, and the gradings"
                + " of 11 units\n");
    Path file = tmp.resolve("late.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(HUBEI), StandardCharsets.UTF_8)
            .replace(
                "applied: {review: prov2, on: 2021-01-15}",
                "applied: {review: prov2, on: 2022-01-15}"),
        StandardCharsets.UTF_8);
    CliTest.Run bad = CliTest.run("validate", file.toString(), "--scheme", "hubei-2011");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains(
            "unit sheng-minzhengting grading: applied for the review of prov2 on 2022-01-15, after"
                + " the assessment date 2021-12-15");
  }
}
