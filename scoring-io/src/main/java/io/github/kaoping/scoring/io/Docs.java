package io.github.kaoping.scoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Opens YAML and JSON for reading with limits, and writes trees as YAML or JSON. */
final class Docs {

  private Docs() {}

  /** Opens a parser over UTF-8 text with the limits. */
  static JsonParser parser(Reader in, FileFormat format, Limits limits) throws IOException {
    return switch (format) {
      case YAML -> limits.yaml().createParser(Input.lines(in, limits.maxLineLength()));
      case JSON -> limits.json().createParser(in);
      case JSONL, CSV, XLSX -> throw new IllegalArgumentException(format + " is not a tree format");
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
      DocParser.record(e, DocParser.loc(e.getLocation()), problems, limits);
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
              .stringQuotingChecker(new Quoting())
              .build());

  /**
   * Quotes, beside what YAML always needs quoted, text that YAML would read back as a number too
   * long for {@link Limits#maxNumberLength()}: a number is text where text is expected, but a
   * number that long is refused unread.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || (value.length() > Limits.SCHEME.maxNumberLength() && isNumber(value));
    }

    private static boolean isNumber(String value) {
      Tag tag = new Resolver().resolve(NodeId.scalar, value, true);
      return tag.equals(Tag.INT) || tag.equals(Tag.FLOAT);
    }
  }

  private static final ObjectMapper JSON_OUT = new ObjectMapper();

  static {
    JSON_OUT.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
  }

  /** The mapper that writes trees in a format. */
  static ObjectMapper mapper(FileFormat format) {
    return switch (format) {
      case YAML -> YAML_OUT;
      case JSON, JSONL -> JSON_OUT;
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

  /** U+FEFF, which Excel reads as "this CSV file is UTF-8". */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Writes a file all at once: to a temporary file beside it, moved into place only when complete,
   * so a failure never leaves a half-written file. Refuses, before writing anything, what must not
   * be replaced ({@link #target}); the file replaced keeps its permissions.
   */
  static void writeAtomically(Path file, Set<WriteOption> options, Content content)
      throws IOException {
    writeBytesAtomically(
        file,
        options,
        out -> {
          Writer w = utf8(out);
          content.writeTo(w);
          w.flush();
        });
  }

  /** Writes a file's bytes all at once, as {@link #writeAtomically} does. */
  static void writeBytesAtomically(Path file, Set<WriteOption> options, Bytes content)
      throws IOException {
    Path target = target(file, options);
    Path dir = target.getParent();
    Path name = target.getFileName();
    if (dir == null || name == null) {
      throw new FileSystemException(file.toString(), null, "is not a file");
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
      keepPermissions(target, temp);
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Where writing a file goes: the file itself, or the file a symbolic link names when asked to
   * follow links. Refuses a link not to be followed, anything but a regular file, a read-only file
   * and a missing directory, each with an error naming the path the user gave.
   */
  static Path target(Path file, Set<WriteOption> options) throws IOException {
    Path target = file.toAbsolutePath();
    if (Files.isSymbolicLink(target)) {
      if (!options.contains(WriteOption.FOLLOW_LINKS)) {
        throw new FileSystemException(
            file.toString(),
            null,
            "is a symbolic link; write to the file it names, or ask to write through links"
                + " (--follow-links)");
      }
      for (int hops = 0; Files.isSymbolicLink(target); hops++) {
        if (hops > 40) {
          throw new FileSystemException(file.toString(), null, "has too many levels of links");
        }
        target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
      }
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes a =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) {
        throw new FileSystemException(
            file.toString(),
            null,
            "is not a regular file (a directory, a device or a pipe); write to a plain file");
      }
      if (isReadOnly(target)) {
        throw new AccessDeniedException(
            file.toString(), null, "is read-only; make it writable first or choose another file");
      }
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new NoSuchFileException(
          file.toString(), null, "its directory " + dir + " does not exist");
    }
    if (!Files.isWritable(dir)) {
      // the temporary file goes there: say so of the user's file, not of the temporary one
      throw new AccessDeniedException(
          file.toString(), null, "its directory " + dir + " is not writable");
    }
    return target;
  }

  /**
   * Is the file read-only: not writable by us, or (as root may write anything) without a write
   * permission for anyone.
   */
  private static boolean isReadOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      Set<PosixFilePermission> p = posix.readAttributes().permissions();
      return !p.contains(PosixFilePermission.OWNER_WRITE)
          && !p.contains(PosixFilePermission.GROUP_WRITE)
          && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }
    DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
    return dos != null && dos.readAttributes().isReadOnly();
  }

  /** Gives a new file the permissions of the file it replaces (results kept private stay so). */
  private static void keepPermissions(Path replaced, Path file) throws IOException {
    if (!Files.exists(replaced)) {
      return;
    }
    PosixFileAttributeView from =
        Files.getFileAttributeView(replaced, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  /** The options given, as a set. */
  static Set<WriteOption> options(WriteOption... options) {
    Set<WriteOption> set = EnumSet.noneOf(WriteOption.class);
    for (WriteOption o : options) {
      set.add(requireNonNull(o, "option"));
    }
    return set;
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
