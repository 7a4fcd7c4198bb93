package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.io.NodeSelection;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.ResultFormat;
import io.github.kaoping.scoring.io.Results;
import io.github.kaoping.scoring.io.SkippedOutcome;
import io.github.kaoping.scoring.io.WriteOption;
import io.github.kaoping.scoring.standings.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores every unit of a facts file, ranks and tiers them. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      // the first line is the summary in `scoring --help`: a whole sentence
      "Scores every unit of a facts file against a scheme, then ranks and tiers them.",
      "Ranks and tiers follow the scheme's outcome rules: ranks, awards, withheld awards,",
      "ties at award cuts, bands. Grades (hubei) are decided from each unit's grading and",
      "the file's gradedOn date.",
      "Facts are read one unit at a time, so a file of any number of units is scored in",
      "memory proportional to the number of units. If any unit's facts have a problem, every",
      "problem is listed, nothing is written, and the exit code is 2.",
      "Outcomes that cannot be decided are named on standard error: an improvement without",
      "--previous, and a grading whose units give no grading (a CSV file cannot)."
    })
final class ScoreCommand implements Callable<Integer> {

  /** How to print the results. */
  enum Format {
    table,
    json,
    csv,
    xlsx
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin SchemeAndFacts inputs = new SchemeAndFacts();

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "Last period's facts, for the scheme's improvement outcomes (进步奖).")
  @Nullable Path previous;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv|xlsx",
      description = {
        "table (the default), json (everything, reads back), csv, or xlsx: an Excel workbook",
        "with a sheet per outcome and group, every unit's node points and an explanation",
        "(with --out FILE.xlsx, the default for such a file)."
      })
  @Nullable Format format;

  @Option(
      names = "--nodes",
      paramLabel = "all|none|DEPTH|ID,...",
      description = {
        "CSV and xlsx: the nodes whose points get a column each, after the fixed columns, in the",
        "scheme's order: all (the default), none, a depth (0 the root, 1 the sections, 2 their",
        "items) or node ids joined by commas. JSON always holds every node's points."
      })
  @Nullable String nodes;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = {
        "Write the results to FILE, replaced only once complete, instead of printing.",
        "A read-only file, a directory or device and a symbolic link are refused."
      })
  @Nullable Path out;

  @Option(
      names = "--follow-links",
      description = "With --out: write through a symbolic link to the file it names.")
  boolean followLinks;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = {
        "Threads that check and score the units while one reads the file, and that render",
        "JSON and CSV results: all of the machine's cores by default. The results are the",
        "same, byte for byte, for any N."
      })
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--bom",
      description = "With --format csv: begin with a UTF-8 byte-order mark, for Excel.")
  boolean bom;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new UserError("--threads must be at least 1");
    }
    if (bom && format != Format.csv) {
      throw new UserError("--bom is for --format csv"); // a workbook or JSON needs none
    }
    List<WriteOption> options = new ArrayList<>();
    if (bom) {
      options.add(WriteOption.BYTE_ORDER_MARK);
    }
    if (followLinks) {
      options.add(WriteOption.FOLLOW_LINKS);
    }
    WriteOption[] given = options.toArray(new WriteOption[0]);
    if (out != null) {
      ResultFiles.checkWritable(out, given); // before the work, not after it
    }
    PrintWriter err = spec.commandLine().getErr();
    Calculator calculator = inputs.calculator(err);
    Scheme s = calculator.scheme();
    Language language = inputs.language(s);
    Path last = previous;
    if (last != null && s.outcomes().stream().noneMatch(o -> o instanceof Improvement)) {
      // a note for the clerk, in the language the results speak, as the notes below
      err.println(
          language == Language.CHINESE
              ? "scoring: 提示：考评办法 " + s.id() + " 没有进步奖，未读取 --previous"
              : "scoring: note: scheme "
                  + s.id()
                  + " has no improvement outcome; --previous is not read");
      last = null;
    } else if (last != null) {
      Inputs.factsFile(last);
    }
    Path file = out;
    boolean workbookOut = file != null && ResultFiles.formatOf(file) == ResultFormat.XLSX;
    Format chosen = format != null ? format : workbookOut ? Format.xlsx : Format.table;
    if (chosen == Format.xlsx && !workbookOut) {
      throw new UserError("--format xlsx writes a workbook: give --out FILE.xlsx");
    }
    if (chosen != Format.xlsx && workbookOut) {
      throw new UserError("--out " + file + " is a workbook: give --format xlsx, or another name");
    }
    NodeSelection columns = NodeSelection.all();
    if (nodes != null) {
      if (chosen != Format.csv && chosen != Format.xlsx) {
        throw new UserError("--nodes chooses CSV or xlsx columns; give it with --format csv|xlsx");
      }
      try {
        columns = NodeSelection.parse(nodes);
        columns.nodeIds(s); // checked before any unit is scored
      } catch (IllegalArgumentException e) {
        throw new UserError("--nodes " + e.getMessage());
      }
    }
    // the vetoes' reasons in the language the rest speaks (results JSON holds them)
    Results results =
        Results.score(calculator, Inputs.factsFile(inputs.facts), last, threads, language);
    for (SkippedOutcome skipped : results.skipped()) {
      // for the clerk, in the language the results speak; the outcome's id too, for --set and logs
      err.println(
          language == Language.CHINESE
              ? "scoring: 提示：" + skipped.outcomeId() + " " + skipped.describe(language) + "；已跳过"
              : "scoring: note: outcome "
                  + skipped
                  + (skipped.reason() == SkippedOutcome.Reason.NO_PREVIOUS_PERIOD
                      ? " (give them with --previous FILE)"
                      : "")
                  + "; skipped");
    }
    err.flush();
    ResultFormat f = ResultFormat.valueOf(chosen.name().toUpperCase(Locale.ROOT));
    if (file != null) {
      ResultFiles.write(file, f, s, results, columns, language, threads, given);
    } else {
      PrintWriter o = spec.commandLine().getOut();
      if (bom) {
        o.write('\uFEFF');
      }
      ResultFiles.write(o, f, s, results, columns, language, threads);
      o.flush();
    }
    return Main.OK;
  }
}
