package io.github.kaoping.scoring.io.cli;

import static io.github.kaoping.scoring.io.cli.CliTest.SCHEME;
import static io.github.kaoping.scoring.io.cli.CliTest.YAML;
import static io.github.kaoping.scoring.io.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.SchemeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads JSON Lines facts wherever it reads facts, on any number of threads. */
class JsonLinesCliTest {

  @TempDir Path tmp;

  /** The example's YAML facts written as JSON Lines. */
  private Path jsonLines() throws IOException {
    Scheme scheme = SchemeFiles.read(Path.of(SCHEME));
    Path file = tmp.resolve("example.facts.jsonl");
    FactsFiles.write(file, scheme, FactsFiles.read(Path.of(YAML), Calculator.of(scheme)));
    return file;
  }

  @Test
  void scoreExplainAndValidateReadJsonLinesAsTheyReadYaml() throws IOException {
    String facts = jsonLines().toString();
    CliTest.Run yaml = run("score", "--scheme", SCHEME, "--facts", YAML, "--format", "json");
    assertThat(yaml.code()).as(yaml.err()).isZero();
    for (String threads : new String[] {"1", "2", "3"}) {
      CliTest.Run r =
          run(
              "score",
              "--scheme",
              SCHEME,
              "--facts",
              facts,
              "--format",
              "json",
              "--threads",
              threads);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).as("%s threads", threads).isEqualTo(yaml.out());
      assertThat(r.err()).isEqualTo(yaml.err());
    }
    CliTest.Run explained = run("explain", "--scheme", SCHEME, "--facts", facts, "--unit", "nanhu");
    assertThat(explained.code()).as(explained.err()).isZero();
    assertThat(explained.out())
        .isEqualTo(run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nanhu").out());
    CliTest.Run valid = run("validate", facts, "--scheme", SCHEME);
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).startsWith(facts + ": valid facts of 6 units, checked against scheme");
  }

  @Test
  void theProblemsOfJsonLinesNameTheirLinesTheSameOnAnyNumberOfThreads() throws IOException {
    Path file = jsonLines();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    lines[2] = "{\"unit\": oops";
    lines[4] = lines[4].replace("\"group\":", "\"extra\":1,\"group\":");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    CliTest.Run one =
        run("score", "--scheme", SCHEME, "--facts", file.toString(), "--threads", "1");
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).contains(file + ":3:").contains(file + ":5:").contains("'extra'");
    CliTest.Run two =
        run("score", "--scheme", SCHEME, "--facts", file.toString(), "--threads", "2");
    assertThat(two.err()).isEqualTo(one.err());
    assertThat(two.out()).isEqualTo(one.out());
  }
}
