package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates valid schemes of every rule shape and role, and valid facts for them, from
 * QuickTheories' randomness, so that failures shrink and replay with {@code -DQT_SEED}.
 */
final class RandomSchemes {

  /**
   * A scheme, one unit's facts for it, and the occurrences that could be added to make the unit's
   * score worse ({@code deducting}) or better ({@code earning}). {@code alone} holds, for every
   * occurrence of the facts and of both lists, the signed points it yields by itself (its rule
   * applied to it alone, times its share of joint work, before any cap): the points by which the
   * text's "以最高一次得分计" and "就高扣分" compare the occurrences of one matter. A matter's name starts with
   * the id of the node whose clause merges it.
   */
  record Case(
      Scheme scheme,
      UnitFacts facts,
      List<Occurrence> deducting,
      List<Occurrence> earning,
      Map<String, BigDecimal> alone) {

    /** The node and every ancestor, by id, up to the root. */
    Set<String> ancestorsOrSelf(String nodeId) {
      Set<String> found = new HashSet<>();
      path(scheme.sections(), nodeId, found);
      found.add(scheme.id());
      return found;
    }

    private static boolean path(List<Node> nodes, String nodeId, Set<String> found) {
      for (Node n : nodes) {
        if (n.id().equals(nodeId) || path(n.children(), nodeId, found)) {
          found.add(n.id());
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("scheme max ").append(scheme.maximum().orElseThrow());
      scheme.sections().forEach(n -> describe(n, 1, s));
      s.append("\nfacts ").append(facts.facts());
      return s.toString();
    }

    private static void describe(Node n, int depth, StringBuilder s) {
      s.append('\n').append("  ".repeat(depth)).append(n.id()).append(' ').append(n.role());
      n.maximum().ifPresent(m -> s.append(" max ").append(m));
      n.rule().ifPresent(r -> s.append(' ').append(r));
      if (!n.modifiers().isEmpty()) {
        s.append(" modifiers ").append(n.modifiers());
      }
      if (!n.gates().isEmpty()) {
        s.append(" gates ").append(n.gates());
      }
      n.children().forEach(c -> describe(c, depth + 1, s));
    }
  }

  private RandomSchemes() {}

  /** Valid schemes with valid facts. */
  static Gen<Case> cases() {
    return rs -> new Builder(new Draw(rs)).build();
  }

  /** Draws values from the randomness source. */
  private record Draw(RandomnessSource rs) {
    int between(int low, int high) {
      return Generate.range(low, high).generate(rs);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T pick(List<T> items) {
      return items.get(between(0, items.size() - 1));
    }

    /** A positive amount in tenths, such as 2.5. */
    Points tenths(int lowTenths, int highTenths) {
      return Points.of(BigDecimal.valueOf(between(lowTenths, highTenths), 1));
    }
  }

  private static final class Builder {
    private final Draw d;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Occurrence> deducting = new ArrayList<>();
    private final List<Occurrence> earning = new ArrayList<>();
    private final Map<String, BigDecimal> alone = new HashMap<>();
    private int ids;
    private int extras;

    Builder(Draw d) {
      this.d = d;
    }

    Case build() {
      int sections = d.between(1, 3);
      List<Node> built = new ArrayList<>();
      Points total = Points.ZERO;
      for (int i = 0; i < sections; i++) {
        Node section = section(1);
        built.add(section);
        if (section.role() == Role.SCORED) {
          total = total.plus(section.maximum().orElseThrow());
        }
      }
      Scheme.Builder scheme =
          Scheme.builder()
              .id("random")
              .title("随机办法")
              .maximum(total)
              .addGroups(UnitGroup.of("g", "单位", "一"))
              .rounding(Rounding.halfUp(d.between(0, 3)))
              .sections(built);
      if (d.chance(30)) {
        scheme.addVetoes(Veto.reported("penalty", "专项否决", "五", Veto.penalty("2")));
        int events = d.between(0, 2);
        for (int i = 0; i < events; i++) {
          facts.add(VetoEvent.of("ve" + i, "penalty", "事件"));
        }
      }
      UnitFacts unit = UnitFacts.of("u", "g").facts(facts).build();
      return new Case(scheme.build(), unit, deducting, earning, alone);
    }

    /** A scored section: items, or a deduction pool, with an optional bonus child. */
    private Node section(int depth) {
      String id = "n" + ids++;
      Node.Builder node = Node.of(id, "节" + id, "第" + id + "条");
      List<Node> children = new ArrayList<>();
      Points max = Points.ZERO;
      if (depth == 1 && d.chance(35)) {
        return rewards(id, node);
      }
      if (d.chance(25)) {
        // A deduction pool: starts from its maximum; deductions may be carried to the total.
        max = Points.of(d.between(5, 50));
        String scope = null;
        if (d.chance(40)) {
          // "同一事项就高扣分一次": a matter is deducted once, at its largest deduction
          node.addModifiers(Modifier.sameMatterOnce("就高扣分"));
          scope = id;
        }
        int n = d.between(1, 3);
        for (int i = 0; i < n; i++) {
          children.add(d.chance(20) ? assessedDeduction() : deduction(scope));
        }
        if (d.chance(50)) {
          node.overflow(Overflow.CARRY_TO_TOTAL);
        }
      } else {
        int n = d.between(1, 3);
        for (int i = 0; i < n; i++) {
          Node child = depth < 3 && d.chance(25) ? section(depth + 1) : item(Role.SCORED);
          children.add(child);
          max = max.plus(child.maximum().orElseThrow());
        }
      }
      if (d.chance(20)) {
        children.add(item(Role.BONUS));
      }
      if (d.chance(10)) {
        children.add(adjustment());
      }
      return node.maximum(max).children(children).build();
    }

    private Node deduction(@Nullable String scope) {
      String id = "n" + ids++;
      Points a = d.tenths(1, 100);
      Points b = d.tenths(1, 100);
      Rule.PerOccurrence rule =
          Rule.perOccurrence(
              Rule.Rate.deduct(a.toString()).forKind("a"),
              Rule.Rate.deduct(b.toString()).forKind("b"));
      Occurrence.Builder extra = Occurrence.of("x" + extras++, id).kind("a");
      matter(extra, scope);
      deducting.add(remember(extra.build(), a.toBigDecimal().negate()));
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        boolean first = d.chance(50);
        int count = d.between(1, 3);
        Occurrence.Builder o =
            Occurrence.of(id + "-o" + i, id).kind(first ? "a" : "b").count(count);
        matter(o, scope);
        BigDecimal each = (first ? a : b).toBigDecimal().negate();
        facts.add(remember(o.build(), each.multiply(BigDecimal.valueOf(count))));
      }
      Node.Builder node = Node.of(id, "扣分" + id, "x").role(Role.DEDUCTION).rule(rule);
      if (d.chance(30)) {
        node.maximum(Points.of(d.between(1, 20))); // a cap on the deduction
      }
      return node.build();
    }

    /** 三(二)1 "督查中发现问题给予相应扣分": a deduction the evaluator states, as fine as 0.125. */
    private Node assessedDeduction() {
      String id = "n" + ids++;
      facts.add(Assessment.of(id, BigDecimal.valueOf(d.between(0, 10_000), 3).toPlainString()));
      return Node.of(id, "督查" + id, "x")
          .role(Role.DEDUCTION)
          .maximum(Points.of(10))
          .rule(Rule.Assessed.deduction())
          .build();
    }

    private Node adjustment() {
      String id = "n" + ids++;
      occurrences(id, List.of("up", "down"));
      return Node.of(id, "加减分" + id, "x")
          .role(Role.ADJUSTMENT)
          .rule(
              Rule.perOccurrence(
                  Rule.Rate.earn("5").forKind("up"), Rule.Rate.deduct("5").forKind("down")))
          .build();
    }

    private Node item(Role role) {
      String id = "n" + ids++;
      Points max = Points.of(d.between(1, 40));
      Node.Builder node = Node.of(id, "项" + id, "第" + id + "项").role(role).maximum(max);
      switch (d.between(0, 10)) {
        case 0 -> {
          node.rule(Rule.perOccurrence(Rule.Rate.deduct(d.tenths(1, 100).toString())));
          if (d.chance(40)) {
            node.addGates(Gate.zeroAfter(d.between(1, 4), "达到次数全扣", "x"));
          }
          deducting.add(Occurrence.of("x" + extras++, id).build());
          occurrences(id, List.of());
        }
        case 1 -> {
          Points rate = d.tenths(1, max.toBigDecimal().intValue() * 10);
          node.rule(Rule.perOccurrence(Rule.Rate.earn(rate.toString())));
          earning.add(remember(Occurrence.of("x" + extras++, id).build(), rate.toBigDecimal()));
          occurrences(id, List.of());
        }
        case 2 -> {
          int n = d.between(1, 3);
          List<Rule.Element> elements = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            elements.add(new Rule.Element("e" + i, "要素" + i));
            facts.add(Check.of(id, "e" + i, d.chance(50)));
          }
          boolean earn = d.chance(50);
          Points each = earn ? d.tenths(1, max.toBigDecimal().intValue() * 10) : d.tenths(1, 100);
          node.rule(new Rule.Checklist(elements, each, earn ? Direction.EARN : Direction.DEDUCT));
        }
        case 3 -> {
          node.rule(Rule.criterion());
          facts.add(Check.of(id, d.chance(50)));
        }
        case 4 -> {
          Points half = Points.of(BigDecimal.valueOf(max.toBigDecimal().intValue() / 2));
          node.rule(
              new Rule.Levels(
                  List.of(
                      new Rule.Level("full", "全面", max),
                      new Rule.Level("part", "部分", half),
                      new Rule.Level("none", "没有", Points.ZERO))));
          facts.add(AssessedLevel.of(id, d.pick(List.of("full", "part", "none"))));
        }
        case 5 -> {
          int threshold = d.between(1, 100);
          node.rule(
              new Rule.Tiers(
                  List.of(
                      new Rule.Tier(Interval.atLeast(threshold), max),
                      new Rule.Tier(Interval.below(String.valueOf(threshold)), Points.ZERO)),
                  "%"));
          facts.add(Measurement.of(id, String.valueOf(d.between(0, 120))));
        }
        case 6 -> {
          node.rule(Rule.Assessed.award());
          facts.add(
              new Assessment(
                  id,
                  Points.of(
                      BigDecimal.valueOf(d.between(0, max.toBigDecimal().intValue() * 10), 1)),
                  Optional.empty()));
        }
        case 7 -> {
          node.rule(
              new Rule.AmountSteps(
                  BigDecimal.valueOf(d.between(0, 100)),
                  Points.ZERO,
                  BigDecimal.valueOf(d.between(1, 50)),
                  d.tenths(1, 20),
                  d.pick(List.of(Rule.Valuation.values())),
                  "万元"));
          earning.add(
              Occurrence.of("x" + extras++, id)
                  .amount(BigDecimal.valueOf(d.between(0, 500)))
                  .build());
          int n = d.between(0, 3);
          for (int i = 0; i < n; i++) {
            facts.add(
                Occurrence.of(id + "-g" + i, id)
                    .amount(BigDecimal.valueOf(d.between(0, 500)))
                    .build());
          }
        }
        case 8 -> {
          node.rule(
              new Rule.ShortfallSteps(
                  BigDecimal.valueOf(100),
                  BigDecimal.valueOf(d.between(1, 20)),
                  d.tenths(1, 50),
                  d.chance(50),
                  "%"));
          facts.add(Measurement.of(id, String.valueOf(d.between(0, 120))));
        }
        case 9 -> {
          node.rule(new Rule.Proportional(BigDecimal.valueOf(d.between(1, 9)), "篇"));
          facts.add(Measurement.of(id, String.valueOf(d.between(0, 12))));
        }
        default -> {
          node.rule(Rule.fullMarks()).addGates(Gate.zeroAfter(1, "一经发现此项不给分", "x"));
          occurrences(id, List.of());
        }
      }
      return node.build();
    }

    /**
     * A reward section like zhangzhou 三(三): items without maxima of their own (or with caps) under
     * one cap, earning by level, by a chosen amount or by money with a base and steps, with joint
     * work split between lead and partner units and one work's occurrences merged at their highest.
     */
    private Node rewards(String id, Node.Builder node) {
      int max = d.between(10, 60);
      node.maximum(Points.of(max)).maximaAddUp(false);
      @Nullable String scope = null;
      if (d.chance(75)) {
        node.addModifiers(Modifier.sameMatterOnce("以最高一次得分计"));
        scope = id;
      }
      Modifier.@Nullable JointSplit split = null;
      if (d.chance(75)) {
        String[] shares = d.pick(List.of("0.8/0.2", "0.75/0.25", "0.6/0.4", "0.5/0.5")).split("/");
        split = (Modifier.JointSplit) Modifier.jointSplit(shares[0], shares[1], "联办");
        node.addModifiers(split);
      }
      int n = d.between(1, 4);
      List<Node> children = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (d.chance(20)) {
          String sub = "n" + ids++;
          List<Node> items = new ArrayList<>();
          int m = d.between(1, 2);
          for (int j = 0; j < m; j++) {
            items.add(reward(max, scope, split));
          }
          children.add(Node.of(sub, "分项" + sub, "x").children(items).build());
        } else {
          children.add(reward(max, scope, split));
        }
      }
      return node.children(children).build();
    }

    /**
     * One reward item: by level, by a chosen amount, or by money with a base and steps; its own
     * cap, if any, at most {@code cap}.
     */
    private Node reward(int cap, @Nullable String scope, Modifier.@Nullable JointSplit split) {
      String id = "n" + ids++;
      Node.Builder node = Node.of(id, "奖励" + id, "第" + id + "项");
      switch (d.between(0, 2)) {
        case 0 -> {
          // 市(厅)级得4分，省(部)级得8分，国家级得12分
          List<String> levels = List.of("市级", "省级", "国家级");
          List<Points> rates = new ArrayList<>();
          List<Rule.Rate> declared = new ArrayList<>();
          for (String level : levels) {
            Points rate = d.tenths(1, 10 * Math.min(15, cap));
            rates.add(rate);
            declared.add(Rule.Rate.earn(rate.toString()).atLevel(level));
          }
          node.rule(new Rule.PerOccurrence(declared));
          if (d.chance(40)) {
            node.maximum(rates.stream().reduce(Points.ZERO, (x, y) -> x.isGreaterThan(y) ? x : y));
          }
          int k = d.between(0, 3);
          for (int i = 0; i <= k; i++) {
            int level = d.between(0, 2);
            int count = d.between(1, 2);
            Occurrence.Builder o =
                Occurrence.of(i == k ? "x" + extras++ : id + "-o" + i, id)
                    .level(levels.get(level))
                    .count(count);
            BigDecimal value = rates.get(level).toBigDecimal().multiply(BigDecimal.valueOf(count));
            add(o, value, scope, split, i == k);
          }
        }
        case 1 -> {
          // 视情况加0.5-3分: the evaluator's choice, which may be fine
          node.rule(new Rule.PerOccurrence(List.of(Rule.Rate.earnBetween("0.5", "3"))));
          int k = d.between(0, 2);
          for (int i = 0; i <= k; i++) {
            Points chosen = Points.of(BigDecimal.valueOf(d.between(500, 3000), 3));
            Occurrence.Builder o =
                Occurrence.of(i == k ? "x" + extras++ : id + "-o" + i, id).points(chosen);
            add(o, chosen.toBigDecimal(), scope, split, i == k);
          }
        }
        default -> {
          // 实际到资1000万元的得5分，每增加300万元得1分; 每争取50万元得1分
          boolean based = d.chance(50);
          BigDecimal base = based ? BigDecimal.valueOf(d.between(1, 20) * 50L) : BigDecimal.ZERO;
          Points basePoints = based ? d.tenths(10, 60) : Points.ZERO;
          BigDecimal step = BigDecimal.valueOf(d.between(1, 30) * 10L);
          Points perStep = d.tenths(5, 20);
          Rule.Valuation valuation = d.pick(List.of(Rule.Valuation.values()));
          Rule.AmountSteps rule =
              new Rule.AmountSteps(base, basePoints, step, perStep, valuation, "万元");
          node.rule(rule);
          if (d.chance(50)) {
            node.maximum(
                Points.of(d.between(basePoints.toBigDecimal().intValue() + 1, Math.min(30, cap))));
          }
          int k = d.between(0, 3);
          for (int i = 0; i <= k; i++) {
            BigDecimal amount = BigDecimal.valueOf(d.between(0, 3000));
            Occurrence.Builder o =
                Occurrence.of(i == k ? "x" + extras++ : id + "-o" + i, id).amount(amount);
            add(o, worth(rule, amount), scope, split, i == k);
          }
        }
      }
      return node.build();
    }

    /** What an amount earns by itself: the base's points and the whole steps above it. */
    private static BigDecimal worth(Rule.AmountSteps r, BigDecimal amount) {
      if (amount.compareTo(r.base()) < 0) {
        return BigDecimal.ZERO;
      }
      BigDecimal steps = amount.subtract(r.base()).divide(r.step(), 0, RoundingMode.DOWN);
      return r.basePoints().toBigDecimal().add(steps.multiply(r.pointsPerStep().toBigDecimal()));
    }

    /**
     * Adds an earning occurrence to the facts, or as an extra that could be added, with a matter
     * and a share of joint work by chance; remembers what it yields alone.
     */
    private void add(
        Occurrence.Builder o,
        BigDecimal value,
        @Nullable String scope,
        Modifier.@Nullable JointSplit split,
        boolean extra) {
      matter(o, scope);
      BigDecimal share = BigDecimal.ONE;
      if (split != null && d.chance(50)) {
        boolean lead = d.chance(50);
        o.joint(lead ? Occurrence.JointRole.LEAD : Occurrence.JointRole.PARTNER);
        share = lead ? split.lead() : split.partner();
        if (d.chance(30)) {
          // An explicit share, as fine as the office writes it
          share = new BigDecimal(d.pick(List.of("0.5", "0.3", "0.125", "0.75")));
          o.share(share);
        }
      }
      Occurrence built = remember(o.build(), value.multiply(share));
      if (extra) {
        earning.add(built);
      } else {
        facts.add(built);
      }
    }

    /** Marks an occurrence, by chance, with one of three matters of its scope. */
    private void matter(Occurrence.Builder o, @Nullable String scope) {
      if (scope != null && d.chance(60)) {
        o.matter(scope + "/m" + d.between(0, 2));
      }
    }

    private Occurrence remember(Occurrence o, BigDecimal value) {
      alone.put(o.id(), value);
      return o;
    }

    /** Up to four occurrences on a node, of the given kinds (or without a kind). */
    private void occurrences(String nodeId, List<String> kinds) {
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        Occurrence.Builder o = Occurrence.of(nodeId + "-o" + i, nodeId).count(d.between(1, 3));
        if (!kinds.isEmpty()) {
          o.kind(d.pick(kinds));
        }
        facts.add(o.build());
      }
    }
  }
}
