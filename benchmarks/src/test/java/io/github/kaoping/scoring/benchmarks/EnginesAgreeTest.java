package io.github.kaoping.scoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.schemes.Regulation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before anything is timed: every engine gives the library's total on the generated facts. */
class EnginesAgreeTest {

  private static final Scheme MIXED =
      Scheme.builder()
          .id("mixed")
          .title("混合")
          .max("100")
          .addGroups(UnitGroup.of("g", "单位", "一"))
          .add(
              Node.of("a", "督查", "一")
                  .max("60")
                  .add(
                      Node.of("a1", "办结", "一1")
                          .max("40")
                          .rule(
                              Rule.perOccurrence(
                                  Rule.Rate.deduct("10"),
                                  Rule.Rate.deductBetween("5", "10").forKind("重大")))
                          .addGates(Gate.zeroAfter(3, "3次全扣", "一1")),
                      Node.of("a2", "制度", "一2")
                          .max("15")
                          .rule(
                              Rule.deductPerMissing(
                                  "5", new Rule.Element("x", "反馈"), new Rule.Element("y", "通报"))),
                      Node.of("a3", "报告", "一3").max("5").rule(Rule.criterion()),
                      Node.of("a.bonus", "加分", "三(一)")
                          .role(Role.BONUS)
                          .ceiling(Limit.shareOf("a", "0.3"))
                          .rule(Rule.Assessed.award())),
              Node.of("b", "后勤", "二")
                  .max("40")
                  .add(
                      Node.of("b1", "安全", "二1")
                          .max("30")
                          .rule(Rule.fullMarks())
                          .addGates(Gate.prerequisite("ok", "达标", "二1")),
                      Node.of("b2", "规章", "二2")
                          .max("10")
                          .rule(
                              new Rule.Checklist(
                                  List.of(),
                                  io.github.kaoping.scoring.Points.parse("2"),
                                  io.github.kaoping.scoring.Direction.DEDUCT))))
          .build();

  @Test
  void allEnginesGiveTheLibrarysTotal() {
    agree(MIXED, "g", 300);
  }

  @Test
  void allFourScorersGiveTheSameYueyangTotals() {
    Scheme yueyang = Regulation.YUEYANG_2007.scheme();
    agree(yueyang, "county", 300);
    agree(yueyang, "department", 300);
    Calculator calculator = Calculator.of(yueyang);
    for (UnitFacts unit : RealisticFacts.generate(yueyang, 600, 42)) {
      assertThat(HandWrittenYueyang.total(unit))
          .as(unit.unitId() + " hand-written")
          .isEqualByComparingTo(calculator.score(unit).total().toBigDecimal());
    }
  }

  private static void agree(Scheme scheme, String group, int count) {
    Calculator calculator = Calculator.of(scheme);
    ExpressionScript script = ExpressionScript.of(scheme, group);
    QlExpressScorer ql = new QlExpressScorer(script);
    AviatorScorer aviator = new AviatorScorer(script);
    List<UnitFacts> units =
        RealisticFacts.generate(scheme, count * scheme.groups().size(), 42).stream()
            .filter(u -> u.group().equals(group))
            .toList();
    for (UnitFacts unit : units) {
      BigDecimal expected = calculator.score(unit).total().toBigDecimal();
      assertThat(ql.total(unit)).as(unit.unitId() + " QLExpress4").isEqualByComparingTo(expected);
      assertThat(aviator.total(unit)).as(unit.unitId() + " Aviator").isEqualByComparingTo(expected);
    }
    assertThat(units.stream().map(u -> calculator.score(u).total()).distinct().count())
        .as("the facts exercise the scheme")
        .isGreaterThan(10);
  }
}
