/**
 * Schemes, facts and exact scores: the model of an evaluation scheme (考评办法), the facts of one unit,
 * and the calculator that scores them and explains every point.
 *
 * <p>Where to start:
 *
 * <ul>
 *   <li>{@link io.github.kaoping.scoring.Scheme#builder()} builds a scheme: its {@link
 *       io.github.kaoping.scoring.UnitGroup unit groups}, a tree of {@link
 *       io.github.kaoping.scoring.Node nodes} (sections and items, each with a maximum, a {@link
 *       io.github.kaoping.scoring.Rule rule}, {@link io.github.kaoping.scoring.Gate gates} and the
 *       clause it comes from), {@link io.github.kaoping.scoring.Veto vetoes}, {@link
 *       io.github.kaoping.scoring.Outcome outcomes} and recorded {@link
 *       io.github.kaoping.scoring.Reading readings}. The packaged regulations of {@code
 *       scoring-schemes} are schemes built this way.
 *   <li>{@link io.github.kaoping.scoring.UnitFacts#of(String, String)} collects one unit's {@link
 *       io.github.kaoping.scoring.Fact facts}: occurrences, measurements, assessments, checks and
 *       the rest, each with its provenance.
 *   <li>{@link io.github.kaoping.scoring.Calculator#of(Scheme)} validates a scheme (every problem
 *       at once, as a {@link io.github.kaoping.scoring.SchemeException}) and compiles it; {@link
 *       io.github.kaoping.scoring.Calculator#score(UnitFacts)} checks a unit's facts and scores
 *       them into a {@link io.github.kaoping.scoring.ScoreCard}: the total, every node's points,
 *       the vetoes, and {@link io.github.kaoping.scoring.ScoreCard#explain() the explanation}, one
 *       {@link io.github.kaoping.scoring.Line line} per rule, clause and fact.
 *   <li>Points are exact decimals ({@link io.github.kaoping.scoring.Points}); rounding happens only
 *       where the scheme says ({@link io.github.kaoping.scoring.Rounding}).
 * </ul>
 *
 * <p>For example, an item of 40 points that loses 10 per late completion (四(五)2):
 *
 * <pre>{@code
 * Scheme scheme = Scheme.builder()
 *     .id("yueyang-2007").title("岳阳市政府系统办公室工作考评办法").max("40")
 *     .addGroups(UnitGroup.of("dept", "市政府各部门", "一(一)2"))
 *     .add(Node.of("s5.2", "督办件办结", "四(五)2").max("40")
 *         .rule(Rule.deductPerOccurrence("10"))
 *         .addGates(Gate.zeroAfter(3, "3次未按时办结的，此项计分全扣", "四(五)2")))
 *     .build();
 * ScoreCard card = Calculator.of(scheme).score(UnitFacts.of("jiaotong", "dept")
 *     .addFacts(Occurrence.of("dc-1", "s5.2").build())
 *     .build());
 * card.total();   // 30
 * card.explain(); // +40 从满分40分起扣 [四(五)2], -10 occurrence dc-1 [四(五)2], ...
 * }</pre>
 *
 * <p>Every rule shape, gate, veto and policy, with its clause in the regulations, is described in
 * <a href="https://github.com/kaoping/scoring/blob/main/docs/scoring.md">docs/scoring.md</a>.
 *
 * <p>Ranking many units' cards is in {@link io.github.kaoping.scoring.standings}. Every type here
 * is immutable and thread-safe; a calculator may score many units at once.
 *
 * <p>The builders of {@code Scheme}, {@code Node}, {@code Occurrence}, {@code UnitFacts}, {@code
 * Ranking}, {@code Banding}, {@code Improvement}, {@code Grading} and {@code SchemeInfo} are
 * generated: each has a setter for every attribute of its type, named after the attribute ({@code
 * id(String)}), {@code addX}/{@code addAllX} for lists, {@code from(instance)} to start from a
 * copy, and {@code build()}, which throws {@link java.lang.IllegalStateException} naming the
 * required attributes not set. Each builder's Javadoc says which attributes are required and what
 * the others default to.
 */
@NullMarked
// Generated implementations are package-private and so are their builders: the public nested
// Builder of each type is what users see, and Javadoc documents the generated setters there.
// Only these annotations are put on generated code, so that a user's compiler needs nothing
// beyond this module's dependencies (Immutables' own @Generated is not shipped).
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {
      javax.annotation.processing.Generated.class,
      com.google.errorprone.annotations.CanIgnoreReturnValue.class,
      com.google.errorprone.annotations.Var.class
    },
    defaults = @Value.Immutable(copy = true))
package io.github.kaoping.scoring;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
