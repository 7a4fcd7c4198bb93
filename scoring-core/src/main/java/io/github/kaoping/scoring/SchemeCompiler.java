package io.github.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates a scheme and compiles it into a {@link Plan}. Every problem is collected, each with its
 * node path, before anything is thrown.
 */
final class SchemeCompiler {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Scheme scheme;
  private final List<Problem> problems = new ArrayList<>();

  /** What is valid but probably unintended: the scheme still compiles and scores. */
  private final List<Problem> warnings = new ArrayList<>();

  private final List<PlanNode> flat = new ArrayList<>();
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final Map<String, Integer> groupIndex = new LinkedHashMap<>();

  /** The scheme's parameters by id (the first of an id used twice). */
  private final Map<String, Parameter> parameters = new LinkedHashMap<>();

  /** The parameters an award or a rate names. */
  private final Set<String> usedParameters = new HashSet<>();

  private SchemeCompiler(Scheme scheme) {
    this.scheme = scheme;
    scheme.parameters().forEach(p -> parameters.putIfAbsent(p.id(), p));
  }

  /** Validates and compiles, or throws with every problem. */
  static Plan compile(Scheme scheme) {
    SchemeCompiler compiler = new SchemeCompiler(scheme);
    Plan plan = compiler.run();
    if (!compiler.problems.isEmpty()) {
      throw new SchemeException(scheme.id(), compiler.problems);
    }
    return plan.prepare();
  }

  /** Returns every problem of the scheme; empty if it is valid. */
  static List<Problem> validate(Scheme scheme) {
    SchemeCompiler compiler = new SchemeCompiler(scheme);
    compiler.run();
    return List.copyOf(compiler.problems);
  }

  static List<Problem> warnings(Scheme scheme) {
    SchemeCompiler compiler = new SchemeCompiler(scheme);
    compiler.run();
    return List.copyOf(compiler.warnings);
  }

  private Plan run() {
    checkId(scheme.id(), scheme.id(), "scheme id");
    checkGroups();
    Node root =
        Node.builder()
            .id(scheme.id())
            .title(scheme.title())
            .maximum(scheme.maximum())
            .maximaAddUp(scheme.maximaAddUp())
            .children(scheme.sections())
            .build();
    if (scheme.sections().isEmpty()) {
      problem(scheme.id(), "the scheme has no sections");
    }
    flatten(root, -1, "");
    PlanNode[] nodes = flat.toArray(new PlanNode[0]);
    for (PlanNode n : nodes) {
      resolveGroups(nodes, n);
      resolveModifiers(nodes, n);
    }
    for (PlanNode n : nodes) {
      resolveLimits(n);
    }
    for (PlanNode n : nodes) {
      resolveStart(nodes, n);
      checkNode(nodes, n);
      checkAmounts(n);
      for (Rule.Rate rate : n.rates) {
        rate.parameter()
            .flatMap(id -> parameterProblem(id, Parameter.Kind.POINTS, "the amount of a rate"))
            .ifPresent(p -> problem(n, p));
      }
    }
    checkMaximaAddUp(nodes);
    Map<String, Veto> vetoes = new LinkedHashMap<>();
    List<Veto> totalPenalties = new ArrayList<>();
    checkVetoes(nodes, vetoes, totalPenalties);
    checkRounding(nodes);
    checkReadings();
    checkOutcomes(nodes);
    checkParameters();
    return new Plan(scheme, nodes, Map.copyOf(nodeIndex), groupIndex, vetoes, totalPenalties);
  }

  // ------------------------------------------------------------------ structure

  private void checkGroups() {
    if (scheme.groups().isEmpty()) {
      problem(scheme.id(), "the scheme has no unit groups; declare at least one");
    }
    Set<String> units = new HashSet<>();
    for (UnitGroup g : scheme.groups()) {
      String path = scheme.id() + "/group " + g.id();
      checkId(g.id(), path, "group id");
      if (groupIndex.putIfAbsent(g.id(), groupIndex.size()) != null) {
        problem(path, "group id " + g.id() + " is used twice");
      }
      for (Unit u : g.units()) {
        if (u.id().isBlank() || !u.id().strip().equals(u.id())) {
          problem(path, "unit id '" + u.id() + "' must be non-blank without surrounding spaces");
        }
        if (!units.add(u.id())) {
          problem(path, "unit id " + u.id() + " is listed twice");
        }
      }
      g.declaredCount()
          .filter(c -> c < 0)
          .ifPresent(c -> problem(path, "a declared unit count cannot be negative"));
    }
  }

