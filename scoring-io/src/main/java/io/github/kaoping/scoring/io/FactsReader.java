package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.UnitFacts;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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
 * <p>A unit recorded twice for the same period is a problem of its second entry. A unit listed for
 * its grading alone (a {@code grading} and no facts) is read and checked but not returned: it has
 * nothing to score, and {@link Results#score} takes its grading.
 *
 * <p>Not thread-safe. Close it to release the file.
 */
public final class FactsReader implements Iterator<UnitFacts>, Closeable {

  private final UnitSource source;
  private final @Nullable Calculator calculator;

  /** The line each unit was first read on, by period ("" for none); dropped at the end. */
  private Map<String, UnitIds> seen = new HashMap<>();

  private @Nullable Read pending;
  private boolean ended;
  private @Nullable Consumer<FactsCodec.Parsed> listener;

  /** A unit read ahead, checked: its facts, or the problems that make it unusable. */
  private record Read(@Nullable UnitFacts facts, List<FileProblem> problems, long unlisted) {}

  FactsReader(UnitSource source, @Nullable Calculator calculator) {
    this.source = source;
    this.calculator = calculator;
  }

  /**
   * Hands every unit read without a problem, as written, to a listener as it is read: how the
   * gradings collect the units' grading inputs while the units are scored.
   */
  void onUnit(Consumer<FactsCodec.Parsed> listener) {
    this.listener = listener;
  }

  /**
   * The day the file's gradings are decided as of, if the file gives it; known once the file is
   * read to its end.
   */
  Optional<LocalDate> gradedOn() {
    return source.gradedOn();
  }

  /**
   * Reads ahead to the next unit. A unit listed for its grading alone (a {@code grading} and no
   * facts) has nothing to score: it is read and checked, and not returned.
   *
   * @return whether {@link #next()} has a unit (or a problem) to give
   */
  @Override
  public boolean hasNext() {
    while (pending == null && !ended) {
      UnitSource.Item item = source.next();
      if (item == null) {
        ended = true;
        seen = Map.of();
        break;
      }
      Read read = read(item);
      FactsCodec.Parsed unit = item.unit();
      if (read.problems().isEmpty() && unit != null && unit.gradingOnly()) {
        continue;
      }
      pending = read;
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
    Read read = pending;
    pending = null;
    if (read == null) {
      throw new NoSuchElementException();
    }
    UnitFacts facts = read.facts();
    if (!read.problems().isEmpty() || facts == null) {
      throw new InvalidFileException(source.file(), read.problems(), read.unlisted());
    }
    return facts;
  }

  private Read read(UnitSource.Item item) {
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
      if (calculator != null && problems.isEmpty() && !unit.gradingOnly()) {
        for (Problem p : calculator.check(facts)) {
          problems.add(locate(p, unit));
        }
      }
      if (listener != null && problems.isEmpty()) {
        listener.accept(unit);
      }
    }
    return new Read(facts, problems, item.unlisted());
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
