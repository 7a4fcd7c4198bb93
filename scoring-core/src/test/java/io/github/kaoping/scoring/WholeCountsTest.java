package io.github.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorer compares a gate's count with the least and most whole numbers of the gate's interval
 * instead of calling {@link Interval#contains}: for every interval the two must agree on every
 * count.
 */
class WholeCountsTest {

  private static final String[] BOUNDS = {"-2", "-1.5", "0", "0.5", "1", "2", "2.5", "3", "7"};

  @Test
  void wholeBoundsAgreeWithContainsForEveryIntervalAndCount() {
    int compared = 0;
    for (Interval interval : intervals()) {
      long least = PlanNode.leastWhole(interval);
      long most = PlanNode.mostWhole(interval);
      for (int count = -4; count <= 10; count++) {
        assertThat(count >= least && count <= most)
            .as("%d in %s", count, interval)
            .isEqualTo(interval.contains(BigDecimal.valueOf(count)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  private static List<Interval> intervals() {
    List<Interval> all = new ArrayList<>();
    all.add(Interval.all());
    for (String b : BOUNDS) {
      BigDecimal v = new BigDecimal(b);
      all.add(Interval.atLeast(v));
      all.add(Interval.above(v));
      all.add(Interval.atMost(v));
      all.add(Interval.below(v));
      for (String c : BOUNDS) {
        BigDecimal w = new BigDecimal(c);
        for (int inclusive = 0; inclusive < 4; inclusive++) {
          boolean low = (inclusive & 1) != 0;
          boolean high = (inclusive & 2) != 0;
          int order = v.compareTo(w);
          if (order < 0 || (order == 0 && low && high)) {
            all.add(Interval.between(v, low, w, high));
          }
        }
      }
    }
    return all;
  }
}
