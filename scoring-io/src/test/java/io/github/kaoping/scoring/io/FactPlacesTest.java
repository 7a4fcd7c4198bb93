package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The places of a unit's facts kept as numbers ({@link FactPlaces}) answer as the map by identity
 * of {@link Doc.Loc}s the CSV readers filled before: the same place for each fact, none for an
 * equal fact that is another object, the same size and entries, and the facts in their order; and
 * the unit made of them is the one the builder makes of the same facts.
 */
class FactPlacesTest {

  @Test
  void placesAnswerAsAMapByIdentity() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = r.nextInt(40);
              FactPlaces places = new FactPlaces(r.nextInt(20));
              Map<Fact, Doc.Loc> map = new IdentityHashMap<>();
              List<Fact> facts = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                // equal facts, other objects: told apart by identity
                Fact f = Occurrence.of("o" + r.nextInt(3), "a1").build();
                int line = 1 + r.nextInt(1000);
                int column = 1 + r.nextInt(30);
                places.add(f, line, column);
                map.put(f, new Doc.Loc(line, column));
                facts.add(f);
              }
              // the unit made of the facts is the builder's, and later facts do not change it
              UnitFacts unit =
                  places.unit("u", "g", n % 2 == 0 ? null : "2024", Recording.EVERY_CHECK);
              UnitFacts built =
                  UnitFacts.of("u", "g")
                      .period(n % 2 == 0 ? Optional.empty() : Optional.of("2024"))
                      .facts(facts)
                      .build();
              assertThat(unit).isEqualTo(built).hasSameHashCodeAs(built);
              assertThat(unit.facts()).containsExactlyElementsOf(facts);
              for (Fact f : facts) {
                assertThat(places.get(f)).isEqualTo(map.get(f));
                assertThat(places.getOrDefault(f, null)).isEqualTo(map.get(f));
                assertThat(places.containsKey(f)).isTrue();
              }
              Fact other = Occurrence.of("o0", "a1").build();
              assertThat(places.get(other)).isNull();
              assertThat(places.containsKey(other)).isFalse();
              assertThat(places).hasSize(map.size()).isEqualTo(map);
              places.add(Occurrence.of("later", "a1").build(), 1, 1);
              assertThat(unit.facts()).containsExactlyElementsOf(facts);
            });
  }
}
