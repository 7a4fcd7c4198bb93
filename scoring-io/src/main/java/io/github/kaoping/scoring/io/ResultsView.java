package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.OfficeDecision;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.Withheld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Looks up what the table and CSV writers show beside a placing: the unit's total, name and vetoes,
 * the group's title, the outcome's rule, and the scheme's nodes with each unit's points on them.
 * Units are found by binary search in one sorted array, not a map, so that a million units cost one
 * reference each. Every writer that shows node points (JSON, CSV, a workbook) takes its nodes from
 * {@link #nodes} and a unit's points from {@link #nodeRow}.
 */
final class ResultsView {

  private static final Comparator<UnitResult> BY_ID = Comparator.comparing(UnitResult::unitId);

  final Scheme scheme;
  final Results results;

  /** The scheme's nodes in its order, the root first. */
  final NodeTable nodes;

  /** The language of the words the writers add: Chinese where the scheme is Chinese. */
  final Language language;

  private final UnitResult[] byId;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, UnitGroup> groups = new HashMap<>();
  private final Map<String, Outcome> rules = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();

  ResultsView(Scheme scheme, Results results) {
    if (!scheme.id().equals(results.schemeId())) {
      throw new IllegalArgumentException(
          "results of scheme " + results.schemeId() + ", not " + scheme.id());
    }
    this.scheme = scheme;
    this.results = results;
    this.nodes = NodeTable.of(scheme);
    for (UnitResult u : results.units()) {
      for (NodePoints n : u.nodes()) {
        if (nodes.indexOf(n.nodeId()) < 0) {
          throw new IllegalArgumentException(
              "results of unit "
                  + u.unitId()
                  + " hold node "
                  + n.nodeId()
                  + ", which scheme "
                  + scheme.id()
                  + " does not have");
        }
      }
    }
    this.language = Language.of(scheme.title());
    this.byId = results.units().toArray(new UnitResult[0]);
    Arrays.sort(byId, BY_ID);
    for (UnitGroup g : scheme.groups()) {
      groups.put(g.id(), g);
      for (Unit u : g.units()) {
        names.putIfAbsent(u.id(), u.name());
      }
    }
    scheme.outcomes().forEach(o -> rules.put(o.id(), o));
    List<Node> nodes = new ArrayList<>(scheme.sections());
    while (!nodes.isEmpty()) {
      Node n = nodes.remove(nodes.size() - 1);
      titles.put(n.id(), n.title());
      nodes.addAll(n.children());
    }
  }

  /** Do the results hold any unit's node points? */
  boolean hasNodePoints() {
    return results.units().stream().anyMatch(u -> !u.nodes().isEmpty());
  }

  /**
   * The nodes selected as columns, in the scheme's order.
   *
   * @throws IllegalArgumentException if the selection names a node the scheme does not have
   */
  NodeColumns columns(NodeSelection selection) {
    return new NodeColumns(selection.select(nodes));
  }

  /** Nodes chosen as columns, and where a unit's points fall under them. */
  static final class NodeColumns {

    /** The nodes, in the scheme's order. */
    final List<NodeTable.Entry> entries;

    private final Map<String, Integer> at = new HashMap<>();

    NodeColumns(List<NodeTable.Entry> entries) {
      this.entries = entries;
      for (int i = 0; i < entries.size(); i++) {
        at.put(entries.get(i).id(), i);
      }
    }

    /**
     * A unit's points under the columns: the node's points for each, or null where the node was not
     * scored for the unit (not in its group, or below an item outside its duties).
     */
    @Nullable NodePoints[] row(UnitResult u) {
      NodePoints[] row = new NodePoints[entries.size()];
      if (!entries.isEmpty()) {
        for (NodePoints n : u.nodes()) {
          Integer i = at.get(n.nodeId());
          if (i != null) {
            row[i] = n;
          }
        }
      }
      return row;
    }
  }

  /** A unit's result. */
  UnitResult unit(String unitId) {
    return find(unitId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "results place unit " + unitId + " but do not list it"));
  }

  /** A unit's result, if it was scored: a unit graded without facts has none. */
  Optional<UnitResult> find(String unitId) {
    int i = Arrays.binarySearch(byId, new UnitResult(unitId, "", Points.ZERO, List.of()), BY_ID);
    return i < 0 ? Optional.empty() : Optional.of(byId[i]);
  }

  /** The groups of the units a grading decided, in the scheme's order, then any other by id. */
  List<String> groupsOf(GradingResult r) {
    Set<String> present = new TreeSet<>();
    r.decisions().forEach(d -> present.add(d.group()));
    List<String> ordered = new ArrayList<>();
    for (UnitGroup g : scheme.groups()) {
      if (present.remove(g.id())) {
        ordered.add(g.id());
      }
    }
    ordered.addAll(present);
    return ordered;
  }

  /** The unit's name in its group's roster, or empty. */
  String name(String unitId) {
    return names.getOrDefault(unitId, "");
  }

  /** Does any roster name a unit? Then tables show a name column. */
  boolean hasNames() {
    return !names.isEmpty();
  }

  /** A group's id and title; for groups ranked together, each. */
  String groupHeading(String group) {
    List<String> parts = new ArrayList<>();
    for (String id : group.split("\\+")) {
      UnitGroup g = groups.get(id);
      parts.add(g == null ? id : id + " " + g.title());
    }
    return String.join(" + ", parts);
  }

  /** Does the outcome number ranks densely, so that a rank may differ from its position? */
  boolean dense(OutcomeResult o) {
    Outcome rule = rules.get(o.outcomeId());
    TiePolicy ties =
        rule instanceof Ranking r
            ? r.ties()
            : rule instanceof Improvement i ? i.ties() : TiePolicy.competition();
    return ties.ranks() == TiePolicy.Ranks.DENSE || rule == null;
  }

  /** The node ranked on, as a column header: its id and title; {@code total} for the total. */
  String valueHeader(Optional<String> on) {
    if (on.isEmpty()) {
      return "total";
    }
    String title = titles.get(on.get());
    return title == null ? on.get() : on.get() + " " + title;
  }

  /**
   * The units of the groups that no decided outcome places, in display order, but for the units a
   * grading decided, which its table shows with their scores.
   */
  List<UnitResult> unplaced() {
    Set<String> placed = new HashSet<>();
    for (OutcomeResult o : results.standings().outcomes()) {
      for (String g : o.groups()) {
        placed.addAll(List.of(g.split("\\+")));
      }
    }
    Set<String> graded = new HashSet<>();
    results.gradings().forEach(r -> r.decisions().forEach(d -> graded.add(d.unitId())));
    return results.units().stream()
        .filter(u -> !placed.contains(u.group()) && !graded.contains(u.unitId()))
        .toList();
  }

  /** Notes on a placing: disqualification, being ranked apart, awards withheld and why. */
  String notes(OutcomeResult o, Placing p) {
    List<String> notes = new ArrayList<>();
    if (p.disqualified()) {
      UnitResult u = unit(p.unitId());
      String by =
          String.join(
              ", ",
              u.vetoes().stream()
                  .filter(TriggeredVeto::disqualifies)
                  .map(TriggeredVeto::vetoId)
                  .toList());
      notes.add(
          "disqualified"
              + (by.isEmpty() ? "" : " by " + by)
              + (u.isHeadBarred() ? ", head barred" : "")
              + (p.position().isEmpty() ? ", ranked apart" : ""));
    }
    for (Withheld w : p.withheld()) {
      notes.add(
          switch (w.reason()) {
            case DISQUALIFIED -> w.award() + " withheld (disqualified)";
            // A tie at a cut is said in the scheme's language, as the decisions it leads to.
            case TIE_AT_CUT -> w.describe(language);
            case INELIGIBLE ->
                w.award()
                    + " withheld ("
                    + award(o, w.award())
                        .flatMap(Award::eligible)
                        .map(e -> "score not in " + e)
                        .orElse("ineligible")
                    + ")";
          });
    }
    return String.join("; ", notes);
  }

  private Optional<Award> award(OutcomeResult o, String label) {
    Outcome rule = rules.get(o.outcomeId());
    List<Award> awards =
        rule instanceof Ranking r
            ? r.awards()
            : rule instanceof Improvement i ? i.awards() : List.of();
    return awards.stream().filter(a -> a.label().equals(label)).findFirst();
  }

  /** A cut tie in words, in the scheme's language. */
  String cutTie(CutTie t) {
    return t.describe(language);
  }

  /** Every decision the results leave to the office, in the scheme's order of outcomes. */
  List<OfficeDecision> decisions() {
    return results.standings().decisions();
  }

  /**
   * The parameters the office set, with the values these results used, in one line: the numbers the
   * text does not give. Empty if none is set.
   */
  String parametersSet() {
    List<String> set = new ArrayList<>();
    boolean chinese = language == Language.CHINESE;
    for (Parameter p : scheme.parameters()) {
      p.value()
          .ifPresent(
              v ->
                  set.add(
                      p.title()
                          + (chinese ? "〔" + p.clause() + "〕" : " [" + p.clause() + "]")
                          + " = "
                          + v.toPlainString()));
    }
    if (set.isEmpty()) {
      return "";
    }
    return chinese
        ? "考评办设定的参数（文中未规定）：" + String.join("；", set)
        : "parameters set by the office (the text gives no number): " + String.join("; ", set);
  }

  /** The heading above the decisions: what the clerk must not miss. */
  String decisionsHeading(int count) {
    return language == Language.CHINESE
        ? "！须由考评办决定的事项（" + count + "项），结果在决定前不是最终结果："
        : "! The office must decide (" + count + "); the results are not final until it does:";
  }

  /**
   * The decisions of one group concerning one unit: every unit for places not set, the tied units
   * for a tie.
   */
  static String decisionsOf(List<OfficeDecision> decisions, String unitId) {
    List<String> found = new ArrayList<>();
    for (OfficeDecision d : decisions) {
      if (!(d instanceof io.github.kaoping.scoring.standings.AwardUnfilledByTie t)
          || t.unitIds().contains(unitId)) {
        found.add(d.text());
      }
    }
    return String.join(" ", found);
  }

  /** A unit's cut tie in a group, if it is in one: positions, from which end. */
  static @Nullable String tieOf(List<CutTie> ties, String unitId) {
    List<String> found = new ArrayList<>();
    for (CutTie t : ties) {
      if (t.unitIds().contains(unitId)) {
        found.add(Names.of(t.end()) + " " + t.from() + "-" + t.to());
      }
    }
    return found.isEmpty() ? null : String.join(";", found);
  }
}
