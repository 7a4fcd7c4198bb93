package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.ResultFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores every unit of a facts file. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every unit of a facts file against a scheme.",
      "Prints the results by group, highest total first. If any unit's facts have a",
      "problem, every problem is listed, nothing is written, and the exit code is 2."
    })
final class ScoreCommand implements Callable<Integer> {

  /** How to print the results. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--scheme",
      required = true,
      paramLabel = "ID|FILE",
      description = "A packaged scheme's id, or a scheme file.")
  String scheme = "";

  @Option(
      names = "--facts",
      required = true,
      paramLabel = "FILE",
      description = "The facts: a .yaml, .yml, .json or .csv file.")
  Path facts = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      description = "table (the default), json (every point explained) or csv.")
  Format format = Format.table;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the results to FILE, replaced only once complete, instead of printing.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Calculator calculator = Calculator.of(Inputs.scheme(scheme));
    List<ScoreCard> cards = Inputs.scoreAll(calculator, facts);
    ResultFormat f = ResultFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
    if (out != null) {
      ResultFiles.write(out, f, calculator.scheme(), cards);
    } else {
      PrintWriter o = spec.commandLine().getOut();
      ResultFiles.write(o, f, calculator.scheme(), cards);
      o.flush();
    }
    return Main.OK;
  }
}
