package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first screen gives exactly two commands, the main job and the tests, and the command
 * lines it shows run as written (in process, from the repository root).
 */
class ReadmeCommandsTest {

  static final Path ROOT = Path.of("..");
  static final String JAR = "java -jar scoring-io/target/scoring-cli.jar ";

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The code blocks of some Markdown, in order. */
  static List<String> blocks(String markdown) {
    List<String> found = new ArrayList<>();
    String[] parts = markdown.split("```[a-z]*\n", -1);
    for (int i = 1; i < parts.length; i += 2) {
      found.add(parts[i].strip());
    }
    return found;
  }

  /** Runs a README command line after {@code java -jar scoring-cli.jar}, from the root. */
  static CliTest.Run runFromRoot(String command) {
    String[] words = command.substring(command.indexOf(JAR) + JAR.length()).split(" ");
    String[] args =
        Arrays.stream(words)
            .map(w -> w.startsWith("examples/") ? ROOT.resolve(w).toString() : w)
            .toArray(String[]::new);
    return CliTest.run(args);
  }

  @Test
  void theFirstScreenGivesTheMainJobAndTheTests() throws IOException {
    String readme = readme();
    List<String> first = blocks(readme.substring(0, readme.indexOf("\n## ")));
    assertThat(first)
        .containsExactly(
            "mvn -B -q -DskipTests package -pl scoring-io -am && "
                + JAR
                + "score --scheme yueyang-2007 --facts examples/facts/yueyang-2007-2024.yaml",
            "mvn -B verify");
  }

  @Test
  void theMainJobPrintsTheRankedTableAndNothingElse() throws IOException {
    String command = blocks(readme()).get(0);
    assumeTrue(
        Files.exists(ROOT.resolve("examples/facts/yueyang-2007-2024.yaml")),
        "the yueyang facts are not on this branch yet");
    CliTest.Run r = runFromRoot(command);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("岳阳市政府系统办公室工作考评办法（yueyang-2007，满分1000分，含加分，总分可超过1000分")
        .contains("\n全市政府系统办公室工作先进单位（县、市、区）〔三(四)〕：\n  各县、市、区人民政府办公室")
        .contains("\n全市政府系统办公室工作先进单位（市政府各部门）〔三(四)〕：\n  市政府各部门办公室")
        .contains("\n名次  代码         单位                         得分  奖项    备注\n")
        .contains("一票否决: 发生失、泄密事件（网络安全） 四(七)5，不占名次")
        .contains("一等奖");
  }

  @Test
  void theExampleCommandRunsAsWritten() throws IOException {
    List<String> blocks = blocks(readme());
    List<String> examples = blocks.stream().filter(b -> b.startsWith(JAR + "score")).toList();
    assertThat(examples).hasSize(1);
    CliTest.Run r = runFromRoot(examples.get(0));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    // the README shows what it prints, in the office's words: the block after the command
    String shown = blocks.get(blocks.indexOf(examples.get(0)) + 1);
    assertThat(shown).isEqualTo(r.out().strip());
    assertThat(shown)
        .contains("\n名次  代码       单位          得分  奖项    备注\n")
        .contains("一票否决: 公文质量项全扣的，评先资格一票否决 三(一)1")
        .contains("\n进步奖〔四(三)〕，与2023相比：县市区政府办公室\n");
  }
}
