package io.github.kaoping.scoring.benchmarks;

import com.alibaba.qlexpress4.Express4Runner;
import com.alibaba.qlexpress4.InitOptions;
import com.alibaba.qlexpress4.QLOptions;
import io.github.kaoping.scoring.UnitFacts;
import java.math.BigDecimal;

/**
 * Scores with QLExpress4 in its precise mode (every number a {@link BigDecimal}), running the
 * scheme's {@link ExpressionScript}; the compiled script is cached by the engine.
 */
public final class QlExpressScorer {

  private final ExpressionScript script;
  private final String text;
  private final Express4Runner runner = new Express4Runner(InitOptions.DEFAULT_OPTIONS);
  private final QLOptions options =
      QLOptions.builder().precise(true).cache(true).polluteUserContext(false).build();

  /** Prepares the engine for a script. */
  public QlExpressScorer(ExpressionScript script) {
    this.script = script;
    this.text = script.text();
  }

  /** Scores one unit: builds its variables from the facts and runs the script. */
  public BigDecimal total(UnitFacts facts) {
    Object result = runner.execute(text, script.variables(facts), options).getResult();
    return (BigDecimal) result;
  }
}
