package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
  private final CsvParser parser;
  private final CsvRows rows;
  private final Problems problems;
  private final FactColumns columns;
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

  CsvUnits(Reader reader, String file, Limits limits, Scheme scheme) throws IOException {
    this.reader = reader;
    this.limits = limits;
    this.parser = limits.csv().createParser(reader);
    parser.setSchema(CsvSchema.emptySchema());
    this.problems = new Problems(file);
    this.rows = new CsvRows(parser, new DocParser(parser, problems, limits), problems, limits);
    this.columns = new FactColumns(scheme);
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
      Item row = row();
      if (row == null) {
        done = true;
      }
      return row;
    } catch (DocParser.Stop stop) {
      done = true;
      return Item.of(null, problems);
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

  private @Nullable Item row() {
    int[] line = new int[1];
    List<String> cells = cells(line);
    while (cells != null && cells.size() == 1 && cells.get(0).isEmpty()) {
      cells = cells(line); // a blank line
    }
    if (cells == null) {
      return null;
    }
    Doc.Loc loc = new Doc.Loc(line[0], 1);
    Map<Fact, Doc.Loc> locs = new IdentityHashMap<>();
    if (cells.size() != header.size()) {
      problems.at(
          loc,
          "",
          "the row has "
              + cells.size()
              + " cells but the header has "
              + header.size()
              + " columns");
      return Item.of(new FactsCodec.Parsed(null, loc, null, locs), problems);
    }
    String unit = cells.get(unitAt);
    String group = cells.get(groupAt);
    String where = unit.isEmpty() ? "row" : "unit " + unit;
    if (unit.isEmpty()) {
      problems.at(line[0], unitAt + 1, where, "the column 'unit' is empty");
    }
    if (group.isEmpty()) {
      problems.at(line[0], groupAt + 1, where, "the column 'group' is empty");
    }
    Optional<String> period =
        periodAt < 0 || cells.get(periodAt).isEmpty()
            ? Optional.empty()
            : Optional.of(cells.get(periodAt));
    Recording recording = Recording.EVERY_CHECK;
    if (recordingAt >= 0 && !cells.get(recordingAt).isEmpty()) {
      String cell = cells.get(recordingAt);
      Recording named = null;
      for (Recording r : Recording.values()) {
        if (Names.of(r).equals(cell)) {
          named = r;
        }
      }
      if (named == null) {
        problems.at(
            line[0],
            recordingAt + 1,
            where + ", column '" + RECORDING + "'",
            "expected one of "
                + Names.all(List.of(Recording.values()))
                + " (or nothing, for everyCheck), found '"
                + Doc.abbreviate(cell)
                + "'");
      } else {
        recording = named;
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      FactColumns.Meaning m = meanings.get(i);
      String cell = cells.get(i);
      if (m == null || cell.isEmpty()) {
        continue;
      }
      Fact fact = fact(m, nodeIds.get(i), units.get(i), cell, line[0], i + 1, where);
      if (fact != null) {
        facts.add(fact);
        locs.put(fact, new Doc.Loc(line[0], i + 1));
      }
    }
    if (!problems.isEmpty()) {
      return Item.of(
          new FactsCodec.Parsed(null, loc, unit.isEmpty() ? null : unit, locs), problems);
    }
    UnitFacts built =
        UnitFacts.builder()
            .unitId(unit)
            .group(group)
            .period(period)
            .recording(recording)
            .facts(facts)
            .build();
    return Item.of(new FactsCodec.Parsed(built, loc, unit, locs), problems);
  }

  private @Nullable Fact fact(
      FactColumns.Meaning m,
      String node,
      @Nullable String unit,
      String cell,
      int line,
      int field,
      String where) {
    return FactColumns.fact(
        m,
        node,
        unit,
        cell,
        limits.maxNumberLength(),
        message -> problems.at(line, field, where + ", column '" + node + "'", message));
  }

  @Override
  public void close() throws IOException {
    try (reader) {
      parser.close();
    }
  }
}
