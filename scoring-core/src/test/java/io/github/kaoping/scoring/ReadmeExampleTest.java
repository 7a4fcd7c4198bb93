package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's code sample, verbatim, so that it keeps working. */
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
    assertThat(card.explain()).contains("zeroed, 3 occurrences in [3, +∞)");
  }
}
