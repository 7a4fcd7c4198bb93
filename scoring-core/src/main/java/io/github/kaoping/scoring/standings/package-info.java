/**
 * Standings: what a scheme's {@linkplain io.github.kaoping.scoring.Outcome outcome rules} decide
 * from many units' score cards. Rankings with awards by position, bands, improvement between two
 * periods, grades with a life cycle, and what-if questions. The entry point is {@link
 * io.github.kaoping.scoring.standings.Standings}; every result is an immutable record.
 */
@NullMarked
package io.github.kaoping.scoring.standings;

import org.jspecify.annotations.NullMarked;
