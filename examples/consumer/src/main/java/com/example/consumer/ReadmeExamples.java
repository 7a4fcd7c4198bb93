package com.example.consumer;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java samples of the library's README, each copied verbatim into a method of its own, as a
 * user would paste them. ReadmeVerbatimTest fails when a sample of the README is not here exactly
 * as written (indented as a whole); ReadmeExamplesTest runs them.
 */
public final class ReadmeExamples {

  private ReadmeExamples() {}

  /**
   * "Depending on it": reads the example scheme and two years of facts, scores and ranks them.
   *
   * @return the standings
   * @throws IOException if a file cannot be read
   */
  public static StandingsResult files() throws IOException {
    Calculator calculator =
        Calculator.of(SchemeFiles.read(Path.of("examples/example-office-2024.scheme.yaml")));
    List<ScoreCard> cards = FactsFiles.read(Path.of("examples/example-office-2024.facts.yaml"), calculator)
        .stream().map(calculator::score).toList();
    List<ScoreCard> lastYear = FactsFiles.read(Path.of("examples/example-office-2023.facts.csv"), calculator)
        .stream().map(calculator::score).toList();
    StandingsResult result = Standings.of(calculator).rank(cards, lastYear);
    System.out.print(result.table());   // each group ranked, with its awards and 进步奖
    return result;
  }

  /**
   * "In code": a scheme built in code and one unit scored against it.
   *
   * @return the unit's score card
   */
  public static ScoreCard inCode() {
    Scheme scheme = Scheme.builder()
        .id("yueyang-2007").title("岳阳市政府系统办公室工作考评办法").max("150")
        .addGroups(UnitGroup.of("dept", "市政府各部门", "一(一)2"))
        .add(Node.of("s5", "督查督办", "四(五)").max("150").add(
            Node.of("s5.2", "督办件办结", "四(五)2").max("40")
                .rule(Rule.deductPerOccurrence("10"))            // 未按要求办结的，一次扣10分
                .addGates(Gate.zeroAfter(3, "3次未按时办结的，此项计分全扣", "四(五)2")),
            Node.of("s5.x", "其余各项", "四(五)").max("110").rule(Rule.Assessed.award())))
        .build();
    ScoreCard card = Calculator.of(scheme).score(UnitFacts.of("jiaotong", "dept")
        .addFacts(Occurrence.of("dc-1", "s5.2").build(), Occurrence.of("dc-2", "s5.2").build(),
                  Occurrence.of("dc-3", "s5.2").build(), Assessment.of("s5.x", "104"))
        .build());
    card.total();      // 104: three late completions zero the 40-point item
    card.explain();    // every line: rule, clause, fact, provenance, floor or cap applied
    card.node("s5.2"); // the same as data: points 0, adjustments [GATE], lines with source "after-3"
    card.nodePoints(); // every node's points, root first, without explaining (what results keep)
    return card;
  }

  /**
   * "The nine regulations": a packaged regulation, and lookups by 文号 and id.
   *
   * @return the calculator of 岳阳 2007
   */
  public static Calculator regulations() {
    Calculator yueyang = Calculator.of(Regulation.YUEYANG_2007.scheme());
    Regulation.byDocumentNumber("岳政办发〔2007〕13号");   // Optional[YUEYANG_2007]
    Regulation.byId("zhangzhou-municipal");              // Optional[ZHANGZHOU]
    return yueyang;
  }

  /**
   * "Standings": seven counties ranked, with awards and a tie across an award cut.
   *
   * @return the standings
   */
  public static StandingsResult standings() {
    Scheme scheme = Scheme.builder()
        .id("yueyang-2007").title("岳阳市政府系统办公室工作考评办法")
        .addGroups(UnitGroup.of("county", "县、市、区", "一(一)1"))
        .add(Node.of("total", "年终考评", "三").max("1000").rule(Rule.Assessed.award()))
        .addOutcomes(Ranking.of("awards-county", "先进单位", "三(四)")
            .addGroups("county")
            .disqualified(DisqualifiedUnits.KEEP_POSITION)   // 一票否决: no award, position kept
            .cutTies(CutTies.ALL_BETTER)                     // tied across a cut: the better award
            .addAwards(Award.top("一等奖", 1, 1), Award.top("二等奖", 2, 3), Award.top("三等奖", 4, 6))
            .build())
        .build();
    Calculator calculator = Calculator.of(scheme);
    List<ScoreCard> cards = Stream.of("huarong 951", "pingjiang 948", "xiangyin 930",
            "linxiang 930", "miluo 921", "junshan 899", "yunxi 880")
        .map(unit -> unit.split(" "))
        .map(u -> calculator.score(UnitFacts.of(u[0], "county")
            .addFacts(Assessment.of("total", u[1])).build()))
        .toList();
    Standings standings = Standings.of(calculator);
    StandingsResult result = standings.rank(cards);                    // any order, same result
    result.ranking("awards-county").group("county").holders("二等奖"); // [pingjiang, linxiang, xiangyin]
    System.out.print(result.table());
    return result;
  }
}
