package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.io.Explanation;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.Results;
import io.github.kaoping.scoring.io.SchemeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line in process: every command, every exit code, UTF-8 output. */
class CliTest {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final String SCHEME = EXAMPLES.resolve("example-office-2024.scheme.yaml").toString();
  static final String CSV = EXAMPLES.resolve("example-office-2024.facts.csv").toString();
  static final String YAML = EXAMPLES.resolve("example-office-2024.facts.yaml").toString();
  static final String PREVIOUS = EXAMPLES.resolve("example-office-2023.facts.csv").toString();
  static final Path GOLDEN = Path.of("src", "test", "resources", "results");

  @TempDir Path tmp;

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, err);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"schemes", "show", "validate", "score", "explain"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: scoring " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theTopCommandHasHelpAndAVersionAndFailsWithoutACommand() {
    assertThat(run("--help").out()).contains("schemes", "show", "validate", "score", "explain");
    assertThat(run("--version").code()).isZero();
    Run none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("missing a command");
  }

  /** picocli lists each command with the first line of its description: a whole sentence. */
  @Test
  void theTopHelpSummarisesEachCommandInAWholeSentence() {
    String help = run("--help").out();
    String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    // one entry per command; a long summary wraps onto indented lines
    String[] entries = commands.split("\n(?=  \\S)");
    assertThat(entries).hasSizeGreaterThanOrEqualTo(6);
    for (String entry : entries) {
      assertThat(entry.strip()).as(entry).endsWith(".");
    }
  }

  @Test
  void versionPrintsTheVersionAndTheCommitBuiltFrom() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    // a build of a git checkout; outside one the commit reads "unknown"
    assertThat(r.out())
        .matches("scoring \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit [0-9a-f]{40}\\)\n");
  }

  @Test
  void schemesListsThePackagedCatalogue() {
    Run r = run("schemes");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("id  ").contains("文号", "issuer", "issued");
    for (var reg : io.github.kaoping.scoring.schemes.Regulation.values()) {
      assertThat(r.out()).contains(reg.id(), reg.scheme().title());
    }
  }

  @Test
  void showPrintsTheTreeWithMaximaClausesAndRules() {
    Run r = run("show", SCHEME);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("example-office-2024  示例市政府系统办公室工作考评办法  max 100")
        .contains("├─ s1 文电办理 [三(一)]  max 30")
        .contains("│  ├─ s1.1 公文质量 [三(一)1]  max 20  — deduct 5 per occurrence")
        .contains("└─ s4 争取资金 [三(四)]  max 10  (bonus)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "json"})
  void showExportsTheSchemeFile(String format) throws IOException {
    Run r = run("show", SCHEME, "--format", format);
    assertThat(r.code()).isZero();
    Path file = tmp.resolve("exported." + format);
    Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    assertThat(SchemeFiles.read(file)).isEqualTo(SchemeFiles.read(Path.of(SCHEME)));
  }

  @Test
  void validateChecksSchemesAndFacts() {
    assertThat(run("validate", SCHEME).out())
        .contains("valid scheme example-office-2024 (8 nodes, 2 groups)");
    assertThat(run("validate", YAML).out()).contains("valid facts of 6 units; format only");
    Run csv = run("validate", CSV, "--scheme", SCHEME);
    assertThat(csv.code()).isZero();
    assertThat(csv.out())
        .contains("valid facts of 6 units, checked against scheme example-office-2024");
    Run noScheme = run("validate", CSV);
    assertThat(noScheme.code()).isEqualTo(2);
    assertThat(noScheme.err()).contains("a CSV facts file is checked with --scheme");
  }

  @Test
  void validateListsEveryProblemWithItsLineAndExitsTwo() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "id: demo\ntitel: x\nmax: 1e1000000\n", StandardCharsets.UTF_8);
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(bad + ":1:1: demo: missing 'title'")
        .contains(bad + ":2:1: demo: unknown key 'titel'")
        .contains(bad + ":3:6: demo max: expected a plain decimal number")
        .endsWith("\n3 problems\n")
        .doesNotContain("nothing written"); // validate writes nothing in any case
    assertThat(r.out()).isEmpty();
  }

  @Test
  void scorePrintsTheRankedTable() throws IOException {
    Run r = run("score", "--scheme", SCHEME, "--facts", CSV, "--previous", PREVIOUS);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            Files.readString(GOLDEN.resolve("example-office-2024.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void langEnPrintsEnglishHeadersAndNotes() {
    Run r = run("score", "--scheme", SCHEME, "--facts", CSV, "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\nrank  id         unit          total  awards  notes\n")
        .contains("disqualified: 公文质量项全扣的，评先资格一票否决 三(一)1; 二等奖 withheld (disqualified)")
        .doesNotContain("名次", "备注");
    Run bad = run("score", "--scheme", SCHEME, "--facts", CSV, "--lang", "fr");
    assertThat(bad.code()).isEqualTo(2);
  }

  /**
   * {@code --lang} words the vetoes' reasons too, which results JSON holds for people: the same
   * reason in the language asked for, on one thread or several, and in the scheme's without it.
   */
  @Test
  void langEnWordsTheVetoesReasonsInJsonResults() {
    for (String threads : List.of("1", "2")) {
      Run zh = run("score", "--scheme", SCHEME, "--facts", CSV, "--format", "json");
      Run en =
          run(
              "score",
              "--scheme",
              SCHEME,
              "--facts",
              CSV,
              "--format",
              "json",
              "--lang",
              "en",
              "--threads",
              threads);
      assertThat(zh.code()).as(zh.err()).isZero();
      assertThat(en.code()).as(en.err()).isZero();
      assertThat(zh.out()).contains("\"reason\" : \"公文质量得0分，属于“0分以下”\"");
      assertThat(en.out())
          .contains("\"reason\" : \"公文质量 scored 0, in (-∞, 0]\"")
          .doesNotContain("得0分");
      // only the words differ: the reason's line is the one line apart
      assertThat(en.out().lines().filter(l -> !zh.out().contains(l))).hasSize(1);
    }
  }

  @Test
  void withoutPreviousTheImprovementIsSkippedWithANoteOnStandardError() {
    Run r = run("score", "--scheme", SCHEME, "--facts", YAML);
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo("scoring: 提示：progress 进步奖〔四(三)〕未评定：按上期得分评进步，未提供上期事实（--previous）；已跳过\n");
    Run en = run("score", "--scheme", SCHEME, "--facts", YAML, "--lang", "en");
    assertThat(en.err())
        .isEqualTo(
            "scoring: note: outcome progress 进步奖 [四(三)] not decided: it ranks improvement on last"
                + " period, whose facts were not given (give them with --previous FILE); skipped\n");
    assertThat(r.out())
        .contains("\n按总分从高到低排序评奖〔四(一)〕：县市区政府办公室\n")
        .doesNotContain("进步奖〔四(三)〕，与")
        .endsWith("\n进步奖〔四(三)〕未评定：按上期得分评进步，未提供上期事实（--previous）\n");
  }

  @Test
  void previousForASchemeWithoutImprovementIsNotedAndNotRead() throws IOException {
    Path scheme = tmp.resolve("no-progress.scheme.yaml");
    String text = Files.readString(Path.of(SCHEME), StandardCharsets.UTF_8);
    String without =
        text.substring(0, text.indexOf("  - improvement:"))
            + text.substring(text.indexOf("  - banding:"));
    Files.writeString(scheme, without, StandardCharsets.UTF_8);
    Run r =
        run(
            "score",
            "--scheme",
            scheme.toString(),
            "--facts",
            CSV,
            "--previous",
            tmp.resolve("missing.csv").toString());
    assertThat(r.code()).isZero();
    // a note for the clerk, in the scheme's language, or the one --lang chooses
    assertThat(r.err()).isEqualTo("scoring: 提示：考评办法 example-office-2024 没有进步奖，未读取 --previous\n");
    assertThat(r.out()).doesNotContain("progress");
    Run en =
        run(
            "score",
            "--scheme",
            scheme.toString(),
            "--facts",
            CSV,
            "--previous",
            tmp.resolve("missing.csv").toString(),
            "--lang",
            "en");
    assertThat(en.err())
        .isEqualTo(
            "scoring: note: scheme example-office-2024 has no improvement outcome; --previous is"
                + " not read\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv", "table"})
  void scoreWritesEveryFormatToOut(String format) throws IOException {
    Path out = tmp.resolve("results." + format);
    Run r =
        run(
            "score",
            "--scheme",
            SCHEME,
            "--facts",
            YAML,
            "--previous",
            PREVIOUS,
            "--format",
            format,
            "--out",
            out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    Results expected =
        Results.score(
            Calculator.of(SchemeFiles.read(Path.of(SCHEME))), Path.of(YAML), Path.of(PREVIOUS));
    String written = Files.readString(out, StandardCharsets.UTF_8);
    switch (format) {
      case "json" -> assertThat(ResultFiles.read(out)).isEqualTo(expected);
      case "csv" ->
          assertThat(written)
              .isEqualTo(
                  Files.readString(
                      GOLDEN.resolve("example-office-2024.csv"), StandardCharsets.UTF_8));
      default ->
          assertThat(written)
              .isEqualTo(
                  Files.readString(
                      GOLDEN.resolve("example-office-2024.txt"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFileWrittenWithOutHasThePermissionsOfAnyNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(tmp.resolve("plain.txt"));
    Path out = tmp.resolve("results.csv");
    Run r =
        run(
            "score",
            "--scheme",
            SCHEME,
            "--facts",
            CSV,
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void badPreviousFactsExitTwoAndWriteNothing() throws IOException {
    Path previous = tmp.resolve("2023.csv");
    Files.writeString(
        previous,
        "unit,group,period,s1.1,s1.2,s2.1,s2.2,s3\nnobody,county,2023,2,93,100,55,26\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("results.json");
    Run r =
        run(
            "score",
            "--scheme",
            SCHEME,
            "--facts",
            CSV,
            "--previous",
            previous.toString(),
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(previous + ":2:")
        .contains("nobody")
        .endsWith("nothing written\n");
    assertThat(out).doesNotExist();
    Run wrongKind = run("score", "--scheme", SCHEME, "--facts", CSV, "--previous", "last.txt");
    assertThat(wrongKind.code()).isEqualTo(2);
    assertThat(wrongKind.err()).contains("last.txt: a facts file must end in");
  }

  @Test
  void unitsOfSeveralPeriodsInOneFileCannotBeRankedAndExitTwo() throws IOException {
    Path facts = tmp.resolve("mixed.csv");
    Files.writeString(
        facts,
        "unit,group,period,s1.1,s1.2,s2.1,s2.2,s3\n"
            + "dongcheng,county,2023,2,93,100,55,26\n"
            + "xicheng,county,2024,0,91,93,48,26\n",
        StandardCharsets.UTF_8);
    Run r = run("score", "--scheme", SCHEME, "--facts", facts.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("cards of several periods cannot be ranked together: [2023, 2024]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void lastPeriodsFactsNamingThisPeriodExitTwo() {
    Run r = run("score", "--scheme", SCHEME, "--facts", CSV, "--previous", CSV);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("last period's cards name the same period as this period's, 2024");
  }

  @Test
  void badFactsExitTwoListEveryUnitsProblemsAndLeaveOutUntouched() throws IOException {
    Path facts = tmp.resolve("bad.csv");
    Files.writeString(
        facts,
        "unit,group,s1.1,s1.2,s2.1,s2.2,s3\n"
            + "a,county,x,90,100,60,20\n"
            + "b,county,1,90,100,60,31\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("results.json");
    Files.writeString(out, "previous results");
    Run r =
        run(
            "score",
            "--scheme",
            SCHEME,
            "--facts",
            facts.toString(),
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(facts + ":2:3: unit a, column 's1.1': expected a count of occurrences")
        .contains(facts + ":3:7: unit b/assessment of s3:");
    assertThat(Files.readString(out)).isEqualTo("previous results");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactlyInAnyOrder(facts, out);
    }
  }

  /**
   * Issue 10 through the command line: zhangzhou 三(三)'s money items under "以最高一次得分计" and
   * "主办单位按80%计分", scored from a facts file (812 before each unit's rewards).
   */
  @Test
  void zhangzhou_3_3_moneyIsSharedAndComparedByItsPoints() throws IOException {
    String facts =
        Path.of("src", "test", "resources", "facts", "zhangzhou-money-under-the-modifiers.yaml")
            .toString();
    Path out = tmp.resolve("results.json");
    Run r =
        run(
            "score",
            "--scheme",
            "zhangzhou-municipal",
            "--facts",
            facts,
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(ResultFiles.read(out).units())
        .extracting(u -> u.unitId(), u -> u.total().toString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("jiaotongju", "822"), // 500万元: 10, not 市级先进 4
            org.assertj.core.groups.Tuple.tuple("fagaiwei", "821.875"), // the same, less 0.125
            org.assertj.core.groups.Tuple.tuple("jiaoyuju", "818"), // 300万元: 6, not 4
            org.assertj.core.groups.Tuple.tuple("kejiju", "815"), // 150万元: 3, not 新举措 2
            org.assertj.core.groups.Tuple.tuple("jingmaowei", "816"), // 1000万元 as lead: 4
            org.assertj.core.groups.Tuple.tuple("minzongju", "813.8"), // 2200万元 as partner: 1.8
            org.assertj.core.groups.Tuple.tuple("gonganju", "813.6")); // 120万元 as lead: 1.6

    Run fine =
        run("explain", "--scheme", "zhangzhou-municipal", "--facts", facts, "--unit", "fagaiwei");
    assertThat(fine.code()).isZero();
    assertThat(fine.out())
        .contains("突出绩效与创新〔三(三)〕：10 / 100")
        .contains("被市级以上评为先进单位〔三(三)3(1)〕：0")
        .contains(
            "0  记录 award：与记录 grant（争取资金）属同一事项“河长制”，只计一次，以后者为准：后者加10分，本条加4分"
                + "  〔三(三) 同一项工作在不同项目得分的,以最高一次得分计〕");
    Run lead =
        run("explain", "--scheme", "zhangzhou-municipal", "--facts", facts, "--unit", "jingmaowei");
    assertThat(lead.out())
        .contains("引进项目〔三(三)4(2)〕：4 / 10")
        .contains("+4  记录 port：1000万元，达到基数1000万元，计5分；联合完成，本单位为主办单位，按80%计：5 × 80% = 4  〔三(三)4(2)〕");
  }

  @Test
  void explainPrintsEveryPointWithItsClause() {
    Run r = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "dongcheng");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("-5  记录 gw-2024-017（出现差错一次扣5分）  〔三(一)1〕  <市政府办秘书科 2024-04-02 档案资料>");
    Run missing = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nobody");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no unit 'nobody'");
  }

  @Test
  void explainStartsWithTheVerdictTotalVetoAndRank() {
    Run r = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "dongcheng");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().limit(2))
        .containsExactly(
            "dongcheng 东城区政府办（县市区政府办公室），示例市政府系统办公室工作考评办法，考评期 2024",
            "结论：总分 94.5（满分100）；未被一票否决；名次：按总分从高到低排序评奖〔四(一)〕 第1名，一等奖；" + "考评等次〔四(二)〕 优秀");
    Run nanhu =
        run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nanhu", "--lang", "en");
    assertThat(nanhu.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("verdict: total 87.5 of 100; disqualified: 公文质量项全扣的，评先资格一票否决 三(一)1 (")
        .contains("; rank: 按总分从高到低排序评奖 [四(一)]: rank 2; 考评等次 [四(二)]: 合格");
  }

  @Test
  void explainWithoutEveryUnitOfTheGroupSaysTheRankIsNotKnown() throws IOException {
    Path one = tmp.resolve("one.csv");
    List<String> lines = Files.readAllLines(Path.of(CSV), StandardCharsets.UTF_8);
    Files.write(
        one, lines.stream().filter(l -> !l.startsWith("xicheng")).toList(), StandardCharsets.UTF_8);
    Run r = run("explain", "--scheme", SCHEME, "--facts", one.toString(), "--unit", "dongcheng");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .endsWith("；名次未知（事实文件中缺少同组排名的单位：xicheng）");
  }

  @Test
  void explainShowsEachOccurrencesNote() {
    Run r = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "dongcheng");
    assertThat(r.out())
        .contains(
            "  -5  记录 gw-2024-017（出现差错一次扣5分）  〔三(一)1〕  <市政府办秘书科 2024-04-02 档案资料>\n"
                + "      备注（记录 gw-2024-017）：东政办发〔2024〕5号文号错误\n");
  }

  @Test
  void explainFoldsItemsAtFullMarksWithoutFactsAndAllListsThem() {
    // jiaoyu's 公文质量 starts from full marks and no occurrence took any: no fact, folded
    Run folded = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "jiaoyu");
    Run all = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "jiaoyu", "--all");
    assertThat(folded.code()).as(folded.err()).isZero();
    assertThat(all.code()).as(all.err()).isZero();
    String item = "\n公文质量〔三(一)1〕：20 / 20\n  +20  从满分20分起扣  〔三(一)1〕\n";
    assertThat(folded.out())
        .doesNotContain(item)
        .contains("\n  +20  公文质量  〔三(一)1〕\n") // its points still show in its section
        .contains("\n办文时效〔三(一)2〕：10 / 10\n") // full marks from a measurement: shown
        .endsWith("\n另有1项满分且无事实记录，未逐项列出（--all 全部列出）\n");
    assertThat(all.out()).contains(item).doesNotContain("满分且无事实记录");
  }

  @Test
  void explainOfAnUnknownUnitSuggestsTheNearestIds() {
    Run r = run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "dongchen");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no unit 'dongchen'; did you mean dongcheng?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void explainWritesTheSameLinesAsDataThatReadBack(String format) throws IOException {
    Run r =
        run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nanhu", "--format", format);
    assertThat(r.code()).as(r.err()).isZero();
    Calculator calc = Calculator.of(SchemeFiles.read(Path.of(SCHEME)));
    ScoreCard nanhu =
        FactsFiles.read(Path.of(YAML), calc).stream()
            .filter(u -> u.unitId().equals("nanhu"))
            .map(calc::score)
            .findFirst()
            .orElseThrow();
    Path file = tmp.resolve("nanhu." + format);
    Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    assertThat(ResultFiles.readExplanation(file)).isEqualTo(Explanation.of(nanhu));
    assertThat(r.out()).contains("差错3次以上的，此项不得分：记录3次，属于“3次以上”，本项记0分");
  }

  @Test
  void scoreChoosesTheCsvNodeColumns() {
    Run r = run("score", "--scheme", SCHEME, "--facts", CSV, "--format", "csv", "--nodes", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "outcome,unit,name,group,period,total,value,score,previous,rank,position,fromBottom,"
                + "awards,withheld,band,cutTie,disqualified,vetoes,decision,recording,"
                + "example-office-2024,s1,s2,s3,s4\r\n"
                + ",,,,,,,,,,,,,,,,,,,,示例市政府系统办公室工作考评办法,文电办理,督查督办,综合评价,争取资金\r\n"
                + "awards,dongcheng,东城区政府办,county,2024,94.5,94.5,94.5,,1,1,3,一等奖,,,,false,,,,"
                + "94.5,25,40,27.5,2\r\n");
    Run unknown =
        run("score", "--scheme", SCHEME, "--facts", CSV, "--format", "csv", "--nodes", "s1,s9");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--nodes no node s9 (did you mean s1, s2, s3?) in scheme example-office-2024");
    Run notCsv = run("score", "--scheme", SCHEME, "--facts", CSV, "--nodes", "1");
    assertThat(notCsv.code()).isEqualTo(2);
    assertThat(notCsv.err())
        .contains("--nodes chooses CSV or xlsx columns; give it with --format csv|xlsx");
    Run badFormat =
        run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nanhu", "--format", "csv");
    assertThat(badFormat.code()).isEqualTo(2);
  }

  @Test
  void scoreOnSeveralThreadsPrintsWhatOneThreadPrints() {
    Run one =
        run("score", "--scheme", SCHEME, "--facts", YAML, "--format", "json", "--threads", "1");
    assertThat(one.code()).as(one.err()).isZero();
    Run three =
        run("score", "--scheme", SCHEME, "--facts", YAML, "--format", "json", "--threads", "3");
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.err()).isEqualTo(one.err());
    Run none = run("score", "--scheme", SCHEME, "--facts", YAML, "--threads", "0");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--threads must be at least 1");
  }

  @Test
  void harbinsMonthlyQuotaIsEnteredAndExplainedInTheTextsOwnUnit() throws IOException {
    // 第八条(一) "平均每月至少报送15条 ... 至少报送10条": the clerk enters the monthly figure as printed.
    StringBuilder yaml =
        new StringBuilder("units:\n  - unit: fagaiwei\n    group: bureau\n    facts:\n");
    for (String criterion :
        new String[] {"7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "8.3", "8.4"}) {
      yaml.append("      - check: {node: art").append(criterion).append(", met: true}\n");
    }
    yaml.append("      - measurement: {node: art8.1.bureau, value: 12, unit: 条/月}\n");
    Path facts = tmp.resolve("harbin.yaml");
    Files.writeString(facts, yaml, StandardCharsets.UTF_8);
    assertThat(run("show", "harbin-2008").out())
        .contains("art8.1.bureau", "tiers on 条/月: [10, +∞) 15; [0, 10) 0");
    String[] explain = {
      "explain", "--scheme", "harbin-2008", "--facts", facts.toString(), "--unit", "fagaiwei"
    };
    Run r = run(explain);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("：100", "实测12条/月，在“10条/月以上”档");
    Files.writeString(
        facts, yaml.toString().replace("value: 12, unit: 条/月", "value: 144, unit: 条/年"));
    Run wrong = run(explain);
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err())
        .contains(
            "harbin.yaml:15:9: unit fagaiwei/measurement of art8.1.bureau: measured in 条/年, but"
                + " art8.1.bureau is measured in 条/月; give the value in 条/月");
  }

  @Test
  void badArgumentsAndMissingFilesExitTwo() {
    assertThat(run("score", "--scheme", SCHEME).code()).isEqualTo(2);
    assertThat(run("score", "--bogus").code()).isEqualTo(2);
    Run noFile = run("score", "--scheme", SCHEME, "--facts", tmp.resolve("none.csv").toString());
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("none.csv: no such file");
    Run noScheme = run("show", "no-such-scheme");
    assertThat(noScheme.code()).isEqualTo(2);
    assertThat(noScheme.err()).contains("no packaged scheme 'no-such-scheme' and no such file");
    Run wrongFormat = run("score", "--scheme", SCHEME, "--facts", CSV, "--format", "xml");
    assertThat(wrongFormat.code()).isEqualTo(2);
  }

  @Test
  void anInternalErrorExitsOneWithItsStackTrace() {
    StringWriter err = new StringWriter();
    int code = Main.exitCode(new IllegalStateException("bug"), new PrintWriter(err, true), false);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("internal error").contains("IllegalStateException: bug");
  }

  @Test
  void showIsReadableFromAFileOfAnyFormat() throws IOException {
    Path json = tmp.resolve("s.json");
    SchemeFiles.write(json, SchemeFiles.read(Path.of(SCHEME)));
    assertThat(run("show", json.toString(), "--format", "yaml").out())
        .isEqualTo(SchemeFiles.toString(SchemeFiles.read(json), FileFormat.YAML));
  }

  // ------------------------------------------------------------------ decisions for the office

  @Test
  void aTieThatLeavesAnAwardEmptyIsADecisionForTheOfficeInEveryFormat() throws IOException {
    // dazhou 四(一) "评选先进县(市、区)2名": three counties tied first in 政务调研 (s3.4) receive
    // nothing (ALL_WORSE); before, that was reported only as a settled tie.
    Path facts = tmp.resolve("dazhou-tie.csv");
    Files.writeString(
        facts,
        String.join(
            "\n",
            "unit,group,period,s3.1,s3.2,s3.3,s3.4,s3.5,s3.6,s3.7",
            "kaijiang,county,2024,92,97,89.5,92,97,89,90.5",
            "xuanhan,county,2024,87.5,82.5,81.5,92,91,82,83.5",
            "quxian,county,2024,79.5,86.5,93.5,92,89.5,92,80",
            "daxian,county,2024,84,80.5,79,78,84,84.5,88",
            "fagaiwei,dept,2024,95.5,88,94.5,87.5,88,97,87.5",
            ""),
        StandardCharsets.UTF_8);
    String[] score = {"score", "--scheme", "dazhou-2012", "--facts", facts.toString()};
    Run table = run(score);
    assertThat(table.code()).isZero();
    // Right under the title line, before any ranking: a clerk cannot miss it.
    assertThat(table.out().lines().skip(2).findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith("！须由考评办决定的事项（1项）"));
    assertThat(table.out().lines().skip(3).findFirst())
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .contains("政务调研先进县(市、区)〔四(一)〕", "“先进县(市、区)”第1至2名", "须由考评办决定")
                    .contains("kaijiang", "quxian", "xuanhan"));
    Run json = run(concat(score, "--format", "json"));
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"decisions\"", "\"unfilledByTie\"", "\"tieTo\" : 3");
    Path written = tmp.resolve("results.json");
    Files.writeString(written, json.out(), StandardCharsets.UTF_8);
    assertThat(ResultFiles.read(written).standings().decisions()).hasSize(1);
    Run csv = run(concat(score, "--format", "csv"));
    assertThat(csv.code()).isZero();
    assertThat(csv.out().lines().findFirst())
        .hasValueSatisfying(h -> assertThat(h).contains(",vetoes,decision,recording,dazhou-2012,"));
    assertThat(csv.out().lines().filter(l -> l.startsWith("rank.s3.4.county,kaijiang,")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("须由考评办决定"));
  }

  /** The example scheme with its 二等奖 sized by a parameter the office sets. */
  private Path schemeWithAParameter() throws IOException {
    String yaml = Files.readString(Path.of(SCHEME), StandardCharsets.UTF_8);
    String sized =
        yaml.replace(
                "        - {label: 二等奖, from: 2, to: 3, end: top}",
                "        - {label: 二等奖, from: 2, places: second-prizes, end: top}")
            .replace(
                "max: 100\n",
                "max: 100\nparameters:\n  - {id: second-prizes, title: 二等奖名次数, clause: 四(一),"
                    + " kind: places, why: 示例, example: 2}\n");
    assertThat(sized).contains("places: second-prizes", "id: second-prizes");
    Path file = tmp.resolve("sized.scheme.yaml");
    Files.writeString(file, sized, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void setGivesAParameterTheOfficeSetsForOneRunAndWithoutItTheAwardIsLeftToTheOffice()
      throws IOException {
    String scheme = schemeWithAParameter().toString();
    Run unset = run("score", "--scheme", scheme, "--facts", CSV);
    assertThat(unset.code()).isZero();
    assertThat(unset.out()).contains("！须由考评办决定的事项（2项）", "“二等奖”的获奖名次文中未作规定");
    assertThat(unset.out()).doesNotContain("  二等奖  ");
    Run set = run("score", "--scheme", scheme, "--facts", CSV, "--set", "second-prizes=1");
    assertThat(set.code()).isZero();
    assertThat(set.out()).doesNotContain("须由考评办决定").contains("考评办设定的参数（文中未规定）：二等奖名次数〔四(一)〕 = 1");
    assertThat(set.out().lines().filter(l -> l.matches("\\s+\\d+\\s.*二等奖.*") && !l.contains("未获")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("caizheng"));
    Run unknown = run("score", "--scheme", scheme, "--facts", CSV, "--set", "winners=1");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("has no parameter winners; its parameters are [second-prizes]");
    Run notWhole = run("score", "--scheme", scheme, "--facts", CSV, "--set", "second-prizes=1.5");
    assertThat(notWhole.code()).isEqualTo(2);
    assertThat(notWhole.err()).contains("a number of places is a whole number from 1");
    Run notANumber = run("score", "--scheme", scheme, "--facts", CSV, "--set", "second-prizes=x");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err())
        .contains("--set second-prizes=x: the value must be a plain decimal");
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
