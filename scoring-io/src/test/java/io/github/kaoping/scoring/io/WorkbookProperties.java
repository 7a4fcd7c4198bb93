package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated facts of every kind a workbook holds survive write then read unchanged; the template of
 * any generated scheme reads back as its roster; and a workbook with its XML or its bytes mutated
 * is read or refused with problems, never fails otherwise. The seed is fixed in the pom; replay
 * another with {@code -DQT_SEED=...}.
 */
class WorkbookProperties {

  private static final int EXAMPLES = 40;

  /**
   * Text a cell holds exactly: a workbook reads text stripped of the spaces around it, an empty
   * cell as no value, and evidence split at ；. Formula-like text stays text.
   */
  private static final List<String> TEXT =
      List.of(
          "考评办法",
          "一票否决: 全扣",
          "yes",
          "null",
          "true",
          "123",
          "0.50",
          "2024-01-01",
          "# 注释",
          "引号\"与'单引号",
          "{花括号}",
          "[方括号]",
          "&anchor",
          "<tag>",
          "=HYPERLINK(\"http://x\",\"点击\")",
          "+1",
          "@SUM(1)",
          "〔2024〕1号");

  @TempDir Path tmp;

  private static Path file(Path dir, String name) {
    return dir.resolve(name + System.nanoTime() + ".xlsx");
  }

