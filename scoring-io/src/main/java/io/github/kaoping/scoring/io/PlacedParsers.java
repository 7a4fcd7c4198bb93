package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;

/**
 * Jackson's JSON and YAML parsers over a {@link Reader}, telling where the current token starts as
 * two numbers. {@link JsonParser#currentTokenLocation()} makes a {@code JsonLocation} for every
 * token, and the readers ask for every value's line and column: that was a tenth of reading a facts
 * file. The numbers are the same the location would hold.
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
  }
}
