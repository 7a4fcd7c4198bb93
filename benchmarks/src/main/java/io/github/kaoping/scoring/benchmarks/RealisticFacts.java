package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FileFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded, plausible facts for any scheme: most units lose a few points here and there, a few lose
 * many, checks are mostly met, assessments sit near the top. The same seed gives the same facts.
 *
 * <p>Occurrences never carry markers (matter, self-reported, joint work), so the facts fit every
 * scheme, and occurrences of a kind only a gate or veto counts are rare. No occurrence falls on a
 * rate whose amount is a parameter the office has not set.
 */
public final class RealisticFacts {

  private final Scheme scheme;
  private final SplittableRandom random;

  private RealisticFacts(Scheme scheme, long seed) {
    this.scheme = scheme;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Generates facts for {@code count} units: the units of each group's roster in turn (a group
   * without a roster contributes one generated unit per turn), so that as many units as the rosters
   * list are all distinct.
   *
   * @param scheme the scheme
   * @param count how many units
   * @param seed the seed
   * @return one {@link UnitFacts} per unit
   */
  public static List<UnitFacts> generate(Scheme scheme, int count, long seed) {
    RealisticFacts generator = new RealisticFacts(scheme, seed);
    List<String[]> places = new ArrayList<>(); // {group, unit id or null}
    for (UnitGroup g : scheme.groups()) {
      if (g.units().isEmpty()) {
        places.add(new String[] {g.id(), null});
      }
      g.units().forEach(u -> places.add(new String[] {g.id(), u.id()}));
    }
    List<UnitFacts> units = new ArrayList<>(count);
    for (int u = 0; u < count; u++) {
      String[] place = places.get(u % places.size());
      String unitId = place[1] == null ? "unit-" + u : place[1];
      units.add(generator.unit(unitId, place[0]));
    }
    return units;
  }

  private UnitFacts unit(String unitId, String group) {
    List<Fact> facts = new ArrayList<>();
    for (Node section : scheme.sections()) {
      node(section, group, facts);
    }
    return UnitFacts.of(unitId, group).period("2024").facts(facts).build();
  }

  private void node(Node node, String group, List<Fact> facts) {
    if (!node.groups().isEmpty() && !node.groups().contains(group)) {
      return;
    }
    for (Gate gate : node.gates()) {
      if (gate instanceof Gate.Prerequisite) {
        facts.add(Check.of(node.id(), gate.id(), random.nextInt(20) != 0));
      } else if (gate instanceof Gate.OccurrenceLimit limit
          && limit.kind().isPresent()
          && random.nextInt(40) == 0) {
        facts.add(occurrence(node, facts.size()).kind(limit.kind().get()).build());
      }
    }
    node.rule().ifPresent(rule -> leaf(node, rule, facts));
    for (Node child : node.children()) {
      node(child, group, facts);
    }
  }

