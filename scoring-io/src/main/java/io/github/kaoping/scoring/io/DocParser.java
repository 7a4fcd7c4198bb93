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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

  /** Lines before the document in its file: a JSON Lines file's unit begins on a later line. */
  private final int linesBefore;

  private int depth;

  /**
   * Where the value being read is, kept as the keys and indices below {@link #root} and made a path
   * only for a problem: most values have none, and building every value's path took most of the
   * reading's allocation.
   */
  private String root = "";

  private Object[] steps = new Object[16];
  private int stepCount;

  /** The parser, if it tells where a token starts without making a {@code JsonLocation}. */
  private final PlacedParsers.@Nullable Placed placed;

  /**
   * Tokens the fast path ({@link FactsStream}) read before it gave up, to be read again from the
   * first: each token with its text (a key's or a scalar's), line and column as the parser gave
   * them, and what the parser threw, if it threw, reading the last token's text or the token after.
   * The last token is the parser's current token.
   */
  static final class Tape {
    private static final JsonToken[] TOKENS = JsonToken.values();

    // by token: its kind (the ordinal, 1 up; 0 for none), its text, and its line and column packed
    // into one number (the line in the upper half): primitives and one reference a token, as the
    // fast path stores one for every token it reads
    private byte[] tokens = new byte[256];
    private @Nullable String[] texts = new String[256];
    private long[] places = new long[256];
    private int size;
    private @Nullable Exception textFailed;
    private @Nullable Exception nextFailed;

    void clear() {
      if (tokens.length > 4096) {
        // a huge unit's tape is not kept for the next
        tokens = new byte[256];
        texts = new String[256];
        places = new long[256];
      } else {
        java.util.Arrays.fill(texts, 0, size, null);
      }
      size = 0;
      textFailed = null;
      nextFailed = null;
    }

    void add(@Nullable JsonToken token, @Nullable String text, int line, int column) {
      int i = size;
      if (i == tokens.length) {
        int n = i * 2;
        tokens = java.util.Arrays.copyOf(tokens, n);
        texts = java.util.Arrays.copyOf(texts, n);
        places = java.util.Arrays.copyOf(places, n);
      }
      tokens[i] = (byte) (token == null ? 0 : token.ordinal() + 1);
      texts[i] = text;
      places[i] = ((long) line << 32) | (column & 0xFFFF_FFFFL);
      size = i + 1;
    }

    /** Notes that reading the last token's text threw. */
    void failText(Exception e) {
      textFailed = e;
    }

    /** Notes that reading the token after the last threw. */
    void failNext(Exception e) {
      nextFailed = e;
    }

    @Nullable JsonToken token(int i) {
      int t = tokens[i];
      return t == 0 ? null : TOKENS[t - 1];
    }

    int line(int i) {
      return (int) (places[i] >> 32);
    }

    int column(int i) {
      return (int) places[i];
    }
  }

  /** The tokens the fast path read, made when it first reads. */
  private @Nullable Tape tape;

  /** Are the taped tokens being read again, and which is current? */
  private boolean replaying;

  private int at;

  /** The fast path over this parser's units, once asked for; null if it cannot read them. */
  private @Nullable FactsStream stream;

  private boolean streamAsked;

  DocParser(JsonParser parser, Problems problems, Limits limits) {
    this(parser, problems, limits, 0);
  }

  /** Reads a document that begins {@code linesBefore} lines into its file, placing it there. */
  DocParser(JsonParser parser, Problems problems, Limits limits, int linesBefore) {
    this.parser = parser;
    this.placed = parser instanceof PlacedParsers.Placed p ? p : null;
    this.problems = problems;
    this.limits = limits;
    this.linesBefore = linesBefore;
  }

  JsonParser parser() {
    return parser;
  }

  Limits limits() {
    return limits;
  }

  /** How deep in mappings and lists the current token is, as the limit counts. */
  int depth() {
    return depth;
  }

  /** The tape the fast path records on. */
  Tape tape() {
    Tape t = tape;
    if (t == null) {
      t = new Tape();
      tape = t;
    }
    return t;
  }

  /** The fast path over this parser's units, or null if only the tree reader can read them. */
  @Nullable FactsStream facts() {
    if (!streamAsked) {
      streamAsked = true;
      stream = FactsStream.of(this);
    }
    return stream;
  }

  /**
   * Reads the taped tokens again from the first, then goes on with the parser: the fast path gave
   * up, and the tree reader reads the unit from its start, finding each problem where it always
   * has.
   */
  void replay() {
    replaying = true;
    at = 0;
  }

  /** Are taped tokens being read again? */
  boolean replaying() {
    return replaying;
  }

  /** Advances to the next token; a parse failure is recorded and stops reading. */
  @Nullable JsonToken next() {
    Tape t = tape;
    if (replaying && t != null) {
      if (at + 1 < t.size) {
        return t.token(++at);
      }
      replaying = false; // the parser's own current token was the last taped
      Exception failed = t.nextFailed;
      if (failed != null) {
        t.nextFailed = null;
        throw rethrow(failed);
      }
    }
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** What the parser threw while the fast path read, thrown again where the tree reader reads. */
  private RuntimeException rethrow(Exception e) {
    if (e instanceof IOException io) {
      return fail(io);
    }
    return (RuntimeException) e;
  }

  private @Nullable JsonToken currentToken() {
    Tape t = tape;
    return replaying && t != null ? t.token(at) : parser.currentToken();
  }

  /** The current token's text, as the parser gave it (again, if taped). */
  private String currentText() throws IOException {
    Tape t = tape;
    if (replaying && t != null) {
      Exception failed = t.textFailed;
      if (failed != null && at == t.size - 1) {
        t.textFailed = null;
        if (failed instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) failed;
      }
      String text = t.texts[at];
      if (text == null) {
        throw new IllegalStateException("no text taped for " + t.token(at));
      }
      return text;
    }
    return parser.getText();
  }

  /**
   * Is the current token a taped one before the last, which the fast path has seen free of YAML
   * anchors, aliases and tags? The last taped token is the parser's own current token.
   */
  private boolean tapedClean() {
    Tape t = tape;
    return replaying && t != null && at < t.size - 1;
  }

  /** The location of the current token. */
  Doc.Loc loc() {
    Tape t = tape;
    if (replaying && t != null) {
      return loc(t.line(at), t.column(at));
    }
    PlacedParsers.Placed p = placed;
    if (p == null) {
      return below(loc(parser.currentTokenLocation()), linesBefore);
    }
    return loc(p.tokenLine(), p.tokenColumn());
  }

  /** The location of a token at a line and column as a {@link PlacedParsers.Placed} gives them. */
  Doc.Loc loc(int line, int column) {
    return line < 1 ? new Doc.Loc(0, 0) : new Doc.Loc(line + linesBefore, Math.max(column, 0));
  }

  /** A place in a document moved down by the lines before the document in its file. */
  private static Doc.Loc below(Doc.Loc loc, int linesBefore) {
    return linesBefore == 0 || loc.line() == 0
        ? loc
        : new Doc.Loc(loc.line() + linesBefore, loc.column());
  }

  static Doc.Loc loc(@Nullable JsonLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return new Doc.Loc(0, 0);
    }
    return new Doc.Loc(l.getLineNr(), Math.max(l.getColumnNr(), 0));
  }

  /** Reads the value starting at the current token, and everything inside it. */
  Doc value(String path) {
    root = path;
    stepCount = 0;
    return value();
  }

  /** The path of the value being read, as problems name it. */
  private String path() {
    if (stepCount == 0) {
      return root;
    }
    StringBuilder b = new StringBuilder(root);
    for (int i = 0; i < stepCount; i++) {
      Object step = steps[i];
      if (step instanceof String key) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(key);
      } else {
        b.append('[').append(step).append(']');
      }
    }
    return b.toString();
  }

  private void push(Object step) {
    if (stepCount == steps.length) {
      steps = java.util.Arrays.copyOf(steps, stepCount * 2);
    }
    steps[stepCount++] = step;
  }

  private void pop() {
    steps[--stepCount] = null;
  }

  private Doc value() {
    JsonToken token = currentToken();
    Doc.Loc loc = loc();
    checkYaml(loc);
    if (token == null) {
      problems.at(loc, path(), "the document ends where a value was expected");
      throw new Stop();
    }
    try {
      switch (token) {
        case START_OBJECT:
          return mapping(loc);
        case START_ARRAY:
          return sequence(loc);
        case VALUE_STRING:
          return scalar(loc, Doc.Kind.STRING, currentText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return scalar(loc, Doc.Kind.NUMBER, currentText());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return scalar(loc, Doc.Kind.BOOLEAN, currentText());
        case VALUE_NULL:
          return new Doc.Scalar(loc, Doc.Kind.NULL, "");
        default:
          problems.at(loc, path(), "unexpected " + token);
          throw new Stop();
      }
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private Doc mapping(Doc.Loc loc) {
    enter(loc);
    Doc.Mapping mapping = new Doc.Mapping(loc);
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      Doc.Loc keyLoc = loc();
      String key = text();
      if (key.length() > limits.maxNameLength()) {
        problems.at(
            keyLoc, path(), "a key is longer than " + limits.maxNameLength() + " characters");
        throw new Stop();
      }
      String refused = Text.refusal(key);
      if (refused != null) {
        problems.at(keyLoc, path(), "a key " + refused);
      }
      next();
      push(key);
      Doc value = value();
      pop();
      Doc.Entry first = mapping.putIfAbsent(key, new Doc.Entry(keyLoc, value));
      if (first != null) {
        problems.at(
            keyLoc,
            path(),
            "duplicate key '"
                + key
                + "' (first written on line "
                + first.keyLoc().line()
                + "); write each key once");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      problems.at(loc(), path(), "unexpected " + t + " in a mapping");
      throw new Stop();
    }
    depth--;
    return mapping;
  }

  private Doc sequence(Doc.Loc loc) {
    enter(loc);
    List<Doc> items = new ArrayList<>();
    JsonToken t;
    while ((t = next()) != JsonToken.END_ARRAY) {
      if (t == null) {
        problems.at(loc, path(), "the document ends inside a list");
        throw new Stop();
      }
      push(items.size());
      items.add(value());
      pop();
    }
    depth--;
    return new Doc.Sequence(loc, items);
  }

  private void enter(Doc.Loc loc) {
    if (++depth > limits.maxNestingDepth()) {
      problems.at(
          loc, path(), "nested deeper than " + limits.maxNestingDepth() + " mappings and lists");
      throw new Stop();
    }
  }

  private Doc scalar(Doc.Loc loc, Doc.Kind kind, String text) {
    if (kind == Doc.Kind.NUMBER && text.length() > limits.maxNumberLength()) {
      problems.at(
          loc, path(), "a number is longer than " + limits.maxNumberLength() + " characters");
      throw new Stop();
    }
    if (text.length() > limits.maxStringLength()) {
      problems.at(
          loc, path(), "a value is longer than " + limits.maxStringLength() + " characters");
      throw new Stop();
    }
    if (parser instanceof YAMLParser y && !tapedClean() && y.isCurrentAlias()) {
      problems.at(
          loc, path(), "YAML aliases (*" + text + ") are not allowed; write the value out in full");
      return new Doc.Scalar(loc, Doc.Kind.INVALID, text);
    }
    String refused = Text.refusal(text);
    if (refused != null) {
      problems.at(loc, path(), refused);
      return new Doc.Scalar(loc, Doc.Kind.INVALID, text);
    }
    return new Doc.Scalar(loc, kind, text);
  }

  private String text() {
    try {
      return currentText();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** YAML anchors and tags change what a value means; the format has no use for them. */
  private void checkYaml(Doc.Loc loc) {
    if (!(parser instanceof YAMLParser y) || tapedClean()) {
      return;
    }
    try {
      String anchor = y.getObjectId();
      if (anchor != null) {
        problems.at(loc, path(), "YAML anchors (&" + anchor + ") are not allowed");
      }
      String tag = y.getTypeId();
      if (tag != null) {
        // the non-specific tag "!" comes back empty
        problems.at(loc, path(), "YAML tags (" + (tag.isEmpty() ? "!" : tag) + ") are not allowed");
      }
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Records why the parser cannot go on, and returns the exception that stops it. */
  Stop fail(IOException e) {
    record(e, below(loc(parser.currentLocation()), linesBefore), problems, limits, linesBefore);
    return new Stop();
  }

  /**
   * Records why a parser failed, in the user's terms: the limit broken or the syntax expected,
   * never a parser's class or method names.
   */
  static void record(IOException e, Doc.Loc current, Problems problems, Limits limits) {
    record(e, current, problems, limits, 0);
  }

  private static void record(
      IOException e, Doc.Loc current, Problems problems, Limits limits, int linesBefore) {
    Doc.Loc at = current;
    String message;
    Input.LineTooLong line = cause(e, Input.LineTooLong.class);
    Input.TooLarge large = cause(e, Input.TooLarge.class);
    MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
    if (line != null) {
      at = new Doc.Loc(line.line, 0);
      message = String.valueOf(line.getMessage());
    } else if (large != null) {
      message = String.valueOf(large.getMessage());
    } else if (cause(e, CharacterCodingException.class) != null) {
      message = "the file is not UTF-8 text; save it as UTF-8";
    } else if (e instanceof StreamConstraintsException c) {
      message = limit(String.valueOf(c.getOriginalMessage()), limits);
    } else if (yaml != null) {
      Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
      if (mark != null) {
        at = below(new Doc.Loc(mark.getLine() + 1, mark.getColumn() + 1), linesBefore);
      }
      String context = yaml.getContext();
      message =
          "not valid syntax: "
              + (context == null ? "" : context + ", ")
              + yamlTerms(String.valueOf(yaml.getProblem()));
    } else if (e instanceof JsonProcessingException j) {
      if (j.getLocation() != null) {
        at = below(loc(j.getLocation()), linesBefore);
      }
      message = syntax(firstLine(j.getOriginalMessage()));
    } else {
      message = "cannot be read: " + e.getMessage();
    }
    problems.at(at, "", message);
  }

  /** A broken read constraint in the terms of {@link Limits}, not of Jackson's methods. */
  private static String limit(String jackson, Limits limits) {
    if (jackson.startsWith("Document nesting depth")) {
      return "nested deeper than " + limits.maxNestingDepth() + " mappings and lists";
    }
    if (jackson.startsWith("String value length")) {
      return "a value is longer than " + limits.maxStringLength() + " characters";
    }
    if (jackson.startsWith("Number value length")) {
      return "a number is longer than " + limits.maxNumberLength() + " characters";
    }
    if (jackson.startsWith("Name length")) {
      return "a key is longer than " + limits.maxNameLength() + " characters";
    }
    if (jackson.startsWith("Document length")) {
      return "the document is larger than " + limits.maxDocumentChars() + " characters";
    }
    return "exceeds a limit: " + jackson.replaceAll(",? from `[^`]*`", "");
  }

  private static final Pattern EVENT =
      Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\b[^>]*>");

  /** A syntax error, with the parser's names for YAML events replaced by the user's words. */
  private static String syntax(String message) {
    if (message.startsWith("Expected a field name")) {
      Matcher m = EVENT.matcher(message);
      return "a key must be text, found " + (m.find() ? event(m.group(1)) : "something else");
    }
    Matcher m = EVENT.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(event(m.group(1))));
    }
    m.appendTail(out);
    return "not valid syntax: " + out;
  }

  private static String event(String name) {
    return switch (name) {
      case "SequenceStart" -> "a list";
      case "MappingStart" -> "a mapping";
      case "Scalar" -> "a value";
      case "Alias" -> "an alias";
      case "SequenceEnd", "MappingEnd" -> "the end of a list or mapping";
      default -> "something else";
    };
  }

  /** SnakeYAML's token names as a user knows them. */
  private static String yamlTerms(String problem) {
    return problem
        .replace("'<block sequence start>'", "a list item ('-')")
        .replace("'<block mapping start>'", "a mapping")
        .replace("'<block end>'", "the end of the indented block")
        .replace("<block end>", "the end of the indented block")
        .replace("'<scalar>'", "a value")
        .replace("<scalar>", "a value")
        .replace("'<document start>'", "a new document ('---')")
        .replace("<document start>", "a new document ('---')")
        .replace("'<stream end>'", "the end of the file")
        .replace("'<flow sequence end>'", "']'")
        .replace("'<flow mapping end>'", "'}'")
        .replace("'<flow entry>'", "','")
        .replace("'<key>'", "a key")
        .replace("'<value>'", "':'");
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
