package io.github.kaoping.scoring.io;

import java.util.List;

/**
 * Thrown when a file's content is wrong: it lists every problem found in the file, each with its
 * line, column and node path, not only the first. Nothing read from such a file is returned.
 *
 * <p>A hopeless file (a million bad rows) does not list a million problems: the first thousand are
 * listed, in the order of the file, and the rest are only counted ({@link #unlisted()}), so that
 * reporting them takes bounded memory.
 *
 * <p>A file that cannot be read at all (missing, unreadable) is an {@link java.io.IOException}
 * instead.
 */
public final class InvalidFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order of the file; the records are not serializable. */
  @SuppressWarnings("serial") // problems are immutable records; serialisation is not supported
  private final List<FileProblem> problems;

  /** How many more problems were found than are listed. */
  private final long unlisted;

  /**
   * Creates the exception.
   *
   * @param file the file, as named to the user
   * @param problems every problem found, not empty
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidFileException(String file, List<FileProblem> problems) {
    this(file, problems, 0);
  }

  /**
   * Creates the exception for a file with more problems than are listed.
   *
   * @param file the file, as named to the user
   * @param problems the problems listed, not empty
   * @param unlisted how many more problems were found but not listed, at least 0
   * @throws IllegalArgumentException if there is no problem, or {@code unlisted} is negative
   */
  public InvalidFileException(String file, List<FileProblem> problems, long unlisted) {
    super(describe(file, problems, unlisted));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
    if (unlisted < 0) {
      throw new IllegalArgumentException("a negative count of unlisted problems: " + unlisted);
    }
    this.problems = List.copyOf(problems);
    this.unlisted = unlisted;
  }

  /**
   * {@return the problems listed, in the order of the file: every one found, or the first thousand}
   */
  public List<FileProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those {@linkplain #problems() listed}.
   *
   * @return the count, 0 when every problem is listed
   */
  public long unlisted() {
    return unlisted;
  }

  /**
   * Returns how many problems were found: those listed and those only counted.
   *
   * @return the count, at least 1
   */
  public long total() {
    return problems.size() + unlisted;
  }

  private static String describe(String file, List<FileProblem> problems, long unlisted) {
    long total = problems.size() + unlisted;
    StringBuilder s = new StringBuilder(file).append(" is invalid (").append(total);
    s.append(total == 1 ? " problem" : " problems");
    if (unlisted > 0) {
      s.append(", the first ").append(problems.size()).append(" listed");
    }
    s.append(')');
    for (FileProblem p : problems) {
      s.append("\n  ").append(p); // the same message on every platform
    }
    return s.toString();
  }
}
