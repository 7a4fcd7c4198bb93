package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Streams a CSV facts file in the row layout: a header naming the columns {@code
 * unit,group,fact,...}, then one fact per row, which may be of any kind a YAML facts file holds.
 * The column {@code fact} names the kind ({@code occurrence}, {@code vetoEvent}, {@code check},
 * ...); the other columns are the fields of facts, keyed as in YAML and as on a workbook's fact
 * sheets (see {@link FactRows}). A unit's rows are together, one after another, so that a unit is
 * complete when the next begins and memory holds one unit at a time.
 */
final class CsvFactRows implements UnitSource {

  /** The column naming each row's kind of fact, whose presence tells this layout apart. */
  static final String FACT = "fact";

  /**
   * How many characters of a file are looked at at most to find its header: a longer header is no
   * header of this layout, whose columns are few.
   */
  static final int HEADER_CHARS = 1 << 18;

  /**
   * How many characters of a file are read first to find its header, doubled while the header row
   * goes on (up to {@link #HEADER_CHARS}): a small file is held once at about its own size, not in
   * a buffer made and zeroed for the longest header.
   */
  static final int FIRST_CHARS = 1 << 10;

  private final Reader reader;

  /** The parsers' factory, made once for the file and shared by its pieces' readers. */
  private final CsvFactory csv;

  private final CsvParser parser;
  private final CsvRows rows;
  private final Problems problems;
  private final FactsCodec codec;
  private final WorkbookLayout layout;
  private final Limits limits;

  /** What each column holds: a field of facts, or null for the unit's own columns. */
  private final List<WorkbookLayout.@Nullable Field> fields = new ArrayList<>();

  /** The same as indices in {@link FactRows#FIELDS} (-1 for none), once the header is read. */
  private int[] fieldAt = new int[0];

  /**
   * Whether each column names a fact's node or veto, where a problem the calculator finds with a
   * row's fact is placed; once the header is read.
   */
  private boolean[] placing = new boolean[0];

  private final List<String> header = new ArrayList<>();
  private int unitAt = -1;
  private int groupAt = -1;
  private int periodAt = -1;
  private int recordingAt = -1;
  private int factAt = -1;
  private boolean started;
  private boolean done;

  /**
   * Whether {@link #rows} holds a row read ahead and not yet taken: the first of the next unit. A
   * row is read into the cells of {@link #rows} and mapped from there, never copied.
   */
  private boolean ahead;

  /** The units (id and period) whose rows have ended, to tell a unit whose rows are apart. */
  private final Map<String, Integer> ended = new HashMap<>();

  CsvFactRows(Reader reader, String file, Limits limits, Scheme scheme) throws IOException {
    this.reader = reader;
    this.csv = limits.csv();
    this.parser = csv.createParser(reader);
    parser.setSchema(CsvSchema.emptySchema());
    this.problems = new Problems(file);
    this.rows = new CsvRows(parser, new DocParser(parser, problems, limits), problems, limits);
    this.codec = new FactsCodec(problems);
    this.layout = new WorkbookLayout(scheme);
    this.limits = limits;
  }

  /** A reader of a piece of the file, with the header a reader of the whole file has read. */
  private CsvFactRows(CsvFactRows planned, String text, int linesBefore) throws IOException {
    this.reader = new StringReader(text);
    this.limits = planned.limits;
    this.csv = planned.csv;
    this.parser = csv.createParser(reader);
    parser.setSchema(CsvSchema.emptySchema());
    this.problems = new Problems(planned.file());
    this.rows =
        new CsvRows(
            parser,
            new DocParser(parser, problems, limits, linesBefore),
            problems,
            limits,
            linesBefore);
    this.codec = new FactsCodec(problems);
    this.layout = planned.layout;
    this.fields.addAll(planned.fields);
    this.header.addAll(planned.header);
    this.unitAt = planned.unitAt;
    this.groupAt = planned.groupAt;
    this.periodAt = planned.periodAt;
    this.recordingAt = planned.recordingAt;
    this.factAt = planned.factAt;
    this.fieldAt = planned.fieldAt;
    this.placing = planned.placing;
    this.started = true;
  }

