package io.github.kaoping.scoring.io.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.SchemeFiles;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The built command line as a user runs it, after {@code package}: the executable jar on the class
 * path, and the module on the module path (where a missing {@code opens} would show), each under a
 * platform charset that is not UTF-8.
 */
class CliJarIT {

  static final Path JAR = Path.of(System.getProperty("cli.jar", "target/scoring-cli.jar"));
  static final Path MODULE = Path.of(System.getProperty("module.jar", "target/scoring-io.jar"));
  static final Path MODULES = Path.of(System.getProperty("module.dir", "target/modules"));
  static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../examples"));
  static final Path NOTICE = Path.of(System.getProperty("notice.file", "../NOTICE"));

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run java(List<String> launch, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=ISO-8859-1");
    command.add("-Dsun.stdout.encoding=ISO-8859-1");
    command.add("-Dsun.stderr.encoding=ISO-8859-1");
    command.addAll(launch);
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static List<String> jar() {
    return List.of("-jar", JAR.toString());
  }

  static List<String> modulePath() {
    return List.of(
        "--module-path",
        MODULE + File.pathSeparator + MODULES,
        // picocli is an optional dependency (`requires static`): the command line adds it
        "--add-modules",
        "info.picocli",
        "--module",
        "io.github.kaoping.scoring.io/io.github.kaoping.scoring.io.cli.Main");
  }

  /** The commit this checkout is at, or empty outside a git checkout. */
  static Optional<String> head() throws IOException, InterruptedException {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException noGit) {
      return Optional.empty();
    }
  }

  @Test
  void theJarPrintsTheVersionAndTheCommitItWasBuiltFrom() throws Exception {
    String version = System.getProperty("project.version", "");
    String commit = head().orElse("unknown");
    Run r = java(jar(), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("scoring " + version + " (commit " + commit + ")\n");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Implementation-Version")).isEqualTo(version);
      assertThat(manifest.getValue("Implementation-Build")).isEqualTo(commit);
    }
    assertThat(java(modulePath(), "--version").out()).isEqualTo(r.out());
  }

