package io.github.kaoping.scoring;

import io.github.kaoping.scoring.text.Nearest;
import io.github.kaoping.scoring.text.Wording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One unit's facts checked against a plan and indexed by node. Building it either succeeds or
 * collects every problem: unknown ids, facts of the wrong kind for their item, values out of range,
 * facts that are missing, facts recorded twice. Once built it never changes, so any number of
 * scoring runs (the fast one and the explaining one) may read it.
 */
final class FactsIndex {

  /**
   * One occurrence, the node and rate it belongs to, and its place among the unit's occurrences: a
   * view made on demand of what the index keeps in its arrays by slot, for explaining and the rare
   * paths (merged matters, amounts, joint work). The fast run reads the arrays.
   */
  static final class Slot {
    final Occurrence occurrence;
    final PlanNode node;
    final Rule.@Nullable Rate rate;

    /** The index of {@link #rate} among the node's rates, or -1. */
    final int rateIndex;

    /** The slot's index, where the index and the scorer keep what they settle. */
    final int ordinal;

    /** The occurrence's kind. */
    final @Nullable String kind;

    private Slot(Occurrence occurrence, PlanNode node, int rateIndex, int ordinal) {
      this.occurrence = occurrence;
      this.node = node;
      this.rateIndex = rateIndex;
      this.rate = rateIndex < 0 ? null : node.rates[rateIndex];
      this.ordinal = ordinal;
      this.kind = OccurrenceFields.kind(occurrence);
    }
  }

  final UnitFacts facts;
  final int group;

  /**
   * The unit's facts in the order given, copied from their list once: read by index, without the
   * list's calls, and never written.
   */
  private final Object[] given;

  /**
   * By slot, the index in {@link #given} of its occurrence: every occurrence, in the order given,
   * has a slot among the first {@link #slotCount}; scoring never depends on the order. What the
   * index knows of each is kept by slot in the arrays below, all of numbers: indexing stores no
   * object per occurrence.
   */
  private final int[] slotFact;

  /** How many slots are filled. */
  int slotCount;

  /** By slot: the index of its rate among its node's rates, or -1 where no rate counts it. */
  final int[] slotRate;

  /**
   * By slot: the next occurrence recorded on the same node, plus one (0 after the last): each
   * node's occurrences are a chain through the slots in the order given, so that indexing makes no
   * list per node.
   */
  final int[] slotNext;

  /**
   * By node {@code i}: at {@code 2i} its first slot plus one and at {@code 2i + 1} its last, 0 for
   * a node without occurrences. Made with the first occurrence.
   */
  private int @Nullable [] chains;

  /**
   * By slot: whether a self-reported deduction is exempt ({@code Scorer}'s status of an occurrence
   * before matters are merged), and what the occurrence yields by itself in ticks of the finest
   * scale ({@link Ticks#MAX_SCALE}, so that they hold whatever scale the unit turns out to need),
   * except for the slots of {@link #unvalued}.
   */
  final byte[] slotStatus;

  final long[] slotTicks;

  /**
   * The slots whose own points {@link #slotTicks} does not hold, in the first {@link
   * #unvaluedCount} places: those of a rate given as a range, an amount, joint work or a count near
   * the points' limit, which the scorer values at the unit's scale. Made with the first: most units
   * have none.
   */
  int[] unvalued = NO_SLOTS;

  private static final int[] NO_SLOTS = {};

  int unvaluedCount;

  /**
   * The occurrences by id, to find one recorded twice: their slots plus one (0 for an empty place)
   * by open addressing over a power of two of places, at most half of them filled. Made with the
   * first occurrence.
   */
  private int @Nullable [] byId;

  /** What the facts say of one node; most nodes have nothing, so this is made on demand. */
  private static final class NodeFacts {
    @Nullable Fact value;

    /**
     * The checks recorded, in the order given: the first alone in {@link #check} while it is the
     * only one and its node is no checklist, else all of them in {@link #checks}. Most nodes with
     * checks have one (a criterion or a prerequisite), read by its key, which then takes no list; a
     * checklist's are read as a list by the scorer, which then always reads one kind of list.
     */
    @Nullable Check check;

    @Nullable List<Check> checks;

    @Nullable NotApplicable notApplicable;

    /**
     * Records a check after those recorded; a list, when one is made, is made at {@code capacity}.
     */
    void addCheck(Check c, boolean checklist, int capacity) {
      List<Check> list = checks;
      if (list == null) {
        if (check == null && !checklist) {
          check = c;
          return;
        }
        list = new ArrayList<>(Math.max(2, capacity));
        if (check != null) {
          list.add(check);
        }
        checks = list;
      }
      list.add(c);
    }
  }

  /** Per node, null where the facts say nothing of it but occurrences. */
  private final @Nullable NodeFacts[] byNode;

  /** Whether any node is marked not applicable. */
  private boolean anyNotApplicable;

  /**
   * What {@link Recording#FAILURES_ONLY} took for what the facts did not record, in the scheme's
   * order; empty under {@link Recording#EVERY_CHECK}.
   */
  final ArrayList<Unrecorded> unrecorded = new ArrayList<>(0);

  /** The note of a check the recording policy took as met, shown with the lines it feeds. */
  static final String TAKEN_AS_MET = Wording.TAKEN_AS_MET;

  /** Has the node no facts at all? */
  boolean isEmpty(int node) {
    return byNode[node] == null && firstSlot(node) < 0;
  }

  /** Whether a node or an ancestor is marked not applicable; null when nothing is. */
  private boolean @Nullable [] covered;

  /** Veto events per veto, sorted by id; made when the first event is seen. */
  private @Nullable Map<String, List<VetoEvent>> vetoEvents;

  /** The events reported for a veto, sorted by id. */
  List<VetoEvent> events(String vetoId) {
    Map<String, List<VetoEvent>> events = vetoEvents;
    return events == null ? List.of() : events.getOrDefault(vetoId, List.of());
  }

