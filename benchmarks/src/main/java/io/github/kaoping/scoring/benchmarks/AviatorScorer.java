package io.github.kaoping.scoring.benchmarks;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.Options;
import io.github.kaoping.scoring.UnitFacts;
import java.math.BigDecimal;

/**
 * Scores with AviatorScript, every number literal parsed as a decimal, running the scheme's {@link
 * ExpressionScript} compiled once.
 */
public final class AviatorScorer {

  private final ExpressionScript script;
  private final Expression compiled;

  /** Compiles the script. */
  public AviatorScorer(ExpressionScript script) {
    this.script = script;
    AviatorEvaluatorInstance engine = AviatorEvaluator.newInstance();
    engine.setOption(Options.ALWAYS_PARSE_FLOATING_POINT_NUMBER_INTO_DECIMAL, true);
    engine.setOption(Options.ALWAYS_PARSE_INTEGRAL_NUMBER_INTO_DECIMAL, true);
    this.compiled = engine.compile(script.text(), true);
  }

  /** Scores one unit: builds its variables from the facts and runs the compiled script. */
  public BigDecimal total(UnitFacts facts) {
    return (BigDecimal) compiled.execute(script.variables(facts));
  }
}
