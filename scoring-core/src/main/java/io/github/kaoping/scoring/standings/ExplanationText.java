package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.text.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One unit's score card explained as plain text for the people who check it: the one renderer
 * behind {@link ScoreCard#explain()} and the {@code scoring explain} command.
 *
 * <p>It starts with the verdict: the total against the full marks, whether a veto disqualified the
 * unit and why, and its rank and awards under each outcome if {@linkplain #standings standings} are
 * given (else it says the rank is not known, and why if {@linkplain #rankUnknown told}). If the
 * unit's facts recorded failures only, a line then lists what was taken as met and what as having
 * no occurrences, by title and clause ({@link ScoreCard#unrecordedText()}). Then every node with
 * its points and the lines that explain them, each with its rule, clause and facts, who recorded
 * them, and each fact's own note. Unless {@linkplain #all all} lines are asked for, a node at full
 * marks that no fact touched is folded, with everything below it, and counted at the end.
 *
 * <p>The verdict and the words the text adds are Chinese where the scheme is Chinese, English
 * otherwise; {@link #language} chooses. Instances are immutable: each method returns a new one.
 */
public final class ExplanationText {

  private final ScoreCard card;
  private final @Nullable Scheme scheme;
  private final @Nullable Language language;
  private final @Nullable StandingsResult standings;
  private final String rankUnknown;
  private final boolean all;

  private ExplanationText(
      ScoreCard card,
      @Nullable Scheme scheme,
      @Nullable Language language,
      @Nullable StandingsResult standings,
      String rankUnknown,
      boolean all) {
    this.card = card;
    this.scheme = scheme;
    this.language = language;
    this.standings = standings;
    this.rankUnknown = rankUnknown;
    this.all = all;
  }

  /**
   * The explanation of a card, with nodes at full marks and without facts folded.
   *
   * @param card the card, not null
   * @return the explanation
   */
  public static ExplanationText of(ScoreCard card) {
    return new ExplanationText(requireNonNull(card, "card"), null, null, null, "", false);
  }

  /**
   * The same explanation with the scheme's words: the unit's name, its group's title, the full
   * marks; and the scheme's language unless {@link #language} chose one.
   *
   * @param scheme the card's scheme, not null
   * @return the explanation
   * @throws IllegalArgumentException if the card is of another scheme
   */
  public ExplanationText scheme(Scheme scheme) {
    if (!scheme.id().equals(card.schemeId())) {
      throw new IllegalArgumentException(
          "a card of scheme " + card.schemeId() + ", not " + scheme.id());
    }
    return new ExplanationText(card, scheme, language, standings, rankUnknown, all);
  }

  /**
   * The same explanation in the given language.
   *
   * @param language the language of the verdict and the words the text adds, not null
   * @return the explanation
   */
  public ExplanationText language(Language language) {
    return new ExplanationText(
        card, scheme, requireNonNull(language, "language"), standings, rankUnknown, all);
  }

  /**
   * The same explanation with the unit's rank and awards under each outcome that places it.
   *
   * @param standings the standings of the card's period, ranked with every unit of its group
   * @return the explanation
   */
  public ExplanationText standings(StandingsResult standings) {
    return new ExplanationText(
        card, scheme, language, requireNonNull(standings, "standings"), rankUnknown, all);
  }

  /**
   * The same explanation, saying why the rank is not known (when no standings are given).
   *
   * @param why the reason, in the explanation's language, not null
   * @return the explanation
   */
  public ExplanationText rankUnknown(String why) {
    return new ExplanationText(card, scheme, language, standings, requireNonNull(why, "why"), all);
  }

  /**
   * The same explanation, showing or folding the nodes at full marks that no fact touched.
   *
   * @param all true to show every node
   * @return the explanation
   */
  public ExplanationText all(boolean all) {
    return new ExplanationText(card, scheme, language, standings, rankUnknown, all);
  }

  /** The language the text speaks: the one chosen, else the scheme's (the card's). */
  private Language lang() {
    if (language != null) {
      return language;
    }
    return scheme == null ? card.language() : Language.of(scheme.title());
  }

  /**
   * Renders the explanation.
   *
   * @return the text; lines end with {@code \n}
   */
  public String render() {
    boolean zh = lang() == Language.CHINESE;
    // the card's lines and the vetoes' reasons, worded in the explanation's language
    ScoreCard card = this.card.language(lang());
    StringBuilder s = new StringBuilder();
    s.append(title(zh)).append('\n');
    s.append(verdict(card, zh));
    if (card.recording() == Recording.FAILURES_ONLY) {
      s.append(card.unrecordedText()).append('\n');
    }
    for (Line line : card.totalLines()) {
      line(s, card, line, zh);
    }
    List<NodeScore> nodes = card.nodes();
    Set<String> folded = all ? Set.of() : folded(nodes);
    int count = 0;
    Set<String> hidden = new HashSet<>();
    for (NodeScore n : nodes) {
      if (n.parentId().isPresent() && hidden.contains(n.parentId().get())) {
        hidden.add(n.nodeId());
        continue;
      }
      if (folded.contains(n.nodeId())) {
        hidden.add(n.nodeId());
        count++;
        continue;
      }
      // the node by its title (its id only without one) and clause
      s.append(n.title().isBlank() ? n.nodeId() : n.title());
      n.clause().ifPresent(c -> s.append(zh ? "〔" + c + "〕" : " [" + c + "]"));
      s.append(zh ? "：" : ": ").append(n.points());
      n.maximum().ifPresent(m -> s.append(" / ").append(m));
      s.append('\n');
      for (Line line : n.lines()) {
        line(s, card, line, zh);
      }
    }
    if (count > 0) {
      s.append(
              zh
                  ? "另有" + count + "项满分且无事实记录，未逐项列出（--all 全部列出）"
                  : count
                      + " more at full marks with no facts recorded, not listed (--all lists"
                      + " them)")
          .append('\n');
    }
    return s.toString();
  }

  private String title(boolean zh) {
    StringBuilder s = new StringBuilder(card.unitId());
    String name = "";
    String group = card.group();
    Scheme sc = scheme;
    if (sc != null) {
      for (UnitGroup g : sc.groups()) {
        if (g.id().equals(card.group())) {
          group = g.title();
          for (Unit u : g.units()) {
            if (u.id().equals(card.unitId())) {
              name = u.name();
            }
          }
        }
      }
    }
    if (!name.isEmpty()) {
      s.append(' ').append(name);
    }
    String schemeTitle = sc == null ? card.schemeId() : sc.title();
    String period = card.period().orElse("");
    if (zh) {
      s.append("（").append(group).append("），").append(schemeTitle);
      if (!period.isEmpty()) {
        s.append("，考评期 ").append(period);
      }
    } else {
      s.append(" (").append(group).append(") under ").append(schemeTitle);
      if (!period.isEmpty()) {
        s.append(", period ").append(period);
      }
    }
    return s.toString();
  }

  /** Total, disqualification and why, rank if known. */
  private String verdict(ScoreCard card, boolean zh) {
    List<String> parts = new ArrayList<>();
    Scheme sc = scheme;
    String max = sc == null ? "" : sc.maximum().map(Object::toString).orElse("");
    parts.add(
        zh
            ? "总分 " + card.total() + (max.isEmpty() ? "" : "（满分" + max + "）")
            : "total " + card.total() + (max.isEmpty() ? "" : " of " + max));
    List<String> disqualifying = new ArrayList<>();
    List<String> penalties = new ArrayList<>();
    for (TriggeredVeto v : card.vetoes()) {
      String what = v.title() + v.clause().map(c -> " " + c).orElse("") + "（" + v.reason() + "）";
      if (!zh) {
        what = v.title() + v.clause().map(c -> " " + c).orElse("") + " (" + v.reason() + ")";
      }
      if (v.disqualifies()) {
        boolean head = v.effect() instanceof Veto.Disqualification d && d.barsHead();
        disqualifying.add(what + (head ? (zh ? "，主要负责人同时取消评先资格" : ", head barred") : ""));
      } else {
        penalties.add(what);
      }
    }
    if (disqualifying.isEmpty()) {
      parts.add(zh ? "未被一票否决" : "not disqualified");
    } else {
      parts.add(
          zh
              ? "一票否决: " + String.join("；", disqualifying)
              : "disqualified: " + String.join("; ", disqualifying));
    }
    if (!penalties.isEmpty()) {
      parts.add(
          zh
              ? "否决扣分: " + String.join("；", penalties)
              : "veto penalties: " + String.join("; ", penalties));
    }
    parts.add(rank(zh));
    return (zh ? "结论：" : "verdict: ") + String.join(zh ? "；" : "; ", parts) + "\n";
  }

  private String rank(boolean zh) {
    StandingsResult r = standings;
    if (r == null) {
      String why =
          rankUnknown.isEmpty() ? "" : (zh ? "（" + rankUnknown + "）" : " (" + rankUnknown + ")");
      return (zh ? "名次未知" : "rank not known") + why;
    }
    List<String> ranks = new ArrayList<>();
    for (UnitStanding u : r.standingsOf(card.unitId())) {
      OutcomeResult o = r.outcome(u.outcomeId());
      String where =
          o.title() + o.clause().map(c -> zh ? "〔" + c + "〕" : " [" + c + "]").orElse("");
      String place;
      if (o instanceof BandingResult) {
        place = u.holds().isEmpty() ? (zh ? "不在任何档次" : "in no band") : String.join("、", u.holds());
      } else {
        place =
            u.rank()
                .map(n -> zh ? "第" + n + "名" : "rank " + n)
                .orElse(zh ? "不占名次" : "ranked apart");
        if (!u.holds().isEmpty()) {
          place += (zh ? "，" : ", ") + String.join(zh ? "、" : ", ", u.holds());
        }
      }
      ranks.add(where + (zh ? " " : ": ") + place);
    }
    if (ranks.isEmpty()) {
      return zh ? "没有结果对本单位排名" : "no outcome ranks the unit";
    }
    return (zh ? "名次：" : "rank: ") + String.join(zh ? "；" : "; ", ranks);
  }

  /** A line, then its facts' notes, each headed by its fact as the card names it. */
  private static void line(StringBuilder s, ScoreCard card, Line line, boolean zh) {
    Points amount = line.points();
    s.append("  ")
        .append(amount.isPositive() ? "+" : "")
        .append(amount)
        .append("  ")
        .append(line.text());
    line.clause().ifPresent(c -> s.append(zh ? "  〔" + c + "〕" : "  [" + c + "]"));
    for (Fact f : line.facts()) {
      f.provenance().ifPresent(p -> s.append("  <").append(p).append('>'));
    }
    s.append('\n');
    for (Fact f : line.facts()) {
      f.note()
          .map(n -> f instanceof Check && n.equals(Wording.TAKEN_AS_MET) ? takenAsMet(zh) : n)
          .ifPresent(
              n ->
                  s.append("      ")
                      .append(zh ? "备注（" : "note (")
                      .append(card.label(f))
                      .append(zh ? "）：" : "): ")
                      .append(n)
                      .append('\n'));
    }
  }

  private static String takenAsMet(boolean zh) {
    return Wording.takenAsMet(zh ? Language.CHINESE : Language.ENGLISH);
  }

  /**
   * The nodes to fold: at full marks, with no fact on any line of theirs or below them; the root
   * never.
   */
  private static Set<String> folded(List<NodeScore> nodes) {
    Map<String, Boolean> touched = new HashMap<>();
    // children follow their parent in the scheme's order: walk back so each is known before it
    for (int i = nodes.size() - 1; i >= 0; i--) {
      NodeScore n = nodes.get(i);
      boolean facts = touched.getOrDefault(n.nodeId(), false);
      for (Line l : n.lines()) {
        facts |= !l.facts().isEmpty();
      }
      touched.put(n.nodeId(), facts);
      if (facts) {
        n.parentId().ifPresent(p -> touched.put(p, true));
      }
    }
    Set<String> folded = new HashSet<>();
    for (NodeScore n : nodes) {
      boolean full =
          n.maximum().isPresent()
              && n.points().toBigDecimal().compareTo(n.maximum().get().toBigDecimal()) == 0;
      if (n.parentId().isPresent() && full && !touched.getOrDefault(n.nodeId(), false)) {
        folded.add(n.nodeId());
      }
    }
    return folded;
  }
}
