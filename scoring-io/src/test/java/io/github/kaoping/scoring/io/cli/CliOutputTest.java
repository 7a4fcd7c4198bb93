package io.github.kaoping.scoring.io.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.SchemeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code score} writes is safe to open: {@code --out} refuses what it must not replace, before
 * the work is done and naming the file as given; {@code --bom} is for Excel; control characters
 * from the files never reach the terminal raw.
 */
class CliOutputTest {

  @TempDir Path tmp;

  /** The example scheme without rosters, so that any unit id is allowed. */
  private Path openScheme() throws IOException {
    Scheme example = SchemeFiles.read(CliTest.EXAMPLES.resolve("example-office-2024.scheme.yaml"));
    Scheme open =
        Scheme.builder()
            .from(example)
            .groups(
                example.groups().stream()
                    .map(
                        g ->
                            new UnitGroup(
                                g.id(), g.title(), g.clause(), List.of(), g.declaredCount()))
                    .toList())
            .build();
    Path scheme = tmp.resolve("open.scheme.yaml");
    SchemeFiles.write(scheme, open);
    return scheme;
  }

  private static CliTest.Run score(String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "score";
    args[1] = "--scheme";
    args[2] = CliTest.SCHEME;
    args[3] = "--facts=" + CliTest.CSV;
    System.arraycopy(more, 0, args, 4, more.length);
    return CliTest.run(args);
  }

  @Test
  void aReadOnlyOutIsRefusedBeforeScoringAndNamedAsGiven() throws IOException {
    Path out = tmp.resolve("results.csv");
    Files.writeString(out, "keep");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    CliTest.Run r = score("--format", "csv", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("scoring: " + out + ": is read-only")
        .doesNotContain("not decided"); // refused before the facts were read
    assertThat(out).hasContent("keep");
  }

  @Test
  void aMissingDirectoryIsNamedAsGivenNotAsTheTemporaryFile() {
    String out = tmp.resolve("missing").resolve("results.csv").toString();
    CliTest.Run r = score("--out", out);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("scoring: " + out + ": its directory").doesNotContain(".tmp");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughOnlyWhenAsked() throws IOException {
    Path target = tmp.resolve("target.csv");
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), target.getFileName());
    CliTest.Run refused = score("--format", "csv", "--out", link.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(link + ": is a symbolic link");
    assertThat(target).hasContent("old");

    CliTest.Run followed = score("--format", "csv", "--out", link.toString(), "--follow-links");
    assertThat(followed.code()).as(followed.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).startsWith("outcome,unit,name");
  }

  @Test
  void bomBeginsCsvWithAByteOrderMarkForExcel() throws IOException {
    Path out = tmp.resolve("excel.csv");
    CliTest.Run r = score("--format", "csv", "--bom", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("\uFEFFoutcome,unit");
    CliTest.Run stdout = score("--format", "csv", "--bom");
    assertThat(stdout.out()).startsWith("\uFEFFoutcome,unit");
    CliTest.Run table = score("--bom");
    assertThat(table.code()).isEqualTo(2);
    assertThat(table.err()).contains("--bom is for --format csv");
  }

  @Test
  void anEscapeSequenceInAUnitIdNeverReachesTheTerminal() throws IOException {
    Path facts = tmp.resolve("esc.facts.csv");
    Files.writeString(
        facts,
        "unit,group,s1.2,s2.1,s2.2,s3\nred\u001b[31m,county,96,100,60,27\n",
        StandardCharsets.UTF_8);
    CliTest.Run r =
        CliTest.run("score", "--scheme", openScheme().toString(), "--facts", facts.toString());
    assertThat(r.out() + r.err()).doesNotContain("\u001b");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("contains U+001B (a control character)");
  }

  @Test
  void validateAndShowPrintAWarningWithoutFailing() throws IOException {
    Path scheme = tmp.resolve("third.scheme.yaml");
    Files.writeString(
        scheme,
        """
        id: third
        title: 三分之一
        max: 100
        rounding: {scale: 2, mode: halfUp}
        groups: [{id: g, title: 单位}]
        sections:
          - {id: s1, title: 信息, max: 33.333334, rule: {proportional: {target: 60, unit: 篇}}}
          - {id: s2, title: 其余, max: 66.666666, rule: {assessed: {direction: earn}}}
        """,
        StandardCharsets.UTF_8);
    String warning =
        "scoring: warning: "
            + scheme
            + ":7:5: third/s1: its maximum 33.333334 has more decimal places than the scheme"
            + " rounds to (2), so full marks give 33.33, never 33.333334";
    CliTest.Run validate = CliTest.run("validate", scheme.toString());
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("valid scheme third");
    assertThat(validate.err()).isEqualTo(warning + "\n");
    CliTest.Run show = CliTest.run("show", scheme.toString());
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("三分之一");
    assertThat(show.err()).isEqualTo(warning + "\n");
  }
}
