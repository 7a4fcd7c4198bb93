package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.standings.Banded;
import io.github.kaoping.scoring.standings.BandedGroup;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.OfficeDecision;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Withheld;
import io.github.kaoping.scoring.text.TextTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes results as an Excel workbook for the office to circulate: a sheet per outcome and group in
 * ranking order, a sheet per grading and group, a sheet of the units no outcome places, a sheet of
 * every unit's points on every node chosen, and an explanation sheet (the scheme, the parameters
 * the office set, the decisions left to it, the outcomes not decided, the sheets and the nodes with
 * their clauses and maxima). Headers speak the scheme's language; points are numbers shown with the
 * scheme's decimals; headers are frozen and columns sized to their contents.
 *
 * <p>Every text cell is written as a string, never a formula ({@link WorkbookWriter#text}). The
 * same results give the same bytes ({@link Xlsx#stable}). Rows are produced as they are written,
 * and each sheet is flushed every thousand rows, so writing holds little more than the results;
 * each sheet's rows are made twice, once to size its columns.
 */
final class ResultsWorkbook {

  private static final int FLUSH_ROWS = 1000;
  private static final String HEAD_FILL = "BDD7EE";
  private static final String KEY_FILL = "F2F2F2";
  private static final String KEY_FONT = "808080";
  private static final int MAX_WIDTH = 60;

  private final ResultsView view;
  private final boolean chinese;
  private final Workbook wb;
  private final @Nullable String numberFormat;
  private final Set<String> sheetNames = new HashSet<>();
  private final Map<String, String> groupTitles = new HashMap<>();
  private final Map<String, Outcome> rules = new HashMap<>();

  /** The sheets written, with what each holds, for the explanation sheet. */
  private final List<String[]> written = new ArrayList<>();

  private ResultsWorkbook(ResultsView view, OutputStream out) {
    this.view = view;
    this.chinese = view.language == Language.CHINESE;
    this.wb = new Workbook(out, "kaoping scoring", "1.0");
    this.numberFormat =
        view.scheme
            .rounding()
            .map(r -> r.scale() <= 0 ? "0" : "0." + "0".repeat(Math.min(r.scale(), 10)))
            .orElse(null);
    for (UnitGroup g : view.scheme.groups()) {
      groupTitles.put(g.id(), g.title());
    }
    view.scheme.outcomes().forEach(o -> rules.put(o.id(), o));
  }

  /**
   * Writes the workbook.
   *
   * @param out where to write; left open
   * @param view the results and their scheme
   * @param nodes the nodes whose points get a column on the node points sheet
   * @throws IOException if it cannot be written
   */
  static void write(OutputStream out, ResultsView view, ResultsView.NodeColumns nodes)
      throws IOException {
    Xlsx.stable(out, o -> new ResultsWorkbook(view, o).write(nodes));
  }

  private String w(String zh, String en) {
    return chinese ? zh : en;
  }

  private void write(ResultsView.NodeColumns nodes) throws IOException {
    Results results = view.results;
    for (OutcomeResult o : results.standings().outcomes()) {
      if (o instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          ranked(o, r.on(), g, false, "");
        }
      } else if (o instanceof ImprovementResult i) {
        String against = i.previousPeriod().map(p -> w("，对比 " + p, ", against " + p)).orElse("");
        for (RankedGroup g : i.rankedGroups()) {
          ranked(o, i.on(), g, true, against);
        }
      } else if (o instanceof BandingResult b) {
        for (BandedGroup g : b.bandedGroups()) {
          banded(o, b.on(), g);
        }
      }
    }
    GradingWords words = new GradingWords(view.scheme);
    for (GradingResult r : results.gradings()) {
      for (String group : view.groupsOf(r)) {
        grading(words, r, group);
      }
    }
    List<UnitResult> unplaced = view.unplaced();
    if (!unplaced.isEmpty()) {
      unplaced(unplaced);
    }
    nodePoints(nodes);
    explanation();
    wb.setActiveTab(0);
    wb.finish();
  }

  // ================================================================== sheets

  /** One sheet: title lines above a header row, then rows made on demand. */
  private final class Sheet {
    final Worksheet ws;
    final List<String> above = new ArrayList<>();

    Sheet(String name) {
      this.ws = wb.newWorksheet(unique(name));
    }

    /**
     * Writes the lines above, the headers and the rows, sized to their contents; freezes the rows
     * to the header and the first {@code frozenColumns} columns.
     */
    void table(List<String> headers, Iterable<@Nullable Object[]> rows, int frozenColumns)
        throws IOException {
      int[] widths = new int[headers.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.min(24, width(headers.get(c)));
      }
      for (@Nullable Object[] row : rows) {
        for (int c = 0; c < row.length && c < widths.length; c++) {
          widths[c] = Math.max(widths[c], width(row[c]));
        }
      }
      for (int c = 0; c < widths.length; c++) {
        ws.width(c, Math.min(MAX_WIDTH, Math.max(6, widths[c])) + 2);
      }
      int r = 0;
      for (String line : above) {
        WorkbookWriter.text(ws, r, 0, line);
        if (r == 0) {
          ws.style(r, 0).bold().fontSize(12).set();
        }
        r++;
      }
      for (int c = 0; c < headers.size(); c++) {
        WorkbookWriter.text(ws, r, c, headers.get(c));
        ws.style(r, c).bold().fillColor(HEAD_FILL).wrapText(true).set();
      }
      r++;
      ws.freezePane(frozenColumns, r);
      rows(rows, r);
      ws.finish();
    }

    int rows(Iterable<@Nullable Object[]> rows, int from) throws IOException {
      int r = from;
      for (@Nullable Object[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          cell(r, c, row[c]);
        }
        if (++r % FLUSH_ROWS == 0) {
          ws.flush();
        }
      }
      return r;
    }

    void cell(int r, int c, @Nullable Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof Points p) {
        ws.value(r, c, new BigDecimal(p.toBigDecimal().toPlainString()));
        if (numberFormat != null) {
          ws.style(r, c).format(numberFormat).set();
        }
      } else if (value instanceof Integer n) {
        ws.value(r, c, n);
      } else {
        WorkbookWriter.text(ws, r, c, value.toString());
      }
    }
  }

  private static int width(@Nullable Object cell) {
    if (cell == null) {
      return 0;
    }
    String s = cell.toString();
    return s.length() > 200 ? MAX_WIDTH : TextTable.width(s);
  }

  private String unique(String title) {
    String name = WorkbookLayout.sheetName(title);
    String n = name;
    for (int i = 2; !sheetNames.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = "(" + i + ")";
      String base = name;
      while (base.codePointCount(0, base.length()) + suffix.length() > 31) {
        base =
            base.substring(
                0, base.offsetByCodePoints(0, base.codePointCount(0, base.length()) - 1));
      }
      n = base + suffix;
    }
    return n;
  }

  private Sheet sheet(String title, String holds) {
    Sheet s = new Sheet(title);
    written.add(new String[] {s.ws.getName(), holds});
    return s;
  }

  /** The titles of a group, or of groups ranked together. */
  private String groupTitle(String group) {
    List<String> titles = new ArrayList<>();
    for (String g : group.split("\\+")) {
      titles.add(groupTitles.getOrDefault(g, g));
    }
    return String.join(w("、", " + "), titles);
  }

  private String heading(OutcomeResult o, String group, String more) {
    String clause = o.clause().map(c -> w("〔" + c + "〕", " [" + c + "]")).orElse("");
    String period = view.results.period().map(p -> w("，期间 ", ", period ") + p).orElse("");
    return o.title() + clause + w("：", ": ") + groupTitle(group) + more + period;
  }

  // ================================================================== rankings

  private void ranked(
      OutcomeResult o, Optional<String> on, RankedGroup g, boolean improvement, String more)
      throws IOException {
    Sheet s =
        sheet(
            o.title() + "-" + groupTitle(g.group()),
            w("排名：", "ranking: ") + heading(o, g.group(), more));
    s.above.add(heading(o, g.group(), more));
    for (OfficeDecision d : g.decisions()) {
      s.above.add("！" + view.decision(d));
    }
    for (CutTie t : g.cutTies()) {
      s.above.add(t.describe(view.language));
    }
    if (!g.withoutPrevious().isEmpty()) {
      s.above.add(
          w("无上期数据：", "without last period's facts: ")
              + String.join(w("、", ", "), g.withoutPrevious()));
    }
    boolean dense = view.dense(o);
    boolean across = g.group().contains("+");
    List<String> headers = new ArrayList<>();
    headers.add(w("名次", "rank"));
    if (dense) {
      headers.add(w("位次", "position"));
    }
    headers.add(w("单位编号", "unit"));
    headers.add(w("单位", "name"));
    if (across) {
      headers.add(w("组别", "group"));
    }
    if (improvement) {
      headers.add(w("进步分值", "improvement"));
      headers.add(valueHeader(on, w("本期得分", "score")));
      headers.add(w("上期得分", "previous"));
    } else {
      headers.add(valueHeader(on, w("得分", "score")));
    }
    if (on.isPresent()) {
      headers.add(w("总分", "total"));
    }
    headers.addAll(List.of(w("奖项", "awards"), w("一票否决", "vetoes"), w("备注", "notes")));
    s.table(
        headers,
        rows(
            g.placings(),
            p -> {
              UnitResult u = view.unit(p.unitId());
              List<@Nullable Object> row = new ArrayList<>();
              row.add(p.rank().orElse(null));
              if (dense) {
                row.add(p.position().orElse(null));
              }
              row.add(p.unitId());
              row.add(view.name(p.unitId()));
              if (across) {
                row.add(groupTitle(u.group()));
              }
              row.add(p.value());
              if (improvement) {
                row.add(p.score());
                row.add(p.previous().orElse(null));
              }
              if (on.isPresent()) {
                row.add(u.total());
              }
              row.add(String.join(w("、", ", "), p.awards()));
              row.add(vetoes(u));
              row.add(notes(o, p, g.cutTies()));
              return row.toArray();
            }),
        dense ? 4 : 3);
  }

  /** The value column's header: the score, or the node ranked on by its title. */
  private String valueHeader(Optional<String> on, String score) {
    if (on.isEmpty()) {
      return score;
    }
    for (NodeTable.Entry e : view.nodes.entries) {
      if (e.id().equals(on.get())) {
        return e.title();
      }
    }
    return on.get();
  }

  /** Notes on a placing in the scheme's language: disqualification, withheld awards, ties. */
  private String notes(OutcomeResult o, Placing p, List<CutTie> ties) {
    if (!chinese) {
      String notes = view.notes(o, p);
      String tie = ResultsView.tieOf(ties, p.unitId());
      return tie == null ? notes : (notes.isEmpty() ? "" : notes + "; ") + "tied at " + tie;
    }
    List<String> notes = new ArrayList<>();
    if (p.disqualified()) {
      UnitResult u = view.unit(p.unitId());
      notes.add(
          "一票否决，取消评优资格"
              + (u.isHeadBarred() ? "，主要负责人不得评优" : "")
              + (p.position().isEmpty() ? "，不参加排名" : ""));
    }
    for (Withheld x : p.withheld()) {
      notes.add(
          switch (x.reason()) {
            case DISQUALIFIED -> "不授予“" + x.award() + "”（一票否决）";
            case TIE_AT_CUT -> x.describe(view.language);
            case INELIGIBLE ->
                "不授予“"
                    + x.award()
                    + "”（"
                    + award(o, x.award())
                        .flatMap(Award::eligible)
                        .map(e -> "得分不在" + e + "之内")
                        .orElse("不符合条件")
                    + "）";
          });
    }
    for (CutTie t : ties) {
      if (t.unitIds().contains(p.unitId())) {
        String end = t.end() == Award.End.BOTTOM ? "倒数" : "";
        notes.add(
            "同分并列"
                + (t.from() == t.to()
                    ? end + "第" + t.from() + "名"
                    : end + "第" + t.from() + "至" + t.to() + "名"));
      }
    }
    return String.join("；", notes);
  }

  private Optional<Award> award(OutcomeResult o, String label) {
    Outcome rule = rules.get(o.outcomeId());
    List<Award> awards =
        rule instanceof Ranking r
            ? r.awards()
            : rule instanceof io.github.kaoping.scoring.Improvement i ? i.awards() : List.of();
    return awards.stream().filter(a -> a.label().equals(label)).findFirst();
  }

  /** The vetoes a unit set off, by title and clause, and how many times if more than once. */
  private String vetoes(UnitResult u) {
    List<String> out = new ArrayList<>();
    for (TriggeredVeto v : u.vetoes()) {
      String clause = v.clause().map(c -> w("〔" + c + "〕", " [" + c + "]")).orElse("");
      String times = v.times() > 1 ? w("（" + v.times() + "次）", " (" + v.times() + " times)") : "";
      out.add(v.title() + clause + times);
    }
    return String.join(w("；", "; "), out);
  }

  // ================================================================== bands

  private void banded(OutcomeResult o, Optional<String> on, BandedGroup g) throws IOException {
    Sheet s =
        sheet(
            o.title() + "-" + groupTitle(g.group()),
            w("分档：", "bands: ") + heading(o, g.group(), ""));
    s.above.add(heading(o, g.group(), ""));
    List<String> headers = new ArrayList<>();
    headers.add(w("单位编号", "unit"));
    headers.add(w("单位", "name"));
    headers.add(valueHeader(on, w("得分", "score")));
    if (on.isPresent()) {
      headers.add(w("总分", "total"));
    }
    headers.addAll(List.of(w("档次", "band"), w("一票否决", "vetoes")));
    s.table(
        headers,
        rows(
            g.units(),
            (Banded b) -> {
              UnitResult u = view.unit(b.unitId());
              List<@Nullable Object> row = new ArrayList<>();
              row.add(b.unitId());
              row.add(view.name(b.unitId()));
              row.add(b.score());
              if (on.isPresent()) {
                row.add(u.total());
              }
              row.add(b.band().orElse(""));
              row.add(vetoes(u));
              return row.toArray();
            }),
        2);
  }

  // ================================================================== gradings

  private void grading(GradingWords words, GradingResult r, String group) throws IOException {
    String clause = r.clause().map(c -> w("〔" + c + "〕", " [" + c + "]")).orElse("");
    String heading =
        r.title() + clause + w("：", ": ") + groupTitle(group) + w("，", ", ") + words.asOf(r);
    Sheet s = sheet(r.title() + "-" + groupTitle(group), w("评定：", "grading: ") + heading);
    s.above.add(heading);
    List<GradeDecision> decisions =
        r.decisions().stream().filter(d -> d.group().equals(group)).toList();
    s.table(
        words.headers(true),
        rows(
            decisions,
            d ->
                new @Nullable Object[] {
                  d.unitId(),
                  view.name(d.unitId()),
                  d.score().orElse(null),
                  words.application(d.application()),
                  words.verdict(d),
                  words.held(d.heldBefore()),
                  words.held(d.heldAfter()),
                  words.notes(r, d)
                }),
        2);
  }

  // ================================================================== units no outcome places

  private void unplaced(List<UnitResult> units) throws IOException {
    Sheet s = sheet(w("得分", "scores"), w("未排名单位的得分", "the scores of units no outcome places"));
    s.above.add(w("各单位得分（未参加排名）", "scores (no outcome places these units)"));
    s.table(
        List.of(
            w("组别", "group"),
            w("单位编号", "unit"),
            w("单位", "name"),
            w("总分", "total"),
            w("一票否决", "vetoes")),
        rows(
            units,
            u ->
                new @Nullable Object[] {
                  groupTitle(u.group()), u.unitId(), view.name(u.unitId()), u.total(), vetoes(u)
                }),
        3);
  }

  // ================================================================== node points

  /**
   * Every unit's points on every node chosen: a row per unit (by group, then total, highest first),
   * a column per node in the scheme's order under three header rows (title; clause and maximum;
   * id), empty where the node was not scored for the unit.
   */
  private void nodePoints(ResultsView.NodeColumns nodes) throws IOException {
    Sheet s =
        sheet(
            w("各项得分", "node points"),
            w("每个单位在每个项目上的得分（与JSON结果相同）", "every unit's points on every node, as in JSON results"));
    List<NodeTable.Entry> entries = nodes.entries;
    int fixed = 4;
    List<String> headers =
        new ArrayList<>(
            List.of(w("单位编号", "unit"), w("单位", "name"), w("组别", "group"), w("总分", "total")));
    List<String> clauses = new ArrayList<>(List.of("", "", "", ""));
    List<String> ids = new ArrayList<>(List.of("unit", "name", "group", "total"));
    for (NodeTable.Entry e : entries) {
      headers.add(e.title());
      clauses.add(
          e.clause().map(c -> w("〔" + c + "〕", "[" + c + "] ")).orElse("")
              + e.maximum().map(m -> w("满分", "max ") + m).orElse(""));
      ids.add(e.id());
    }
    Iterable<@Nullable Object[]> units =
        rows(
            view.results.units(),
            u -> {
              @Nullable Object[] row = new Object[fixed + entries.size()];
              row[0] = u.unitId();
              row[1] = view.name(u.unitId());
              row[2] = groupTitle(u.group());
              row[3] = u.total();
              @Nullable NodePoints[] points = nodes.row(u);
              for (int i = 0; i < points.length; i++) {
                NodePoints p = points[i];
                row[fixed + i] = p == null ? null : p.points();
              }
              return row;
            });
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(c < fixed ? 24 : 12, Math.max(width(headers.get(c)), width(ids.get(c))));
    }
    for (@Nullable Object[] row : units) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    for (int c = 0; c < widths.length; c++) {
      s.ws.width(c, Math.min(MAX_WIDTH, Math.max(6, widths[c])) + 2);
    }
    // three header rows, frozen: titles; clauses and maxima; ids (grey, for programs)
    for (int c = 0; c < headers.size(); c++) {
      WorkbookWriter.text(s.ws, 0, c, headers.get(c));
      s.ws.style(0, c).bold().fillColor(HEAD_FILL).wrapText(true).set();
      WorkbookWriter.text(s.ws, 1, c, clauses.get(c));
      s.ws.style(1, c).fillColor(HEAD_FILL).wrapText(true).set();
      WorkbookWriter.text(s.ws, 2, c, ids.get(c));
      s.ws.style(2, c).fontColor(KEY_FONT).fillColor(KEY_FILL).set();
    }
    s.ws.freezePane(2, 3);
    s.rows(units, 3);
    s.ws.finish();
  }

  // ================================================================== explanation

  /**
   * What the workbook holds and how its numbers came about: the scheme and period, the parameters
   * the office set, the decisions it must make, the outcomes not decided, each sheet, and the nodes
   * with their clauses and maxima.
   */
  private void explanation() throws IOException {
    Scheme scheme = view.scheme;
    Sheet s = new Sheet(w("说明", "about"));
    List<@Nullable Object[]> lines = new ArrayList<>();
    String number =
        scheme.info().documentNumber().map(n -> w("（" + n + "）", " (" + n + ")")).orElse("");
    lines.add(new Object[] {w("考评结果", "Results"), scheme.title() + number});
    lines.add(new Object[] {w("考评办法编号", "scheme"), scheme.id()});
    view.results.period().ifPresent(p -> lines.add(new Object[] {w("期间", "period"), p}));
    scheme.maximum().ifPresent(m -> lines.add(new Object[] {w("满分", "maximum"), m}));
    lines.add(
        new Object[] {
          w("小数位", "decimals"),
          scheme
              .rounding()
              .map(r -> w("得分保留" + r.scale() + "位小数", r.scale() + " decimal places"))
              .orElse(w("不舍入", "not rounded"))
        });
    String policy = view.recordingPolicy();
    if (!policy.isEmpty()) {
      lines.add(new Object[] {w("记录方式", "recording"), policy});
    }
    String set = view.parametersSet();
    if (!set.isEmpty()) {
      lines.add(new Object[] {w("参数", "parameters"), set});
    }
    List<OfficeDecision> open = view.decisions();
    if (!open.isEmpty()) {
      lines.add(new Object[] {w("！待决定", "! to decide"), view.decisionsHeading(open.size())});
      for (OfficeDecision d : open) {
        lines.add(new Object[] {"", "！" + view.decision(d)});
      }
    }
    for (SkippedOutcome k : view.results.skipped()) {
      lines.add(new Object[] {w("未评定", "not decided"), k.describe(view.language)});
    }
    lines.add(new Object[] {"", ""});
    lines.add(new Object[] {w("工作表", "sheet"), w("内容", "holds")});
    for (String[] sheet : written) {
      lines.add(new Object[] {sheet[0], sheet[1]});
    }
    lines.add(new Object[] {"", ""});
    lines.add(
        new Object[] {
          w("项目", "nodes"),
          w(
              "各项得分表的列：编号、项目、条款与满分；得分由计分程序按考评办法逐条计算，每一分的来由可用 scoring explain 查看。",
              "the columns of the node points sheet: id, title, clause and maximum; scoring explain"
                  + " shows where every point of a unit comes from.")
        });
    for (NodeTable.Entry e : view.nodes.entries) {
      lines.add(
          new Object[] {
            e.id(),
            "  ".repeat(e.depth())
                + e.title()
                + e.clause().map(c -> w("〔" + c + "〕", " [" + c + "]")).orElse("")
                + e.maximum().map(m -> w("，满分", ", max ") + m).orElse("")
          });
    }
    s.ws.width(0, 24);
    s.ws.width(1, 100);
    int r = 0;
    for (@Nullable Object[] line : lines) {
      s.cell(r, 0, line[0]);
      s.cell(r, 1, line[1]);
      s.ws.style(r, 1).wrapText(true).set();
      r++;
    }
    s.ws.style(0, 0).bold().set();
    s.ws.style(0, 1).bold().fontSize(12).wrapText(true).set();
    s.ws.finish();
  }

  /** Rows made on demand, each time they are iterated. */
  private static <T> Iterable<@Nullable Object[]> rows(
      List<T> items, Function<T, @Nullable Object[]> row) {
    return ResultFiles.rows(items, row);
  }
}