  private static List<UnitFacts> read(Path file, Scheme scheme) {
    List<UnitFacts> out = new ArrayList<>();
    try (FactsReader r =
        new FactsReader(
            new WorkbookUnits(file, file.toString(), Xlsx.Limits.FACTS, Limits.FACTS, scheme),
            null)) {
      r.forEachRemaining(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void theTemplateOfAnySchemeReadsBackAsItsRoster() {
    qt().withExamples(EXAMPLES)
        .forAll(Models.schemes())
        .checkAssert(
            scheme -> {
              Path file = file(tmp, "template");
              try {
                FactsFiles.template(file, scheme, Optional.of("2024"));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              List<String> roster = new ArrayList<>();
              for (UnitGroup g : scheme.groups()) {
                g.units().forEach(u -> roster.add(g.id() + "/" + u.id()));
              }
              assertThat(read(file, scheme))
                  .allSatisfy(u -> assertThat(u.facts()).isEmpty())
                  .allSatisfy(u -> assertThat(u.period()).contains("2024"))
                  .extracting(u -> u.group() + "/" + u.unitId())
                  .containsExactlyElementsOf(roster);
            });
  }

  @Test
  void generatedFactsSurviveWriteThenReadAsAWorkbook() {
    Scheme scheme = Everything.scheme();
    qt().withExamples(EXAMPLES)
        .forAll(units(scheme))
        .checkAssert(
            units -> {
              Path file = file(tmp, "facts");
              try {
                FactsFiles.write(file, scheme, units);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              List<UnitFacts> read = read(file, scheme);
              assertThat(read).hasSameSizeAs(units);
              for (int i = 0; i < units.size(); i++) {
                UnitFacts a = units.get(i);
                UnitFacts b = read.get(i);
                assertThat(b.unitId()).isEqualTo(a.unitId());
                assertThat(b.group()).isEqualTo(a.group());
                assertThat(b.period()).isEqualTo(a.period());
                assertThat(b.facts()).containsExactlyInAnyOrderElementsOf(a.facts());
              }
            });
  }

  // ------------------------------------------------------------------ generated facts

  /** Units with facts of every kind a workbook holds, for any scheme. */
  static Gen<List<UnitFacts>> units(Scheme scheme) {
    WorkbookLayout layout = new WorkbookLayout(scheme);
    return rs -> new Draw(rs, scheme, layout).units();
  }

  /** Facts a workbook holds, for any scheme ({@link Everything}'s has one of each). */
  private static final class Draw {
    private final RandomnessSource rs;
    private final Scheme scheme;
    private final WorkbookLayout layout;
    private int ids;

    Draw(RandomnessSource rs, Scheme scheme, WorkbookLayout layout) {
      this.rs = rs;
      this.scheme = scheme;
      this.layout = layout;
    }

    int between(int low, int high) {
      return Generate.range(low, high).generate(rs);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T pick(List<T> items) {
      return items.get(between(0, items.size() - 1));
    }

    String text() {
      return pick(TEXT);
    }

    /** A decimal as a spreadsheet keeps it: no trailing zeros. */
    BigDecimal decimal(int low, int high) {
      BigDecimal d = BigDecimal.valueOf(between(low, high) * 1000L + between(0, 999), 3);
      d = d.stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0) : d;
    }

    List<UnitFacts> units() {
      List<UnitFacts> out = new ArrayList<>();
      Optional<String> period = chance(50) ? Optional.of("2025") : Optional.empty();
      for (WorkbookLayout.GroupSheet g : layout.groups) {
        List<String> ids = new ArrayList<>();
        g.group().units().forEach(u -> ids.add(u.id()));
        if (ids.isEmpty()) {
          for (int i = between(0, 2); i > 0; i--) {
            ids.add(g.group().id() + "-x" + i); // a unit id is given once per period, in any group
          }
        }
        for (String id : ids) {
          if (chance(80)) {
            out.add(unit(id, g, period));
          }
        }
      }
      return out;
    }

    UnitFacts unit(String id, WorkbookLayout.GroupSheet g, Optional<String> period) {
      List<Fact> facts = new ArrayList<>();
      Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
      for (WorkbookLayout.ItemColumn c : g.items()) {
        if (!chance(50)) {
          continue;
        }
        String node = c.node().id();
        switch (c.column().meaning()) {
          case COUNT -> facts.add(Occurrence.of(node, node).count(between(1, 9)).build());
          case AMOUNT -> facts.add(Occurrence.of(node, node).amount(decimal(0, 999)).build());
          case MEASURED -> {
            String unit = c.column().unit();
            facts.add(
                new Measurement(
                    node,
                    decimal(0, 200),
                    unit.isBlank() ? Optional.empty() : Optional.of(unit),
                    Optional.empty()));
          }
          case ASSESSED ->
              facts.add(new Assessment(node, Points.of(decimal(0, 20)), Optional.empty()));
          case MET ->
              facts.add(new Check(node, c.column().checkKey(), chance(50), Optional.empty()));
          case LEVEL -> {
            Rule.Levels levels = (Rule.Levels) c.node().rule().orElseThrow();
            facts.add(new AssessedLevel(node, pick(levels.levels()).key(), Optional.empty()));
          }
          case SCORE -> {
            List<BigDecimal> list = scores.computeIfAbsent(node, k -> new ArrayList<>());
            if (list.size() == Integer.parseInt(c.column().key().replaceAll(".*#", "")) - 1) {
              list.add(decimal(0, 100));
            }
          }
          case NAMED, ELSEWHERE -> {}
        }
      }
      scores.forEach(
          (node, list) -> {
            if (!list.isEmpty()) {
              facts.add(new RaterScores(node, list, Optional.empty()));
            }
          });
      for (int i = layout.nodeChoices.isEmpty() ? 0 : between(0, 3); i > 0; i--) {
        facts.add(occurrence());
      }
      for (int i = scheme.vetoes().isEmpty() ? 0 : between(0, 1); i > 0; i--) {
        facts.add(
            new VetoEvent(
                "v" + ids++,
                pick(scheme.vetoes()).id(),
                chance(50) ? Optional.of(text()) : Optional.empty(),
                provenance()));
      }
      if (!layout.nodeChoices.isEmpty() && chance(30)) {
        facts.add(new NotApplicable(pick(nodes()), text(), provenance()));
      }
      return UnitFacts.builder()
          .unitId(id)
          .group(g.group().id())
          .period(period)
          .facts(facts)
          .build();
    }

    /** The ids of the items the fact sheets' drop-downs offer. */
    List<String> nodes() {
      List<String> ids = new ArrayList<>();
      layout.nodeChoices.forEach(c -> ids.add(c.substring(0, c.indexOf(' '))));
      return ids;
    }

    Occurrence occurrence() {
      Occurrence.Builder b = Occurrence.of("o" + ids++, pick(nodes()));
      if (chance(30)) {
        b.kind(text());
      }
      if (chance(30)) {
        b.level(text());
      }
      b.count(chance(70) ? 1 : between(2, 9));
      if (chance(20)) {
        b.points(Points.of(decimal(0, 9)));
      }
      if (chance(20)) {
        b.amount(decimal(0, 999));
      }
      if (chance(20)) {
        b.matter(text());
      }
      b.selfReported(chance(20));
      if (chance(20)) {
        b.joint(chance(50) ? Occurrence.JointRole.LEAD : Occurrence.JointRole.PARTNER);
        if (chance(50)) {
          b.share(BigDecimal.valueOf(between(1, 9), 1));
        }
      }
      if (chance(40)) {
        b.note(chance(20) ? "多行\n说明" : text());
      }
      b.provenance(provenance());
      return b.build();
    }

    Optional<Provenance> provenance() {
      if (!chance(30)) {
        return Optional.empty();
      }
      List<String> evidence = new ArrayList<>();
      for (int i = between(0, 2); i > 0; i--) {
        evidence.add(text());
      }
      return Optional.of(
          new Provenance(
              text(),
              chance(50)
                  ? Optional.of(LocalDate.of(2025, between(1, 12), between(1, 28)))
                  : Optional.empty(),
              evidence,
              chance(50) ? Optional.of(text()) : Optional.empty()));
    }
  }

  // ------------------------------------------------------------------ fuzzing

  @Test
  void mutatedSheetsAreReadOrRefusedWithProblems() throws IOException {
    Path filled = tmp.resolve("filled.xlsx");
    UnitFacts u1 =
        UnitFacts.of("u1", "g1")
            .period("2025")
            .addAllFacts(WorkbookFactsTest.inCells(Everything.facts()))
            .build();
    FactsFiles.write(filled, Everything.scheme(), List.of(u1));
    Calculator calc = Calculator.of(Everything.scheme());
    for (String part :
        List.of(
            "xl/worksheets/sheet2.xml",
            "xl/worksheets/sheet4.xml",
            "xl/sharedStrings.xml",
            "xl/styles.xml",
            "xl/workbook.xml")) {
      String xml = new String(entry(filled, part), StandardCharsets.UTF_8);
      qt().withExamples(EXAMPLES)
          .forAll(mutations(xml))
          .checkAssert(
              mutated -> {
                Path f = file(tmp, "mutated");
                rezip(filled, f, part, mutated.getBytes(StandardCharsets.UTF_8));
                readsOrRefuses(f, calc);
              });
    }
  }

  @Test
  void workbooksWithBytesFlippedAreReadOrRefusedWithProblems() throws IOException {
    Path filled = tmp.resolve("filled.xlsx");
    FactsFiles.template(filled, Everything.scheme(), Optional.of("2025"));
    byte[] bytes = Files.readAllBytes(filled);
    Calculator calc = Calculator.of(Everything.scheme());
    qt().withExamples(EXAMPLES)
        .forAll(Generate.range(0, bytes.length - 1), Generate.range(0, 255))
        .checkAssert(
            (at, value) -> {
              byte[] copy = bytes.clone();
              copy[at] = (byte) (int) value;
              Path f = file(tmp, "flipped");
              try {
                Files.write(f, copy);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              readsOrRefuses(f, calc);
            });
  }

  private static void readsOrRefuses(Path file, Calculator calc) {
    try {
      FactsFiles.read(file, calc);
    } catch (InvalidFileException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    } catch (IOException e) {
      throw new AssertionError("unexpected I/O failure on " + file, e);
    }
  }

  private static final String NOISE = "<>/=\"'&;#xX0123456789 abc长:!?-[]";

  private static Gen<String> mutations(String text) {
    Gen<Integer> kind = Generate.range(0, 2);
    Gen<Integer> at = Generate.range(0, text.length() - 1);
    Gen<Integer> length = Generate.range(1, 40);
    Gen<Integer> noise = Generate.range(0, NOISE.length() - 1);
    return kind.zip(
        at,
        length,
        noise,
        (k, i, n, c) -> {
          int end = Math.min(text.length(), i + n);
          char ch = NOISE.charAt(c);
          return switch (k) {
            case 0 -> text.substring(0, i) + text.substring(end);
            case 1 -> text.substring(0, i) + ch + text.substring(i);
            default -> text.substring(0, i) + ch + text.substring(Math.min(text.length(), i + 1));
          };
        });
  }

  private static byte[] entry(Path zip, String name) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile());
        InputStream in = z.getInputStream(z.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  private static void rezip(Path from, Path to, String name, byte[] body) {
    try (ZipFile in = new ZipFile(from.toFile());
        OutputStream os = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          out.write(body);
        } else {
          try (InputStream is = in.getInputStream(entry)) {
            is.transferTo(out);
          }
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
