package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.FactsException;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>Not thread-safe, though it may use threads of its own ({@link #scoreOn}). Close it to release
 * the file.
 */
public final class FactsReader implements Iterator<UnitFacts>, Closeable {

  /** Units handed from the reading thread to the checking threads at a time. */
  private static final int BATCH = 128;

  /**
   * The text a batch of a {@link SplitSource} holds at most beside its last unit's: with {@link
   * #BATCH}, what bounds the bytes held at once whatever the size of the units.
   */
  private static final int BATCH_BYTES = 1 << 20;

  /**
   * Batches read ahead at most per thread: with {@link #BATCH}, what bounds the units held at once.
   */
  private static final int BATCHES_AHEAD = 2;

  /** Where units come from: the file's source, or its serial reader once a split source gave up. */
  private UnitSource source;

  /** The sources read before {@link #source} took over, closed with it. */
  private final List<UnitSource> replaced = new ArrayList<>();

  private final @Nullable Calculator calculator;
  private int threads = 1;

  /** The line each unit was first read on, by period ("" for none); dropped at the end. */
  private Map<String, UnitIds> seen = new HashMap<>();

  /**
   * The period of the unit read last and its ids in {@link #seen}: a file's units are mostly of one
   * period, and comparing the period with the last costs less than hashing it anew (a new string
   * every unit) into the map.
   */
  private @Nullable String lastPeriod;

  private @Nullable UnitIds lastIds;

  /** Units read, checked (and scored, if asked) and given to the listener, to be handed out. */
  private final ArrayDeque<Read> ready = new ArrayDeque<>();

  /** A workbook's units (a sheet's rows, so few) by period and id, with their first cell. */
  private Map<String, Doc.Loc> seenCells = new HashMap<>();

  private boolean ended;
  private @Nullable Consumer<FactsCodec.Parsed> listener;
  private boolean scoring;
  private @Nullable Function<ScoreCard, UnitResult> reduce;
  private @Nullable Parallel parallel;

  /**
   * A unit read ahead: its facts, or the problems that make it unusable, and its card if the reader
   * scores.
   */
  private static final class Read {
    final UnitSource.Item item;
    final @Nullable UnitFacts facts;
    final List<FileProblem> problems;
    @Nullable ScoreCard card;
    @Nullable UnitResult result;
    @Nullable RuntimeException failure;

    /** A piece to be read, with the rest of the file, by the serial reader; null for a unit. */
    final SplitSource.@Nullable Piece serialFrom;

    Read(UnitSource.Item item) {
      this.item = item;
      FactsCodec.Parsed unit = item.unit();
      this.facts = unit == null ? null : unit.facts();
      // most units have no problem: no copy of an empty list (a copy asks it for an array)
      this.problems =
          item.problems().isEmpty() ? new ArrayList<>() : new ArrayList<>(item.problems());
      this.serialFrom = null;
    }

    Read(SplitSource.Piece serialFrom) {
      this.item = new UnitSource.Item(null, List.of(), 0);
      this.facts = null;
      this.problems = List.of();
      this.serialFrom = serialFrom;
    }
  }

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
   * Scores every unit without a problem as it is checked, for {@link #nextScored()}, and reads,
   * checks and scores on {@code threads} threads: one reads the file, a pool of {@code threads}
   * checks and scores the units read, a batch at a time, and the caller's thread finds units given
   * twice as it takes the batches in the order of the file. A file that can be cut into units
   * without parsing ({@link SplitSource}: JSON Lines, CSV) is only cut by the reading thread and
   * parsed by the pool too; from a piece the pool cannot read alone as the file reads it, the
   * file's serial reader takes over. The units are handed out in the order of the file, with the
   * same problems, whatever the number of threads; at most {@code 2 * threads + 2} batches (of 128
   * units, or of about a megabyte of text) are held at once. Call before the first unit is read.
   *
   * @param threads how many threads, at least 1; 1 reads, checks and scores on the caller's
   * @param reduce what each card is reduced to on the thread that scored it, for {@link
   *     Scored#result()}; null for none
   */
  void scoreOn(int threads, @Nullable Function<ScoreCard, UnitResult> reduce) {
    if (calculator == null) {
      throw new IllegalStateException("a reader without a calculator cannot score");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    scoring = true;
    this.reduce = reduce;
    this.threads = threads;
    if (threads > 1) {
      parallel = new Parallel(threads);
    }
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
    while (ready.isEmpty() && !ended) {
      Parallel p = parallel;
      if (p == null) {
        Read one = readOne(); // a unit at a time, so no batch is made of it
        if (one == null) {
          end();
        } else {
          handOut(one);
        }
        continue;
      }
      List<Read> batch = p.take();
      if (batch.isEmpty()) {
        end();
        break;
      }
      for (Read read : batch) {
        SplitSource.Piece serialFrom = read.serialFrom;
        if (serialFrom != null) {
          readSerially(serialFrom); // the rest of this batch is read again
          break;
        }
        duplicate(read); // in the order of the file; the pool checked it already
        handOut(read);
      }
    }
    return !ready.isEmpty();
  }

  /** At the end of the file: what found units given twice is dropped. */
  private void end() {
    ended = true;
    seen = Map.of();
    lastPeriod = null;
    lastIds = null;
    seenCells = Map.of();
  }

  /**
   * Queues a unit read and checked, to be handed out in its turn: a unit listed for its grading
   * alone goes to the listener and is not handed out.
   */
  private void handOut(Read read) {
    FactsCodec.Parsed unit = read.item.unit();
    if (read.problems.isEmpty() && unit != null) {
      if (listener != null) {
        listener.accept(unit);
      }
      if (unit.gradingOnly()) {
        return;
      }
    }
    ready.add(read);
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
    Read read = take();
    UnitFacts facts = read.facts;
    if (!read.problems.isEmpty() || facts == null) {
      throw new InvalidFileException(source.file(), read.problems, read.item.unlisted());
    }
    return facts;
  }

  /**
   * A unit's card, and what {@link #scoreOn} reduced it to.
   *
   * @param card the card
   * @param result its result, or null if the reader reduces none
   */
  record Scored(ScoreCard card, @Nullable UnitResult result) {}

  /**
   * Returns the next unit's card, once {@link #scoreOn} asked for cards.
   *
   * @return the card and its result, never null
   * @throws InvalidFileException listing every problem of the unit, or of the file where it cannot
   *     go on
   * @throws NoSuchElementException at the end of the file
   */
  Scored nextScored() {
    Read read = take();
    if (read.failure != null) {
      throw read.failure;
    }
    ScoreCard card = read.card;
    if (!read.problems.isEmpty() || card == null) {
      throw new InvalidFileException(source.file(), read.problems, read.item.unlisted());
    }
    return new Scored(card, read.result);
  }

  /**
   * Hands the rest of a split file to its serial reader, from a piece the pool could not read
   * alone: the pieces before it were read as that reader reads them, so the units and problems stay
   * what one thread reads. The serial reader's units are still checked and scored on the pool.
   */
  private void readSerially(SplitSource.Piece piece) {
    Parallel p = parallel;
    if (p != null) {
      p.stop();
      p.join();
    }
    SplitSource split = (SplitSource) source;
    UnitSource rest;
    try {
      rest = split.from(piece);
    } catch (IOException e) {
      throw new UncheckedIOException(source.file() + ": cannot be read again", e);
    }
    replaced.add(split);
    source = rest;
    parallel = threads > 1 ? new Parallel(threads) : null;
  }

  private Read take() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.remove();
  }

  /** Reads, and checks, the next unit or problem of the file; null at its end. */
  private @Nullable Read readOne() {
    UnitSource.Item item = source.next();
    if (item == null) {
      return null;
    }
    Read read = new Read(item);
    duplicate(read);
    check(read);
    return read;
  }

  /**
   * The part that must follow the file: is the unit given twice? A unit given again has that
   * problem beside its own, and is neither checked nor scored: what the pool found checking it
   * ahead is dropped, so that its problems are the same on any number of threads.
   */
  private void duplicate(Read read) {
    FactsCodec.Parsed unit = read.item.unit();
    UnitFacts facts = read.facts;
    if (unit != null && facts != null) {
      String first = firstPlace(facts, unit.loc());
      if (first != null) {
        String key = facts.unitId() + facts.period().map(p -> " in period " + p).orElse("");
        List<FileProblem> problems = read.problems;
        problems.subList(read.item.problems().size(), problems.size()).clear();
        read.card = null;
        read.result = null;
        read.failure = null;
        problems.add(
            new FileProblem(
                source.file(),
                unit.loc().sheet(),
                unit.loc().line(),
                unit.loc().column(),
                "unit " + facts.unitId(),
                "unit "
                    + key
                    + " is already recorded on "
                    + first
                    + "; give each unit once per period"));
      }
    }
  }

  /** The part any thread may do: the calculator's check, and the card if asked for. */
  private void check(Read read) {
    FactsCodec.Parsed unit = read.item.unit();
    UnitFacts facts = read.facts;
    if (unit == null
        || facts == null
        || calculator == null
        || !read.problems.isEmpty()
        || unit.gradingOnly()) {
      return;
    }
    try {
      List<Problem> found = List.of();
      if (!scoring) {
        found = calculator.check(facts);
      } else {
        // Scoring checks the facts as check does, once: a card, or exactly check's problems.
        try {
          read.card = calculator.score(facts);
        } catch (FactsException e) {
          found = e.problems();
        }
      }
      ScoreCard card = read.card;
      if (card != null && reduce != null) {
        read.result = reduce.apply(card); // on the pool: packing a card's points is not cheap
      }
      if (!found.isEmpty()) {
        Map<String, Integer> missing = new HashMap<>();
        for (Problem p : found) {
          read.problems.add(locate(p, unit, missing));
        }
      }
    } catch (RuntimeException e) {
      read.failure = e; // thrown where the unit is handed out, in the order of the file
    }
  }

  /**
   * The threads of {@link #scoreOn}: one reads the file into batches (or only cuts it into units'
   * text, for a {@link SplitSource}) and gives each to a pool that parses, checks and scores its
   * units; a bounded queue of the batches' futures, in the order of the file, passes them on.
   */
  private final class Parallel {
    private final BlockingQueue<Future<List<Read>>> batches;
    private final ExecutorService pool;
    private @Nullable Thread reader;
    private volatile boolean stopped;

    Parallel(int threads) {
      this.batches = new ArrayBlockingQueue<>(BATCHES_AHEAD * threads);
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "facts-check");
                t.setDaemon(true);
                return t;
              });
    }

    /** The next batch in the order of the file, checked and scored; empty at its end. */
    List<Read> take() {
      if (reader == null) {
        Thread t = new Thread(this::readAll, "facts-read");
        t.setDaemon(true);
        reader = t;
        t.start();
      }
      List<Read> batch;
      try {
        batch = batches.take().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + source.file(), e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error r) {
          throw r;
        }
        throw new IllegalStateException(cause);
      }
      if (batch.isEmpty()) {
        stop();
      }
      return batch;
    }

    private void readAll() {
      SplitSource split = source instanceof SplitSource s ? s : null;
      try {
        while (!stopped) {
          List<Object> cut = new ArrayList<>(BATCH);
          long bytes = 0;
          Object next = null;
          while (cut.size() < BATCH && bytes < BATCH_BYTES) {
            if (split != null) {
              SplitSource.Piece piece = split.cut();
              next = piece;
              bytes += piece == null ? 0 : piece.text().length;
            } else {
              next = source.next();
            }
            if (next == null) {
              break;
            }
            cut.add(next);
          }
          if (!cut.isEmpty()) {
            batches.put(pool.submit(() -> checkAll(cut, split)));
          }
          if (next == null) {
            batches.put(CompletableFuture.completedFuture(List.of()));
            return;
          }
        }
      } catch (InterruptedException e) {
        // closed before the end of the file
      } catch (RuntimeException | Error e) {
        try {
          batches.put(CompletableFuture.failedFuture(e));
        } catch (InterruptedException ignored) {
          // closed meanwhile
        }
      }
    }

    /** On the pool: parses a batch's pieces, if cut only, and checks and scores its units. */
    private List<Read> checkAll(List<Object> cut, @Nullable SplitSource split) {
      List<Read> reads = new ArrayList<>(cut.size());
      for (Object o : cut) {
        UnitSource.Item item =
            o instanceof SplitSource.Piece piece && split != null
                ? split.parse(piece)
                : (UnitSource.Item) o;
        if (item == null) {
          reads.add(new Read((SplitSource.Piece) o)); // read from here on serially
          break;
        }
        Read read = new Read(item);
        check(read); // ahead of the duplicate check, which follows the file
        reads.add(read);
      }
      return reads;
    }

    /** Waits for the reading thread to end, after {@link #stop()}: it reads the source. */
    void join() {
      Thread t = reader;
      if (t != null) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    void stop() {
      stopped = true;
      pool.shutdownNow();
      Thread t = reader;
      if (t != null && t.isAlive()) {
        t.interrupt();
        batches.clear(); // a reader blocked on a full queue can finish
      }
    }
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
    if (!problems.isEmpty()) {
      // in the order found: unit by unit, as the file holds them (a workbook's sheet by sheet)
      throw new InvalidFileException(source.file(), problems.inOrder(), problems.dropped());
    }
  }

  /** Where a unit was first read if it was read before ("line 2", "办公室!A5"), else null. */
  private @Nullable String firstPlace(UnitFacts facts, Doc.Loc here) {
    String period = facts.period().orElse("");
    if (here.sheet().isEmpty()) {
      // keyed by the unit's own id string, so that a million units cost no extra strings
      UnitIds ids = lastIds;
      if (ids == null || !period.equals(lastPeriod)) {
        ids = seen.computeIfAbsent(period, p -> new UnitIds());
        lastPeriod = period;
        lastIds = ids;
      }
      int line = ids.putIfAbsent(facts.unitId(), Math.max(here.line(), 1));
      return line == 0 ? null : "line " + line;
    }
    Doc.Loc first = seenCells.putIfAbsent(period + '\u0000' + facts.unitId(), here);
    return first == null ? null : first.describe();
  }

  /**
   * Places a problem the calculator found: at the fact it concerns, else at the node's next empty
   * cell of the unit's row (a workbook: the calculator lists a node's missing facts in the order of
   * its columns), else at the unit.
   */
  private FileProblem locate(Problem p, FactsCodec.Parsed unit, Map<String, Integer> missing) {
    Doc.Loc loc = unit.loc();
    if (p.fact().isPresent()) {
      Fact f = p.fact().get();
      loc = unit.factLocs().getOrDefault(f, loc);
    } else if (p.nodeId().isPresent()) {
      List<Doc.Loc> cells = unit.nodeLocs().apply(p.nodeId().get());
      int next = missing.merge(p.nodeId().get(), 1, Integer::sum) - 1;
      if (!cells.isEmpty()) {
        loc = cells.get(Math.min(next, cells.size() - 1));
      }
    }
    String message = p.message();
    if (p.facts().size() > 1) {
      // a fact recorded more than once: say on which lines, where the file gives them
      List<Integer> lines = new ArrayList<>();
      for (Fact f : p.facts()) {
        Doc.Loc at = unit.factLocs().get(f);
        if (at != null && !lines.contains(at.line())) {
          lines.add(at.line());
        }
      }
      if (lines.size() == p.facts().size()) {
        Collections.sort(lines);
        int cut = message.indexOf("; ");
        String where =
            ", on lines "
                + String.join(
                    ", ", lines.subList(0, lines.size() - 1).stream().map(String::valueOf).toList())
                + " and "
                + lines.get(lines.size() - 1);
        message =
            cut < 0 ? message + where : message.substring(0, cut) + where + message.substring(cut);
      }
    }
    return new FileProblem(source.file(), loc.sheet(), loc.line(), loc.column(), p.path(), message);
  }

  @Override
  public void close() throws IOException {
    Parallel p = parallel;
    if (p != null) {
      p.stop();
      p.join(); // it reads from the source being closed
    }
    try (UnitSource last = source) {
      for (UnitSource s : replaced) {
        s.close();
      }
    }
  }
}
