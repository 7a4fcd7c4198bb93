package io.github.kaoping.scoring.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The known ids nearest to a mistyped one, to suggest in an error: {@code s4.5.2} for {@code
 * s4.52}. None of the chosen libraries offers an edit distance (Guava and Eclipse Collections do
 * not), so this is the short textbook one.
 */
public final class Nearest {

  private Nearest() {}

  /**
   * The known ids within a small edit distance of {@code given} (a third of its length, at least
   * one, at most three edits), nearest first, then in the order given; at most three.
   *
   * @param given the id that was not found
   * @param known the ids that exist
   * @return the nearest ids; empty if none is near
   */
  public static List<String> to(String given, Iterable<String> known) {
    int limit = Math.min(3, Math.max(1, given.length() / 3));
    record Near(String id, int distance, int order) {}
    List<Near> near = new ArrayList<>();
    int order = 0;
    for (String id : known) {
      // ids much longer or shorter cannot be near; skip them before the quadratic work
      if (!id.equals(given) && Math.abs(id.length() - given.length()) <= limit) {
        int d = distance(given, id);
        if (d <= limit) {
          near.add(new Near(id, d, order));
        }
      }
      order++;
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparingInt(Near::order));
    return near.stream().limit(3).map(Near::id).toList();
  }

  /**
   * The suggestion to end an error with: {@code "; did you mean s4.5.2?"}, or nothing.
   *
   * @param given the id that was not found
   * @param known the ids that exist
   * @return the suggestion, starting with {@code "; "}; empty if no id is near
   */
  public static String suggestion(String given, Iterable<String> known) {
    List<String> near = to(given, known);
    if (near.isEmpty()) {
      return "";
    }
    return "; did you mean "
        + (near.size() == 1
            ? near.get(0)
            : String.join(", ", near.subList(0, near.size() - 1))
                + " or "
                + near.get(near.size() - 1))
        + "?";
  }

  /**
   * The Damerau (optimal string alignment) distance: insertions, deletions, substitutions and swaps
   * of two neighbours each count one.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
