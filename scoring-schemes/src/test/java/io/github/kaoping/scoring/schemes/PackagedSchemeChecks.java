package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every packaged scheme must pass, and facts that earn a unit every scored item's maximum.
 */
final class PackagedSchemeChecks {

  private PackagedSchemeChecks() {}

  /** Every node of the scheme, depth first, in the text's order. */
  static List<Node> nodes(Scheme scheme) {
    List<Node> found = new ArrayList<>();
    scheme.sections().forEach(s -> collect(s, found));
    return found;
  }

  private static void collect(Node node, List<Node> found) {
    found.add(node);
    node.children().forEach(c -> collect(c, found));
  }

  /** Returns a node by id. */
  static Node node(Scheme scheme, String id) {
    return nodes(scheme).stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id));
  }

  /**
   * The verbatim text of a regulation, from the test resources ({@code regulations/<file>}, copied
   * from the shared regulations folder so that the tests run on a clean checkout).
   */
  static String text(String file) {
    String resource = "/regulations/" + file.substring(file.lastIndexOf('/') + 1);
    try (InputStream in = PackagedSchemeChecks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no regulation text at " + resource + " in the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text a scheme's {@code info().source()} names. */
  static String textOf(Scheme scheme) {
    return text(scheme.info().source().orElseThrow(() -> new AssertionError("no source")));
  }

  static void assertValid(Scheme scheme) {
    assertThat(Calculator.validate(scheme)).isEmpty();
  }

  /**
   * The regulation's text without its page markers ("-3-") and white space, so that a quote broken
   * across a line or a page of the source can still be found.
   */
  static String runningText(String file) {
    return text(file).replaceAll("-\\d+-", "").replaceAll("\\s", "");
  }

  /** Every reading quotes the scheme's regulation verbatim and says how it reads it. */
  static void assertEveryReadingQuotesTheText(Scheme scheme) {
    String text = textOf(scheme);
    assertThat(scheme.readings()).isNotEmpty();
    for (Reading r : scheme.readings()) {
      assertThat(r.quote()).as("quote of reading %s", r.id()).isNotBlank();
      assertThat(text).as("reading %s quotes the text verbatim", r.id()).contains(r.quote());
      assertThat(r.reading()).as("reading %s says how it reads", r.id()).isNotBlank();
    }
  }

  /** Every listed unit's name is verbatim in the text, and ids are plain ASCII like node ids. */
  static void assertRostersQuoteTheText(Scheme scheme) {
    String text = textOf(scheme);
    for (UnitGroup g : scheme.groups()) {
      for (Unit u : g.units()) {
        assertThat(text).as("name of unit %s", u.id()).contains(u.name());
        assertThat(u.id()).matches("[A-Za-z0-9][A-Za-z0-9._-]*");
      }
    }
  }

  /** Outcomes name groups and nodes of the scheme. */
  static void assertOutcomesNameKnownGroupsAndNodes(Scheme scheme) {
    Set<String> groups = scheme.groups().stream().map(UnitGroup::id).collect(Collectors.toSet());
    Set<String> ids = nodes(scheme).stream().map(Node::id).collect(Collectors.toSet());
    for (Outcome o : scheme.outcomes()) {
      assertThat(groups).as("groups of outcome %s", o.id()).containsAll(o.groups());
      if (o instanceof Ranking r) {
        r.on().ifPresent(on -> assertThat(ids).contains(on));
        assertThat(ids).containsAll(r.ties().tieBreakers());
      }
    }
  }

  /** Every node names the clause it comes from. */
  static void assertEveryNodeHasAClause(Scheme scheme) {
    assertThat(nodes(scheme))
        .allSatisfy(
            n -> assertThat(n.clause()).as("clause of %s", n.id()).hasValueSatisfying(c -> {}));
    assertThat(nodes(scheme))
        .allSatisfy(n -> assertThat(n.clause().orElseThrow()).as(n.id()).isNotBlank());
  }

  /** The sum of the maxima of a node's scored children that apply to the group. */
  static Points scoredMaxima(Node node, String group) {
    Points sum = Points.ZERO;
    for (Node c : node.children()) {
      if (c.role() == Role.SCORED && (c.groups().isEmpty() || c.groups().contains(group))) {
        sum = sum.plus(c.maximum().orElseThrow());
      }
    }
    return sum;
  }

  /**
   * Facts with which a unit of the group earns every scored item's maximum and no bonus: no
   * occurrences, every criterion, element and prerequisite met, every measurement on target, every
   * discretionary deduction zero and every award assessed at its top.
   */
  static UnitFacts perfectFacts(Scheme scheme, String unitId, String group) {
    UnitFacts.Builder facts = UnitFacts.of(unitId, group);
    scheme.sections().forEach(s -> perfect(s, group, facts));
    return facts.build();
  }

  private static void perfect(Node node, String group, UnitFacts.Builder facts) {
    if (!node.groups().isEmpty() && !node.groups().contains(group)) {
      return;
    }
    for (Gate gate : node.gates()) {
      if (gate instanceof Gate.Prerequisite p) {
        facts.addFacts(Check.of(node.id(), p.id(), true));
      }
    }
    if (node.isLeaf()) {
      facts.addAllFacts(node.rule().orElseThrow().accept(new Perfect(node)));
    }
    node.children().forEach(c -> perfect(c, group, facts));
  }

  /** The facts that earn one leaf its maximum. */
  private static final class Perfect implements Rule.Visitor<List<Fact>> {
    private final Node node;

    Perfect(Node node) {
      this.node = node;
    }

    private String id() {
      return node.id();
    }

    @Override
    public List<Fact> perOccurrence(Rule.PerOccurrence rule) {
      return List.of();
    }

    @Override
    public List<Fact> checklist(Rule.Checklist rule) {
      return rule.elements().stream().<Fact>map(e -> Check.of(id(), e.id(), true)).toList();
    }

    @Override
    public List<Fact> criterion(Rule.Criterion rule) {
      return List.of(Check.of(id(), true));
    }

    @Override
    public List<Fact> fullMarks(Rule.FullMarks rule) {
      return List.of();
    }

    @Override
    public List<Fact> levels(Rule.Levels rule) {
      Rule.Level top = Collections.max(rule.levels(), Comparator.comparing(Rule.Level::points));
      return List.of(AssessedLevel.of(id(), top.key()));
    }

    @Override
    public List<Fact> assessed(Rule.Assessed rule) {
      if (rule.direction() == Direction.DEDUCT) {
        return List.of(Assessment.of(id(), "0"));
      }
      Points top = rule.max().orElseGet(() -> node.maximum().orElseThrow());
      return List.of(new Assessment(id(), top, Optional.empty()));
    }

    @Override
    public List<Fact> panel(Rule.Panel rule) {
      String[] scores = new String[rule.minRaters()];
      Arrays.fill(scores, rule.scale().toPlainString());
      return List.of(RaterScores.of(id(), scores));
    }

    @Override
    public List<Fact> tiers(Rule.Tiers rule) {
      Rule.Tier top = Collections.max(rule.tiers(), Comparator.comparing(Rule.Tier::points));
      Interval range = top.range();
      Interval.Bound bound =
          range.lower().filter(Interval.Bound::inclusive).or(range::upper).orElseThrow();
      return List.of(new Measurement(id(), bound.value(), Optional.empty()));
    }

    @Override
    public List<Fact> proportional(Rule.Proportional rule) {
      return List.of(new Measurement(id(), rule.target(), Optional.empty()));
    }

    @Override
    public List<Fact> conversion(Rule.Conversion rule) {
      return List.of(new Measurement(id(), rule.sourceMaximum(), Optional.empty()));
    }

    @Override
    public List<Fact> shortfallSteps(Rule.ShortfallSteps rule) {
      return List.of(new Measurement(id(), rule.target(), Optional.empty()));
    }

    @Override
    public List<Fact> amountSteps(Rule.AmountSteps rule) {
      throw new UnsupportedOperationException("no perfect amount for " + id());
    }
  }

  /**
   * Returns the facts with the replacements in place of the perfect facts they stand for (the same
   * kind of fact on the same node and, for a check, the same key); occurrences and veto events are
   * simply added. A worked example changes a perfect unit only where it says.
   */
  static UnitFacts replacing(UnitFacts facts, Fact... replacements) {
    Set<String> keys = new HashSet<>();
    for (Fact f : replacements) {
      keys.add(key(f));
    }
    return UnitFacts.builder()
        .from(facts.without(f -> keys.contains(key(f))))
        .addFacts(replacements)
        .build();
  }

  private static String key(Fact f) {
    String key = f.getClass().getSimpleName() + "|" + f.target();
    if (f instanceof Check c) {
      key += "|" + c.key();
    }
    if (f instanceof Occurrence o) {
      key += "|" + o.id();
    }
    return key;
  }

  /** Decimal shorthand. */
  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Points shorthand. */
  static Points p(String points) {
    return Points.parse(points);
  }

  /** The reading with the id. */
  static Reading reading(Scheme scheme, String id) {
    return scheme.readings().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reading " + id));
  }

  /** The maximum of a node. */
  static Points max(Scheme scheme, String id) {
    return node(scheme, id).maximum().orElseThrow(() -> new AssertionError(id + " has no max"));
  }

  /** The sum of the maxima of the nodes. */
  static Points sumOfMaxima(Scheme scheme, String... ids) {
    Points sum = Points.ZERO;
    for (String id : ids) {
      sum = sum.plus(max(scheme, id));
    }
    return sum;
  }

  /** Scores one unit's facts. */
  static ScoreCard score(Scheme scheme, String unit, String group, List<Fact> facts) {
    return Calculator.of(scheme).score(UnitFacts.of(unit, group).addAllFacts(facts).build());
  }
}