  private int flatten(Node node, int parent, String parentPath) {
    String path = parentPath.isEmpty() ? node.id() : parentPath + "/" + node.id();
    int index = flat.size();
    PlanNode p =
        new PlanNode(
            index, node, parent, path, node.children().size(), scheme.groups().size(), parameters);
    flat.add(p);
    if (parent >= 0) {
      checkId(node.id(), path, "node id");
      if (nodeIndex.putIfAbsent(node.id(), index) != null) {
        problem(path, node.id(), "node id " + node.id() + " is used twice");
      }
    } else {
      nodeIndex.put(node.id(), index);
    }
    for (int i = 0; i < node.children().size(); i++) {
      p.children[i] = flatten(node.children().get(i), index, path);
    }
    p.end = flat.size();
    return index;
  }

  private void resolveGroups(PlanNode[] nodes, PlanNode n) {
    boolean[] parentGroups = n.parent < 0 ? null : nodes[n.parent].inGroup;
    if (n.node.groups().isEmpty()) {
      for (int g = 0; g < n.inGroup.length; g++) {
        n.inGroup[g] = parentGroups == null || parentGroups[g];
      }
      return;
    }
    if (n.parent < 0) {
      return;
    }
    for (String group : n.node.groups()) {
      Integer g = groupIndex.get(group);
      if (g == null) {
        problem(n, "unknown group " + group + "; the scheme's groups are " + groupIndex.keySet());
      } else if (parentGroups != null && !parentGroups[g]) {
        problem(n, "applies to group " + group + " but its parent does not");
      } else {
        n.inGroup[g] = true;
      }
    }
  }

  private void resolveModifiers(PlanNode[] nodes, PlanNode n) {
    if (n.parent >= 0) {
      PlanNode up = nodes[n.parent];
      n.sameMatterScope = up.sameMatterScope;
      n.exemption = up.exemption;
      n.jointSplit = up.jointSplit;
    }
    Set<Class<?>> seen = new HashSet<>();
    for (Modifier m : n.node.modifiers()) {
      if (!seen.add(m.getClass())) {
        problem(n, "declares the modifier " + modifierName(m) + " twice");
      }
      if (m instanceof Modifier.SameMatterOnce) {
        n.sameMatterScope = n.index;
      } else if (m instanceof Modifier.SelfReportedExempt e) {
        n.exemption = e;
      } else if (m instanceof Modifier.JointSplit j) {
        n.jointSplit = j;
      }
    }
  }

  private void resolveLimits(PlanNode n) {
    Points max = n.maximum();
    if (max != null && !max.isPositive()) {
      problem(n, "a maximum must be above 0, was " + max);
    }
    Points floor;
    Points ceiling;
    switch (n.role()) {
      case SCORED, BONUS -> {
        floor = Points.ZERO;
        ceiling = max;
      }
      case DEDUCTION -> {
        floor = max == null ? null : max.negated();
        ceiling = Points.ZERO;
      }
      case ADJUSTMENT -> {
        floor = null;
        ceiling = null;
      }
      default -> throw new AssertionError(n.role());
    }
    if (n.node.floor().isPresent()) {
      floor = resolve(n, n.node.floor().get(), "floor");
    }
    if (n.node.ceiling().isPresent()) {
      ceiling = resolve(n, n.node.ceiling().get(), "ceiling");
    }
    n.floor = floor;
    n.ceiling = ceiling;
    if (floor != null && ceiling != null && floor.isGreaterThan(ceiling)) {
      problem(
          n, "its floor " + floor + " is above its ceiling " + ceiling + ", so neither can hold");
    }
    if (n.node.overflow() == Overflow.CARRY_TO_TOTAL) {
      if (floor == null) {
        problem(n, "carries its loss below the floor to the total, but has no floor");
      }
      if (n.parent < 0) {
        problem(n, "the root cannot carry to the total; it is the total");
      }
    }
  }

