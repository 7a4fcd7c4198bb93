package io.github.kaoping.scoring;

import io.github.kaoping.scoring.standings.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit's result under one scheme: the total, every node's points, the vetoes set off, and the
 * lines that explain every point.
 *
 * <p>The first node is the scheme's root, whose id is the scheme's id; the others follow in the
 * scheme's order, leaving out nodes that do not apply to the unit's group. The total is the root's
 * points plus the {@linkplain #totalLines() points carried} from floors and the penalties taken
 * from the total.
 *
 * <p>The lines and the vetoes' reasons speak the {@linkplain #language() card's language}: the
 * scheme's (Chinese where its title is Chinese) unless {@link #language(Language)} asked for
 * another.
 *
 * <p>This class is immutable and thread-safe. Two cards are equal when every value and every line
 * is equal.
 */
public final class ScoreCard implements ScoredUnit {

  private final Plan plan;
  private final String unitId;
  private final String group;
  private final Optional<String> period;
  private final Points total;
  private final Scorer.Tally tally;
  private final Recording recording;
  private final List<Unrecorded> unrecorded;
  private final UnitFacts facts;

  /** The language asked for; null for the scheme's, found when first needed. */
  private final @Nullable Language chosen;

  /** Made on first request; a card is made for every unit and most are never explained. */
  private volatile @Nullable Explanation explanation;

  /**
   * The vetoes set off, worded in the card's language on first request: scoring decided them on
   * numbers and worded none. Two threads may both word them; the lists are equal.
   */
  private volatile @Nullable List<TriggeredVeto> vetoes;

  /** The lines, built on first request by running the scorer again in explaining mode. */
  private record Explanation(
      List<NodeScore> nodes, Map<String, NodeScore> byId, List<Line> total) {}

  /**
   * Keeps the unit's facts rather than their index: a card is often held by the thousand, and
   * explaining rebuilds the index from the facts, which are known to be valid.
   */
  ScoreCard(Plan plan, UnitFacts facts, Scorer.Tally tally, List<Unrecorded> unrecorded) {
    this.plan = plan;
    this.unitId = facts.unitId();
    this.group = facts.group();
    this.period = facts.period();
    this.total = Ticks.points(tally.total(), tally.scale());
    this.tally = tally;
    this.recording = facts.recording();
    this.unrecorded = unrecorded.isEmpty() ? List.of() : List.copyOf(unrecorded);
    this.facts = facts;
    this.chosen = null;
  }

  /** The same card in another language. */
  private ScoreCard(ScoreCard card, Language language) {
    this.plan = card.plan;
    this.unitId = card.unitId;
    this.group = card.group;
    this.period = card.period;
    this.total = card.total;
    this.tally = card.tally;
    this.recording = card.recording;
    this.unrecorded = card.unrecorded;
    this.facts = card.facts;
    this.chosen = language;
  }

