/**
 * The cited regulations as packaged schemes, each reachable by a {@link
 * io.github.kaoping.scoring.schemes.Regulation} constant and encoded clause by clause, with a
 * recorded reading wherever the text is ambiguous or defective.
 *
 * <p>Where to start: {@code Calculator.of(Regulation.YUEYANG_2007.scheme())} scores against one;
 * {@link io.github.kaoping.scoring.schemes.Regulation#byId(String)} and {@link
 * io.github.kaoping.scoring.schemes.Regulation#byDocumentNumber(String)} look one up by its id or
 * its 文号. Each constant's scheme is built once, by the class named after the regulation, whose
 * Javadoc cites the text and lists the readings it records.
 *
 * <pre>{@code
 * Calculator yueyang = Calculator.of(Regulation.YUEYANG_2007.scheme());
 * Regulation.byDocumentNumber("岳政办发〔2007〕13号"); // Optional[YUEYANG_2007]
 * Regulation.byId("zhangzhou-municipal");            // Optional[ZHANGZHOU]
 * }</pre>
 *
 * <p>The texts themselves, and what each scheme reads in their defects, are listed in the <a
 * href="https://github.com/kaoping/scoring/blob/main/README.md#the-nine-regulations">README</a>.
 */
@NullMarked
package io.github.kaoping.scoring.schemes;

import org.jspecify.annotations.NullMarked;