  /**
   * Whoever adds a dependency to scoring-io adds it to NOTICE with its licence: the jar bundles
   * every runtime dependency, and its NOTICE must name each.
   */
  @Test
  void theJarCarriesTheLicenceAndANoticeNamingEveryLibraryItBundles() throws Exception {
    String notice;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      notice =
          new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), UTF_8);
      assertThat(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes())
          .isEqualTo(Files.readAllBytes(NOTICE.resolveSibling("LICENSE")));
      assertThat(jar.getEntry("LICENSE-EDL-1.0.txt")).isNotNull();
      assertThat(jar.getEntry("META-INF/FastDoubleParser-LICENSE")).isNotNull();
    }
    assertThat(notice).isEqualTo(Files.readString(NOTICE, UTF_8));
    List<String> bundled = new ArrayList<>();
    try (Stream<Path> jars = Files.list(MODULES)) {
      jars.map(j -> j.getFileName().toString()).forEach(bundled::add);
    }
    assertThat(bundled).isNotEmpty();
    for (String jar : bundled) {
      // artifactId-version.jar
      String artifactId = jar.replaceFirst("-\\d[^-]*(-[A-Za-z0-9.-]+)?\\.jar$", "");
      assertThat(notice).as("NOTICE names %s", jar).containsPattern(":" + artifactId + " ");
    }
  }

  @Test
  void theJarScoresTheExamplesAndWritesChineseAsUtf8WhateverThePlatformCharset() throws Exception {
    Run r =
        java(
            jar(),
            "score",
            "--scheme",
            EXAMPLES.resolve("example-office-2024.scheme.yaml").toString(),
            "--facts",
            EXAMPLES.resolve("example-office-2024.facts.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("示例市政府系统办公室工作考评办法（example-office-2024，满分100分，含加分，总分可超过100分，考评期 2024）\n")
        .contains("   1  dongcheng  东城区政府办  94.5  一等奖\n")
        .contains("一票否决: 公文质量项全扣的，评先资格一票否决 三(一)1");
    assertThat(r.err()).contains("progress 进步奖〔四(三)〕未评定");
  }

  /**
   * What the command line needs per unit, as the README and {@code docs/format.md} state it: the
   * heap a JVM needs to score and rank {@code units} units whose ids have {@code idChars}
   * characters, with the example scheme (one ranking and one banding decided, nine nodes' points
   * kept per unit).
   */
  static int statedHeapMegabytes(int units, int idChars, boolean nonLatin) {
    long perUnit = BYTES_PER_UNIT + (long) idChars * (nonLatin ? 2 : 1);
    return (int) (BASE_MEGABYTES + ((units * perUnit) >> 20));
  }

  /** The fixed part: the JVM's own heap, the scheme, the parsers. */
  static final int BASE_MEGABYTES = 24;

  /**
   * Per unit ranked, beside its id: its result, its total, its node points (packed, 64 bytes for
   * the example scheme's nine nodes), its placings, the duplicate check.
   */
  static final int BYTES_PER_UNIT = 384;

  /** The shapes of units the stated figure is tested with. */
  enum Shape {
    /** As a generator writes them: {@code u000123}, in groups without a roster. */
    SHORT_IDS_OFF_ROSTER,
    /** Chinese ids of 20 characters ({@code 某某市某某区人民政府办公室第000123号}), off the roster. */
    CHINESE_IDS_OFF_ROSTER,
    /** Every unit on its group's roster (and the roster's names in every row). */
    ON_ROSTER;

    String id(int i) {
      return this == CHINESE_IDS_OFF_ROSTER
          ? String.format(Locale.ROOT, "某某市某某区人民政府办公室第%06d号", i)
          : String.format(Locale.ROOT, "u%06d", i);
    }
  }

  /** The example scheme, its groups without rosters (any unit id allowed) or with {@code units}. */
  private Path scheme(int rosterUnits) throws IOException {
    Scheme example = SchemeFiles.read(EXAMPLES.resolve("example-office-2024.scheme.yaml"));
    Scheme open =
        Scheme.builder()
            .from(example)
            .groups(
                example.groups().stream()
                    .map(
                        g -> {
                          List<Unit> roster = new ArrayList<>();
                          int parity = g.id().equals("county") ? 0 : 1;
                          for (int i = parity; i < rosterUnits; i += 2) {
                            roster.add(
                                new Unit(
                                    Shape.ON_ROSTER.id(i),
                                    String.format(Locale.ROOT, "单位%06d", i)));
                          }
                          return new UnitGroup(
                              g.id(), g.title(), g.clause(), roster, g.declaredCount());
                        })
                    .toList())
            .build();
    Path scheme = tmp.resolve("scheme-" + rosterUnits + ".yaml");
    SchemeFiles.write(scheme, open);
    return scheme;
  }

  /** Writes a CSV facts file of generated units; a bad one has a measured value that is text. */
  private Path facts(Shape shape, int units, boolean bad) throws IOException {
    Path facts = tmp.resolve(shape + (bad ? "-bad" : "") + ".facts.csv");
    try (Writer w = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
      w.write("unit,group,period,s1.1,s1.2,s2.1,s2.2,s3,s4\n");
      // the first unit alone scores full marks and the whole bonus: 110; nobody else reaches 30
      w.write(shape.id(0) + ",county,2024,0," + (bad ? "many" : "100") + ",100,60,30,500\n");
      for (int i = 1; i < units; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,2024,%d,%s,%d,%d,%d.%d,%d%n",
                shape.id(i),
                i % 2 == 0 ? "county" : "dept",
                i % 3,
                bad ? "many" : Integer.toString(80 + i % 20),
                90 + i % 11,
                i % 61,
                i % 29,
                i % 10,
                i % 500));
      }
    }
    return facts;
  }

  /**
   * 200,000 units of each shape through {@code score}, in the heap the stated figure gives: facts
   * are read one unit at a time and no score card or facts are kept, only each unit's id, total and
   * standing, and the line each unit was first read on (for the duplicate check). Holding the cards
   * would need several times that heap.
   */
  @ParameterizedTest
  @EnumSource(Shape.class)
  void twoHundredThousandUnitsStreamThroughScoreInTheStatedHeap(Shape shape) throws Exception {
    int units = 200_000;
    Path scheme = scheme(shape == Shape.ON_ROSTER ? units : 0);
    Path facts = facts(shape, units, false);
    Path out = tmp.resolve("results.csv");
    int heap =
        statedHeapMegabytes(units, shape.id(0).length(), shape == Shape.CHINESE_IDS_OFF_ROSTER);
    if (shape == Shape.ON_ROSTER) {
      heap += (units * ROSTER_BYTES_PER_UNIT) >> 20;
    }
    Run r =
        java(
            List.of("-Xmx" + heap + "m", "-jar", JAR.toString()),
            "score",
            "--scheme",
            scheme.toString(),
            "--facts",
            facts.toString(),
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(r.code()).as("-Xmx%dm: %s", heap, r.err()).isZero();
    long rows;
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      rows = lines.count();
    }
    // the ids and the titles, then every unit under the awards ranking and again under the bands
    assertThat(rows).isEqualTo(2 + 2L * units);
    String name = shape == Shape.ON_ROSTER ? "单位000000" : "";
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      assertThat(lines.skip(2).findFirst())
          .contains(
              "awards,"
                  + shape.id(0)
                  + ","
                  + name
                  + ",county,2024,110,110,110,,1,1,100000,一等奖,,,,false,,,,"
                  + "110,30,20,10,40,25,15,30,10");
    }
  }

  /**
   * The same 200,000 units as JSON Lines through {@code score} on two threads, in the heap the
   * stated figure gives: one thread cuts the lines, the others parse, check and score them, a
   * bounded number of batches ahead of the ranking.
   */
  @Test
  void twoHundredThousandJsonLinesUnitsStreamThroughScoreOnTwoThreadsInTheStatedHeap()
      throws Exception {
    int units = 200_000;
    Path scheme = tmp.resolve("open.scheme.yaml");
    SchemeFiles.write(scheme, openExample());
    Iterable<UnitFacts> generated =
        () -> java.util.stream.IntStream.range(0, units).mapToObj(CliJarIT::unit).iterator();
    Path facts = tmp.resolve("many.jsonl");
    FactsFiles.write(facts, openExample(), generated);
    Path out = tmp.resolve("results.csv");
    int heap = statedHeapMegabytes(units, 7, false);
    Run r =
        java(
            List.of("-Xmx" + heap + "m", "-jar", JAR.toString()),
            "score",
            "--scheme",
            scheme.toString(),
            "--facts",
            facts.toString(),
            "--format",
            "csv",
            "--threads",
            "2",
            "--out",
            out.toString());
    assertThat(r.code()).as("-Xmx%dm: %s", heap, r.err()).isZero();
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(2 + 2L * units);
    }
  }

  /** A roster entry: the unit and its name in the scheme file read, the scheme, the results. */
  static final int ROSTER_BYTES_PER_UNIT = 500;

  /**
   * A million bad rows exit 2 in less heap than 200,000 good ones need: the first thousand problems
   * are listed and the rest counted, and no unit is ranked after the first bad one.
   */
  @Test
  void aMillionBadRowsExitTwoInTheHeapOfTwoHundredThousandGoodOnes() throws Exception {
    Path facts = facts(Shape.SHORT_IDS_OFF_ROSTER, 1_000_000, true);
    Path out = tmp.resolve("results.csv");
    int heap = statedHeapMegabytes(200_000, 7, false);
    Run r =
        java(
            List.of("-Xmx" + heap + "m", "-jar", JAR.toString()),
            "score",
            "--scheme",
            scheme(0).toString(),
            "--facts",
            facts.toString(),
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains(facts + ":2:5: unit u000000, column 's1.2': expected a measured value")
        .contains("... and 999800 more problems")
        .endsWith("1000000 problems; nothing written\n");
    assertThat(out).doesNotExist();
  }

  /**
   * The same streaming for workbooks, both ways: the facts workbook's unit sheets are read a row at
   * a time, and its shared strings (every unit id) are held in one compact buffer; the results
   * workbook is written a row at a time, flushed every thousand rows. 100,000 units fit the heap
   * the CSV test is given.
   */
  @Test
  void aHundredThousandUnitsStreamFromAWorkbookIntoAResultsWorkbookIn128MegabytesOfHeap()
      throws Exception {
    Scheme open = openExample();
    Path scheme = tmp.resolve("open.scheme.yaml");
    SchemeFiles.write(scheme, open);
    int units = 100_000;
    Iterable<UnitFacts> generated =
        () -> java.util.stream.IntStream.range(0, units).mapToObj(CliJarIT::unit).iterator();
    Path facts = tmp.resolve("many.xlsx");
    FactsFiles.write(facts, open, generated);
    Path out = tmp.resolve("results.xlsx");
    Run r =
        java(
            List.of("-Xmx128m", "-jar", JAR.toString()),
            "score",
            "--scheme",
            scheme.toString(),
            "--facts",
            facts.toString(),
            "--format",
            "xlsx",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // the node points sheet has a row per unit under its three header rows
    List<Long> rows = new ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          try (java.io.InputStream in = zip.getInputStream(e)) {
            rows.add(count(in, "<row "));
          }
        }
      }
    }
    assertThat(rows).contains(3L + units);
  }

  /** How many times a pattern of ASCII bytes occurs in a stream. */
  private static long count(java.io.InputStream in, String pattern) throws IOException {
    byte[] p = pattern.getBytes(StandardCharsets.US_ASCII);
    long n = 0;
    int matched = 0;
    byte[] buf = new byte[1 << 16];
    for (int len; (len = in.read(buf)) > 0; ) {
      for (int i = 0; i < len; i++) {
        matched = buf[i] == p[matched] ? matched + 1 : buf[i] == p[0] ? 1 : 0;
        if (matched == p.length) {
          n++;
          matched = 0;
        }
      }
    }
    return n;
  }

  /** The example scheme without its rosters, so that any unit id is allowed. */
  private static Scheme openExample() throws IOException {
    Scheme example = SchemeFiles.read(EXAMPLES.resolve("example-office-2024.scheme.yaml"));
    return Scheme.builder()
        .from(example)
        .groups(
            example.groups().stream()
                .map(
                    g -> new UnitGroup(g.id(), g.title(), g.clause(), List.of(), g.declaredCount()))
                .toList())
        .build();
  }

  /** The i-th generated unit: the values of the CSV test's rows. */
  private static UnitFacts unit(int i) {
    UnitFacts.Builder u =
        UnitFacts.of(String.format(Locale.ROOT, "u%06d", i), i % 2 == 0 ? "county" : "dept")
            .period("2024")
            .addFacts(
                Measurement.of("s1.2", Integer.toString(80 + i % 20)),
                Measurement.of("s2.1", Integer.toString(90 + i % 11)),
                Measurement.of("s2.2", Integer.toString(i % 61)),
                Assessment.of("s3", i % 29 + "." + i % 10),
                Occurrence.of("s4", "s4").amount(java.math.BigDecimal.valueOf(i % 500)).build());
    if (i % 3 > 0) {
      u.addFacts(Occurrence.of("s1.1", "s1.1").count(i % 3).build());
    }
    return u.build();
  }

  @Test
  void theModuleRunsOnTheModulePath() throws Exception {
    Run r =
        java(
            modulePath(),
            "explain",
            "--scheme",
            EXAMPLES.resolve("example-office-2024.scheme.yaml").toString(),
            "--facts",
            EXAMPLES.resolve("example-office-2024.facts.yaml").toString(),
            "--unit",
            "nanhu");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("差错3次以上的，此项不得分：记录3次，属于“3次以上”，本项记0分");
    assertThat(java(modulePath(), "schemes", "--help").code()).isZero();
  }

  @Test
  void theJarExitsTwoOnBadInputAndWritesNothingToOut() throws Exception {
    Path facts = tmp.resolve("facts.csv");
    Files.writeString(facts, "unit,group,s1.2\n东城,county,很多\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.csv");
    Run r =
        java(
            jar(),
            "score",
            "--scheme",
            EXAMPLES.resolve("example-office-2024.scheme.yaml").toString(),
            "--facts",
            facts.toString(),
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("unit 东城, column 's1.2': expected a measured value")
        .contains("'很多'");
    assertThat(out).doesNotExist();
    assertThat(java(jar(), "score", "--no-such-option").code()).isEqualTo(2);
    assertThat(java(jar(), "validate", "--help").code()).isZero();
  }
}
