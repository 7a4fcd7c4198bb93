package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.internal.ReadUnits;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a unit read from rows of cells or from tokens, and where each was written, by
 * identity: a line and a column kept as numbers, made a {@link Doc.Loc} only when asked, which is
 * for a problem of the fact. A unit's facts are many and its problems few: a location and a map
 * entry per fact would cost more than reading the fact.
 */
final class FactPlaces extends AbstractMap<Fact, Doc.Loc> {
  /** What makes a line and column a place in the file; null: they are the file's already. */
  private final @Nullable DocParser docs;

  private Fact[] facts;

  /** Each fact's line and column, two numbers a fact. */
  private int[] numbers;

  private int size;
  private @Nullable Map<Fact, Doc.Loc> map;

  /**
   * Places for about {@code expected} facts.
   *
   * @param expected how many facts are expected; more may be added
   */
  FactPlaces(int expected) {
    this(null, expected);
  }

  /**
   * Places for about {@code expected} facts of a document whose parser counts lines and columns its
   * own way ({@link DocParser#loc(int, int)}: a piece of a file counts from its first line).
   *
   * @param docs the document's parser, or null if its lines and columns are the file's
   * @param expected how many facts are expected; more may be added
   */
  FactPlaces(@Nullable DocParser docs, int expected) {
    this.docs = docs;
    facts = new Fact[Math.max(1, expected)];
    numbers = new int[2 * facts.length];
  }

  /** Adds a fact read at a line and column, after those added before. */
  void add(Fact fact, int line, int column) {
    if (size == facts.length) {
      facts = Arrays.copyOf(facts, 2 * size);
      numbers = Arrays.copyOf(numbers, 4 * size);
    }
    facts[size] = fact;
    numbers[2 * size] = line;
    numbers[2 * size + 1] = column;
    size++;
    map = null;
  }

  /**
   * The unit of these facts, in the order added: its list of facts is the array they are kept in
   * ({@link ReadUnits}), which this does not write again (a full array is never written again: the
   * next fact goes to a larger copy). A builder would add them one by one to a list it grows, and
   * copy that list again when it builds.
   *
   * @param period the unit's period, or null for none
   */
  UnitFacts unit(String unitId, String group, @Nullable String period, Recording recording) {
    return ReadUnits.of(
        unitId,
        group,
        period,
        recording,
        size == facts.length ? facts : Arrays.copyOf(facts, size));
  }

  private Map<Fact, Doc.Loc> map() {
    Map<Fact, Doc.Loc> m = map;
    if (m == null) {
      m = new IdentityHashMap<>(size);
      for (int i = 0; i < size; i++) {
        int line = numbers[2 * i];
        int column = numbers[2 * i + 1];
        m.put(facts[i], docs == null ? new Doc.Loc(line, column) : docs.loc(line, column));
      }
      map = m;
    }
    return m;
  }

  @Override
  public Doc.@Nullable Loc get(@Nullable Object fact) {
    return map().get(fact);
  }

  @Override
  public boolean containsKey(@Nullable Object fact) {
    return map().containsKey(fact);
  }

  @Override
  public int size() {
    return map().size();
  }

  @Override
  public Set<Entry<Fact, Doc.Loc>> entrySet() {
    return Collections.unmodifiableMap(map()).entrySet();
  }
}
