package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.BandingResult;
import io.github.kaoping.scoring.standings.Placing;
import io.github.kaoping.scoring.standings.RankedGroup;
import io.github.kaoping.scoring.standings.RankingResult;
import io.github.kaoping.scoring.standings.Standings;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files in {@code examples/schemes} and {@code examples/facts}: every packaged scheme's export
 * is current, and every example year of facts reads, scores and ranks without a problem.
 */
class ExampleFilesTest {

  static final Path SCHEMES = Examples.DIR.resolve("schemes");
  static final Path FACTS = Examples.DIR.resolve("facts");

  // ------------------------------------------------------------------ scheme exports

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void everyPackagedSchemeHasItsExportAndItIsCurrent(Regulation regulation) throws IOException {
    Path file = SCHEMES.resolve(regulation.id() + ".yaml");
    String regenerate =
        " Regenerate it from the repository's root with: mvn -B -q package -pl scoring-io -am"
            + " -DskipTests && java -jar scoring-io/target/scoring-cli.jar show "
            + regulation.id()
            + " --format yaml > examples/schemes/"
            + regulation.id()
            + ".yaml";
    if (!Files.exists(file)) {
      fail("examples/schemes/" + regulation.id() + ".yaml is missing." + regenerate);
    }
    String written = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!written.equals(SchemeFiles.toString(regulation.scheme(), FileFormat.YAML))) {
      fail(
          "examples/schemes/"
              + regulation.id()
              + ".yaml differs from the packaged scheme "
              + regulation.id()
              + "."
              + regenerate);
    }
    assertThat(SchemeFiles.read(file)).isEqualTo(regulation.scheme());
  }

  @Test
  void everyExportNamesAPackagedScheme() throws IOException {
    Set<String> ids =
        Stream.of(Regulation.values()).map(Regulation::id).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(SCHEMES)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allSatisfy(
              name ->
                  assertThat(ids)
                      .as("examples/schemes/%s names no packaged scheme; delete it", name)
                      .contains(name.replaceFirst("\\.yaml$", "")));
    }
  }

  // ------------------------------------------------------------------ facts

  static Stream<Path> factsFiles() {
    try (Stream<Path> files = Files.list(FACTS)) {
      return files.sorted(Comparator.comparing(Path::toString)).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packaged scheme a facts file is named after: {@code <scheme-id>-<year>.<ext>}. */
  static Regulation regulationOf(Path file) {
    String name = file.getFileName().toString();
    return Stream.of(Regulation.values())
        .filter(r -> name.matches(Pattern.quote(r.id()) + "-\\d{4}\\.\\w+"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("examples/facts/" + name + " names no packaged scheme"));
  }

  /**
   * The parameters each example year's office set, as the file's header says: the texts leave these
   * numbers to the office, and the packaged schemes never default them.
   */
  static final Map<String, Map<String, BigDecimal>> SET =
      Map.of("zhangzhou-municipal-2024.yaml", Map.of("s2.1-amount", BigDecimal.ONE));

  /** The packaged scheme of a facts file, with the parameters its office set. */
  static Scheme schemeOf(Path file) {
    return regulationOf(file)
        .scheme()
        .withParameters(SET.getOrDefault(file.getFileName().toString(), Map.of()));
  }

  static List<ScoreCard> score(Path file) throws IOException {
    Calculator calculator = Calculator.of(schemeOf(file));
    return FactsFiles.read(file, calculator).stream().map(calculator::score).toList();
  }

  @Test
  void thereAreExampleFactsForAtLeastThreeRegulations() {
    assertThat(factsFiles().map(ExampleFilesTest::regulationOf).distinct()).hasSizeGreaterThan(2);
    assertThat(FACTS.resolve("yueyang-2007-2024.yaml")).exists();
  }

  @ParameterizedTest
  @MethodSource("factsFiles")
  void everyFactsFileReadsAndScoresEveryUnitOfItsRosters(Path file) throws IOException {
    Scheme scheme = schemeOf(file);
    List<ScoreCard> cards = score(file);
    Set<String> scored = cards.stream().map(ScoreCard::unitId).collect(Collectors.toSet());
    for (UnitGroup g : scheme.groups()) {
      assertThat(cards).as("units of group %s", g.id()).anyMatch(c -> c.group().equals(g.id()));
      assertThat(scored)
          .as("the roster of group %s", g.id())
          .containsAll(g.units().stream().map(Unit::id).toList());
    }
    assertThat(cards.stream().map(c -> c.period().orElse("")).distinct()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("factsFiles")
  void everyFactsFileRanksWithEveryAwardGivenAndEveryBandingUsed(Path file) throws IOException {
    Scheme scheme = schemeOf(file);
    if (scheme.outcomes().stream().allMatch(o -> o instanceof Grading)) {
      // grades, not ranks: every grading is decided from the file (GradingFilesTest reads it)
      Results results = Results.score(Calculator.of(scheme), file, null);
      assertThat(results.skipped()).isEmpty();
      assertThat(results.gradings()).hasSize(scheme.outcomes().size());
      return;
    }
    StandingsResult result = Standings.of(scheme).rank(score(file));
    assertThat(result.outcomes()).isNotEmpty();
    for (var outcome : result.outcomes()) {
      if (outcome instanceof RankingResult r) {
        for (RankedGroup g : r.rankedGroups()) {
          assertThat(g.placings()).as("%s %s", r.outcomeId(), g.group()).isNotEmpty();
          assertThat(g.placings().stream().flatMap(p -> p.awards().stream()).distinct().count())
              .as("awards of %s given in %s", r.outcomeId(), g.group())
              .isEqualTo(
                  scheme.outcomes().stream()
                      .filter(o -> o.id().equals(r.outcomeId()))
                      .map(Ranking.class::cast)
                      .findFirst()
                      .orElseThrow()
                      .awards()
                      .size());
        }
      } else if (outcome instanceof BandingResult b) {
        assertThat(b.bandedGroups().stream().flatMap(g -> g.units().stream()))
            .as("units banded by %s", b.outcomeId())
            .anySatisfy(u -> assertThat(u.band()).isPresent());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("factsFiles")
  void everyYamlFactsFileValidatesAgainstTheJsonSchema(Path file) throws IOException {
    if (FileFormat.of(file).orElseThrow() == FileFormat.CSV) {
      return; // the JSON Schema describes the tree formats
    }
    assertThat(JsonSchemaTest.validate(JsonSchemaTest.FACTS, Files.readString(file))).isEmpty();
    assertThat(FactsFiles.read(file)).extracting(UnitFacts::unitId).doesNotHaveDuplicates();
  }

  // ------------------------------------------------------------------ what the headers promise

  @Test
  void yueyangTheReadmesYearHasItsVetoesAndTiesAtTheCuts() throws IOException {
    StandingsResult result =
        Standings.of(Regulation.YUEYANG_2007.scheme())
            .rank(score(FACTS.resolve("yueyang-2007-2024.yaml")));
    RankedGroup counties = result.ranking("awards-county").group("county");
    RankedGroup departments = result.ranking("awards-department").group("department");
    assertThat(counties.placings()).hasSize(12);
    assertThat(departments.placings()).hasSize(72);
    // 君山区 has the most points but leaked: ranked apart, without an award.
    Placing junshan = counties.placing("junshan").orElseThrow();
    assertThat(junshan.disqualified()).isTrue();
    assertThat(junshan.position()).isEmpty();
    assertThat(junshan.score()).isGreaterThan(counties.placings().get(0).score());
    assertThat(
            departments.placings().stream()
                .filter(Placing::disqualified)
                .map(Placing::unitId)
                .toList())
        .containsExactlyInAnyOrder("fangdichan", "shipin-yaopin", "gonglu");
    // A tie across a cut in each group, settled upwards.
    assertThat(counties.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.unitIds()).containsExactly("linxiang", "yunxi"))
        .satisfies(t -> assertThat(t.settled()).contains("二等奖"));
    assertThat(departments.cutTies())
        .singleElement()
        .satisfies(t -> assertThat(t.unitIds()).containsExactly("jiancha", "nongye"))
        .satisfies(t -> assertThat(t.settled()).contains("二等奖"));
    assertThat(counties.holders("二等奖")).hasSize(3);
    assertThat(departments.holders("三等奖")).hasSize(4);
  }

  @Test
  void zhangzhouTheYearHasAFailedUnitAndOneExactlyOnSevenHundred() throws IOException {
    BandingResult bands =
        Standings.of(schemeOf(FACTS.resolve("zhangzhou-municipal-2024.yaml")))
            .rank(score(FACTS.resolve("zhangzhou-municipal-2024.yaml")))
            .banding("qualification");
    assertThat(bands.group("series-2").inBand("不合格单位")).containsExactly("shuangyongban");
    assertThat(bands.group("series-3").unit("bianjianzhan").orElseThrow())
        .satisfies(b -> assertThat(b.score()).isEqualTo(Points.of(700)))
        .satisfies(b -> assertThat(b.band()).contains("合格单位"));
  }
}
