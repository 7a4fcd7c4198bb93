/**
 * The cited regulations as packaged schemes, each reachable by a {@link
 * io.github.kaoping.scoring.schemes.Regulation} constant and encoded clause by clause, with a
 * recorded reading wherever the text is ambiguous or defective.
 */
@NullMarked
package io.github.kaoping.scoring.schemes;

import org.jspecify.annotations.NullMarked;
