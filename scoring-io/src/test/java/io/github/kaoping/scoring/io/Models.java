package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.DisqualifiedUnits;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Grade;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Limit;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Modifier;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Overflow;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rounding;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates schemes and facts of every model type, valid for the model's constructors but not
 * necessarily for the calculator, from QuickTheories' randomness: what the format must carry
 * unchanged whatever the scheme means. Text is drawn from a pool of strings YAML would misread if
 * written carelessly.
 */
final class Models {

  /** Text that YAML would take for something else if it were written without quotes. */
  private static final List<String> TRICKY =
      List.of(
          "考评办法",
          "一票否决: 全扣",
          "yes",
          "No",
          "null",
          "~",
          "true",
          "123",
          "0.50",
          "1e5",
          "2024-01-01",
          "- 列表",
          "# 注释",
          "  前后空格  ",
          "",
          "引号\"与'单引号",
          "多行\n文本",
          "{花括号}",
          "[方括号]",
          "&anchor",
          "*alias",
          "!tag",
          "%",
          "@",
          "`",
          "〔2024〕1号");

  private final RandomnessSource rs;
  private int ids;

  private Models(RandomnessSource rs) {
    this.rs = rs;
  }

  static Gen<Scheme> schemes() {
    return rs -> new Models(rs).scheme();
  }

  static Gen<UnitFacts> facts() {
    return rs -> new Models(rs).unit();
  }

  // ------------------------------------------------------------------ draws

  private int between(int low, int high) {
    return Generate.range(low, high).generate(rs);
  }

  private boolean chance(int percent) {
    return between(1, 100) <= percent;
  }

  private <T> T pick(List<T> items) {
    return items.get(between(0, items.size() - 1));
  }

  @SafeVarargs
  private <T> T pick(T... items) {
    return pick(List.of(items));
  }

  private String text() {
    return pick(TRICKY);
  }

  private Optional<String> optText() {
    return chance(50) ? Optional.of(text()) : Optional.empty();
  }

  private String id() {
    return "n" + ids++ + pick("", ".1", "-a", "_b");
  }

  /** A decimal with a scale of 0 to 3, which the format keeps exactly. */
  private BigDecimal decimal(int low, int high) {
    int scale = between(0, 3);
    long unscaled = (long) between(low, high) * (long) Math.pow(10, scale) + between(0, 9) % 10;
    return BigDecimal.valueOf(unscaled, scale);
  }

  private Points points(int low, int high) {
    return Points.of(decimal(low, high));
  }

