package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Scheme;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads and writes scheme files: YAML or JSON, one tree, described in {@code docs/format.md} and by
 * the JSON Schema {@code json-schema/scheme.schema.json} on this module's class path.
 *
 * <p>Reading reports every problem in the file at once, each with its line, column and node path:
 * first what the format rejects (unknown or duplicate keys, values of the wrong kind, numbers that
 * are not plain decimals), then, if the file could be read, everything {@link
 * Calculator#validate(Scheme)} finds, placed at the line of the node it concerns. A scheme returned
 * is always valid.
 *
 * <p>Writing gives the same tree for YAML and JSON; every valid scheme reads back equal to what was
 * written.
 */
public final class SchemeFiles {

  private SchemeFiles() {}

  /**
   * Reads and validates a scheme file.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, not null
   * @return the scheme, valid, never null
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static Scheme read(Path file) throws IOException {
    return read(file, w -> {});
  }

  /**
   * Reads and validates a scheme file, and gives what is valid but probably unintended ({@link
   * Calculator#warnings}) to a consumer, each warning at the line of the node it concerns.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, not null
   * @param warnings what to do with each warning, not null
   * @return the scheme, valid, never null
   * @throws InvalidFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static Scheme read(Path file, Consumer<? super FileProblem> warnings) throws IOException {
    FileFormat format = treeFormat(file, "a scheme");
    try (Reader in = Docs.open(file, Limits.SCHEME)) {
      return read(in, format, file.toString(), Limits.SCHEME, warnings);
    }
  }

  /**
   * Reads and validates a scheme from text.
   *
   * @param in the text, not null; left open
   * @param format {@link FileFormat#YAML} or {@link FileFormat#JSON}
   * @param name what to call the source in problems, such as its file name
   * @return the scheme, valid, never null
   * @throws InvalidFileException listing every problem
   * @throws IOException if the text cannot be read
   */
  public static Scheme read(Reader in, FileFormat format, String name) throws IOException {
    return read(in, format, name, Limits.SCHEME);
  }

  static Scheme read(Reader in, FileFormat format, String name, Limits limits) throws IOException {
    return read(in, format, name, limits, w -> {});
  }

  private static Scheme read(
      Reader in,
      FileFormat format,
      String name,
      Limits limits,
      Consumer<? super FileProblem> warnings)
      throws IOException {
    if (format == FileFormat.CSV || format == FileFormat.XLSX || format == FileFormat.JSONL) {
      throw new IllegalArgumentException("a scheme is written in YAML or JSON, not " + format);
    }
    Problems problems = new Problems(name);
    Doc doc = Docs.readOne(in, format, limits, problems);
    SchemeCodec codec = new SchemeCodec(problems);
    Scheme scheme = doc == null ? null : codec.read(doc);
    problems.throwIfAny();
    if (scheme == null) {
      throw new AssertionError("no scheme and no problem");
    }
    List<Problem> invalid = Calculator.validate(scheme);
    for (Problem p : invalid) {
      problems.add(codec.locate(p));
    }
    problems.throwIfAny();
    for (Problem w : Calculator.warnings(scheme)) {
      warnings.accept(codec.locate(w));
    }
    return scheme;
  }

  /** Reads and validates a scheme from a string. */
  static Scheme parse(String text, FileFormat format) {
    try {
      return read(
          new StringReader(text), format, "<" + format.name().toLowerCase(Locale.ROOT) + ">");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes a scheme file, in the format its extension names. The file is replaced only once the
   * whole scheme is written.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, not null
   * @param scheme the scheme, not null
   * @param options how to write the file: {@link WriteOption#FOLLOW_LINKS} to write through a
   *     symbolic link
   * @throws IOException if the file cannot be written, or is one that must not be replaced (see
   *     {@link WriteOption})
   */
  public static void write(Path file, Scheme scheme, WriteOption... options) throws IOException {
    FileFormat format = treeFormat(file, "a scheme");
    Docs.writeAtomically(file, Docs.options(options), out -> write(out, scheme, format));
  }

  /**
   * Writes a scheme as text.
   *
   * @param out where to write, not null; left open
   * @param scheme the scheme, not null
   * @param format {@link FileFormat#YAML} or {@link FileFormat#JSON}
   * @throws IOException if the text cannot be written
   */
  public static void write(Writer out, Scheme scheme, FileFormat format) throws IOException {
    if (format == FileFormat.CSV || format == FileFormat.XLSX || format == FileFormat.JSONL) {
      throw new IllegalArgumentException("a scheme is written in YAML or JSON, not " + format);
    }
    Docs.write(SchemeCodec.write(scheme), format, out);
  }

  /**
   * Returns a scheme as YAML or JSON text.
   *
   * @param scheme the scheme, not null
   * @param format {@link FileFormat#YAML} or {@link FileFormat#JSON}
   * @return the text, never null
   */
  public static String toString(Scheme scheme, FileFormat format) {
    if (format == FileFormat.CSV || format == FileFormat.XLSX || format == FileFormat.JSONL) {
      throw new IllegalArgumentException("a scheme is written in YAML or JSON, not " + format);
    }
    return Docs.toText(SchemeCodec.write(scheme), format);
  }

  static FileFormat treeFormat(Path file, String what) {
    FileFormat format =
        FileFormat.of(file)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file + ": " + what + " file must end in .yaml, .yml or .json"));
    if (format == FileFormat.CSV || format == FileFormat.XLSX || format == FileFormat.JSONL) {
      throw new IllegalArgumentException(
          file + ": " + what + " file must end in .yaml, .yml or .json");
    }
    return format;
  }
}
