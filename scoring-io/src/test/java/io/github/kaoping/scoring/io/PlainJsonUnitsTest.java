package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON facts file parsed from its bytes ({@link PlainJsonUnits}) against the reader of its
 * characters it stands in for: files as the library writes them, with text in Chinese, mutated byte
 * by byte (bytes that are not UTF-8, lone surrogates, overlong forms, characters outside the BMP,
 * control characters, a byte-order mark, CRLF line ends, lines joined, numbers changed, the file
 * broken off), read both ways, with and without the scheme's check, must give the same units and
 * the same problems, in the same words, at the same lines and columns.
 */
class PlainJsonUnitsTest {

  private static final Scheme SCHEME = Everything.scheme();
  private static final Calculator CALCULATOR = Calculator.of(SCHEME);
  private static final int EXAMPLES = 200;

  @TempDir Path dir;

  @Test
  void fromTheBytesAsFromTheCharacters() throws IOException {
    String written = written();
    int[] counts = new int[3];
    Path file = dir.resolve("facts.json");
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] bytes = mutated(written, new Random(seed));
              try {
                Files.write(file, bytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              String chars = read(file, false, true, new int[3]);
              String fromBytes = read(file, false, false, counts);
              assertThat(fromBytes)
                  .as("%s", new String(bytes, StandardCharsets.UTF_8))
                  .isEqualTo(chars);
              assertThat(read(file, true, false, new int[3]))
                  .isEqualTo(read(file, true, true, new int[3]));
            });
    assertThat(counts[0]).as("files read from their bytes to the end").isGreaterThan(EXAMPLES / 5);
    assertThat(counts[1]).as("files read again from their characters").isGreaterThan(EXAMPLES / 5);
    assertThat(counts[2]).as("files with a problem").isGreaterThan(EXAMPLES / 4);
  }

  @Test
  void aFileAsTheLibraryWritesItIsReadFromItsBytes() throws IOException {
    Path file = dir.resolve("facts.json");
    Files.writeString(file, written());
    int[] counts = new int[3];
    assertThat(read(file, true, false, counts)).isEqualTo(read(file, true, true, new int[3]));
    assertThat(counts[0]).isEqualTo(1);
    assertThat(counts[2]).isZero();
  }

  @Test
  void aProblemAfterChineseOnItsLineIsPlacedInCharacters() throws IOException {
    Path file = dir.resolve("facts.json");
    Files.writeString(
        file,
        "{\"scheme\": \"everything\", \"units\": [\n"
            + "{\"unit\": \"岳阳市财政局\", \"grup\": \"g1\"}\n"
            + "]}\n");
    int[] counts = new int[3];
    String read = read(file, false, false, counts);
    assertThat(read).isEqualTo(read(file, false, true, new int[3]));
    // column 20 in characters (the key is byte 32 of its line)
    assertThat(read).contains(file + ":2:20: ").contains("grup");
    assertThat(counts[1]).isEqualTo(1);
  }

  @Test
  void aBadByteMidFileIsReportedAsTheCharactersReportIt() throws IOException {
    String written = written();
    int at = written.indexOf("文号错误");
    byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
    int bad = written.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 3;
    bytes[bad] = (byte) 0xFF;
    Path file = dir.resolve("facts.json");
    Files.write(file, twice(bytes));
    String read = read(file, true, false, new int[3]);
    assertThat(read).isEqualTo(read(file, true, true, new int[3]));
    assertThat(read).contains("the file is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void aStringTooLongIsRefusedAsTheCharactersRefuseIt() throws IOException {
    Path file = dir.resolve("facts.json");
    Files.writeString(
        file,
        "{\"scheme\": \"everything\", \"units\": [\n"
            + "{\"unit\": \"u1\", \"group\": \"g1\", \"facts\": [{\"check\": {\"node\": \"a4\","
            + " \"met\": true, \"note\": \""
            + "长".repeat(100_001)
            + "\"}}]}\n"
            + "]}\n");
    String read = read(file, false, false, new int[3]);
    assertThat(read).isEqualTo(read(file, false, true, new int[3]));
    assertThat(read).contains("a value is longer than 100000 characters");
  }

  @Test
  void aByteOrderMarkAndCrLfLineEndsAreReadFromTheBytes() throws IOException {
    String written = written().replace("\n", "\r\n").replace("\"group\"", "\"grup\"");
    Path file = dir.resolve("facts.json");
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, written));
    int[] counts = new int[3];
    String read = read(file, true, false, counts);
    assertThat(read).isEqualTo(read(file, true, true, new int[3])).contains("grup");
    assertThat(counts[1]).isEqualTo(1); // read again for its problem
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, written()));
    counts = new int[3];
    assertThat(read(file, true, false, counts)).isEqualTo(read(file, true, true, new int[3]));
    assertThat(counts[0]).isEqualTo(1);
  }

  // ------------------------------------------------------------------ reading both ways

  /**
   * Every unit of a file, or its problems, as text; counts files read from their bytes to the end,
   * files read again from their characters, and files with a problem.
   */
  private static String read(Path file, boolean checked, boolean chars, int[] counts) {
    StringBuilder out = new StringBuilder();
    PlainJsonUnits plain = null;
    boolean problems = false;
    try (FactsReader r = open(file, checked, chars)) {
      if (!chars) {
        plain = (PlainJsonUnits) sourceOf(r);
      }
      while (r.hasNext()) {
        try {
          UnitFacts u = r.next();
          out.append(u).append('\n');
        } catch (InvalidFileException e) {
          problems = true;
          out.append(e.getMessage()).append('\n');
        }
      }
      out.append("graded on ").append(r.gradedOn());
    } catch (IOException | RuntimeException e) {
      problems = true;
      out.append("failed: ").append(e);
    }
    if (plain != null) {
      counts[plain.fromBytes() ? 0 : 1]++;
      counts[2] += problems ? 1 : 0;
    }
    return out.toString();
  }

  private static FactsReader open(Path file, boolean checked, boolean chars) throws IOException {
    if (!chars) {
      return checked ? FactsFiles.open(file, CALCULATOR) : FactsFiles.openUnchecked(file, SCHEME);
    }
    return checked
        ? FactsFiles.open(
            Docs.open(file, Limits.FACTS), FileFormat.JSON, file.toString(), CALCULATOR)
        : FactsFiles.openUnchecked(
            Docs.open(file, Limits.FACTS), FileFormat.JSON, file.toString(), SCHEME);
  }

  private static UnitSource sourceOf(FactsReader r) {
    try {
      java.lang.reflect.Field f = FactsReader.class.getDeclaredField("source");
      f.setAccessible(true);
      return (UnitSource) f.get(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ files

  /** Everything's unit as the library writes it, and a second unit after it. */
  private static String written() {
    StringWriter w = new StringWriter();
    try {
      FactsFiles.write(w, FileFormat.JSON, SCHEME, java.util.List.of(Everything.facts()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String one = w.toString();
    return new String(twice(one.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  /** The file with its one unit written twice, the second as u2. */
  private static byte[] twice(byte[] file) {
    String s = new String(file, StandardCharsets.ISO_8859_1);
    int start = s.indexOf('{', s.indexOf("\"units\""));
    int end = s.lastIndexOf('}', s.lastIndexOf(']'));
    String unit = s.substring(start, end + 1);
    String second = unit.replaceFirst("\"u1\"", "\"u2\"");
    return (s.substring(0, end + 1) + ", " + second + s.substring(end + 1))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final byte[][] ODD = {
    {(byte) 0xFF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE5, (byte) 0xB2},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xC2, (byte) 0x85},
    {(byte) 0xE2, (byte) 0x80, (byte) 0xA8},
    {0},
    {'\r'},
    {'\\'},
    {'"'},
    {','},
    {'-'},
  };

  private static byte[] mutated(String written, Random r) {
    String text = written;
    switch (r.nextInt(6)) {
      case 0 -> text = text.replace("\n", "\r\n");
      case 1 -> text = text.replaceAll("\n\\s*", " "); // one line: tokens after Chinese
      case 2 -> text = text.replaceFirst("\n\\s*\"note\"", " \"note\"");
      default -> {}
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int mutations = r.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      int at = r.nextInt(bytes.length + 1);
      bytes =
          switch (r.nextInt(6)) {
            case 0 -> splice(bytes, at, 0, ODD[r.nextInt(ODD.length)]);
            case 1 -> splice(bytes, at, Math.min(1 + r.nextInt(3), bytes.length - at), new byte[0]);
            case 2 -> splice(bytes, at, 0, "岳阳".getBytes(StandardCharsets.UTF_8));
            case 3 -> digit(bytes, r);
            case 4 -> splice(bytes, at, 0, new byte[] {(byte) r.nextInt(256)});
            default -> java.util.Arrays.copyOf(bytes, at); // broken off
          };
    }
    if (r.nextInt(8) == 0) {
      bytes = splice(bytes, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    return bytes;
  }

  /** A digit changed: a count, points or a value not what the scheme takes. */
  private static byte[] digit(byte[] bytes, Random r) {
    for (int tries = 0; tries < 50; tries++) {
      int at = r.nextInt(bytes.length);
      if (bytes[at] >= '0' && bytes[at] <= '9') {
        byte[] out = bytes.clone();
        out[at] = (byte) "0123456789".charAt(r.nextInt(10));
        return r.nextBoolean() ? out : splice(out, at, 0, new byte[] {'-'});
      }
    }
    return bytes;
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, at + remove, bytes.length - at - remove);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] head, String text) {
    return splice(text.getBytes(StandardCharsets.UTF_8), 0, 0, head);
  }
}
