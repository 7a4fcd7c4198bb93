package io.github.kaoping.scoring.standings;

/**
 * The language results speak to the people who read them: Chinese where the scheme is Chinese,
 * English otherwise. The words the standings write themselves (ties at a cut, withheld awards,
 * decisions left to the office) follow it; titles, clauses and award labels are the scheme's own.
 */
public enum Language {
  /** 中文: the language of every packaged scheme. */
  CHINESE,
  /** English, for a scheme whose titles are not Chinese. */
  ENGLISH;

  /**
   * The language of a scheme (or an outcome) by its title: Chinese if the title holds a Han
   * character, English otherwise.
   *
   * @param title the title, not null
   * @return the language
   */
  public static Language of(String title) {
    return title
            .codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        ? CHINESE
        : ENGLISH;
  }
}
