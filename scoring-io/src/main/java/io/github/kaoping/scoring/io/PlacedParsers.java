package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Jackson's JSON and YAML parsers over a {@link Reader} (and JSON's over UTF-8 bytes), telling
 * where the current token starts as two numbers. {@link JsonParser#currentTokenLocation()} makes a
 * {@code JsonLocation} for every token, and the readers ask for every value's line and column: that
 * was a tenth of reading a facts file. The numbers are the same the location would hold.
 */
final class PlacedParsers {

  private PlacedParsers() {}

  /** A parser that tells where its current token starts. */
  interface Placed {

    /**
     * The current token's line.
     *
     * @return the line, from 1; below 1 where the parser does not know it
     */
    int tokenLine();

    /**
     * The current token's column.
     *
     * @return the column, from 1; below 1 where the parser does not know it
     */
    int tokenColumn();
  }

  /** Makes {@link PlacedJson} parsers. */
  static final class JsonFactoryWithPlaces extends JsonFactory {
    private static final long serialVersionUID = 1L;

    JsonFactoryWithPlaces(JsonFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) {
      return new PlacedJson(ctxt, _parserFeatures, r, _objectCodec, _rootCharSymbols.makeChild());
    }

    // a JSON Lines unit's line, as JsonFactory reads it
    @Override
    protected JsonParser _createParser(
        char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
      _streamReadConstraints.validateDocumentLength(len);
      return new PlacedJson(
          ctxt,
          _parserFeatures,
          _objectCodec,
          _rootCharSymbols.makeChild(),
          data,
          offset,
          offset + len,
          recyclable);
    }

    /**
     * A parser of UTF-8 bytes, as they are: no other encoding is guessed from the first bytes, as
     * {@link JsonFactory#createParser(InputStream)} guesses, and nothing is skipped. Its places are
     * those of a parser of the characters where the bytes are plain ({@link Input#plainStart}).
     */
    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) {
      return new PlacedJsonBytes(
          ctxt,
          _parserFeatures,
          in,
          _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
          ctxt.allocReadIOBuffer());
    }
  }

  /** Jackson's JSON parser over UTF-8 bytes, with the start of a key or value as numbers. */
  static final class PlacedJsonBytes extends UTF8StreamJsonParser implements Placed {

    PlacedJsonBytes(
        IOContext ctxt,
        int features,
        InputStream in,
        ObjectCodec codec,
        ByteQuadsCanonicalizer symbols,
        byte[] buffer) {
      super(ctxt, features, in, codec, symbols, buffer, 0, 0, 0, true);
    }

    // as PlacedJson's: the same fields, counted in bytes (in characters on a plain line)
    @Override
    public int tokenLine() {
      return _currToken == JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
    }

    @Override
    public int tokenColumn() {
      return _currToken == JsonToken.FIELD_NAME ? _nameStartCol : _tokenInputCol;
    }
  }

  /** Jackson's JSON parser over characters, with the start of a key or value as numbers. */
  static final class PlacedJson extends ReaderBasedJsonParser implements Placed {

    PlacedJson(
        IOContext ctxt,
        int features,
        Reader r,
        ObjectCodec codec,
        CharsToNameCanonicalizer symbols) {
      super(ctxt, features, r, codec, symbols);
    }

    PlacedJson(
        IOContext ctxt,
        int features,
        ObjectCodec codec,
        CharsToNameCanonicalizer symbols,
        char[] data,
        int start,
        int end,
        boolean recyclable) {
      super(ctxt, features, null, codec, symbols, data, start, end, recyclable);
    }

    // as currentTokenLocation(): a key's own start, any other token's start
    @Override
    public int tokenLine() {
      return _currToken == JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
    }

    @Override
    public int tokenColumn() {
      return _currToken == JsonToken.FIELD_NAME ? _nameStartCol : _tokenInputCol;
    }
  }

  /** Makes {@link PlacedYaml} parsers. */
  static final class YamlFactoryWithPlaces extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    YamlFactoryWithPlaces(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
      return new PlacedYaml(
          ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }

  /** Jackson's YAML parser, with the start of the current event as numbers. */
  static final class PlacedYaml extends YAMLParser implements Placed {

    PlacedYaml(
        IOContext ctxt,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader r) {
      super(ctxt, parserFeatures, yamlFeatures, options, codec, r);
    }

    // as currentTokenLocation(): the start mark of the event the token came from, from 1
    @Override
    public int tokenLine() {
      Mark m = start();
      return m == null ? -1 : m.getLine() + 1;
    }

    @Override
    public int tokenColumn() {
      Mark m = start();
      return m == null ? -1 : m.getColumn() + 1;
    }

    private @Nullable Mark start() {
      Event e = _lastEvent;
      return e == null ? null : e.getStartMark();
    }

    /**
     * Types a value as Jackson does, without SnakeYAML's resolver where {@link ScalarTags} knows
     * its answer: the resolver tries its regular expressions on every plain value, which was most
     * of what Jackson's YAML parser adds to SnakeYAML's events. What follows the resolver is
     * Jackson's own code for each tag.
     */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String value = scalar.getValue();
      Tag tag =
          scalar.getTag() != null
              ? null
              : scalar.getImplicit().canOmitTagInPlainScalar() ? ScalarTags.plain(value) : Tag.STR;
      if (tag == null) {
        return super._decodeScalar(scalar);
      }
      _textValue = value;
      _cleanedTextValue = null;
      if (tag == Tag.INT) {
        return _decodeNumberScalar(value, value.length());
      }
      if (tag == Tag.FLOAT) {
        // as Jackson's _cleanYamlFloat for a value without underscores, the only ones typed here
        _numTypesValid = 0;
        _cleanedTextValue = value;
        return JsonToken.VALUE_NUMBER_FLOAT;
      }
      if (tag == Tag.BOOL) {
        Boolean b = _matchYAMLBoolean(value, value.length());
        return b == null
            ? JsonToken.VALUE_STRING
            : b ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
      }
      return tag == Tag.NULL ? JsonToken.VALUE_NULL : JsonToken.VALUE_STRING;
    }
  }

  /**
   * The tag SnakeYAML's YAML 1.1 {@link Resolver} gives an untagged plain value, found by a scan
   * for the commonest values: text that no rule of the resolver applies to, decimal integers and
   * fractions, and the words of booleans and null. Its answer is the resolver's by construction:
   * the resolver tries the rules listed for a value's first character, then those for any value,
   * each on values up to its length limit, and the rules' table and patterns are checked once to be
   * those this scan was written for (SnakeYAML 2.5's); with any other table every value goes to the
   * resolver.
   */
  static final class ScalarTags {

    private ScalarTags() {}

    static final String BOOL =
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$";
    static final String INT =
        "^(?:[-+]?0b_*[0-1][0-1_]*|[-+]?0_*[0-7][0-7_]*|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$";
    static final String FLOAT =
        "^([-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)"
            + "(?:[eE][-+]?[0-9]+)|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN))$";
    static final String NULL = "^(?:~|null|Null|NULL| )$";
    static final String EMPTY = "^$";

    /** The longest value the resolver tries its integer and fraction patterns on. */
    private static final int NUMBER_LIMIT = 1024;

    /** The longest value the resolver tries its boolean and null patterns on. */
    private static final int WORD_LIMIT = 10;

    /** Whether the resolver has rules for a value beginning with an ASCII character. */
    private static final boolean[] RULED = new boolean[128];

    /** Whether the resolver's table is the one this scan was written for. */
    private static final boolean KNOWN = known(new Table().rules(), RULED);

    /** Exposes the resolver's rules, as Jackson's YAML parser makes them (a default resolver). */
    private static final class Table extends Resolver {
      Map<Character, ?> rules() {
        return yamlImplicitResolvers;
      }
    }

    private static boolean known(Map<Character, ?> rules, boolean[] ruled) {
      String number =
          rule(Tag.INT, INT, NUMBER_LIMIT) + ", " + rule(Tag.FLOAT, FLOAT, NUMBER_LIMIT);
      String bool = rule(Tag.BOOL, BOOL, WORD_LIMIT);
      for (Map.Entry<Character, ?> e : rules.entrySet()) {
        Character first = e.getKey();
        if (first == null) {
          // the rules tried on every value after its first character's: null's, and empty's
          String any = rule(Tag.NULL, NULL, WORD_LIMIT) + ", " + rule(Tag.NULL, EMPTY, WORD_LIMIT);
          if (!e.getValue().toString().equals("[" + any + "]")) {
            return false;
          }
          continue;
        }
        char c = first;
        if (c >= ruled.length) {
          return false;
        }
        ruled[c] = true;
        String expected =
            c >= '0' && c <= '9'
                ? number + ", " + rule(Tag.TIMESTAMP, Resolver.TIMESTAMP.pattern(), 50)
                : c == '-' || c == '+'
                    ? number
                    : c == 'n' || c == 'N'
                        ? bool + ", " + rule(Tag.NULL, NULL, WORD_LIMIT)
                        : "yYtTfFoO".indexOf(c) >= 0 ? bool : null;
        if (expected != null && !e.getValue().toString().equals("[" + expected + "]")) {
          return false;
        }
      }
      return rules.containsKey(null);
    }

    // as SnakeYAML's ResolverTuple#toString
    private static String rule(Tag tag, String pattern, int limit) {
      return "Tuple tag=" + tag + " regexp=" + pattern + " limit=" + limit;
    }

    /**
     * The resolver's tag for an untagged plain value.
     *
     * @param value the value
     * @return {@link Tag#STR}, {@link Tag#INT}, {@link Tag#FLOAT}, {@link Tag#BOOL} or {@link
     *     Tag#NULL}; null where the scan does not know, for the resolver to tell
     */
    static @Nullable Tag plain(String value) {
      if (!KNOWN || value.isEmpty()) {
        return null;
      }
      char c = value.charAt(0);
      if (c >= RULED.length || !RULED[c]) {
        // no rule for its first character, and the rules for any value match only "", " " and
        // values beginning with a character that has rules (~, n, N)
        return c == ' ' ? null : Tag.STR;
      }
      if ((c >= '0' && c <= '9') || c == '-' || c == '+') {
        return number(value);
      }
      return "yYnNtTfFoO".indexOf(c) >= 0 ? word(value) : null;
    }

    /** A value beginning with a digit or a sign: its rules are INT's, FLOAT's (and TIMESTAMP's). */
    private static @Nullable Tag number(String value) {
      int len = value.length();
      if (len > NUMBER_LIMIT) {
        return null;
      }
      char c = value.charAt(0);
      int start = c == '-' || c == '+' ? 1 : 0;
      int i = digits(value, start);
      if (i == start) {
        return null;
      }
      if (i == len) {
        // [-+]?(?:0|[1-9][0-9_]*) is INT's; a leading zero may be octal, or not a number at all
        return i - start == 1 || value.charAt(start) != '0' ? Tag.INT : null;
      }
      // no INT alternative holds a '.'; FLOAT's first is [-+]?[0-9][0-9_]*\.[0-9_]*
      return value.charAt(i) == '.' && digits(value, i + 1) == len ? Tag.FLOAT : null;
    }

    private static int digits(String value, int from) {
      int i = from;
      while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        i++;
      }
      return i;
    }

    /** A value beginning with a letter of BOOL's (and, for n and N, NULL's) rule. */
    private static Tag word(String value) {
      if (value.length() > WORD_LIMIT) {
        return Tag.STR;
      }
      return switch (value) {
        case "yes",
            "Yes",
            "YES",
            "no",
            "No",
            "NO",
            "true",
            "True",
            "TRUE",
            "false",
            "False",
            "FALSE",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF" ->
            Tag.BOOL;
        case "null", "Null", "NULL" -> Tag.NULL;
        default -> Tag.STR;
      };
    }
  }
}
