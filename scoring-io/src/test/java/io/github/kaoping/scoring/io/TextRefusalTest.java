package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Text#refusal} refuses exactly the characters the format says text may not hold. */
class TextRefusalTest {

  /** The rule as the format states it, for one UTF-16 unit standing alone. */
  private static boolean refused(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF'
        || c >= '\uFFFE'
        || c >= '\uFDD0' && c <= '\uFDEF'
        || Character.isSurrogate(c);
  }

  @Test
  void everyCharacterOfTheBasicPlaneAloneAndInText() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      String alone = String.valueOf(ch);
      String inText = "考评" + ch + "a";
      String what = String.format("U+%04X", c);
      assertThat(Text.refusal(alone) != null).as(what).isEqualTo(refused(ch));
      assertThat(Text.refusal(inText) != null).as(what).isEqualTo(refused(ch));
    }
  }

  @Test
  void pairsOfSurrogatesAreCharactersExceptTheNoncharacters() {
    assertThat(Text.refusal("考\uD83D\uDE00评")).isNull(); // U+1F600
    assertThat(Text.refusal("\uD83F\uDFFE")).contains("U+1FFFE (a noncharacter)");
    assertThat(Text.refusal("a\u2028")).contains("U+2028 (a line or paragraph separator)");
    assertThat(Text.refusal("a\u0085")).contains("U+0085 (a control character)");
  }

  @Test
  void aLoneLowSurrogateIsNamedByItself() {
    // it named the character before it, and threw at the start of a text
    assertThat(Text.refusal("a\uDC00")).contains("U+DC00 (a lone surrogate");
    assertThat(Text.refusal("\uDC00a")).contains("U+DC00 (a lone surrogate");
    assertThat(Text.refusal("\uD800")).contains("U+D800 (a lone surrogate");
  }
}
