package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.ScoringException;
import io.github.kaoping.scoring.io.FileProblem;
import io.github.kaoping.scoring.io.InvalidFileException;
import io.github.kaoping.scoring.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code scoring} command. Exit codes: 0 on success, 2 on bad input (the problems on standard
 * error, nothing written to {@code --out}), 1 on an internal error. Text is read and written as
 * UTF-8 whatever the platform's default.
 */
@Command(
    name = "scoring",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Scores organisations against Chinese government performance-evaluation schemes",
      "(考评办法), explains every point, and lists the packaged schemes.",
      "",
      "Formats: docs/format.md. Exit codes: 0 success, 2 bad input, 1 internal error."
    },
    subcommands = {
      SchemesCommand.class,
      ShowCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      TemplateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for success. */
  static final int OK = 0;

  /** Exit code for an internal error. */
  static final int INTERNAL = 1;

  /** Exit code for bad input. */
  static final int BAD_INPUT = 2;

  /** The most problems printed; the count of the rest follows. */
  static final int SHOWN_PROBLEMS = 200;

  @Spec CommandSpec spec = CommandSpec.create();

  /** Without a subcommand: print the usage and fail as bad input. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing a command");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out standard output, written as UTF-8
   * @param err standard error, written as UTF-8
   * @return the exit code
   */
  static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    // problems quote the files: what a terminal would act on is shown escaped
    PrintWriter e =
        new PrintWriter(
            Printable.writer(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    CommandLine cli = new CommandLine(new Main());
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setOut(o);
    cli.setErr(e);
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> exitCode(ex, e, cmd.getCommandSpec().findOption("--out") != null));
    int code = cli.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /**
   * Prints what went wrong and returns the exit code.
   *
   * @param ex what went wrong
   * @param err standard error
   * @param writes whether the command writes a file, so that the problems end with "nothing
   *     written"
   * @return the exit code
   */
  static int exitCode(Exception ex, PrintWriter err, boolean writes) {
    if (ex instanceof InvalidFileException invalid) {
      printProblems(invalid, err, writes);
      return BAD_INPUT;
    }
    if (ex instanceof ScoringException s) {
      err.println(s.getMessage());
      return BAD_INPUT;
    }
    if (ex instanceof UserError u) {
      err.println("scoring: " + u.getMessage());
      return BAD_INPUT;
    }
    IOException io = ex instanceof IOException i ? i : null;
    if (ex instanceof UncheckedIOException u) {
      io = u.getCause();
    }
    if (io instanceof FileSystemException f && f.getReason() != null) {
      // our own refusals (a read-only --out, a link, a missing directory) say what and why
      err.println("scoring: " + f.getFile() + ": " + f.getReason());
      return BAD_INPUT;
    }
    if (io instanceof NoSuchFileException n) {
      err.println("scoring: " + n.getFile() + ": no such file");
      return BAD_INPUT;
    }
    if (io instanceof AccessDeniedException a) {
      err.println("scoring: " + a.getFile() + ": permission denied");
      return BAD_INPUT;
    }
    if (io != null) {
      err.println("scoring: " + io.getMessage());
      return BAD_INPUT;
    }
    err.println("scoring: internal error, please report it with the command that caused it:");
    ex.printStackTrace(err);
    return INTERNAL;
  }

  /**
   * Prints problems one a line, at most {@link #SHOWN_PROBLEMS} of them, then their count.
   *
   * @param invalid the problems, listed and counted
   * @param err standard error
   * @param writes whether the command writes a file: the count then says that nothing was written
   */
  static void printProblems(InvalidFileException invalid, PrintWriter err, boolean writes) {
    List<FileProblem> problems = invalid.problems();
    int shown = Math.min(problems.size(), SHOWN_PROBLEMS);
    for (int i = 0; i < shown; i++) {
      err.println(problems.get(i));
    }
    long more = invalid.total() - shown;
    if (more > 0) {
      err.println("... and " + more + " more problems");
    }
    err.println(
        invalid.total()
            + (invalid.total() == 1 ? " problem" : " problems")
            + (writes ? "; nothing written" : ""));
  }

  /**
   * The version and the commit the build was made from, as Maven wrote them into {@code
   * build.properties} beside this class (so they are found on the class path, on the module path
   * and in the shaded jar alike).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties build = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("build.properties")) {
        if (in != null) {
          build.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
      return new String[] {
        "scoring "
            + build.getProperty("version", "(development build)")
            + " (commit "
            + build.getProperty("commit", "unknown")
            + ")"
      };
    }
  }
}
