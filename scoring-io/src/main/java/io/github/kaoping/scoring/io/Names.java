package io.github.kaoping.scoring.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How enum constants are written in files: {@code CARRY_TO_TOTAL} as {@code carryToTotal}. */
final class Names {

  private Names() {}

  /** The file name of an enum constant. */
  static String of(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder s = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return s.toString();
  }

  /** The file names of the allowed constants. */
  static <E extends Enum<E>> List<String> all(List<E> allowed) {
    List<String> out = new ArrayList<>();
    for (E e : allowed) {
      out.add(of(e));
    }
    return out;
  }
}
