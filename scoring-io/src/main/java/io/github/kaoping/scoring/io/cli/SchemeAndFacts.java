package io.github.kaoping.scoring.io.cli;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.standings.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options {@code score} and {@code explain} share: the scheme, its parameters, the facts. */
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
      description = "The facts: a .yaml, .yml, .json, .jsonl, .csv or .xlsx file.")
  Path facts = Path.of("");

  @Option(
      names = "--set",
      paramLabel = "ID=VALUE",
      description = {
        "Sets a parameter of the scheme for this run: a number the text does not give, which",
        "the office sets (award places, an amount per occurrence). Repeat for several; it",
        "replaces the value in the scheme file. `scoring show` lists a scheme's parameters."
      })
  Map<String, String> set = new LinkedHashMap<>();

  /** The languages {@code --lang} names. */
  enum Lang {
    zh,
    en
  }

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      description = {
        "The language of every word for people the output adds: zh (Chinese) or en (English).",
        "It covers headers and notes, the explanation's lines and verdict, the vetoes' reasons",
        "(in JSON results and explanations too), the recording policy and the notes on standard",
        "error. Titles, clauses and award labels are the scheme's own; ids, JSON keys, CSV column",
        "names and the values programs read do not change. The default is the scheme's:",
        "Chinese where its title is Chinese."
      })
  @Nullable Lang lang;

  /** The language asked for, or the scheme's. */
  Language language(Scheme s) {
    Lang l = lang;
    if (l == null) {
      return Language.of(s.title());
    }
    return l == Lang.zh ? Language.CHINESE : Language.ENGLISH;
  }

  /** The scheme named, with the parameters {@code --set} gives; warnings go to {@code err}. */
  Scheme scheme(PrintWriter err) throws IOException {
    Scheme s = Inputs.scheme(scheme, err);
    if (set.isEmpty()) {
      return s;
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    set.forEach(
        (id, value) -> {
          try {
            values.put(id, new BigDecimal(value.strip()));
          } catch (NumberFormatException e) {
            bad.add("--set " + id + "=" + value + ": the value must be a plain decimal number");
          }
        });
    if (!bad.isEmpty()) {
      throw new UserError(String.join("; ", bad));
    }
    try {
      return s.withParameters(values);
    } catch (IllegalArgumentException e) {
      throw new UserError("--set: " + e.getMessage());
    }
  }

  /** The calculator of the scheme named, with its parameters set; warnings go to {@code err}. */
  Calculator calculator(PrintWriter err) throws IOException {
    return Calculator.of(scheme(err));
  }
}