  private void leaf(Node node, Rule rule, List<Fact> facts) {
    String id = node.id();
    Points max = node.maximum().orElse(Points.of(10));
    if (rule instanceof Rule.PerOccurrence per) {
      // A rate whose amount the office has not set cannot count an occurrence (a facts error):
      // the facts only use rates with an amount.
      List<Rule.Rate> rates =
          per.rates().stream()
              .filter(
                  r ->
                      r.parameter().isEmpty()
                          || scheme
                              .parameter(r.parameter().get())
                              .flatMap(p -> p.value())
                              .isPresent())
              .toList();
      int n = rates.isEmpty() ? 0 : occurrences();
      for (int i = 0; i < n; i++) {
        Rule.Rate rate = rates.get(random.nextInt(rates.size()));
        Occurrence.Builder o =
            occurrence(node, facts.size()).count(1 + (random.nextInt(5) == 0 ? 1 : 0));
        rate.kind().ifPresent(o::kind);
        rate.level().ifPresent(o::level);
        if (rate.isRange()) {
          o.points(between(rate.min(), rate.max()));
        }
        facts.add(o.build());
      }
    } else if (rule instanceof Rule.AmountSteps amounts) {
      int n = occurrences();
      for (int i = 0; i < n; i++) {
        BigDecimal amount =
            amounts.step().multiply(BigDecimal.valueOf(random.nextInt(12))).add(amounts.base());
        facts.add(occurrence(node, facts.size()).amount(amount).build());
      }
    } else if (rule instanceof Rule.Checklist list) {
      if (list.elements().isEmpty()) {
        int missing = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < missing; i++) {
          facts.add(Check.of(id, "制度" + i, list.direction() == Direction.EARN));
        }
      } else {
        for (Rule.Element e : list.elements()) {
          facts.add(Check.of(id, e.id(), random.nextInt(8) != 0));
        }
      }
    } else if (rule instanceof Rule.Criterion) {
      facts.add(Check.of(id, random.nextInt(6) != 0));
    } else if (rule instanceof Rule.Levels levels) {
      int pick = Math.min(levels.levels().size() - 1, random.nextInt(3) == 0 ? 1 : 0);
      facts.add(AssessedLevel.of(id, levels.levels().get(pick).key()));
    } else if (rule instanceof Rule.Assessed assessed) {
      Points high = assessed.max().orElse(max);
      Points low = assessed.min().orElse(Points.ZERO);
      Points p =
          assessed.direction() == Direction.EARN
              ? between(high.times(new BigDecimal("0.8")).max(low), high)
              : between(low, low.plus(high.minus(low).times(new BigDecimal("0.2"))));
      facts.add(new Assessment(id, p, Optional.empty()));
    } else if (rule instanceof Rule.Panel panel) {
      int most = panel.maxRaters().orElse(panel.minRaters() + 8);
      int raters = panel.minRaters() + random.nextInt(most - panel.minRaters() + 1);
      List<BigDecimal> scores = new ArrayList<>();
      for (int i = 0; i < raters; i++) {
        scores.add(
            panel
                .scale()
                .multiply(BigDecimal.valueOf(70 + random.nextInt(31)))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP));
      }
      facts.add(new RaterScores(id, scores, Optional.empty()));
    } else if (rule instanceof Rule.Tiers tiers) {
      facts.add(new Measurement(id, inSomeTier(tiers), Optional.empty()));
    } else if (rule instanceof Rule.Proportional p) {
      facts.add(new Measurement(id, percentOf(p.target()), Optional.empty()));
    } else if (rule instanceof Rule.Conversion c) {
      facts.add(new Measurement(id, percentOf(c.sourceMaximum()), Optional.empty()));
    } else if (rule instanceof Rule.ShortfallSteps s) {
      facts.add(new Measurement(id, percentOf(s.target()), Optional.empty()));
    }
  }

  /** Mostly none, sometimes one or two, rarely more. */
  private int occurrences() {
    int r = random.nextInt(100);
    return r < 70 ? 0 : r < 90 ? 1 : r < 97 ? 2 : 3 + random.nextInt(3);
  }

  private Occurrence.Builder occurrence(Node node, int serial) {
    return Occurrence.of(node.id() + "#" + serial, node.id());
  }

  private Points between(Points low, Points high) {
    BigDecimal span = high.minus(low).toBigDecimal();
    BigDecimal tenths = span.multiply(BigDecimal.TEN).setScale(0, RoundingMode.DOWN);
    long steps = tenths.longValueExact();
    long pick = steps <= 0 ? 0 : random.nextLong(steps + 1);
    return low.plus(Points.of(BigDecimal.valueOf(pick, 1)));
  }

  private BigDecimal percentOf(BigDecimal target) {
    return target
        .multiply(BigDecimal.valueOf(80 + random.nextInt(26)))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private BigDecimal inSomeTier(Rule.Tiers tiers) {
    Rule.Tier tier = tiers.tiers().get(random.nextInt(tiers.tiers().size()));
    Interval range = tier.range();
    if (range.lower().isPresent()) {
      Interval.Bound low = range.lower().get();
      return low.inclusive() ? low.value() : low.value().add(new BigDecimal("0.5"));
    }
    Interval.Bound high = range.upper().orElseThrow();
    return high.inclusive() ? high.value() : high.value().subtract(new BigDecimal("0.5"));
  }

  /**
   * The facts CSV can hold: a node's occurrences as one count or amount, measured values and
   * assessed points, each without provenance; the facts a CSV column cannot take are left out. CSV
   * holds no check, so each unit records failures only ({@code recording: failuresOnly}): its
   * unrecorded checks are taken as met, and the units pass the calculator's check.
   */
  static List<UnitFacts> csvShaped(Scheme scheme, List<UnitFacts> units) {
    List<UnitFacts> out = new ArrayList<>();
    for (UnitFacts u : units) {
      Map<String, Fact> byNode = new LinkedHashMap<>();
      for (Fact f : u.facts()) {
        Fact plain = null;
        if (f instanceof Occurrence o) {
          Fact before = byNode.get(o.nodeId());
          if (o.amount().isPresent()) {
            BigDecimal sum =
                before instanceof Occurrence b && b.amount().isPresent()
                    ? b.amount().get().add(o.amount().get())
                    : o.amount().get();
            plain = Occurrence.of(o.nodeId(), o.nodeId()).amount(sum).build();
          } else {
            int count = before instanceof Occurrence b ? b.count() + o.count() : o.count();
            plain = Occurrence.of(o.nodeId(), o.nodeId()).count(count).build();
          }
        } else if (f instanceof io.github.kaoping.scoring.Measurement m) {
          plain =
              new io.github.kaoping.scoring.Measurement(
                  m.nodeId(), m.value(), m.unit(), Optional.empty());
        } else if (f instanceof Assessment a) {
          plain = new Assessment(a.nodeId(), a.points(), Optional.empty());
        }
        if (plain != null && writable(scheme, u, plain)) {
          byNode.put(plain.target(), plain);
        }
      }
      out.add(
          UnitFacts.of(u.unitId(), u.group())
              .period(u.period())
              .recording(Recording.FAILURES_ONLY)
              .facts(List.copyOf(byNode.values()))
              .build());
    }
    return out;
  }

  /**
   * Does the fact fit a cell of the wide layout (a row per unit)? The writer falls back to a row
   * per fact, whose header has a column {@code fact}, for a fact that does not.
   */
  private static boolean writable(Scheme scheme, UnitFacts u, Fact f) {
    UnitFacts one = UnitFacts.of(u.unitId(), u.group()).facts(List.of(f)).build();
    StringWriter text = new StringWriter();
    try {
      FactsFiles.write(text, FileFormat.CSV, scheme, List.of(one));
    } catch (IllegalArgumentException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String header = text.toString().lines().findFirst().orElse("");
    return !Arrays.asList(header.split(",", -1)).contains("fact");
  }
}