  private @Nullable Points resolve(PlanNode n, Limit limit, String what) {
    if (limit instanceof Limit.Fixed f) {
      return f.points();
    }
    if (!(limit instanceof Limit.ShareOfMaximum s)) {
      return null; // Limit.None
    }
    Integer target = nodeIndex.get(s.nodeId());
    if (target == null) {
      problem(n, "its " + what + " is a share of unknown node " + s.nodeId());
      return null;
    }
    Points targetMax = flat.get(target).maximum();
    if (targetMax == null) {
      problem(n, "its " + what + " is a share of " + s.nodeId() + ", which has no maximum");
      return null;
    }
    return targetMax.times(s.share());
  }

  private void resolveStart(PlanNode[] nodes, PlanNode n) {
    boolean scoredOrBonus = n.role() == Role.SCORED || n.role() == Role.BONUS;
    boolean deducts;
    if (n.isLeaf()) {
      Rule rule = n.rule();
      deducts = rule != null && rule.startsFull();
    } else {
      boolean anyDeduction = false;
      boolean anyScored = false;
      for (int c : n.children) {
        anyDeduction |= nodes[c].role() == Role.DEDUCTION;
        anyScored |= nodes[c].role() == Role.SCORED;
      }
      deducts = anyDeduction && !anyScored;
    }
    if (deducts && scoredOrBonus) {
      if (n.maximum() == null) {
        problem(
            n,
            "its content deducts, so it starts from its maximum, but it has none; give it a"
                + " maximum");
      } else {
        n.startsFull = true;
      }
    }
  }

  // ------------------------------------------------------------------ nodes and rules

  private void checkNode(PlanNode[] nodes, PlanNode n) {
    Node node = n.node;
    if (n.parent < 0) {
      return;
    }
    if (node.title().isBlank()) {
      problem(n, "has no title");
    }
    if (node.isLeaf() && node.rule().isEmpty()) {
      problem(n, "is a leaf without a rule; give it a rule or children");
    }
    if (!node.isLeaf() && node.rule().isPresent()) {
      problem(n, "has both a rule and children; a rule belongs to a leaf");
    }
    Set<String> keys = new HashSet<>();
    for (Gate gate : node.gates()) {
      if (!keys.add(gate.id())) {
        problem(n, "gate id " + gate.id() + " is used twice");
      }
    }
    if (!node.gates().isEmpty() && (n.role() == Role.DEDUCTION || n.role() == Role.ADJUSTMENT)) {
      problem(n, "a " + n.role() + " node cannot be zeroed by a gate; gates zero scored items");
    }
    PlanNode parent = nodes[n.parent];
    Points max = n.maximum();
    if (n.role() == Role.SCORED && max != null && parent.ceiling != null) {
      if (max.isGreaterThan(parent.ceiling)) {
        problem(
            n,
            "its maximum "
                + max
                + " is above its parent's ceiling "
                + parent.ceiling
                + ", so it can never be reached");
      }
    }
    Rule rule = n.rule();
    if (rule != null) {
      checkRule(n, rule, keys);
    }
  }

  /** Points are computed exactly in whole units of a millionth; every amount must fit them. */
  private void checkAmounts(PlanNode n) {
    for (Points p : n.amounts()) {
      if (!Ticks.fits(p)) {
        problem(n, "the amount " + p + " is out of range: points have " + Ticks.range());
        return;
      }
    }
  }

  private void checkRule(PlanNode n, Rule rule, Set<String> keys) {
    if (n.role() == Role.DEDUCTION && !deductsOnly(rule)) {
      problem(n, "a deduction node's rule must only deduct");
    }
    rule.accept(new RuleCheck(n, keys)).forEach(message -> problem(n, message));
  }

  /** The problems of one rule on one node. */
  private static final class RuleCheck implements Rule.Visitor<List<String>> {
    private final PlanNode n;
    private final Set<String> keys;
    private final @Nullable Points max;
    private final @Nullable Points cap;
    private final List<String> found = new ArrayList<>();

    RuleCheck(PlanNode n, Set<String> keys) {
      this.n = n;
      this.keys = keys;
      this.max = n.maximum();
      this.cap = n.ceiling;
    }

    @Override
    public List<String> perOccurrence(Rule.PerOccurrence r) {
      Set<String> rateKeys = new HashSet<>();
      for (Rule.Rate rate : r.rates()) {
        String key = rate.kind().orElse("") + "|" + rate.level().orElse("");
        if (!rateKeys.add(key)) {
          found.add("two rates for " + describeRate(rate));
        }

        if (rate.direction() == Direction.EARN
            && n.role() != Role.DEDUCTION
            && cap != null
            && rate.min().isGreaterThan(cap)) {
          found.add(
              "one occurrence ("
                  + describeRate(rate)
                  + ") earns "
                  + rate.min()
                  + ", above the cap "
                  + cap
                  + ", so the cap cannot hold");
        }
      }
      return found;
    }

