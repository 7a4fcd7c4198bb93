package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Adjustment;
import io.github.kaoping.scoring.NodePoints;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.StandingsResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The README's samples run and do what their comments and printed output say. */
class ReadmeExamplesTest {

  /** What a sample printed on standard output, and what it returned. */
  record Printed<T>(String out, T value) {}

  static <T> Printed<T> printed(Callable<T> sample) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      T value = sample.call();
      return new Printed<>(bytes.toString(StandardCharsets.UTF_8), value);
    } finally {
      System.setOut(out);
    }
  }

  static String readme() throws IOException {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void inCodeThreeLateCompletionsZeroTheFortyPointItem() {
    ScoreCard card = ReadmeExamples.inCode();
    assertThat(card.total()).isEqualTo(Points.of(104));
    assertThat(card.explain()).contains("3次未按时办结的，此项计分全扣：记录3次，属于“3次以上”，本项记0分");
    NodeScore item = card.node("s5.2").orElseThrow();
    assertThat(item.points()).isEqualTo(Points.ZERO);
    assertThat(item.adjustments()).containsExactly(Adjustment.GATE);
    assertThat(item.lines().get(item.lines().size() - 1).source()).hasValue("after-3");
    assertThat(card.nodePoints().stream().map(NodePoints::nodeId))
        .containsExactly("yueyang-2007", "s5", "s5.2", "s5.x");
  }

  @Test
  void theRegulationsAreFoundByConstantDocumentNumberAndId() {
    assertThat(ReadmeExamples.regulations().scheme())
        .isEqualTo(Regulation.YUEYANG_2007.scheme());
  }

  @Test
  void standingsPrintTheTableTheReadmeShows() throws Exception {
    Printed<StandingsResult> run = printed(ReadmeExamples::standings);
    assertThat(run.value().ranking("awards-county").group("county").holders("二等奖"))
        .containsExactly("pingjiang", "linxiang", "xiangyin");
    String readme = readme();
    String shown = readme.substring(readme.indexOf("prints\n\n```\n") + "prints\n\n```\n".length());
    assertThat(run.out()).isEqualTo(shown.substring(0, shown.indexOf("```")));
  }

  @Test
  void theExampleFilesAreScoredAndRanked() throws Exception {
    Printed<StandingsResult> run = printed(ReadmeExamples::files);
    Scheme scheme = SchemeFiles.read(Path.of("examples/example-office-2024.scheme.yaml"));
    assertThat(run.value().outcomes()).hasSize(scheme.outcomes().size());
    assertThat(run.out()).contains("一等奖").contains("进步奖");
  }

  /** A library user of scoring-io gets its readers and writers, not the command line's picocli. */
  @Test
  void picocliIsNotOnTheClassPathOfALibraryUser() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")))
        .contains("scoring-io", "jackson-databind")
        .doesNotContain("picocli");
  }

  /** The README names the version this project builds against, and that is what it got. */
  @Test
  void theReadmeAndThisProjectDependOnTheVersionBuilt() throws IOException {
    String version = System.getProperty("scoring.version");
    assertThat(readme()).contains("<version>" + version + "</version>");
    assertThat(Scheme.class.getPackage().getImplementationVersion()).isEqualTo(version);
    String expected = System.getProperty("expected.scoring.version", "");
    if (!expected.isEmpty()) {
      assertThat(version).as("scoring.version in examples/consumer/pom.xml").isEqualTo(expected);
    }
  }
}
