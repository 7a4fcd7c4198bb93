package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.io.Explanation;
import io.github.kaoping.scoring.io.FileFormat;
import io.github.kaoping.scoring.io.ResultFiles;
import io.github.kaoping.scoring.io.Results;
import io.github.kaoping.scoring.standings.ExplanationText;
import io.github.kaoping.scoring.standings.Language;
import io.github.kaoping.scoring.standings.StandingsException;
import io.github.kaoping.scoring.text.Nearest;
import io.github.kaoping.scoring.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      "It starts with the verdict: the total, whether a veto disqualified the unit and why, and",
      "its rank and awards, if the facts file holds every unit of its group (with --previous,",
      "its improvement too). Then each line names the rule, clause and facts that produced it,",
      "who recorded them and each fact's note. Items at full marks that no fact touched are",
      "folded; --all lists them.",
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

  @Option(
      names = "--all",
      description = "List every item, also those at full marks that no fact touched.")
  boolean all;

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "Last period's facts, for the rank under the scheme's improvement outcomes.")
  @Nullable Path previous;

  @Override
  public Integer call() throws IOException {
    Path facts = inputs.facts;
    Calculator calculator = inputs.calculator(spec.commandLine().getErr());
    List<ScoreCard> cards =
        Inputs.score(
            calculator,
            facts,
            u ->
                u.unitId().equals(unit)
                    && (period == null || u.period().orElse("").equals(period)));
    if (cards.isEmpty()) {
      List<String> ids = new ArrayList<>();
      Inputs.score(
          calculator,
          facts,
          u -> {
            ids.add(u.unitId()); // only the ids, to suggest the nearest
            return false;
          });
      throw new UserError(
          facts
              + ": no unit '"
              + unit
              + "'"
              + (period == null ? "" : " in period " + period)
              + Nearest.suggestion(unit, ids));
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
      // ids, titles and notes come from files: shown escaped where a terminal would act on them
      case text -> {
        Writer shown = Printable.writer(out);
        shown.write(text(calculator, card));
        shown.flush();
      }
      // JSON and YAML escape control characters themselves; the lines' words in the language
      // asked for, as the text speaks it
      case json, yaml ->
          ResultFiles.write(
              out,
              format == Format.json ? FileFormat.JSON : FileFormat.YAML,
              Explanation.of(card.language(inputs.language(calculator.scheme()))));
    }
    out.flush();
    return Main.OK;
  }

  /** The explanation in words: the verdict with the rank if the file holds the unit's groups. */
  private String text(Calculator calculator, ScoreCard card) throws IOException {
    Scheme scheme = calculator.scheme();
    Language language = inputs.language(scheme);
    boolean zh = language == Language.CHINESE;
    ExplanationText text = ExplanationText.of(card).scheme(scheme).language(language).all(all);
    Path last = previous;
    if (last != null) {
      Inputs.factsFile(last);
    }
    Results results;
    try {
      results = Results.score(calculator, Inputs.factsFile(inputs.facts), last);
    } catch (StandingsException e) {
      return text.rankUnknown(String.valueOf(e.getMessage())).render();
    }
    Set<String> present = new HashSet<>();
    results.units().forEach(u -> present.add(u.unitId()));
    List<String> missing = new ArrayList<>();
    for (UnitGroup g : scheme.groups()) {
      if (rankedWith(scheme, card.group(), g.id())) {
        g.units().stream().map(Unit::id).filter(id -> !present.contains(id)).forEach(missing::add);
      }
    }
    if (!missing.isEmpty()) {
      return text.rankUnknown(
              (zh ? "事实文件中缺少同组排名的单位：" : "the facts file lacks units ranked with it: ")
                  + String.join(zh ? "、" : ", ", missing))
          .render();
    }
    return text.standings(results.standings()).render();
  }

  /**
   * Is a unit of group {@code group} ranked, tiered or banded together with group {@code other}?
   */
  private static boolean rankedWith(Scheme scheme, String group, String other) {
    if (group.equals(other)) {
      return true;
    }
    for (Outcome o : scheme.outcomes()) {
      boolean across = o instanceof Ranking r && r.acrossGroups();
      List<String> groups = o.groups();
      if (across && (groups.isEmpty() || (groups.contains(group) && groups.contains(other)))) {
        return true;
      }
    }
    return false;
  }
}
