package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's code samples, verbatim, so that they keep working. */
class ReadmeExampleTest {

  @Test
  void theReadmeSampleScoresAsItSays() {
    Scheme scheme =
        Scheme.builder()
            .id("yueyang-2007")
            .title("岳阳市政府系统办公室工作考评办法")
            .max("150")
            .addGroups(UnitGroup.of("dept", "市政府各部门", "一(一)2"))
            .add(
                Node.of("s5", "督查督办", "四(五)")
                    .max("150")
                    .add(
                        Node.of("s5.2", "督办件办结", "四(五)2")
                            .max("40")
                            .rule(Rule.deductPerOccurrence("10")) // 未按要求办结的，一次扣10分
                            .addGates(Gate.zeroAfter(3, "3次未按时办结的，此项计分全扣", "四(五)2")),
                        Node.of("s5.x", "其余各项", "四(五)").max("110").rule(Rule.Assessed.award())))
            .build();
    ScoreCard card =
        Calculator.of(scheme)
            .score(
                UnitFacts.of("jiaotong", "dept")
                    .addFacts(
                        Occurrence.of("dc-1", "s5.2").build(),
                            Occurrence.of("dc-2", "s5.2").build(),
                        Occurrence.of("dc-3", "s5.2").build(), Assessment.of("s5.x", "104"))
                    .build());
    assertThat(card.total()).isEqualTo(Points.of(104));
    assertThat(card.explain()).contains("记录3次，属于“3次以上”，本项记0分");
  }

  @Test
  void theReadmeStandingsSampleRanksAndPrintsAsItSays() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<String> holders;
    try {
      Scheme scheme =
          Scheme.builder()
              .id("yueyang-2007")
              .title("岳阳市政府系统办公室工作考评办法")
              .addGroups(UnitGroup.of("county", "县、市、区", "一(一)1"))
              .add(Node.of("total", "年终考评", "三").max("1000").rule(Rule.Assessed.award()))
              .addOutcomes(
                  Ranking.of("awards-county", "先进单位", "三(四)")
                      .addGroups("county")
                      .disqualified(
                          DisqualifiedUnits.KEEP_POSITION) // 一票否决: no award, position kept
                      .cutTies(CutTies.ALL_BETTER) // tied across a cut: the better award
                      .addAwards(
                          Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6))
                      .build())
              .build();
      Calculator calculator = Calculator.of(scheme);
      List<ScoreCard> cards =
          Stream.of(
                  "huarong 951",
                  "pingjiang 948",
                  "xiangyin 930",
                  "linxiang 930",
                  "miluo 921",
                  "junshan 899",
                  "yunxi 880")
              .map(unit -> unit.split(" "))
              .map(
                  u ->
                      calculator.score(
                          UnitFacts.of(u[0], "county")
                              .addFacts(Assessment.of("total", u[1]))
                              .build()))
              .toList();
      StandingsResult result = Standings.of(calculator).rank(cards); // any order, same result
      holders =
          result
              .ranking("awards-county")
              .group("county")
              .holders("二等奖"); // [pingjiang, linxiang, xiangyin]
      System.out.print(result.table());
    } finally {
      System.setOut(out);
    }
    assertThat(holders).containsExactly("pingjiang", "linxiang", "xiangyin");
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    String shown = readme.substring(readme.indexOf("prints\n\n```\n") + "prints\n\n```\n".length());
    shown = shown.substring(0, shown.indexOf("```"));
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(shown);
  }

  /** The README at the repository root, found from the module's directory. */
  private static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("README.md"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
    return here.resolve("README.md");
  }
}
