package io.github.kaoping.scoring.standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lookups and plain-text tables for the results. */
final class Tables {

  private Tables() {}

  static <T> T find(List<T> items, Function<T, String> id, String key, String owner) {
    for (T item : items) {
      if (id.apply(item).equals(key)) {
        return item;
      }
    }
    throw new IllegalArgumentException(
        owner + " has no " + key + "; it has " + items.stream().map(id).toList());
  }

  static Optional<UnitStanding> standing(
      String outcomeId, List<RankedGroup> groups, String unitId) {
    for (RankedGroup g : groups) {
      Optional<Placing> p = g.placing(unitId);
      if (p.isPresent()) {
        Placing placing = p.get();
        return Optional.of(
            new UnitStanding(
                outcomeId,
                g.group(),
                placing.value(),
                placing.rank(),
                placing.position(),
                placing.awards()));
      }
    }
    return Optional.empty();
  }

  /** The heading above the decisions left to the office. */
  static String decisionsHeading(int count, Language language) {
    return language == Language.CHINESE
        ? "须由考评办决定的事项（" + count + "项）："
        : "The office must decide (" + count + "):";
  }

  static String ranked(OutcomeResult result, List<RankedGroup> groups, boolean improvement) {
    Language language = Language.of(result.title());
    StringBuilder s = heading(result);
    for (RankedGroup g : groups) {
      s.append("group ").append(g.group()).append('\n');
      List<List<String>> rows = new ArrayList<>();
      rows.add(
          improvement
              ? List.of(
                  "rank", "position", "unit", "improvement", "score", "previous", "awards", "notes")
              : List.of("rank", "position", "unit", "score", "awards", "notes"));
      for (Placing p : g.placings()) {
        List<String> row = new ArrayList<>();
        row.add(p.rank().map(String::valueOf).orElse("-"));
        row.add(p.position().map(String::valueOf).orElse("-"));
        row.add(p.unitId());
        row.add(p.value().toString());
        if (improvement) {
          row.add(p.score().toString());
          row.add(p.previous().map(Object::toString).orElse(""));
        }
        row.add(String.join(", ", p.awards()));
        List<String> notes = new ArrayList<>();
        if (p.disqualified()) {
          notes.add(p.position().isPresent() ? "disqualified" : "disqualified, ranked apart");
        }
        for (Withheld w : p.withheld()) {
          // A tie at a cut is said in the scheme's language, as the decisions it leads to.
          notes.add(w.reason() == Withheld.Reason.TIE_AT_CUT ? w.describe(language) : w.toString());
        }
        row.add(String.join("; ", notes));
        rows.add(row);
      }
      align(rows, s);
      for (CutTie t : g.cutTies()) {
        s.append("  ").append(t.describe(language)).append('\n');
      }
      for (OfficeDecision d : g.decisions()) {
        s.append("  ！").append(d.text()).append('\n');
      }
      if (!g.withoutPrevious().isEmpty()) {
        s.append("  without last period's card: ")
            .append(String.join(", ", g.withoutPrevious()))
            .append('\n');
      }
    }
    return s.toString();
  }

  static String banded(BandingResult result) {
    StringBuilder s = heading(result);
    for (BandedGroup g : result.bandedGroups()) {
      s.append("group ").append(g.group()).append('\n');
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("unit", "score", "band"));
      for (Banded b : g.units()) {
        rows.add(List.of(b.unitId(), b.score().toString(), b.band().orElse("")));
      }
      align(rows, s);
    }
    return s.toString();
  }

  private static StringBuilder heading(OutcomeResult result) {
    StringBuilder s = new StringBuilder();
    s.append(result.outcomeId()).append(' ').append(result.title());
    result.clause().ifPresent(c -> s.append(" [").append(c).append(']'));
    return s.append('\n');
  }

  /** Pads columns to a common width, counting CJK characters as two columns. */
  private static void align(List<List<String>> rows, StringBuilder s) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - width(cell) + 2));
        }
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static int width(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