  /**
   * Reads a unit's rows cut from the file ({@link CsvSplit}), followed by the first row of the next
   * unit if there is one, as {@link #next()} would read them at their lines: the serial reader
   * reads that row too before the unit is complete. Safe on any thread once the header is read.
   *
   * @param text the rows' text
   * @param linesBefore the lines before the rows in the file
   * @return the unit; or null if the text is not exactly one unit (and the next one's first row)
   *     read without a problem, which only the serial reader places for certain
   */
  @Nullable Item piece(String text, int linesBefore) {
    try (CsvFactRows one = new CsvFactRows(this, text, linesBefore)) {
      if (!one.row() || !one.problems.isEmpty()) {
        return null;
      }
      Item item = one.unit();
      return item.problems().isEmpty() && one.problems.isEmpty() && !one.row() ? item : null;
    } catch (DocParser.Stop | IOException e) {
      return null;
    }
  }

  /** The columns of the unit's id and its period (-1 for none), once the header is read. */
  int unitColumn() {
    return unitAt;
  }

  int periodColumn() {
    return periodAt;
  }

  int width() {
    return header.size();
  }

  /** The unit id a cell names, as a row's unit is read. */
  String unitId(String cell) {
    return FactRows.choice(cell, layout.unitChoices);
  }

  /**
   * A CSV file from its start, and whether its header names the row layout's column {@code fact}
   * rather than one per item.
   *
   * @param text the file from its start, its header read and given back ahead of the rest
   * @param rowLayout whether the file is in the row layout
   */
  record Start(Reader text, boolean rowLayout) {}

  /**
   * Reads a CSV file's start, as far as its header row and the start of the next row (or the end of
   * the file, or {@link #HEADER_CHARS}), to tell its layout, and gives it back ahead of the rest.
   *
   * @param in the file, at its start
   * @param limits the limits of the file
   * @param scheme the scheme, which must have no item named {@code fact}
   * @return the file from its start, and its layout
   * @throws IOException if the file cannot be read
   */
  static Start start(Reader in, Limits limits, Scheme scheme) throws IOException {
    char[] head = new char[FIRST_CHARS];
    int n = 0;
    while (true) {
      int read;
      while (n < head.length && (read = in.read(head, n, head.length - n)) >= 0) {
        n += read;
      }
      Boolean rows = namesFact(head, n, limits, n < head.length || head.length >= HEADER_CHARS);
      if (rows != null) {
        PushbackReader text = new PushbackReader(in, Math.max(1, n));
        text.unread(head, 0, n);
        return new Start(text, rows && new FactColumns(scheme).node(FACT) == null);
      }
      head = Arrays.copyOf(head, head.length * 2);
    }
  }

