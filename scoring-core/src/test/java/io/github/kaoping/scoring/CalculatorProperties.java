package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The invariants of catalogue §7, over generated schemes of every shape and generated facts. The
 * seed is fixed in the pom; replay another with {@code -DQT_SEED=...}.
 */
class CalculatorProperties {

  private static final int EXAMPLES = 300;

  @Test
  void generatedSchemesAreValid() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(c -> assertThat(Calculator.validate(c.scheme())).isEmpty());
  }

  @Test
  void noNodeLeavesItsBoundsUnlessItsRoleSaysSo() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              ScoreCard card = Calculator.of(c.scheme()).score(c.facts());
              for (Node section : c.scheme().sections()) {
                checkBounds(section, card);
              }
              Points scored = card.points("random").minus(onTop(c.scheme().sections(), card));
              assertThat(scored).isLessThanOrEqualTo(c.scheme().maximum().orElseThrow());
            });
  }

  /** Bonus and adjustment points at or below these nodes: they sit on top of every cap above. */
  private static Points onTop(List<Node> nodes, ScoreCard card) {
    Points sum = Points.ZERO;
    for (Node n : nodes) {
      boolean extra = n.role() == Role.BONUS || n.role() == Role.ADJUSTMENT;
      sum = sum.plus(extra ? card.points(n.id()) : onTop(n.children(), card));
    }
    return sum;
  }

  private static void checkBounds(Node node, ScoreCard card) {
    node.children().forEach(child -> checkBounds(child, card));
    Points own = card.points(node.id()).minus(onTop(node.children(), card));
    switch (node.role()) {
      case SCORED, BONUS -> {
        assertThat(own).as(node.id()).isGreaterThanOrEqualTo(Points.ZERO);
        node.maximum().ifPresent(max -> assertThat(own).as(node.id()).isLessThanOrEqualTo(max));
      }
      case DEDUCTION -> {
        assertThat(own).as(node.id()).isLessThanOrEqualTo(Points.ZERO);
        node.maximum()
            .ifPresent(max -> assertThat(own).as(node.id()).isGreaterThanOrEqualTo(max.negated()));
      }
      case ADJUSTMENT -> {}
    }
  }

  @Test
  void theTotalIsTheSumOfItsPartsPlusCarriesAndPenalties() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              ScoreCard card = Calculator.of(c.scheme()).score(c.facts());
              for (NodeScore n : card.nodes()) {
                assertThat(sum(n.lines())).as(n.nodeId()).isEqualTo(n.points());
              }
              assertThat(sum(card.totalLines())).isEqualTo(card.total());
              assertThat(card.totalLines().get(0).points()).isEqualTo(card.points("random"));
              assertThat(card.totalLines().subList(1, card.totalLines().size()))
                  .allSatisfy(l -> assertThat(l.kind()).isIn(Line.Kind.CARRY, Line.Kind.PENALTY));
              checkChildren(c.scheme().sections(), card.node("random").orElseThrow(), card);
            });
  }

  /** A branch's child lines carry exactly its children's points. */
  private static void checkChildren(List<Node> children, NodeScore parent, ScoreCard card) {
    List<Points> expected = new ArrayList<>();
    for (Node child : children) {
      expected.add(card.points(child.id()));
      if (!child.children().isEmpty()) {
        checkChildren(child.children(), card.node(child.id()).orElseThrow(), card);
      }
    }
    assertThat(parent.lines())
        .filteredOn(l -> l.kind() == Line.Kind.CHILD)
        .extracting(Line::points)
        .as(parent.nodeId())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theNodePointsAreTheExplainedPointsAndEveryAdjustmentHasItsLine() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              ScoreCard card = Calculator.of(c.scheme()).score(c.facts());
              // asked first, so that the points come from scoring, not from explaining
              List<NodePoints> points = card.nodePoints();
              assertThat(points).isEqualTo(card.nodes().stream().map(NodeScore::toPoints).toList());
              Map<String, NodeScore> byId = new HashMap<>();
              for (NodeScore n : card.nodes()) {
                if (n.depth() == 0) {
                  assertThat(n.nodeId()).isEqualTo("random");
                } else {
                  NodeScore parent = byId.get(n.parentId().orElseThrow());
                  assertThat(parent)
                      .as("parent of " + n.nodeId() + " listed before it")
                      .isNotNull();
                  assertThat(n.depth()).isEqualTo(parent == null ? -1 : parent.depth() + 1);
                }
                byId.put(n.nodeId(), n);
                for (Adjustment a : Adjustment.values()) {
                  boolean lined =
                      a == Adjustment.CARRY
                          ? card.totalLines().stream()
                              .anyMatch(
                                  l ->
                                      l.kind() == Line.Kind.CARRY
                                          && l.source().equals(Optional.of(n.nodeId())))
                          : n.lines().stream().anyMatch(l -> l.kind() == kindOf(a));
                  assertThat(n.adjustments().contains(a)).as(n.nodeId() + " " + a).isEqualTo(lined);
                }
                for (Line l : n.lines()) {
                  if (l.kind() == Line.Kind.CHILD) {
                    assertThat(byId.get(l.source().orElseThrow()))
                        .as("child line of " + n.nodeId())
                        .isNull();
                    assertThat(card.node(l.source().orElseThrow()).orElseThrow().points())
                        .isEqualTo(l.points());
                  }
                }
              }
            });
  }

  private static Line.Kind kindOf(Adjustment a) {
    return switch (a) {
      case FLOOR -> Line.Kind.FLOOR;
      case CEILING -> Line.Kind.CEILING;
      case CARRY -> Line.Kind.CARRY;
      case GATE -> Line.Kind.GATE;
      case RESCALE -> Line.Kind.RESCALE;
    };
  }

  @Test
  void aFurtherDeductionNeverRaisesAScore() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.of(c.scheme());
              ScoreCard before = calculator.score(c.facts());
              for (Occurrence extra : c.deducting()) {
                ScoreCard after = calculator.score(c.facts().with(extra));
                assertThat(after.total()).isLessThanOrEqualTo(before.total());
                assertThat(after.points(extra.nodeId()))
                    .isLessThanOrEqualTo(before.points(extra.nodeId()));
              }
            });
  }

  @Test
  void aFurtherEarningNeverLowersAScore() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.of(c.scheme());
              ScoreCard before = calculator.score(c.facts());
              for (Occurrence extra : c.earning()) {
                ScoreCard after = calculator.score(c.facts().with(extra));
                assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
                assertThat(after.points(extra.nodeId()))
                    .isGreaterThanOrEqualTo(before.points(extra.nodeId()));
              }
            });
  }

  @Test
  void theOrderOfTheFactsNeverChangesTheCard() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (c, seed) -> {
              Calculator calculator = Calculator.of(c.scheme());
              List<Fact> shuffled = new ArrayList<>(c.facts().facts());
              Collections.shuffle(shuffled, new Random(seed));
              ScoreCard card =
                  calculator.score(UnitFacts.builder().from(c.facts()).facts(shuffled).build());
              assertThat(card).isEqualTo(calculator.score(c.facts()));
            });
  }

  private static Points sum(List<Line> lines) {
    return Points.sum(lines.stream().map(Line::points).toList());
  }
}
