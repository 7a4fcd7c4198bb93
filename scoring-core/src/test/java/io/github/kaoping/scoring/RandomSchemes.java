package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * score worse ({@code deducting}) or better ({@code earning}).
   */
  record Case(
      Scheme scheme, UnitFacts facts, List<Occurrence> deducting, List<Occurrence> earning) {
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
    private int ids;

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
      return new Case(scheme.build(), unit, deducting, earning);
    }

    /** A scored section: items, or a deduction pool, with an optional bonus child. */
    private Node section(int depth) {
      String id = "n" + ids++;
      Node.Builder node = Node.of(id, "节" + id, "第" + id + "条");
      List<Node> children = new ArrayList<>();
      Points max = Points.ZERO;
      if (d.chance(25)) {
        // A deduction pool: starts from its maximum; deductions may be carried to the total.
        max = Points.of(d.between(5, 50));
        int n = d.between(1, 3);
        for (int i = 0; i < n; i++) {
          children.add(deduction());
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

    private Node deduction() {
      String id = "n" + ids++;
      deducting.add(Occurrence.of("extra", id).kind("a").build());
      Rule.PerOccurrence rule =
          Rule.perOccurrence(
              Rule.Rate.deduct(d.tenths(1, 100).toString()).forKind("a"),
              Rule.Rate.deduct(d.tenths(1, 100).toString()).forKind("b"));
      occurrences(id, List.of("a", "b"));
      Node.Builder node = Node.of(id, "扣分" + id, "x").role(Role.DEDUCTION).rule(rule);
      if (d.chance(30)) {
        node.maximum(Points.of(d.between(1, 20))); // a cap on the deduction
      }
      return node.build();
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
          deducting.add(Occurrence.of("extra", id).build());
          occurrences(id, List.of());
        }
        case 1 -> {
          Points rate = d.tenths(1, max.toBigDecimal().intValue() * 10);
          node.rule(Rule.perOccurrence(Rule.Rate.earn(rate.toString())));
          earning.add(Occurrence.of("extra", id).build());
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
                  "万元"));
          earning.add(
              Occurrence.of("extra", id).amount(BigDecimal.valueOf(d.between(0, 500))).build());
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
