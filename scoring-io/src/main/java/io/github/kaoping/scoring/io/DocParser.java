package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads YAML or JSON tokens into {@link Doc} values, rejecting what the format does not allow:
 * duplicate keys, YAML anchors, aliases and tags, and anything beyond the {@link Limits}. Problems
 * the parser can go on after (a duplicate key, an alias) are recorded and reading continues; a
 * syntax error or a broken limit stops it with {@link Stop}.
 */
final class DocParser {

  /** Thrown after a problem has been recorded that the parser cannot go on from. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final JsonParser parser;
  private final Problems problems;
  private final Limits limits;
  private int depth;

  DocParser(JsonParser parser, Problems problems, Limits limits) {
    this.parser = parser;
    this.problems = problems;
    this.limits = limits;
  }

  JsonParser parser() {
    return parser;
  }

  /** Advances to the next token; a parse failure is recorded and stops reading. */
  @Nullable JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** The location of the current token. */
  Doc.Loc loc() {
    return loc(parser.currentTokenLocation());
  }

  static Doc.Loc loc(@Nullable JsonLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return new Doc.Loc(0, 0);
    }
    return new Doc.Loc(l.getLineNr(), Math.max(l.getColumnNr(), 0));
  }

  /** Reads the value starting at the current token, and everything inside it. */
  Doc value(String path) {
    JsonToken token = parser.currentToken();
    Doc.Loc loc = loc();
    checkYaml(path, loc);
    if (token == null) {
      problems.at(loc, path, "the document ends where a value was expected");
      throw new Stop();
    }
    try {
      switch (token) {
        case START_OBJECT:
          return mapping(path, loc);
        case START_ARRAY:
          return sequence(path, loc);
        case VALUE_STRING:
          return scalar(path, loc, Doc.Kind.STRING, parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return scalar(path, loc, Doc.Kind.NUMBER, parser.getText());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return scalar(path, loc, Doc.Kind.BOOLEAN, parser.getText());
        case VALUE_NULL:
          return new Doc.Scalar(loc, Doc.Kind.NULL, "");
        default:
          problems.at(loc, path, "unexpected " + token);
          throw new Stop();
      }
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private Doc mapping(String path, Doc.Loc loc) {
    enter(path, loc);
    LinkedHashMap<String, Doc.Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      Doc.Loc keyLoc = loc();
      String key = text();
      if (key.length() > limits.maxNameLength()) {
        problems.at(keyLoc, path, "a key is longer than " + limits.maxNameLength() + " characters");
        throw new Stop();
      }
      next();
      Doc value = value(path.isEmpty() ? key : path + "." + key);
      Doc.Entry first = entries.putIfAbsent(key, new Doc.Entry(keyLoc, value));
      if (first != null) {
        problems.at(
            keyLoc,
            path,
            "duplicate key '"
                + key
                + "' (first written on line "
                + first.keyLoc().line()
                + "); write each key once");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      problems.at(loc(), path, "unexpected " + t + " in a mapping");
      throw new Stop();
    }
    depth--;
    return new Doc.Mapping(loc, entries);
  }

  private Doc sequence(String path, Doc.Loc loc) {
    enter(path, loc);
    List<Doc> items = new ArrayList<>();
    JsonToken t;
    while ((t = next()) != JsonToken.END_ARRAY) {
      if (t == null) {
        problems.at(loc, path, "the document ends inside a list");
        throw new Stop();
      }
      items.add(value(path + "[" + items.size() + "]"));
    }
    depth--;
    return new Doc.Sequence(loc, items);
  }

  private void enter(String path, Doc.Loc loc) {
    if (++depth > limits.maxNestingDepth()) {
      problems.at(
          loc, path, "nested deeper than " + limits.maxNestingDepth() + " mappings and lists");
      throw new Stop();
    }
  }

  private Doc scalar(String path, Doc.Loc loc, Doc.Kind kind, String text) {
    if (kind == Doc.Kind.NUMBER && text.length() > limits.maxNumberLength()) {
      problems.at(loc, path, "a number is longer than " + limits.maxNumberLength() + " characters");
      throw new Stop();
    }
    if (text.length() > limits.maxStringLength()) {
      problems.at(loc, path, "a value is longer than " + limits.maxStringLength() + " characters");
      throw new Stop();
    }
    if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
      problems.at(
          loc, path, "YAML aliases (*" + text + ") are not allowed; write the value out in full");
      return new Doc.Scalar(loc, Doc.Kind.INVALID, text);
    }
    return new Doc.Scalar(loc, kind, text);
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** YAML anchors and tags change what a value means; the format has no use for them. */
  private void checkYaml(String path, Doc.Loc loc) {
    if (!(parser instanceof YAMLParser y)) {
      return;
    }
    try {
      String anchor = y.getObjectId();
      if (anchor != null) {
        problems.at(loc, path, "YAML anchors (&" + anchor + ") are not allowed");
      }
      String tag = y.getTypeId();
      if (tag != null) {
        problems.at(loc, path, "YAML tags (" + tag + ") are not allowed");
      }
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Records why the parser cannot go on, and returns the exception that stops it. */
  Stop fail(IOException e) {
    Doc.Loc at = loc(parser.currentLocation());
    String message;
    if (e instanceof Input.TooLarge) {
      message = String.valueOf(e.getMessage());
    } else if (causedBy(e, CharacterCodingException.class)) {
      message = "the file is not UTF-8 text; save it as UTF-8";
    } else if (e instanceof StreamConstraintsException c) {
      message = "exceeds a limit: " + c.getOriginalMessage();
    } else if (e instanceof JsonProcessingException j) {
      at = loc(j.getLocation() != null ? j.getLocation() : parser.currentLocation());
      message = "not valid syntax: " + firstLine(j.getOriginalMessage());
    } else {
      message = "cannot be read: " + e.getMessage();
    }
    problems.at(at, "", message);
    return new Stop();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
