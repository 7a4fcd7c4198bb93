package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.deductionSection;
import static io.github.kaoping.scoring.Fixtures.messages;
import static io.github.kaoping.scoring.Fixtures.p;
import static io.github.kaoping.scoring.Fixtures.scheme;
import static io.github.kaoping.scoring.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number the text does not give is a parameter the office sets: declared once, named by the rates
 * and awards that need it, never defaulted.
 */
class ParametersTest {

  private static final String AMOUNT = "s2.4.5.a-amount";

  /** zhangzhou 三(二)4(5) "暗访发现或通报的,每人次扣分": the count is given, the amount is not. */
  private static Scheme spotChecks() {
    return scheme(
            deductionSection(
                Node.of("z2.5", "被省效能办暗访发现或通报", "三(二)4(5)")
                    .role(Role.DEDUCTION)
                    .rule(Rule.perOccurrence(Rule.Rate.deductSetBy(AMOUNT).titled("每人次扣分")))))
        .addParameters(Parameter.points(AMOUNT, "暗访通报每人次扣分", "三(二)4(5)", "\"每人次扣分\" 未写分值", "2"))
        .build();
  }

  private static Fact spot(int count) {
    return Occurrence.of("spot", "z2.5").count(count).build();
  }

  @Test
  void zhangzhou_3_2_4_5_anOccurrenceBeforeTheOfficeSetsTheAmountIsAFactsErrorNamingIt() {
    assertThatThrownBy(() -> score(spotChecks(), spot(2)))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("parameter " + AMOUNT + " (暗访通报每人次扣分, 三(二)4(5))")
        .hasMessageContaining("the office has not set")
        .hasMessageContaining("--set " + AMOUNT + "=N");
    // Without an occurrence nothing needs the amount: the unit scores.
    assertThat(score(spotChecks()).points("z2")).isEqualTo(p("100"));
  }

  @Test
  void zhangzhou_3_2_4_5_theOfficesAmountIsDeductedPerPersonTimeAndExplained() {
    Scheme set = spotChecks().withParameters(Map.of(AMOUNT, new BigDecimal("1.5")));
    ScoreCard card = score(set, spot(2));
    assertThat(card.points("z2.5")).isEqualTo(p("-3"));
    assertThat(card.points("z2")).isEqualTo(p("97"));
    // the office's parameter by its title, with the value it set
    assertThat(card.explain()).contains("〔考评办设定的参数“暗访通报每人次扣分”为1.5分〕");
    assertThat(card.language(Language.ENGLISH).explain())
        .contains("[暗访通报每人次扣分 = 1.5, set by the office]");
    // The amount is fixed: an evaluator does not choose it per occurrence.
    assertThatThrownBy(() -> score(set, Occurrence.of("spot", "z2.5").points(p("3")).build()))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("is fixed at 1.5");
  }

  @Test
  void aSchemeNamingAParameterItDoesNotDeclareOrOfTheWrongKindIsInvalid() {
    Scheme undeclared =
        scheme(
                deductionSection(
                    Node.of("z2.5", "暗访", "三(二)4(5)")
                        .role(Role.DEDUCTION)
                        .rule(Rule.perOccurrence(Rule.Rate.deductSetBy("nothing")))))
            .build();
    assertThat(messages(Calculator.validate(undeclared)))
        .anySatisfy(m -> assertThat(m).contains("names unknown parameter nothing"));
    Scheme wrongKind =
        Scheme.builder()
            .from(spotChecks())
            .parameters(java.util.List.of(Parameter.places(AMOUNT, "名次", "三(二)4(5)", "未写", 2)))
            .build();
    assertThat(messages(Calculator.validate(wrongKind)))
        .anySatisfy(
            m -> assertThat(m).contains("names parameter " + AMOUNT + ", which sets places"));
  }

  @Test
  void aParameterNothingNamesOrWithAnExampleOrValueThatDoesNotSuitItIsInvalid() {
    Scheme scheme =
        Scheme.builder()
            .from(spotChecks())
            .addParameters(
                new Parameter(
                    "unused",
                    "无用",
                    "三",
                    "未写",
                    Parameter.Kind.POINTS,
                    new BigDecimal("-1"),
                    java.util.Optional.of(new BigDecimal("0.0000001"))))
            .build();
    assertThat(messages(Calculator.validate(scheme)))
        .anySatisfy(m -> assertThat(m).contains("no award or rate names parameter unused"))
        .anySatisfy(m -> assertThat(m).contains("example: points cannot be negative"))
        .anySatisfy(m -> assertThat(m).contains("value: 0.0000001 is out of range"));
  }
}
