package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Points;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one mapping, recording a problem for every value of the wrong kind, every
 * required key that is missing and, at {@link #finish()}, every key nobody asked for. A required
 * value that is missing or wrong reads as {@code null}; the caller then builds nothing, and the
 * problems say why.
 */
final class Fields {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  final Doc.Mapping map;
  final String path;
  final Problems problems;

  /**
   * The keys asked for, in the order asked and possibly more than once: kept only to list them when
   * an unknown key is found, which is rare, so a set is made only then.
   */
  private String[] asked = new String[16];

  private int askedCount;

  /** Which of the mapping's entries were asked for, by index; beyond 64, {@link #seenBeyond}. */
  private long seen;

  private boolean @Nullable [] seenBeyond;

  private Fields(Doc.Mapping map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** Reads a mapping, or records that one was expected and returns null. */
  static @Nullable Fields of(Doc doc, String path, Problems problems, String what) {
    if (doc instanceof Doc.Mapping m) {
      return new Fields(m, path, problems);
    }
    expected(doc, path, problems, what + " (a mapping of keys)");
    return null;
  }

  /**
   * A mapping named by one of its keys, and that name: problems inside it are placed at {@code unit
   * a} rather than at its index.
   */
  record Named(Fields fields, @Nullable String name) {}

  /**
   * Reads a mapping named by one of its keys, such as a unit by its id; null after recording a
   * problem if it is not a mapping.
   *
   * @param path where the mapping is, for a problem that it is not one
   * @param at the path inside it when it has no name
   * @param key the key that names it
   * @param label the word before its name in paths, such as {@code unit}
   */
  static @Nullable Named named(
      Doc d, String path, String at, Problems problems, String what, String key, String label) {
    Fields first = of(d, path, problems, what);
    if (first == null) {
      return null;
    }
    String name = first.text(key);
    Fields f = new Fields(first.map, (name == null ? at : label + " " + name) + " ", problems);
    f.has(key);
    return new Named(f, name);
  }

  Doc.Loc loc() {
    return map.loc();
  }

  boolean has(String key) {
    return find(key) >= 0;
  }

  /** The value of a key, if written. */
  @Nullable Doc get(String key) {
    int i = find(key);
    return i < 0 ? null : map.entry(i).value();
  }

  /** Notes that a key was asked for, and returns the index of its entry, or -1. */
  private int find(String key) {
    if (askedCount == asked.length) {
      asked = Arrays.copyOf(asked, askedCount * 2);
    }
    asked[askedCount++] = key;
    int i = map.indexOf(key);
    if (i >= 0) {
      if (i < 64) {
        seen |= 1L << i;
      } else {
        boolean[] beyond = seenBeyond;
        if (beyond == null) {
          beyond = new boolean[map.size() - 64];
          seenBeyond = beyond;
        }
        beyond[i - 64] = true;
      }
    }
    return i;
  }

  private boolean seen(int i) {
    if (i < 64) {
      return (seen & (1L << i)) != 0;
    }
    boolean[] beyond = seenBeyond;
    return beyond != null && beyond[i - 64];
  }

  /** The value of a key that must be written. */
  @Nullable Doc require(String key) {
    Doc d = get(key);
    if (d == null) {
      problems.at(map.loc(), path, "missing '" + key + "'");
    }
    return d;
  }

  /** The path of a key's value, for nested readers. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + (path.endsWith(" ") ? "" : ".") + key;
  }

  // ------------------------------------------------------------------ typed values

  @Nullable String text(String key) {
    Doc d = require(key);
    return d == null ? null : text(d, key);
  }

  Optional<String> optText(String key) {
    Doc d = get(key);
    return d == null ? Optional.empty() : Optional.ofNullable(text(d, key));
  }

  /*
   * The readers of a key's value below take the value as it is where it is of the right kind, and
   * make the value's path (a string per value, most of the reading's cost when made for each) only
   * to report a problem.
   */

  private @Nullable String text(Doc d, String key) {
    if (d instanceof Doc.Scalar s && s.kind().isText()) {
      return s.text();
    }
    return text(d, pathOf(key), problems);
  }

  private @Nullable BigDecimal decimal(Doc d, String key) {
    if (d instanceof Doc.Scalar s && s.kind() == Doc.Kind.NUMBER && Text.isPlainDecimal(s.text())) {
      return new BigDecimal(s.text());
    }
    return decimal(d, pathOf(key), problems);
  }

  private @Nullable Integer integer(Doc d, String key) {
    if (d instanceof Doc.Scalar s
        && s.kind() == Doc.Kind.NUMBER
        && Text.isPlainInteger(s.text(), true)) {
      return Integer.valueOf(s.text());
    }
    return integer(d, pathOf(key), problems);
  }

  private @Nullable Boolean bool(Doc d, String key) {
    if (d instanceof Doc.Scalar s && s.kind() == Doc.Kind.BOOLEAN) {
      if (s.text().equals("true")) {
        return Boolean.TRUE;
      }
      if (s.text().equals("false")) {
        return Boolean.FALSE;
      }
    }
    return bool(d, pathOf(key), problems);
  }

  @Nullable Points points(String key) {
    BigDecimal d = decimal(key);
    return d == null ? null : Points.of(d);
  }

  Optional<Points> optPoints(String key) {
    return optDecimal(key).map(Points::of);
  }

  @Nullable BigDecimal decimal(String key) {
    Doc d = require(key);
    return d == null ? null : decimal(d, key);
  }

  Optional<BigDecimal> optDecimal(String key) {
    Doc d = get(key);
    return d == null ? Optional.empty() : Optional.ofNullable(decimal(d, key));
  }

  @Nullable Integer integer(String key) {
    Doc d = require(key);
    return d == null ? null : integer(d, key);
  }

  Optional<Integer> optInteger(String key) {
    Doc d = get(key);
    return d == null ? Optional.empty() : Optional.ofNullable(integer(d, key));
  }

  @Nullable Boolean bool(String key) {
    Doc d = require(key);
    return d == null ? null : bool(d, key);
  }

  /** A boolean that may be left out, in which case it is {@code absent}. */
  boolean bool(String key, boolean absent) {
    Doc d = get(key);
    if (d == null) {
      return absent;
    }
    Boolean b = bool(d, key);
    return b == null ? absent : b;
  }

  @Nullable LocalDate date(String key) {
    Doc d = require(key);
    return d == null ? null : date(d, pathOf(key), problems);
  }

  Optional<LocalDate> optDate(String key) {
    Doc d = get(key);
    return d == null ? Optional.empty() : Optional.ofNullable(date(d, pathOf(key), problems));
  }

  @SafeVarargs
  final <E extends Enum<E>> @Nullable E enumeration(String key, E... allowed) {
    Doc d = require(key);
    return d == null ? null : enumeration(d, pathOf(key), problems, Arrays.asList(allowed));
  }

  /** An enum that may be left out, in which case it is {@code absent}. */
  @SafeVarargs
  final <E extends Enum<E>> E enumerationOr(String key, E absent, E... allowed) {
    Doc d = get(key);
    if (d == null) {
      return absent;
    }
    E e = enumeration(d, pathOf(key), problems, Arrays.asList(allowed));
    return e == null ? absent : e;
  }

  /** A list of texts that may be left out. */
  List<String> texts(String key) {
    return list(key, (item, p) -> text(item, p, problems));
  }

  /**
   * A list that may be left out (then empty). Items that cannot be read are left out of the result
   * after their problems are recorded.
   */
  <T> List<T> list(String key, BiFunction<Doc, String, @Nullable T> item) {
    Doc d = get(key);
    if (d == null) {
      return List.of();
    }
    if (!(d instanceof Doc.Sequence seq)) {
      expected(d, pathOf(key), problems, "a list");
      return List.of();
    }
    List<T> out = new ArrayList<>(seq.items().size());
    String at = pathOf(key);
    for (int i = 0; i < seq.items().size(); i++) {
      Doc itemDoc = seq.items().get(i);
      T value = item.apply(itemDoc, at + "[" + i + "]");
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** Records a problem for every key that was written but that no reader asked for. */
  void finish() {
    for (int i = 0; i < map.size(); i++) {
      if (!seen(i)) {
        Set<String> known = new LinkedHashSet<>(Arrays.asList(asked).subList(0, askedCount));
        problems.at(
            map.entry(i).keyLoc(),
            path,
            "unknown key '" + map.key(i) + "'; expected one of: " + String.join(", ", known));
      }
    }
  }

  /** Records a problem at this mapping. */
  void problem(String message) {
    problems.at(map.loc(), path, message);
  }

  // ------------------------------------------------------------------ scalars

  static @Nullable String text(Doc d, String path, Problems problems) {
    if (d instanceof Doc.Scalar s) {
      switch (s.kind()) {
        case STRING, NUMBER, BOOLEAN -> {
          return s.text();
        }
        case INVALID -> {
          return null;
        }
        default -> {}
      }
    }
    expected(d, path, problems, "text");
    return null;
  }

  static @Nullable BigDecimal decimal(Doc d, String path, Problems problems) {
    if (d instanceof Doc.Scalar s) {
      if (s.kind() == Doc.Kind.INVALID) {
        return null;
      }
      if (s.kind() == Doc.Kind.NUMBER && Text.isPlainDecimal(s.text())) {
        return new BigDecimal(s.text());
      }
    }
    expected(d, path, problems, "a plain decimal number such as 5 or 0.5");
    return null;
  }

  static @Nullable Integer integer(Doc d, String path, Problems problems) {
    if (d instanceof Doc.Scalar s) {
      if (s.kind() == Doc.Kind.INVALID) {
        return null;
      }
      if (s.kind() == Doc.Kind.NUMBER && Text.isPlainInteger(s.text(), true)) {
        return Integer.valueOf(s.text());
      }
    }
    expected(d, path, problems, "a whole number such as 3");
    return null;
  }

  static @Nullable Boolean bool(Doc d, String path, Problems problems) {
    if (d instanceof Doc.Scalar s) {
      if (s.kind() == Doc.Kind.INVALID) {
        return null;
      }
      if (s.kind() == Doc.Kind.BOOLEAN && (s.text().equals("true") || s.text().equals("false"))) {
        return Boolean.valueOf(s.text());
      }
    }
    expected(d, path, problems, "true or false");
    return null;
  }

  static @Nullable LocalDate date(Doc d, String path, Problems problems) {
    String text = text(d, path, problems);
    if (text == null) {
      return null;
    }
    LocalDate date = plainDate(text);
    if (date != null) {
      return date;
    }
    problems.at(
        d.loc(), path, "expected a date written as YYYY-MM-DD, found '" + abbreviate(text) + "'");
    return null;
  }

  /** The date text written as YYYY-MM-DD is, or null if it is not one. */
  static @Nullable LocalDate plainDate(String text) {
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  static <E extends Enum<E>> @Nullable E enumeration(
      Doc d, String path, Problems problems, List<E> allowed) {
    String text = text(d, path, problems);
    if (text == null) {
      return null;
    }
    for (E e : allowed) {
      if (Names.of(e).equals(text)) {
        return e;
      }
    }
    problems.at(
        d.loc(),
        path,
        "expected one of "
            + String.join(", ", Names.all(allowed))
            + "; found '"
            + abbreviate(text)
            + "'");
    return null;
  }

  static void expected(Doc d, String path, Problems problems, String what) {
    if (d instanceof Doc.Scalar s && s.kind() == Doc.Kind.INVALID) {
      return; // already reported
    }
    problems.at(d.loc(), path, "expected " + what + ", found " + d.describe());
  }

  private static String abbreviate(String text) {
    return Doc.abbreviate(text);
  }

  // ------------------------------------------------------------------ choices

  /**
   * One shape out of a closed set, written as a one-key mapping {@code {shape: parameters}} or, for
   * a shape without parameters, as its bare name.
   *
   * @param name the shape's name
   * @param body its parameters; null for a bare name
   * @param path the path of the parameters
   */
  record Choice(String name, @Nullable Doc body, String path) {}

  static @Nullable Choice choice(
      Doc d,
      String path,
      Problems problems,
      String what,
      List<String> withParameters,
      List<String> bare) {
    // the common case first, and the messages made only for a problem: every fact is a choice
    if (d instanceof Doc.Mapping m && m.size() == 1) {
      Doc.Entry e = m.entry(0);
      String name = m.key(0);
      if (withParameters.contains(name)) {
        return new Choice(name, e.value(), path + "." + name);
      }
      if (bare.contains(name)) {
        problems.at(
            e.keyLoc(),
            path,
            "'" + name + "' has no parameters: write it as the bare name " + name);
        return null;
      }
      List<String> all = new ArrayList<>(withParameters);
      all.addAll(bare);
      problems.at(
          e.keyLoc(),
          path,
          "unknown " + what + " '" + name + "'; expected one of: " + String.join(", ", all));
      return null;
    }
    if (d instanceof Doc.Scalar s
        && s.kind() == Doc.Kind.STRING
        && (bare.contains(s.text()) || withParameters.contains(s.text()))) {
      if (bare.contains(s.text())) {
        return new Choice(s.text(), null, path);
      }
      problems.at(
          d.loc(), path, "'" + s.text() + "' needs parameters: write {" + s.text() + ": {...}}");
      return null;
    }
    String expected =
        what
            + ": "
            + (bare.isEmpty() ? "" : "one of the names " + String.join(", ", bare) + ", or ")
            + "a one-key mapping {shape: parameters} with shape one of "
            + String.join(", ", withParameters);
    expected(d, path, problems, expected);
    return null;
  }
}
