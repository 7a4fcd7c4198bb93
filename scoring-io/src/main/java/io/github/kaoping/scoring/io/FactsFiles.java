package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes facts files: the facts of many units, in YAML or JSON ({@code {scheme: id,
 * units: [...]}}, described in {@code docs/format.md} and by {@code
 * json-schema/facts.schema.json}), in CSV for the common case of counts, measured values and
 * assessed points (one row per unit, one column per node id, named with the node's unit where it
 * states one: {@code art8.1.bureau (条/月)}), or in an Excel workbook ({@code .xlsx}) generated from
 * the scheme by {@link #template} and filled in by an office.
 *
 * <p>{@link #open} streams the units one at a time; {@link #read} reads them all and reports every
 * problem of the file at once. A CSV file and a workbook are read with their scheme, which says
 * what each column holds.
 */
public final class FactsFiles {

  private FactsFiles() {}

  /**
   * Opens a YAML or JSON facts file, checking only its format.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, not null
   * @return a reader of its units, never null
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException for a CSV file or a workbook, whose columns only a scheme can
   *     interpret
   */
  public static FactsReader open(Path file) throws IOException {
    FileFormat format = format(file);
    if (format == FileFormat.CSV || format == FileFormat.XLSX) {
      throw new IllegalArgumentException(
          file
              + ": a "
              + (format == FileFormat.CSV ? "CSV facts file" : "workbook")
              + " is read with its scheme, which says what each column holds");
    }
    if (format == FileFormat.JSONL) {
      return jsonLines(file, null);
    }
    if (format == FileFormat.JSON) {
      return new FactsReader(json(file, Optional.empty()), null);
    }
    return open(Docs.open(file, Limits.FACTS), format, file.toString(), null, Limits.FACTS);
  }

  /** A JSON Lines file, its lines cut on their bytes (no decoding on the thread that cuts). */
  private static FactsReader jsonLines(Path file, @Nullable Calculator calculator)
      throws IOException {
    return jsonLines(file, calculator == null ? null : calculator.scheme(), calculator);
  }

  private static FactsReader jsonLines(
      Path file, @Nullable Scheme scheme, @Nullable Calculator calculator) throws IOException {
    return new FactsReader(
        new JsonLines(
            java.nio.file.Files.newInputStream(file),
            file.toString(),
            Limits.FACTS_LINE,
            scheme == null ? Optional.empty() : Optional.of(scheme.id())),
        calculator);
  }

  /**
   * Opens a facts file in any format and checks every unit against a scheme.
   *
   * @param file a {@code .yaml}, {@code .yml}, {@code .json}, {@code .csv} or {@code .xlsx} file,
   *     not null
   * @param calculator the scheme's calculator, not null
   * @return a reader of its units, never null
   * @throws IOException if the file cannot be opened
   */
  public static FactsReader open(Path file, Calculator calculator) throws IOException {
    FileFormat format = format(file);
    if (format == FileFormat.XLSX) {
      if (!java.nio.file.Files.isReadable(file)) {
        java.nio.file.Files.newInputStream(file).close(); // the IOException that says why
      }
      return new FactsReader(
          new WorkbookUnits(
              file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, calculator.scheme()),
          calculator);
    }
    if (format == FileFormat.JSONL) {
      return jsonLines(file, calculator);
    }
    if (format == FileFormat.CSV) {
      boolean rows;
      try (Reader text = Docs.open(file, Limits.FACTS)) {
        rows = CsvFactRows.start(text, Limits.FACTS, calculator.scheme()).rowLayout();
      }
      // cut on its bytes, so that its units are parsed on every core (read serially on one)
      return new FactsReader(
          new CsvSplit(file, file.toString(), Limits.FACTS, calculator.scheme(), rows), calculator);
    }
    if (format == FileFormat.YAML) {
      // its units cut on its bytes, so that they are parsed on every core (read serially on one)
      return new FactsReader(
          new YamlSplit(file, file.toString(), Limits.FACTS, Optional.of(calculator.scheme().id())),
          calculator);
    }
    if (format == FileFormat.JSON) {
      return new FactsReader(json(file, Optional.of(calculator.scheme().id())), calculator);
    }
    return open(Docs.open(file, Limits.FACTS), format, file.toString(), calculator, Limits.FACTS);
  }

  /** A JSON file's units, parsed from its bytes while they are plain ({@link PlainJsonUnits}). */
  private static UnitSource json(Path file, Optional<String> scheme) throws IOException {
    return new PlainJsonUnits(file, file.toString(), Limits.FACTS, scheme);
  }

  /**
   * Opens a facts file in any format for a scheme, checking only its format, as {@link #open(Path)}
   * does for YAML and JSON: every problem of the file's text, its columns and cells is reported,
   * but the units are not checked against the scheme's rules ({@link #open(Path, Calculator)} does
   * that too, as scoring reads). A CSV file and a workbook take their columns from the scheme; a
   * YAML or JSON file must name it.
   *
   * @param file a {@code .yaml}, {@code .yml}, {@code .json}, {@code .jsonl}, {@code .csv} or
   *     {@code .xlsx} file, not null
   * @param scheme the scheme the facts are for, not null
   * @return a reader of its units, never null
   * @throws IOException if the file cannot be opened
   */
  public static FactsReader openUnchecked(Path file, Scheme scheme) throws IOException {
    FileFormat format = format(file);
    if (format == FileFormat.XLSX) {
      if (!java.nio.file.Files.isReadable(file)) {
        java.nio.file.Files.newInputStream(file).close(); // the IOException that says why
      }
      return new FactsReader(
          new WorkbookUnits(file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, scheme), null);
    }
    if (format == FileFormat.JSONL) {
      return jsonLines(file, scheme, null);
    }
    if (format == FileFormat.JSON) {
      return new FactsReader(json(file, Optional.of(scheme.id())), null);
    }
    return open(Docs.open(file, Limits.FACTS), format, file.toString(), scheme, null, Limits.FACTS);
  }

  /**
   * Opens facts from text.
   *
   * @param in the text; closed with the reader
   * @param format its format: YAML, JSON or CSV
   * @param name what to call the source in problems
   * @param calculator the scheme to check against; required for CSV, may be null otherwise
   * @return a reader of the units
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException for a workbook, which is read from its file
   */
  public static FactsReader open(
      Reader in, FileFormat format, String name, @Nullable Calculator calculator)
      throws IOException {
    return open(in, format, name, calculator, Limits.FACTS);
  }

  /**
   * Opens facts from text for a scheme, checking only their format, as {@link #openUnchecked(Path,
   * Scheme)}.
   *
   * @param in the text; closed with the reader
   * @param format its format: YAML, JSON, JSON Lines or CSV
   * @param name what to call the source in problems
   * @param scheme the scheme the facts are for, not null
   * @return a reader of the units
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException for a workbook, which is read from its file
   */
  public static FactsReader openUnchecked(Reader in, FileFormat format, String name, Scheme scheme)
      throws IOException {
    return open(in, format, name, scheme, null, Limits.FACTS);
  }

  static FactsReader open(
      Reader in, FileFormat format, String name, @Nullable Calculator calculator, Limits limits)
      throws IOException {
    return open(
        in, format, name, calculator == null ? null : calculator.scheme(), calculator, limits);
  }

  /**
   * Opens facts from text: read with {@code scheme} (which CSV needs), checked by {@code
   * calculator} if given, whose scheme it is.
   */
  private static FactsReader open(
      Reader in,
      FileFormat format,
      String name,
      @Nullable Scheme scheme,
      @Nullable Calculator calculator,
      Limits limits)
      throws IOException {
    if (format == FileFormat.XLSX) {
      in.close();
      throw new IllegalArgumentException(name + ": a workbook is binary: open it from its file");
    }
    UnitSource source;
    if (format == FileFormat.JSONL) {
      source =
          new JsonLines(
              Input.utf8Bytes(in),
              name,
              limits == Limits.FACTS ? Limits.FACTS_LINE : limits,
              scheme == null ? Optional.empty() : Optional.of(scheme.id()));
    } else if (format == FileFormat.CSV) {
      if (scheme == null) {
        in.close();
        throw new IllegalArgumentException(
            name + ": a CSV facts file is read with its scheme, which says what each column holds");
      }
      source = csv(in, name, limits, scheme);
    } else {
      source =
          new TreeUnits(
              in,
              format,
              name,
              limits,
              scheme == null ? Optional.empty() : Optional.of(scheme.id()));
    }
    return new FactsReader(source, calculator);
  }

  /** The units of a CSV file, in the layout its header names: a row per unit, or per fact. */
  static UnitSource csv(Reader in, String name, Limits limits, Scheme scheme) throws IOException {
    CsvFactRows.Start start = CsvFactRows.start(in, limits, scheme);
    return start.rowLayout()
        ? new CsvFactRows(start.text(), name, limits, scheme)
        : new CsvUnits(start.text(), name, limits, scheme);
  }

  /**
   * Reads every unit of a YAML or JSON facts file, checking only its format.
   *
   * @param file the file, not null
   * @return the units, in the file's order
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static List<UnitFacts> read(Path file) throws IOException {
    try (FactsReader r = open(file)) {
      return readAll(r, file.toString());
    }
  }

  /**
   * Reads every unit of a facts file in any format and checks it against a scheme.
   *
   * @param file the file, not null
   * @param calculator the scheme's calculator, not null
   * @return the units, in the file's order, each ready to score
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static List<UnitFacts> read(Path file, Calculator calculator) throws IOException {
    try (FactsReader r = open(file, calculator)) {
      return readAll(r, file.toString());
    }
  }

  /** Reads every unit, collecting the problems of all of them. */
  static List<UnitFacts> readAll(FactsReader r, String name) {
    List<UnitFacts> units = new ArrayList<>();
    r.readEach(units::add);
    return units;
  }

  // ================================================================== writing

  /**
   * Writes a facts file for a scheme, in the format its extension names; the file is replaced only
   * once every unit is written.
   *
   * @param file a {@code .yaml}, {@code .yml}, {@code .json}, {@code .csv} or {@code .xlsx} file
   * @param scheme the scheme the facts are for (CSV and workbooks take their columns from it)
   * @param units the units; iterated once per sheet of a workbook
   * @param options how to write the file: {@link WriteOption#FOLLOW_LINKS} to write through a
   *     symbolic link, {@link WriteOption#BYTE_ORDER_MARK} to begin a CSV file with one
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if a fact cannot be written in a workbook
   */
  public static void write(
      Path file, Scheme scheme, Iterable<UnitFacts> units, WriteOption... options)
      throws IOException {
    FileFormat format = format(file);
    Set<WriteOption> set = Docs.options(options);
    if (format == FileFormat.XLSX) {
      Docs.writeBytesAtomically(file, set, out -> write(out, scheme, units));
      return;
    }
    Docs.writeAtomically(
        file,
        set,
        out -> {
          if (format == FileFormat.CSV && set.contains(WriteOption.BYTE_ORDER_MARK)) {
            out.write(Docs.BYTE_ORDER_MARK);
          }
          write(out, format, scheme, units);
        });
  }

  /**
   * Writes facts as a workbook laid out as {@link #template} lays it out, with a row per unit.
   * Counts, measured values, assessed points, levels, checks and rater scores without provenance go
   * in their unit's row; other occurrences, veto events and items not applicable go on their
   * sheets.
   *
   * @param out where to write; left open
   * @param scheme the scheme the facts are for
   * @param units the units; iterated once per sheet
   * @throws IOException if the workbook cannot be written
   * @throws IllegalArgumentException if a fact cannot be written in a workbook: a fact of a unit's
   *     row with provenance, more rater scores than a panel has columns
   */
  public static void write(OutputStream out, Scheme scheme, Iterable<UnitFacts> units)
      throws IOException {
    WorkbookWriter.facts(out, scheme, units);
  }

  /**
   * Writes a scheme's template: an Excel workbook for an office to fill in with the year's facts
   * and read back by {@link #open(Path, Calculator)}. It has a sheet per unit group, with a row per
   * unit the scheme lists and a column per item (its title, clause and maximum in frozen header
   * rows, its cells typed and validated: whole counts, numbers in range, levels and 是/否 as
   * drop-downs), a sheet for occurrences that need an id, kind, level, chosen points, amount, note
   * or provenance, sheets for veto events and items not applicable where the scheme has them, and
   * instructions in Chinese. {@code docs/format.md} describes the layout.
   *
   * @param file a {@code .xlsx} file; replaced only once it is complete
   * @param scheme the scheme
   * @param period the period to fill in for the units listed, if any
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the file's name does not end in {@code .xlsx}
   */
  public static void template(Path file, Scheme scheme, Optional<String> period)
      throws IOException {
    if (FileFormat.of(file).orElse(null) != FileFormat.XLSX) {
      throw new IllegalArgumentException(file + ": a template is a workbook ending in .xlsx");
    }
    Docs.writeBytesAtomically(file, Set.of(), out -> template(out, scheme, period));
  }

  /**
   * Writes a scheme's template workbook, as {@link #template(Path, Scheme, Optional)} does.
   *
   * @param out where to write; left open
   * @param scheme the scheme
   * @param period the period to fill in for the units listed, if any
   * @throws IOException if the workbook cannot be written
   */
  public static void template(OutputStream out, Scheme scheme, Optional<String> period)
      throws IOException {
    WorkbookWriter.template(out, scheme, period);
  }

  /**
   * Writes facts as text.
   *
   * <p>CSV is written with a row per unit and a column per item when every fact fits a cell (a
   * count of plain occurrences recorded under the item's id, an amount, a measured value or
   * assessed points, without note or provenance, one per item), and otherwise with a row per fact,
   * which holds every kind of fact.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the facts are for
   * @param units the units
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the units of a YAML or JSON file are recorded under
   *     different {@link Recording} policies (the file declares one); or for a workbook, which is
   *     written as bytes
   */
  public static void write(Writer out, FileFormat format, Scheme scheme, Iterable<UnitFacts> units)
      throws IOException {
    if (format == FileFormat.XLSX) {
      throw new IllegalArgumentException("a workbook is binary: write it to a file or a stream");
    }
    if (format == FileFormat.CSV) {
      writeCsv(out, scheme, units);
      return;
    }
    if (format == FileFormat.JSONL) {
      writeLines(out, scheme, units);
      return;
    }
    ObjectMapper mapper = Docs.mapper(format);
    try (JsonGenerator g = mapper.getFactory().createGenerator(Docs.unclosed(out))) {
      Docs.pretty(g, format);
      g.writeStartObject();
      g.writeStringField("scheme", scheme.id());
      // the file declares its recording policy once, before its units: the first unit's
      Iterator<UnitFacts> each = units.iterator();
      UnitFacts first = each.hasNext() ? each.next() : null;
      Recording recording = first == null ? Recording.EVERY_CHECK : first.recording();
      if (recording != Recording.EVERY_CHECK) {
        g.writeStringField("recording", Names.of(recording));
      }
      g.writeArrayFieldStart("units");
      for (UnitFacts u = first; u != null; u = each.hasNext() ? each.next() : null) {
        sameRecording(u, recording);
        mapper.writeTree(g, FactsCodec.write(u));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (format == FileFormat.JSON) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes JSON Lines: the header line ({@code scheme}, and {@code recording} unless every check is
   * recorded), then a unit a line, each line a compact JSON object ending in a newline.
   */
  private static void writeLines(Writer out, Scheme scheme, Iterable<UnitFacts> units)
      throws IOException {
    ObjectMapper mapper = Docs.mapper(FileFormat.JSON);
    Iterator<UnitFacts> each = units.iterator();
    UnitFacts first = each.hasNext() ? each.next() : null;
    Recording recording = first == null ? Recording.EVERY_CHECK : first.recording();
    com.fasterxml.jackson.databind.node.ObjectNode header = mapper.createObjectNode();
    header.put("scheme", scheme.id());
    if (recording != Recording.EVERY_CHECK) {
      header.put("recording", Names.of(recording));
    }
    try (JsonGenerator g = mapper.getFactory().createGenerator(Docs.unclosed(out))) {
      // a newline after each value, nothing else between them
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n"));
      mapper.writeTree(g, header);
      for (UnitFacts u = first; u != null; u = each.hasNext() ? each.next() : null) {
        sameRecording(u, recording);
        mapper.writeTree(g, FactsCodec.write(u));
      }
    }
    out.write('\n');
    out.flush();
  }

  private static void sameRecording(UnitFacts u, Recording recording) {
    if (u.recording() != recording) {
      throw new IllegalArgumentException(
          "unit "
              + u.unitId()
              + " is recorded "
              + Names.of(u.recording())
              + ", the file's first unit "
              + Names.of(recording)
              + ": a facts file declares one recording policy for all its units");
    }
  }

  private static void writeCsv(Writer out, Scheme scheme, Iterable<UnitFacts> units)
      throws IOException {
    FactColumns columns = new FactColumns(scheme);
    List<String> nodeIds = new ArrayList<>();
    for (Node n : columns.nodes()) {
      if (n.isLeaf() && columns.column(n.id()).refusal().isEmpty()) {
        nodeIds.add(n.id());
      }
    }
    if (!wide(columns, nodeIds, units)) {
      CsvFactRows.write(out, units);
      return;
    }
    // a recording column only when a unit records failures only, so that other files stay as they
    // were
    boolean recording = false;
    for (UnitFacts u : units) {
      recording |= u.recording() != Recording.EVERY_CHECK;
    }
    Csv.Row header = new Csv.Row();
    header.add(CsvUnits.UNIT).add(CsvUnits.GROUP).add(CsvUnits.PERIOD);
    if (recording) {
      header.add(CsvUnits.RECORDING);
    }
    nodeIds.forEach(id -> header.add(columns.column(id).header()));
    header.writeTo(out);
    for (UnitFacts u : units) {
      Map<String, String> cells = new HashMap<>();
      for (Fact f : u.facts()) {
        cells.put(
            f.target(), Objects.requireNonNull(FactColumns.text(f, columns.column(f.target()))));
      }
      Csv.Row row = new Csv.Row();
      row.add(u.unitId()).add(u.group()).add(u.period().orElse(""));
      if (recording) {
        row.add(u.recording() == Recording.EVERY_CHECK ? "" : Names.of(u.recording()));
      }
      for (String id : nodeIds) {
        row.add(cells.getOrDefault(id, ""));
      }
      row.writeTo(out);
    }
    out.flush();
  }

  /** Does every unit's every fact fit a cell of the wide layout, a cell per item? */
  private static boolean wide(
      FactColumns columns, List<String> nodeIds, Iterable<UnitFacts> units) {
    for (UnitFacts u : units) {
      Set<String> seen = new HashSet<>();
      for (Fact f : u.facts()) {
        String node = f.target();
        if (!nodeIds.contains(node)
            || !seen.add(node)
            || FactColumns.text(f, columns.column(node)) == null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Tells a YAML or JSON facts file from a scheme file by its top-level keys: a facts file has
   * {@code units}, a scheme {@code sections}. Reads no further than the first of them.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file; a JSON Lines file always holds
   *     facts
   * @return whether the file holds facts
   * @throws IOException if the file cannot be read
   */
  public static boolean isFacts(Path file) throws IOException {
    if (FileFormat.of(file).orElse(null) == FileFormat.JSONL) {
      return true; // JSON Lines holds facts only
    }
    FileFormat format = SchemeFiles.treeFormat(file, "a facts or scheme");
    try (Reader in = Docs.open(file, Limits.FACTS);
        com.fasterxml.jackson.core.JsonParser p = Docs.parser(in, format, Limits.FACTS)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if ("units".equals(key)) {
          return true;
        }
        if ("sections".equals(key)) {
          return false;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false; // not readable as either; reading it as a scheme reports why
    }
  }

  /**
   * The scheme a YAML or JSON facts file names at its top ({@code scheme: yueyang-2007}), read
   * without reading its units (it may come after them).
   *
   * @param file a {@code .yaml}, {@code .yml}, {@code .json} or JSON Lines facts file (whose header
   *     line names it)
   * @return the scheme's id, or empty if the file names none or cannot be read as YAML or JSON
   * @throws IOException if the file cannot be read
   */
  public static Optional<String> schemeOf(Path file) throws IOException {
    if (FileFormat.of(file).orElse(null) == FileFormat.JSONL) {
      try (JsonLines lines =
          new JsonLines(
              java.nio.file.Files.newInputStream(file),
              file.toString(),
              Limits.FACTS_LINE,
              Optional.empty())) {
        lines.cut(); // reads the header, if the file has one
        return lines.scheme();
      }
    }
    FileFormat format = SchemeFiles.treeFormat(file, "a facts");
    try (Reader in = Docs.open(file, Limits.FACTS);
        com.fasterxml.jackson.core.JsonParser p = Docs.parser(in, format, Limits.FACTS)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String key = p.currentName();
        com.fasterxml.jackson.core.JsonToken value = p.nextToken();
        if ("scheme".equals(key) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          return Optional.of(p.getText());
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty(); // reading it as facts reports why
    }
  }

  static FileFormat format(Path file) {
    return FileFormat.of(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    file
                        + ": a facts file must end in .yaml, .yml, .json, .jsonl, .ndjson, .csv"
                        + " or .xlsx"));
  }
}
