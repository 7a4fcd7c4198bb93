package io.github.kaoping.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

  private static final List<String> NODES =
      List.of("s4", "s4.5", "s4.5.1", "s4.5.2", "s4.5.3", "s7.5-leak", "quality");

  @Test
  void aTypoSuggestsTheNearestIdsNearestFirst() {
    assertThat(Nearest.to("s4.52", NODES)).containsExactly("s4.5", "s4.5.2"); // one edit each
    assertThat(Nearest.to("s7.5-lek", NODES)).containsExactly("s7.5-leak");
    assertThat(Nearest.to("qualtiy", NODES)).containsExactly("quality"); // a swap is one edit
  }

  @Test
  void nothingNearSuggestsNothing() {
    assertThat(Nearest.to("nowhere", NODES)).isEmpty();
    assertThat(Nearest.suggestion("nowhere", NODES)).isEmpty();
    assertThat(Nearest.suggestion("qualty", NODES)).isEqualTo("; did you mean quality?");
    assertThat(Nearest.suggestion("s4.5.", NODES))
        .isEqualTo("; did you mean s4.5, s4.5.1 or s4.5.2?");
  }
}