    @Override
    public List<String> checklist(Rule.Checklist r) {
      for (Rule.Element e : r.elements()) {
        if (!keys.add(e.id())) {
          found.add("checklist element or gate id " + e.id() + " is used twice");
        }
      }
      if (r.direction() == Direction.EARN && cap != null && r.each().isGreaterThan(cap)) {
        found.add("one element earns " + r.each() + ", above the cap " + cap);
      }
      return found;
    }

    @Override
    public List<String> criterion(Rule.Criterion r) {
      return requireMaximum("a criterion earns the item's maximum");
    }

    @Override
    public List<String> fullMarks(Rule.FullMarks r) {
      return requireMaximum("it is worth its maximum");
    }

    @Override
    public List<String> levels(Rule.Levels r) {
      Set<String> levelKeys = new HashSet<>();
      for (Rule.Level level : r.levels()) {
        if (!levelKeys.add(level.key())) {
          found.add("level " + level.key() + " is listed twice");
        }
        if (cap != null && level.points().isGreaterThan(cap)) {
          found.add("level " + level.key() + " gives " + level.points() + ", above the cap " + cap);
        }
      }
      return found;
    }

    @Override
    public List<String> assessed(Rule.Assessed r) {
      Points low = r.min().orElse(Points.ZERO);
      Points high = FactsIndex.assessedMax(n, r);
      if (high == null) {
        found.add("an assessment without an upper bound needs the item's maximum");
        return found;
      }
      if (low.isNegative() || low.isGreaterThan(high)) {
        found.add("an assessment needs 0 <= min <= max, was " + low + ".." + high);
      }
      Points limit = r.direction() == Direction.EARN ? cap : max;
      if (limit != null && high.isGreaterThan(limit)) {
        found.add("an assessment may reach " + high + ", above the item's " + limit);
      }
      return found;
    }

    @Override
    public List<String> panel(Rule.Panel r) {
      return requireMaximum("a panel's scores are scaled to the item's maximum");
    }

    @Override
    public List<String> tiers(Rule.Tiers r) {
      for (int i = 0; i < r.tiers().size(); i++) {
        Rule.Tier t = r.tiers().get(i);
        if (cap != null && t.points().isGreaterThan(cap)) {
          found.add("tier " + t.range() + " gives " + t.points() + ", above the cap " + cap);
        }
        for (int j = 0; j < i; j++) {
          Rule.Tier u = r.tiers().get(j);
          if (t.range().overlaps(u.range())) {
            found.add(
                "tiers "
                    + u.range()
                    + " and "
                    + t.range()
                    + " overlap; state which tier a shared value belongs to");
          }
        }
      }
      return found;
    }

    @Override
    public List<String> proportional(Rule.Proportional r) {
      return requireMaximum("a proportion is of the item's maximum");
    }

    @Override
    public List<String> conversion(Rule.Conversion r) {
      return requireMaximum("a conversion is to the item's maximum");
    }

    @Override
    public List<String> shortfallSteps(Rule.ShortfallSteps r) {
      return found;
    }

    @Override
    public List<String> amountSteps(Rule.AmountSteps r) {
      if (cap != null && r.basePoints().isGreaterThan(cap)) {
        found.add("reaching the base earns " + r.basePoints() + ", above the cap " + cap);
      }
      return found;
    }

    private List<String> requireMaximum(String why) {
      if (max == null) {
        found.add("has no maximum, but " + why);
      }
      return found;
    }
  }

  private static boolean deductsOnly(Rule rule) {
    if (rule instanceof Rule.PerOccurrence r) {
      return r.rates().stream().allMatch(rate -> rate.direction() == Direction.DEDUCT);
    }
    if (rule instanceof Rule.Checklist r) {
      return r.direction() == Direction.DEDUCT;
    }
    if (rule instanceof Rule.Assessed r) {
      return r.direction() == Direction.DEDUCT;
    }
    return rule instanceof Rule.ShortfallSteps;
  }

