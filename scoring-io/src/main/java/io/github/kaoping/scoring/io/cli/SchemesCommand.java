package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.SchemeInfo;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.text.TextTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the packaged schemes. */
@Command(
    name = "schemes",
    mixinStandardHelpOptions = true,
    description = "Lists the packaged schemes: id, title, 文号, issuer and date of issue.")
final class SchemesCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    TextTable table =
        TextTable.of(
            List.of("id", "title", "文号", "issuer", "issued"),
            List.of(
                TextTable.Align.LEFT,
                TextTable.Align.LEFT,
                TextTable.Align.LEFT,
                TextTable.Align.LEFT,
                TextTable.Align.LEFT));
    for (Regulation r : Regulation.values()) {
      SchemeInfo info = r.scheme().info();
      table.add(
          List.of(
              r.id(),
              r.scheme().title(),
              info.documentNumber().orElse("-"),
              info.issuer().orElse("-"),
              info.issued().map(Object::toString).orElse("-")));
    }
    spec.commandLine().getOut().print(table.render());
    if (Regulation.values().length == 0) {
      spec.commandLine().getOut().println("(no packaged schemes in this build)");
    }
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
