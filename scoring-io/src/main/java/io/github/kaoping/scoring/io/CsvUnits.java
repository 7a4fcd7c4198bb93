package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.Reader;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a CSV facts file: a header {@code unit,group[,period],<node id>...}, then one
 * row per unit. Each node column holds a count, an amount, a measured value or assessed points as
 * {@link FactColumns} decides from the node's rule; an empty cell is no fact.
 */
final class CsvUnits implements UnitSource {

  static final String UNIT = "unit";
  static final String GROUP = "group";
  static final String PERIOD = "period";

  /** The optional column of each unit's recording policy: failuresOnly, or everyCheck (empty). */
  static final String RECORDING = "recording";

  private final Reader reader;

  /** The parsers' factory, made once for the file and shared by its pieces' readers. */
  private final CsvFactory csv;

  private final CsvParser parser;
  private final CsvRows rows;
  private final Problems problems;
  private final Scheme scheme;
  private final Limits limits;
  private final List<String> header = new ArrayList<>();
  private final List<FactColumns.@Nullable Meaning> meanings = new ArrayList<>();

  /** The node id each column names (the header without its unit). */
  private final List<String> nodeIds = new ArrayList<>();

  /** The unit a column's header names, for the measurements read from it; null if none. */
  private final List<@Nullable String> units = new ArrayList<>();

  private int unitAt = -1;
  private int groupAt = -1;
  private int periodAt = -1;
  private int recordingAt = -1;
  private boolean done;

  /**
   * The header's columns that hold facts, resolved once for the file: by a column's index, which of
   * them it is (-1 for a column that holds no fact); by that, what its cells mean, its node and the
   * unit its measurements are in. A row's filled cells are read against these alone.
   */
  private int[] factOf = new int[0];

  private FactColumns.Meaning[] factMeaning = new FactColumns.Meaning[0];
  private String[] factNode = new String[0];
  private List<Optional<String>> factUnit = List.of();

  /**
   * The facts of a count column's counts below {@link #KEPT_COUNTS}, by the count (none for 0): a
   * count is a value, the same in every unit that gives it, and most cells of a count column are
   * one digit or two. Made per unit, each would cost more than reading its row's cells (a count of
   * two digits, an occurrence built anew, about as much as the rest of its row). The nine of one
   * digit are made with the plan, those of two when a row first gives them: the plan is shared by
   * the readers of files of its header, on any thread, and a count's fact written by two at once is
   * the same value either way (a fact is immutable, its fields final, so one read through a race is
   * whole).
   */
  private @Nullable Fact[][] countFacts = new Fact[0][];

  /** The counts whose facts a plan keeps: those of one and two digits. */
  private static final int KEPT_COUNTS = 100;

  /** The file names of the recording policies, in the order of {@link Recording#values()}. */
  private static final Recording[] RECORDINGS = Recording.values();

  private static final String[] RECORDING_NAMES =
      Arrays.stream(RECORDINGS).map(Names::of).toArray(String[]::new);

