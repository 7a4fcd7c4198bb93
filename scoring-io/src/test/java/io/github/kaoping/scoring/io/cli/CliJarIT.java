package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        "--module",
        "io.github.kaoping.scoring.io/io.github.kaoping.scoring.io.cli.Main");
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
    assertThat(r.out()).startsWith("示例市政府系统办公室工作考评办法 (example-office-2024, max 100)");
    assertThat(r.out()).contains("s1 文电办理").contains("dongcheng");
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
    assertThat(r.out()).contains("zeroed, 3 occurrences in [3, +∞): 差错3次以上的，此项不得分");
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