  static String describeRate(Rule.Rate rate) {
    if (rate.kind().isEmpty() && rate.level().isEmpty()) {
      return "any occurrence";
    }
    StringBuilder s = new StringBuilder();
    rate.kind().ifPresent(k -> s.append("kind '").append(k).append('\''));
    rate.level().ifPresent(l -> s.append(s.length() > 0 ? " " : "").append("level '" + l + "'"));
    return s.toString();
  }

  private void checkMaximaAddUp(PlanNode[] nodes) {
    for (PlanNode n : nodes) {
      Points max = n.maximum();
      if (max == null || !n.node.maximaAddUp()) {
        continue;
      }
      Set<String> messages = new LinkedHashSet<>();
      for (Map.Entry<String, Integer> g : groupIndex.entrySet()) {
        if (!n.inGroup[g.getValue()]) {
          continue;
        }
        Points sum = Points.ZERO;
        List<String> missing = new ArrayList<>();
        boolean any = false;
        for (int c : n.children) {
          PlanNode child = nodes[c];
          if (child.role() != Role.SCORED || !child.inGroup[g.getValue()]) {
            continue;
          }
          any = true;
          Points childMax = child.maximum();
          if (childMax == null) {
            missing.add(child.id());
          } else {
            sum = sum.plus(childMax);
          }
        }
        if (!any) {
          continue;
        }
        if (!missing.isEmpty()) {
          messages.add(
              "its scored children "
                  + missing
                  + " have no maximum, so they cannot add up to "
                  + max
                  + "; give them maxima, or set maximaAddUp to false if "
                  + max
                  + " is a cap");
        } else if (!sum.equals(max)) {
          messages.add(
              "the maxima of its scored children add up to "
                  + sum
                  + (groupIndex.size() > 1 ? " in group " + g.getKey() : "")
                  + ", not "
                  + max);
        }
      }
      messages.forEach(m -> problem(n, m));
    }
  }

  // ------------------------------------------------------------------ vetoes and policies

  private void checkVetoes(PlanNode[] nodes, Map<String, Veto> vetoes, List<Veto> totalPenalties) {
    for (Veto v : scheme.vetoes()) {
      String path = scheme.id() + "/veto " + v.id();
      checkId(v.id(), path, "veto id");
      if (vetoes.putIfAbsent(v.id(), v) != null) {
        problem(path, "veto id " + v.id() + " is used twice");
      }
      int triggerNode = -1;
      if (v.trigger() instanceof Veto.NodeScore t) {
        triggerNode = knownNode(path, t.nodeId(), "its trigger");
      } else if (v.trigger() instanceof Veto.OccurrenceCount t) {
        triggerNode = knownNode(path, t.nodeId(), "its trigger");
      }
      if (v.effect() instanceof Veto.Penalty penalty) {
        if (!Ticks.fits(penalty.perEvent())) {
          problem(
              path,
              "the penalty "
                  + penalty.perEvent()
                  + " is out of range: points have "
                  + Ticks.range());
        }
        if (penalty.nodeId().isEmpty()) {
          totalPenalties.add(v);
          continue;
        }
        int target = knownNode(path, penalty.nodeId().get(), "its penalty");
        if (target == 0) {
          problem(path, "a penalty on the root is a penalty on the total; leave its node empty");
        } else if (target > 0) {
          nodes[target].penalties.add(v);
          if (v.trigger() instanceof Veto.NodeScore && triggerNode >= 0) {
            PlanNode t = nodes[target];
            if (!(t.contains(triggerNode) && triggerNode != target)) {
              problem(
                  path,
                  "its penalty on "
                      + t.id()
                      + " depends on the score of "
                      + nodes[triggerNode].id()
                      + ", which must lie below "
                      + t.id()
                      + " to be known first");
            }
          }
        }
      }
    }
  }

  private int knownNode(String path, String nodeId, String what) {
    Integer i = nodeIndex.get(nodeId);
    if (i == null) {
      problem(path, what + " names unknown node " + nodeId);
      return -1;
    }
    return i;
  }

