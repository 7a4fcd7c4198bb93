package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a scheme's facts workbook as {@link WorkbookLayout} lays it out: a template (the units the
 * scheme lists, no facts) for an office to fill in, or the facts of given units.
 *
 * <p>Every text cell is written by {@link #text}, as a string cell: a workbook never gets a formula
 * from its input, whatever the text starts with.
 */
final class WorkbookWriter {

  /** Rows of a unit or fact sheet that get validations, beyond those written. */
  private static final int SPARE_ROWS = 2000;

  /** Rows written between flushes, so a sheet of any size is written in bounded memory. */
  private static final int FLUSH_ROWS = 1000;

  private static final String TITLE_FILL = "DDEBF7";
  private static final String HEAD_FILL = "BDD7EE";
  private static final String KEY_FILL = "F2F2F2";
  private static final String KEY_FONT = "808080";
  private static final String ELSEWHERE_FILL = "E7E6E6";

  private static final String LISTS_REF = "'" + WorkbookLayout.LISTS + "'!";

  private final WorkbookLayout layout;
  private final Workbook wb;

  /** The lists of the drop-downs, by their column on the lists sheet. */
  private final List<List<String>> lists = new ArrayList<>();

  private final Map<String, String> listRefs = new HashMap<>();

  /** Per item with levels: its level's label by key, and key by label. */
  private final Map<String, Map<String, String>> levelLabels = new HashMap<>();

  private WorkbookWriter(WorkbookLayout layout, OutputStream out) {
    this.layout = layout;
    this.wb = new Workbook(out, "kaoping scoring", "1.0");
  }

  /**
   * Writes a template: the units each group lists, with the period, and no facts.
   *
   * @param out where to write; left open
   * @param scheme the scheme
   * @param period the period to fill in for the units listed, if any
   * @throws IOException if it cannot be written
   */
  static void template(OutputStream out, Scheme scheme, Optional<String> period)
      throws IOException {
    WorkbookLayout layout = new WorkbookLayout(scheme);
    Xlsx.stable(out, o -> new WorkbookWriter(layout, o).write(null, period, Recording.EVERY_CHECK));
  }

  /**
   * Writes the facts of units. The units are iterated once per sheet.
   *
   * @param out where to write; left open
   * @param scheme the scheme the facts are for
   * @param units the units
   * @throws IOException if it cannot be written
   * @throws IllegalArgumentException if a fact cannot be written in a workbook
   */
  static void facts(OutputStream out, Scheme scheme, Iterable<UnitFacts> units) throws IOException {
    WorkbookLayout layout = new WorkbookLayout(scheme);
    Recording recording = null;
    for (UnitFacts u : units) {
      if (recording != null && u.recording() != recording) {
        throw new IllegalArgumentException(
            "unit "
                + u.unitId()
                + " is recorded "
                + Names.of(u.recording())
                + ", the first unit "
                + Names.of(recording)
                + ": a workbook declares one recording policy for all its units");
      }
      recording = u.recording();
    }
    Recording policy = recording == null ? Recording.EVERY_CHECK : recording;
    Xlsx.stable(out, o -> new WorkbookWriter(layout, o).write(units, Optional.empty(), policy));
  }

  private void write(
      @Nullable Iterable<UnitFacts> units, Optional<String> period, Recording recording)
      throws IOException {
    prepareLists();
    instructions(period);
    for (WorkbookLayout.GroupSheet g : layout.groups) {
      groupSheet(g, units, period);
    }
    for (WorkbookLayout.FactSheet s : layout.factSheets) {
      factSheet(s, units);
    }
    settingsSheet(recording);
    listsSheet();
    wb.setActiveTab(layout.groups.isEmpty() ? 0 : 1);
    wb.finish();
  }

  // ================================================================== cells

  /**
   * Writes a text cell. Every text cell of a workbook is written here: as a string, never as a
   * formula, so that nothing from a scheme or facts file (a title, a unit's name, a note starting
   * with {@code =}) is evaluated by the spreadsheet program that opens it. Strings go to the
   * shared-strings table, as spreadsheet programs write them: Apache POI, which offices' systems
   * use to pre-fill workbooks, corrupts an inline string it overwrites.
   */
  static void text(Worksheet ws, int row, int column, String s) {
    if (!s.isEmpty()) {
      ws.value(row, column, s);
    }
  }

  private static void number(Worksheet ws, int row, int column, BigDecimal n) {
    ws.value(row, column, new BigDecimal(n.toPlainString()));
  }

  // ================================================================== drop-down lists

  private void prepareLists() {
    list("yesNo", List.of("是", "否"));
    list(
        WorkbookLayout.RECORDING,
        List.of(
            WorkbookLayout.label(Recording.EVERY_CHECK),
            WorkbookLayout.label(Recording.FAILURES_ONLY)));
    list("joint", List.of("主办", "联办"));
    list("node", layout.nodeChoices);
    list("veto", layout.vetoChoices);
    if (layout.unitDropDown) {
      list("unit", layout.unitChoices);
    }
    list("kind", new ArrayList<>(layout.kinds));
    list("level", new ArrayList<>(layout.levels));
    for (WorkbookLayout.GroupSheet g : layout.groups) {
      for (WorkbookLayout.ItemColumn c : g.items()) {
        if (c.column().meaning() == FactColumns.Meaning.LEVEL
            && !levelLabels.containsKey(c.node().id())) {
          Rule.Levels levels = (Rule.Levels) c.node().rule().orElseThrow();
          Map<String, String> labels = levelLabels(levels);
          levelLabels.put(c.node().id(), labels);
          list("level:" + c.node().id(), new ArrayList<>(labels.values()));
        }
      }
    }
  }

  /**
   * The label of each level in a drop-down: its title, or "key title" where two titles are alike.
   */
  static Map<String, String> levelLabels(Rule.Levels levels) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean distinct =
        levels.levels().stream().map(Rule.Level::title).distinct().count()
            == levels.levels().size();
    for (Rule.Level l : levels.levels()) {
      out.put(l.key(), distinct ? l.title() : l.key() + " " + l.title());
    }
    return out;
  }

  private void list(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    String column = Xlsx.columnName(lists.size() + 1);
    lists.add(values);
    listRefs.put(name, LISTS_REF + "$" + column + "$1:$" + column + "$" + values.size());
  }

  private void listsSheet() throws IOException {
    Worksheet ws = wb.newWorksheet(WorkbookLayout.LISTS);
    for (int c = 0; c < lists.size(); c++) {
      List<String> values = lists.get(c);
      for (int r = 0; r < values.size(); r++) {
        text(ws, r, c, values.get(r));
      }
    }
    ws.setVisibilityState(VisibilityState.HIDDEN);
    ws.finish();
  }

  private void dropDown(Worksheet ws, int column, int lastRow, String list) {
    String ref = listRefs.get(list);
    if (ref == null) {
      return;
    }
    ws.range(WorkbookLayout.FIRST_ROW - 1, column, lastRow, column)
        .validateWithListByFormula(ref)
        .allowBlank(true)
        .showDropdown(true)
        .errorStyle(DataValidationErrorStyle.STOP)
        .showErrorMessage(true)
        .errorTitle("请从下拉列表选择")
        .error("请从下拉列表中选择一项。");
  }

  /**
   * A rule a cell's value must meet, as a formula on the column's first data cell. Fastexcel 0.19
   * writes a validation's formula and messages into the XML unescaped, so they must hold no {@code
   * <}, {@code &} or {@code "}: bounds are written with {@code >} and {@code NOT}.
   */
  private static void rule(Worksheet ws, int column, int lastRow, String formula, String error) {
    if (formula.matches(".*[<&\"].*") || error.matches(".*[<&\"].*")) {
      throw new IllegalArgumentException("not safe unescaped in XML: " + formula + " " + error);
    }
    String cell = Xlsx.columnName(column + 1) + WorkbookLayout.FIRST_ROW;
    ws.range(WorkbookLayout.FIRST_ROW - 1, column, lastRow, column)
        .validateWithFormula(formula.replace("X", cell))
        .allowBlank(true)
        .errorStyle(DataValidationErrorStyle.STOP)
        .showErrorMessage(true)
        .errorTitle("填写有误")
        .error(error);
  }

  private static final String WHOLE = "AND(ISNUMBER(X),X>=0,X=INT(X))";

  // ================================================================== instructions

  private void instructions(Optional<String> period) throws IOException {
    Worksheet ws = wb.newWorksheet(WorkbookLayout.INSTRUCTIONS);
    ws.width(0, 110);
    Scheme s = layout.scheme;
    List<String> lines = new ArrayList<>();
    String number = s.info().documentNumber().map(n -> "（" + n + "）").orElse("");
    lines.add(s.title() + number + " 考评表");
    lines.add(
        "考评办法编号 "
            + s.id()
            + period.map(p -> "；期间 " + p).orElse("")
            + "。填好后计分：scoring score --scheme "
            + s.id()
            + " --facts 本文件.xlsx");
    lines.add("");
    lines.add("填写方法");
    List<String> names = new ArrayList<>();
    layout.groups.forEach(g -> names.add("「" + g.name() + "」"));
    lines.add(
        "1. 每个单位组一张表（"
            + String.join("、", names)
            + "）：每行一个单位，每列一个考评项目。第1至3行是项目、条款、满分和填写要求，第4行（灰色）是编号；"
            + "请勿修改第1至4行，也不要改A1单元格。");
    lines.add("2. 单位编号必填；考评办法列有名单的单位已预先填好。期间可空，但同一次计分的单位应为同一期间。单位编号为空且未填任何项目的行不读。");
    lines.add(
        "3. 次数列填不小于0的整数（未发生填0或留空）；金额、数值和分值列填数字；“是/否”列和等级列从下拉列表选择；"
            + "评分列每位评分人一列。只有考评办法要求的项目必须填写，漏填会报错。");
    String occurrences =
        layout.factSheetNames.getOrDefault(WorkbookLayout.FactSheet.OCCURRENCES, "");
    if (!occurrences.isEmpty()) {
      lines.add(
          "4. 灰色的项目列不填：这些项目的扣分或加分按类别、级别或所定分值计，请在「"
              + occurrences
              + "」表逐条登记。其他按次数计分的项目，也可以在该表逐条登记（带编号、说明和依据），与次数列相加。");
      lines.add(
          "5. 「"
              + occurrences
              + "」表每行一项：单位编号和考评项目必填，事项编号可空（空时以所在单元格为编号，同一单位的编号不得重复）；"
              + "次数可空（为1次）；分值只在扣分为区间（如“扣5至10分”）时填写所定分值。");
    }
    String vetoes = layout.factSheetNames.getOrDefault(WorkbookLayout.FactSheet.VETO_EVENTS, "");
    if (!vetoes.isEmpty()) {
      lines.add("6. 「" + vetoes + "」表每行一件一票否决事件：单位编号和否决事项必填。");
    }
    String na = layout.factSheetNames.getOrDefault(WorkbookLayout.FactSheet.NOT_APPLICABLE, "");
    if (!na.isEmpty()) {
      lines.add("7. 「" + na + "」表登记不属于单位职责的考评项目及理由；该项目不再填写其他事实。");
    }
    lines.add(
        "8. 公式：读取公式计算后保存的值；没有保存结果的公式和错误值（如 #DIV/0!）会报错。日期按日期读取；"
            + "在数字列填入日期会报错。数字按表格程序保存的15位有效数字读取。");
    lines.add("9. 数据区（第5行起）不得合并单元格。自行添加的工作表、第4行编号为空的列都不读。");
    lines.add(
        "10. 有任何错误时不计分：每个错误都会列出所在工作表、单元格和考评项目，例如 "
            + (layout.groups.isEmpty() ? "表" : layout.groups.get(0).name())
            + "!H7 (s1.2): expected a count of occurrences, such as 2, found '三次'。");
    lines.add(
        "11. 「"
            + WorkbookLayout.SETTINGS_TITLE
            + "」表选择记录方式：逐项记录（默认，每个检查项目都登记是否达标）或只记未达标（未登记的检查项目视为达标）。");
    lines.add("");
    lines.add("单位组");
    for (int i = 0; i < lines.size(); i++) {
      text(ws, i, 0, lines.get(i));
      ws.style(i, 0).wrapText(true).set();
    }
    ws.style(0, 0).bold().fontSize(14).set();
    ws.style(3, 0).bold().set();
    ws.style(lines.size() - 1, 0).bold().set();
    int r = lines.size();
    for (WorkbookLayout.GroupSheet g : layout.groups) {
      UnitGroup group = g.group();
      text(
          ws,
          r++,
          0,
          "「"
              + g.name()
              + "」 "
              + group.title()
              + "（"
              + group.id()
              + group.clause().map(c -> "，" + c).orElse("")
              + (group.units().isEmpty() ? "，未列名单" : "，" + group.units().size() + "个单位")
              + "）");
    }
    ws.finish();
  }

  // ================================================================== unit sheets

  private void groupSheet(
      WorkbookLayout.GroupSheet g, @Nullable Iterable<UnitFacts> units, Optional<String> period)
      throws IOException {
    Worksheet ws = wb.newWorksheet(g.name());
    List<WorkbookLayout.ItemColumn> items = g.items();
    int first = 3; // columns A-C: unit, name, period
    UnitGroup group = g.group();
    key(ws, 0, WorkbookLayout.GROUP + group.id());
    text(ws, 0, 1, group.title());
    text(ws, 0, 2, group.clause().orElse(""));
    head(ws, 0, "单位编号", "必填", WorkbookLayout.UNIT);
    head(ws, 1, "单位名称", "不读", WorkbookLayout.NAME);
    head(ws, 2, "期间", "如 2024", WorkbookLayout.PERIOD);
    ws.width(0, 14);
    ws.width(1, 22);
    ws.width(2, 8);
    for (int c = 0; c < 3; c++) {
      ws.style(c).format("@").set();
    }
    ws.style(0, 1).bold().fillColor(TITLE_FILL).set();
    ws.style(0, 2).fillColor(TITLE_FILL).set();
    int sectionStart = first;
    for (int i = 0; i < items.size(); i++) {
      WorkbookLayout.ItemColumn item = items.get(i);
      int c = first + i;
      FactColumns.Column col = item.column();
      String title = item.node().title() + (col.title().isEmpty() ? "" : "：" + col.title());
      head(ws, c, title, hint(item), col.key());
      ws.width(c, 14);
      if (col.meaning() == FactColumns.Meaning.ELSEWHERE) {
        ws.style(c).fillColor(ELSEWHERE_FILL).set();
      } else if (col.meaning() == FactColumns.Meaning.COUNT) {
        ws.style(c).format("0").set();
      } else if (col.meaning() == FactColumns.Meaning.MET
          || col.meaning() == FactColumns.Meaning.LEVEL
          || col.meaning() == FactColumns.Meaning.NAMED) {
        ws.style(c).format("@").set();
      }
      boolean last = i == items.size() - 1 || !items.get(i + 1).section().equals(item.section());
      if (last) {
        text(ws, 0, sectionStart, item.section());
        ws.range(0, sectionStart, 0, c).style().bold().fillColor(TITLE_FILL).set();
        if (c > sectionStart) {
          ws.range(0, sectionStart, 0, c).merge();
        }
        sectionStart = c + 1;
      }
    }
    headerRows(ws, first + items.size());
    ws.freezePane(2, WorkbookLayout.KEY_ROW);
    int row = WorkbookLayout.FIRST_ROW - 1;
    if (units == null) {
      for (Unit u : group.units()) {
        text(ws, row, 0, u.id());
        text(ws, row, 1, u.name());
        text(ws, row, 2, period.orElse(""));
        row++;
      }
    } else {
      Map<String, String> names = new HashMap<>();
      group.units().forEach(u -> names.put(u.id(), u.name()));
      for (UnitFacts u : units) {
        if (!u.group().equals(group.id())) {
          continue;
        }
        text(ws, row, 0, u.unitId());
        text(ws, row, 1, names.getOrDefault(u.unitId(), ""));
        text(ws, row, 2, u.period().orElse(""));
        Placed placed = place(u);
        for (int i = 0; i < items.size(); i++) {
          Object v = placed.cells.get(items.get(i).column().key());
          if (v instanceof String s) {
            text(ws, row, first + i, s);
          } else if (v instanceof BigDecimal n) {
            number(ws, row, first + i, n);
          }
        }
        if (++row % FLUSH_ROWS == 0) {
          ws.flush();
        }
      }
    }
    int lastRow = Math.max(row, WorkbookLayout.FIRST_ROW - 1) + SPARE_ROWS;
    for (int i = 0; i < items.size(); i++) {
      validate(ws, first + i, lastRow, items.get(i));
    }
    ws.finish();
  }

  private static String hint(WorkbookLayout.ItemColumn item) {
    io.github.kaoping.scoring.Node node = item.node();
    FactColumns.Column col = item.column();
    String head =
        node.clause().orElse("")
            + node.maximum().map(m -> " 满分" + m).orElse("")
            + (node.clause().isPresent() || node.maximum().isPresent() ? "\n" : "");
    Rule rule = node.rule().orElseThrow();
    String what =
        switch (col.meaning()) {
          case COUNT -> "填次数" + rateTitle(node).map(t -> "：" + t).orElse("");
          case AMOUNT -> "填金额" + unit(rule);
          case MEASURED -> "填数值" + unit(rule);
          case ASSESSED -> "填分值";
          case MET -> "是/否";
          case LEVEL -> "选等级";
          case SCORE -> "填评分（满分" + ((Rule.Panel) rule).scale().toPlainString() + "）";
          case NAMED ->
              ((Rule.Checklist) rule).direction() == Direction.DEDUCT
                  ? "填缺少的要素，用；分隔"
                  : "填具备的要素，用；分隔";
          case ELSEWHERE -> "不填：见事项表";
        };
    return head + what;
  }

  private static Optional<String> rateTitle(io.github.kaoping.scoring.Node node) {
    if (node.rule().orElseThrow() instanceof Rule.PerOccurrence per) {
      return per.rates().get(0).title();
    }
    for (Gate g : node.gates()) {
      return Optional.of(g.title());
    }
    return Optional.empty();
  }

  private static String unit(Rule rule) {
    String u = "";
    if (rule instanceof Rule.Tiers t) {
      u = t.unit();
    } else if (rule instanceof Rule.Proportional p) {
      u = p.unit();
    } else if (rule instanceof Rule.ShortfallSteps s) {
      u = s.unit();
    } else if (rule instanceof Rule.AmountSteps a) {
      u = a.unit();
    }
    return u.isEmpty() ? "" : "（" + u + "）";
  }

  private void validate(Worksheet ws, int c, int lastRow, WorkbookLayout.ItemColumn item) {
    io.github.kaoping.scoring.Node node = item.node();
    Rule rule = node.rule().orElseThrow();
    switch (item.column().meaning()) {
      case COUNT -> rule(ws, c, lastRow, WHOLE, "请填写不小于0的整数（次数）。");
      case AMOUNT -> rule(ws, c, lastRow, "AND(ISNUMBER(X),X>=0)", "请填写不小于0的金额。");
      case MEASURED ->
          rule(
              ws,
              c,
              lastRow,
              rule instanceof Rule.Conversion ? "ISNUMBER(X)" : "AND(ISNUMBER(X),X>=0)",
              "请填写数值。");
      case ASSESSED -> {
        Rule.Assessed a = (Rule.Assessed) rule;
        String low = a.min().map(p -> p.toString()).orElse("0");
        Optional<String> high =
            a.max().or(node::maximum).map(io.github.kaoping.scoring.Points::toString);
        rule(
            ws,
            c,
            lastRow,
            "AND(ISNUMBER(X),X>=" + low + high.map(h -> ",NOT(X>" + h + ")").orElse("") + ")",
            "请填写" + low + high.map(h -> "至" + h).orElse("以上") + "的分值。");
      }
      case MET -> dropDown(ws, c, lastRow, "yesNo");
      case LEVEL -> dropDown(ws, c, lastRow, "level:" + node.id());
      case SCORE ->
          rule(
              ws,
              c,
              lastRow,
              "AND(ISNUMBER(X),X>=0,NOT(X>" + ((Rule.Panel) rule).scale().toPlainString() + "))",
              "请填写0至" + ((Rule.Panel) rule).scale().toPlainString() + "的评分。");
      case NAMED -> {}
      case ELSEWHERE -> rule(ws, c, lastRow, "FALSE()", "此项目不在本表填写，请在事项表逐条登记。");
    }
  }

  /** Writes a column's header: title, hint and key; A1's key is written by {@link #key}. */
  private static void head(Worksheet ws, int column, String title, String hint, String key) {
    text(ws, WorkbookLayout.HEAD_ROW - 1, column, title);
    text(ws, WorkbookLayout.HINT_ROW - 1, column, hint);
    text(ws, WorkbookLayout.KEY_ROW - 1, column, key);
  }

  private static void key(Worksheet ws, int column, String key) {
    text(ws, 0, column, key);
    ws.style(0, column).fontColor(KEY_FONT).fillColor(KEY_FILL).set();
  }

  private static void headerRows(Worksheet ws, int columns) {
    int last = Math.max(columns - 1, 0);
    ws.range(WorkbookLayout.HEAD_ROW - 1, 0, WorkbookLayout.HEAD_ROW - 1, last)
        .style()
        .bold()
        .wrapText(true)
        .fillColor(HEAD_FILL)
        .verticalAlignment("center")
        .set();
    ws.range(WorkbookLayout.HINT_ROW - 1, 0, WorkbookLayout.HINT_ROW - 1, last)
        .style()
        .wrapText(true)
        .fontSize(9)
        .verticalAlignment("top")
        .set();
    ws.range(WorkbookLayout.KEY_ROW - 1, 0, WorkbookLayout.KEY_ROW - 1, last)
        .style()
        .fontColor(KEY_FONT)
        .fillColor(KEY_FILL)
        .fontSize(9)
        .set();
    ws.rowHeight(WorkbookLayout.HEAD_ROW - 1, 48);
    ws.rowHeight(WorkbookLayout.HINT_ROW - 1, 48);
  }

  // ================================================================== fact sheets

  private void factSheet(WorkbookLayout.FactSheet s, @Nullable Iterable<UnitFacts> units)
      throws IOException {
    Worksheet ws = wb.newWorksheet(layout.factSheetNames.get(s));
    List<WorkbookLayout.Field> fields = s.fields;
    key(ws, 0, s.key);
    text(ws, 0, 1, s.title);
    ws.style(0, 1).bold().fillColor(TITLE_FILL).set();
    for (int c = 0; c < fields.size(); c++) {
      WorkbookLayout.Field f = fields.get(c);
      head(ws, c, f.title(), f.hint(), f.key());
      ws.width(
          c,
          switch (f.type()) {
            case NODE, VETO -> 28;
            case TEXT, EVIDENCE -> 18;
            default -> 12;
          });
      switch (f.type()) {
        case WHOLE, DECIMAL, SHARE -> {}
        case DATE -> ws.style(c).format("yyyy-mm-dd").set();
        default -> ws.style(c).format("@").set();
      }
    }
    headerRows(ws, fields.size());
    ws.freezePane(1, WorkbookLayout.KEY_ROW);
    int row = WorkbookLayout.FIRST_ROW - 1;
    if (units != null) {
      for (UnitFacts u : units) {
        for (Fact f : place(u).rows) {
          if (sheetOf(f) != s) {
            continue;
          }
          Map<String, Object> values = FactRows.values(f);
          text(ws, row, 0, u.unitId());
          text(ws, row, 1, u.period().orElse(""));
          for (int c = 2; c < fields.size(); c++) {
            Object v = values.get(fields.get(c).key());
            if (v instanceof String t) {
              text(ws, row, c, t);
            } else if (v instanceof BigDecimal n) {
              number(ws, row, c, n);
            } else if (v instanceof LocalDate d) {
              ws.value(row, c, d);
              ws.style(row, c).format("yyyy-mm-dd").set();
            }
          }
          if (++row % FLUSH_ROWS == 0) {
            ws.flush();
          }
        }
      }
    }
    int lastRow = row + SPARE_ROWS;
    for (int c = 0; c < fields.size(); c++) {
      switch (fields.get(c).type()) {
        case UNIT -> dropDown(ws, c, lastRow, "unit");
        case NODE -> dropDown(ws, c, lastRow, "node");
        case VETO -> dropDown(ws, c, lastRow, "veto");
        case KIND -> dropDown(ws, c, lastRow, "kind");
        case LEVEL -> dropDown(ws, c, lastRow, "level");
        case YES_NO -> dropDown(ws, c, lastRow, "yesNo");
        case JOINT -> dropDown(ws, c, lastRow, "joint");
        case WHOLE -> rule(ws, c, lastRow, "AND(ISNUMBER(X),X>=1,X=INT(X))", "请填写不小于1的整数。");
        case DECIMAL -> rule(ws, c, lastRow, "ISNUMBER(X)", "请填写数字。");
        case SHARE -> rule(ws, c, lastRow, "AND(ISNUMBER(X),X>0,NOT(X>1))", "请填写大于0、不大于1的比例。");
        case DATE -> rule(ws, c, lastRow, "ISNUMBER(X)", "请填写日期，如 2024-04-02。");
        case TEXT, EVIDENCE, SCORES -> {}
      }
    }
    ws.finish();
  }

  private static WorkbookLayout.FactSheet sheetOf(Fact f) {
    if (f instanceof VetoEvent) {
      return WorkbookLayout.FactSheet.VETO_EVENTS;
    }
    if (f instanceof NotApplicable) {
      return WorkbookLayout.FactSheet.NOT_APPLICABLE;
    }
    return WorkbookLayout.FactSheet.OCCURRENCES;
  }

  // ================================================================== settings

  /** The sheet of settings that hold for every unit: how checks are recorded. */
  private void settingsSheet(Recording recording) throws IOException {
    Worksheet ws = wb.newWorksheet(WorkbookLayout.SETTINGS_TITLE);
    key(ws, 0, WorkbookLayout.SETTINGS);
    text(ws, 0, 1, WorkbookLayout.SETTINGS_TITLE);
    ws.style(0, 1).bold().fillColor(TITLE_FILL).set();
    head(
        ws,
        0,
        "记录方式",
        "逐项记录：每个检查项目都登记是否达标，漏登记的报错；只记未达标：只登记未达标的，未登记的检查项目视为达标" + "（实测值、评分、等级仍须填写）",
        WorkbookLayout.RECORDING);
    ws.width(0, 40);
    headerRows(ws, 1);
    ws.freezePane(1, WorkbookLayout.KEY_ROW);
    text(ws, WorkbookLayout.FIRST_ROW - 1, 0, WorkbookLayout.label(recording));
    dropDown(ws, 0, WorkbookLayout.FIRST_ROW - 1, WorkbookLayout.RECORDING);
    ws.finish();
  }

  // ================================================================== placing facts

  /**
   * Where a unit's facts go: cells of its row by column key (text or number), and facts for the
   * fact sheets.
   */
  private record Placed(Map<String, Object> cells, List<Fact> rows) {}

  private Placed place(UnitFacts u) {
    Map<String, Object> cells = new HashMap<>();
    Map<String, List<String>> named = new LinkedHashMap<>();
    List<Fact> rows = new ArrayList<>();
    for (Fact f : u.facts()) {
      if (f instanceof VetoEvent || f instanceof NotApplicable) {
        if (!layout.factSheets.contains(sheetOf(f))) {
          throw notWritable(u, f, "the scheme has no sheet for it");
        }
        rows.add(f);
        continue;
      }
      FactColumns.Column own = layout.columns.byKey(f.target());
      if (f instanceof Occurrence o) {
        String text = own == null ? null : FactColumns.text(o, own);
        if (own != null && text != null && !cells.containsKey(own.key())) {
          cells.put(own.key(), new BigDecimal(text));
        } else if (layout.factSheets.contains(WorkbookLayout.FactSheet.OCCURRENCES)) {
          rows.add(f);
        } else {
          throw notWritable(u, f, "the scheme has no sheet for occurrences");
        }
        continue;
      }
      if (f.provenance().isPresent()) {
        throw notWritable(u, f, "a cell holds no provenance; give it in YAML or JSON");
      }
      if (f instanceof RaterScores r) {
        for (int i = 0; i < r.scores().size(); i++) {
          FactColumns.Column col = layout.columns.byKey(f.target() + "#" + (i + 1));
          if (col == null) {
            throw notWritable(u, f, "its node is not scored by a panel");
          }
          put(u, f, cells, col.key(), r.scores().get(i));
        }
        continue;
      }
      if (f instanceof Check c) {
        String key = c.key().isEmpty() ? c.nodeId() : c.nodeId() + ":" + c.key();
        FactColumns.Column col = layout.columns.byKey(key);
        if (col != null && col.meaning() == FactColumns.Meaning.MET) {
          put(u, f, cells, col.key(), c.met() ? "是" : "否");
        } else if (own != null
            && own.meaning() == FactColumns.Meaning.NAMED
            && !c.key().isEmpty()
            && c.met() == (direction(own) == Direction.EARN)) {
          named.computeIfAbsent(own.key(), k -> new ArrayList<>()).add(c.key());
        } else {
          throw notWritable(u, f, "the item has no column for it");
        }
        continue;
      }
      Object value = null;
      if (f instanceof AssessedLevel l && own != null) {
        Map<String, String> labels = levelLabels.get(l.nodeId());
        value = labels == null ? null : labels.get(l.level());
      } else if (own != null) {
        String text = FactColumns.text(f, own);
        value = text == null ? null : new BigDecimal(text);
      }
      if (own == null || value == null) {
        throw notWritable(u, f, "it does not fit the item's column");
      }
      put(u, f, cells, own.key(), value);
    }
    named.forEach((key, names) -> cells.put(key, String.join("；", names)));
    return new Placed(cells, rows);
  }

  private Direction direction(FactColumns.Column named) {
    io.github.kaoping.scoring.Node node = layout.columns.node(named.node());
    if (node != null && node.rule().orElse(null) instanceof Rule.Checklist list) {
      return list.direction();
    }
    throw new IllegalStateException(named.key());
  }

  private static void put(
      UnitFacts u, Fact f, Map<String, Object> cells, String key, Object value) {
    if (cells.putIfAbsent(key, value) != null) {
      throw notWritable(u, f, "its column already holds another fact");
    }
  }

  private static IllegalArgumentException notWritable(UnitFacts u, Fact f, String why) {
    return new IllegalArgumentException(
        "unit "
            + u.unitId()
            + ": "
            + f.label()
            + " on "
            + f.target()
            + " cannot be written in a workbook: "
            + why);
  }
}
