package io.github.kaoping.scoring;

import static io.github.kaoping.scoring.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts recorded by several offices merge into one set. */
class UnitFactsTest {

  private static final Provenance SECRETARIAT =
      Provenance.of("市政府办秘书一科", LocalDate.of(2024, 3, 2), "档案资料");
  private static final Provenance SUPERVISION =
      Provenance.of("市政府督查室", LocalDate.of(2024, 6, 9), "工作现场");

  @Test
  void offices_mergeTheirRecordsForOneUnit() {
    UnitFacts secretariat =
        UnitFacts.of("u", "g")
            .period("2024")
            .addFacts(Occurrence.of("mtg-1", "s3.1").provenance(SECRETARIAT).build())
            .build();
    UnitFacts supervision =
        UnitFacts.of("u", "g")
            .period("2024")
            .addFacts(Occurrence.of("dc-1", "s5.2").provenance(SUPERVISION).build())
            .build();
    UnitFacts merged = UnitFacts.merge(List.of(secretariat, supervision));
    assertThat(merged.facts()).hasSize(2);
    assertThat(merged.period()).hasValue("2024");
  }

  @Test
  void offices_oneOccurrenceRecordedByTwoOfficesIsAnError() {
    UnitFacts a =
        UnitFacts.of("u", "g")
            .addFacts(Occurrence.of("x", "s3.1").provenance(SECRETARIAT).build())
            .build();
    UnitFacts b =
        UnitFacts.of("u", "g")
            .addFacts(Occurrence.of("x", "s3.1").provenance(SUPERVISION).build())
            .build();
    assertThatThrownBy(() -> UnitFacts.merge(List.of(a, b)))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("occurrence x is recorded twice");
  }

  @Test
  void offices_cannotMergeDifferentUnits() {
    assertThatThrownBy(
            () ->
                UnitFacts.merge(
                    List.of(UnitFacts.of("u", "g").build(), UnitFacts.of("v", "g").build())))
        .isInstanceOf(FactsException.class)
        .hasMessageContaining("unit, group and period must agree");
  }

  @Test
  void withAndWithoutChangeOneFact() {
    UnitFacts facts = UnitFacts.of("u", "g").addFacts(Assessment.of("a", "3")).build();
    UnitFacts more = facts.with(Measurement.of("m", "1"));
    assertThat(more.facts()).hasSize(2);
    assertThat(more.without(f -> f instanceof Assessment).facts())
        .containsExactly(Measurement.of("m", "1"));
    assertThat(facts.facts())
        .containsExactly(new Assessment("a", p("3"), java.util.Optional.empty()));
  }
}
