package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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

  /**
   * A further deduction never raises the node it is recorded on, any ancestor or the total; one of
   * a matter already deducted at least as heavily changes nothing ("就高扣分一次").
   */
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
        .checkAssert(c -> checkFurther(c, c.deducting(), -1));
  }

  /**
   * A further earning never lowers the node it is recorded on, any ancestor or the total. One that
   * shares a matter with an occurrence already counted, and yields no more than it, changes no
   * points at all ("以最高一次得分计": the lower one is not counted); one that yields more is counted
   * instead, which {@link #ofAMattersOccurrencesTheOneYieldingTheMostIsCounted} checks.
   */
  @Test
  void aFurtherEarningNeverLowersANode() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(c -> checkFurther(c, c.earning(), 1));
  }

  /**
   * Adds each occurrence on its own and checks that its node, every ancestor and the total move
   * only in its direction (1 for an earning, -1 for a deduction), or not at all if it is merged
   * into an occurrence of its matter that yields at least as much.
   */
  private static void checkFurther(RandomSchemes.Case c, List<Occurrence> extras, int direction) {
    Calculator calculator = Calculator.of(c.scheme());
    ScoreCard before = calculator.score(c.facts());
    for (Occurrence extra : extras) {
      ScoreCard after = calculator.score(c.facts().with(extra));
      Optional<Occurrence> rival = counted(c, before, extra);
      if (rival.isEmpty()) {
        assertThat(after.total().compareTo(before.total()) * direction)
            .as("total after adding %s", extra)
            .isNotNegative();
        for (String id : c.ancestorsOrSelf(extra.nodeId())) {
          assertThat(after.points(id).compareTo(before.points(id)) * direction)
              .as("%s after adding %s", id, extra)
              .isNotNegative();
        }
      } else if (!yieldsMore(c, extra, rival.get())) {
        assertThat(pointsOf(after)).as(extra.id()).isEqualTo(pointsOf(before));
        assertThat(after.total()).isEqualTo(before.total());
      }
    }
  }

  /**
   * Of the occurrences of one matter, the one that yields the most points by itself (after its
   * share, before any cap) is counted and every other is merged into it; equal ones are settled by
   * the smallest id. The facts' other occurrences and the scale of their decimals play no part.
   */
  @Test
  void ofAMattersOccurrencesTheOneYieldingTheMostIsCounted() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              UnitFacts all = c.facts();
              for (Occurrence extra : c.earning()) {
                all = all.with(extra);
              }
              for (Occurrence extra : c.deducting()) {
                all = all.with(extra);
              }
              ScoreCard card = Calculator.of(c.scheme()).score(all);
              Map<String, List<Occurrence>> byMatter = new TreeMap<>();
              for (Fact f : all.facts()) {
                if (f instanceof Occurrence o && o.matter().isPresent()) {
                  byMatter.computeIfAbsent(o.matter().get(), k -> new ArrayList<>()).add(o);
                }
              }
              for (List<Occurrence> same : byMatter.values()) {
                List<Occurrence> kept = same.stream().filter(o -> !merged(card, o)).toList();
                assertThat(kept).as(same.toString()).hasSize(1);
                for (Occurrence o : same) {
                  if (o != kept.get(0)) {
                    assertThat(yieldsMore(c, o, kept.get(0))).as(o.id()).isFalse();
                  }
                }
              }
            });
  }

  /**
   * Adding an occurrence on node X changes the points of no node outside X and its ancestors, nor,
   * if it shares a matter, outside the nodes holding that matter and their ancestors: the points of
   * a node never depend on the facts of another.
   */
  @Test
  void anOccurrenceChangesOnlyItsNodeItsAncestorsAndItsMatter() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.of(c.scheme());
              ScoreCard before = calculator.score(c.facts());
              List<Occurrence> extras = new ArrayList<>(c.earning());
              extras.addAll(c.deducting());
              for (Occurrence extra : extras) {
                ScoreCard after = calculator.score(c.facts().with(extra));
                checkLocal(c, c.facts(), extra, before, after);
              }
              for (Fact f : c.facts().facts()) {
                if (f instanceof Occurrence o) {
                  List<Fact> rest = new ArrayList<>(c.facts().facts());
                  rest.remove(o);
                  UnitFacts without = UnitFacts.builder().from(c.facts()).facts(rest).build();
                  checkLocal(c, without, o, calculator.score(without), before);
                }
              }
            });
  }

  /**
   * The points of every node are the same whatever the scale the calculator counts in: a scheme
   * that also holds an unrelated bonus of 0.000001 per occurrence, with or without such an
   * occurrence, leaves every other node's points as they were.
   */
  @Test
  void pointsNeverDependOnTheInternalScale() {
    Node fine =
        Node.of("fine", "微量加分", "x")
            .role(Role.BONUS)
            .max("1")
            .rule(Rule.earnPerOccurrence("0.000001"))
            .build();
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              ScoreCard plain = Calculator.of(c.scheme()).score(c.facts());
              Calculator finer =
                  Calculator.of(Scheme.builder().from(c.scheme()).addSections(fine).build());
              ScoreCard same = finer.score(c.facts());
              ScoreCard more = finer.score(c.facts().with(Occurrence.of("tiny", "fine").build()));
              for (NodeScore n : plain.nodes()) {
                assertThat(same.points(n.nodeId())).as(n.nodeId()).isEqualTo(n.points());
                if (!n.nodeId().equals(c.scheme().id())) {
                  assertThat(more.points(n.nodeId())).as(n.nodeId()).isEqualTo(n.points());
                }
              }
              assertThat(same.total()).isEqualTo(plain.total());
              assertThat(more.total()).isEqualTo(plain.total().plus(Points.parse("0.000001")));
            });
  }

  /**
   * The fast run scores a leaf counted by its occurrences alone in one step ({@code
   * Plan.occurrencesAlone}), apart from the walk over the other nodes; explaining walks every node.
   * Both give every node the same points and adjustments, and the same total, and the cases reach
   * such leaves floored or capped.
   */
  /**
   * The plan finds every node by its id (a copy of it) at its index, and nothing for an id no node
   * has: one character longer or shorter, with a character changed, or of the same hash (the first
   * two characters moved by one and by -31).
   */
  @Test
  void everyNodeIsFoundByItsIdAndNoOtherId() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Plan plan = SchemeCompiler.compile(c.scheme());
              java.util.Set<String> ids = new java.util.HashSet<>();
              for (PlanNode n : plan.nodes) {
                assertThat(plan.indexOf(new String(n.id()))).isEqualTo(n.index);
                ids.add(n.id());
              }
              for (String id : ids) {
                for (String other :
                    List.of(
                        id + "x",
                        id.substring(1),
                        "x" + id.substring(1),
                        id.substring(0, id.length() - 1),
                        sameHash(id))) {
                  if (!ids.contains(other)) {
                    assertThat(plan.indexOf(other)).as(other).isEqualTo(-1);
                  }
                }
              }
            });
  }

  /**
   * The index keeps each node's occurrences as a chain of ints through their slots: every
   * occurrence is on its node's chain once, in the order given, with its node and rate, and on no
   * other; an occurrence's id given again is found by the table of slots by id.
   */
  @Test
  void everyOccurrenceIsChainedOnItsNodeInTheOrderGiven() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Plan plan = SchemeCompiler.compile(c.scheme());
              FactsIndex index = FactsIndex.build(plan, c.facts());
              Map<Integer, List<Occurrence>> given = byNode(plan, c.facts(), Occurrence.class);
              for (PlanNode n : plan.nodes) {
                List<FactsIndex.Slot> chain = index.occurrences(n.index);
                List<Occurrence> expected = given.getOrDefault(n.index, List.of());
                assertThat(chain).hasSameSizeAs(expected);
                for (int k = 0; k < chain.size(); k++) {
                  FactsIndex.Slot s = chain.get(k);
                  assertThat(s.occurrence).isSameAs(expected.get(k));
                  assertThat(s.node).isSameAs(n);
                  assertThat(index.occurrence(s.ordinal)).isSameAs(s.occurrence);
                  assertThat(s.kind).isEqualTo(s.occurrence.kind().orElse(null));
                }
                assertThat(index.isEmpty(n.index))
                    .isEqualTo(
                        expected.isEmpty()
                            && index.value(n.index) == null
                            && index.checks(n.index).isEmpty()
                            && index.notApplicable(n.index) == null);
              }
              List<Fact> again = new ArrayList<>(c.facts().facts());
              for (Fact f : c.facts().facts()) {
                if (f instanceof Occurrence o) {
                  again.add(Occurrence.builder().from(o).count(o.count() + 1).build());
                  assertThat(
                          Calculator.of(c.scheme())
                              .check(UnitFacts.builder().from(c.facts()).facts(again).build()))
                      .extracting(Problem::message)
                      .anyMatch(m -> m.contains(o.id() + " is recorded twice"));
                  break;
                }
              }
            });
  }

  /** The facts of a type, by the index of their node, in the order given. */
  private static <T extends Fact> Map<Integer, List<T>> byNode(
      Plan plan, UnitFacts facts, Class<T> type) {
    Map<Integer, List<T>> given = new HashMap<>();
    for (Fact f : facts.facts()) {
      if (type.isInstance(f)) {
        given.computeIfAbsent(plan.indexOf(f.target()), k -> new ArrayList<>()).add(type.cast(f));
      }
    }
    return given;
  }

  @Test
  void everyCheckIsKeptOnItsNodeInTheOrderGiven() {
    int[] seen = new int[2]; // nodes with one check, nodes with more
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Plan plan = SchemeCompiler.compile(c.scheme());
              FactsIndex index = FactsIndex.build(plan, c.facts());
              Map<Integer, List<Check>> given = byNode(plan, c.facts(), Check.class);
              for (PlanNode n : plan.nodes) {
                // the checks given, then those the recording policy took as met, in that order
                List<Check> expected = new ArrayList<>(given.getOrDefault(n.index, List.of()));
                for (Unrecorded u : index.unrecorded) {
                  if (u.nodeId().equals(n.id()) && u.taken() == Unrecorded.Taken.MET) {
                    expected.add(
                        new Check(
                            n.id(),
                            u.key(),
                            true,
                            Optional.of(FactsIndex.TAKEN_AS_MET),
                            Optional.empty()));
                  }
                }
                List<Check> kept = index.checks(n.index);
                assertThat(kept).isEqualTo(expected);
                assertThat(index.checkCount(n.index)).isEqualTo(expected.size());
                Set<String> keys = new HashSet<>();
                for (Check check : expected) {
                  keys.add(check.key());
                }
                for (Check check : expected) {
                  assertThat(index.check(n.index, check.key())).isEqualTo(check);
                  String other = sameHash(check.key());
                  if (!keys.contains(other)) {
                    assertThat(index.check(n.index, other)).isNull();
                  }
                }
                if (expected.size() == 1) {
                  seen[0]++;
                } else if (expected.size() > 1) {
                  seen[1]++;
                }
              }
            });
    assertThat(seen[0]).isPositive();
    assertThat(seen[1]).isPositive();
  }

  /** Another string of the same hash: 31 * a + b is 31 * (a + 1) + (b - 31). */
  private static String sameHash(String id) {
    if (id.length() < 2) {
      return id + "x";
    }
    String other = "" + (char) (id.charAt(0) + 1) + (char) (id.charAt(1) - 31) + id.substring(2);
    assertThat(other.hashCode()).isEqualTo(id.hashCode());
    return other;
  }

  @Test
  void leavesOfOccurrencesAloneScoreAsTheFullWalkDoes() {
    int[] limited = new int[1];
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Plan plan = SchemeCompiler.compile(c.scheme());
              ScoreCard card = Calculator.of(c.scheme()).score(c.facts());
              List<NodePoints> fast = card.nodePoints(); // before explaining
              Points total = card.total();
              assertThat(fast).isEqualTo(card.nodes().stream().map(NodeScore::toPoints).toList());
              assertThat(total)
                  .isEqualTo(
                      card.totalLines().stream()
                          .map(Line::points)
                          .reduce(Points.ZERO, Points::plus));
              for (NodePoints n : fast) {
                if (plan.occurrencesAlone[plan.indexOf(n.nodeId())] && !n.adjustments().isEmpty()) {
                  limited[0]++;
                }
              }
            });
    assertThat(limited[0]).as("cases with a floored or capped leaf of occurrences").isPositive();
  }

  /**
   * The properties above are only as good as the cases they see: the generator must reach money
   * rules of both valuations, shares of joint work (explicit ones too), levels and matters shared
   * across items, together in one scheme.
   */
  @Test
  void theGeneratorReachesMoneySharesLevelsAndMattersTogether() {
    int[] seen = new int[5];
    qt().withExamples(EXAMPLES)
        .forAll(RandomSchemes.cases())
        .checkAssert(
            c -> {
              Map<String, Rule> rules = new TreeMap<>();
              collectRules(c.scheme().sections(), rules);
              List<Occurrence> all = new ArrayList<>(c.earning());
              for (Fact f : c.facts().facts()) {
                if (f instanceof Occurrence o) {
                  all.add(o);
                }
              }
              Map<String, Set<Class<?>>> matterRules = new TreeMap<>();
              Map<String, Set<String>> poolShares = new TreeMap<>();
              Map<String, Integer> eachCounts = new TreeMap<>();
              for (Occurrence o : all) {
                Rule rule = rules.get(o.nodeId());
                o.matter()
                    .ifPresent(
                        m ->
                            matterRules
                                .computeIfAbsent(m, k -> new HashSet<>())
                                .add(rule == null ? Object.class : rule.getClass()));
                if (rule instanceof Rule.AmountSteps a) {
                  if (a.valuation() == Rule.Valuation.POOLED) {
                    poolShares
                        .computeIfAbsent(o.nodeId(), k -> new HashSet<>())
                        .add(
                            o.joint().map(Enum::name).orElse("alone")
                                + o.share().map(BigDecimal::toPlainString).orElse(""));
                  } else {
                    eachCounts.merge(o.nodeId(), 1, Integer::sum);
                  }
                  if (o.joint().isPresent()) {
                    seen[0]++;
                  }
                }
                if (o.share().isPresent()) {
                  seen[1]++;
                }
              }
              if (matterRules.values().stream()
                  .anyMatch(
                      r ->
                          r.contains(Rule.AmountSteps.class)
                              && r.contains(Rule.PerOccurrence.class))) {
                seen[2]++;
              }
              if (poolShares.values().stream().anyMatch(s -> s.size() > 1)) {
                seen[3]++;
              }
              if (eachCounts.values().stream().anyMatch(n -> n > 1)) {
                seen[4]++;
              }
            });
    // joint money, explicit shares, one matter on money and on a level, mixed pools, several each
    assertThat(java.util.Arrays.stream(seen).boxed().toList())
        .as("cases seen of each")
        .allSatisfy(n -> assertThat(n).isGreaterThan(EXAMPLES / 20));
  }

  private static void collectRules(List<Node> nodes, Map<String, Rule> rules) {
    for (Node n : nodes) {
      n.rule().ifPresent(r -> rules.put(n.id(), r));
      collectRules(n.children(), rules);
    }
  }

  /** Nodes outside the occurrence's node, ancestors and matter keep their points. */
  private static void checkLocal(
      RandomSchemes.Case c, UnitFacts without, Occurrence o, ScoreCard before, ScoreCard after) {
    Set<String> touched = new HashSet<>(c.ancestorsOrSelf(o.nodeId()));
    if (o.matter().isPresent()) {
      for (Fact f : without.facts()) {
        if (f instanceof Occurrence other && other.matter().equals(o.matter())) {
          touched.addAll(c.ancestorsOrSelf(other.nodeId()));
        }
      }
    }
    for (NodeScore n : before.nodes()) {
      if (!touched.contains(n.nodeId())) {
        assertThat(after.points(n.nodeId()))
            .as("%s after adding %s", n.nodeId(), o)
            .isEqualTo(n.points());
      }
    }
  }

  /** The occurrence of the extra's matter that the card counts, if the facts hold the matter. */
  private static Optional<Occurrence> counted(RandomSchemes.Case c, ScoreCard card, Occurrence o) {
    if (o.matter().isEmpty()) {
      return Optional.empty();
    }
    return c.facts().facts().stream()
        .filter(f -> f instanceof Occurrence other && other.matter().equals(o.matter()))
        .map(f -> (Occurrence) f)
        .filter(other -> !merged(card, other))
        .findFirst();
  }

  /** Does {@code a} yield more than {@code b} by itself, or as much with the smaller id? */
  private static boolean yieldsMore(RandomSchemes.Case c, Occurrence a, Occurrence b) {
    int compared = alone(c, a).abs().compareTo(alone(c, b).abs());
    return compared > 0 || (compared == 0 && a.id().compareTo(b.id()) < 0);
  }

  /** What the generator says the occurrence yields by itself. */
  private static BigDecimal alone(RandomSchemes.Case c, Occurrence o) {
    BigDecimal value = c.alone().get(o.id());
    if (value == null) {
      throw new AssertionError("the generator did not value " + o);
    }
    return value;
  }

  /** Every node's points, by id. */
  private static Map<String, Points> pointsOf(ScoreCard card) {
    Map<String, Points> all = new TreeMap<>();
    card.nodes().forEach(n -> all.put(n.nodeId(), n.points()));
    return all;
  }

  /** Is the occurrence merged into another of its matter? */
  private static boolean merged(ScoreCard card, Occurrence o) {
    return card.node(o.nodeId()).orElseThrow().lines().stream()
        .anyMatch(l -> l.kind() == Line.Kind.MERGED && l.facts().contains(o));
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
