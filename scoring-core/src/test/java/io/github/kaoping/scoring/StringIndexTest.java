package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StringIndexTest {

  /**
   * Ids of four blocks of "Aa" or "BB", which all have the same hash: a table of them probes past
   * every other id of the same start.
   */
  private static Gen<String> colliding() {
    return integers()
        .between(0, 15)
        .map(
            bits -> {
              StringBuilder id = new StringBuilder();
              for (int b = 0; b < 4; b++) {
                id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
              }
              return id.toString();
            });
  }

  private static Gen<List<String>> ids() {
    Gen<String> id = strings().basicLatinAlphabet().ofLengthBetween(0, 5).mix(colliding(), 30);
    return lists().of(id).ofSizeBetween(0, 60);
  }

  @Test
  void findsEveryIdItHoldsByEqualCharactersAndNoOther() {
    qt().forAll(ids(), ids())
        .checkAssert(
            (held, asked) -> {
              Map<String, Integer> indexes = new LinkedHashMap<>();
              for (String id : held) {
                indexes.putIfAbsent(id, indexes.size() * 3 + 1);
              }
              StringIndex index = StringIndex.of(indexes);
              for (Map.Entry<String, Integer> e : indexes.entrySet()) {
                // a copy: found by its characters, not only as the very string held
                assertThat(index.indexOf(new String(e.getKey()))).isEqualTo(e.getValue());
                assertThat(index.indexOf(e.getKey())).isEqualTo(e.getValue());
              }
              for (String id : asked) {
                assertThat(index.indexOf(id)).isEqualTo(indexes.getOrDefault(id, -1));
              }
            });
  }

  @Test
  void holdsIdsThatAllShareAHash() {
    Map<String, Integer> indexes = new LinkedHashMap<>();
    List<String> all = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 4; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      all.add(id.toString());
    }
    for (String id : all.subList(0, 12)) {
      indexes.put(id, indexes.size());
    }
    StringIndex index = StringIndex.of(indexes);
    for (int i = 0; i < 16; i++) {
      assertThat(index.indexOf(new String(all.get(i)))).isEqualTo(i < 12 ? i : -1);
    }
    assertThat(StringIndex.of(Map.of()).indexOf("")).isEqualTo(-1);
  }
}
