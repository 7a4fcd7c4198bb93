package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Direction;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the units of a facts workbook laid out as {@link WorkbookLayout} says: first the fact
 * sheets (occurrences, veto events, items not applicable), held in memory by unit; then the unit
 * sheets, streamed a row at a time, each row a unit with the facts of its cells and those of the
 * fact sheets' rows for it.
 *
 * <p>Every problem names its sheet and cell. A unit sheet's merged ranges are known only after its
 * last row, so a merge in its data is reported after its units, as a problem of the file.
 */
final class WorkbookUnits implements UnitSource {

  private final Path path;
  private final String file;
  private final Xlsx.Limits limits;
  private final Limits textLimits;
  private final WorkbookLayout layout;
  private final Problems problems;
  private final FactsCodec codec;
  private @Nullable XlsxPackage pkg;
  private boolean started;
  private boolean done;

  /** The unit sheets still to read. */
  private final Deque<UnitSheet> unitSheets = new ArrayDeque<>();

  private @Nullable UnitSheet current;

  /** How the units' checks are recorded, as the settings sheet says. */
  private Recording recording = Recording.EVERY_CHECK;

  /** Facts of the fact sheets, by unit id, until their unit's row is read. */
  private final Map<String, List<Row>> pending = new LinkedHashMap<>();

  /**
   * For each unit id whose rows without a period were given, the period of the row they went to.
   */
  private final Map<String, String> givenTo = new HashMap<>();

  /** A fact read from a fact sheet, and where. */
  private record Row(Optional<String> period, Fact fact, Doc.Loc loc) {}

  /**
   * A unit sheet being read.
   *
   * @param sheet the sheet's reference
   * @param group the group
   * @param columns what each keyed column holds, by column number
   */
  private record UnitSheet(
      XlsxPackage.SheetRef sheet,
      UnitGroup group,
      Map<Integer, WorkbookLayout.ItemColumn> columns,
      int unitColumn,
      int periodColumn,
      Holder open) {}

  /** The open sheet of a unit sheet, and the first data row read ahead while skipping headers. */
  private static final class Holder {
    @Nullable XlsxSheet sheet;
    XlsxSheet.@Nullable Row ahead;
  }