  CsvUnits(Reader reader, String file, Limits limits, Scheme scheme) throws IOException {
    this.reader = reader;
    this.limits = limits;
    this.csv = limits.csv();
    this.parser = csv.createParser(reader);
    parser.setSchema(CsvSchema.emptySchema());
    this.problems = new Problems(file);
    this.rows = new CsvRows(parser, new DocParser(parser, problems, limits), problems, limits);
    this.scheme = scheme;
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
      if (header.isEmpty()) {
        readHeader();
        if (!problems.isEmpty()) {
          done = true;
          return Item.of(null, problems);
        }
      }
      boolean read;
      do {
        read = rows.read(true);
      } while (read && rows.width == 1 && rows.cells[0].isEmpty()); // a blank line
      if (!read) {
        done = true;
        return null;
      }
      return row(rows, problems);
    } catch (DocParser.Stop stop) {
      done = true;
      return Item.of(null, problems);
    }
  }

  /**
   * Reads a unit's row cut from the file ({@link CsvSplit}) with the header this reader has read,
   * as {@link #next()} would read it at its line. Safe on any thread once the header is read.
   *
   * @param text the row's text
   * @param linesBefore the lines before the row in the file
   * @return the unit; or null if the text is not one row read without a problem, which only the
   *     serial reader places for certain
   */
  @Nullable Item piece(String text, int linesBefore) {
    Problems found = new Problems(file());
    try (CsvParser p = csv.createParser(text)) {
      p.setSchema(CsvSchema.emptySchema());
      CsvRows one =
          new CsvRows(p, new DocParser(p, found, limits, linesBefore), found, limits, linesBefore);
      if (!one.read(true) || !found.isEmpty() || (one.width == 1 && one.cells[0].isEmpty())) {
        return null;
      }
      Item item = row(one, found);
      return item.problems().isEmpty() && !one.read(true) ? item : null;
    } catch (DocParser.Stop | IOException e) {
      return null;
    }
  }

  /** Reads one row of cells, or null at the end; fills the line of the row. */
  private @Nullable List<String> cells(int[] line) {
    List<String> cells = rows.next(true);
    line[0] = rows.line;
    return cells;
  }

  private void readHeader() {
    int[] line = new int[1];
    List<String> names = cells(line);
    if (names == null || names.isEmpty()) {
      problems.at(1, 1, "", "the file is empty; expected a header row unit,group,...");
      header.add("");
      return;
    }
    Plan last = planned; // read once: another file's reader may replace it meanwhile
    if (last != null && problems.isEmpty() && last.fits(scheme, names)) {
      last.into(this);
      return;
    }
    FactColumns columns = new FactColumns(scheme);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      header.add(name);
      meanings.add(null);
      nodeIds.add(name);
      units.add(null);
      String where = "column '" + name + "'";
      if (!seen.add(name)) {
        problems.at(line[0], i + 1, where, "is named twice");
        continue;
      }
      switch (name) {
        case UNIT -> unitAt = i;
        case GROUP -> groupAt = i;
        case PERIOD -> periodAt = i;
        case RECORDING -> recordingAt = i;
        case "" -> problems.at(line[0], i + 1, "column " + (i + 1), "has no name");
        default -> {
          FactColumns.Header h = FactColumns.Header.parse(name);
          FactColumns.Column c = columns.column(h.nodeId());
          if (!c.refusal().isEmpty()) {
            problems.at(line[0], i + 1, where, "node " + h.nodeId() + " " + c.refusal());
          } else if (h.unit() != null && !Rule.Measured.sameUnit(h.unit(), c.unit())) {
            problems.at(line[0], i + 1, where, wrongUnit(h, c));
          } else if (h.unit() != null && !seen.add(h.nodeId())) {
            problems.at(line[0], i + 1, where, "names node " + h.nodeId() + " again");
          } else {
            meanings.set(i, c.meaning());
            nodeIds.set(i, h.nodeId());
            if (h.unit() != null && c.meaning() == FactColumns.Meaning.MEASURED) {
              units.set(i, c.unit());
            }
          }
        }
      }
    }
    if (unitAt < 0) {
      problems.at(line[0], 1, "", "missing the column 'unit'");
    }
    if (groupAt < 0) {
      problems.at(line[0], 1, "", "missing the column 'group'");
    }
    plan();
    if (problems.isEmpty()) {
      planned = new Plan(scheme, this);
    }
  }

  /**
   * The header read last without a problem, and its plan, for the next file of the same scheme
   * whose header is the same text: planning names each column's node and unit (a regular expression
   * a column) from the scheme's nodes indexed anew, which a file of a hundred units does not
   * amortise, nor the pieces of a file read apart. One plan is kept, the last; a header with a
   * problem is read anew every time, so that its problems are reported as ever.
   */
  private static volatile @Nullable Plan planned;

  /** Whether the plan kept is that of this header of this scheme's files. */
  static boolean planned(Scheme scheme, List<String> header) {
    Plan last = planned;
    return last != null && last.fits(scheme, header);
  }

  /** A header and its plan, as {@link #readHeader} and {@link #plan} leave them; never changed. */
  private static final class Plan {
    final WeakReference<Scheme> scheme;
    final List<String> header;
    final int unitAt;
    final int groupAt;
    final int periodAt;
    final int recordingAt;
    final int[] factOf;
    final FactColumns.Meaning[] factMeaning;
    final String[] factNode;
    final List<Optional<String>> factUnit;
    final @Nullable Fact[][] countFacts;

    Plan(Scheme scheme, CsvUnits read) {
      this.scheme = new WeakReference<>(scheme);
      this.header = List.copyOf(read.header);
      this.unitAt = read.unitAt;
      this.groupAt = read.groupAt;
      this.periodAt = read.periodAt;
      this.recordingAt = read.recordingAt;
      this.factOf = read.factOf;
      this.factMeaning = read.factMeaning;
      this.factNode = read.factNode;
      this.factUnit = read.factUnit;
      this.countFacts = read.countFacts;
    }

    /** Is this the plan of the header of a file of the scheme? */
    boolean fits(Scheme of, List<String> names) {
      return scheme.get() == of && header.equals(names);
    }

    /** Gives a reader of a file with this header the plan, as if it had read the header. */
    void into(CsvUnits read) {
      read.header.addAll(header);
      read.unitAt = unitAt;
      read.groupAt = groupAt;
      read.periodAt = periodAt;
      read.recordingAt = recordingAt;
      read.factOf = factOf;
      read.factMeaning = factMeaning;
      read.factNode = factNode;
      read.factUnit = factUnit;
      read.countFacts = countFacts;
    }
  }

  /** Resolves the columns that hold facts into {@link #factOf} and its siblings, once. */
  private void plan() {
    int n = 0;
    for (FactColumns.Meaning m : meanings) {
      n += m == null ? 0 : 1;
    }
    factOf = new int[meanings.size()];
    Arrays.fill(factOf, -1);
    factMeaning = new FactColumns.Meaning[n];
    factNode = new String[n];
    List<Optional<String>> unitOf = new ArrayList<>(n);
    int k = 0;
    for (int i = 0; i < meanings.size(); i++) {
      FactColumns.Meaning m = meanings.get(i);
      if (m != null) {
        factOf[i] = k;
        factMeaning[k] = m;
        factNode[k] = nodeIds.get(i);
        unitOf.add(Optional.ofNullable(units.get(i)));
        k++;
      }
    }
    factUnit = unitOf;
    countFacts = new Fact[n][];
    for (k = 0; k < n; k++) {
      if (factMeaning[k] == FactColumns.Meaning.COUNT) {
        countFacts[k] = new Fact[KEPT_COUNTS];
        for (int d = 1; d < 10; d++) {
          countFacts[k][d] =
              FactColumns.read(factMeaning[k], factNode[k], factUnit.get(k), Integer.toString(d));
        }
      }
    }
  }

  /** Why a header's unit is not its node's: the node states another, or none. */
  private static String wrongUnit(FactColumns.Header h, FactColumns.Column c) {
    String named = "names the unit " + h.unit() + ", but node " + h.nodeId();
    if (c.unit().isBlank()) {
      return named + " states no unit; name the column " + h.nodeId();
    }
    return named
        + " is measured in "
        + c.unit()
        + "; give its values in "
        + c.unit()
        + " and name the column "
        + c.header()
        + " (a value is never converted from another unit)";
  }

  /**
   * Reads one row of a unit into its facts: the mapping of a row alone, given its cells and line
   * (the header is read first). Problems go to {@code problems}, each at its cell; a fact's cell
   * becomes a location only when the calculator finds a problem with the fact. Once the header is
   * read this changes nothing of the reader, so rows may be mapped on other threads, each with its
   * own {@code problems}.
   *
   * @param read the row read: its cells, stripped, its width, line and filled cells
   * @param problems where the row's problems go
   * @return the unit read, or its problems
   */
  Item row(CsvRows read, Problems problems) {
    String[] cells = read.cells;
    int width = read.width;
    int line = read.line;
    Doc.Loc loc = new Doc.Loc(line, 1);
    if (width != header.size()) {
      problems.at(
          loc,
          "",
          "the row has " + width + " cells but the header has " + header.size() + " columns");
      return Item.of(new FactsCodec.Parsed(null, loc, null, Map.of()), problems);
    }
    String unit = cells[unitAt];
    String group = cells[groupAt];
    if (unit.isEmpty()) {
      problems.at(line, unitAt + 1, where(unit), "the column 'unit' is empty");
    }
    if (group.isEmpty()) {
      problems.at(line, groupAt + 1, where(unit), "the column 'group' is empty");
    }
    String period = periodAt < 0 || cells[periodAt].isEmpty() ? null : cells[periodAt];
    Recording recording = Recording.EVERY_CHECK;
    if (recordingAt >= 0 && !cells[recordingAt].isEmpty()) {
      String cell = cells[recordingAt];
      Recording named = null;
      for (int r = 0; r < RECORDINGS.length; r++) {
        if (RECORDING_NAMES[r].equals(cell)) {
          named = RECORDINGS[r];
        }
      }
      if (named == null) {
        problems.at(
            line,
            recordingAt + 1,
            where(unit) + ", column '" + RECORDING + "'",
            "expected one of "
                + Names.all(List.of(Recording.values()))
                + " (or nothing, for everyCheck), found '"
                + Doc.abbreviate(cell)
                + "'");
      } else {
        recording = named;
      }
    }
    // the row's filled cells alone, in the order of its columns: most of a row's cells are empty
    int[] filledAt = read.filledAt;
    int filledCells = read.filled;
    int filled = 0;
    for (int i = 0; i < filledCells; i++) {
      filled += factOf[filledAt[i]] < 0 ? 0 : 1;
    }
    FactPlaces locs = new FactPlaces(filled);
    int maxNumberLength = limits.maxNumberLength();
    for (int i = 0; i < filledCells; i++) {
      int at = filledAt[i];
      int k = factOf[at];
      if (k < 0) {
        continue;
      }
      String cell = cells[at];
      FactColumns.Meaning m = factMeaning[k];
      String wrong = FactColumns.misread(m, cell, maxNumberLength);
      if (wrong != null) {
        problems.at(line, at + 1, where(unit) + ", column '" + factNode[k] + "'", wrong);
        continue;
      }
      @Nullable Fact[] counts = countFacts[k];
      Fact fact;
      if (counts != null && cell.length() <= 2) {
        // a plain count (misread said so) of one digit or two, without a leading zero: 0 for none
        int count =
            cell.length() == 1
                ? cell.charAt(0) - '0'
                : 10 * (cell.charAt(0) - '0') + (cell.charAt(1) - '0');
        fact = counts[count];
        if (fact == null && count != 0) {
          fact = FactColumns.read(m, factNode[k], factUnit.get(k), cell);
          counts[count] = fact;
        }
      } else {
        fact = FactColumns.read(m, factNode[k], factUnit.get(k), cell);
      }
      if (fact != null) {
        locs.add(fact, line, at + 1);
      }
    }
    if (!problems.isEmpty()) {
      return Item.of(
          new FactsCodec.Parsed(null, loc, unit.isEmpty() ? null : unit, locs), problems);
    }
    UnitFacts built = locs.unit(unit, group, period, recording);
    return Item.of(new FactsCodec.Parsed(built, loc, unit, locs), problems);
  }

  /** What a problem of a row names: its unit, or the row if it has none. */
  private static String where(String unit) {
    return unit.isEmpty() ? "row" : "unit " + unit;
  }

  @Override
  public void close() throws IOException {
    try (reader) {
      parser.close();
    }
  }
}
