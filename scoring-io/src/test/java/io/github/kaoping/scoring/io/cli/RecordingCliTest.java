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
    assertThat(r.out()).contains("只记录未达标事项：未记录视为达标 2.1、2.2.a", "）：办公用房清理整改未完成");
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
