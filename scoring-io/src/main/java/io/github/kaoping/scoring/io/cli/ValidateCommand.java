package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Grading;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.FactsFiles;
import io.github.kaoping.scoring.io.FactsReader;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.Results;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.schemes.Regulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a scheme or facts file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a scheme or facts file and lists every problem in it.",
      "A facts file is a YAML or JSON file with 'units', a CSV file or a workbook (.xlsx).",
      "Each problem names its file, line and column (in a workbook, its sheet and cell) and",
      "node path; the exit code is 2 if there is any."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(paramLabel = "FILE", description = "The scheme or facts file.")
  Path file = Path.of("");

  @Option(
      names = "--scheme",
      paramLabel = "ID|FILE",
      description = {
        "For a facts file: the scheme to check the facts against (required for CSV and",
        "workbooks). Without it a YAML or JSON facts file is checked against the scheme it",
        "names ('scheme:' at its top), or for its format only if it names none; facts naming",
        "another scheme than this are refused."
      })
  @Nullable String scheme;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    FileFormat format =
        FileFormat.of(file)
            .orElseThrow(
                () ->
                    new UserError(
                        file + ": expected a .yaml, .yml, .json, .jsonl, .csv or .xlsx file"));
    boolean table = format == FileFormat.CSV || format == FileFormat.XLSX;
    boolean facts = table || FactsFiles.isFacts(file);
    if (!facts) {
      PrintWriter err = spec.commandLine().getErr();
      Scheme s = SchemeFiles.read(file, w -> err.println("scoring: warning: " + w));
      out.println(
          file
              + ": valid scheme "
              + s.id()
              + " ("
              + count(s.sections())
              + " nodes, "
              + s.groups().size()
              + " groups)");
      return Main.OK;
    }
    // counted, not kept: a facts file of any size is validated in bounded memory
    long[] units = new long[1];
    String against;
    String scheme = this.scheme;
    Optional<String> named = table ? Optional.empty() : FactsFiles.schemeOf(file);
    if (scheme == null && named.isPresent() && Regulation.byId(named.get()).isPresent()) {
      scheme = named.get(); // the packaged scheme the file names
    }
    if (scheme != null) {
      Calculator calculator = Calculator.of(Inputs.scheme(scheme, spec.commandLine().getErr()));
      try (FactsReader r = FactsFiles.open(file, calculator)) {
        r.readEach(u -> units[0]++);
      }
      against = ", checked against scheme " + calculator.scheme().id();
      if (calculator.scheme().outcomes().stream().anyMatch(o -> o instanceof Grading)) {
        // the units' gradings are checked by deciding them
        int graded =
            Results.score(calculator, file, null).gradings().stream()
                .mapToInt(g -> g.decisions().size())
                .sum();
        against += ", and the gradings of " + graded + " units";
      }
    } else if (table) {
      throw new UserError(
          file
              + ": a "
              + (format == FileFormat.CSV ? "CSV facts file" : "workbook")
              + " is checked with --scheme ID|FILE");
    } else {
      try (FactsReader r = FactsFiles.open(file)) {
        r.readEach(u -> units[0]++);
      }
      against =
          named
              .map(
                  id ->
                      "; format only: they name scheme "
                          + id
                          + ", which is not packaged; give --scheme FILE to check them against it")
              .orElse("; format only: give --scheme to check them against a scheme");
    }
    out.println(file + ": valid facts of " + units[0] + " units" + against);
    return Main.OK;
  }

  private static int count(List<Node> nodes) {
    int n = 0;
    for (Node node : nodes) {
      n += 1 + count(node.children());
    }
    return n;
  }
}
