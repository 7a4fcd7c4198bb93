package io.github.kaoping.scoring.standings;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoredUnit;
import io.github.kaoping.scoring.TiePolicy;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.Veto;
import io.github.kaoping.scoring.text.TextTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The standings as a plain-text table for the people who read them: the one renderer behind {@link
 * StandingsResult#table()} and the {@code scoring score} command's table.
 *
 * <p>What it shows grows with what it is given. From the result alone: each outcome and group with
 * its units in ranking order (bands: by score), rank, value, awards and notes, the ties at award
 * cuts in words, and the decisions left to the office first. With the {@linkplain #scheme scheme}:
 * a heading with the scheme's title and full marks (and whether bonus points can take a total above
 * them), the parameters the office set, group titles, unit names, node titles, and why an award is
 * withheld in the award's own terms. With the {@linkplain #units units}: each disqualified unit's
 * vetoes by title and clause ({@code 一票否决: 发生失、泄密事件 四(七)5}), and the total beside a ranking on one
 * node.
 *
 * <p>Headers and the words the table adds are Chinese where the scheme (or, without one, the
 * outcomes' titles) is Chinese, English otherwise; {@link #language} chooses. Columns are aligned
 * by display width, a Chinese character taking two, and points on their decimal point. Rows are
 * made as they are written, so a table of many units holds no more than one row at a time.
 *
 * <p>Instances are immutable: each method returns a new table.
 */
public final class StandingsTable {

  /** The widest a heading line gets before it wraps. */
  private static final int LINE = 120;

  /** The widest a group's title gets in a column of a table of groups ranked together. */
  private static final int GROUP_COLUMN = 16;

  private final StandingsResult result;
  private final @Nullable Scheme scheme;
  private final @Nullable Language language;
  private final Function<String, Optional<? extends ScoredUnit>> units;

  /** The lookups of one rendering, built once for the writers that ask placing by placing. */
  private final Supplier<View> view = Suppliers.memoize(View::new);

  private StandingsTable(
      StandingsResult result,
      @Nullable Scheme scheme,
      @Nullable Language language,
      Function<String, Optional<? extends ScoredUnit>> units) {
    this.result = result;
    this.scheme = scheme;
    this.language = language;
    this.units = units;
  }

  /**
   * A table of the result alone: units by id, groups by id, outcomes by title and clause.
   *
   * @param result the standings, not null
   * @return the table
   */
  public static StandingsTable of(StandingsResult result) {
    return new StandingsTable(requireNonNull(result, "result"), null, null, id -> Optional.empty());
  }

  /**
   * The same table with the scheme's words: its title and full marks, group titles, unit names,
   * node titles, award rules, the parameters the office set; and the scheme's language unless
   * {@link #language} chose one.
   *
   * @param scheme the scheme the result is of, not null
   * @return the table
   * @throws IllegalArgumentException if the result is of another scheme
   */
  public StandingsTable scheme(Scheme scheme) {
    if (!scheme.id().equals(result.schemeId())) {
      throw new IllegalArgumentException(
          "standings of scheme " + result.schemeId() + ", not " + scheme.id());
    }
    return new StandingsTable(result, scheme, language, units);
  }

  /**
   * The same table in the given language.
   *
   * @param language the language of the headers and of the words the table adds, not null
   * @return the table
   */
  public StandingsTable language(Language language) {
    return new StandingsTable(result, scheme, requireNonNull(language, "language"), units);
  }

  /**
   * The same table with the units' totals and vetoes: a disqualified unit's vetoes are named by
   * title and clause, and a ranking on one node shows each unit's total too.
   *
   * @param units the scored units, such as the score cards ranked; not null
   * @return the table
   */
  public StandingsTable units(Collection<? extends ScoredUnit> units) {
    Map<String, ScoredUnit> byId = new HashMap<>();
    units.forEach(u -> byId.putIfAbsent(u.unitId(), u));
    return new StandingsTable(result, scheme, language, id -> Optional.ofNullable(byId.get(id)));
  }

  /**
   * The same table with the units' totals and vetoes found by a lookup, for callers that keep the
   * units indexed themselves.
   *
   * @param lookup a unit by id, or empty; not null
   * @return the table
   */
  public StandingsTable units(Function<String, Optional<? extends ScoredUnit>> lookup) {
    return new StandingsTable(result, scheme, language, requireNonNull(lookup, "lookup"));
  }

  /**
   * The language the table speaks: the one {@linkplain #language chosen}, else the scheme's, else
   * Chinese if any outcome's title is Chinese.
   *
   * @return the language
   */
  public Language language() {
    if (language != null) {
      return language;
    }
    if (scheme != null) {
      return Language.of(scheme.title());
    }
    return result.outcomes().stream().anyMatch(o -> Language.of(o.title()) == Language.CHINESE)
        ? Language.CHINESE
        : Language.ENGLISH;
  }

  /**
   * Renders the table.
   *
   * @return the table; lines end with {@code \n}
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    try {
      render(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return s.toString();
  }

  /**
   * Renders the table: with a scheme, its heading and the parameters the office set; the decisions
   * left to the office under a heading that cannot be missed; then each outcome and group.
   *
   * @param out where to write; lines end with {@code \n}
   * @throws IOException if {@code out} cannot be written
   */
  public void render(Appendable out) throws IOException {
    View v = new View();
    if (scheme != null) {
      out.append(v.schemeHeading(scheme)).append('\n');
      String set = v.parametersSet(scheme);
      if (!set.isEmpty()) {
        out.append(set).append('\n');
      }
    }
    List<OfficeDecision> open = result.decisions();
    if (!open.isEmpty()) {
      if (scheme != null) {
        out.append('\n');
      }
      out.append(v.decisionsHeading(open.size())).append('\n');
      for (OfficeDecision d : open) {
        out.append("  ！").append(v.words.decision(d)).append('\n');
      }
    }
    boolean first = scheme == null && open.isEmpty();
    for (OutcomeResult o : result.outcomes()) {
      v.outcome(out, o, first);
      first = false;
    }
  }

  /**
   * The notes this table shows beside a placing, for writers that lay the standings out otherwise
   * (a workbook): disqualification by which vetoes, awards withheld and why.
   *
   * @param outcome the outcome placing the unit
   * @param placing the unit's placing
   * @return the notes, joined; empty if none
   */
  public String notes(OutcomeResult outcome, Placing placing) {
    return view.get().notes(outcome, placing);
  }

  /**
   * Does the table show positions beside ranks for this outcome (dense ranks, or without the
   * scheme, where it cannot tell)?
   *
   * @param outcome the outcome
   * @return whether a position column is shown
   */
  public boolean showsPositions(OutcomeResult outcome) {
    return view.get().dense(outcome);
  }

  /**
   * The line naming the parameters the office set, as the table shows it under its heading.
   *
   * @return the line; empty without the scheme or if none is set
   */
  public String parametersSet() {
    Scheme s = scheme;
    return s == null ? "" : view.get().parametersSet(s);
  }

  /**
   * What the office must decide, as this table says it: in the table's language, whatever language
   * the standings were decided in ({@link OfficeDecision#text()} keeps that one).
   *
   * @param decision a decision of these standings
   * @return the decision in words
   */
  public String decision(OfficeDecision decision) {
    return view.get().words.decision(decision);
  }

  /**
   * The heading above the decisions left to the office, as the table shows it.
   *
   * @return the heading, with the number of decisions
   */
  public String decisionsHeading() {
    return view.get().decisionsHeading(result.decisions().size());
  }

  /** Renders one outcome's result alone, as {@link OutcomeResult#table()} does. */
  static String outcome(OutcomeResult o) {
    StandingsTable t =
        of(new StandingsResult("", Optional.empty(), List.of(o))).language(Language.of(o.title()));
    StringBuilder s = new StringBuilder();
    try {
      t.new View().outcome(s, o, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  private static final TextTable.Align L = TextTable.Align.LEFT;
  private static final TextTable.Align R = TextTable.Align.RIGHT;
  private static final TextTable.Align D = TextTable.Align.DECIMAL;

  /** What one rendering looks up, built once. */
  private final class View {
    final Language lang = language();
    final boolean zh = lang == Language.CHINESE;
    final Words words = scheme == null ? new Words(lang) : new Words(scheme, lang);
    final Map<String, String> groupTitles = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, Outcome> rules = new HashMap<>();
    final Map<String, String> nodeTitles = new HashMap<>();

    View() {
      Scheme s = scheme;
      if (s == null) {
        return;
      }
      s.groups()
          .forEach(
              g -> {
                groupTitles.put(g.id(), g.title());
                g.units().forEach(u -> names.putIfAbsent(u.id(), u.name()));
              });
      s.outcomes().forEach(o -> rules.put(o.id(), o));
      List<Node> nodes = new ArrayList<>(s.sections());
      while (!nodes.isEmpty()) {
        Node n = nodes.remove(nodes.size() - 1);
        nodeTitles.put(n.id(), n.title());
        nodes.addAll(n.children());
      }
    }

    // ------------------------------------------------------------------ headings

    String schemeHeading(Scheme s) {
      List<String> parts = new ArrayList<>();
      parts.add(s.id());
      s.maximum()
          .ifPresent(
              m -> {
                parts.add(zh ? "满分" + m + "分" : "max " + m);
                if (exceedsMaximum(s)) {
                  parts.add(
                      zh ? "含加分，总分可超过" + m + "分" : "bonus points can take a total above " + m);
                }
              });
      result.period().ifPresent(p -> parts.add(zh ? "考评期 " + p : "period " + p));
      String line =
          zh
              ? s.title() + "（" + String.join("，", parts) + "）"
              : s.title() + " (" + String.join(", ", parts) + ")";
      return TextTable.wrap(line, LINE, 2);
    }

    String parametersSet(Scheme s) {
      List<String> set = new ArrayList<>();
      for (Parameter p : s.parameters()) {
        p.value()
            .ifPresent(
                v ->
                    set.add(
                        p.title()
                            + (zh ? "〔" + p.clause() + "〕" : " [" + p.clause() + "]")
                            + " = "
                            + v.toPlainString()));
      }
      if (set.isEmpty()) {
        return "";
      }
      return TextTable.wrap(
          zh
              ? "考评办设定的参数（文中未规定）：" + String.join("；", set)
              : "parameters set by the office (the text gives no number): "
                  + String.join("; ", set),
          LINE,
          2);
    }

    String decisionsHeading(int count) {
      return zh
          ? "！须由考评办决定的事项（" + count + "项），结果在决定前不是最终结果："
          : "! The office must decide (" + count + "); the results are not final until it does:";
    }

    void outcome(Appendable out, OutcomeResult o, boolean first) throws IOException {
      if (o instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          heading(out, o, g.group(), "", first);
          first = false;
          ranked(out, o, r.on(), g, false);
        }
      } else if (o instanceof ImprovementResult i) {
        String against =
            i.previousPeriod().map(p -> zh ? "，与" + p + "相比" : ", against " + p).orElse("");
        for (RankedGroup g : i.rankedGroups()) {
          heading(out, o, g.group(), against, first);
          first = false;
          ranked(out, o, i.on(), g, true);
        }
      } else if (o instanceof BandingResult b) {
        for (BandedGroup g : b.bandedGroups()) {
          heading(out, o, g.group(), "", first);
          first = false;
          banded(out, b.on(), g);
        }
      }
    }

    /** The outcome by title and clause, and the group by title; wrapped if long. */
    private void heading(Appendable out, OutcomeResult o, String group, String more, boolean first)
        throws IOException {
      String line =
          zh
              ? o.title()
                  + o.clause().map(c -> "〔" + c + "〕").orElse("")
                  + more
                  + "："
                  + groups(group)
              : o.title()
                  + o.clause().map(c -> " [" + c + "]").orElse("")
                  + more
                  + ": "
                  + groups(group);
      out.append(first ? "" : "\n").append(TextTable.wrap(line, LINE, 2)).append('\n');
    }

    /** A group's title; for groups ranked together, each. */
    String groups(String group) {
      List<String> titles = new ArrayList<>();
      for (String id : group.split("\\+")) {
        titles.add(groupTitles.getOrDefault(id, id));
      }
      return String.join(zh ? "、" : " + ", titles);
    }

    // ------------------------------------------------------------------ tables

    private boolean hasNames() {
      return !names.isEmpty();
    }

    /** The unit columns: the id, and the name where the rosters give names. */
    private void unitColumns(List<String> headers, List<TextTable.Align> aligns) {
      if (hasNames()) {
        headers.add(zh ? "代码" : "id");
        aligns.add(L);
      }
      headers.add(zh ? "单位" : "unit");
      aligns.add(L);
    }

    private void unitCells(List<String> row, String unitId) {
      row.add(unitId);
      if (hasNames()) {
        row.add(names.getOrDefault(unitId, ""));
      }
    }

    /** The value ranked on: the total, or the node's title. */
    private String valueHeader(Optional<String> on) {
      if (on.isEmpty()) {
        return zh ? "得分" : "total";
      }
      return nodeTitles.getOrDefault(on.get(), on.get());
    }

    private void ranked(
        Appendable out, OutcomeResult o, Optional<String> on, RankedGroup g, boolean improvement)
        throws IOException {
      boolean dense = dense(o);
      List<String> headers = new ArrayList<>(List.of(zh ? "名次" : "rank"));
      List<TextTable.Align> aligns = new ArrayList<>(List.of(R));
      if (dense) {
        headers.add(zh ? "位次" : "position");
        aligns.add(R);
      }
      unitColumns(headers, aligns);
      // groups ranked together: say which group each unit is of, where the units are known
      boolean across = g.group().contains("+") && hasUnits(g);
      if (across) {
        headers.add(zh ? "组别" : "group");
        aligns.add(L);
      }
      if (improvement) {
        headers.add(zh ? "进步分" : "improvement");
        headers.add(on.isEmpty() ? (zh ? "本期得分" : "total") : valueHeader(on));
        headers.add(zh ? "上期得分" : "previous");
        aligns.addAll(List.of(D, D, D));
      } else {
        headers.add(valueHeader(on));
        aligns.add(D);
      }
      boolean totals = on.isPresent() && hasUnits(g);
      if (totals) {
        headers.add(zh ? "总分" : "total");
        aligns.add(D);
      }
      headers.addAll(zh ? List.of("奖项", "备注") : List.of("awards", "notes"));
      aligns.addAll(List.of(L, L));
      if (g.placings().isEmpty()) {
        out.append(zh ? "（无单位参加排名）\n" : "(no units ranked)\n");
      } else {
        TextTable.render(
            headers,
            aligns,
            TextTable.rows(
                g.placings(),
                p -> {
                  List<String> row = new ArrayList<>();
                  row.add(p.rank().map(String::valueOf).orElse("-"));
                  if (dense) {
                    row.add(p.position().map(String::valueOf).orElse("-"));
                  }
                  unitCells(row, p.unitId());
                  if (across) {
                    String group = units.apply(p.unitId()).map(ScoredUnit::group).orElse("");
                    row.add(
                        TextTable.shorten(groupTitles.getOrDefault(group, group), GROUP_COLUMN));
                  }
                  row.add(p.value().toString());
                  if (improvement) {
                    row.add(p.score().toString());
                    row.add(p.previous().map(Object::toString).orElse(""));
                  }
                  if (totals) {
                    row.add(units.apply(p.unitId()).map(u -> u.total().toString()).orElse(""));
                  }
                  row.add(String.join(zh ? "、" : ", ", p.awards()));
                  row.add(notes(o, p));
                  return row;
                }),
            out);
      }
      for (CutTie t : g.cutTies()) {
        out.append(TextTable.wrap(words.cutTie(t, rule(o, t)), LINE, 2)).append('\n');
      }
      for (OfficeDecision d : g.decisions()) {
        out.append("！").append(words.decision(d)).append('\n');
      }
      if (!g.withoutPrevious().isEmpty()) {
        out.append(
                zh
                    ? "无上期得分，未参加进步排名：" + words.names(g.withoutPrevious())
                    : "without last period's facts: " + words.names(g.withoutPrevious()))
            .append('\n');
      }
    }

    private boolean hasUnits(RankedGroup g) {
      return g.placings().stream().anyMatch(p -> units.apply(p.unitId()).isPresent());
    }

    private void banded(Appendable out, Optional<String> on, BandedGroup g) throws IOException {
      if (g.units().isEmpty()) {
        out.append(zh ? "（无单位）\n" : "(no units banded)\n");
        return;
      }
      List<String> headers = new ArrayList<>();
      List<TextTable.Align> aligns = new ArrayList<>();
      unitColumns(headers, aligns);
      headers.add(valueHeader(on));
      aligns.add(D);
      boolean totals =
          on.isPresent() && g.units().stream().anyMatch(b -> units.apply(b.unitId()).isPresent());
      if (totals) {
        headers.add(zh ? "总分" : "total");
        aligns.add(D);
      }
      headers.add(zh ? "档次" : "band");
      aligns.add(L);
      TextTable.render(
          headers,
          aligns,
          TextTable.rows(
              g.units(),
              b -> {
                List<String> row = new ArrayList<>();
                unitCells(row, b.unitId());
                row.add(b.score().toString());
                if (totals) {
                  row.add(units.apply(b.unitId()).map(u -> u.total().toString()).orElse(""));
                }
                row.add(b.band().orElse(""));
                return row;
              }),
          out);
    }

    /** Does the outcome number ranks densely, so that a rank may differ from its position? */
    boolean dense(OutcomeResult o) {
      Outcome rule = rules.get(o.outcomeId());
      if (rule == null) {
        return true; // without the scheme, show both
      }
      TiePolicy ties =
          rule instanceof Ranking r
              ? r.ties()
              : rule instanceof Improvement i ? i.ties() : TiePolicy.competition();
      return ties.ranks() == TiePolicy.Ranks.DENSE;
    }

    // ------------------------------------------------------------------ notes

    /** Notes on a placing: disqualification and by which vetoes, awards withheld and why. */
    String notes(OutcomeResult o, Placing p) {
      List<String> notes = new ArrayList<>();
      if (p.disqualified()) {
        notes.add(disqualified(p.unitId(), p.position().isEmpty()));
      }
      for (Withheld w : p.withheld()) {
        if (w.reason() == Withheld.Reason.INELIGIBLE) {
          Optional<Interval> eligible = award(o, w.award()).flatMap(Award::eligible);
          if (eligible.isPresent()) {
            notes.add(
                zh
                    ? "未获“" + w.award() + "”（得分须" + scores(eligible.get()) + "）"
                    : w.award() + " withheld (the score must be " + scores(eligible.get()) + ")");
            continue;
          }
        }
        notes.add(w.describe(lang));
      }
      return String.join(zh ? "；" : "; ", notes);
    }

    /** A disqualification, with the vetoes by title and clause where the unit is known. */
    String disqualified(String unitId, boolean rankedApart) {
      Optional<? extends ScoredUnit> u = units.apply(unitId);
      List<String> by = new ArrayList<>();
      boolean head = false;
      if (u.isPresent()) {
        for (TriggeredVeto v : u.get().vetoes()) {
          if (v.disqualifies()) {
            by.add(v.title() + v.clause().map(c -> " " + c).orElse(""));
            head |= v.effect() instanceof Veto.Disqualification d && d.barsHead();
          }
        }
      }
      StringBuilder s = new StringBuilder(zh ? "一票否决" : "disqualified");
      if (!by.isEmpty()) {
        s.append(": ").append(String.join(zh ? "；" : "; ", by));
      }
      if (head) {
        s.append(zh ? "，主要负责人同时取消评先资格" : ", head barred");
      }
      if (rankedApart) {
        s.append(zh ? "，不占名次" : ", ranked apart");
      }
      return s.toString();
    }

    /** Eligible scores in words: 95分以上 includes 95, as the texts' 以上 does. */
    String scores(Interval range) {
      List<String> parts = new ArrayList<>();
      range
          .lower()
          .ifPresent(
              b -> {
                String v = b.value().toPlainString();
                parts.add(
                    zh
                        ? (b.inclusive() ? v + "分以上" : "高于" + v + "分")
                        : (b.inclusive() ? "at least " : "above ") + v);
              });
      range
          .upper()
          .ifPresent(
              b -> {
                String v = b.value().toPlainString();
                parts.add(
                    zh
                        ? (b.inclusive() ? v + "分以下" : "低于" + v + "分")
                        : (b.inclusive() ? "at most " : "below ") + v);
              });
      return parts.isEmpty() ? (zh ? "不限" : "any") : String.join(zh ? "、" : " and ", parts);
    }

    private Optional<Award> award(OutcomeResult o, String label) {
      Outcome rule = rules.get(o.outcomeId());
      List<Award> awards =
          rule instanceof Ranking r
              ? r.awards()
              : rule instanceof Improvement i ? i.awards() : List.of();
      return awards.stream().filter(a -> a.label().equals(label)).findFirst();
    }

    /**
     * What settled a tie at a cut: from the top, the scheme's reading of why the outcome settles
     * ties as it does (one that names the outcome, else one that names the policy), quoted with its
     * clause; from the bottom, and without such a reading, the outcome's clause.
     */
    Optional<String> rule(OutcomeResult o, CutTie t) {
      Scheme s = scheme;
      if (s != null && t.end() == Award.End.TOP) {
        Optional<Reading> why =
            s.readings().stream()
                .filter(r -> r.nodeIds().contains(o.outcomeId()))
                .findFirst()
                .or(
                    () ->
                        s.readings().stream()
                            .filter(r -> r.reading().contains(t.policy().name()))
                            .min(
                                (x, y) ->
                                    Boolean.compare(
                                        !o.clause().equals(Optional.of(x.clause())),
                                        !o.clause().equals(Optional.of(y.clause())))));
        if (why.isPresent()) {
          Reading r = why.get();
          String quote = TextTable.shorten(r.quote(), 30);
          return Optional.of(
              zh
                  ? "〔" + r.clause() + "〕“" + quote + "”的解读"
                  : "the reading of [" + r.clause() + "] \"" + quote + "\"");
        }
      }
      return o.clause().map(c -> zh ? "〔" + c + "〕" : "[" + c + "]");
    }
  }

  /**
   * Can bonus or signed points take a total above the scheme's full marks? They sit on top of every
   * ancestor's full marks (加分项), so any bonus or adjustment node can.
   */
  static boolean exceedsMaximum(Scheme scheme) {
    if (scheme.maximum().isEmpty()) {
      return false;
    }
    List<Node> nodes = new ArrayList<>(scheme.sections());
    while (!nodes.isEmpty()) {
      Node n = nodes.remove(nodes.size() - 1);
      if (n.role() == Role.BONUS || n.role() == Role.ADJUSTMENT) {
        return true;
      }
      nodes.addAll(n.children());
    }
    return false;
  }
}