  /** Whether any occurrence names a matter, so that merging has work to do. */
  boolean anyMatter;

  /**
   * The most decimal places a point value of these facts needs: a chosen or assessed amount, or a
   * rate times a joint share. The scorer counts at this scale if it is finer than the plan's.
   */
  int pointScale;

  private final Plan plan;
  private final List<Problem> problems;
  private @Nullable Set<String> eventIds;
  private boolean duplicated;

  private FactsIndex(Plan plan, UnitFacts facts, int group, List<Problem> problems) {
    this.plan = plan;
    this.facts = facts;
    this.group = group;
    this.problems = problems;
    int n = plan.nodes.length;
    this.byNode = new NodeFacts[n];
    this.given = facts.facts().toArray();
    int size = given.length;
    this.slotFact = new int[size];
    this.slotRate = new int[size];
    this.slotNext = new int[size];
    this.slotStatus = new byte[size];
    this.slotTicks = new long[size];
    this.touched = new int[size];
    this.inGroup = plan.inGroup[group];
  }

  /** By node, whether it applies to the unit's group. */
  private final boolean[] inGroup;

  private NodeFacts nodeFacts(int node) {
    NodeFacts f = byNode[node];
    if (f == null) {
      if (firstSlot(node) < 0) {
        touch(node);
      }
      f = new NodeFacts();
      byNode[node] = f;
    }
    return f;
  }

