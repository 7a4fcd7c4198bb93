package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.io.text.Printable;
import io.github.kaoping.scoring.io.text.TextTable;
import io.github.kaoping.scoring.standings.Banded;
import io.github.kaoping.scoring.standings.BandedGroup;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.CutTie;
import io.github.kaoping.scoring.standings.ImprovementResult;
import io.github.kaoping.scoring.standings.OutcomeResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes {@link Results} as a table for terminals, as JSON or as CSV, and reads JSON results back
 * equal to what was written.
 *
 * <ul>
 *   <li><b>Table</b>: one section per outcome and group, units in ranking order (bands: by score),
 *       with rank, name, score, awards and notes (disqualification, withheld awards and why), the
 *       ties at award cuts below; then the units of groups no outcome places, by total; then the
 *       outcomes not decided. Columns are aligned by display width, a Chinese character taking two.
 *   <li><b>JSON</b>: everything {@link Results} holds; {@link #read(Path)} gives it back equal.
 *   <li><b>CSV</b>: one row per unit and outcome, in the table's order, with fixed columns; units
 *       no outcome places get one row with an empty {@code outcome}.
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
          "vetoes");

  private ResultFiles() {}

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
   * @throws IllegalArgumentException if the results are of another scheme
   */
  public static void write(
      Path file, ResultFormat format, Scheme scheme, Results results, WriteOption... options)
      throws IOException {
    ResultsView view = new ResultsView(scheme, results);
    Set<WriteOption> set = Docs.options(options);
    Docs.writeAtomically(
        file,
        set,
        out -> {
          if (format == ResultFormat.CSV && set.contains(WriteOption.BYTE_ORDER_MARK)) {
            out.write(Docs.BYTE_ORDER_MARK);
          }
          write(out, format, view);
        });
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
   * Writes results as text.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the results are of
   * @param results the results
   * @throws IOException if the text cannot be written
   * @throws IllegalArgumentException if the results are of another scheme
   */
  public static void write(Writer out, ResultFormat format, Scheme scheme, Results results)
      throws IOException {
    write(out, format, new ResultsView(scheme, results));
  }

  private static void write(Writer out, ResultFormat format, ResultsView view) throws IOException {
    switch (format) {
      case JSON -> writeJson(out, view.results);
      case CSV -> writeCsv(out, view);
      case TABLE -> writeTable(out, view);
    }
    out.flush();
  }

  private static void writeJson(Writer out, Results results) throws IOException {
    ObjectMapper mapper = Docs.mapper(FileFormat.JSON);
    try (JsonGenerator g = mapper.getFactory().createGenerator(Docs.unclosed(out))) {
      Docs.pretty(g, FileFormat.JSON);
      ResultsCodec.write(results, g, mapper);
    }
    out.write('\n');
  }

  // ================================================================== table

  private static final TextTable.Align L = TextTable.Align.LEFT;
  private static final TextTable.Align R = TextTable.Align.RIGHT;

  private static void writeTable(Writer terminal, ResultsView view) throws IOException {
    // titles and ids come from files: what a terminal would act on is shown escaped
    Writer out = Printable.writer(Docs.unclosed(terminal));
    writeTableTo(out, view);
    out.flush();
  }

  private static void writeTableTo(Writer out, ResultsView view) throws IOException {
    Scheme scheme = view.scheme;
    Results results = view.results;
    out.write(scheme.title() + " (" + scheme.id());
    out.write(scheme.maximum().map(m -> ", max " + m).orElse(""));
    out.write(results.period().map(p -> ", period " + p).orElse("") + ")\n");
    for (OutcomeResult o : results.standings().outcomes()) {
      if (o instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          heading(out, view, o, g.group(), "");
          rankedTable(out, view, o, r.on(), g, false);
        }
      } else if (o instanceof ImprovementResult i) {
        String against = i.previousPeriod().map(p -> ", against " + p).orElse("");
        for (RankedGroup g : i.rankedGroups()) {
          heading(out, view, o, g.group(), against);
          rankedTable(out, view, o, i.on(), g, true);
        }
      } else if (o instanceof BandingResult b) {
        for (BandedGroup g : b.bandedGroups()) {
          heading(out, view, o, g.group(), "");
          bandTable(out, view, b.on(), g);
        }
      }
    }
    List<UnitResult> unplaced = view.unplaced();
    if (!unplaced.isEmpty()) {
      out.write("\nscores (no outcome places these units)\n");
      List<String> headers = new ArrayList<>(List.of("group", "unit"));
      List<TextTable.Align> aligns = new ArrayList<>(List.of(L, L));
      names(view, headers, aligns);
      headers.addAll(List.of("total", "notes"));
      aligns.addAll(List.of(R, L));
      TextTable.render(
          headers,
          aligns,
          rows(
              unplaced,
              u -> {
                List<String> row = new ArrayList<>(List.of(u.group(), u.unitId()));
                if (view.hasNames()) {
                  row.add(view.name(u.unitId()));
                }
                row.add(u.total().toString());
                row.add(
                    String.join(
                        ", ",
                        u.vetoes().stream()
                            .map(
                                v ->
                                    "veto "
                                        + v.vetoId()
                                        + (v.disqualifies() ? " (disqualified)" : ""))
                            .toList()));
                return row;
              }),
          out);
    }
    for (SkippedOutcome s : results.skipped()) {
      out.write("\n" + s + "\n");
    }
  }

  private static void heading(
      Writer out, ResultsView view, OutcomeResult o, String group, String more) throws IOException {
    out.write("\n" + o.outcomeId() + " " + o.title());
    out.write(o.clause().map(c -> " [" + c + "]").orElse(""));
    out.write(more + ", " + view.groupHeading(group) + "\n");
  }

  private static void names(ResultsView view, List<String> headers, List<TextTable.Align> aligns) {
    if (view.hasNames()) {
      headers.add("name");
      aligns.add(L);
    }
  }

  private static void rankedTable(
      Writer out,
      ResultsView view,
      OutcomeResult o,
      Optional<String> on,
      RankedGroup g,
      boolean improvement)
      throws IOException {
    boolean dense = view.dense(o);
    List<String> headers = new ArrayList<>(List.of("rank"));
    List<TextTable.Align> aligns = new ArrayList<>(List.of(R));
    if (dense) {
      headers.add("position");
      aligns.add(R);
    }
    headers.add("unit");
    aligns.add(L);
    names(view, headers, aligns);
    // groups ranked together: say which group each unit is of
    boolean across = g.group().contains("+");
    if (across) {
      headers.add("group");
      aligns.add(L);
    }
    if (improvement) {
      headers.addAll(List.of("improvement", view.valueHeader(on), "previous"));
      aligns.addAll(List.of(R, R, R));
    } else {
      headers.add(view.valueHeader(on));
      aligns.add(R);
    }
    if (on.isPresent()) {
      headers.add("total");
      aligns.add(R);
    }
    headers.addAll(List.of("awards", "notes"));
    aligns.addAll(List.of(L, L));
    if (g.placings().isEmpty()) {
      out.write("(no units ranked)\n");
    } else {
      TextTable.render(
          headers,
          aligns,
          rows(
              g.placings(),
              p -> {
                List<String> row = new ArrayList<>();
                row.add(p.rank().map(String::valueOf).orElse("-"));
                if (dense) {
                  row.add(p.position().map(String::valueOf).orElse("-"));
                }
                row.add(p.unitId());
                if (view.hasNames()) {
                  row.add(view.name(p.unitId()));
                }
                if (across) {
                  row.add(view.unit(p.unitId()).group());
                }
                row.add(p.value().toString());
                if (improvement) {
                  row.add(p.score().toString());
                  row.add(p.previous().map(Object::toString).orElse(""));
                }
                if (on.isPresent()) {
                  row.add(view.unit(p.unitId()).total().toString());
                }
                row.add(String.join(", ", p.awards()));
                row.add(view.notes(o, p));
                return row;
              }),
          out);
    }
    for (CutTie t : g.cutTies()) {
      out.write(ResultsView.cutTie(t) + "\n");
    }
    if (!g.withoutPrevious().isEmpty()) {
      out.write("without last period's facts: " + String.join(", ", g.withoutPrevious()) + "\n");
    }
  }

  private static void bandTable(Writer out, ResultsView view, Optional<String> on, BandedGroup g)
      throws IOException {
    if (g.units().isEmpty()) {
      out.write("(no units banded)\n");
      return;
    }
    List<String> headers = new ArrayList<>(List.of("unit"));
    List<TextTable.Align> aligns = new ArrayList<>(List.of(L));
    names(view, headers, aligns);
    headers.add(view.valueHeader(on));
    aligns.add(R);
    if (on.isPresent()) {
      headers.add("total");
      aligns.add(R);
    }
    headers.add("band");
    aligns.add(L);
    TextTable.render(
        headers,
        aligns,
        rows(
            g.units(),
            b -> {
              List<String> row = new ArrayList<>(List.of(b.unitId()));
              if (view.hasNames()) {
                row.add(view.name(b.unitId()));
              }
              row.add(b.score().toString());
              if (on.isPresent()) {
                row.add(view.unit(b.unitId()).total().toString());
              }
              row.add(b.band().orElse(""));
              return row;
            }),
        out);
  }

  /** Rows made on demand, each time the table is iterated. */
  private static <T> Iterable<List<String>> rows(List<T> items, Function<T, List<String>> row) {
    return () ->
        new Iterator<>() {
          private final Iterator<T> it = items.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public List<String> next() {
            return row.apply(it.next());
          }
        };
  }

  // ================================================================== CSV

  private static void writeCsv(Writer out, ResultsView view) throws IOException {
    Csv.Row header = new Csv.Row();
    CSV_COLUMNS.forEach(header::add);
    header.writeTo(out);
    String period = view.results.period().orElse("");
    for (OutcomeResult o : view.results.standings().outcomes()) {
      if (o instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          placings(out, view, o, g, period);
        }
      } else if (o instanceof ImprovementResult i) {
        for (RankedGroup g : i.rankedGroups()) {
          placings(out, view, o, g, period);
        }
      } else if (o instanceof BandingResult b) {
        for (BandedGroup g : b.bandedGroups()) {
          for (Banded x : g.units()) {
            UnitResult u = view.unit(x.unitId());
            String score = x.score().toString();
            row(view, o.outcomeId(), u, period, score, score, "", "", "", "", "", "")
                .add(x.band().orElse(""))
                .add("")
                .add(Boolean.toString(u.isDisqualified()))
                .add(vetoes(u))
                .writeTo(out);
          }
        }
      }
    }
    for (UnitResult u : view.unplaced()) {
      row(view, "", u, period, "", "", "", "", "", "", "", "")
          .add("")
          .add("")
          .add(Boolean.toString(u.isDisqualified()))
          .add(vetoes(u))
          .writeTo(out);
    }
  }

  private static void placings(
      Writer out, ResultsView view, OutcomeResult o, RankedGroup g, String period)
      throws IOException {
    for (Placing p : g.placings()) {
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
          .writeTo(out);
    }
  }

  /** The cells up to {@code withheld}; the caller adds band, cutTie, disqualified and vetoes. */
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
