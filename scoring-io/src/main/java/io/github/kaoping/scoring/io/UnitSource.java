package io.github.kaoping.scoring.io;

import java.io.Closeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a {@link FactsReader} takes its units from: a YAML or JSON tree, or CSV rows. */
interface UnitSource extends Closeable {

  /**
   * What reading ahead found: a unit (whose facts may be null if it could not be read), or problems
   * of the file itself; the problems of either are listed.
   *
   * @param unit the unit, or null for problems of the file alone
   * @param problems the problems found while reading it, located: every one, or the first {@link
   *     Problems#MAX}
   * @param unlisted how many more problems were found but not listed
   */
  record Item(FactsCodec.@Nullable Parsed unit, List<FileProblem> problems, long unlisted) {

    /** What was read, with the problems recorded so far. */
    static Item of(FactsCodec.@Nullable Parsed unit, Problems problems) {
      return new Item(unit, problems.sorted(), problems.dropped());
    }
  }

  /** Reads ahead to the next unit or file problem; null at the end of the file. */
  @Nullable Item next();

  /** The file's name, for problems. */
  String file();

  /**
   * The day the file's gradings are decided as of ({@code gradedOn}), once read: a YAML or JSON
   * file may give it before or after its units.
   */
  default Optional<LocalDate> gradedOn() {
    return Optional.empty();
  }
}