  /** The lines, built once by running the scorer again in explaining mode. */
  private Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      synchronized (this) {
        e = explanation;
        if (e == null) {
          e = explain(plan, FactsIndex.build(plan, facts), tally, language());
          explanation = e;
        }
      }
    }
    return e;
  }

  private static Explanation explain(
      Plan plan, FactsIndex facts, Scorer.Tally fast, Language language) {
    Scorer.Tally full = Scorer.explain(plan, facts, language);
    List<List<Line>> lines = full.lines();
    List<Line> totalLines = full.totalLines();
    if (lines == null
        || totalLines == null
        || full.scale() != fast.scale()
        || full.total() != fast.total()
        || !Arrays.equals(full.points(), fast.points())
        || !Arrays.equals(full.scored(), fast.scored())
        || !Arrays.equals(full.adjusted(), fast.adjusted())
        || !full.setOff().equals(fast.setOff())) {
      throw new IllegalStateException("explaining must reproduce the score exactly");
    }
    List<NodeScore> nodes = new ArrayList<>();
    Map<String, NodeScore> byId = new HashMap<>();
    int[] depth = new int[plan.nodes.length];
    for (PlanNode n : plan.nodes) {
      depth[n.index] = n.parent < 0 ? 0 : depth[n.parent] + 1;
      BigDecimal p = full.points(n.index);
      if (p == null) {
        continue;
      }
      NodeScore score =
          new NodeScore(
              n.id(),
              n.parent < 0 ? Optional.empty() : Optional.of(plan.nodes[n.parent].id()),
              depth[n.index],
              n.node.title(),
              n.node.clause(),
              n.node.maximum(),
              n.role(),
              Points.of(p),
              full.adjustments(n.index),
              full.notApplicable(n.index),
              lines.get(n.index));
      nodes.add(score);
      byId.put(n.id(), score);
    }
    return new Explanation(List.copyOf(nodes), byId, totalLines);
  }

  /**
   * The language the card's lines and the vetoes' reasons speak: the scheme's unless {@link
   * #language(Language)} chose another.
   *
   * @return the language, never null
   */
  public Language language() {
    Language l = chosen;
    return l != null ? l : plan.words.language();
  }

  /**
   * The same card with its lines and the vetoes' reasons in a language: explaining it again, when
   * asked, in those words. Points, facts and everything else are the same.
   *
   * @param language the language, not null
   * @return this card if it speaks the language already, else a card that does
   */
  public ScoreCard language(Language language) {
    Objects.requireNonNull(language, "language");
    return language == language() ? this : new ScoreCard(this, language);
  }

  /** {@return the scheme's id} */
  public String schemeId() {
    return plan.scheme.id();
  }

  /** {@return the unit's id} */
  @Override
  public String unitId() {
    return unitId;
  }

  /** {@return the unit's group} */
  @Override
  public String group() {
    return group;
  }

  /** {@return the period scored, if the facts named one} */
  public Optional<String> period() {
    return period;
  }

  /** {@return the unit's total} */
  @Override
  public Points total() {
    return total;
  }

  /**
   * {@return the lines that make up the total: the root's points, carried losses and total
   * penalties}
   */
  public List<Line> totalLines() {
    return explanation().total();
  }

  /**
   * Every node scored, root first, in the scheme's order, with the lines that explain it. The first
   * call explains the whole card; {@link #nodePoints()} gives the points alone without doing so.
   *
   * @return the nodes' scores, never null
   */
  public List<NodeScore> nodes() {
    return explanation().nodes();
  }

  /**
   * Every node's points, as {@link #nodes()} lists them but without their lines: what the scoring
   * computed, explaining nothing. Results files keep these for every unit.
   *
   * @return the nodes' points, root first, in the scheme's order; never null
   */
  public List<NodePoints> nodePoints() {
    List<NodePoints> all = new ArrayList<>();
    for (PlanNode n : plan.nodes) {
      if (tally.scored()[n.index]) {
        all.add(
            new NodePoints(
                n.id(),
                Ticks.points(tally.points()[n.index], tally.scale()),
                tally.adjustments(n.index),
                tally.notApplicable(n.index)));
      }
    }
    return List.copyOf(all);
  }

  /** {@return the vetoes set off, in the scheme's order} */
  @Override
  public List<TriggeredVeto> vetoes() {
    List<TriggeredVeto> v = vetoes;
    if (v == null) {
      v = tally.vetoes(plan, LineWords.of(language()));
      vetoes = v;
    }
    return v;
  }

  /**
   * How the unit's facts recorded checks: every one, or only the failures.
   *
   * @return the facts' recording policy
   */
  public Recording recording() {
    return recording;
  }

  /**
   * What {@link Recording#FAILURES_ONLY} took for what the facts did not record: the checks taken
   * as met, then the items scored by occurrences taken as having none, each in the scheme's order
   * (as a results file lists them). Empty under {@link Recording#EVERY_CHECK}, where nothing is
   * taken.
   *
   * @return what was taken
   */
  public List<Unrecorded> unrecorded() {
    return unrecorded;
  }

  /**
   * What {@link #unrecorded()} lists, in words for people in the card's {@linkplain #language()
   * language}, as an explanation says it under its verdict: the items by their titles and clauses,
   * their checklist elements and prerequisites by theirs ({@code 只记录未达标事项：未记录视为达标
   * 制度建设〔四(一)1〕（要素“年初制订工作规划”）、档案管理〔四(八)4〕；未记录视为零次 电子政务内网〔四(七)3〕}; in English {@code recording
   * failures only: taken as met ...; taken as zero ...}).
   *
   * @return the line, without a line break; empty under {@link Recording#EVERY_CHECK}
   */
  public String unrecordedText() {
    return recording == Recording.FAILURES_ONLY
        ? LineWords.of(language()).taken(unrecorded, plan)
        : "";
  }

  /**
   * A fact of the card's lines named for people in the card's {@linkplain #language() language}, as
   * an explanation heads the fact's note: a check of a checklist element or prerequisite by its
   * title ({@code 要素“年终有工作总结”未达标}, {@code 前提条件“按要求建设内网并配备设备”达标}; in English {@code element
   * '年终有工作总结' not met}), a record by its id ({@code 记录 gw-2024-017}).
   *
   * @param fact a fact of the card's lines, not null
   * @return the fact's name
   */
  public String label(Fact fact) {
    return LineWords.of(language()).label(Objects.requireNonNull(fact, "fact"), plan);
  }

  /** {@return whether a veto bars the unit from awards and grades} */
  public boolean isDisqualified() {
    return tally.anySetOff(plan, e -> e instanceof Veto.Disqualification);
  }

  /** {@return whether a veto bars the unit's head from awards too ("单位负责人不得评先评优")} */
  public boolean isHeadBarred() {
    return tally.anySetOff(plan, e -> e instanceof Veto.Disqualification d && d.barsHead());
  }

  /**
   * Returns a node's score.
   *
   * @param nodeId the node
   * @return the score, or empty if the node does not exist or does not apply to the unit's group
   */
  public Optional<NodeScore> node(String nodeId) {
    return Optional.ofNullable(explanation().byId().get(nodeId));
  }

  /**
   * Returns a node's points.
   *
   * @param nodeId the node
   * @return its points
   * @throws IllegalArgumentException if the node does not exist or does not apply to the group
   */
  public Points points(String nodeId) {
    return pointsIfScored(nodeId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no node " + nodeId + " scored for unit " + unitId + " in group " + group));
  }

  /**
   * Returns a node's points, or empty if the node does not exist or does not apply to the unit's
   * group.
   *
   * @param nodeId the node
   * @return its points
   */
  public Optional<Points> pointsIfScored(String nodeId) {
    Integer index = plan.nodeIndex.get(nodeId);
    BigDecimal p = index == null ? null : tally.points(index);
    return p == null ? Optional.empty() : Optional.of(Points.of(p));
  }

  /**
   * Renders the whole explanation as indented plain text: the verdict (total, vetoes), what
   * recording failures only took for unrecorded facts, then every node with its lines, each line's
   * facts, who recorded them and their notes. It is {@link
   * io.github.kaoping.scoring.standings.ExplanationText} with every node shown; that class adds the
   * unit's rank and folds the nodes at full marks.
   *
   * @return the text; lines end with {@code \n}
   */
  public String explain() {
    return io.github.kaoping.scoring.standings.ExplanationText.of(this)
        .scheme(plan.scheme)
        .language(language())
        .all(true)
        .render();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoreCard c
        && schemeId().equals(c.schemeId())
        && unitId.equals(c.unitId)
        && group.equals(c.group)
        && period.equals(c.period)
        && total.equals(c.total)
        && vetoes().equals(c.vetoes())
        && recording == c.recording
        && language() == c.language()
        && unrecorded.equals(c.unrecorded)
        && totalLines().equals(c.totalLines())
        && nodes().equals(c.nodes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemeId(), unitId, group, period, total, vetoes());
  }

  @Override
  public String toString() {
    return "ScoreCard{" + schemeId() + ", " + unitId + " (" + group + "): " + total + "}";
  }
}