  private <T> List<T> some(int max, Supplier<T> item) {
    int n = between(0, max);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(item.get());
    }
    return out;
  }

  private Interval interval() {
    BigDecimal low = decimal(-5, 50);
    BigDecimal high = low.add(decimal(1, 50));
    return switch (between(0, 6)) {
      case 0 -> Interval.all();
      case 1 -> Interval.atLeast(low);
      case 2 -> Interval.above(low);
      case 3 -> Interval.atMost(high);
      case 4 -> Interval.below(high);
      case 5 -> Interval.exactly(low);
      default -> Interval.between(low, chance(50), high, chance(50));
    };
  }

  // ------------------------------------------------------------------ schemes

  Scheme scheme() {
    Scheme.Builder b =
        Scheme.builder()
            .id("s" + between(0, 99))
            .title(text())
            .info(info())
            .maximum(chance(80) ? Optional.of(points(1, 1000)) : Optional.empty())
            .maximaAddUp(chance(80))
            .groups(some(3, this::group))
            .notApplicable(pick(NotApplicablePolicy.values()))
            .rounding(
                chance(60)
                    ? Optional.of(
                        new Rounding(
                            between(0, 10),
                            pick(
                                RoundingMode.HALF_UP,
                                RoundingMode.HALF_EVEN,
                                RoundingMode.DOWN,
                                RoundingMode.CEILING)))
                    : Optional.empty())
            .sections(some(3, () -> node(1)))
            .vetoes(some(2, this::veto))
            .outcomes(some(3, this::outcome))
            .readings(some(2, () -> new Reading(id(), text(), text(), text(), some(2, this::id))));
    return b.build();
  }

  private SchemeInfo info() {
    if (chance(20)) {
      return SchemeInfo.empty();
    }
    return SchemeInfo.builder()
        .documentNumber(optText())
        .issuer(optText())
        .issued(
            chance(50)
                ? Optional.of(LocalDate.of(between(1990, 2030), 1, between(1, 28)))
                : Optional.empty())
        .effective(chance(30) ? Optional.of(LocalDate.of(2030, 12, 31)) : Optional.empty())
        .status(pick(SchemeInfo.Status.values()))
        .supersedes(some(2, this::text))
        .scope(optText())
        .source(optText())
        .notes(some(2, this::text))
        .build();
  }

  private UnitGroup group() {
    return new UnitGroup(
        id(),
        text(),
        optText(),
        some(3, () -> new Unit(id(), text())),
        chance(30) ? Optional.of(between(0, 100)) : Optional.empty());
  }

  private Node node(int depth) {
    Node.Builder n =
        Node.builder()
            .id(id())
            .title(text())
            .clause(optText())
            .maximum(chance(70) ? Optional.of(points(1, 100)) : Optional.empty())
            .role(pick(Role.values()))
            .gates(some(2, this::gate))
            .modifiers(some(2, this::modifier))
            .overflow(pick(Overflow.values()))
            .maximaAddUp(chance(80))
            .groups(some(2, this::id))
            .evaluator(optText())
            .evidence(some(2, this::text))
            .note(optText());
    if (chance(30)) {
      n.floor(limit());
    }
    if (chance(30)) {
      n.ceiling(limit());
    }
    if (depth < 3 && chance(40)) {
      n.children(some(3, () -> node(depth + 1)));
    } else if (chance(90)) {
      n.rule(rule());
    }
    return n.build();
  }

  private Limit limit() {
    return switch (between(0, 2)) {
      case 0 -> Limit.of(points(-50, 50));
      case 1 -> new Limit.ShareOfMaximum(id(), decimal(1, 2));
      default -> Limit.none();
    };
  }

  private Rule rule() {
    Direction dir = pick(Direction.values());
    return switch (between(0, 11)) {
      case 0 -> new Rule.PerOccurrence(rates());
      case 1 ->
          new Rule.Checklist(some(3, () -> new Rule.Element(id(), text())), points(1, 10), dir);
      case 2 -> Rule.criterion();
      case 3 -> Rule.fullMarks();
      case 4 ->
          new Rule.Levels(
              List.of(
                  new Rule.Level(id(), text(), points(0, 10)),
                  new Rule.Level(id(), text(), points(0, 10))));
      case 5 ->
          new Rule.Assessed(
              chance(50) ? Optional.of(points(0, 5)) : Optional.empty(),
              chance(50) ? Optional.of(points(5, 10)) : Optional.empty(),
              dir);
      case 6 ->
          new Rule.Panel(
              decimal(1, 100), pick(Rule.Aggregation.values()), between(3, 5), between(5, 9));
      case 7 ->
          new Rule.Tiers(
              List.of(
                  new Rule.Tier(interval(), points(0, 10)),
                  new Rule.Tier(interval(), points(0, 10))),
              text());
      case 8 -> new Rule.Proportional(decimal(1, 100), text());
      case 9 -> new Rule.Conversion(decimal(1, 1000));
      case 10 ->
          new Rule.ShortfallSteps(
              decimal(0, 100), decimal(1, 10), points(1, 5), chance(50), text());
      default ->
          new Rule.AmountSteps(
              decimal(0, 1000),
              points(0, 5),
              decimal(1, 100),
              points(1, 3),
              pick(Rule.Valuation.values()),
              text());
    };
  }

  private List<Rule.Rate> rates() {
    List<Rule.Rate> rates = new ArrayList<>();
    int n = between(1, 3);
    for (int i = 0; i < n; i++) {
      Points min = points(0, 20);
      Points max = chance(30) ? min.plus(points(1, 5)) : min;
      rates.add(new Rule.Rate(optText(), optText(), pick(Direction.values()), min, max, optText()));
    }
    return rates;
  }

  private Gate gate() {
    return chance(50)
        ? new Gate.Prerequisite(id(), text(), optText())
        : new Gate.OccurrenceLimit(id(), text(), optText(), interval(), optText());
  }

  private Modifier modifier() {
    return switch (between(0, 2)) {
      case 0 -> new Modifier.SameMatterOnce(optText());
      case 1 -> new Modifier.SelfReportedExempt(optText());
      default -> new Modifier.JointSplit(new BigDecimal("0.8"), new BigDecimal("0.25"), optText());
    };
  }

  private Veto veto() {
    Veto.Trigger trigger =
        switch (between(0, 2)) {
          case 0 -> new Veto.Reported();
          case 1 -> new Veto.NodeScore(id(), interval());
          default -> new Veto.OccurrenceCount(id(), optText(), interval());
        };
    Veto.Effect effect =
        chance(50)
            ? new Veto.Disqualification(chance(50))
            : new Veto.Penalty(points(1, 20), chance(50) ? Optional.of(id()) : Optional.empty());
    return new Veto(id(), text(), optText(), trigger, effect);
  }

  private Award award() {
    int from = between(1, 5);
    return new Award(
        text(),
        from,
        from + between(0, 5),
        pick(Award.End.values()),
        chance(30) ? Optional.of(interval()) : Optional.empty());
  }

  private TiePolicy ties() {
    return chance(50)
        ? TiePolicy.competition()
        : new TiePolicy(pick(TiePolicy.Ranks.values()), some(2, this::id), chance(50));
  }

  private Outcome outcome() {
    return switch (between(0, 3)) {
      case 0 ->
          Ranking.builder()
              .id(id())
              .title(text())
              .clause(optText())
              .groups(some(2, this::id))
              .on(chance(50) ? Optional.of(id()) : Optional.empty())
              .ties(ties())
              .disqualified(pick(DisqualifiedUnits.values()))
              .cutTies(pick(CutTies.values()))
              .awards(some(3, this::award))
              .build();
      case 1 ->
          Banding.builder()
              .id(id())
              .title(text())
              .clause(optText())
              .on(chance(50) ? Optional.of(id()) : Optional.empty())
              .bands(some(3, () -> new Band(text(), interval())))
              .build();
      case 2 ->
          Improvement.builder()
              .id(id())
              .title(text())
              .groups(some(2, this::id))
              .ties(ties())
              .disqualified(pick(DisqualifiedUnits.values()))
              .cutTies(pick(CutTies.values()))
              .awards(some(2, this::award))
              .build();
      default ->
          Grading.builder()
              .id(id())
              .title(text())
              .clause(optText())
              .prerequisites(some(2, () -> new Rule.Element(id(), text())))
              .grades(
                  some(
                      3,
                      () ->
                          new Grade(
                              id(),
                              text(),
                              optText(),
                              chance(70) ? Optional.of(interval()) : Optional.empty(),
                              chance(50) ? Optional.of(id()) : Optional.empty(),
                              between(0, 3))))
              .validYears(between(1, 5))
              .build();
    };
  }

  // ------------------------------------------------------------------ facts

  UnitFacts unit() {
    return UnitFacts.builder()
        .unitId(id())
        .group(text())
        .period(optText())
        .facts(some(6, this::fact))
        .build();
  }

  private Optional<Provenance> provenance() {
    if (chance(60)) {
      return Optional.empty();
    }
    return Optional.of(
        new Provenance(
            text(),
            chance(50) ? Optional.of(LocalDate.of(2024, between(1, 12), 1)) : Optional.empty(),
            some(2, this::text),
            optText()));
  }

  private Fact fact() {
    return switch (between(0, 7)) {
      case 0 ->
          Occurrence.builder()
              .id(id())
              .nodeId(id())
              .kind(optText())
              .level(optText())
              .count(between(1, 5))
              .points(chance(30) ? Optional.of(points(0, 10)) : Optional.empty())
              .amount(chance(30) ? Optional.of(decimal(0, 1000)) : Optional.empty())
              .matter(optText())
              .selfReported(chance(30))
              .joint(
                  chance(30) ? Optional.of(pick(Occurrence.JointRole.values())) : Optional.empty())
              .share(chance(20) ? Optional.of(decimal(0, 1)) : Optional.empty())
              .note(optText())
              .provenance(provenance())
              .build();
      case 1 ->
          new Measurement(
              id(),
              decimal(-10, 200),
              chance(50) ? Optional.of(pick("%", "条/月", "人", "万元", "1e5")) : Optional.empty(),
              provenance());
      case 2 -> new Assessment(id(), points(0, 30), provenance());
      case 3 -> new AssessedLevel(id(), text(), provenance());
      case 4 -> new Check(id(), chance(50) ? "" : id(), chance(50), provenance());
      case 5 -> new RaterScores(id(), some(5, () -> decimal(0, 100)), provenance());
      case 6 -> new NotApplicable(id(), text(), provenance());
      default -> new VetoEvent(id(), id(), optText(), provenance());
    };
  }
}