  /** Lists a node the facts say something of, when they first do. */
  private void touch(int node) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, touchedCount * 2 + 4);
    }
    touched[touchedCount++] = node;
  }

  /**
   * The nodes the facts say something of, in the first {@link #touchedCount} places, in the order
   * first seen; the scorer scores them and takes the plan's points for the rest.
   */
  int[] touched;

  int touchedCount;

  /** Is any node, or an ancestor, marked not applicable? */
  boolean anyCovered() {
    return covered != null;
  }

  /**
   * The slot of the first occurrence recorded on a node, or -1; the others follow through {@link
   * #nextSlot} in the order given.
   */
  int firstSlot(int node) {
    int[] c = chains;
    return c == null ? -1 : c[2 * node] - 1;
  }

  /** The slot of the next occurrence on the same node as a slot's, or -1. */
  int nextSlot(int slot) {
    return slotNext[slot] - 1;
  }

  /** The occurrence of a slot. */
  Occurrence occurrence(int slot) {
    return (Occurrence) given[slotFact[slot]];
  }

  /** The kind of a slot's occurrence, or null. */
  @Nullable String kind(int slot) {
    return OccurrenceFields.kind(occurrence(slot));
  }

  /** A slot's occurrence, node and rate, made on demand. */
  Slot slot(int slot) {
    Occurrence o = occurrence(slot);
    return new Slot(o, plan.nodes[plan.indexOf(o.nodeId())], slotRate[slot], slot);
  }

  /** The occurrences recorded on a node, in the order given: for explaining, not the fast run. */
  List<Slot> occurrences(int node) {
    List<Slot> list = new ArrayList<>();
    for (int s = firstSlot(node); s >= 0; s = nextSlot(s)) {
      list.add(slot(s));
    }
    return list;
  }

  /** The measurement, assessment, level or rater scores of a node, if any. */
  @Nullable Fact value(int node) {
    NodeFacts f = byNode[node];
    return f == null ? null : f.value;
  }

  /** The not-applicable mark of a node, if any. */
  @Nullable NotApplicable notApplicable(int node) {
    NodeFacts f = byNode[node];
    return f == null ? null : f.notApplicable;
  }

  /** The checks recorded on a node, in the order given. */
  List<Check> checks(int node) {
    NodeFacts f = byNode[node];
    if (f == null) {
      return List.of();
    }
    if (f.checks != null) {
      return f.checks;
    }
    return f.check == null ? List.of() : List.of(f.check);
  }

  /** How many checks are recorded on a node. */
  int checkCount(int node) {
    NodeFacts f = byNode[node];
    if (f == null) {
      return 0;
    }
    if (f.checks != null) {
      return f.checks.size();
    }
    return f.check == null ? 0 : 1;
  }

  /** The check of a key recorded on a node, if any. */
  @Nullable Check check(int node, String key) {
    NodeFacts f = byNode[node];
    if (f == null) {
      return null;
    }
    // The hashes first (cached in the strings): a key that differs is then not read through.
    int h = key.hashCode();
    List<Check> list = f.checks;
    if (list == null) {
      Check only = f.check;
      if (only == null) {
        return null;
      }
      String k = only.key();
      return k.hashCode() == h && k.equals(key) ? only : null;
    }
    for (int i = 0; i < list.size(); i++) {
      String k = list.get(i).key();
      if (k.hashCode() == h && k.equals(key)) {
        return list.get(i);
      }
    }
    return null;
  }

  /** Is the node, or an ancestor, marked not applicable? */
  boolean covered(int node) {
    boolean[] c = covered;
    return c != null && c[node];
  }

  /** Checks and indexes the facts, or throws listing every problem. */
  static FactsIndex build(Plan plan, UnitFacts facts) {
    List<Problem> problems = new ArrayList<>();
    FactsIndex index = check(plan, facts, problems);
    if (index == null || !problems.isEmpty()) {
      throw new FactsException(facts.unitId(), problems);
    }
    return index;
  }

  /**
   * Checks the facts, adding every problem to a list; returns the index, which is fit to score only
   * if no problem was added.
   */
  static @Nullable FactsIndex check(Plan plan, UnitFacts facts, List<Problem> problems) {
    if (facts.unitId().isBlank()) {
      problems.add(Problem.at("unit " + facts.unitId(), "a unit id must not be blank"));
    }
    int group = plan.groupOf(facts.group());
    if (group < 0) {
      problems.add(
          Problem.at(
              "unit " + facts.unitId(),
              "unknown group '"
                  + facts.group()
                  + "'; the scheme's groups are "
                  + plan.groupIndex.keySet()));
      return null;
    }
    UnitGroup g = plan.groups.get(group);
    if (!plan.onRoster(group, facts.unitId())) {
      problems.add(
          Problem.at(
              "unit " + facts.unitId(),
              "unit '" + facts.unitId() + "' is not on the roster of group " + g.id()));
    }
    FactsIndex index = new FactsIndex(plan, facts, group, problems);
    Object[] all = index.given;
    for (int i = 0; i < all.length; i++) {
      index.add((Fact) all[i], i);
    }
    if (index.duplicated) {
      // The cheap checks saw a fact twice; list every duplicate with an order-free message.
      FactIdentity.duplicates(facts.unitId(), facts.facts(), problems);
    }
    index.coverNotApplicable();
    index.requireFacts();
    if (index.vetoEvents != null) {
      index.vetoEvents.values().forEach(list -> list.sort(Comparator.comparing(VetoEvent::id)));
    }
    return index;
  }

  // ------------------------------------------------------------------ adding facts

  /** Checks and indexes a fact, the {@code at}-th given. */
  private void add(Fact fact, int at) {
    // Most facts are occurrences, then checks: their node is read without an interface call, and
    // their type tested once.
    Occurrence occurrence = fact instanceof Occurrence o ? o : null;
    Check check = occurrence == null && fact instanceof Check c ? c : null;
    String target;
    if (occurrence != null) {
      target = occurrence.nodeId();
    } else if (check != null) {
      target = check.nodeId();
    } else if (fact instanceof VetoEvent event) {
      addVetoEvent(event);
      return;
    } else {
      target = fact.target();
    }
    int i = plan.indexOf(target);
    if (i <= 0) {
      problem(
          fact,
          "names unknown node '"
              + fact.target()
              + "'"
              + Nearest.suggestion(
                  fact.target(), Arrays.stream(plan.nodes).skip(1).map(PlanNode::id).toList()));
      return;
    }
    if (!inGroup[i]) {
      problem(fact, "node " + plan.nodes[i].id() + " does not apply to group " + facts.group());
      return;
    }
    PlanNode node = plan.nodes[i];
    if (occurrence != null) {
      addOccurrence(node, node.rule(), occurrence, at);
    } else if (check != null) {
      addCheck(node, node.rule(), check);
    } else if (fact instanceof Measurement m) {
      addMeasurement(node, m);
    } else if (fact instanceof Assessment a) {
      addAssessment(node, a);
    } else if (fact instanceof AssessedLevel l) {
      addLevel(node, l);
    } else if (fact instanceof RaterScores r) {
      addRaterScores(node, r);
    } else if (fact instanceof NotApplicable na) {
      addNotApplicable(node, na);
    } else {
      throw new AssertionError("a fact type without a check: " + fact.getClass());
    }
  }

  private void addMeasurement(PlanNode node, Measurement m) {
    if (!expect(node, m, Input.MEASUREMENT)) {
      return;
    }
    if (!inNodesUnit(node, m)) {
      setValue(node, m); // recorded, so that it is not reported missing as well
      return;
    }
    if (node.rule() instanceof Rule.Tiers tiers) {
      if (tiers.tiers().stream().noneMatch(t -> t.range().contains(m.value()))) {
        problem(
            m,
            "measured "
                + m.value().toPlainString()
                + " falls in no tier of "
                + node.id()
                + " "
                + tiers.tiers().stream().map(t -> t.range().toString()).toList());
      }
    } else if (m.value().signum() < 0 && !(node.rule() instanceof Rule.Conversion)) {
      problem(m, "a measured quantity cannot be negative, was " + m.value().toPlainString());
    }
    setValue(node, m);
  }

  /**
   * Is the measurement in the unit its node's rule states? A measurement that names no unit is; one
   * that names another is a problem, and its value is not checked further: it is not a value of
   * this node's quantity.
   */
  private boolean inNodesUnit(PlanNode node, Measurement m) {
    String given = m.unit().orElse(null);
    if (given == null || !(node.rule() instanceof Rule.Measured measured)) {
      return true;
    }
    if (measured.isUnit(given)) {
      return true;
    }
    String expected = measured.unit();
    problem(
        m,
        "measured in "
            + given
            + ", but "
            + node.id()
            + (expected.isBlank()
                ? " states no unit; leave the unit out"
                : " is measured in " + expected + "; give the value in " + expected)
            + " (a value is never converted from another unit)");
    return false;
  }

  private void addAssessment(PlanNode node, Assessment a) {
    if (!expect(node, a, Input.ASSESSMENT) || !(node.rule() instanceof Rule.Assessed assessed)) {
      return;
    }
    if (!Ticks.fits(a.points())) {
      problem(a, "assessed " + a.points() + ", out of range: points have " + Ticks.range());
      return;
    }
    pointScale = Math.max(pointScale, Ticks.scaleOf(a.points()));
    Points low = assessed.min().orElse(Points.ZERO);
    Points high = assessedMax(node, assessed);
    if (a.points().isLessThan(low) || (high != null && a.points().isGreaterThan(high))) {
      problem(
          a,
          "assessed "
              + a.points()
              + " is outside the allowed range "
              + low
              + ".."
              + (high == null ? "" : high)
              + " of "
              + node.id());
    }
    setValue(node, a);
  }

  private void addLevel(PlanNode node, AssessedLevel l) {
    if (!expect(node, l, Input.LEVEL) || !(node.rule() instanceof Rule.Levels levels)) {
      return;
    }
    if (levels.levels().stream().noneMatch(x -> x.key().equals(l.level()))) {
      problem(
          l,
          "unknown level '"
              + l.level()
              + "'; the levels of "
              + node.id()
              + " are "
              + levels.levels().stream().map(Rule.Level::key).toList());
    }
    setValue(node, l);
  }

  private void addRaterScores(PlanNode node, RaterScores r) {
    if (!expect(node, r, Input.SCORES) || !(node.rule() instanceof Rule.Panel panel)) {
      return;
    }
    int n = r.scores().size();
    if (n < panel.minRaters() || n > panel.maxRaters().orElse(Integer.MAX_VALUE)) {
      problem(
          r,
          n
              + " raters scored, but the panel of "
              + node.id()
              + " has "
              + panel.minRaters()
              + panel.maxRaters().map(max -> " to " + max).orElse(" or more"));
    }
    for (BigDecimal s : r.scores()) {
      if (s.signum() < 0 || s.compareTo(panel.scale()) > 0) {
        problem(
            r,
            "a rater score of "
                + s.toPlainString()
                + " is outside the panel's scale 0.."
                + panel.scale().toPlainString());
      }
    }
    setValue(node, r);
  }

  private void addNotApplicable(PlanNode node, NotApplicable na) {
    if (plan.scheme.notApplicable() == NotApplicablePolicy.REJECT) {
      problem(
          na,
          "the scheme counts every item for every unit (no not-applicable policy), so "
              + node.id()
              + " cannot be marked not applicable");
      return;
    }
    if (node.role() != Role.SCORED || node.maximum() == null) {
      problem(na, "only a scored node with a maximum can be marked not applicable");
      return;
    }
    NodeFacts f = nodeFacts(node.index);
    duplicated |= f.notApplicable != null;
    f.notApplicable = na;
    anyNotApplicable = true;
  }

  private boolean expect(PlanNode node, Fact fact, Input wanted) {
    if (node.input != wanted) {
      problem(
          fact,
          wanted.fact
              + " does not fit node "
              + node.id()
              + ": it has "
              + (node.rule() == null ? "children" : node.rule().accept(RULE_NAME))
              + ", which reads "
              + node.input.fact);
      return false;
    }
    return true;
  }

  private void setValue(PlanNode node, Fact fact) {
    NodeFacts f = nodeFacts(node.index);
    duplicated |= f.value != null;
    f.value = fact;
  }

  /** A rule as the file format and the documentation name it, with its article. */
  private static final Rule.Visitor<String> RULE_NAME =
      new Rule.Visitor<>() {
        @Override
        public String perOccurrence(Rule.PerOccurrence rule) {
          return "a per-occurrence rule";
        }

        @Override
        public String checklist(Rule.Checklist rule) {
          return "a checklist rule";
        }

        @Override
        public String criterion(Rule.Criterion rule) {
          return "a criterion rule";
        }

        @Override
        public String fullMarks(Rule.FullMarks rule) {
          return "a full-marks rule";
        }

        @Override
        public String levels(Rule.Levels rule) {
          return "a levels rule";
        }

        @Override
        public String assessed(Rule.Assessed rule) {
          return "an assessed rule";
        }

        @Override
        public String panel(Rule.Panel rule) {
          return "a panel rule";
        }

        @Override
        public String tiers(Rule.Tiers rule) {
          return "a tiers rule";
        }

        @Override
        public String proportional(Rule.Proportional rule) {
          return "a proportional rule";
        }

        @Override
        public String conversion(Rule.Conversion rule) {
          return "a conversion rule";
        }

        @Override
        public String shortfallSteps(Rule.ShortfallSteps rule) {
          return "a shortfall-steps rule";
        }

        @Override
        public String amountSteps(Rule.AmountSteps rule) {
          return "an amount-steps rule";
        }
      };

  /** What a rule reads from the facts. */
  enum Input {
    OCCURRENCES("occurrences"),
    AMOUNTS("occurrences with amounts"),
    CHECKS("checks of its elements"),
    CRITERION("a check of its criterion"),
    GATES_ONLY("no facts but the occurrences its gates count"),
    LEVEL("an assessed level"),
    ASSESSMENT("an assessment"),
    SCORES("rater scores"),
    MEASUREMENT("a measurement"),
    CHILDREN("nothing: its children are scored");

    final String fact;

    Input(String fact) {
      this.fact = fact;
    }
  }

  static final Rule.Visitor<Input> INPUT =
      new Rule.Visitor<>() {
        @Override
        public Input perOccurrence(Rule.PerOccurrence rule) {
          return Input.OCCURRENCES;
        }

        @Override
        public Input checklist(Rule.Checklist rule) {
          return Input.CHECKS;
        }

        @Override
        public Input criterion(Rule.Criterion rule) {
          return Input.CRITERION;
        }

        @Override
        public Input fullMarks(Rule.FullMarks rule) {
          return Input.GATES_ONLY;
        }

        @Override
        public Input levels(Rule.Levels rule) {
          return Input.LEVEL;
        }

        @Override
        public Input assessed(Rule.Assessed rule) {
          return Input.ASSESSMENT;
        }

        @Override
        public Input panel(Rule.Panel rule) {
          return Input.SCORES;
        }

        @Override
        public Input tiers(Rule.Tiers rule) {
          return Input.MEASUREMENT;
        }

        @Override
        public Input proportional(Rule.Proportional rule) {
          return Input.MEASUREMENT;
        }

        @Override
        public Input conversion(Rule.Conversion rule) {
          return Input.MEASUREMENT;
        }

        @Override
        public Input shortfallSteps(Rule.ShortfallSteps rule) {
          return Input.MEASUREMENT;
        }

        @Override
        public Input amountSteps(Rule.AmountSteps rule) {
          return Input.AMOUNTS;
        }
      };

  /**
   * The message for an occurrence whose amount is a parameter the office has not set: it names the
   * parameter, what it sets and where, and how to set it.
   */
  static String unsetParameter(PlanNode node, Parameter p) {
    return "the amount per occurrence of "
        + node.id()
        + " is parameter "
        + p.id()
        + " ("
        + p.title()
        + ", "
        + p.clause()
        + "), which the office has not set: the text gives no amount. Set its value in the"
        + " scheme file (parameters: - id: "
        + p.id()
        + " ... value: N) or for one run with scoring score --set "
        + p.id()
        + "=N";
  }

  /**
   * Indexes an occurrence: the commonest (a rate matched by kind and level, counted a safe number
   * of times, with none of the optional fields other rules or modifiers read) here, the rest by
   * {@link #addChecked}. The two are apart so that the compiled code every occurrence runs stays
   * small: the general path's checks and messages are compiled in a method of their own, not into
   * this one, which keeps the hot path to a few lines of the instruction cache.
   */
  private void addOccurrence(PlanNode node, @Nullable Rule rule, Occurrence o, int factAt) {
    int rateIndex = -1;
    if (node.input == Input.OCCURRENCES) {
      // A rate is matched by its row's key first: its kind and level are read only if it fits.
      String kind = OccurrenceFields.kind(o);
      String level = OccurrenceFields.level(o);
      long[] rows = node.rateRows;
      long key = PlanNode.rateKey(kind, level);
      long shape = 0;
      for (int at = 0; at < rows.length; at += PlanNode.RATE_ROW) {
        int i = at / PlanNode.RATE_ROW;
        if (rows[at] == key
            && Objects.equals(node.rateKinds[i], kind)
            && Objects.equals(node.rateLevels[i], level)) {
          rateIndex = i; // no two rates of a node match the same kind and level
          shape = rows[at + 1];
          break;
        }
      }
      int count = o.count();
      if (count >= 1
          && count <= (int) shape
          && OccurrenceFields.amount(o) == null
          && OccurrenceFields.matter(o) == null
          && OccurrenceFields.joint(o) == null
          && OccurrenceFields.share(o) == null
          && !o.selfReported()) {
        Points chosen = OccurrenceFields.points(o);
        int row = rateIndex * PlanNode.RATE_ROW;
        long each = NOT_PLAIN;
        int places = 0;
        if (chosen == null) {
          if ((shape & PlanNode.RATE_PLAIN) != 0) {
            each = rows[row + 2];
            places = (int) (shape >>> 32) & 0xff;
          }
        } else if ((shape & PlanNode.RATE_PLAIN_RANGE) != 0) {
          each = chosenTicks(chosen, rows, row);
          places = Math.max(0, chosen.toBigDecimal().scale());
        }
        if (each != NOT_PLAIN) {
          addPlain(o, factAt, node, rateIndex, count, each, places);
          return;
        }
      }
    }
    addChecked(node, rule, o, factAt, rateIndex);
  }

  /**
   * Checks and indexes an occurrence {@link #addOccurrence} did not: any rule, any field, every
   * problem. {@code rateIndex} is its rate's, matched there, or -1.
   */
  private void addChecked(PlanNode node, @Nullable Rule rule, Occurrence o, int at, int rateIndex) {
    // Each optional field is read once, without an Optional.
    String kind = OccurrenceFields.kind(o);
    Points chosen = OccurrenceFields.points(o);
    BigDecimal amount = OccurrenceFields.amount(o);
    String matter = OccurrenceFields.matter(o);
    Occurrence.JointRole joint = OccurrenceFields.joint(o);
    BigDecimal share = OccurrenceFields.share(o);
    int count = o.count();
    if (count < 1) {
      problem(o, "count must be at least 1, was " + count);
    }
    Input input = node.input;
    if (input == Input.OCCURRENCES) {
      Parameter unset = rateIndex < 0 ? null : node.unsetRates[rateIndex];
      if (unset != null) {
        problem(o, unsetParameter(node, unset));
      }
      if (rateIndex < 0 && !countedByGateOrVeto(node, kind, false)) {
        problem(
            o,
            "no rate of "
                + node.id()
                + " matches "
                + describe(o)
                + "; its rates are for "
                + ((Rule.PerOccurrence) Objects.requireNonNull(rule))
                    .rates().stream().map(SchemeCompiler::describeRate).toList());
      }
    } else if (input == Input.AMOUNTS) {
      Rule.AmountSteps amounts = (Rule.AmountSteps) Objects.requireNonNull(rule);
      if (amount == null) {
        problem(o, "an occurrence on " + node.id() + " needs an amount");
      } else if (amount.signum() < 0) {
        problem(o, "an amount cannot be negative, was " + amount.toPlainString());
      } else if (amount.compareTo(node.amountLimit) >= 0) {
        problem(
            o,
            "an amount of "
                + amount.toPlainString()
                + " "
                + amounts.unit()
                + " is out of range: "
                + node.id()
                + " counts amounts below "
                + node.amountLimit.toPlainString()
                + ", which earn less than "
                + Ticks.MAX_MAGNITUDE.toPlainString()
                + " points");
      }
      if (joint != null) {
        needed(o, node.amountScale() + Ticks.scaleOf(shareOf(node, joint, share)));
      }
    } else if (!countedByGateOrVeto(node, kind, true)) {
      problem(
          o,
          "an occurrence does not fit node "
              + node.id()
              + ", which reads "
              + node.input.fact
              + ", and no gate or veto counts it");
    }
    int slot = addSlot(o, at, node, rateIndex);
    Rule.Rate rate = rateIndex < 0 ? null : node.rates[rateIndex];
    boolean outsideRate = false;
    anyMatter |= matter != null;
    settle(node, slot, rateIndex, rate, chosen, joint, count, o.selfReported());
    if (rate != null) {
      boolean range = node.rangeRates[rateIndex];
      int needed;
      if (range) {
        needed = chosen == null ? 0 : Ticks.scaleOf(chosen);
      } else {
        needed = node.rateScales[rateIndex];
      }
      if (joint != null) {
        needed += Ticks.scaleOf(shareOf(node, joint, share));
      }
      needed(o, needed);
      if (chosen != null && !Ticks.fits(chosen)) {
        problem(o, "chose " + chosen + ", out of range: points have " + Ticks.range());
      }
      if (range) {
        if (chosen == null) {
          problem(
              o,
              "the rate of "
                  + node.id()
                  + " is a range "
                  + rate.min()
                  + ".."
                  + rate.max()
                  + "; the occurrence must say which amount the evaluator chose");
        } else if (chosen.isLessThan(rate.min()) || chosen.isGreaterThan(rate.max())) {
          outsideRate = true;
          problem(
              o,
              "chose " + chosen + ", outside the rate's range " + rate.min() + ".." + rate.max());
        }
      } else if (chosen != null) {
        problem(o, "the rate of " + node.id() + " is fixed at " + rate.min() + "; give no points");
      }
    } else if (chosen != null) {
      problem(o, "points are only chosen for a rate given as a range");
    }
    // Within the rate's amounts, a count up to the node's safe count cannot be too large.
    if (rate != null && count > 1 && (outsideRate || count > node.safeCounts[rateIndex])) {
      // a rate times a count beyond the points' range cannot be counted exactly: say which fact
      Points each = node.rangeRates[rateIndex] && chosen != null ? chosen : rate.max();
      BigDecimal points = each.toBigDecimal().abs().multiply(BigDecimal.valueOf(count));
      if (points.compareTo(Ticks.MAX_MAGNITUDE) >= 0) {
        problem(
            o,
            count
                + " times "
                + each.abs()
                + " points is "
                + points.stripTrailingZeros().toPlainString()
                + ", too large to count exactly: points have "
                + Ticks.range());
      }
    }
    if (amount != null && input != Input.AMOUNTS) {
      problem(o, "only an amount rule reads amounts; " + node.id() + " does not");
    }
    if (matter != null && node.sameMatterScope < 0) {
      problem(
          o,
          "is marked matter '"
              + matter
              + "', but "
              + node.id()
              + " does not merge occurrences of the same matter (no clause says so)");
    }
    if (o.selfReported()) {
      if (node.exemption == null) {
        problem(o, "is marked self-reported, but no clause of " + node.id() + " exempts it");
      } else if (rate != null && rate.direction() != Direction.DEDUCT) {
        problem(o, "is marked self-reported, but only deductions are exempted");
      }
    }
    if (joint != null && node.jointSplit == null) {
      problem(o, "is marked joint work, but no clause of " + node.id() + " splits joint work");
    }
    if (share != null) {
      if (joint == null) {
        problem(o, "has a share but is not marked joint work");
      } else if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        problem(o, "a share must be above 0 and at most 1, was " + share.toPlainString());
      }
    }
  }

  /**
   * Indexes one of the commonest occurrences, which pass every check: of a fixed rate the office
   * need not set, or of a range with points chosen inside it ({@link #chosenTicks}), counted a safe
   * number of times, with none of the optional fields that other rules or modifiers read. The
   * general path would find no problem in it and settle what this settles: {@code each}, what one
   * time yields in ticks of {@link Ticks#MAX_SCALE}, and the {@code places} its points need.
   */
  private void addPlain(
      Occurrence o, int factAt, PlanNode node, int rateIndex, int count, long each, int places) {
    int i = addSlot(o, factAt, node, rateIndex);
    slotTicks[i] = count == 1 ? each : Math.multiplyExact(each, count);
    if (places > pointScale) {
      pointScale = places;
    }
  }

  /** What {@link #chosenTicks} gives for points the general path must check. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * What points chosen for a range its office need not set yield, signed, in ticks of {@link
   * Ticks#MAX_SCALE}, if they are within the range (its row of {@link PlanNode#rateRows} at {@code
   * row}) and of places the points can hold: then an occurrence without the optional fields other
   * rules or modifiers read passes every check, and is valued without a decimal. {@link #NOT_PLAIN}
   * for any other, which the general path checks.
   */
  private static long chosenTicks(Points chosen, long[] rows, int row) {
    BigDecimal value = chosen.toBigDecimal();
    int scale = value.scale(); // points are kept without trailing zeros: 10 is 1E+1
    // Below 10^12 and of at most MAX_SCALE places, its ticks at that scale fit a long.
    if (scale > Ticks.MAX_SCALE || value.precision() - scale > 12) {
      return NOT_PLAIN;
    }
    long ticks = Ticks.of(value, Ticks.MAX_SCALE);
    if (ticks < rows[row + 2] || ticks > rows[row + 3] || Math.abs(ticks) >= Ticks.MAX_FINE) {
      return NOT_PLAIN;
    }
    return (rows[row + 1] & PlanNode.RATE_EARNS) != 0 ? ticks : -ticks;
  }

  /**
   * Settles what the scorer would settle of an occurrence before any rule sees it, where it needs
   * no decimal: whether it is an exempt self-reported deduction, and what a fixed rate yields for
   * it (its rate times its count) or nothing, for one no rate values.
   */
  private void settle(
      PlanNode node,
      int slot,
      int r,
      Rule.@Nullable Rate rate,
      @Nullable Points chosen,
      Occurrence.@Nullable JointRole joint,
      int count,
      boolean selfReported) {
    int i = slot;
    if (node.exemption != null
        && selfReported
        && rate != null
        && rate.direction() == Direction.DEDUCT) {
      slotStatus[i] = Scorer.EXEMPT;
    }
    if (joint != null || count < 1) {
      unvalue(i);
    } else if (rate != null) {
      if (node.rangeRates[r] || chosen != null || count > node.safeCounts[r]) {
        unvalue(i);
      } else {
        slotTicks[i] = count == 1 ? node.rateFine[r] : Math.multiplyExact(node.rateFine[r], count);
      }
    } else if (node.input == Input.AMOUNTS) {
      unvalue(i);
    }
  }

  /** Lists a slot in {@link #unvalued}. */
  private void unvalue(int slot) {
    if (unvaluedCount == unvalued.length) {
      unvalued = Arrays.copyOf(unvalued, Math.max(4, 2 * unvaluedCount));
    }
    unvalued[unvaluedCount++] = slot;
  }

  /**
   * Gives an occurrence, the {@code factAt}-th fact given, its slot: the next one, the last of its
   * node's chain, and in {@link #byId} (marking the facts duplicated if its id is there already).
   * Returns the slot.
   */
  private int addSlot(Occurrence o, int factAt, PlanNode node, int rateIndex) {
    int slot = slotCount++;
    slotFact[slot] = factAt;
    int n = node.index;
    slotRate[slot] = rateIndex;
    int[] c = chains;
    if (c == null) {
      c = new int[2 * plan.nodes.length];
      chains = c;
    }
    int last = c[2 * n + 1];
    if (last == 0) {
      if (byNode[n] == null) {
        touch(n);
      }
      c[2 * n] = slot + 1;
    } else {
      slotNext[last - 1] = slot + 1;
    }
    c[2 * n + 1] = slot + 1;
    duplicated |= !addId(o.id(), slot);
    return slot;
  }

  /** Adds an occurrence to {@link #byId}; returns false if one of its id is there already. */
  private boolean addId(String id, int slot) {
    int[] table = byId;
    if (table == null) {
      // A power of two above one and a half times the unit's facts: probes stay short, and there
      // is always an empty place.
      table = new int[Integer.highestOneBit(slotFact.length * 3 / 2 + 1) << 1];
      byId = table;
    }
    int h = id.hashCode();
    int mask = table.length - 1;
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      int s = table[i];
      if (s == 0) {
        table[i] = slot + 1;
        return true;
      }
      if (occurrence(s - 1).id().equals(id)) {
        return false;
      }
    }
  }

  /** The share of joint work an occurrence counts at: its own, or the scheme's for its role. */
  private static BigDecimal shareOf(
      PlanNode node, Occurrence.JointRole joint, @Nullable BigDecimal share) {
    Modifier.JointSplit split = node.jointSplit;
    if (share != null) {
      return share;
    }
    if (split == null) {
      return BigDecimal.ONE; // reported as a problem: no clause splits joint work here
    }
    return joint == Occurrence.JointRole.LEAD ? split.lead() : split.partner();
  }

  /** Widens the unit's scale to the places an occurrence's points need, if they can be held. */
  private void needed(Occurrence o, int places) {
    pointScale = Math.max(pointScale, Math.min(places, Ticks.MAX_SCALE));
    if (places > Ticks.MAX_SCALE) {
      problem(o, "its points times its share need more than " + Ticks.MAX_SCALE + " places");
    }
  }

  /**
   * Is an occurrence counted by a gate or veto trigger on its node or an ancestor? A gate or
   * trigger for every kind accepts it only when {@code acceptAnyKind}: on a rated node an unknown
   * kind is a typing error, not something to count. The plan lists those kinds per node.
   */
  private static boolean countedByGateOrVeto(
      PlanNode node, @Nullable String kind, boolean acceptAnyKind) {
    if (kind != null) {
      for (String counted : node.countedKinds) {
        if (counted.equals(kind)) {
          return true;
        }
      }
    }
    return acceptAnyKind && node.anyKindCounted;
  }

  private void addCheck(PlanNode node, @Nullable Rule rule, Check c) {
    boolean known =
        c.key().isEmpty()
            ? node.input == Input.CRITERION
            : node.freeCheckKeys || node.isCheckKey(c.key());
    if (!known) {
      problem(c, "node " + node.id() + " has no " + expectedCheck(node, rule, c.key()));
      return;
    }
    NodeFacts f = nodeFacts(node.index);
    duplicated |= check(node.index, c.key()) != null;
    f.addCheck(c, node.input == Input.CHECKS, 2);
  }

  private static String expectedCheck(PlanNode node, @Nullable Rule rule, String key) {
    List<String> keys = new ArrayList<>();
    if (rule instanceof Rule.Criterion) {
      keys.add("(its own criterion, empty key)");
    }
    if (rule instanceof Rule.Checklist list) {
      list.elements().forEach(e -> keys.add(e.id()));
    }
    node.node.gates().stream()
        .filter(g -> g instanceof Gate.Prerequisite)
        .forEach(g -> keys.add(g.id()));
    String what = key.isEmpty() ? "criterion of its own" : "element or prerequisite '" + key + "'";
    return what + "; it checks " + (keys.isEmpty() ? "nothing" : keys);
  }

  private void addVetoEvent(VetoEvent event) {
    Veto veto = plan.vetoes.get(event.vetoId());
    if (veto == null) {
      problem(
          event,
          "names unknown veto '" + event.vetoId() + "'; the vetoes are " + plan.vetoes.keySet());
      return;
    }
    if (!(veto.trigger() instanceof Veto.Reported)) {
      problem(event, "veto " + veto.id() + " is set off by " + setOffBy(veto.trigger()));
      return;
    }
    if (eventIds == null) {
      eventIds = new HashSet<>();
    }
    duplicated |= !eventIds.add(event.id());
    Map<String, List<VetoEvent>> events = vetoEvents;
    if (events == null) {
      events = new TreeMap<>();
      vetoEvents = events;
    }
    events.computeIfAbsent(veto.id(), k -> new ArrayList<>()).add(event);
  }

  /** What sets off a veto that no event reports, and what to record instead. */
  private static String setOffBy(Veto.Trigger trigger) {
    if (trigger instanceof Veto.OccurrenceCount c) {
      return "the number of occurrences"
          + c.kind().map(k -> " of kind '" + k + "'").orElse("")
          + " recorded on "
          + c.nodeId()
          + " (in "
          + c.count()
          + "), not by a reported event: record the occurrence on "
          + c.nodeId();
    }
    Veto.NodeScore s = (Veto.NodeScore) trigger;
    return "the points of "
        + s.nodeId()
        + " (in "
        + s.points()
        + "), not by a reported event: it follows from the score";
  }

  // ------------------------------------------------------------------ coverage

  private void coverNotApplicable() {
    if (!anyNotApplicable) {
      return;
    }
    boolean[] c = new boolean[plan.nodes.length];
    for (PlanNode n : plan.nodes) {
      if (n.parent >= 0) {
        c[n.index] = notApplicable(n.index) != null || c[n.parent];
      }
    }
    covered = c;
    for (Fact f : facts.facts()) {
      Integer i = plan.nodeIndex.get(f.target());
      if (i == null || f instanceof VetoEvent) {
        continue;
      }
      if (c[i] && !(f instanceof NotApplicable)) {
        problem(f, "node " + f.target() + " is marked not applicable, so it takes no facts");
      }
      if (f instanceof NotApplicable && i > 0 && c[plan.nodes[i].parent]) {
        problem(f, "an ancestor of " + f.target() + " is already marked not applicable");
      }
    }
  }

  private void requireFacts() {
    boolean failuresOnly = facts.recording() == Recording.FAILURES_ONLY;
    if (failuresOnly) {
      // room for the usual: a check per node needing facts, and every item counting occurrences
      unrecorded.ensureCapacity(plan.needingFacts.length + plan.countingOccurrences.length);
    }
    for (int i : plan.needingFacts) {
      if (!inGroup[i] || covered(i)) {
        continue;
      }
      PlanNode n = plan.nodes[i];
      // Every check kept is of a key the node accepts, and none twice: as many as it requires
      // means none is missing, without looking each one up.
      boolean allChecked =
          !duplicated && n.requiredChecks >= 0 && checkCount(n.index) == n.requiredChecks;
      for (Gate gate : allChecked ? PlanNode.NO_GATES : n.gateArray) {
        if (gate instanceof Gate.Prerequisite && check(n.index, gate.id()) == null) {
          if (failuresOnly) {
            takeAsMet(n, gate.id());
          } else {
            missing(n, "a check of prerequisite '" + gate.id() + "' (" + gate.title() + ")");
          }
        }
      }
      Rule rule = n.rule();
      if (rule == null) {
        continue;
      }
      Input input = n.input;
      switch (input) {
        case CRITERION -> {
          if (!allChecked && check(n.index, "") == null) {
            if (failuresOnly) {
              takeAsMet(n, "");
            } else {
              missing(n, "a check of whether its criterion is met");
            }
          }
        }
        case CHECKS -> {
          Rule.Checklist list = (Rule.Checklist) rule;
          for (Rule.Element e : allChecked ? List.<Rule.Element>of() : list.elements()) {
            if (check(n.index, e.id()) == null) {
              if (failuresOnly) {
                takeAsMet(n, e.id());
              } else {
                missing(n, "a check of element '" + e.id() + "' (" + e.title() + ")");
              }
            }
          }
        }
        case LEVEL, ASSESSMENT, SCORES, MEASUREMENT -> {
          if (value(n.index) == null) {
            missing(
                n,
                input.fact
                    + (failuresOnly
                        ? " (recording failures only takes unrecorded checks as met and"
                            + " unrecorded occurrences as none, never "
                            + input.fact
                            + ")"
                        : ""));
          }
        }
        case OCCURRENCES, AMOUNTS, GATES_ONLY, CHILDREN -> {
          // None is required: no occurrence means none happened.
        }
      }
    }
    if (failuresOnly) {
      takeAsZero();
    }
  }

  /** Takes an unrecorded check as met: indexed as if recorded, and listed. */
  private void takeAsMet(PlanNode n, String key) {
    Check taken = new Check(n.id(), key, true, Optional.of(TAKEN_AS_MET), Optional.empty());
    // a list made at the size of the node's checks: a checklist taken as met fills it at once
    nodeFacts(n.index).addCheck(taken, n.input == Input.CHECKS, n.requiredChecks);
    unrecorded.add(new Unrecorded(n.id(), key, Unrecorded.Taken.MET));
  }

  /**
   * Lists the items scored by occurrences that have none (as the policy takes them, and as they
   * score under either policy). The list is then in order: the checks taken as met, then the items
   * taken as zero, each in the scheme's order, as {@link #requireFacts} and this method add them in
   * the order of the plan's nodes.
   */
  private void takeAsZero() {
    for (int i : plan.countingOccurrences) {
      if (inGroup[i] && !covered(i) && firstSlot(i) < 0) {
        unrecorded.add(new Unrecorded(plan.nodes[i].id(), "", Unrecorded.Taken.ZERO));
      }
    }
  }

  private void missing(PlanNode n, String what) {
    problems.add(
        Problem.atNode(
            "unit " + facts.unitId() + "/" + n.path,
            n.id(),
            "no fact for " + n.id() + ": expected " + what));
  }

  // ------------------------------------------------------------------ helpers

  /** The most an assessment may give: its own bound, else the item's cap (awarded) or maximum. */
  static @Nullable Points assessedMax(PlanNode node, Rule.Assessed assessed) {
    if (assessed.max().isPresent()) {
      return assessed.max().get();
    }
    Points cap = node.ceiling;
    return assessed.direction() == Direction.EARN && cap != null ? cap : node.maximum();
  }

  private static String describe(Occurrence o) {
    if (o.kind().isEmpty() && o.level().isEmpty()) {
      return "an occurrence without kind or level";
    }
    return "kind '" + o.kind().orElse("") + "' level '" + o.level().orElse("") + "'";
  }

  private void problem(Fact fact, String message) {
    problems.add(
        Problem.ofFact("unit " + facts.unitId() + "/" + FactIdentity.of(fact), fact, message));
  }
}
