/**
 * Schemes, facts and results as files: {@link io.github.kaoping.scoring.io.SchemeFiles}, {@link
 * io.github.kaoping.scoring.io.FactsFiles} and {@link io.github.kaoping.scoring.io.ResultFiles}.
 * The format is described in {@code docs/format.md}; every problem in a file is reported at once,
 * with its line, column and node path, as an {@link
 * io.github.kaoping.scoring.io.InvalidFileException}.
 */
@NullMarked
package io.github.kaoping.scoring.io;

import org.jspecify.annotations.NullMarked;
