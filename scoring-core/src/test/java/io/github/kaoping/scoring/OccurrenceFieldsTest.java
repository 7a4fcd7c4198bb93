package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The checker reads an occurrence's optional fields as its accessors give them, null if absent. */
class OccurrenceFieldsTest {

  private static <T> Gen<Optional<T>> maybe(Gen<T> present) {
    return Generate.booleans().zip(present, (p, v) -> p ? Optional.of(v) : Optional.<T>empty());
  }

  private static final Gen<String> WORDS = Generate.pick(java.util.List.of("差错", "缺席", "县级", "a"));

  private static final Gen<BigDecimal> DECIMALS =
      Generate.longRange(-100_000, 100_000).zip(Generate.range(0, 4), BigDecimal::valueOf);

  private static final Gen<Occurrence> OCCURRENCES =
      maybe(WORDS)
          .zip(
              maybe(WORDS),
              maybe(DECIMALS.map(d -> Points.of(d.abs()))),
              maybe(DECIMALS),
              (kind, level, points, amount) ->
                  Occurrence.of("o", "n").kind(kind).level(level).points(points).amount(amount))
          .zip(
              maybe(WORDS),
              maybe(Generate.enumValues(Occurrence.JointRole.class)),
              maybe(DECIMALS),
              (b, matter, joint, share) -> b.matter(matter).joint(joint).share(share).build());

  @Test
  void everyOptionalFieldReadsAsItsAccessorGivesIt() {
    qt().withExamples(2000)
        .forAll(OCCURRENCES)
        .checkAssert(
            o -> {
              assertThat(Optional.ofNullable(OccurrenceFields.kind(o))).isEqualTo(o.kind());
              assertThat(Optional.ofNullable(OccurrenceFields.level(o))).isEqualTo(o.level());
              assertThat(Optional.ofNullable(OccurrenceFields.points(o))).isEqualTo(o.points());
              assertThat(Optional.ofNullable(OccurrenceFields.amount(o))).isEqualTo(o.amount());
              assertThat(Optional.ofNullable(OccurrenceFields.matter(o))).isEqualTo(o.matter());
              assertThat(Optional.ofNullable(OccurrenceFields.joint(o))).isEqualTo(o.joint());
              assertThat(Optional.ofNullable(OccurrenceFields.share(o))).isEqualTo(o.share());
            });
  }
}
