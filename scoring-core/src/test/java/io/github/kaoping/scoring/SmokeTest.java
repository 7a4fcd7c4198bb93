package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    Scheme s =
        Scheme.builder()
            .id("t")
            .title("t")
            .max("40")
            .addGroups(UnitGroup.of("g", "G", "一"))
            .add(
                Node.of("s", "督查", "四(五)")
                    .max("40")
                    .add(
                        Node.of("s2", "办结", "四(五)2")
                            .max("40")
                            .rule(Rule.deductPerOccurrence("10"))
                            .addGates(Gate.zeroAfter(3, "3次未按时办结", "四(五)2"))))
            .build();
    Calculator c = Calculator.of(s);
    UnitFacts f =
        UnitFacts.of("u", "g")
            .addFacts(Occurrence.of("o1", "s2").build())
            .addFacts(Occurrence.of("o2", "s2").build())
            .addFacts(Occurrence.of("o3", "s2").build())
            .build();
    ScoreCard card = c.score(f);
    System.out.println(card.explain());
    assertThat(card.total()).isEqualTo(Points.ZERO);
  }
}
