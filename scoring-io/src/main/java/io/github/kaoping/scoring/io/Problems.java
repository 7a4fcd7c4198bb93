package io.github.kaoping.scoring.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, so that every problem is reported at once. Keeps at most
 * {@link #MAX} of them and counts the rest: past that the file is hopeless, a longer list helps
 * nobody, and a million bad rows must not take a million problems' memory.
 */
final class Problems {

  /** The most problems kept for one file. */
  static final int MAX = 1000;

  private final String file;
  private final List<FileProblem> list = new ArrayList<>();
  private long dropped;

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** Records a problem at a location. */
  void at(Doc.Loc loc, String path, String message) {
    add(new FileProblem(file, loc.sheet(), loc.line(), loc.column(), path.strip(), message));
  }

  /** Records a problem at a line and column. */
  void at(int line, int column, String path, String message) {
    add(new FileProblem(file, line, column, path.strip(), message));
  }

  void add(FileProblem problem) {
    if (list.size() < MAX) {
      list.add(problem);
    } else {
      dropped++;
    }
  }

  /** Records the problems of one unit (or of the file) that a reader threw. */
  void addAll(InvalidFileException e) {
    e.problems().forEach(this::add);
    dropped += e.unlisted();
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /** How many problems were recorded but not kept. */
  long dropped() {
    return dropped;
  }

  /** The problems kept so far, sorted by line and column (stable for equal positions). */
  List<FileProblem> sorted() {
    if (list.isEmpty()) {
      return List.of(); // most units have none
    }
    List<FileProblem> out = new ArrayList<>(list);
    out.sort(
        Comparator.comparingInt((FileProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
            .thenComparingInt(FileProblem::column));
    return out;
  }

  /** The problems kept so far, in the order found (a workbook's: sheet by sheet, row by row). */
  List<FileProblem> inOrder() {
    return new ArrayList<>(list);
  }

  /** Throws if any problem was recorded. */
  void throwIfAny() {
    if (!list.isEmpty()) {
      throw exception();
    }
  }

  /** The exception listing the problems; there must be at least one. */
  InvalidFileException exception() {
    return new InvalidFileException(file, sorted(), dropped);
  }

  /** Forgets every problem, for a reader that reports them unit by unit. */
  void clear() {
    list.clear();
    dropped = 0;
  }
}
