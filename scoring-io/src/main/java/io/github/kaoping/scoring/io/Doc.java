package io.github.kaoping.scoring.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed YAML or JSON value that remembers where it was written, so that every problem found
 * while mapping it to the model can name its line and column.
 */
sealed interface Doc permits Doc.Mapping, Doc.Sequence, Doc.Scalar {

  /** Where the value starts. */
  Loc loc();

  /** A short description of what was found, for "expected X, found Y" messages. */
  String describe();

  /**
   * A line and column, both counted from 1; in a workbook, a sheet's row and column.
   *
   * @param sheet the workbook sheet; empty in a text file
   * @param line the line or row
   * @param column the column
   */
  record Loc(String sheet, int line, int column) {

    /** A place in a text file. */
    Loc(int line, int column) {
      this("", line, column);
    }

    /** Where, as a person names it: {@code line 7}, or a cell such as {@code 吉水!H7}. */
    String describe() {
      return sheet.isEmpty() ? "line " + line : Xlsx.reference(sheet, line, column);
    }
  }

  /**
   * A key with its location and value.
   *
   * @param keyLoc where the key is written
   * @param value the value
   */
  record Entry(Loc keyLoc, Doc value) {}

  /**
   * A mapping, in the order written, each key once. Its entries are kept in arrays and a small
   * mapping (a fact's body, a unit) is searched by comparing keys: cheaper than hashing them into a
   * map per mapping, which was most of reading a facts file. A large mapping (a scheme's nodes by
   * id) is indexed by key once it grows past {@link #LINEAR}.
   */
  final class Mapping implements Doc {

    /** The most entries searched by comparing keys one by one. */
    private static final int LINEAR = 8;

    private final Loc loc;
    private String[] keys;

    /** The keys' hash codes: a key asked for and not written (most are) costs a comparison each. */
    private int[] hashes;

    private Entry[] entries;
    private int size;
    private @Nullable HashMap<String, Integer> index;

    /**
     * An empty mapping, filled by {@link #putIfAbsent}.
     *
     * @param loc where it starts
     */
    Mapping(Loc loc) {
      this(loc, 4);
    }

    private Mapping(Loc loc, int capacity) {
      this.loc = loc;
      this.keys = new String[capacity];
      this.hashes = new int[capacity];
      this.entries = new Entry[capacity];
    }

    /**
     * A mapping of the given entries, in their order (a workbook's or CSV row's cells as a fact).
     *
     * @param loc where it starts
     * @param entries the entries by key
     */
    Mapping(Loc loc, Map<String, Entry> entries) {
      this(loc, Math.max(entries.size(), 1));
      entries.forEach(this::putIfAbsent);
    }

    @Override
    public Loc loc() {
      return loc;
    }

    /** How many keys are written. */
    int size() {
      return size;
    }

    /** The key of the {@code i}th entry, in the order written. */
    String key(int i) {
      return keys[i];
    }

    /** The {@code i}th entry, in the order written. */
    Entry entry(int i) {
      return entries[i];
    }

    /** The index of a key's entry, or -1 if the key is not written. */
    int indexOf(String key) {
      HashMap<String, Integer> byKey = index;
      if (byKey != null) {
        Integer i = byKey.get(key);
        return i == null ? -1 : i;
      }
      int hash = key.hashCode();
      for (int i = 0; i < size; i++) {
        if (hashes[i] == hash && keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /** A key's entry, or null if the key is not written. */
    @Nullable Entry get(String key) {
      int i = indexOf(key);
      return i < 0 ? null : entries[i];
    }

    /**
     * Adds an entry unless its key is already written.
     *
     * @return the entry already written under the key, or null if this one was added
     */
    @Nullable Entry putIfAbsent(String key, Entry entry) {
      int found = indexOf(key);
      if (found >= 0) {
        return entries[found];
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        entries = Arrays.copyOf(entries, size * 2);
      }
      keys[size] = key;
      hashes[size] = key.hashCode();
      entries[size] = entry;
      HashMap<String, Integer> byKey = index;
      if (byKey != null) {
        byKey.put(key, size);
      } else if (size == LINEAR) {
        byKey = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          byKey.put(keys[i], i);
        }
        index = byKey;
      }
      size++;
      return null;
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A sequence.
   *
   * @param loc where it starts
   * @param items the items
   */
  record Sequence(Loc loc, List<Doc> items) implements Doc {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar, with the text exactly as written.
   *
   * @param loc where it starts
   * @param kind what the parser took it for
   * @param text the text as written (numbers are never converted through {@code double})
   */
  record Scalar(Loc loc, Kind kind, String text) implements Doc {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "text '" + abbreviate(text) + "'";
        case NUMBER -> "the number " + abbreviate(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
        case INVALID -> "an invalid value";
      };
    }
  }

  /** What kind of scalar the parser saw. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    /** A value already reported as a problem (a YAML alias, say); readers skip it silently. */
    INVALID;

    /** Is it read as text where text is expected: a string, a number or a boolean as written? */
    boolean isText() {
      return this == STRING || this == NUMBER || this == BOOLEAN;
    }
  }

  /** Shortens long text for a message. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
