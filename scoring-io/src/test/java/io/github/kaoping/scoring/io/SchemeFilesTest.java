package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemeFilesTest {

  @TempDir Path tmp;

  @Test
  void exampleSchemeReadsWithExactDecimalsAndExplicitBounds() {
    Scheme s = Examples.scheme();
    assertThat(s.id()).isEqualTo("example-office-2024");
    assertThat(s.title()).isEqualTo("示例市政府系统办公室工作考评办法");
    assertThat(s.info().documentNumber()).contains("示政办发〔2024〕1号");
    assertThat(s.maximum()).contains(Points.of(100));
    Node timeliness = s.sections().get(0).children().get(1);
    Rule.Tiers tiers = (Rule.Tiers) timeliness.rule().orElseThrow();
    assertThat(tiers.tiers().get(1).range())
        .isEqualTo(Interval.between(BigDecimal.valueOf(85), true, BigDecimal.valueOf(95), false));
    assertThat(s.sections()).hasSize(4);
    assertThat(s.outcomes()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void everyModelTypeSurvivesWriteThenRead(FileFormat format) throws IOException {
    Scheme s = Everything.scheme();
    String text = SchemeFiles.toString(s, format);
    assertThat(Examples.parse(text, format)).isEqualTo(s);
  }

  @ParameterizedTest
  @EnumSource(
      value = FileFormat.class,
      names = {"YAML", "JSON"})
  void exampleSurvivesWriteThenReadThroughAFile(FileFormat format) throws IOException {
    Scheme s = Examples.scheme();
    Path file = tmp.resolve("s." + format.name().toLowerCase(Locale.ROOT));
    SchemeFiles.write(file, s);
    assertThat(SchemeFiles.read(file)).isEqualTo(s);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("示例市政府系统办公室工作考评办法");
  }

  @Test
  void everyPackagedSchemeSurvivesWriteThenReadInBothFormats() throws IOException {
    for (Regulation r : Regulation.values()) {
      for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
        String text = SchemeFiles.toString(r.scheme(), f);
        assertThat(Examples.parse(text, f)).as(r + " " + f).isEqualTo(r.scheme());
      }
    }
  }

  @Test
  void yamlAndJsonHoldTheSameTree() throws IOException {
    Scheme s = Everything.scheme();
    Object yaml = new YAMLMapper().readTree(SchemeFiles.toString(s, FileFormat.YAML));
    Object json = new ObjectMapper().readTree(SchemeFiles.toString(s, FileFormat.JSON));
    assertThat(yaml.toString()).isEqualTo(json.toString());
  }

  @Test
  void writtenYamlKeepsChineseAsIsAndPointsAsPlainDecimals() {
    String yaml = SchemeFiles.toString(Everything.scheme(), FileFormat.YAML);
    assertThat(yaml)
        .contains("title: 全要素考评办法(测试)")
        .contains("each: 2.5")
        .contains("sourceMaximum: 100.0")
        .doesNotContain("\\u")
        .doesNotContainPattern("[0-9][eE][+-]?[0-9]");
  }

  @Test
  void aSchemeFileWithTheWrongExtensionIsRefused() {
    assertThatThrownBy(() -> SchemeFiles.read(tmp.resolve("s.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".yaml, .yml or .json");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = tmp.resolve("out.yaml");
    Files.writeString(file, "old");
    assertThatThrownBy(
            () ->
                Docs.writeAtomically(
                    file,
                    Docs.options(),
                    out -> {
                      out.write("half");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(file);
    }
  }
}
