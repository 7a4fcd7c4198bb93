package io.github.kaoping.scoring.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, so that every problem is reported at once. Keeps at most
 * {@link #MAX} of them: past that the file is hopeless and a longer list helps nobody.
 */
final class Problems {

  /** The most problems kept for one file. */
  static final int MAX = 1000;

  private final String file;
  private final List<FileProblem> list = new ArrayList<>();
  private int dropped;

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

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /** The problems so far, sorted by line and column (stable for equal positions). */
  List<FileProblem> sorted() {
    List<FileProblem> out = new ArrayList<>(list);
    out.sort(
        Comparator.comparingInt((FileProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
            .thenComparingInt(FileProblem::column));
    return withDropped(out);
  }

  /** The problems so far, in the order found (a workbook's: sheet by sheet, row by row). */
  List<FileProblem> inOrder() {
    return withDropped(new ArrayList<>(list));
  }

  private List<FileProblem> withDropped(List<FileProblem> out) {
    if (dropped > 0) {
      out.add(
          new FileProblem(file, 0, 0, "", dropped + " more problems not listed; fix these first"));
    }
    return out;
  }

  /** Throws if any problem was recorded. */
  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidFileException(file, sorted());
    }
  }

  /** Forgets every problem, for a reader that reports them unit by unit. */
  void clear() {
    list.clear();
    dropped = 0;
  }
}
