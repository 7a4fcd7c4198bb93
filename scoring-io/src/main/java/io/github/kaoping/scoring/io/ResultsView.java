package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.OfficeDecision;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.StandingsTable;
import io.github.kaoping.scoring.text.Wording;
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
 * {@link #nodes} and a unit's points from {@link NodeColumns#row}.
 */
final class ResultsView {

  private static final Comparator<UnitResult> BY_ID = Comparator.comparing(UnitResult::unitId);

  final Scheme scheme;
  final Results results;

  /** The scheme's nodes in its order, the root first. */
  final NodeTable nodes;

  /**
   * The language of the words the writers add: Chinese where the scheme is Chinese, unless chosen.
   */
  final Language language;

  private final UnitResult[] byId;
  private final StandingsTable table;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, UnitGroup> groups = new HashMap<>();
  private final Map<String, Outcome> rules = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();

  ResultsView(Scheme scheme, Results results) {
    this(scheme, results, Language.of(scheme.title()));
  }

  ResultsView(Scheme scheme, Results results, Language language) {
    if (!scheme.id().equals(results.schemeId())) {
      throw new IllegalArgumentException(
          "results of scheme " + results.schemeId() + ", not " + scheme.id());
    }
    this.scheme = scheme;
    this.results = results;
    this.nodes = NodeTable.of(scheme);
    String[] known = null; // the ids units were packed against, every one of them the scheme's
    for (UnitResult u : results.units()) {
      if (u.nodes() instanceof PackedNodes p && (p.ids() == known || nodes.hasAll(p.ids()))) {
        known = p.ids(); // its nodes are among these ids: no need to unpack a million units
        continue;
      }
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
    this.language = language;
    this.table =
        StandingsTable.of(results.standings()).scheme(scheme).language(language).units(this::find);
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

  /** The standings' table, whose words the other writers share. */
  StandingsTable table() {
    return table;
  }

  /** Does the outcome number ranks densely, so that a rank may differ from its position? */
  boolean dense(OutcomeResult o) {
    return table().showsPositions(o);
  }

  /** Notes on a placing, as the table shows them. */
  String notes(OutcomeResult o, Placing p) {
    return table().notes(o, p);
  }

  /** The parameters the office set, in one line; empty if none. */
  String parametersSet() {
    return table().parametersSet();
  }

  /**
   * How the units' facts were recorded, in one sentence for people; empty if every unit's facts
   * recorded every check.
   */
  String recordingPolicy() {
    int failuresOnly = 0;
    for (UnitResult u : results.units()) {
      if (u.recording() == Recording.FAILURES_ONLY) {
        failuresOnly++;
      }
    }
    return failuresOnly == 0 ? "" : Wording.policy(language, failuresOnly, results.units().size());
  }

  /** What the office must decide, in the view's language. */
  String decision(OfficeDecision d) {
    return table().decision(d);
  }

  /** The heading above the decisions, as the table shows it. */
  String decisionsHeading(int count) {
    return table().decisionsHeading();
  }

  /** Every decision the results leave to the office, in the scheme's order of outcomes. */
  List<OfficeDecision> decisions() {
    return results.standings().decisions();
  }

  /** A group's title, or its id if the scheme has no such group. */
  String groupTitle(String group) {
    UnitGroup g = groups.get(group);
    return g == null ? group : g.title();
  }

  /** Does any roster name a unit? Then tables show a name column. */
  boolean hasNames() {
    return !names.isEmpty();
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

  /**
   * The decisions of one group concerning one unit: every unit for places not set, the tied units
   * for a tie.
   */
  String decisionsOf(List<OfficeDecision> decisions, String unitId) {
    List<String> found = new ArrayList<>();
    for (OfficeDecision d : decisions) {
      if (!(d instanceof io.github.kaoping.scoring.standings.AwardUnfilledByTie t)
          || t.unitIds().contains(unitId)) {
        found.add(decision(d));
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
