package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code score} and {@code explain} share: the scheme and the facts. */
final class SchemeAndFacts {

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

  /** The calculator of the scheme named; warnings go to {@code err}. */
  Calculator calculator(PrintWriter err) throws IOException {
    return Calculator.of(Inputs.scheme(scheme, err));
  }
}
