package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.UnitFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The limit: yueyang's total computed by code written for this one scheme and for speed, as a
 * developer would hand-write it, with the same exact decimal arithmetic. It trusts its input
 * (nothing is validated) and explains nothing.
 *
 * <p>Every item is a slot: one pass over the facts counts occurrences and sums chosen amounts per
 * slot, then each category is added up, floored and capped, and its bonus put on top.
 */
public final class HandWrittenYueyang {

  // Slots, one per item or part the facts address.
  private static final String[] IDS = {
    "s1.1",
    "s1.2",
    "s1.3.a",
    "s1.3.b",
    "s1.3.c",
    "s1.4",
    "s1.5",
    "s1.discretion",
    "s1.bonus",
    "s2.1",
    "s2.2",
    "s2.3",
    "s2.4",
    "s2.5",
    "s2.6",
    "s2.discretion",
    "s2.bonus",
    "s3.1",
    "s3.2",
    "s3.3",
    "s3.4",
    "s3.5",
    "s3.discretion",
    "s3.bonus",
    "s4.1",
    "s4.2",
    "s4.3",
    "s4.4",
    "s4.5",
    "s4.discretion",
    "s4.bonus",
    "s5.1",
    "s5.2",
    "s5.3",
    "s5.4",
    "s5.5",
    "s5.discretion",
    "s5.bonus",
    "s6.1",
    "s6.discretion",
    "s6.bonus",
    "s7.1.a",
    "s7.1.b",
    "s7.2",
    "s7.3",
    "s7.4.a",
    "s7.4.b",
    "s7.5",
    "s7.discretion",
    "s7.bonus",
    "s8.1",
    "s8.2",
    "s8.3",
    "s8.4",
    "s8.5",
    "s8.discretion",
    "s8.bonus"
  };

  private static final ObjectIntHashMap<String> SLOT = new ObjectIntHashMap<>();

  static {
    for (int i = 0; i < IDS.length; i++) {
      SLOT.put(IDS[i], i);
    }
  }

  private static final int S1_1 = 0;
  private static final int S1_2 = 1;
  private static final int S1_3A = 2;
  private static final int S1_3B = 3;
  private static final int S1_3C = 4;
  private static final int S1_4 = 5;
  private static final int S1_5 = 6;
  private static final int S2_1 = 9;
  private static final int S3_1 = 17;
  private static final int S4_1 = 24;
  private static final int S4_4 = 27;
  private static final int S5_1 = 31;
  private static final int S5_2 = 32;
  private static final int S5_3 = 33;
  private static final int S5_4 = 34;
  private static final int S7_1A = 41;
  private static final int S7_1B = 42;
  private static final int S7_2 = 43;
  private static final int S7_3 = 44;
  private static final int S7_4A = 45;
  private static final int S7_4B = 46;
  private static final int S7_5 = 47;
  private static final int S8_1 = 50;
  private static final int S8_2 = 51;
  private static final int S8_3 = 52;
  private static final int S8_4 = 53;
  private static final int S8_5 = 54;

  private static final BigDecimal[] CATEGORY_MAX = {
    bd(100), bd(150), bd(150), bd(150), bd(150), bd(100), bd(100), bd(100)
  };

  /** The first slot of each category, and its discretion and bonus slots. */
  private static final int[] DISCRETION = {7, 15, 22, 29, 36, 39, 48, 55};

  private static final int[] BONUS = {8, 16, 23, 30, 37, 40, 49, 56};

  private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.3");

  private HandWrittenYueyang() {}

