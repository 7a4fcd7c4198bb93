package io.github.kaoping.scoring.io.cli;

import static io.github.kaoping.scoring.io.cli.CliTest.EXAMPLES;
import static io.github.kaoping.scoring.io.cli.CliTest.SCHEME;
import static io.github.kaoping.scoring.io.cli.CliTest.YAML;
import static io.github.kaoping.scoring.io.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.io.Explanation;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} speaks the office's language: its words, in text and as data. */
class ExplainWordsTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "explanations");

  @TempDir Path tmp;

  /** The whole explanation of pingjiang in 2024, every node shown: the spec of the words. */
  @Test
  void pingjiangIsExplainedInChineseTitlesClausesAndWords() throws IOException {
    Run r =
        run(
            "explain",
            "--scheme",
            "yueyang-2007",
            "--facts",
            EXAMPLES.resolve("facts").resolve("yueyang-2007-2024.yaml").toString(),
            "--unit",
            "pingjiang",
            "--all");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            Files.readString(GOLDEN.resolve("pingjiang-2024.zh.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void englishIsAskedForWithLang() {
    Run r =
        run(
            "explain",
            "--scheme",
            "yueyang-2007",
            "--facts",
            EXAMPLES.resolve("facts").resolve("yueyang-2007-2024.yaml").toString(),
            "--unit",
            "pingjiang",
            "--lang",
            "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "  +953.5  points of 岳阳市政府系统办公室工作考评办法\n",
            "工作运行机制 [四(一)2]: 15 / 20\n",
            "  +20  starts from full marks 20  [四(一)2]\n",
            "  -5  occurrence zh-0331  [四(一)2]  <市政府办人事科 2024-04-01 档案资料>\n",
            "  -8  occurrence zh-1216, chosen 8  [四(一)3]",
            "  -8  参政设谋无成效或不显著 (deduction)  [四(一)3]\n")
        .doesNotContain("从满分", "记录 zh-", "s1.3.a");
  }

  /** JSON and YAML write the words in the output's language; the structure stays as it was. */
  @Test
  void theDataCarriesTheWordsOfTheLanguageAsked() throws IOException {
    for (String lang : List.of("zh", "en")) {
      Run r =
          run(
              "explain",
              "--scheme",
              SCHEME,
              "--facts",
              YAML,
              "--unit",
              "nanhu",
              "--format",
              "json",
              "--lang",
              lang);
      assertThat(r.code()).as(r.err()).isZero();
      Path file = tmp.resolve("nanhu-" + lang + ".json");
      Files.writeString(file, r.out(), StandardCharsets.UTF_8);
      Explanation e = ResultFiles.readExplanation(file);
      List<String> texts = new ArrayList<>();
      e.nodes().forEach(n -> n.lines().forEach(l -> texts.add(l.text())));
      if (lang.equals("zh")) {
        assertThat(texts)
            .contains("从满分20分起扣", "记录 gw-2024-003（出现差错一次扣5分）", "差错3次以上的，此项不得分：记录3次，属于“3次以上”，本项记0分");
        assertThat(e.vetoes().get(0).reason()).isEqualTo("公文质量得0分，属于“0分以下”");
      } else {
        assertThat(texts)
            .contains(
                "starts from full marks 20",
                "occurrence gw-2024-003 (出现差错一次扣5分)",
                "zeroed, 3 occurrences in [3, +∞): 差错3次以上的，此项不得分");
        assertThat(e.vetoes().get(0).reason()).isEqualTo("公文质量 scored 0, in (-∞, 0]");
      }
    }
  }

  /**
   * A file written before the lines spoke the office's language (its words English, nodes by id)
   * still reads back, its words as they are: programs read kind, source, points and facts.
   */
  @Test
  void anExplanationWrittenBeforeReadsBackWithItsOwnWords() throws IOException {
    Explanation old = ResultFiles.readExplanation(GOLDEN.resolve("nanhu-2024-before-0.2.json"));
    Run r =
        run("explain", "--scheme", SCHEME, "--facts", YAML, "--unit", "nanhu", "--format", "json");
    Path file = tmp.resolve("nanhu.json");
    Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    Explanation now = ResultFiles.readExplanation(file);
    assertThat(old.total()).isEqualTo(now.total());
    assertThat(old.nodes()).hasSameSizeAs(now.nodes());
    for (int i = 0; i < old.nodes().size(); i++) {
      List<Line> a = old.nodes().get(i).lines();
      List<Line> b = now.nodes().get(i).lines();
      assertThat(a).extracting(Line::kind).isEqualTo(b.stream().map(Line::kind).toList());
      assertThat(a).extracting(Line::source).isEqualTo(b.stream().map(Line::source).toList());
      assertThat(a).extracting(Line::points).isEqualTo(b.stream().map(Line::points).toList());
      assertThat(a).extracting(Line::facts).isEqualTo(b.stream().map(Line::facts).toList());
    }
    assertThat(
            old.nodes().stream()
                .filter(n -> n.nodeId().equals("s1.1"))
                .findFirst()
                .orElseThrow()
                .lines())
        .extracting(Line::text)
        .contains("starts from full marks 20", "occurrence gw-2024-003 (出现差错一次扣5分)");
  }
}
