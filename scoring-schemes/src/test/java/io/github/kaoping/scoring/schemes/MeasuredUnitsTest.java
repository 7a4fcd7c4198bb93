package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every measured quantity of the nine packaged schemes (a measurement's tiers, threshold,
 * proportion or shortfall steps, and an amount's steps) is measured in the unit its text states, so
 * that the figure the text prints is the figure a clerk enters. Each row is one node, audited
 * against the text: the words that state the unit, and the unit the node declares.
 */
class MeasuredUnitsTest {

  /**
   * One measured node.
   *
   * @param regulation the scheme
   * @param node the node's id
   * @param unit the unit it is measured in
   * @param quote the text's words stating the quantity and its unit, verbatim
   */
  record Measured(Regulation regulation, String node, String unit, String quote) {
    @Override
    public String toString() {
      return regulation.id() + " " + node + " in " + unit;
    }
  }

  static Stream<Measured> audited() {
    return Stream.of(
        new Measured(Regulation.CHANGZHOU, "2.4.a", "人", "各单位核定编制达到10人以上的,得2分;10-5人,得1分"),
        new Measured(Regulation.CHANGZHOU, "2.4.b", "%", "核定人员配备齐全率达80%以上得2分,低于80%得1分"),
        // 第八条(一) prints a monthly average: the quota is measured in it, not as a year's count.
        new Measured(Regulation.HARBIN, "art8.1.gov", "条/月", "平均每月至少报送 15条"),
        // No 平均每月 for the bureaus; read in parallel with the first half (reading bureau-quota).
        new Measured(Regulation.HARBIN, "art8.1.bureau", "条/月", "至少报送 10条"),
        new Measured(Regulation.JISHUI_2014, "common.6.a", "篇", "全年完成上稿任务3篇计3分"),
        new Measured(Regulation.JISHUI_2014, "enforcement.5", "%", "结案率达到95%的(10分)"),
        // The percentage of the task completed (reading shortfall), not the shortfall itself.
        new Measured(Regulation.JISHUI_2014, "consolidation.3", "%", "补充耕地任务数(20分),每差欠5%扣4分"),
        new Measured(Regulation.YUEYANG_2007, "s5.5", "篇", "向市政府督查室报送督查工作调研报告3篇，计15分。每少一篇扣5分"),
        // The text states no unit for the survey; reading public-review takes the satisfaction rate
        // in percent.
        new Measured(Regulation.ZHANGZHOU, "s4.1", "%", "满意程度"),
        new Measured(Regulation.ZHANGZHOU, "s3.4.1", "万元", "每争取50万元得1分"),
        new Measured(Regulation.ZHANGZHOU, "s3.4.2", "万元", "实际到资1000万元的得5分,每增加300万元得1分"));
  }

  /** The unit a node's rule declares, or null if its rule reads no quantity. */
  private static @Nullable String unitOf(Node node) {
    Rule rule = node.rule().orElse(null);
    if (rule instanceof Rule.Measured m) {
      return m.unit();
    }
    return rule instanceof Rule.AmountSteps a ? a.unit() : null;
  }

  @Test
  void everyMeasuredNodeOfTheNineSchemesIsAudited() {
    List<String> measured = new ArrayList<>();
    for (Regulation r : Regulation.values()) {
      for (Node n : PackagedSchemeChecks.nodes(r.scheme())) {
        if (unitOf(n) != null) {
          measured.add(r.id() + " " + n.id());
        }
      }
    }
    assertThat(measured)
        .as("a measured node not audited here: check its text's unit and add it")
        .containsExactlyInAnyOrderElementsOf(
            audited().map(m -> m.regulation().id() + " " + m.node()).toList());
  }

  @ParameterizedTest
  @MethodSource("audited")
  void eachIsMeasuredInTheUnitItsTextStates(Measured m) {
    Node node = PackagedSchemeChecks.node(m.regulation().scheme(), m.node());
    assertThat(unitOf(node)).isEqualTo(m.unit());
    String text =
        PackagedSchemeChecks.runningText(m.regulation().scheme().info().source().orElseThrow());
    assertThat(text).contains(m.quote().replaceAll("\\s", ""));
  }
}
