package io.github.kaoping.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores units against one scheme.
 *
 * <p>{@link #of(Scheme)} validates the scheme, reporting every problem at once, and compiles it
 * into an immutable plan; {@link #score(UnitFacts)} then checks one unit's facts against it, again
 * reporting every problem, and returns the unit's {@link ScoreCard}. Nothing is ever defaulted
 * silently and no partial score is ever returned.
 *
 * <p>This class is immutable and thread-safe: one calculator may score any number of units from any
 * number of threads. The same scheme and facts give an equal card whatever the order of the facts.
 */
public final class Calculator {

  private final Plan plan;

  private Calculator(Plan plan) {
    this.plan = plan;
  }

  /**
   * Validates and compiles a scheme.
   *
   * @param scheme the scheme, not null
   * @return the calculator, never null
   * @throws SchemeException listing every problem of the scheme with its node path
   */
  public static Calculator of(Scheme scheme) {
    return new Calculator(SchemeCompiler.compile(scheme));
  }

  /**
   * Validates a scheme without compiling it.
   *
   * @param scheme the scheme, not null
   * @return every problem, in the scheme's order; empty if the scheme is valid
   */
  public static List<Problem> validate(Scheme scheme) {
    return SchemeCompiler.validate(scheme);
  }

  /**
   * Finds what is valid in a scheme but probably unintended, such as an item whose maximum has more
   * decimal places than the scheme rounds to, so that a rule that divides never reaches it. A
   * scheme with warnings still compiles and scores; nothing is changed or defaulted.
   *
   * @param scheme the scheme, not null
   * @return every warning, in the scheme's order; empty if there is none
   */
  public static List<Problem> warnings(Scheme scheme) {
    return SchemeCompiler.warnings(scheme);
  }

  /** {@return the scheme this calculator scores against} */
  public Scheme scheme() {
    return plan.scheme;
  }

  /**
   * Checks one unit's facts against the scheme: everything {@link #score} would refuse, including
   * points too large to compute exactly, without keeping a card.
   *
   * @param facts the unit's facts, not null
   * @return every problem; empty if and only if the facts can be scored
   */
  public List<Problem> check(UnitFacts facts) {
    List<Problem> problems = new ArrayList<>();
    FactsIndex index = FactsIndex.check(plan, facts, problems);
    if (index != null && problems.isEmpty()) {
      try {
        Scorer.score(plan, index);
      } catch (ArithmeticException tooLarge) {
        problems.add(tooLarge(facts));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Scores one unit.
   *
   * @param facts the unit's facts, not null
   * @return the unit's score card, never null
   * @throws FactsException listing every problem of the facts; no partial score is returned
   */
  public ScoreCard score(UnitFacts facts) {
    FactsIndex index = FactsIndex.build(plan, facts);
    try {
      return new ScoreCard(plan, facts, Scorer.score(plan, index), index.unrecorded);
    } catch (ArithmeticException tooLarge) {
      throw new FactsException(facts.unitId(), List.of(tooLarge(facts)));
    }
  }

  /** Counts times rates, or sums of them, beyond ~10^12 points: refused rather than rounded. */
  private static Problem tooLarge(UnitFacts facts) {
    return Problem.at(
        "unit " + facts.unitId(),
        "its points are too large to compute exactly; points have " + Ticks.range());
  }
}
