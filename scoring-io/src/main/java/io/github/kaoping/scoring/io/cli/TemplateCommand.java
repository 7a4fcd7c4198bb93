package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FileFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the workbook an office fills in with a year's facts. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an Excel workbook (.xlsx) for an office to fill in with a scheme's facts.",
      "It has a sheet per unit group, a row per unit (the units the scheme lists are filled in),",
      "a column per item with its title, clause and maximum, cells checked as they are",
      "typed; a sheet for occurrences, veto events and items not applicable; instructions",
      "in Chinese. Score the filled workbook with: score --scheme ID --facts FILE.xlsx"
    })
final class TemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--scheme",
      required = true,
      paramLabel = "ID|FILE",
      description = "A packaged scheme's id, or a scheme file.")
  String scheme = "";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The workbook to write, ending in .xlsx; replaced only once complete.")
  Path out = Path.of("");

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "The period (such as 2024) to fill in for the units the scheme lists.")
  @Nullable String period;

  @Override
  public Integer call() throws IOException {
    if (FileFormat.of(out).orElse(null) != FileFormat.XLSX) {
      throw new UserError(out + ": a template is a workbook: give a file ending in .xlsx");
    }
    Scheme s = Calculator.of(Inputs.scheme(scheme, spec.commandLine().getErr())).scheme();
    FactsFiles.template(out, s, Optional.ofNullable(period).map(String::strip));
    PrintWriter o = spec.commandLine().getOut();
    o.println(out + ": template for " + s.id() + " " + s.title());
    o.flush();
    return Main.OK;
  }
}
