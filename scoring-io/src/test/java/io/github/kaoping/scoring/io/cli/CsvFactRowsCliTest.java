package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI scores a CSV facts file in the row layout as it scores the same facts in YAML. */
class CsvFactRowsCliTest {

  @TempDir Path tmp;

  private static final Path ZHANGZHOU =
      Path.of("..", "examples", "facts", "zhangzhou-municipal-2024.yaml");

  @Test
  void zhangzhouVetoesFromACsvFileScoreAsFromYaml() throws IOException {
    Calculator calc =
        Calculator.of(
            Regulation.ZHANGZHOU.scheme().withParameters(Map.of("s2.1-amount", BigDecimal.ONE)));
    List<UnitFacts> units = FactsFiles.read(ZHANGZHOU, calc);
    Path csv = tmp.resolve("zhangzhou.csv");
    FactsFiles.write(csv, calc.scheme(), units);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith("unit,group,period,fact,node,veto,id,")
        .contains("shuangyongban,series-2,2024,vetoEvent,,programme-veto,fj-zz,");
    String[] score = {"score", "--scheme", "zhangzhou-municipal", "--set", "s2.1-amount=1"};
    CliTest.Run fromCsv = CliTest.run(concat(score, "--facts", csv.toString()));
    CliTest.Run fromYaml = CliTest.run(concat(score, "--facts", ZHANGZHOU.toString()));
    assertThat(fromCsv.err()).isEmpty();
    assertThat(fromCsv.code()).isZero();
    assertThat(fromCsv.out()).isEqualTo(fromYaml.out()).contains("不合格");
    CliTest.Run explained =
        CliTest.run(
            "explain",
            "--scheme",
            "zhangzhou-municipal",
            "--set",
            "s2.1-amount=1",
            "--facts",
            csv.toString(),
            "--unit",
            "shuangyongban");
    assertThat(explained.out()).contains("综治工作被一票否决");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
