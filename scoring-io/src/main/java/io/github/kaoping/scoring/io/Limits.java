package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What a file may contain before it is rejected unread: the length of a number, the depth of
 * nesting, the length of a string or key, and the size of the whole document. Hostile input ({@code
 * 1e1000000}, a million nested lists, a gigabyte string) fails fast with a problem naming where it
 * is, never with an exhausted heap.
 *
 * @param maxNumberLength the most characters in one number
 * @param maxNestingDepth the deepest nesting of mappings and lists
 * @param maxStringLength the most characters in one string
 * @param maxNameLength the most characters in one key
 * @param maxDocumentChars the most characters in one document
 *     <p>A YAML line is limited too, to {@link #maxLineLength()}.
 */
record Limits(
    int maxNumberLength,
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    long maxDocumentChars) {

  /** For scheme files: hand-written, at most a few hundred kilobytes in practice. */
  static final Limits SCHEME = new Limits(100, 64, 100_000, 200, 16L << 20);

  /**
   * For facts files, which are streamed unit by unit and may hold a million units; each unit is
   * still bounded by the depth, string and number limits.
   */
  static final Limits FACTS = new Limits(100, 64, 100_000, 200, 4L << 30);

  /**
   * For a line of a JSON Lines facts file, a document of its own that holds one unit: a file of any
   * number of lines is read in memory bounded by its longest line.
   */
  static final Limits FACTS_LINE = new Limits(100, 64, 100_000, 200, 1L << 20);

  /** For results files read back. */
  static final Limits RESULTS = new Limits(100, 64, 1_000_000, 200, 4L << 30);

  /**
   * The longest line of a YAML file: room for the longest string with every character escaped
   * (refused control characters aside, YAML escapes at most two characters for one), its key and
   * its indentation. See {@link Input#lines}.
   */
  int maxLineLength() {
    return 2 * maxStringLength + 10_000;
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNumberLength(maxNumberLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(maxDocumentChars)
        .build();
  }

  JsonFactory json() {
    return new PlacedParsers.JsonFactoryWithPlaces(
        new JsonFactoryBuilder().streamReadConstraints(constraints()));
  }

  YAMLFactory yaml() {
    return new PlacedParsers.YamlFactoryWithPlaces(yamlSettings());
  }

  /** The YAML parser's settings, which tests also give Jackson's own parser to compare with. */
  YAMLFactoryBuilder yamlSettings() {
    LoaderOptions options = new LoaderOptions();
    // The document size is enforced by Limits on the reader, which counts beyond int.
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(maxNestingDepth);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints());
  }

  /**
   * The CSV parsers' factory of these limits, made once and shared: a factory is safe on any thread
   * once built, and building one (its builder, constraints and symbol tables) cost a reader of a
   * file of a hundred units more than its header.
   */
  CsvFactory csv() {
    return CSV.computeIfAbsent(this, Limits::newCsv);
  }

  /** The CSV factories made, by their limits: a few, one for each of the limits above. */
  private static final Map<Limits, CsvFactory> CSV = new ConcurrentHashMap<>();

  private static CsvFactory newCsv(Limits limits) {
    return CsvFactory.builder().streamReadConstraints(limits.constraints()).build();
  }
}
