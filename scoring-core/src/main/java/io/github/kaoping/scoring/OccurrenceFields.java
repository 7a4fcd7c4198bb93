package io.github.kaoping.scoring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence's optional fields read as they are stored, null where absent, for the check that
 * runs on every occurrence of every unit. Its accessors return {@code Optional.ofNullable(field)},
 * and JDK 17's C2 cannot remove an allocation merged with the shared empty {@code Optional}: read
 * through them, every present field cost an allocation. An occurrence of another class than the
 * generated one is read through its accessors.
 */
final class OccurrenceFields {

  private OccurrenceFields() {}

  private static final VarHandle KIND = field("kind", String.class);
  private static final VarHandle LEVEL = field("level", String.class);
  private static final VarHandle POINTS = field("points", Points.class);
  private static final VarHandle AMOUNT = field("amount", BigDecimal.class);
  private static final VarHandle MATTER = field("matter", String.class);
  private static final VarHandle JOINT = field("joint", Occurrence.JointRole.class);
  private static final VarHandle SHARE = field("share", BigDecimal.class);

  private static VarHandle field(String name, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(ImmutableOccurrence.class, MethodHandles.lookup())
          .findVarHandle(ImmutableOccurrence.class, name, type);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static @Nullable String kind(Occurrence o) {
    return o instanceof ImmutableOccurrence i ? (String) KIND.get(i) : o.kind().orElse(null);
  }

  static @Nullable String level(Occurrence o) {
    return o instanceof ImmutableOccurrence i ? (String) LEVEL.get(i) : o.level().orElse(null);
  }

  static @Nullable Points points(Occurrence o) {
    return o instanceof ImmutableOccurrence i ? (Points) POINTS.get(i) : o.points().orElse(null);
  }

  static @Nullable BigDecimal amount(Occurrence o) {
    return o instanceof ImmutableOccurrence i
        ? (BigDecimal) AMOUNT.get(i)
        : o.amount().orElse(null);
  }

  static @Nullable String matter(Occurrence o) {
    return o instanceof ImmutableOccurrence i ? (String) MATTER.get(i) : o.matter().orElse(null);
  }

  static Occurrence.@Nullable JointRole joint(Occurrence o) {
    return o instanceof ImmutableOccurrence i
        ? (Occurrence.JointRole) JOINT.get(i)
        : o.joint().orElse(null);
  }

  static @Nullable BigDecimal share(Occurrence o) {
    return o instanceof ImmutableOccurrence i ? (BigDecimal) SHARE.get(i) : o.share().orElse(null);
  }
}
