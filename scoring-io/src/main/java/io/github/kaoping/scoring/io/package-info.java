/**
 * Schemes, facts and results as files: {@link io.github.kaoping.scoring.io.SchemeFiles}, {@link
 * io.github.kaoping.scoring.io.FactsFiles} and {@link io.github.kaoping.scoring.io.ResultFiles}.
 * The format is described in <a
 * href="https://github.com/kaoping/scoring/blob/main/docs/format.md">docs/format.md</a>; every
 * problem in a file is reported at once, with its line, column and node path, as an {@link
 * io.github.kaoping.scoring.io.InvalidFileException}.
 *
 * <p>Where to start: {@link io.github.kaoping.scoring.io.SchemeFiles#read(java.nio.file.Path)}
 * reads a scheme (YAML or JSON); {@link
 * io.github.kaoping.scoring.io.FactsFiles#read(java.nio.file.Path,
 * io.github.kaoping.scoring.Calculator)} reads and checks a facts file against it (YAML, JSON or
 * CSV), and {@link io.github.kaoping.scoring.io.FactsFiles#open(java.nio.file.Path,
 * io.github.kaoping.scoring.Calculator)} reads one unit at a time for files of any size; {@link
 * io.github.kaoping.scoring.io.ResultFiles} writes and reads back the results. The format of a file
 * is chosen by its extension ({@link io.github.kaoping.scoring.io.FileFormat}).
 *
 * <pre>{@code
 * Calculator calculator = Calculator.of(SchemeFiles.read(Path.of("office-2024.scheme.yaml")));
 * List<ScoreCard> cards = FactsFiles.read(Path.of("office-2024.facts.yaml"), calculator)
 *     .stream().map(calculator::score).toList();
 * }</pre>
 *
 * <p>Example files of each kind are under <a
 * href="https://github.com/kaoping/scoring/blob/main/examples">examples/</a>.
 */
@NullMarked
package io.github.kaoping.scoring.io;

import org.jspecify.annotations.NullMarked;
