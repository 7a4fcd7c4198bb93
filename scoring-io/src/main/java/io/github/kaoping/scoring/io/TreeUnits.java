package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.kaoping.scoring.Recording;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Streams the units of a YAML or JSON facts file ({@code {scheme: ..., units: [...]}}) one at a
 * time: only the unit being read is held in memory, so a file of a million units is read in bounded
 * memory.
 */
final class TreeUnits implements UnitSource {

  private enum State {
    START,
    TOP,
    UNITS,
    DONE
  }

  private final Closeable reader;
  private final JsonParser parser;
  private final DocParser docs;
  private final Problems problems;
  private final FactsCodec codec;
  private final Optional<String> expectedScheme;
  private Optional<LocalDate> gradedOn = Optional.empty();

  /** How the file records checks, declared once before its units; every unit is read with it. */
  private Recording recording = Recording.EVERY_CHECK;

  private State state = State.START;
  private boolean sawUnits;
  private int index;

  TreeUnits(Reader reader, FileFormat format, String file, Limits limits, Optional<String> scheme)
      throws IOException {
    this(reader, Docs.parser(reader, format, limits), file, limits, scheme);
  }

  /** Reads the units a parser gives, closing {@code input} with it. */
  TreeUnits(
      Closeable input, JsonParser parser, String file, Limits limits, Optional<String> scheme) {
    this.reader = input;
    this.parser = parser;
    this.problems = new Problems(file);
    this.docs = new DocParser(parser, problems, limits);
    this.codec = new FactsCodec(problems);
    this.expectedScheme = scheme;
  }

  @Override
  public String file() {
    return problems.file();
  }

  @Override
  public Optional<LocalDate> gradedOn() {
    return gradedOn;
  }

  /** How the file records checks, as its head declares it (once read). */
  Recording recording() {
    return recording;
  }

  @Override
  public @Nullable Item next() {
    problems.clear();
    try {
      Item item = advance();
      if (item == null && !problems.isEmpty()) {
        return Item.of(null, problems);
      }
      return item;
    } catch (DocParser.Stop stop) {
      state = State.DONE;
      return Item.of(null, problems);
    }
  }

  private @Nullable Item advance() {
    while (true) {
      switch (state) {
        case START -> {
          JsonToken t = docs.next();
          if (t == null) {
            problems.at(1, 1, "", "the file is empty; expected {units: [...]}");
            state = State.DONE;
            return null;
          }
          if (t != JsonToken.START_OBJECT) {
            problems.at(docs.loc(), "", "expected a facts file: a mapping with 'units'");
            state = State.DONE;
            return null;
          }
          state = State.TOP;
        }
        case TOP -> {
          JsonToken t = docs.next();
          if (t == JsonToken.END_OBJECT) {
            if (!sawUnits) {
              problems.at(1, 1, "", "missing 'units'");
            }
            if (docs.next() != null) {
              problems.at(docs.loc(), "", "unexpected content after the document");
            }
            state = State.DONE;
            return null;
          }
          Doc.Loc keyLoc = docs.loc();
          String key = text();
          docs.next();
          if (key.equals("units")) {
            if (sawUnits) {
              problems.at(keyLoc, "", "duplicate key 'units'; write each key once");
            }
            sawUnits = true;
            if (parser.currentToken() == JsonToken.START_ARRAY) {
              state = State.UNITS;
            } else {
              Doc d = docs.value("units");
              Fields.expected(d, "units", problems, "a list of units");
            }
          } else if (key.equals("scheme")) {
            scheme(docs.value("scheme"), expectedScheme, problems);
          } else if (key.equals("recording")) {
            Doc d = docs.value("recording");
            Recording r = Fields.enumeration(d, "recording", problems, List.of(Recording.values()));
            if (sawUnits) {
              problems.at(
                  keyLoc,
                  "recording",
                  "write 'recording' before 'units': the units are read with it, one at a time");
            } else if (r != null) {
              recording = r;
            }
          } else if (key.equals("gradedOn")) {
            Doc d = docs.value("gradedOn");
            gradedOn = Optional.ofNullable(Fields.date(d, "gradedOn", problems));
          } else {
            docs.value(key);
            problems.at(
                keyLoc,
                "",
                "unknown key '" + key + "'; expected one of: scheme, recording, gradedOn, units");
          }
          if (!problems.isEmpty()) {
            return Item.of(null, problems);
          }
        }
        case UNITS -> {
          JsonToken t = docs.next();
          if (t == JsonToken.END_ARRAY) {
            state = State.TOP;
            continue;
          }
          FactsCodec.Parsed parsed = unit(docs, codec, "units[" + index + "]", recording);
          index++;
          return Item.of(parsed, problems);
        }
        case DONE -> {
          return null;
        }
      }
    }
  }

  /**
   * Reads the scheme a facts file names, and refuses it if it is not the scheme expected.
   *
   * @return the scheme's id, or null if it is not text
   */
  static @Nullable String scheme(Doc d, Optional<String> expected, Problems problems) {
    String id = Fields.text(d, "scheme", problems);
    if (id != null && expected.isPresent() && !expected.get().equals(id)) {
      problems.at(
          d.loc(),
          "scheme",
          "these facts are for scheme '"
              + id
              + "', not '"
              + expected.get()
              + "'; score them with their own scheme");
    }
    return id;
  }

  /**
   * Reads the unit whose value starts at the parser's current token: the one way from a YAML or
   * JSON unit to its facts, for the units of a tree file and the lines of a JSON Lines file alike.
   * A unit without a problem is read straight from the tokens ({@link FactsStream}); any other by
   * the tree reader, which places every problem.
   *
   * @param docs the parser, at the unit's first token
   * @param codec the mapping, whose problems the unit's go to
   * @param at the unit's path for problems ({@code units[3]})
   * @param recording the file's recording policy
   * @return the unit read
   */
  static FactsCodec.Parsed unit(DocParser docs, FactsCodec codec, String at, Recording recording) {
    FactsStream fast = docs.facts();
    FactsCodec.Parsed read = fast == null ? null : fast.unit(recording);
    if (read != null) {
      return read;
    }
    // the tree reader, from the unit's first token: again, if the fast path gave up
    return codec.unit(docs.value(at), at).recorded(recording);
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw docs.fail(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (reader) {
      parser.close();
    }
  }
}
