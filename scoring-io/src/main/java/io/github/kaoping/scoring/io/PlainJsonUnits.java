package io.github.kaoping.scoring.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The units of a JSON facts file parsed from its bytes, as Jackson's token loop reads them, without
 * decoding the file to characters first (that decoding was about half of reading a JSON file), if
 * the whole file is plain ({@link Input#plainStart}): strict UTF-8, and no token on a line after a
 * character of more than one byte. Any other file is read from its characters as ever. Until the
 * first problem of the file the units are those the reader of its characters ({@link
 * FactsFiles#open(java.io.Reader, FileFormat, String, io.github.kaoping.scoring.Calculator)})
 * gives, placed at the same lines and columns. At the first problem of any kind (a syntax error, a
 * limit, a unit's own problem), the file is read again from its characters: the units already given
 * are read again and passed over, and everything from there on, problems included, is what that
 * reader gives, in its words and at its places.
 */
final class PlainJsonUnits implements UnitSource {

  private final Path file;
  private final String name;
  private final Limits limits;
  private final Optional<String> scheme;

  /** The units read so far, all without a problem while read from the bytes. */
  private int given;

  private UnitSource source;
  private boolean fromBytes = true;

  PlainJsonUnits(Path file, String name, Limits limits, Optional<String> scheme)
      throws IOException {
    this.file = file;
    this.name = name;
    this.limits = limits;
    this.scheme = scheme;
    int start = Input.plainStart(file, limits.maxDocumentChars());
    if (start < 0) {
      fromBytes = false;
      this.source = new TreeUnits(Docs.open(file, limits), FileFormat.JSON, name, limits, scheme);
      return;
    }
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(start); // the byte-order mark
      this.source = new TreeUnits(in, limits.json().createParser(in), name, limits, scheme);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public String file() {
    return name;
  }

  @Override
  public Optional<LocalDate> gradedOn() {
    return source.gradedOn();
  }

  @Override
  public @Nullable Item next() {
    if (!fromBytes) {
      return source.next();
    }
    Item item = source.next();
    if (item == null || item.problems().isEmpty()) {
      given += item == null ? 0 : 1;
      return item;
    }
    fromBytes = false;
    try {
      source.close();
      source = new TreeUnits(Docs.open(file, limits), FileFormat.JSON, name, limits, scheme);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read again", e);
    }
    for (int i = 0; i < given; i++) {
      Item again = source.next();
      if (again == null || !again.problems().isEmpty()) {
        return again; // not as read from the bytes: what the characters say stands
      }
    }
    return source.next();
  }

  /** Are the units still read from the bytes (no problem met yet)? */
  boolean fromBytes() {
    return fromBytes;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