  private void checkRounding(PlanNode[] nodes) {
    if (scheme.rounding().isPresent()) {
      int scale = scheme.rounding().get().scale();
      if (scale > Ticks.MAX_SCALE) {
        problem(scheme.id(), "rounds to " + scale + " places; points have " + Ticks.range());
      }
      for (PlanNode n : nodes) {
        Rule rule = n.rule();
        Points max = n.maximum();
        // full marks of a dividing rule are the maximum rounded: more places are never reached
        if (rule != null && rule.divides() && max != null && Ticks.scaleOf(max) > scale) {
          BigDecimal reached =
              max.toBigDecimal()
                  .setScale(scale, scheme.rounding().get().mode())
                  .stripTrailingZeros();
          warnings.add(
              Problem.atNode(
                  n.path,
                  n.id(),
                  "its maximum "
                      + max
                      + " has more decimal places than the scheme rounds to ("
                      + scale
                      + "), so full marks give "
                      + reached.toPlainString()
                      + ", never "
                      + max));
        }
      }
      return;
    }
    for (PlanNode n : nodes) {
      Rule rule = n.rule();
      if (rule != null && rule.divides()) {
        problem(
            n,
            "its rule divides, but the scheme declares no rounding; declare the scale and mode the"
                + " text uses");
      }
    }
    if (scheme.notApplicable() == NotApplicablePolicy.RESCALE) {
      problem(
          scheme.id(), "rescaling for items outside a unit's duties divides; declare a rounding");
    }
  }

  private void checkReadings() {
    Set<String> ids = new HashSet<>();
    for (Reading r : scheme.readings()) {
      String path = scheme.id() + "/reading " + r.id();
      if (!ids.add(r.id())) {
        problem(path, "reading id " + r.id() + " is used twice");
      }
      for (String nodeId : r.nodeIds()) {
        if (!nodeIndex.containsKey(nodeId)) {
          problem(path, "names unknown node " + nodeId);
        }
      }
    }
  }

  // ------------------------------------------------------------------ outcomes

  private void checkOutcomes(PlanNode[] nodes) {
    Set<String> ids = new HashSet<>();
    for (Outcome o : scheme.outcomes()) {
      String path = scheme.id() + "/outcome " + o.id();
      checkId(o.id(), path, "outcome id");
      if (!ids.add(o.id())) {
        problem(path, "outcome id " + o.id() + " is used twice");
      }
      if (o.title().isBlank()) {
        problem(path, "has no title");
      }
      List<Integer> groups = outcomeGroups(path, o);
      if (o instanceof Ranking r) {
        checkRanked(nodes, path, groups, r.acrossGroups(), r.on(), r.ties(), r.awards());
        checkSanctions(path, r.disqualified(), r.awards());
      } else if (o instanceof Improvement i) {
        checkRanked(nodes, path, groups, false, i.on(), i.ties(), i.awards());
        checkSanctions(path, i.disqualified(), i.awards());
      } else if (o instanceof Banding b) {
        b.on().ifPresent(on -> checkOutcomeNode(nodes, path, groups, on, "it bands"));
        checkBands(path, b.bands());
      } else if (o instanceof Grading g) {
        checkGrading(path, g);
      }
    }
  }

  /**
   * A unit ranked apart holds no position, so it would escape a consequence counted from the
   * bottom: a veto must never spare a unit a sanction.
   */
  private void checkSanctions(String path, DisqualifiedUnits disqualified, List<Award> awards) {
    if (disqualified == DisqualifiedUnits.SKIP_POSITION
        && awards.stream().anyMatch(a -> a.end() == Award.End.BOTTOM)) {
      problem(
          path,
          "ranks disqualified units apart (SKIP_POSITION) but counts awards from the bottom: a"
              + " vetoed unit would escape them; declare KEEP_POSITION");
    }
  }

