package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.io.Explanation;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Explains one unit's points. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains every point of one unit's score.",
      "Each line names the rule, clause and facts that produced it, and who recorded them.",
      "As JSON or YAML, the same lines as data; ResultFiles.readExplanation reads them back."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin SchemeAndFacts inputs = new SchemeAndFacts();

  @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit.")
  String unit = "";

  /** How to print the explanation. */
  enum Format {
    text,
    json,
    yaml
  }

  @Option(
      names = "--format",
      paramLabel = "text|json|yaml",
      description = "text (the default), or json or yaml: the same lines as data, which read back.")
  Format format = Format.text;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "The period, if the facts hold the unit for more than one.")
  @Nullable String period;

  @Override
  public Integer call() throws IOException {
    Path facts = inputs.facts;
    List<ScoreCard> cards =
        Inputs.score(
            inputs.calculator(spec.commandLine().getErr()),
            facts,
            u ->
                u.unitId().equals(unit)
                    && (period == null || u.period().orElse("").equals(period)));
    if (cards.isEmpty()) {
      throw new UserError(
          facts + ": no unit '" + unit + "'" + (period == null ? "" : " in period " + period));
    }
    if (cards.size() > 1) {
      throw new UserError(
          facts
              + ": unit '"
              + unit
              + "' is recorded for the periods "
              + cards.stream()
                  .map(c -> c.period().orElse("(none)"))
                  .collect(Collectors.joining(", "))
              + "; choose one with --period");
    }
    PrintWriter out = spec.commandLine().getOut();
    ScoreCard card = cards.get(0);
    switch (format) {
      case text -> {
        // ids, titles and notes come from files: shown escaped where a terminal would act on them
        Writer text = Printable.writer(out);
        text.write(card.explain());
        text.flush();
      }
      case json -> ResultFiles.write(out, FileFormat.JSON, Explanation.of(card));
      case yaml -> ResultFiles.write(out, FileFormat.YAML, Explanation.of(card));
    }
    out.flush();
    return Main.OK;
  }
}
