package io.github.kaoping.scoring.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats of scheme, facts and results files, told apart by the file's extension. */
public enum FileFormat {
  /** YAML 1.1, as written by hand: {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON: {@code .json}. */
  JSON,
  /**
   * JSON Lines: {@code .jsonl} or {@code .ndjson}, a facts unit a line after an optional header
   * line, so that a file of any size is read a line at a time and on every core. Facts only.
   */
  JSONL,
  /** Comma-separated values with a header row: {@code .csv}. Facts and results only. */
  CSV,
  /**
   * An Excel workbook (Office Open XML): {@code .xlsx}. Facts (a template for a scheme, filled in
   * by an office) and results (written, not read back); see {@code docs/format.md}.
   */
  XLSX;

  /**
   * The format a file's extension names.
   *
   * @param file the file
   * @return the format, or empty if the extension is none of {@code .yaml}, {@code .yml}, {@code
   *     .json}, {@code .jsonl}, {@code .ndjson}, {@code .csv}, {@code .xlsx}
   */
  public static Optional<FileFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }
}
