package io.github.kaoping.scoring.io;

import java.util.List;

/**
 * Thrown when a file's content is wrong: it lists every problem found in the file, each with its
 * line, column and node path, not only the first. Nothing read from such a file is returned.
 *
 * <p>A file that cannot be read at all (missing, unreadable) is an {@link java.io.IOException}
 * instead.
 */
public final class InvalidFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order of the file; the records are not serializable. */
  @SuppressWarnings("serial") // problems are immutable records; serialisation is not supported
  private final List<FileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param file the file, as named to the user
   * @param problems every problem found, not empty
   */
  public InvalidFileException(String file, List<FileProblem> problems) {
    super(describe(file, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in the order of the file} */
  public List<FileProblem> problems() {
    return problems;
  }

  private static String describe(String file, List<FileProblem> problems) {
    StringBuilder s = new StringBuilder(file).append(" is invalid (").append(problems.size());
    s.append(problems.size() == 1 ? " problem)" : " problems)");
    for (FileProblem p : problems) {
      s.append(System.lineSeparator()).append("  ").append(p);
    }
    return s.toString();
  }
}
