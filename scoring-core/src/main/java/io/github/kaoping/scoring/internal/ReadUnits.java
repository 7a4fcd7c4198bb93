package io.github.kaoping.scoring.internal;

import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes a unit's facts from what a reader read, taking its array of facts as the list: {@link
 * UnitFacts#builder()} adds the facts one by one to a list it grows and copies that list again when
 * it builds, which cost about as much as reading a CSV row's cells (a thousand instructions a unit
 * of ten facts). The unit made is the one the builder makes of the same attributes: equal to it,
 * with the same hash code, and immutable as long as the array is never written again.
 */
public final class ReadUnits {

  /**
   * The constructor Immutables generates for its {@code with} methods, which takes an immutable
   * list as it is (its implementation is package-private in the model's own module).
   */
  private static final MethodHandle AS_GIVEN = constructor();

  private ReadUnits() {}

  /**
   * A unit's facts, the array taken as the list of facts.
   *
   * @param unitId the unit's id
   * @param group its group
   * @param period its period, or null for none
   * @param recording its recording policy
   * @param facts the facts, in order, none null; the caller hands the array over and never writes
   *     it again
   * @return the unit, equal to {@code UnitFacts.builder()} given the same attributes and facts
   * @throws NullPointerException if an attribute or a fact is null, as the builder throws
   */
  public static UnitFacts of(
      String unitId, String group, @Nullable String period, Recording recording, Fact[] facts) {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(recording, "recording");
    for (Fact f : facts) {
      Objects.requireNonNull(f, "facts element");
    }
    List<Fact> list =
        switch (facts.length) {
          case 0 -> Collections.emptyList();
          case 1 -> Collections.singletonList(facts[0]);
          default -> Collections.unmodifiableList(Arrays.asList(facts));
        };
    try {
      return (UnitFacts) AS_GIVEN.invokeExact(unitId, group, period, list, recording);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static MethodHandle constructor() {
    try {
      Class<?> generated =
          Class.forName(
              UnitFacts.class.getPackageName() + ".ImmutableUnitFacts",
              true,
              UnitFacts.class.getClassLoader());
      return MethodHandles.privateLookupIn(generated, MethodHandles.lookup())
          .findConstructor(
              generated,
              MethodType.methodType(
                  void.class,
                  String.class,
                  String.class,
                  String.class,
                  List.class,
                  Recording.class))
          .asType(
              MethodType.methodType(
                  UnitFacts.class,
                  String.class,
                  String.class,
                  String.class,
                  List.class,
                  Recording.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
