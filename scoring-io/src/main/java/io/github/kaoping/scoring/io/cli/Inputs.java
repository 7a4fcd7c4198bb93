package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Problem;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Resolves the schemes and facts the commands are given. */
final class Inputs {

  private Inputs() {}

  /**
   * A packaged scheme by id, or a scheme file; what is valid but probably unintended in it is
   * printed as a warning, which fails nothing.
   */
  static Scheme scheme(String idOrFile, PrintWriter err) throws IOException {
    Optional<Regulation> packaged = Regulation.byId(idOrFile);
    if (packaged.isPresent()) {
      Scheme scheme = packaged.get().scheme();
      for (Problem w : Calculator.warnings(scheme)) {
        err.println("scoring: warning: " + idOrFile + ": " + w);
      }
      return scheme;
    }
    Path file = Path.of(idOrFile);
    if (FileFormat.of(file).isPresent() || Files.exists(file)) {
      FileFormat format = FileFormat.of(file).orElse(FileFormat.CSV);
      if (format == FileFormat.CSV || format == FileFormat.JSONL) {
        throw new UserError(idOrFile + ": a scheme file must end in .yaml, .yml or .json");
      }
      return SchemeFiles.read(file, w -> err.println("scoring: warning: " + w));
    }
    String ids =
        Arrays.stream(Regulation.values()).map(Regulation::id).collect(Collectors.joining(", "));
    throw new UserError(
        "no packaged scheme '"
            + idOrFile
            + "' and no such file; "
            + (ids.isEmpty() ? "there are no packaged schemes yet" : "packaged schemes: " + ids));
  }

  /** Checks a facts file's extension before it is opened. */
  static Path factsFile(Path file) {
    if (FileFormat.of(file).isEmpty()) {
      throw new UserError(
          file + ": a facts file must end in .yaml, .yml, .json, .jsonl, .csv or .xlsx");
    }
    return file;
  }

  /**
   * Scores the units of a facts file that a filter picks, reading one unit at a time, or throws
   * listing the problems of every unit: a result is never given for part of a file.
   */
  static List<ScoreCard> score(Calculator calculator, Path facts, Predicate<UnitFacts> picked)
      throws IOException {
    List<ScoreCard> cards = new ArrayList<>();
    try (FactsReader reader = FactsFiles.open(factsFile(facts), calculator)) {
      reader.readEach(
          unit -> {
            if (picked.test(unit)) {
              cards.add(calculator.score(unit));
            }
          });
    }
    return cards;
  }
}
