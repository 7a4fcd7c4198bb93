package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.text.TextTable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the results of scoring units against a scheme, and reads JSON results back.
 *
 * <p>Units are written in an order that does not depend on the order they were scored in: by the
 * scheme's order of groups, then total, highest first, then unit id and period. That is a display
 * order, not a ranking: ranks, awards and bands are the scheme's outcome rules' to decide.
 *
 * <p>The JSON format holds every card whole and reads back as {@link UnitResult}s equal to the
 * cards' ({@link #read(Path)}); CSV holds each unit's total and node points; the table shows totals
 * and section points for a terminal.
 */
public final class ResultFiles {

  private ResultFiles() {}

  /**
   * Writes results to a file, replacing it only once everything is written.
   *
   * @param file the file, not null
   * @param format the format
   * @param scheme the scheme the units were scored against
   * @param cards the units' cards, in any order
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, ResultFormat format, Scheme scheme, List<ScoreCard> cards)
      throws IOException {
    Docs.writeAtomically(file, out -> write(out, format, scheme, cards));
  }

  /**
   * Writes results as text.
   *
   * @param out where to write; left open
   * @param format the format
   * @param scheme the scheme the units were scored against
   * @param cards the units' cards, in any order
   * @throws IOException if the text cannot be written
   */
  public static void write(Writer out, ResultFormat format, Scheme scheme, List<ScoreCard> cards)
      throws IOException {
    List<UnitResult> results = new ArrayList<>();
    for (ScoreCard c : cards) {
      results.add(UnitResult.of(c));
    }
    for (UnitResult c : results) {
      if (!c.schemeId().equals(scheme.id())) {
        throw new IllegalArgumentException(
            "unit " + c.unitId() + " was scored against " + c.schemeId() + ", not " + scheme.id());
      }
    }
    List<UnitResult> sorted = sorted(scheme, results);
    switch (format) {
      case JSON -> writeJson(out, scheme, sorted);
      case CSV -> writeCsv(out, scheme, sorted);
      case TABLE -> out.write(table(scheme, sorted));
    }
    out.flush();
  }

  /** The results in display order: group, total (highest first), unit id, period. */
  static List<UnitResult> sorted(Scheme scheme, List<UnitResult> cards) {
    Map<String, Integer> groups = new HashMap<>();
    for (UnitGroup g : scheme.groups()) {
      groups.putIfAbsent(g.id(), groups.size());
    }
    List<UnitResult> out = new ArrayList<>(cards);
    out.sort(
        Comparator.comparingInt((UnitResult c) -> groups.getOrDefault(c.group(), groups.size()))
            .thenComparing(UnitResult::group)
            .thenComparing(UnitResult::total, Comparator.reverseOrder())
            .thenComparing(UnitResult::unitId)
            .thenComparing(c -> c.period().orElse("")));
    return out;
  }

  private static void writeJson(Writer out, Scheme scheme, List<UnitResult> cards)
      throws IOException {
    ObjectMapper mapper = Docs.mapper(FileFormat.JSON);
    try (JsonGenerator g = mapper.getFactory().createGenerator(Docs.unclosed(out))) {
      Docs.pretty(g, FileFormat.JSON);
      g.writeStartObject();
      g.writeStringField("scheme", scheme.id());
      g.writeArrayFieldStart("units");
      for (UnitResult c : cards) {
        mapper.writeTree(g, ResultsCodec.write(c));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** Every node below the root, in the scheme's order. */
  private static List<Node> nodes(Scheme scheme) {
    List<Node> out = new ArrayList<>();
    List<Node> stack = new ArrayList<>(scheme.sections());
    java.util.Collections.reverse(stack);
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      out.add(n);
      for (int i = n.children().size() - 1; i >= 0; i--) {
        stack.add(n.children().get(i));
      }
    }
    return out;
  }

  private static void writeCsv(Writer out, Scheme scheme, List<UnitResult> cards)
      throws IOException {
    List<Node> nodes = nodes(scheme);
    Csv.Row header = new Csv.Row();
    header.add("unit").add("group").add("period").add("total").add("disqualified");
    nodes.forEach(n -> header.add(n.id()));
    header.writeTo(out);
    for (UnitResult c : cards) {
      Csv.Row row = new Csv.Row();
      row.add(c.unitId())
          .add(c.group())
          .add(c.period().orElse(""))
          .add(c.total().toString())
          .add(Boolean.toString(c.isDisqualified()));
      for (Node n : nodes) {
        row.add(c.points(n.id()).map(Object::toString).orElse(""));
      }
      row.writeTo(out);
    }
  }

  /** The terminal table: one row per unit, its total and the points of each top-level section. */
  static String table(Scheme scheme, List<UnitResult> cards) {
    boolean periods = cards.stream().anyMatch(c -> c.period().isPresent());
    List<String> headers = new ArrayList<>(List.of("group", "unit"));
    List<TextTable.Align> aligns =
        new ArrayList<>(List.of(TextTable.Align.LEFT, TextTable.Align.LEFT));
    if (periods) {
      headers.add("period");
      aligns.add(TextTable.Align.LEFT);
    }
    headers.add("total");
    aligns.add(TextTable.Align.RIGHT);
    for (Node s : scheme.sections()) {
      headers.add(s.id() + " " + s.title());
      aligns.add(TextTable.Align.RIGHT);
    }
    headers.add("vetoes");
    aligns.add(TextTable.Align.LEFT);
    TextTable table = TextTable.of(headers, aligns);
    for (UnitResult c : cards) {
      List<String> row = new ArrayList<>();
      row.add(c.group());
      row.add(c.unitId());
      if (periods) {
        row.add(c.period().orElse(""));
      }
      row.add(c.total().toString());
      for (Node s : scheme.sections()) {
        row.add(c.points(s.id()).map(Object::toString).orElse("-"));
      }
      List<String> vetoes = new ArrayList<>();
      c.vetoes().forEach(v -> vetoes.add(v.vetoId() + (v.disqualifies() ? " (disqualified)" : "")));
      row.add(String.join(", ", vetoes));
      table.add(row);
    }
    String maximum = scheme.maximum().map(m -> ", max " + m).orElse("");
    return scheme.title() + " (" + scheme.id() + maximum + ")\n\n" + table.render();
  }

  // ================================================================== reading

  /**
   * Reads a JSON results file.
   *
   * @param file the file, not null
   * @return the units' results, in the file's order
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static List<UnitResult> read(Path file) throws IOException {
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
   * @return the units' results, in the text's order
   * @throws InvalidFileException listing every problem
   * @throws IOException if the text cannot be read
   */
  public static List<UnitResult> read(Reader in, String name) throws IOException {
    Problems problems = new Problems(name);
    List<UnitResult> cards = new ArrayList<>();
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
          readCards(doc, problems, cards);
        }
      } catch (DocParser.Stop stop) {
        // recorded
      }
    }
    problems.throwIfAny();
    return cards;
  }

  private static void readCards(Doc doc, Problems problems, List<UnitResult> cards) {
    Fields f = Fields.of(doc, "", problems, "results");
    if (f == null) {
      return;
    }
    String scheme = f.text("scheme");
    ResultsCodec codec = new ResultsCodec(problems);
    Optional<String> id = Optional.ofNullable(scheme);
    cards.addAll(f.list("units", (d, p) -> id.map(s -> codec.card(d, p, s)).orElse(null)));
    if (!f.has("units")) {
      f.problem("missing 'units'");
    }
    f.finish();
  }
}