  /** Scores one unit of either group. */
  public static BigDecimal total(UnitFacts facts) {
    int[] count = new int[IDS.length];
    BigDecimal[] chosen = new BigDecimal[IDS.length];
    int lateCompletions = 0;
    boolean leak44 = false;
    boolean leak75 = false;
    boolean intranet = true;
    boolean met84 = false;
    boolean met85 = false;
    BigDecimal reports = BigDecimal.ZERO;
    BigDecimal suggestions = BigDecimal.ZERO;
    List<Fact> all = facts.facts();
    for (int f = 0; f < all.size(); f++) {
      Fact fact = all.get(f);
      if (fact instanceof Occurrence o) {
        int slot = SLOT.getOrThrow(o.nodeId());
        int n = o.count();
        if (o.points().isPresent()) {
          BigDecimal amount = o.points().get().toBigDecimal().multiply(BigDecimal.valueOf(n));
          chosen[slot] = chosen[slot] == null ? amount : chosen[slot].add(amount);
        } else if (o.kind().isPresent() && o.kind().get().equals("失泄密")) {
          if (slot == S4_4) {
            leak44 = true;
          } else {
            leak75 = true;
          }
        } else {
          count[slot] += n;
          if (slot == S5_2 && o.kind().isPresent() && o.kind().get().equals("未按时办结")) {
            lateCompletions += n;
          }
        }
      } else if (fact instanceof Check c) {
        int slot = SLOT.getOrThrow(c.nodeId());
        if (slot == S7_3) {
          intranet = c.met();
        } else if (slot == S8_4) {
          met84 = c.met();
        } else if (slot == S8_5) {
          met85 = c.met();
        } else if (!c.met()) {
          count[slot]++; // a missing element
        }
      } else if (fact instanceof Assessment a) {
        suggestions = a.points().toBigDecimal();
      } else if (fact instanceof Measurement m) {
        reports = m.value();
      }
    }
    BigDecimal[] item = new BigDecimal[8];
    // 四(一)
    BigDecimal s13 =
        bd(30)
            .subtract(atMost(sum(chosen[S1_3A]), bd(10)))
            .subtract(bd(5L * (count[S1_3B] + count[S1_3C])));
    item[0] =
        deduct(10, 5, count[S1_1])
            .add(deduct(20, 5, count[S1_2]))
            .add(clamp(s13, bd(30)))
            .add(deduct(20, 5, count[S1_4]))
            .add(deduct(20, 5, count[S1_5]));
    // 四(二)
    item[1] =
        deduct(30, 10, count[S2_1])
            .add(deduct(30, 10, count[S2_1 + 1]))
            .add(deduct(30, 10, count[S2_1 + 2]))
            .add(deduct(20, 10, count[S2_1 + 3]))
            .add(deduct(20, 10, count[S2_1 + 4]))
            .add(deduct(20, 5, count[S2_1 + 5]));
    // 四(三)
    item[2] =
        deduct(30, 5, count[S3_1])
            .add(deduct(30, 10, count[S3_1 + 1]))
            .add(deduct(30, 15, count[S3_1 + 2]))
            .add(deduct(30, 10, count[S3_1 + 3]))
            .add(deduct(30, 10, count[S3_1 + 4]));
    // 四(四)
    item[3] =
        deduct(20, 5, count[S4_1])
            .add(deduct(40, 5, count[S4_1 + 1]))
            .add(deduct(40, 5, count[S4_1 + 2]))
            .add(leak44 ? BigDecimal.ZERO : bd(30))
            .add(deduct(20, 5, count[S4_1 + 4]));
    // 四(五)
    BigDecimal shortReports = bd(3).subtract(reports).max(BigDecimal.ZERO);
    BigDecimal steps = shortReports.setScale(0, RoundingMode.UP);
    item[4] =
        deduct(50, 10, count[S5_1])
            .add(lateCompletions >= 3 ? BigDecimal.ZERO : deduct(40, 10, count[S5_2]))
            .add(deduct(30, 5, count[S5_3]))
            .add(deduct(15, 5, count[S5_4]))
            .add(clamp(bd(15).subtract(bd(5).multiply(steps)), bd(15)));
    // 四(六)
    item[5] = suggestions;
    // 四(七)
    BigDecimal s71 = bd(20).subtract(bd(10L * count[S7_1A] + 5L * count[S7_1B]));
    BigDecimal s74 = bd(20).subtract(bd(10L * count[S7_4A] + 10L * count[S7_4B]));
    item[6] =
        clamp(s71, bd(20))
            .add(deduct(20, 5, count[S7_2]))
            .add(intranet ? deduct(20, 10, count[S7_3]) : BigDecimal.ZERO)
            .add(clamp(s74, bd(20)))
            .add(leak75 ? BigDecimal.ZERO : deduct(20, 10, count[S7_5]));
    // 四(八)
    item[7] =
        deduct(10, 2, count[S8_1])
            .add(deduct(30, 5, count[S8_2]))
            .add(clamp(bd(30).subtract(sum(chosen[S8_3])), bd(30)))
            .add(met84 ? bd(15) : BigDecimal.ZERO)
            .add(met85 ? bd(15) : BigDecimal.ZERO);

    BigDecimal scored = BigDecimal.ZERO;
    BigDecimal bonuses = BigDecimal.ZERO;
    for (int c = 0; c < 8; c++) {
      BigDecimal own = item[c].subtract(sum(chosen[DISCRETION[c]]));
      scored = scored.add(clamp(own, CATEGORY_MAX[c]));
      BigDecimal cap = CATEGORY_MAX[c].multiply(THIRTY_PERCENT);
      bonuses = bonuses.add(atMost(sum(chosen[BONUS[c]]), cap));
    }
    return clamp(scored, bd(1000)).add(bonuses);
  }

  /** {@code max - rate × count}, floored at zero. */
  private static BigDecimal deduct(long max, long rate, int count) {
    return BigDecimal.valueOf(Math.max(0, max - rate * count));
  }

  private static BigDecimal clamp(BigDecimal x, BigDecimal max) {
    return x.signum() < 0 ? BigDecimal.ZERO : x.compareTo(max) > 0 ? max : x;
  }

  private static BigDecimal atMost(BigDecimal x, BigDecimal max) {
    return x.compareTo(max) > 0 ? max : x;
  }

  private static BigDecimal sum(BigDecimal x) {
    return x == null ? BigDecimal.ZERO : x;
  }

  private static BigDecimal bd(long value) {
    return BigDecimal.valueOf(value);
  }
}