  /**
   * Does the header row in the first {@code n} characters of a file name the column {@code fact}?
   * Null if it cannot tell yet: the header row may go on beyond them, and they are not {@code
   * last}. A cell cut off by the end of what was read counts only as far as the file ends there.
   */
  private static @Nullable Boolean namesFact(char[] head, int n, Limits limits, boolean last) {
    boolean found = false;
    boolean ended = false;
    try (CsvParser p = limits.csv().createParser(head, 0, n)) {
      p.setSchema(CsvSchema.emptySchema());
      if (p.nextToken() == JsonToken.START_ARRAY) {
        boolean fact = false; // the cell read last is "fact", if a separator ends it
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          found |= fact;
          fact = Csv.restore(p.getText().strip()).equals(FACT);
        }
        // the header row ended before what was read did if another row starts after it
        ended = t == JsonToken.END_ARRAY && p.nextToken() == JsonToken.START_ARRAY;
        found |= fact && (ended || n < head.length);
      }
    } catch (IOException e) {
      // not readable as CSV so far: read on, or let the reader of either layout report why
    }
    return (ended || last) ? found : null;
  }

  @Override
  public String file() {
    return problems.file();
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
        readHeader();
        if (!problems.isEmpty()) {
          done = true;
          return Item.of(null, problems);
        }
        ahead = row();
      }
      if (!ahead) {
        done = true;
        return null;
      }
      return unit();
    } catch (DocParser.Stop stop) {
      done = true;
      return Item.of(null, problems);
    }
  }

  // ================================================================== rows

  /**
   * Reads the next row of cells into {@link #rows}, skipping blank lines.
   *
   * @return false at the end
   */
  private boolean row() {
    while (rows.read(false)) {
      if (!(rows.width == 1 && rows.cells[0].isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private void readHeader() {
    if (!row()) {
      problems.at(1, 1, "", "the file is empty; expected a header row unit,group,fact,...");
      return;
    }
    int line = rows.line;
    String[] names = Arrays.copyOf(rows.cells, rows.width);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      header.add(name);
      fields.add(null);
      String where = "column '" + Doc.abbreviate(name) + "'";
      if (!seen.add(name)) {
        problems.at(line, i + 1, where, "is named twice");
        continue;
      }
      switch (name) {
        case CsvUnits.UNIT -> unitAt = i;
        case CsvUnits.GROUP -> groupAt = i;
        case CsvUnits.PERIOD -> periodAt = i;
        case CsvUnits.RECORDING -> recordingAt = i;
        case FACT -> factAt = i;
        case "" -> problems.at(line, i + 1, "column " + (i + 1), "has no name");
        default -> {
          WorkbookLayout.Field f = FactRows.field(name);
          if (f == null) {
            problems.at(line, i + 1, where, "is not a column of facts; the columns are " + names());
          } else {
            fields.set(i, f);
          }
        }
      }
    }
    for (String required : List.of(CsvUnits.UNIT, CsvUnits.GROUP, FACT)) {
      if (!seen.contains(required)) {
        problems.at(line, 1, "", "missing the column '" + required + "'");
      }
    }
    fieldAt = new int[fields.size()];
    placing = new boolean[fields.size()];
    for (int i = 0; i < fieldAt.length; i++) {
      WorkbookLayout.Field f = fields.get(i);
      fieldAt[i] = f == null ? -1 : FactRows.fieldIndex(f);
      placing[i] =
          f != null
              && (f.type() == WorkbookLayout.Type.NODE || f.type() == WorkbookLayout.Type.VETO);
    }
  }

  /** Every column this layout reads, for a problem naming one it does not. */
  private static String names() {
    List<String> all =
        new ArrayList<>(
            List.of(CsvUnits.UNIT, CsvUnits.GROUP, CsvUnits.PERIOD, CsvUnits.RECORDING, FACT));
    FactRows.FIELDS.forEach(f -> all.add(f.key()));
    return String.join(", ", all);
  }

  // ================================================================== a unit

  /**
   * Reads the rows of the unit whose first row {@link #rows} holds, up to the first row of the
   * next, which it leaves there.
   */
  private Item unit() {
    String unit = "";
    Doc.Loc loc = new Doc.Loc(rows.line, 1);
    String group = "";
    String period = "";
    String recording = "";
    FactPlaces locs = new FactPlaces(16);
    boolean r = true;
    boolean firstRow = true;
    String where = "";
    // the unit's key (id and period) and the line of its last row so far, put in `ended` when the
    // period is first given (a key of its own) and when the unit ends, not on every row
    String key = "";
    String periodOfKey = "";
    int lastLine = 0;
    while (r) {
      int line = rows.line;
      String[] cells = rows.cells;
      int width = rows.width;
      if (width != header.size()) {
        problems.at(
            line,
            1,
            "",
            "the row has " + width + " cells but the header has " + header.size() + " columns");
        if (firstRow) {
          ahead = row();
          return Item.of(new FactsCodec.Parsed(null, loc, null, locs), problems);
        }
        r = row();
        continue;
      }
      String id = FactRows.choice(cells[unitAt], layout.unitChoices);
      String periodCell = periodAt < 0 ? "" : cells[periodAt];
      if (firstRow) {
        unit = id;
        if (id.isEmpty()) {
          problems.at(line, unitAt + 1, "row", "the column 'unit' is empty");
          ahead = row();
          return Item.of(new FactsCodec.Parsed(null, loc, null, locs), problems);
        }
        Integer before = ended.get(unitKey(id, periodCell));
        if (before != null) {
          problems.at(
              line,
              unitAt + 1,
              "unit " + id,
              "the unit's rows must be together, one after another: its rows ended at line "
                  + before
                  + "; sort the file by unit");
        }
      } else if (!id.equals(unit)
          || (!period.isEmpty() && !periodCell.isEmpty() && !periodCell.equals(period))) {
        break; // the next unit, or the same unit's rows of another period
      }
      if (firstRow) {
        where = "unit " + unit;
      }
      for (int i = 0; i < width; i++) {
        String refused = Text.refusal(cells[i]);
        if (refused != null) {
          problems.at(line, i + 1, where, "the cell " + refused);
        }
      }
      group = same(cells, groupAt, group, line, where);
      period = same(cells, periodAt, period, line, where);
      recording = same(cells, recordingAt, recording, line, where);
      Fact fact = fact(cells, width, line, where);
      if (fact != null) {
        locs.add(fact, line, factColumn(cells, width));
      }
      if (firstRow || !period.equals(periodOfKey)) {
        if (!firstRow) {
          ended.put(key, lastLine);
        }
        key = unitKey(unit, period);
        periodOfKey = period;
      }
      lastLine = line;
      firstRow = false;
      r = row();
    }
    ahead = r;
    if (!firstRow) {
      ended.put(key, lastLine);
    }
    if (group.isEmpty()) {
      problems.at(loc.line(), groupAt + 1, where, "the column 'group' is empty");
    }
    Recording policy = recording(recording, loc.line(), where);
    if (!problems.isEmpty() || policy == null) {
      return Item.of(new FactsCodec.Parsed(null, loc, unit, locs), problems);
    }
    UnitFacts built = locs.unit(unit, group, period.isEmpty() ? null : period, policy);
    return Item.of(new FactsCodec.Parsed(built, loc, unit, locs), problems);
  }

  /** A unit is its id in its period: the same id in two periods is two units. */
  private static String unitKey(String id, String period) {
    return period.isEmpty() ? id : id + '\n' + period;
  }

  /**
   * A column that says something of the unit (its group, period, recording policy): empty, or the
   * same on every row that fills it in.
   */
  private String same(String[] cells, int at, String before, int line, String where) {
    String cell = at < 0 ? "" : cells[at];
    if (cell.isEmpty()) {
      return before;
    }
    if (!before.isEmpty() && !before.equals(cell)) {
      problems.at(
          line,
          at + 1,
          where + ", column '" + header.get(at) + "'",
          "expected '"
              + Doc.abbreviate(before)
              + "' as on the unit's rows above (or nothing), found '"
              + Doc.abbreviate(cell)
              + "'");
      return before;
    }
    return cell;
  }

  private @Nullable Recording recording(String cell, int line, String where) {
    if (cell.isEmpty()) {
      return Recording.EVERY_CHECK;
    }
    for (Recording r : Recording.values()) {
      if (Names.of(r).equals(cell)) {
        return r;
      }
    }
    problems.at(
        line,
        recordingAt + 1,
        where + ", column '" + CsvUnits.RECORDING + "'",
        "expected one of "
            + Names.all(List.of(Recording.values()))
            + " (or nothing, for everyCheck), found '"
            + Doc.abbreviate(cell)
            + "'");
    return null;
  }

  /**
   * The column of a row's fact, for the calculator's problems: its node's or veto's, or the kind's.
   */
  private int factColumn(String[] cells, int width) {
    for (int i = 0; i < width; i++) {
      if (placing[i] && !cells[i].isEmpty()) {
        return i + 1;
      }
    }
    return factAt + 1;
  }

  /** The fact of a row; null for a row that gives none (only its unit), or after a problem. */
  private @Nullable Fact fact(String[] cells, int width, int line, String where) {
    String kind = cells[factAt];
    Doc.Loc kindLoc = new Doc.Loc(line, factAt + 1);
    Set<String> allowed = FactRows.BY_FACT.get(kind);
    if (kind.isEmpty()) {
      for (int i = 0; i < width; i++) {
        if (fields.get(i) != null && !cells[i].isEmpty()) {
          problems.at(
              kindLoc,
              where + ", column '" + FACT + "'",
              "the row gives a fact but not its kind; expected one of: " + kinds());
          return null;
        }
      }
      return null; // a row that lists the unit alone
    }
    if (allowed == null) {
      problems.at(
          kindLoc,
          where + ", column '" + FACT + "'",
          "expected one of: " + kinds() + ", found '" + Doc.abbreviate(kind) + "'");
      return null;
    }
    Fact plain = treeOnly ? null : plainFact(kind, allowed, cells, width, line);
    if (plain != null) {
      plainFacts++;
      return plain;
    }
    Map<String, Doc.Entry> body = new LinkedHashMap<>();
    for (int i = 0; i < width; i++) {
      WorkbookLayout.Field f = fields.get(i);
      String text = cells[i];
      if (f == null || text.isEmpty()) {
        continue;
      }
      Doc.Loc loc = new Doc.Loc(line, i + 1);
      String path = where + ", column '" + f.key() + "'";
      if (!allowed.contains(f.key())) {
        problems.at(
            loc,
            path,
            "a fact of the kind "
                + kind
                + " has no "
                + f.key()
                + ": leave the cell empty (its fields are "
                + String.join(", ", allowed)
                + ")");
        continue;
      }
      Doc value = FactRows.value(f, text, loc, path, problems, layout);
      if (value != null) {
        body.put(f.key(), new Doc.Entry(loc, value));
      }
    }
    if (kind.equals("level") && body.get("level") != null) {
      Doc.Entry node = body.get("node");
      Doc.Entry level = body.get("level");
      if (node != null
          && node.value() instanceof Doc.Scalar n
          && level.value() instanceof Doc.Scalar l) {
        String key = FactRows.levelKey(layout.columns.node(n.text()), l.text());
        body.put("level", new Doc.Entry(level.keyLoc(), new Doc.Scalar(l.loc(), l.kind(), key)));
      }
    }
    if ((kind.equals("occurrence") || kind.equals("vetoEvent")) && !body.containsKey("id")) {
      // a row is an occurrence or event of its own: its line names it
      body.put(
          "id", new Doc.Entry(kindLoc, new Doc.Scalar(kindLoc, Doc.Kind.STRING, "第" + line + "行")));
    }
    return FactRows.fact(codec, problems, kind, kindLoc, body, where);
  }

  // ------------------------------------------------------------------ the common case

  /** Thrown to give up {@link #plainFact}; never leaves this class. */
  private static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  // the fields of a row, as indices into FactRows.FIELDS
  private static final int NODE = FactRows.fieldIndex("node");
  private static final int VETO = FactRows.fieldIndex("veto");
  private static final int ID = FactRows.fieldIndex("id");
  private static final int KEY = FactRows.fieldIndex("key");
  private static final int MET = FactRows.fieldIndex("met");
  private static final int LEVEL = FactRows.fieldIndex("level");
  private static final int VALUE = FactRows.fieldIndex("value");
  private static final int VALUE_UNIT = FactRows.fieldIndex(FactRows.VALUE_UNIT);
  private static final int POINTS = FactRows.fieldIndex("points");
  private static final int SCORES = FactRows.fieldIndex("scores");
  private static final int KIND = FactRows.fieldIndex("kind");
  private static final int COUNT = FactRows.fieldIndex("count");
  private static final int AMOUNT = FactRows.fieldIndex("amount");
  private static final int MATTER = FactRows.fieldIndex("matter");
  private static final int SELF_REPORTED = FactRows.fieldIndex("selfReported");
  private static final int JOINT = FactRows.fieldIndex("joint");
  private static final int SHARE = FactRows.fieldIndex("share");
  private static final int REASON = FactRows.fieldIndex("reason");
  private static final int NOTE = FactRows.fieldIndex("note");
  private static final int OFFICE = FactRows.fieldIndex("provenance.office");
  private static final int RECORDED_ON = FactRows.fieldIndex("provenance.recordedOn");
  private static final int EVIDENCE = FactRows.fieldIndex("provenance.evidence");
  private static final int PROVENANCE_NOTE = FactRows.fieldIndex("provenance.note");

  /** Whether every fact is read through the value tree, as tests compare the two ways. */
  boolean treeOnly;

  /** How many facts were made without the value tree, for tests. */
  int plainFacts;

  /** A row's filled cells by field ({@link FactRows#FIELDS}'s index), overwritten by the next. */
  private final @Nullable String[] given = new String[FactRows.FIELDS.size()];

  /**
   * The fact of a row whose every filled cell is as the common case has it, made straight from the
   * cells without the value tree {@link #fact} maps; null for anything else (a field the kind does
   * not take, a required field left empty, a cell not of its column's type, a value the fact
   * refuses), which {@link #fact} then reads through the tree, finding and placing every problem as
   * it always has. What this gives equals what the tree gives, so it never accepts what the tree
   * refuses.
   */
  private @Nullable Fact plainFact(
      String kind, Set<String> allowed, String[] cells, int width, int line) {
    @Nullable String[] g = given;
    Arrays.fill(g, null);
    int[] at = fieldAt;
    for (int i = 0; i < width; i++) {
      String text = cells[i];
      if (at[i] < 0 || text.isEmpty()) {
        continue;
      }
      if (!allowed.contains(FactRows.FIELDS.get(at[i]).key())) {
        return null;
      }
      g[at[i]] = text;
    }
    try {
      Optional<String> note = Optional.ofNullable(g[NOTE]);
      Optional<Provenance> by = provenance(g);
      return switch (kind) {
        case "occurrence" -> {
          Occurrence.Builder b = Occurrence.builder();
          String id = g[ID];
          b.id(id == null ? "第" + line + "行" : id).nodeId(node(g[NODE]));
          b.kind(Optional.ofNullable(g[KIND]));
          b.level(Optional.ofNullable(g[LEVEL]));
          String count = g[COUNT];
          if (count != null) {
            if (!Text.isPlainInteger(count, true)) {
              throw UNUSUAL;
            }
            b.count(Integer.parseInt(count));
          }
          String points = g[POINTS];
          if (points != null) {
            b.points(Points.of(decimal(points)));
          }
          String amount = g[AMOUNT];
          if (amount != null) {
            b.amount(decimal(amount));
          }
          b.matter(Optional.ofNullable(g[MATTER]));
          String self = g[SELF_REPORTED];
          b.selfReported(self != null && yesNo(self));
          String joint = g[JOINT];
          if (joint != null) {
            Occurrence.JointRole role = FactRows.joint(joint);
            if (role == null) {
              throw UNUSUAL;
            }
            b.joint(role);
          }
          String share = g[SHARE];
          if (share != null) {
            b.share(decimal(share));
          }
          yield b.note(note).provenance(by).build();
        }
        case "measurement" -> {
          String unit = g[VALUE_UNIT];
          if (unit != null && unit.isBlank()) {
            throw UNUSUAL;
          }
          yield new Measurement(
              node(g[NODE]), decimal(required(g[VALUE])), Optional.ofNullable(unit), note, by);
        }
        case "assessment" ->
            new Assessment(node(g[NODE]), Points.of(decimal(required(g[POINTS]))), note, by);
        case "level" -> {
          String node = node(g[NODE]);
          String level = FactRows.levelKey(layout.columns.node(node), required(g[LEVEL]));
          yield new AssessedLevel(node, level, note, by);
        }
        case "check" -> {
          String key = g[KEY];
          yield new Check(node(g[NODE]), key == null ? "" : key, yesNo(required(g[MET])), note, by);
        }
        case "raterScores" -> {
          List<BigDecimal> scores = new ArrayList<>();
          for (String s : items(required(g[SCORES]))) {
            scores.add(decimal(s));
          }
          yield new RaterScores(node(g[NODE]), scores, note, by);
        }
        case "notApplicable" -> new NotApplicable(node(g[NODE]), required(g[REASON]), note, by);
        case "vetoEvent" -> {
          String id = g[ID];
          yield new VetoEvent(
              id == null ? "第" + line + "行" : id,
              FactRows.choice(required(g[VETO]), layout.vetoChoices),
              note,
              by);
        }
        default -> null;
      };
    } catch (RuntimeException e) {
      // Unusual, or a value the fact's own checks refuse: the tree's reading reports it
      return null;
    }
  }

  /** Who recorded a row's fact, as the tree reads its {@code provenance.} cells. */
  private static Optional<Provenance> provenance(@Nullable String[] g) {
    String office = g[OFFICE];
    String on = g[RECORDED_ON];
    String evidence = g[EVIDENCE];
    String note = g[PROVENANCE_NOTE];
    if (office == null && on == null && evidence == null && note == null) {
      return Optional.empty();
    }
    LocalDate date = null;
    if (on != null) {
      date = Fields.plainDate(on);
      if (date == null) {
        throw UNUSUAL;
      }
    }
    return Optional.of(
        new Provenance(
            required(office),
            Optional.ofNullable(date),
            evidence == null ? List.of() : items(evidence),
            Optional.ofNullable(note)));
  }

  /** A list cell's items, as {@link FactRows#value} splits them; none is unusual. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String s : FactRows.SEPARATORS.split(text)) {
      if (!s.isBlank()) {
        items.add(s.strip());
      }
    }
    if (items.isEmpty()) {
      throw UNUSUAL;
    }
    return items;
  }

  private static String required(@Nullable String text) {
    if (text == null) {
      throw UNUSUAL;
    }
    return text;
  }

  private String node(@Nullable String text) {
    return FactRows.choice(required(text), layout.nodeChoices);
  }

  private static BigDecimal decimal(String text) {
    if (!Text.isPlainDecimal(text)) {
      throw UNUSUAL;
    }
    return Text.plainDecimal(text);
  }

  private static boolean yesNo(String text) {
    Boolean b = FactRows.yesNo(text);
    if (b == null) {
      throw UNUSUAL;
    }
    return b;
  }

  private static String kinds() {
    return String.join(", ", FactRows.BY_FACT.keySet());
  }

  // ================================================================== writing

  /**
   * Writes units in the row layout: a row per fact, and a row for a unit without facts; only the
   * columns some fact fills in.
   *
   * @param out where to write; left open
   * @param units the units; iterated twice
   * @throws IOException if the text cannot be written
   */
  static void write(Writer out, Iterable<UnitFacts> units) throws IOException {
    Set<String> used = new LinkedHashSet<>();
    boolean recording = false;
    for (UnitFacts u : units) {
      recording |= u.recording() != Recording.EVERY_CHECK;
      for (Fact f : u.facts()) {
        used.addAll(FactRows.values(f).keySet());
      }
    }
    List<String> keys = new ArrayList<>();
    FactRows.FIELDS.forEach(
        f -> {
          if (used.contains(f.key())) {
            keys.add(f.key());
          }
        });
    Csv.Row header = new Csv.Row();
    header.add(CsvUnits.UNIT).add(CsvUnits.GROUP).add(CsvUnits.PERIOD);
    if (recording) {
      header.add(CsvUnits.RECORDING);
    }
    header.add(FACT).addAll(keys).writeTo(out);
    for (UnitFacts u : units) {
      List<Fact> facts = u.facts();
      for (int i = 0; i < Math.max(1, facts.size()); i++) {
        Csv.Row row = new Csv.Row();
        row.add(u.unitId()).add(u.group()).add(u.period().orElse(""));
        if (recording) {
          row.add(u.recording() == Recording.EVERY_CHECK ? "" : Names.of(u.recording()));
        }
        if (facts.isEmpty()) {
          row.add("");
          keys.forEach(k -> row.add(""));
        } else {
          Fact f = facts.get(i);
          Map<String, Object> values = FactRows.values(f);
          row.add(FactRows.name(f));
          for (String k : keys) {
            Object v = values.get(k);
            row.add(v == null ? "" : FactRows.text(v));
          }
        }
        row.writeTo(out);
      }
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try (reader) {
      parser.close();
    }
  }
}
