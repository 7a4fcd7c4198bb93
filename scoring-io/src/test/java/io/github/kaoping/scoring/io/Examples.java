package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Scheme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** The files in {@code examples/} and helpers to read text. */
final class Examples {

  private Examples() {}

  static final Path DIR = Path.of("..", "examples");
  static final Path SCHEME = DIR.resolve("example-office-2024.scheme.yaml");
  static final Path FACTS_YAML = DIR.resolve("example-office-2024.facts.yaml");
  static final Path FACTS_CSV = DIR.resolve("example-office-2024.facts.csv");
  static final Path PREVIOUS_CSV = DIR.resolve("example-office-2023.facts.csv");

  static Scheme scheme() {
    try {
      return SchemeFiles.read(SCHEME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a scheme from text, validated. */
  static Scheme parse(String text, FileFormat format) throws IOException {
    return SchemeFiles.read(
        new StringReader(text), format, "s." + format.name().toLowerCase(Locale.ROOT));
  }
}
