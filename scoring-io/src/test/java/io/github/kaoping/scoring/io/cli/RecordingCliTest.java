package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line with facts that record failures only, and facts naming their scheme. */
class RecordingCliTest {

  static final Path CHANGZHOU =
      Path.of("..", "examples", "failures-only", "changzhou-2018-2024.yaml");
  static final Path YUEYANG = Path.of("..", "examples", "facts", "yueyang-2007-2024.yaml");

  @Test
  void explainSaysWhatWasTakenAndShowsEachFactsNote() throws IOException {
    CliTest.Run r =
        CliTest.run(
            "explain",
            "--scheme",
            "changzhou-2018",
            "--facts",
            CHANGZHOU.toString(),
            "--unit",
            "xinbei");
    assertThat(r.code()).as(r.err()).isZero();
    // what was taken, by the items' titles and clauses and the elements' titles, never by id
    assertThat(r.out())
        .contains(
            "只记录未达标事项：未记录视为达标 \"三定\"方案制定情况〔附表2.1〕、更名为\"XX辖市(区)机关事务管理局\"〔附表2.2●1〕、",
            "服务保障职能健全〔附表2.3●1〕（要素“服务集中办公区域”、要素“安全保卫”、",
            "；未记录视为零次 辖市(区)领导重视并研究部署机关事务工作〔附表1.1〕、",
            "备注（要素“办公用房”未达标）：办公用房清理整改未完成")
        .doesNotContain("2.1、", "2.2.a", "2.3.a:", "office-area", "要素 ");
    CliTest.Run en =
        CliTest.run(
            "explain",
            "--scheme",
            "changzhou-2018",
            "--facts",
            CHANGZHOU.toString(),
            "--unit",
            "xinbei",
            "--lang",
            "en");
    assertThat(en.out())
        .contains(
            "recording failures only: taken as met \"三定\"方案制定情况 [附表2.1], ",
            " (element '服务集中办公区域', element '安全保卫', ",
            "; taken as zero 辖市(区)领导重视并研究部署机关事务工作 [附表1.1], ",
            "note (element '办公用房' not met): 办公用房清理整改未完成")
        .doesNotContain("2.2.a", "2.3.a:", "office-area", "只记录");
  }

  @Test
  void validateChecksAFactsFileAgainstTheSchemeItNames() {
    CliTest.Run r = CliTest.run("validate", YUEYANG.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("valid facts of 84 units, checked against scheme yueyang-2007");
    CliTest.Run other = CliTest.run("validate", YUEYANG.toString(), "--scheme", "changzhou-2018");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("for scheme 'yueyang-2007', not 'changzhou-2018'");
  }
}