  /** The groups an outcome applies to, by index; every known group if it names none. */
  private List<Integer> outcomeGroups(String path, Outcome o) {
    if (o.groups().isEmpty()) {
      return List.copyOf(groupIndex.values());
    }
    List<Integer> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String group : o.groups()) {
      Integer g = groupIndex.get(group);
      if (!seen.add(group)) {
        problem(path, "names group " + group + " twice");
      } else if (g == null) {
        problem(
            path, "unknown group " + group + "; the scheme's groups are " + groupIndex.keySet());
      } else {
        found.add(g);
      }
    }
    return found;
  }

  private void checkRanked(
      PlanNode[] nodes,
      String path,
      List<Integer> groups,
      boolean together,
      Optional<String> on,
      TiePolicy ties,
      List<Award> awards) {
    on.ifPresent(id -> checkOutcomeNode(nodes, path, groups, id, "it ranks on"));
    Set<String> breakers = new HashSet<>();
    for (String id : ties.tieBreakers()) {
      if (!breakers.add(id)) {
        problem(path, "tie-breaker " + id + " is named twice");
      } else if (on.isPresent() && on.get().equals(id)) {
        problem(path, "tie-breaker " + id + " is the node ranked on, so it can never break a tie");
      } else {
        checkOutcomeNode(nodes, path, groups, id, "it breaks ties on");
      }
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < awards.size(); i++) {
      Award a = awards.get(i);
      if (a.label().isBlank()) {
        problem(path, "an award has no label");
      } else if (!labels.add(a.label())) {
        problem(path, "award " + a.label() + " is listed twice");
      }
      if (a.places().isPresent()) {
        parameterProblem(a.places().get(), Parameter.Kind.PLACES, "the places of an award")
            .ifPresent(p -> problem(path, "award " + a.label() + ": " + p));
        for (Award b : awards) {
          if (b != a && b.end() == a.end() && b.from() > a.from()) {
            problem(
                path,
                "award "
                    + a.label()
                    + " has as many places as parameter "
                    + a.places().get()
                    + " says, so it must be the last award counted from its end; "
                    + describe(b)
                    + " follows it");
          }
        }
      }
      for (int j = 0; j < i; j++) {
        Award b = awards.get(j);
        if (a.end() == b.end() && a.from() <= b.to() && b.from() <= a.to()) {
          problem(
              path,
              "awards "
                  + describe(b)
                  + " and "
                  + describe(a)
                  + " overlap; a position wins one award from each end");
        }
      }
      checkRoster(path, groups, together, a);
    }
  }

  /** An award that starts beyond the units the rosters list can never be given. */
  private void checkRoster(String path, List<Integer> groups, boolean together, Award a) {
    if (together) {
      int listed = 0;
      for (int g : groups) {
        int size = scheme.groups().get(g).units().size();
        if (size == 0) {
          return; // a group without a roster may hold any number of units
        }
        listed += size;
      }
      if (!groups.isEmpty() && a.from() > listed) {
        problem(
            path,
            "award "
                + describe(a)
                + " starts beyond the "
                + listed
                + " units its groups list, so it can never be given");
      }
      return;
    }
    for (int g : groups) {
      UnitGroup group = scheme.groups().get(g);
      if (!group.units().isEmpty() && a.from() > group.units().size()) {
        problem(
            path,
            "award "
                + describe(a)
                + " starts beyond the "
                + group.units().size()
                + " units group "
                + group.id()
                + " lists, so it can never be given");
      }
    }
  }

  /**
   * What is wrong with a reference to a parameter, if anything: it must be declared, of the kind
   * the reference needs. Records the parameter as used.
   */
  private Optional<String> parameterProblem(String id, Parameter.Kind kind, String what) {
    usedParameters.add(id);
    Parameter p = parameters.get(id);
    if (p == null) {
      return Optional.of(
          what
              + " names unknown parameter "
              + id
              + (parameters.isEmpty()
                  ? "; the scheme declares none"
                  : "; the scheme's parameters are " + parameters.keySet()));
    }
    if (p.kind() != kind) {
      return Optional.of(
          what
              + " names parameter "
              + id
              + ", which sets "
              + p.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ", not "
              + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.empty();
  }

  /** Each parameter: a unique id, its words, an example and any value that suit its kind, a use. */
  private void checkParameters() {
    Set<String> ids = new HashSet<>();
    for (Parameter p : scheme.parameters()) {
      String path = scheme.id() + "/parameter " + p.id();
      checkId(p.id(), path, "parameter id");
      if (!ids.add(p.id())) {
        problem(path, "parameter id " + p.id() + " is used twice");
      }
      if (p.title().isBlank() || p.clause().isBlank() || p.why().isBlank()) {
        problem(path, "a parameter needs a title, a clause and why the text leaves it open");
      }
      p.problemWith(p.example()).ifPresent(x -> problem(path, "example: " + x));
      p.value().flatMap(p::problemWith).ifPresent(x -> problem(path, "value: " + x));
      if (!usedParameters.contains(p.id())) {
        problem(path, "no award or rate names parameter " + p.id());
      }
    }
  }

  private static String describe(Award a) {
    return a.label()
        + " ("
        + (a.end() == Award.End.BOTTOM ? "bottom " : "")
        + (a.from() == a.to() ? "position " + a.from() : "positions " + a.from() + "-" + a.to())
        + ")";
  }

  private void checkOutcomeNode(
      PlanNode[] nodes, String path, List<Integer> groups, String nodeId, String what) {
    Integer i = nodeIndex.get(nodeId);
    if (i == null) {
      problem(path, what + " unknown node " + nodeId);
      return;
    }
    PlanNode n = nodes[i];
    for (int g : groups) {
      if (!n.inGroup[g]) {
        problem(
            path,
            what
                + " node "
                + nodeId
                + ", which does not apply to group "
                + scheme.groups().get(g).id());
      }
    }
  }

  private void checkBands(String path, List<Band> bands) {
    if (bands.isEmpty()) {
      problem(path, "has no bands");
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (band.label().isBlank()) {
        problem(path, "a band has no label");
      } else if (!labels.add(band.label())) {
        problem(path, "band " + band.label() + " is listed twice");
      }
      for (int j = 0; j < i; j++) {
        Band other = bands.get(j);
        if (band.scores().overlaps(other.scores())) {
          problem(
              path,
              "bands "
                  + other.label()
                  + " "
                  + other.scores()
                  + " and "
                  + band.label()
                  + " "
                  + band.scores()
                  + " overlap; state which band a shared score belongs to");
        }
      }
    }
  }

  private void checkGrading(String path, Grading g) {
    if (g.validYears() < 1) {
      problem(path, "grades must be valid for at least one year, was " + g.validYears());
    }
    Set<String> prerequisites = new HashSet<>();
    for (Rule.Element e : g.prerequisites()) {
      checkId(e.id(), path, "prerequisite id");
      if (!prerequisites.add(e.id())) {
        problem(path, "prerequisite " + e.id() + " is listed twice");
      }
    }
    if (g.grades().isEmpty()) {
      problem(path, "has no grades");
    }
    Map<String, Grade> earlier = new LinkedHashMap<>();
    for (Grade grade : g.grades()) {
      String at = path + "/grade " + grade.id();
      checkId(grade.id(), at, "grade id");
      if (earlier.containsKey(grade.id())) {
        problem(at, "grade id " + grade.id() + " is used twice");
        continue;
      }
      if (grade.requires().isPresent()) {
        String required = grade.requires().get();
        if (!earlier.containsKey(required)) {
          problem(
              at,
              "requires "
                  + required
                  + ", which is not a lower grade of this grading; list grades lowest first");
        }
      } else if (grade.heldYears() > 0) {
        problem(at, "says a grade must be held " + grade.heldYears() + " years, but requires none");
      }
      if (grade.scores().isPresent()) {
        Interval scores = grade.scores().get();
        for (Grade lower : earlier.values()) {
          if (lower.scores().isPresent() && reachesBelow(scores, lower.scores().get())) {
            problem(
                at,
                "its scores "
                    + scores
                    + " reach below those of the lower grade "
                    + lower.id()
                    + " "
                    + lower.scores().get());
          }
        }
      }
      earlier.put(grade.id(), grade);
    }
  }

  /** Does {@code higher} admit a score below every score {@code lower} admits? */
  private static boolean reachesBelow(Interval higher, Interval lower) {
    if (lower.lower().isEmpty()) {
      return false;
    }
    if (higher.lower().isEmpty()) {
      return true;
    }
    Interval.Bound h = higher.lower().get();
    Interval.Bound l = lower.lower().get();
    int c = h.value().compareTo(l.value());
    return c < 0 || (c == 0 && h.inclusive() && !l.inclusive());
  }

  // ------------------------------------------------------------------ helpers

  private void checkId(String id, String path, String what) {
    if (!ID.matcher(id).matches()) {
      problem(path, what + " '" + id + "' must be ASCII letters, digits, '.', '_' or '-'");
    }
  }

  private void problem(PlanNode n, String message) {
    problems.add(Problem.atNode(n.path, n.id(), message));
  }

  private void problem(String path, String nodeId, String message) {
    problems.add(Problem.atNode(path, nodeId, message));
  }

  private void problem(String path, String message) {
    problems.add(Problem.at(path, message));
  }

  /** A modifier's name as the file format writes it. */
  private static String modifierName(Modifier m) {
    if (m instanceof Modifier.SameMatterOnce) {
      return "sameMatterOnce";
    }
    return m instanceof Modifier.SelfReportedExempt ? "selfReportedExempt" : "jointSplit";
  }
}
