package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Scheme;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A row per fact read straight from its cells ({@code CsvFactRows#plainFact}) against the value
 * tree it stands in for: generated files of rows of every kind, their cells valid or not (a field
 * the kind does not take, a required one left empty, numbers not plain or not whole, yes/no and
 * joint roles misspelt, dates that are none, lists of nothing, drop-down choices, levels by title),
 * read both ways, must give the same units, facts, places and problems in the same order.
 */
class CsvPlainFactsTest {

  private static final Scheme SCHEME = Everything.scheme();
  private static final WorkbookLayout LAYOUT = new WorkbookLayout(SCHEME);
  private static final int EXAMPLES = 1000;

  @Test
  void rowsReadFromTheirCellsAsTheValueTreeReadsThem() {
    int[] plain = new int[2];
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String csv = file(new Random(seed));
              String tree = read(csv, true, plain);
              String fast = read(csv, false, plain);
              assertThat(fast).as("%s", csv).isEqualTo(tree);
            });
    assertThat(plain[0]).as("facts read from their cells").isGreaterThan(EXAMPLES / 4);
    assertThat(plain[1]).as("files with a problem").isGreaterThan(EXAMPLES / 5);
  }

  @Test
  void aRowOfEveryKindIsReadFromItsCells() {
    String csv =
        "unit,group,fact,node,veto,id,key,met,level,value,valueUnit,points,scores,count,amount,"
            + "joint,share,reason,note,provenance.office,provenance.recordedOn,provenance.evidence\n"
            + "u1,g1,occurrence,a1,,o1,,,,,,0.5,,2,,主办,0.5,,说明,办公室,2024-02-29,甲；乙\n"
            + "u1,,vetoEvent,,v1,,,,,,,,,,,,,,,,,\n"
            + "u1,,check,a2,,,e2,否,,,,,,,,,,,,,,\n"
            + "u1,,level,a3,,,,,部分建立,,,,,,,,,,,,,\n"
            + "u1,,measurement,b1,,,,,,95.5,%,,,,,,,,,,,\n"
            + "u1,,assessment,c3,,,,,,,,-1.5,,,,,,,,,,\n"
            + "u1,,raterScores,c1,,,,,,,,,9;8.5,,,,,,,,,\n"
            + "u1,,notApplicable,b2,,,,,,,,,,,,,,无此业务,,,,\n";
    int[] plain = new int[2];
    assertThat(read(csv, false, plain)).isEqualTo(read(csv, true, new int[2]));
    assertThat(plain[0]).isEqualTo(8);
    assertThat(plain[1]).isZero();
  }

  /** The units, facts, places and problems of a file, as text; counts the facts read plain. */
  private static String read(String csv, boolean treeOnly, int[] plain) {
    StringBuilder out = new StringBuilder();
    boolean problems = false;
    try (CsvFactRows r = new CsvFactRows(new StringReader(csv), "f", Limits.FACTS, SCHEME)) {
      r.treeOnly = treeOnly;
      problems = describe(r, out);
      plain[0] += r.plainFacts;
    } catch (IOException e) {
      out.append(" failed: ").append(e.getMessage());
    }
    plain[1] += problems && !treeOnly ? 1 : 0;
    return out.toString();
  }

  /**
   * Writes every unit a source reads, its facts, their places and the problems, as text.
   *
   * @return whether there was a problem
   */
  static boolean describe(UnitSource source, StringBuilder out) {
    boolean problems = false;
    UnitSource.Item item;
    while ((item = source.next()) != null) {
      FactsCodec.Parsed u = item.unit();
      if (u != null) {
        out.append(u.facts()).append(" at ").append(u.loc()).append(" unit ").append(u.unitId());
        if (u.facts() != null) {
          for (Fact f : u.facts().facts()) {
            out.append("\n  ").append(u.factLocs().get(f));
          }
        }
        out.append("\n locs ").append(u.factLocs().size());
      }
      out.append("\n problems ").append(item.problems()).append('\n');
      problems |= !item.problems().isEmpty();
    }
    return problems;
  }

  // ------------------------------------------------------------------ generated files

  private static final List<String> KINDS = List.copyOf(FactRows.BY_FACT.keySet());

  private static String file(Random r) {
    List<String> columns = new ArrayList<>(List.of("unit", "group", "period", "fact"));
    for (WorkbookLayout.Field f : FactRows.FIELDS) {
      if (r.nextInt(4) != 0) {
        columns.add(f.key());
      }
    }
    StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
    int units = 1 + r.nextInt(3);
    for (int u = 0; u < units; u++) {
      int rows = 1 + r.nextInt(4);
      for (int i = 0; i < rows; i++) {
        String kind =
            r.nextInt(30) == 0 ? (r.nextBoolean() ? "" : "bogus") : KINDS.get(r.nextInt(8));
        Set<String> allowed = FactRows.BY_FACT.getOrDefault(kind, Set.of());
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          cells.add(
              switch (c) {
                case "unit" -> "u" + u;
                case "group" -> i == 0 || r.nextInt(5) == 0 ? "g1" : "";
                case "period" -> i == 0 ? "2025" : "";
                case "fact" -> kind;
                default ->
                    allowed.contains(c)
                        ? (r.nextInt(required(kind, c) ? 12 : 3) == 0 ? "" : cell(c, r))
                        : (r.nextInt(40) == 0 ? cell(c, r) : "");
              });
        }
        b.append(String.join(",", cells)).append('\n');
      }
    }
    return b.toString();
  }

  private static boolean required(String kind, String key) {
    return key.equals("node")
        || key.equals("veto")
        || switch (kind) {
          case "measurement" -> key.equals("value");
          case "assessment" -> key.equals("points");
          case "level" -> key.equals("level");
          case "check" -> key.equals("met");
          case "raterScores" -> key.equals("scores");
          case "notApplicable" -> key.equals("reason");
          default -> false;
        };
  }

  private static final Map<String, List<String>> CELLS =
      Map.ofEntries(
          Map.entry("node", List.of("a1", "a2", "a3", "b1", "c1", "c3", "zz", "choice")),
          Map.entry("veto", List.of("v1", "v9", "choice")),
          Map.entry("id", List.of("o1", "事项1")),
          Map.entry("key", List.of("e1", "e2")),
          Map.entry("met", List.of("是", "否", "true", "FALSE", "也许")),
          Map.entry("level", List.of("part", "部分建立", "省级", "nope")),
          Map.entry("value", List.of("95", "95.50", "-1", "0", "1e3", "01", "x")),
          Map.entry("valueUnit", List.of("%", "件")),
          Map.entry("points", List.of("0.5", "-2", "3", "0.123", "+1", "x")),
          Map.entry("scores", List.of("9;8.5", "9", "9；x", "；", "7、8\n9")),
          Map.entry("kind", List.of("差错", "k")),
          Map.entry("count", List.of("1", "2", "0", "-1", "1.5", "02", "9999999999")),
          Map.entry("amount", List.of("100", "2.5", "-5", "x")),
          Map.entry("matter", List.of("m1")),
          Map.entry("selfReported", List.of("是", "否", "x")),
          Map.entry("joint", List.of("主办", "联办", "lead", "partner", "x")),
          Map.entry("share", List.of("0.5", "1", "2", "-0.5", "x")),
          Map.entry("reason", List.of("无此业务")),
          Map.entry("note", List.of("说明", "a note")),
          Map.entry("provenance.office", List.of("办公室")),
          Map.entry("provenance.recordedOn", List.of("2024-02-29", "2023-02-29", "2024-2-1")),
          Map.entry("provenance.evidence", List.of("甲；乙", "甲", "；", "a、b")),
          Map.entry("provenance.note", List.of("记录")));

  private static String cell(String column, Random r) {
    List<String> pool = Objects.requireNonNull(CELLS.get(column), column);
    String text = pool.get(r.nextInt(pool.size()));
    if (text.equals("choice")) {
      List<String> choices = column.equals("node") ? LAYOUT.nodeChoices : LAYOUT.vetoChoices;
      text = choices.get(r.nextInt(choices.size()));
    }
    return text.contains("\n") || text.contains(",") ? "\"" + text + "\"" : text;
  }
}
