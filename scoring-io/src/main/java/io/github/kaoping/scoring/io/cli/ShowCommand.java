package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.SchemeFiles;
import io.github.kaoping.scoring.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a scheme's tree, or exports it as a scheme file. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a scheme's tree, or exports it as a YAML or JSON scheme file.",
      "The tree shows every node's maximum, clause and rule, the vetoes and the outcomes."
    })
final class ShowCommand implements Callable<Integer> {

  /** What to print. */
  enum Format {
    tree,
    yaml,
    json
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(paramLabel = "SCHEME", description = "A packaged scheme's id, or a scheme file.")
  String scheme = "";

  @Option(
      names = "--format",
      paramLabel = "tree|yaml|json",
      description = "tree (the default), or yaml or json to export the scheme file.")
  Format format = Format.tree;

  @Override
  public Integer call() throws IOException {
    Scheme s = Inputs.scheme(scheme, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case tree -> {
        Writer terminal = Printable.writer(out);
        terminal.write(SchemeTree.render(s));
        terminal.flush();
      }
      case yaml -> SchemeFiles.write(out, s, FileFormat.YAML);
      case json -> SchemeFiles.write(out, s, FileFormat.JSON);
    }
    out.flush();
    return Main.OK;
  }
}
