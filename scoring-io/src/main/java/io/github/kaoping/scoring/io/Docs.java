package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/** Opens YAML and JSON for reading with limits, and writes trees as YAML or JSON. */
final class Docs {

  private Docs() {}

  /** Opens a parser over UTF-8 text with the limits. */
  static JsonParser parser(Reader in, FileFormat format, Limits limits) throws IOException {
    return switch (format) {
      case YAML -> limits.yaml().createParser(in);
      case JSON -> limits.json().createParser(in);
      case CSV, XLSX -> throw new IllegalArgumentException(format + " is not a tree format");
    };
  }

  /** Opens a file as bounded, strict UTF-8. */
  static Reader open(Path file, Limits limits) throws IOException {
    InputStream in = Files.newInputStream(file);
    return Input.utf8(in, limits.maxDocumentChars());
  }

  /**
   * Reads a whole document: exactly one value, nothing after it. Returns null after recording the
   * problem if the parser could not go on.
   */
  static @Nullable Doc readOne(Reader in, FileFormat format, Limits limits, Problems problems)
      throws IOException {
    try (JsonParser p = parser(in, format, limits)) {
      DocParser dp = new DocParser(p, problems, limits);
      try {
        if (dp.next() == null) {
          problems.at(1, 1, "", "the file is empty");
          return null;
        }
        Doc doc = dp.value("");
        if (dp.next() != null) {
          problems.at(dp.loc(), "", "unexpected content after the document; one document per file");
        }
        return doc;
      } catch (DocParser.Stop stop) {
        return null;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // raised while opening (a YAML stream that fails at its first event)
      problems.at(
          DocParser.loc(e.getLocation()), "", "not valid syntax: " + e.getOriginalMessage());
      return null;
    }
  }

  // ------------------------------------------------------------------ writing

  private static final ObjectMapper YAML_OUT =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
              .build());

  private static final ObjectMapper JSON_OUT = new ObjectMapper();

  static {
    JSON_OUT.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
  }

  /** The mapper that writes trees in a format. */
  static ObjectMapper mapper(FileFormat format) {
    return switch (format) {
      case YAML -> YAML_OUT;
      case JSON -> JSON_OUT;
      case CSV, XLSX -> throw new IllegalArgumentException(format + " is not a tree format");
    };
  }

  /** Indents JSON by two spaces, one value per line; YAML is always indented. */
  static void pretty(JsonGenerator g, FileFormat format) {
    if (format == FileFormat.JSON) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
  }

  /** Writes a tree as YAML or JSON, ending with a newline. */
  static void write(JsonNode tree, FileFormat format, Writer out) throws IOException {
    ObjectMapper mapper = mapper(format);
    try (JsonGenerator g = mapper.getFactory().createGenerator(unclosed(out))) {
      pretty(g, format);
      mapper.writeTree(g, tree);
    }
    if (format == FileFormat.JSON) {
      out.write('\n');
    }
    out.flush();
  }

  /** A writer that leaves the caller's writer open when the generator closes. */
  static Writer unclosed(Writer out) {
    return new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** Writes text to a stream as UTF-8, leaving the stream open. */
  static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Something that writes a whole file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes a whole file's bytes. */
  @FunctionalInterface
  interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Writes a file all at once: to a temporary file beside it, moved into place only when complete,
   * so a failure never leaves a half-written file.
   */
  static void writeAtomically(Path file, Content content) throws IOException {
    writeBytesAtomically(
        file,
        out -> {
          Writer w = utf8(out);
          content.writeTo(w);
          w.flush();
        });
  }

  /** Writes a file's bytes all at once, as {@link #writeAtomically(Path, Content)} does. */
  static void writeBytesAtomically(Path file, Bytes content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new IOException("not a file: " + file);
    }
    // Not Files.createTempFile: its file is readable by its owner only, and the results would keep
    // that mode; a plain new file gets the permissions the user's umask gives any file.
    Path temp = null;
    for (int attempt = 0; temp == null; attempt++) {
      try {
        temp =
            Files.createFile(
                dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Renders a tree as text. */
  static String toText(JsonNode tree, FileFormat format) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(tree, format, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
