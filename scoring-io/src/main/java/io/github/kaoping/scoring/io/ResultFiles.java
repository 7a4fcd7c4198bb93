package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.standings.BandedGroup;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.GradeApplication;
import io.github.kaoping.scoring.standings.GradeDecision;
import io.github.kaoping.scoring.standings.GradingResult;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.StandingsTable;
import io.github.kaoping.scoring.text.Printable;
import io.github.kaoping.scoring.text.TextTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link Results} as a table for terminals, as JSON, as CSV or as an Excel workbook, and
 * reads JSON results back equal to what was written; writes and reads one unit's {@link
 * Explanation} as JSON or YAML.
 *
 * <ul>
 *   <li><b>Table</b>: first, under a heading that cannot be missed, every decision the results
 *       leave to the office (an award a tie left unfilled, an award whose places the office has not
 *       set); then one section per outcome and group, units in ranking order (bands: by score),
 *       with rank, name, score, awards and notes (disqualification, withheld awards and why), the
 *       ties at award cuts and the group's decisions below; then the units of groups no outcome
 *       places, by total; then the outcomes not decided. Notes speak the scheme's language. Columns
 *       are aligned by display width, a Chinese character taking two. Each grading follows the
 *       outcomes: one table per group, a unit on each line with its score, application, verdict,
 *       grades held before and after, and notes in the scheme's language ({@link GradingWords}).
 *   <li><b>JSON</b>: everything {@link Results} holds, and the scheme's nodes that units' points
 *       are given on; {@link #read(Path)} gives it back equal.
 *   <li><b>CSV</b>: one row per unit and outcome, in the table's order, with fixed columns and then
 *       one column per node chosen ({@link NodeSelection}); units no outcome places get one row
 *       with an empty {@code outcome}. The last of the outcomes' columns, {@code decision}, repeats
 *       on each row it concerns what the office must decide: every unit of the group for an award
 *       whose places are not set, the tied units for an award a tie left unfilled. Results with
 *       gradings have the {@link #GRADING_COLUMNS} after them, and one row per unit each grading
 *       decided. With node columns, a second header row gives their titles.
 *   <li><b>Workbook</b> ({@code .xlsx}): a sheet per outcome and group in the table's order (the
 *       decisions left to the office and the ties at award cuts above the units; rank, unit, name,
 *       score, awards, vetoes by title and clause, notes), a sheet per grading and group, a sheet
 *       of the units no outcome places, a sheet of every unit's points on the nodes chosen, and an
 *       explanation sheet. Headers speak the scheme's language and are frozen; points are numbers
 *       shown with the scheme's decimals; every text is a string cell, never a formula. Written to
 *       a file or a stream only.
 * </ul>
 *
 * <p>Nothing depends on the order the units were scored in: the same facts in any order give the
 * same bytes. Writing holds no more than the results themselves; rows are produced as they are
 * written.
 */
public final class ResultFiles {

  /** The CSV header. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "outcome",
          "unit",
          "name",
          "group",
          "period",
          "total",
          "value",
          "score",
          "previous",
          "rank",
          "position",
          "fromBottom",
          "awards",
          "withheld",
          "band",
          "cutTie",
          "disqualified",
          "vetoes",
          "decision",
          "recording");

  /** The CSV columns after {@link #CSV_COLUMNS} when the results hold gradings. */
  static final List<String> GRADING_COLUMNS =
      List.of(
          "applied",
          "appliedFor",
          "appliedOn",
          "verdict",
          "heldBefore",
          "granted",
          "heldAfter",
          "unmet",
          "gradeNotes");

  private ResultFiles() {}

  /**
   * Writes results to a file in the format its extension names, replacing it only once everything
   * is written: {@code .json}, {@code .csv} or {@code .xlsx}, any other the table.
   *
   * @param file the file, not null
   * @param scheme the scheme the results are of
   * @param results the results
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the results are of another scheme
   */
  public static void write(Path file, Scheme scheme, Results results) throws IOException {
    write(file, formatOf(file), scheme, results);
  }

  /**
   * The results format a file's extension names: {@code .json}, {@code .csv}, {@code .xlsx}, the
   * table for any other.
   *
   * @param file the file, not null
   * @return the format
   */
  public static ResultFormat formatOf(Path file) {
    return switch (FileFormat.of(file).orElse(FileFormat.YAML)) {
      case JSON -> ResultFormat.JSON;
      case CSV -> ResultFormat.CSV;
      case XLSX -> ResultFormat.XLSX;
      case YAML, JSONL -> ResultFormat.TABLE;
    };
  }

  /**
   * Writes results to a file, replacing it only once everything is written.
   *
   * @param file the file, not null
   * @param format the format
   * @param scheme the scheme the results are of (the table and CSV take titles and names from it)
   * @param results the results
   * @param options how to write the file: {@link WriteOption#BYTE_ORDER_MARK} to begin CSV with one
   *     for Excel, {@link WriteOption#FOLLOW_LINKS} to write through a symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if the results are of another scheme, or the format is {@link
   *     ResultFormat#XLSX} and the file's name does not end in {@code .xlsx}, or the other way
   *     round
   */
  public static void write(
      Path file, ResultFormat format, Scheme scheme, Results results, WriteOption... options)
      throws IOException {
    write(file, format, scheme, results, NodeSelection.all(), options);
  }

  /**
   * Writes results to a file, replacing it only once everything is written, with the chosen nodes
   * as CSV columns.
   *
   * @param file the file, not null
   * @param format the format
   * @param scheme the scheme the results are of (the table and CSV take titles and names from it)
   * @param results the results
   * @param nodes the nodes whose points CSV and a workbook show in columns of their own; the table
   *     shows none, JSON every node
   * @param options how to write the file: {@link WriteOption#BYTE_ORDER_MARK} to begin CSV with one
   *     for Excel, {@link WriteOption#FOLLOW_LINKS} to write through a symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if the results are of another scheme, the selection names a
   *     node the scheme does not have, or a workbook's file name does not end in {@code .xlsx}, or
   *     another format's does
   */
  public static void write(
      Path file,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      WriteOption... options)
      throws IOException {
    write(file, format, scheme, results, nodes, Language.of(scheme.title()), options);
  }

  /**
   * Writes results to a file, replacing it only once everything is written, with the chosen nodes
   * as CSV columns and the table's words in the given language.
   *
   * @param file the file, not null
   * @param format the format
   * @param scheme the scheme the results are of (the table and CSV take titles and names from it)
   * @param results the results
   * @param nodes the nodes whose points CSV shows in columns of their own; the table shows none,
   *     JSON every node
   * @param language the language of the table's headers and of the words the table and the CSV's
   *     notes add (the scheme's own is {@code Language.of(scheme.title())}); column names and
   *     values of the file formats stay as they are
   * @param options how to write the file: {@link WriteOption#BYTE_ORDER_MARK} to begin CSV with one
   *     for Excel, {@link WriteOption#FOLLOW_LINKS} to write through a symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if the results are of another scheme, the selection names a
   *     node the scheme does not have, or a workbook's file name does not end in {@code .xlsx}, or
   *     another format's does
   */
  public static void write(
      Path file,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      Language language,
      WriteOption... options)
      throws IOException {
    write(file, format, scheme, results, nodes, language, 1, options);
  }

  /**
   * Writes results to a file as {@link #write(Path, ResultFormat, Scheme, Results, NodeSelection,
   * Language, WriteOption...)} does, rendering JSON's and CSV's units on several threads: the
   * caller's only copies their text to the file, in order, so the bytes are those of one thread.
   * The table and the workbook are written on the caller's thread.
   *
   * @param file the file, not null
   * @param format the format
   * @param scheme the scheme the results are of (the table and CSV take titles and names from it)
   * @param results the results
   * @param nodes the nodes whose points CSV shows in columns of their own; the table shows none,
   *     JSON every node
   * @param language the language of the table's headers and of the words the table and the CSV's
   *     notes add
   * @param threads how many threads render units, at least 1; 1 writes on the caller's thread
   * @param options how to write the file: {@link WriteOption#BYTE_ORDER_MARK} to begin CSV with one
   *     for Excel, {@link WriteOption#FOLLOW_LINKS} to write through a symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if the results are of another scheme, the selection names a
   *     node the scheme does not have, a workbook's file name does not end in {@code .xlsx}, or
   *     another format's does, or {@code threads} is less than 1
   */
  public static void write(
      Path file,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      Language language,
      int threads,
      WriteOption... options)
      throws IOException {
    checkThreads(threads);
    boolean workbook = FileFormat.of(file).orElse(null) == FileFormat.XLSX;
    if (workbook != (format == ResultFormat.XLSX)) {
      throw new IllegalArgumentException(
          file
              + (workbook
                  ? ": a .xlsx file is written as a workbook (ResultFormat.XLSX), not as " + format
                  : ": a workbook is written to a file named .xlsx"));
    }
    ResultsView view = new ResultsView(scheme, results, language);
    ResultsView.NodeColumns columns = view.columns(nodes); // checked before the file is touched
    Set<WriteOption> set = Docs.options(options);
    if (workbook) {
      Docs.writeBytesAtomically(file, set, out -> ResultsWorkbook.write(out, view, columns));
      return;
    }
    Docs.writeAtomically(
        file,
        set,
        out -> {
          if (format == ResultFormat.CSV && set.contains(WriteOption.BYTE_ORDER_MARK)) {
            out.write(Docs.BYTE_ORDER_MARK);
          }
          write(out, format, view, columns, threads);
        });
  }

  private static void checkThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /**
   * Checks, before any work is done, that results could be written to a file: refuses what {@link
   * WriteOption} says must not be replaced, naming the file as given.
   *
   * @param file the file, not null
   * @param options how it will be written
   * @throws IOException naming what is wrong with the file
   */
  public static void checkWritable(Path file, WriteOption... options) throws IOException {
    Docs.target(file, Docs.options(options));
  }

  /**
   * Writes results to a stream: a workbook's bytes, or the text of another format as UTF-8.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @param nodes the nodes whose points CSV and a workbook show in columns of their own
   * @throws IOException if it cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, or the selection names a
   *     node the scheme does not have
   */
  public static void write(
      OutputStream out, ResultFormat format, Scheme scheme, Results results, NodeSelection nodes)
      throws IOException {
    write(out, format, scheme, results, nodes, Language.of(scheme.title()));
  }

  /**
   * Writes results to a stream in the given language: a workbook's bytes, or the text of another
   * format as UTF-8.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @param nodes the nodes whose points CSV and a workbook show in columns of their own
   * @param language the language of the table's and the workbook's headers and of the words they
   *     and the CSV's notes add; column names and values of the file formats stay as they are
   * @throws IOException if it cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, or the selection names a
   *     node the scheme does not have
   */
  public static void write(
      OutputStream out,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      Language language)
      throws IOException {
    ResultsView view = new ResultsView(scheme, results, language);
    ResultsView.NodeColumns columns = view.columns(nodes);
    if (format == ResultFormat.XLSX) {
      ResultsWorkbook.write(out, view, columns);
      out.flush();
    } else {
      write(Docs.utf8(out), format, view, columns, 1);
    }
  }

  /**
   * Writes results as text.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, or the format is {@link
   *     ResultFormat#XLSX}, which is not text
   */
  public static void write(Writer out, ResultFormat format, Scheme scheme, Results results)
      throws IOException {
    write(out, format, scheme, results, NodeSelection.all());
  }

  /**
   * Writes results as text, with the chosen nodes as CSV columns.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @param nodes the nodes whose points CSV shows in columns of their own; the table shows none,
   *     JSON every node
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, the selection names a
   *     node the scheme does not have, or the format is {@link ResultFormat#XLSX}, which is not
   *     text
   */
  public static void write(
      Writer out, ResultFormat format, Scheme scheme, Results results, NodeSelection nodes)
      throws IOException {
    write(out, format, scheme, results, nodes, Language.of(scheme.title()));
  }

  /**
   * Writes results as text, with the chosen nodes as CSV columns and the table's words in the given
   * language.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @param nodes the nodes whose points CSV shows in columns of their own; the table shows none,
   *     JSON every node
   * @param language the language of the table's headers and of the words the table and the CSV's
   *     notes add; column names and values of the file formats stay as they are
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, or the selection names a
   *     node the scheme does not have
   */
  public static void write(
      Writer out,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      Language language)
      throws IOException {
    write(out, format, scheme, results, nodes, language, 1);
  }

  /**
   * Writes results as text as {@link #write(Writer, ResultFormat, Scheme, Results, NodeSelection,
   * Language)} does, rendering JSON's and CSV's units on several threads: the caller's only copies
   * their text out, in order, so the text is that of one thread. The table is written on the
   * caller's thread.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @param nodes the nodes whose points CSV shows in columns of their own; the table shows none,
   *     JSON every node
   * @param language the language of the table's headers and of the words the table and the CSV's
   *     notes add; column names and values of the file formats stay as they are
   * @param threads how many threads render units, at least 1; 1 writes on the caller's thread
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the results are of another scheme, the selection names a
   *     node the scheme does not have, the format is {@link ResultFormat#XLSX}, which is not text,
   *     or {@code threads} is less than 1
   */
  public static void write(
      Writer out,
      ResultFormat format,
      Scheme scheme,
      Results results,
      NodeSelection nodes,
      Language language,
      int threads)
      throws IOException {
    checkThreads(threads);
    ResultsView view = new ResultsView(scheme, results, language);
    write(out, format, view, view.columns(nodes), threads);
  }

  private static void write(
      Writer out,
      ResultFormat format,
      ResultsView view,
      ResultsView.NodeColumns columns,
      int threads)
      throws IOException {
    // JSON and CSV render their long lists on a pool; the table is written by one thread
    boolean chunked = threads > 1 && (format == ResultFormat.JSON || format == ResultFormat.CSV);
    try (OrderedChunks chunks = chunked ? new OrderedChunks(threads) : null) {
      switch (format) {
        case JSON -> writeJson(out, view, chunks);
        case CSV -> writeCsv(out, view, columns, chunks);
        case TABLE -> writeTable(out, view);
        case XLSX ->
            throw new IllegalArgumentException(
                "a workbook is not text: write it to a .xlsx file or an OutputStream");
      }
    }
    out.flush();
  }

  private static void writeJson(Writer out, ResultsView view, @Nullable OrderedChunks chunks)
      throws IOException {
    ObjectMapper mapper = Docs.mapper(FileFormat.JSON);
    try (JsonGenerator g = mapper.getFactory().createGenerator(Docs.unclosed(out))) {
      Docs.pretty(g, FileFormat.JSON);
      ResultsCodec.write(view, g, mapper, chunks);
    }
    out.write('\n');
  }

  // ================================================================== explanations

  /**
   * Writes one unit's explanation to a {@code .json}, {@code .yaml} or {@code .yml} file, replacing
   * it only once everything is written.
   *
   * @param file the file, not null
   * @param explanation the explanation, not null
   * @param options how to write the file: {@link WriteOption#FOLLOW_LINKS} to write through a
   *     symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   * @throws IllegalArgumentException if the file's extension is not a JSON or YAML one
   */
  public static void write(Path file, Explanation explanation, WriteOption... options)
      throws IOException {
    FileFormat format = treeFormat(file);
    Docs.writeAtomically(file, Docs.options(options), out -> write(out, format, explanation));
  }

  /**
   * Writes one unit's explanation as JSON or YAML: the total and its lines, every node with its
   * place in the tree, points, adjustments and lines, each line with its kind, source, clause and
   * facts (ids, notes, provenance), and the vetoes set off.
   *
   * @param out where to write; left open
   * @param format {@link FileFormat#JSON} or {@link FileFormat#YAML}
   * @param explanation the explanation, not null
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the format is CSV
   */
  public static void write(Writer out, FileFormat format, Explanation explanation)
      throws IOException {
    Docs.write(ResultsCodec.explanation(explanation), format, out);
  }

  /**
   * Reads one unit's explanation from a {@code .json}, {@code .yaml} or {@code .yml} file.
   *
   * @param file the file, not null
   * @return the explanation, equal to the one written
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file's extension is not a JSON or YAML one
   */
  public static Explanation readExplanation(Path file) throws IOException {
    FileFormat format = treeFormat(file);
    try (Reader in = Docs.open(file, Limits.RESULTS)) {
      return readExplanation(in, format, file.toString());
    }
  }

  /**
   * Reads one unit's explanation from JSON or YAML text.
   *
   * @param in the text; left open
   * @param format {@link FileFormat#JSON} or {@link FileFormat#YAML}
   * @param name what to call the source in problems
   * @return the explanation, equal to the one written
   * @throws InvalidFileException listing every problem
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException if the format is CSV
   */
  public static Explanation readExplanation(Reader in, FileFormat format, String name)
      throws IOException {
    if (format == FileFormat.CSV) {
      throw new IllegalArgumentException(name + ": an explanation is JSON or YAML, not CSV");
    }
    Problems problems = new Problems(name);
    Doc doc = Docs.readOne(in, format, Limits.RESULTS, problems);
    Explanation explanation = doc == null ? null : new ResultsCodec(problems).explanation(doc);
    problems.throwIfAny();
    if (explanation == null) {
      throw new AssertionError("an explanation without problems was not read");
    }
    return explanation;
  }

  private static FileFormat treeFormat(Path file) {
    FileFormat format = FileFormat.of(file).orElse(FileFormat.CSV);
    if (format == FileFormat.CSV) {
      throw new IllegalArgumentException(
          file + ": an explanation is written as .json, .yaml or .yml");
    }
    return format;
  }

  // ================================================================== table

  private static final TextTable.Align L = TextTable.Align.LEFT;
  private static final TextTable.Align D = TextTable.Align.DECIMAL;

  private static void writeTable(Writer terminal, ResultsView view) throws IOException {
    // titles and ids come from files: what a terminal would act on is shown escaped
    Writer out = Printable.writer(Docs.unclosed(terminal));
    writeTableTo(out, view);
    out.flush();
  }

  private static void writeTableTo(Writer out, ResultsView view) throws IOException {
    Scheme scheme = view.scheme;
    Results results = view.results;
    boolean zh = view.language == Language.CHINESE;
    // the standings as the library renders them: one renderer for both
    StandingsTable.of(results.standings())
        .scheme(scheme)
        .language(view.language)
        .units(view::find)
        .render(out);
    GradingWords words = new GradingWords(scheme, view.language);
    for (GradingResult r : results.gradings()) {
      gradingTables(out, view, words, r);
    }
    List<UnitResult> unplaced = view.unplaced();
    if (!unplaced.isEmpty()) {
      out.write(zh ? "\n未列入任何排名的单位得分\n" : "\nscores (no outcome places these units)\n");
      List<String> headers = new ArrayList<>(List.of(zh ? "组别" : "group"));
      List<TextTable.Align> aligns = new ArrayList<>(List.of(L));
      unitColumns(view, headers, aligns);
      headers.addAll(zh ? List.of("得分", "备注") : List.of("total", "notes"));
      aligns.addAll(List.of(D, L));
      TextTable.render(
          headers,
          aligns,
          TextTable.rows(
              unplaced,
              u -> {
                List<String> row = new ArrayList<>();
                row.add(TextTable.shorten(view.groupTitle(u.group()), 16));
                unitCells(view, row, u.unitId());
                row.add(u.total().toString());
                row.add(
                    String.join(
                        zh ? "；" : "; ",
                        u.vetoes().stream()
                            .map(
                                v ->
                                    (v.disqualifies()
                                            ? (zh ? "一票否决: " : "disqualified: ")
                                            : (zh ? "否决扣分: " : "veto penalty: "))
                                        + v.title()
                                        + v.clause().map(c -> " " + c).orElse(""))
                            .toList()));
                return row;
              }),
          out);
    }
    for (SkippedOutcome s : results.skipped()) {
      out.write("\n" + s.describe(view.language) + "\n");
    }
    String policy = view.recordingPolicy();
    if (!policy.isEmpty()) {
      out.write("\n" + policy + "\n");
    }
  }

  /** The unit columns: the id, and the name where the rosters give names. */
  private static void unitColumns(
      ResultsView view, List<String> headers, List<TextTable.Align> aligns) {
    boolean zh = view.language == Language.CHINESE;
    if (view.hasNames()) {
      headers.add(zh ? "代码" : "id");
      aligns.add(L);
    }
    headers.add(zh ? "单位" : "unit");
    aligns.add(L);
  }

  private static void unitCells(ResultsView view, List<String> row, String unitId) {
    row.add(unitId);
    if (view.hasNames()) {
      row.add(view.name(unitId));
    }
  }

  /** One table per group of the units a grading decided, in the scheme's order of groups. */
  private static void gradingTables(
      Writer out, ResultsView view, GradingWords words, GradingResult r) throws IOException {
    for (String group : view.groupsOf(r)) {
      List<GradeDecision> decisions =
          r.decisions().stream().filter(d -> d.group().equals(group)).toList();
      boolean zh = view.language == Language.CHINESE;
      out.write("\n" + r.title());
      out.write(r.clause().map(c -> zh ? "〔" + c + "〕" : " [" + c + "]").orElse(""));
      out.write(
          (zh ? "，" : ", ") + words.asOf(r) + (zh ? "：" : ": ") + view.groupTitle(group) + "\n");
      List<TextTable.Align> aligns = new ArrayList<>(List.of(L, L, D, L, L, L, L, L));
      if (!view.hasNames()) {
        aligns.remove(1);
      }
      TextTable.render(
          words.headers(view.hasNames()),
          aligns,
          TextTable.rows(
              decisions,
              d -> {
                List<String> row = new ArrayList<>(List.of(d.unitId()));
                if (view.hasNames()) {
                  row.add(view.name(d.unitId()));
                }
                row.add(d.score().map(Object::toString).orElse(""));
                row.add(words.application(d.application()));
                row.add(words.verdict(d));
                row.add(words.held(d.heldBefore()));
                row.add(words.held(d.heldAfter()));
                row.add(words.notes(r, d));
                return row;
              }),
          out);
    }
  }

  /** Rows made on demand, each time the table (or a workbook's sheet) is iterated. */
  static <T, R> Iterable<R> rows(List<T> items, Function<T, R> row) {
    return () ->
        new Iterator<>() {
          private final Iterator<T> it = items.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public R next() {
            return row.apply(it.next());
          }
        };
  }

  // ================================================================== CSV

  /** A unit's CSV rows, written by a thread of the pool or the caller's. */
  @FunctionalInterface
  private interface Rows<T> {
    void write(T item, Writer out) throws IOException;
  }

  /** Rows a chunk rendered on the pool holds. */
  private static final int CSV_CHUNK = 1024;

  /**
   * Each item's rows, in the items' order: in turn, or, with chunks and more items than one chunk,
   * rendered a chunk at a time on the pool and copied out in order.
   */
  private static <T> void rows(
      Writer out, List<T> items, Rows<T> rows, @Nullable OrderedChunks chunks) throws IOException {
    if (chunks == null || items.size() <= CSV_CHUNK) {
      for (T item : items) {
        rows.write(item, out);
      }
      return;
    }
    chunks.each(
        items,
        CSV_CHUNK,
        chunk -> {
          StringWriter text = new StringWriter();
          for (T item : chunk) {
            rows.write(item, text);
          }
          return text.toString();
        },
        out::write);
  }

  private static void writeCsv(
      Writer out, ResultsView view, ResultsView.NodeColumns nodes, @Nullable OrderedChunks chunks)
      throws IOException {
    Csv.Row header = new Csv.Row();
    CSV_COLUMNS.forEach(header::add);
    if (!view.results.gradings().isEmpty()) {
      GRADING_COLUMNS.forEach(header::add);
    }
    // every row is padded to the fixed columns, then given its node cells
    int width =
        CSV_COLUMNS.size() + (view.results.gradings().isEmpty() ? 0 : GRADING_COLUMNS.size());
    nodes.entries.forEach(e -> header.add(e.id()));
    header.writeTo(out);
    if (!nodes.entries.isEmpty()) {
      // the nodes' titles, for people, under the ids, for programs
      Csv.Row titles = new Csv.Row().pad(width);
      nodes.entries.forEach(e -> titles.add(e.title()));
      titles.writeTo(out);
    }
    String period = view.results.period().orElse("");
    for (OutcomeResult o : view.results.standings().outcomes()) {
      if (o instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          placings(out, view, nodes, o, g, period, width, chunks);
        }
      } else if (o instanceof ImprovementResult i) {
        for (RankedGroup g : i.rankedGroups()) {
          placings(out, view, nodes, o, g, period, width, chunks);
        }
      } else if (o instanceof BandingResult b) {
        for (BandedGroup g : b.bandedGroups()) {
          rows(
              out,
              g.units(),
              (x, text) -> {
                UnitResult u = view.unit(x.unitId());
                String score = x.score().toString();
                row(view, o.outcomeId(), u, period, score, score, "", "", "", "", "", "")
                    .add(x.band().orElse(""))
                    .add("")
                    .add(Boolean.toString(u.isDisqualified()))
                    .add(vetoes(u))
                    .add("")
                    .add(recording(u))
                    .pad(width)
                    .addAll(nodeCells(nodes, u))
                    .writeTo(text);
              },
              chunks);
        }
      }
    }
    GradingWords words = new GradingWords(view.scheme, view.language);
    for (GradingResult r : view.results.gradings()) {
      for (String group : view.groupsOf(r)) {
        for (GradeDecision d : r.decisions()) {
          if (d.group().equals(group)) {
            Optional<UnitResult> u = view.find(d.unitId());
            gradingRow(view, words, r, d, period)
                .addAll(
                    u.isPresent()
                        ? nodeCells(nodes, u.get())
                        : Collections.nCopies(nodes.entries.size(), ""))
                .writeTo(out);
          }
        }
      }
    }
    rows(
        out,
        view.unplaced(),
        (u, text) ->
            row(view, "", u, period, "", "", "", "", "", "", "", "")
                .add("")
                .add("")
                .add(Boolean.toString(u.isDisqualified()))
                .add(vetoes(u))
                .add("")
                .add(recording(u))
                .pad(width)
                .addAll(nodeCells(nodes, u))
                .writeTo(text),
        chunks);
  }

  /** A unit's grade decision, in the fixed columns and then the grading's. */
  private static Csv.Row gradingRow(
      ResultsView view, GradingWords words, GradingResult r, GradeDecision d, String period) {
    Optional<UnitResult> u = view.find(d.unitId());
    String score = d.score().map(Object::toString).orElse("");
    Optional<GradeApplication> a = d.application();
    Csv.Row row =
        new Csv.Row()
            .add(r.outcomeId())
            .add(d.unitId())
            .add(view.name(d.unitId()))
            .add(d.group())
            .add(period)
            .add(u.map(x -> x.total().toString()).orElse(""))
            .add(score)
            .add(score);
    for (int i = 0; i < 8; i++) {
      row.add(""); // previous to cutTie
    }
    return row.add(Boolean.toString(u.map(UnitResult::isDisqualified).orElse(false)))
        .add(u.map(ResultFiles::vetoes).orElse(""))
        .add("") // decision: the office's decisions are of rankings
        .add(u.map(ResultFiles::recording).orElse(""))
        .add(a.map(x -> x.isReview() ? "review" : "grade").orElse(""))
        .add(a.map(x -> words.grade(x.gradeId())).orElse(""))
        .add(a.map(x -> x.applied().toString()).orElse(""))
        .add(Names.of(d.verdict()))
        .add(d.heldBefore().map(words::grade).orElse(""))
        .add(d.granted().map(words::grade).orElse(""))
        .add(d.heldAfter().map(words::grade).orElse(""))
        .add(
            String.join(
                ";",
                a.map(x -> d.check(x.gradeId()).unmet()).orElse(List.of()).stream()
                    .map(x -> Names.of(x.reason()))
                    .toList()))
        .add(words.notes(r, d));
  }

  private static void placings(
      Writer out,
      ResultsView view,
      ResultsView.NodeColumns nodes,
      OutcomeResult o,
      RankedGroup g,
      String period,
      int width,
      @Nullable OrderedChunks chunks)
      throws IOException {
    rows(
        out, g.placings(), (p, text) -> placing(text, view, nodes, o, g, p, period, width), chunks);
  }

  private static void placing(
      Writer out,
      ResultsView view,
      ResultsView.NodeColumns nodes,
      OutcomeResult o,
      RankedGroup g,
      Placing p,
      String period,
      int width)
      throws IOException {
    UnitResult u = view.unit(p.unitId());
    String tie = ResultsView.tieOf(g.cutTies(), p.unitId());
    row(
            view,
            o.outcomeId(),
            u,
            period,
            p.value().toString(),
            p.score().toString(),
            p.previous().map(Object::toString).orElse(""),
            p.rank().map(String::valueOf).orElse(""),
            p.position().map(String::valueOf).orElse(""),
            p.fromBottom().map(String::valueOf).orElse(""),
            String.join(";", p.awards()),
            String.join(
                ";",
                p.withheld().stream().map(w -> w.award() + ":" + Names.of(w.reason())).toList()))
        .add("")
        .add(tie == null ? "" : tie)
        .add(Boolean.toString(p.disqualified()))
        .add(vetoes(u))
        .add(view.decisionsOf(g.decisions(), p.unitId()))
        .add(recording(u))
        .pad(width)
        .addAll(nodeCells(nodes, u))
        .writeTo(out);
  }

  /**
   * The cells up to {@code withheld}; the caller adds band, cutTie, disqualified, vetoes and
   * decision.
   */
  private static Csv.Row row(
      ResultsView view,
      String outcome,
      UnitResult u,
      String period,
      String value,
      String score,
      String previous,
      String rank,
      String position,
      String fromBottom,
      String awards,
      String withheld) {
    return new Csv.Row()
        .add(outcome)
        .add(u.unitId())
        .add(view.name(u.unitId()))
        .add(u.group())
        .add(period)
        .add(u.total().toString())
        .add(value)
        .add(score)
        .add(previous)
        .add(rank)
        .add(position)
        .add(fromBottom)
        .add(awards)
        .add(withheld);
  }

  /** A unit's points under the node columns; empty where the node was not scored for it. */
  private static List<String> nodeCells(ResultsView.NodeColumns nodes, UnitResult u) {
    List<String> cells = new ArrayList<>(nodes.entries.size());
    for (NodePoints p : nodes.row(u)) {
      cells.add(p == null ? "" : p.points().toString());
    }
    return cells;
  }

  /** {@code failuresOnly} where the unit's facts recorded failures only, else nothing. */
  private static String recording(UnitResult u) {
    return u.recording() == Recording.EVERY_CHECK ? "" : Names.of(u.recording());
  }

  private static String vetoes(UnitResult u) {
    return String.join(";", u.vetoes().stream().map(TriggeredVeto::vetoId).toList());
  }

  // ================================================================== reading

  /**
   * Reads a JSON results file.
   *
   * @param file the file, not null
   * @return the results, equal to those written
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static Results read(Path file) throws IOException {
    if (FileFormat.of(file).orElse(null) != FileFormat.JSON) {
      throw new IllegalArgumentException(file + ": only JSON results can be read back");
    }
    try (Reader in = Docs.open(file, Limits.RESULTS)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads JSON results from text.
   *
   * @param in the text; left open
   * @param name what to call the source in problems
   * @return the results, equal to those written
   * @throws InvalidFileException listing every problem
   * @throws IOException if the text cannot be read
   */
  public static Results read(Reader in, String name) throws IOException {
    Problems problems = new Problems(name);
    Results results = null;
    try (JsonParser p = Docs.parser(in, FileFormat.JSON, Limits.RESULTS)) {
      DocParser docs = new DocParser(p, problems, Limits.RESULTS);
      try {
        Doc doc = docs.next() == null ? null : docs.value("");
        if (doc == null) {
          problems.at(1, 1, "", "the file is empty");
        } else {
          if (docs.next() != null) {
            problems.at(docs.loc(), "", "unexpected content after the document");
          }
          results = new ResultsCodec(problems).results(doc);
        }
      } catch (DocParser.Stop stop) {
        // recorded
      }
    }
    problems.throwIfAny();
    if (results == null) {
      throw new AssertionError("results without problems were not read");
    }
    return results;
  }
}