  WorkbookUnits(Path path, String file, Xlsx.Limits limits, Limits textLimits, Scheme scheme) {
    this.path = path;
    this.file = file;
    this.limits = limits;
    this.textLimits = textLimits;
    this.layout = new WorkbookLayout(scheme);
    this.problems = new Problems(file);
    this.codec = new FactsCodec(problems);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public @Nullable Item next() {
    if (done) {
      return null;
    }
    problems.clear();
    try {
      if (!started) {
        started = true;
        start();
        if (!problems.isEmpty()) {
          return new Item(null, problems.inOrder(), problems.dropped());
        }
      }
      while (true) {
        UnitSheet s = current;
        if (s == null) {
          s = unitSheets.poll();
          if (s == null) {
            done = true;
            leftovers();
            return problems.isEmpty()
                ? null
                : new Item(null, problems.inOrder(), problems.dropped());
          }
          current = s;
          openUnitSheet(s);
          if (!problems.isEmpty()) {
            return new Item(null, problems.inOrder(), problems.dropped());
          }
        }
        XlsxSheet sheet = s.open().sheet;
        XlsxSheet.Row row = s.open().ahead;
        s.open().ahead = null;
        if (row == null && sheet != null) {
          row = sheet.next();
        }
        if (row == null) {
          current = null;
          if (sheet != null) {
            merges(s.sheet().name(), sheet.merges(), s.columns().keySet());
            sheet.close();
          }
          if (!problems.isEmpty()) {
            return new Item(null, problems.inOrder(), problems.dropped());
          }
          continue;
        }
        FactsCodec.Parsed unit = unit(s, row);
        if (unit != null) {
          return new Item(unit.recorded(recording), problems.inOrder(), problems.dropped());
        }
        if (!problems.isEmpty()) {
          return new Item(null, problems.inOrder(), problems.dropped());
        }
      }
    } catch (InvalidFileException e) {
      done = true;
      List<FileProblem> all = new ArrayList<>(problems.inOrder());
      all.addAll(e.problems());
      return new Item(null, all, problems.dropped() + e.unlisted());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ================================================================== the sheets

  /** Opens the workbook, tells its sheets apart by A1 and reads the fact sheets. */
  private void start() throws IOException {
    XlsxPackage p = XlsxPackage.open(path, file, limits);
    pkg = p;
    Map<String, UnitGroup> groups = new HashMap<>();
    layout.scheme.groups().forEach(g -> groups.put(g.id(), g));
    Map<String, WorkbookLayout.GroupSheet> sheetsByGroup = new HashMap<>();
    layout.groups.forEach(g -> sheetsByGroup.put(g.group().id(), g));
    for (XlsxPackage.SheetRef ref : p.sheets()) {
      Holder holder = new Holder();
      XlsxSheet sheet = p.open(ref);
      holder.sheet = sheet;
      Map<Integer, XlsxSheet.Row> header = header(sheet, holder);
      String key = text(header, WorkbookLayout.TITLE_ROW, 1);
      WorkbookLayout.FactSheet factSheet = WorkbookLayout.factSheet(key);
      if (key.startsWith(WorkbookLayout.GROUP)) {
        String id = key.substring(WorkbookLayout.GROUP.length());
        WorkbookLayout.GroupSheet g = sheetsByGroup.get(id);
        if (g == null) {
          problems.at(
              new Doc.Loc(ref.name(), 1, 1),
              "",
              "names the unit group '"
                  + Doc.abbreviate(id)
                  + "', which the scheme has not; its groups are "
                  + groups.keySet());
        } else {
          UnitSheet u = unitSheet(ref, g, header.get(WorkbookLayout.KEY_ROW));
          if (u != null) {
            unitSheets.add(u);
          }
        }
        sheet.close(); // read again, a row at a time, when its turn comes
      } else if (key.equals(WorkbookLayout.SETTINGS)) {
        try {
          settings(ref.name(), header.get(WorkbookLayout.KEY_ROW), holder.ahead);
        } finally {
          sheet.close();
        }
      } else if (factSheet != null) {
        try {
          factSheet(ref, factSheet, header.get(WorkbookLayout.KEY_ROW), holder);
        } finally {
          sheet.close();
        }
      } else {
        sheet.close(); // the instructions, the lists, or a sheet of the office's own
      }
    }
  }

  /**
   * Reads the settings sheet: under the key {@code recording}, in the first row below the keys, how
   * the units' checks are recorded.
   */
  private void settings(String sheet, XlsxSheet.@Nullable Row keys, XlsxSheet.@Nullable Row first) {
    for (XlsxSheet.Cell c : keys == null ? List.<XlsxSheet.Cell>of() : keys.cells()) {
      String key = c.text().strip();
      if (key.isEmpty()) {
        continue;
      }
      if (!key.equals(WorkbookLayout.RECORDING)) {
        problems.at(
            new Doc.Loc(sheet, WorkbookLayout.KEY_ROW, c.column()),
            "",
            "unknown key '"
                + Doc.abbreviate(key)
                + "'; the keys of this sheet are "
                + WorkbookLayout.RECORDING);
        continue;
      }
      XlsxSheet.Cell value =
          first == null || first.number() != WorkbookLayout.FIRST_ROW ? null : first.at(c.column());
      Doc.Loc loc = new Doc.Loc(sheet, WorkbookLayout.FIRST_ROW, c.column());
      String text = value == null ? "" : plain(value, loc, key);
      if (text.isEmpty()) {
        continue; // every check, the default
      }
      Recording r = WorkbookLayout.recording(text);
      if (r == null) {
        problems.at(
            loc,
            key,
            "expected "
                + WorkbookLayout.label(Recording.EVERY_CHECK)
                + " or "
                + WorkbookLayout.label(Recording.FAILURES_ONLY)
                + ", found '"
                + Doc.abbreviate(text)
                + "'");
      } else {
        recording = r;
      }
    }
  }

  /** Reads the header rows; the first row after them is kept in the holder. */
  private static Map<Integer, XlsxSheet.Row> header(XlsxSheet sheet, Holder holder) {
    Map<Integer, XlsxSheet.Row> rows = new HashMap<>();
    XlsxSheet.Row r;
    while ((r = sheet.next()) != null) {
      if (r.number() >= WorkbookLayout.FIRST_ROW) {
        holder.ahead = r;
        break;
      }
      rows.put(r.number(), r);
    }
    return rows;
  }

  private static String text(Map<Integer, XlsxSheet.Row> header, int row, int column) {
    XlsxSheet.Row r = header.get(row);
    XlsxSheet.Cell c = r == null ? null : r.at(column);
    return c == null ? "" : c.text().strip();
  }

  /** Reads a unit sheet's keys. */
  private @Nullable UnitSheet unitSheet(
      XlsxPackage.SheetRef ref, WorkbookLayout.GroupSheet g, XlsxSheet.@Nullable Row keys) {
    Map<String, WorkbookLayout.ItemColumn> known = new HashMap<>();
    for (WorkbookLayout.ItemColumn c : g.items()) {
      known.put(c.column().key(), c);
    }
    Map<Integer, WorkbookLayout.ItemColumn> columns = new TreeMap<>();
    Map<String, Integer> seen = new HashMap<>();
    int unit = -1;
    int period = -1;
    for (XlsxSheet.Cell c : keys == null ? List.<XlsxSheet.Cell>of() : keys.cells()) {
      String key = c.text().strip();
      Doc.Loc loc = new Doc.Loc(ref.name(), WorkbookLayout.KEY_ROW, c.column());
      if (key.isEmpty() || key.equals(WorkbookLayout.NAME)) {
        continue;
      }
      Integer before = seen.putIfAbsent(key, c.column());
      if (before != null) {
        problems.at(
            loc,
            key,
            "the key is also in column " + Xlsx.columnName(before) + "; give each column once");
        continue;
      }
      if (key.equals(WorkbookLayout.UNIT)) {
        unit = c.column();
        continue;
      }
      if (key.equals(WorkbookLayout.PERIOD)) {
        period = c.column();
        continue;
      }
      WorkbookLayout.ItemColumn item = known.get(key);
      if (item == null) {
        item = extraRater(key, known);
      }
      if (item != null) {
        columns.put(c.column(), item);
      } else if (layout.columns.byKey(key) != null) {
        problems.at(
            loc,
            key,
            "the item does not apply to the group "
                + g.group().id()
                + " ("
                + g.group().title()
                + ")");
      } else {
        problems.at(
            loc,
            "",
            "unknown key '"
                + Doc.abbreviate(key)
                + "': a key names an item of the scheme (s1.2), a checklist element or prerequisite"
                + " (s1.2:e1), a rater (s1.2#3), or unit or period; leave it empty in a column of"
                + " your own");
      }
    }
    if (unit < 0) {
      problems.at(
          new Doc.Loc(ref.name(), WorkbookLayout.KEY_ROW, 1),
          "",
          "row "
              + WorkbookLayout.KEY_ROW
              + " has no key 'unit': it says which column holds the unit ids");
      return null;
    }
    return new UnitSheet(ref, g.group(), columns, unit, period, new Holder());
  }

  /** A rater's column beyond those a template has, keyed {@code node#11}. */
  private WorkbookLayout.@Nullable ItemColumn extraRater(
      String key, Map<String, WorkbookLayout.ItemColumn> known) {
    int hash = key.lastIndexOf('#');
    WorkbookLayout.ItemColumn first = hash < 0 ? null : known.get(key.substring(0, hash) + "#1");
    FactColumns.Column col = layout.columns.byKey(key);
    return first == null || col == null
        ? null
        : new WorkbookLayout.ItemColumn(first.node(), col, first.section());
  }

  private void openUnitSheet(UnitSheet s) throws IOException {
    XlsxPackage p = pkg;
    if (p == null) {
      throw new IllegalStateException("not started");
    }
    XlsxSheet sheet = p.open(s.sheet());
    s.open().sheet = sheet;
    header(sheet, s.open());
  }

  /** A merged range in the data rows of keyed columns is a problem: one cell, one unit's value. */
  private void merges(String sheet, List<Xlsx.Range> merges, java.util.Set<Integer> keyed) {
    for (Xlsx.Range r : merges) {
      if (r.bottom() < WorkbookLayout.KEY_ROW) {
        continue;
      }
      boolean touches = false;
      for (int c = r.left(); c <= r.right() && !touches; c++) {
        touches = keyed.contains(c);
      }
      if (touches) {
        problems.at(
            new Doc.Loc(sheet, r.top(), r.left()),
            "",
            "the cells "
                + r
                + " are merged; a merged range holds one value for one row: unmerge it and fill in"
                + " each cell");
      }
    }
  }

  // ================================================================== a unit's row

  private FactsCodec.@Nullable Parsed unit(UnitSheet s, XlsxSheet.Row row) {
    String sheet = s.sheet().name();
    int r = row.number();
    XlsxSheet.Cell unitCell = row.at(s.unitColumn());
    boolean any = unitCell != null;
    for (XlsxSheet.Cell c : row.cells()) {
      any |= s.columns().containsKey(c.column());
    }
    if (!any) {
      return null; // an empty row, or one with only a name or period
    }
    Doc.Loc unitLoc = new Doc.Loc(sheet, r, s.unitColumn());
    String unit = unitCell == null ? "" : plain(unitCell, unitLoc, "unit");
    if (unitCell == null) {
      problems.at(unitLoc, "row " + r, "the unit id is empty");
    }
    Optional<String> period = Optional.empty();
    XlsxSheet.Cell periodCell = s.periodColumn() < 0 ? null : row.at(s.periodColumn());
    if (periodCell != null) {
      String p = plain(periodCell, new Doc.Loc(sheet, r, s.periodColumn()), "period");
      period = p.isEmpty() ? Optional.empty() : Optional.of(p);
    }
    List<Fact> facts = new ArrayList<>();
    Map<Fact, Doc.Loc> factLocs = new IdentityHashMap<>();

    Map<String, TreeMap<Integer, BigDecimal>> scores = new LinkedHashMap<>();
    Map<String, Doc.Loc> scoreLocs = new HashMap<>();
    for (Map.Entry<Integer, WorkbookLayout.ItemColumn> e : s.columns().entrySet()) {
      int column = e.getKey();
      WorkbookLayout.ItemColumn item = e.getValue();
      FactColumns.Column col = item.column();
      Doc.Loc loc = new Doc.Loc(sheet, r, column);
      XlsxSheet.Cell cell = row.at(column);
      if (cell == null) {
        continue;
      }
      String path = col.key();
      if (!usable(cell, loc, path)) {
        continue;
      }
      String text = cell.text().strip();
      boolean numeric = col.meaning().inCsv() || col.meaning() == FactColumns.Meaning.SCORE;
      if (numeric
          && (cell.kind() == XlsxSheet.Kind.DATE || cell.kind() == XlsxSheet.Kind.BOOLEAN)) {
        problems.at(loc, path, "expected " + col.meaning().expected + ", found " + describe(cell));
        continue;
      }
      Fact fact = null;
      switch (col.meaning()) {
        case COUNT, AMOUNT, MEASURED, ASSESSED -> {
          fact =
              FactColumns.fact(
                  col.meaning(),
                  col.node(),
                  // the header row asks for the value in the node's unit, as a CSV header names it
                  col.meaning() == FactColumns.Meaning.MEASURED && !col.unit().isBlank()
                      ? col.unit()
                      : null,
                  text,
                  textLimits.maxNumberLength(),
                  message -> problems.at(loc, path, message));
        }
        case MET -> {
          Boolean met = yesNo(cell);
          if (met == null) {
            problems.at(loc, path, "expected 是 or 否, found '" + Doc.abbreviate(text) + "'");
          } else {
            fact = new Check(col.node(), col.checkKey(), met, Optional.empty());
          }
        }
        case LEVEL -> {
          Rule.Levels levels = (Rule.Levels) item.node().rule().orElseThrow();
          Map<String, String> labels = WorkbookWriter.levelLabels(levels);
          String key = null;
          for (Map.Entry<String, String> l : labels.entrySet()) {
            if (l.getValue().equals(text) || l.getKey().equals(text)) {
              key = l.getKey();
            }
          }
          if (key == null) {
            problems.at(
                loc,
                path,
                "expected one of the levels "
                    + String.join(", ", labels.values())
                    + ", found '"
                    + Doc.abbreviate(text)
                    + "'");
          } else {
            fact = new AssessedLevel(col.node(), key, Optional.empty());
          }
        }
        case SCORE -> {
          if (Text.isPlainDecimal(text) && text.length() <= textLimits.maxNumberLength()) {
            int n = Integer.parseInt(col.key().substring(col.key().lastIndexOf('#') + 1));
            scores.computeIfAbsent(col.node(), k -> new TreeMap<>()).put(n, new BigDecimal(text));
            scoreLocs.putIfAbsent(col.node(), loc);
          } else {
            problems.at(
                loc,
                path,
                "expected " + col.meaning().expected + ", found '" + Doc.abbreviate(text) + "'");
          }
        }
        case NAMED -> {
          Rule.Checklist list = (Rule.Checklist) item.node().rule().orElseThrow();
          for (String name : FactRows.SEPARATORS.split(text)) {
            if (!name.isBlank()) {
              Check c =
                  new Check(
                      col.node(),
                      name.strip(),
                      list.direction() == Direction.EARN,
                      Optional.empty());
              facts.add(c);
              factLocs.put(c, loc);
            }
          }
        }
        case ELSEWHERE -> {
          String sheetName =
              layout.factSheetNames.getOrDefault(WorkbookLayout.FactSheet.OCCURRENCES, "");
          problems.at(
              loc,
              path,
              "the item's occurrences need a kind, level or chosen points: record each on the sheet "
                  + sheetName
                  + ", and leave this cell empty");
        }
      }
      if (fact != null) {
        facts.add(fact);
        factLocs.put(fact, loc);
      }
    }
    scores.forEach(
        (node, byRater) -> {
          RaterScores rs =
              new RaterScores(node, new ArrayList<>(byRater.values()), Optional.empty());
          facts.add(rs);
          factLocs.put(rs, scoreLocs.get(node));
        });
    if (!unit.isEmpty()) {
      attach(unit, period, unitLoc, facts, factLocs);
    }
    Function<String, List<Doc.Loc>> nodeLocs = node -> missingPlaces(s, row, node);
    if (!problems.isEmpty() || unit.isEmpty()) {
      return new FactsCodec.Parsed(
          null, unitLoc, unit.isEmpty() ? null : unit, factLocs, null, nodeLocs);
    }
    UnitFacts built =
        UnitFacts.builder().unitId(unit).group(s.group().id()).period(period).facts(facts).build();
    return new FactsCodec.Parsed(built, unitLoc, unit, factLocs, null, nodeLocs);
  }

  /**
   * Where a node's missing facts belong in a unit's row: its empty cells, in column order (the
   * order in which the calculator lists them), or its first cell if none is empty.
   */
  private static List<Doc.Loc> missingPlaces(UnitSheet s, XlsxSheet.Row row, String node) {
    List<Doc.Loc> empty = new ArrayList<>();
    int first = 0;
    for (Map.Entry<Integer, WorkbookLayout.ItemColumn> e : s.columns().entrySet()) {
      if (e.getValue().column().node().equals(node)) {
        first = first == 0 ? e.getKey() : first;
        if (row.at(e.getKey()) == null) {
          empty.add(new Doc.Loc(s.sheet().name(), row.number(), e.getKey()));
        }
      }
    }
    if (empty.isEmpty() && first > 0) {
      empty.add(new Doc.Loc(s.sheet().name(), row.number(), first));
    }
    return empty;
  }

  /** Adds the fact sheets' facts for a unit: those of its period, and those that give none. */
  private void attach(
      String unit,
      Optional<String> period,
      Doc.Loc loc,
      List<Fact> facts,
      Map<Fact, Doc.Loc> locs) {
    List<Row> rows = pending.get(unit);
    if (rows == null) {
      String before = givenTo.get(unit);
      if (before != null && !before.equals(period.orElse(""))) {
        problems.at(
            loc,
            "unit " + unit,
            "the unit also has a row for "
                + (before.isEmpty() ? "no period" : "period " + before)
                + ", which took its facts from the fact sheets' rows without a period; give those"
                + " rows their period");
      }
      return;
    }
    for (Iterator<Row> i = rows.iterator(); i.hasNext(); ) {
      Row row = i.next();
      if (row.period().isEmpty() || row.period().equals(period)) {
        facts.add(row.fact());
        locs.put(row.fact(), row.loc());
        i.remove();
        if (row.period().isEmpty()) {
          String before = givenTo.putIfAbsent(unit, period.orElse(""));
          if (before != null && !before.equals(period.orElse(""))) {
            problems.at(
                row.loc(),
                "unit " + unit,
                "the unit has rows for several periods; give this row its period");
          }
        }
      }
    }
    if (rows.isEmpty()) {
      pending.remove(unit);
    }
  }

  /** The fact sheets' rows no unit row took. */
  private void leftovers() {
    for (Map.Entry<String, List<Row>> e : pending.entrySet()) {
      for (Row row : e.getValue()) {
        problems.at(
            row.loc(),
            "unit " + e.getKey(),
            "no unit sheet has a row for unit '"
                + Doc.abbreviate(e.getKey())
                + "'"
                + row.period().map(p -> " in period " + p).orElse("")
                + "; add the unit to its group's sheet");
      }
    }
    pending.clear();
  }

  // ================================================================== cells

  /** Is the cell a value at all? Records why not for an error or a formula never calculated. */
  private boolean usable(XlsxSheet.Cell cell, Doc.Loc loc, String path) {
    switch (cell.kind()) {
      case ERROR -> {
        problems.at(
            loc, path, "the cell's formula gives the error " + cell.text() + ", not a value");
        return false;
      }
      case NOT_CALCULATED -> {
        problems.at(
            loc,
            path,
            "the cell's formula has no stored result: recalculate and save the workbook in a"
                + " spreadsheet program, or type the value");
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  /** A cell as plain text (an id, a period): text or a number as written. */
  private String plain(XlsxSheet.Cell cell, Doc.Loc loc, String path) {
    if (!usable(cell, loc, path)) {
      return "";
    }
    if (cell.kind() == XlsxSheet.Kind.TEXT || cell.kind() == XlsxSheet.Kind.NUMBER) {
      return cell.text().strip();
    }
    problems.at(loc, path, "expected text, found " + describe(cell));
    return "";
  }

  private static String describe(XlsxSheet.Cell cell) {
    return switch (cell.kind()) {
      case DATE -> "the date " + cell.text();
      case BOOLEAN -> "the boolean " + cell.text();
      default -> "'" + Doc.abbreviate(cell.text()) + "'";
    };
  }

  private static @Nullable Boolean yesNo(XlsxSheet.Cell cell) {
    if (cell.kind() == XlsxSheet.Kind.BOOLEAN) {
      return Boolean.valueOf(cell.text());
    }
    return FactRows.yesNo(cell.text().strip());
  }

  // ================================================================== fact sheets

  private void factSheet(
      XlsxPackage.SheetRef ref,
      WorkbookLayout.FactSheet kind,
      XlsxSheet.@Nullable Row keys,
      Holder holder) {
    String sheet = ref.name();
    Map<Integer, WorkbookLayout.Field> fields = new TreeMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (XlsxSheet.Cell c : keys == null ? List.<XlsxSheet.Cell>of() : keys.cells()) {
      String key = c.text().strip();
      if (key.isEmpty()) {
        continue;
      }
      Doc.Loc loc = new Doc.Loc(sheet, WorkbookLayout.KEY_ROW, c.column());
      WorkbookLayout.Field f = null;
      for (WorkbookLayout.Field candidate : kind.fields) {
        if (candidate.key().equals(key)) {
          f = candidate;
        }
      }
      if (f == null) {
        List<String> allowed = new ArrayList<>();
        kind.fields.forEach(x -> allowed.add(x.key()));
        problems.at(
            loc,
            "",
            "unknown key '"
                + Doc.abbreviate(key)
                + "'; the keys of this sheet are "
                + String.join(", ", allowed));
      } else if (seen.putIfAbsent(key, c.column()) != null) {
        problems.at(loc, key, "the key is also in column " + Xlsx.columnName(seen.get(key)));
      } else {
        fields.put(c.column(), f);
      }
    }
    if (!seen.containsKey(WorkbookLayout.UNIT)) {
      problems.at(
          new Doc.Loc(sheet, WorkbookLayout.KEY_ROW, 1),
          "",
          "row "
              + WorkbookLayout.KEY_ROW
              + " has no key 'unit': it says which column holds the unit ids");
      return;
    }
    XlsxSheet s = holder.sheet;
    XlsxSheet.Row row = holder.ahead;
    while (row != null) {
      factRow(sheet, kind, fields, row);
      row = s == null ? null : s.next();
    }
    if (s != null) {
      merges(sheet, s.merges(), fields.keySet());
    }
  }

  private void factRow(
      String sheet,
      WorkbookLayout.FactSheet kind,
      Map<Integer, WorkbookLayout.Field> fields,
      XlsxSheet.Row row) {
    int r = row.number();
    String unit = "";
    Optional<String> period = Optional.empty();
    Doc.Loc rowLoc = null;
    Doc.Loc factLoc = null;
    LinkedHashMap<String, Doc.Entry> body = new LinkedHashMap<>();
    Doc.Loc idLoc = null;
    for (Map.Entry<Integer, WorkbookLayout.Field> e : fields.entrySet()) {
      WorkbookLayout.Field f = e.getValue();
      Doc.Loc loc = new Doc.Loc(sheet, r, e.getKey());
      if (f.key().equals("id")) {
        idLoc = loc;
      }
      XlsxSheet.Cell cell = row.at(e.getKey());
      if (cell == null) {
        continue;
      }
      if (rowLoc == null) {
        rowLoc = loc;
      }
      switch (f.key()) {
        case WorkbookLayout.UNIT ->
            unit = FactRows.choice(plain(cell, loc, f.key()), layout.unitChoices);
        case WorkbookLayout.PERIOD -> {
          String p = plain(cell, loc, f.key());
          period = p.isEmpty() ? Optional.empty() : Optional.of(p);
        }
        default -> {
          Doc value = value(f, cell, loc);
          if (value == null) {
            continue;
          }
          if (f.type() == WorkbookLayout.Type.NODE || f.type() == WorkbookLayout.Type.VETO) {
            factLoc = loc;
          }
          body.put(f.key(), new Doc.Entry(loc, value));
        }
      }
    }
    if (rowLoc == null) {
      return; // an empty row
    }
    Doc.Loc unitLoc = new Doc.Loc(sheet, r, keyColumn(fields, WorkbookLayout.UNIT));
    if (unit.isEmpty()) {
      problems.at(unitLoc, "row " + r, "the unit id is empty");
      return;
    }
    if (body.containsKey("id")
        || !(kind == WorkbookLayout.FactSheet.OCCURRENCES
            || kind == WorkbookLayout.FactSheet.VETO_EVENTS)) {
      // as written
    } else {
      Doc.Loc at = idLoc == null ? rowLoc : idLoc;
      String id = Xlsx.reference(sheet, at.line(), at.column());
      body.put("id", new Doc.Entry(at, new Doc.Scalar(at, Doc.Kind.STRING, id)));
    }
    Fact fact = FactRows.fact(codec, problems, kind.fact, rowLoc, body, "unit " + unit);
    if (fact != null) {
      pending
          .computeIfAbsent(unit, k -> new ArrayList<>())
          .add(new Row(period, fact, factLoc == null ? unitLoc : factLoc));
    }
  }

  private static int keyColumn(Map<Integer, WorkbookLayout.Field> fields, String key) {
    for (Map.Entry<Integer, WorkbookLayout.Field> e : fields.entrySet()) {
      if (e.getValue().key().equals(key)) {
        return e.getKey();
      }
    }
    return 1;
  }

  /** A fact sheet's cell as the value a YAML facts file would hold; null if it has none. */
  private @Nullable Doc value(WorkbookLayout.Field f, XlsxSheet.Cell cell, Doc.Loc loc) {
    if (!usable(cell, loc, f.key())) {
      return new Doc.Scalar(loc, Doc.Kind.INVALID, "");
    }
    String text = cell.text().strip();
    switch (f.type()) {
      case WHOLE, DECIMAL, SHARE -> {
        if (cell.kind() == XlsxSheet.Kind.NUMBER) {
          return new Doc.Scalar(loc, Doc.Kind.NUMBER, text);
        }
        if (cell.kind() != XlsxSheet.Kind.TEXT) {
          problems.at(loc, f.key(), "expected a number, found " + describe(cell));
          return new Doc.Scalar(loc, Doc.Kind.INVALID, "");
        }
      }
      case YES_NO -> {
        if (cell.kind() == XlsxSheet.Kind.BOOLEAN) {
          return new Doc.Scalar(loc, Doc.Kind.BOOLEAN, text);
        }
      }
      case JOINT, EVIDENCE, SCORES, NODE, VETO, DATE -> {}
      default -> {
        if (cell.kind() == XlsxSheet.Kind.BOOLEAN) {
          problems.at(loc, f.key(), "expected text, found the boolean " + text);
          return new Doc.Scalar(loc, Doc.Kind.INVALID, "");
        }
      }
    }
    return FactRows.value(f, text, loc, f.key(), problems, layout);
  }

  @Override
  public void close() throws IOException {
    try {
      UnitSheet s = current;
      if (s != null && s.open().sheet != null) {
        s.open().sheet.close();
      }
    } finally {
      XlsxPackage p = pkg;
      if (p != null) {
        p.close();
      }
    }
  }
}
