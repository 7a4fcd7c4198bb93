package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.UnitFacts;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the units of a facts file one at a time, so that a file of any number of units is read in
 * memory bounded by its largest unit, plus the id and line of each unit read (to find a unit given
 * twice, in any order of the file): 16 to 32 bytes per unit beside the id itself, until the end of
 * the file.
 *
 * <p>{@link #next()} returns a unit's facts, or throws an {@link InvalidFileException} listing
 * every problem of that unit with its line and column: the format's, and, when the reader was
 * opened with a {@link Calculator}, everything {@link Calculator#check} finds. After a unit's
 * problems the reader goes on with the next unit, so a caller can collect the problems of the whole
 * file; after a syntax error it cannot, and {@link #hasNext()} is false.
 *
 * <p>A unit recorded twice for the same period is a problem of its second entry.
 *
 * <p>Not thread-safe. Close it to release the file.
 */
public final class FactsReader implements Iterator<UnitFacts>, Closeable {

  private final UnitSource source;
  private final @Nullable Calculator calculator;

  /** The line each unit was first read on, by period ("" for none); dropped at the end. */
  private Map<String, UnitIds> seen = new HashMap<>();

  private UnitSource.@Nullable Item pending;
  private boolean ended;

  FactsReader(UnitSource source, @Nullable Calculator calculator) {
    this.source = source;
    this.calculator = calculator;
  }

  /**
   * Reads ahead to the next unit.
   *
   * @return whether {@link #next()} has a unit (or a problem) to give
   */
  @Override
  public boolean hasNext() {
    if (pending == null && !ended) {
      pending = source.next();
      ended = pending == null;
      if (ended) {
        seen = Map.of();
      }
    }
    return pending != null;
  }

  /**
   * Returns the next unit's facts.
   *
   * @return the facts, never null
   * @throws InvalidFileException listing every problem of the unit, or of the file where it cannot
   *     go on
   * @throws NoSuchElementException at the end of the file
   */
  @Override
  public UnitFacts next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    UnitSource.Item item = pending;
    pending = null;
    if (item == null) {
      throw new NoSuchElementException();
    }
    List<FileProblem> problems = new ArrayList<>(item.problems());
    FactsCodec.Parsed unit = item.unit();
    UnitFacts facts = unit == null ? null : unit.facts();
    if (unit != null && facts != null) {
      // keyed by the unit's own id string, so that a million units cost no extra strings
      int first =
          seen.computeIfAbsent(facts.period().orElse(""), p -> new UnitIds())
              .putIfAbsent(facts.unitId(), Math.max(unit.loc().line(), 1));
      if (first != 0) {
        String key = facts.unitId() + facts.period().map(p -> " in period " + p).orElse("");
        problems.add(
            new FileProblem(
                source.file(),
                unit.loc().line(),
                unit.loc().column(),
                "unit " + facts.unitId(),
                "unit "
                    + key
                    + " is already recorded on line "
                    + first
                    + "; give each unit once per period"));
      }
      if (calculator != null && problems.isEmpty()) {
        for (Problem p : calculator.check(facts)) {
          problems.add(locate(p, unit));
        }
      }
    }
    if (!problems.isEmpty() || facts == null) {
      throw new InvalidFileException(source.file(), problems, item.unlisted());
    }
    return facts;
  }

  /**
   * Reads every remaining unit: gives each unit without problems to an action, in the order of the
   * file, and then throws the problems of all the others together. Once a unit has had problems the
   * units after it are still read and checked, for their problems, but no longer given to the
   * action: the call throws in the end anyway. At most {@value Problems#MAX} problems are listed
   * and the rest counted, so a file of any number of bad units is read in bounded memory.
   *
   * @param action what to do with each unit, not null
   * @throws InvalidFileException listing the problems of every unit that has any, or of the file
   */
  public void readEach(Consumer<? super UnitFacts> action) {
    Problems problems = new Problems(source.file());
    while (hasNext()) {
      try {
        UnitFacts unit = next();
        if (problems.isEmpty()) {
          action.accept(unit);
        }
      } catch (InvalidFileException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
  }

  private FileProblem locate(Problem p, FactsCodec.Parsed unit) {
    Doc.Loc loc = unit.loc();
    if (p.fact().isPresent()) {
      Fact f = p.fact().get();
      loc = unit.factLocs().getOrDefault(f, loc);
    }
    return new FileProblem(source.file(), loc.line(), loc.column(), p.path(), p.message());
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
