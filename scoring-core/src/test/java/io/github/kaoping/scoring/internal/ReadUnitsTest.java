package io.github.kaoping.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A unit made of an array as given ({@link ReadUnits}) is the unit the builder makes of the same
 * attributes and facts: equal, the same hash code and text, a list that cannot be changed, and the
 * builder's refusal of a null fact.
 */
class ReadUnitsTest {

  private static final Fact A = Occurrence.of("a", "s1.2").count(2).build();
  private static final Fact B = new Measurement("s6.1", new BigDecimal("2.82"), Optional.empty());
  private static final Fact C = Occurrence.of("c", "s1.3.b").build();

  @Test
  void isTheBuildersUnitForAnyNumberOfFacts() {
    for (Fact[] facts :
        List.of(new Fact[0], new Fact[] {A}, new Fact[] {A, B}, new Fact[] {A, B, C})) {
      for (String period : new String[] {null, "2024"}) {
        for (Recording recording : Recording.values()) {
          UnitFacts read = ReadUnits.of("u1", "county", period, recording, facts.clone());
          UnitFacts built =
              UnitFacts.of("u1", "county")
                  .period(Optional.ofNullable(period))
                  .recording(recording)
                  .addFacts(facts)
                  .build();
          assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
          assertThat(built).isEqualTo(read);
          assertThat(read).hasToString(built.toString());
          assertThat(read.facts()).containsExactly(facts);
          assertThat(read.period()).isEqualTo(Optional.ofNullable(period));
          assertThatThrownBy(() -> read.facts().add(A))
              .isInstanceOf(UnsupportedOperationException.class);
          if (facts.length > 0) {
            assertThatThrownBy(() -> read.facts().set(0, C))
                .isInstanceOf(UnsupportedOperationException.class);
          }
        }
      }
    }
  }

  @Test
  void refusesANullFactAsTheBuilderDoes() {
    assertThatThrownBy(
            () -> ReadUnits.of("u1", "county", null, Recording.EVERY_CHECK, new Fact[] {A, null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("facts element");
  }
}
