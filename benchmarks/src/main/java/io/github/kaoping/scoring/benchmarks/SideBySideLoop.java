package io.github.kaoping.scoring.benchmarks;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.schemes.Regulation;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The work of {@link YueyangSideBySideBenchmark} as a plain loop, for counting instructions rather
 * than timing them: a shared machine's load moves wall-clock numbers by a quarter, but not the
 * number of instructions a loop executes. Scores the same 1024 generated yueyang units (seed 2024)
 * with one scorer, a number of passes to warm up and a number to measure, and prints a checksum so
 * that nothing is optimised away.
 *
 * <p>With a fourth argument {@code pause} it prints {@code warm} after warming up and {@code
 * measured} after measuring, and each time waits for a line on the standard input: run under {@code
 * valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes}, switch instrumentation on
 * with {@code callgrind_control -i on} at {@code warm} and dump with {@code callgrind_control -d}
 * at {@code measured}, and the loop's thread's dump holds the measured passes alone, without the
 * JIT compiler's or the collector's work ({@code benchmarks/callgrind.sh} does all of this).
 *
 * <p>Scorers: {@code hand} ({@link HandWrittenYueyang}), {@code library} ({@code
 * Calculator.score}), {@code check} ({@code Calculator.check}).
 */
public final class SideBySideLoop {

  private static final int UNITS = 1024;

  private SideBySideLoop() {}

  /**
   * Runs the loop.
   *
   * @param args the scorer, the passes to warm up and the passes to measure
   */
  public static void main(String[] args) {
    String scorer = args[0];
    int warmUp = Integer.parseInt(args[1]);
    int measured = Integer.parseInt(args[2]);
    Scheme scheme = Regulation.YUEYANG_2007.scheme();
    Calculator calculator = Calculator.of(scheme);
    List<UnitFacts> units = RealisticFacts.generate(scheme, UNITS, 2024);
    ToIntFunction<UnitFacts> one =
        switch (scorer) {
          case "hand" -> u -> HandWrittenYueyang.total(u).hashCode();
          case "library" -> u -> calculator.score(u).total().hashCode();
          case "check" -> u -> calculator.check(u).size();
          default -> throw new IllegalArgumentException("unknown scorer " + scorer);
        };
    boolean pause = args.length > 3 && args[3].equals("pause");
    long start = System.nanoTime();
    int checksum = passes(units, one, warmUp);
    long warm = System.nanoTime();
    pause(pause, "warm");
    long measuring = System.nanoTime();
    checksum += passes(units, one, measured);
    long end = System.nanoTime();
    pause(pause, "measured");
    System.out.printf(
        Locale.ROOT,
        "%s: %d + %d passes of %d units, checksum %d; %.3f µs per unit warming, %.3f measured%n",
        scorer,
        warmUp,
        measured,
        UNITS,
        checksum,
        perUnit(warm - start, warmUp),
        perUnit(end - measuring, measured));
  }

  /**
   * Says which phase ended and waits for a line on the standard input, so that a script can switch
   * callgrind's instrumentation on or dump its counts between phases.
   */
  static void pause(boolean pause, String phase) {
    if (!pause) {
      return;
    }
    System.out.println(phase);
    System.out.flush();
    try {
      if (System.in.read() < 0) {
        throw new IllegalStateException("standard input closed while paused");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int passes(List<UnitFacts> units, ToIntFunction<UnitFacts> one, int passes) {
    int checksum = 0;
    for (int p = 0; p < passes; p++) {
      for (int i = 0; i < units.size(); i++) {
        checksum += one.applyAsInt(units.get(i));
      }
    }
    return checksum;
  }

  private static double perUnit(long nanos, int passes) {
    return passes == 0 ? 0 : nanos / 1000.0 / passes / UNITS;
  }
}
