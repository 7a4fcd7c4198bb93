/**
 * The {@code scoring} command line: list, show and validate schemes, score facts and explain a
 * unit's points. Not exported; run it as {@code java -jar scoring-cli.jar}.
 */
@NullMarked
package io.github.kaoping.scoring.io.cli;

import org.jspecify.annotations.NullMarked;
