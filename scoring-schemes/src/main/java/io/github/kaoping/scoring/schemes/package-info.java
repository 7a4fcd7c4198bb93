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
 */
@NullMarked
package io.github.kaoping.scoring.schemes;

import org.jspecify.annotations.NullMarked;
