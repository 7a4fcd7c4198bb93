/**
 * Standings: what a scheme's {@linkplain io.github.kaoping.scoring.Outcome outcome rules} decide
 * from many units' score cards. Rankings with awards by position, bands, improvement between two
 * periods, grades with a life cycle, and what-if questions.
 *
 * <p>Where to start: {@link io.github.kaoping.scoring.standings.Standings#of(
 * io.github.kaoping.scoring.Calculator)}, then {@link
 * io.github.kaoping.scoring.standings.Standings#rank(Iterable)} (or {@link
 * io.github.kaoping.scoring.standings.Standings#rank(Iterable, Iterable)} with last period's cards
 * for improvement awards), which gives a {@link
 * io.github.kaoping.scoring.standings.StandingsResult}: per outcome and group, each unit's rank,
 * award or band, the awards withheld and why, and every tie at an award cut; {@link
 * io.github.kaoping.scoring.standings.StandingsResult#table()} prints it. The same {@code
 * Standings} answers {@link
 * io.github.kaoping.scoring.standings.Standings#shortfalls(StandingsResult) what each unit lacks}
 * for a better award, {@link
 * io.github.kaoping.scoring.standings.Standings#whatIf(java.util.Collection,
 * io.github.kaoping.scoring.UnitFacts, FactChange) what one changed fact would do}, and {@link
 * io.github.kaoping.scoring.standings.Standings#grade(String, java.time.LocalDate,
 * java.util.Collection) decides gradings}. Every result is an immutable record.
 *
 * <p>For example, with a scheme whose ranking {@code awards-county} gives 二等奖 to positions 2 and 3
 * of the group {@code county}:
 *
 * <pre>{@code
 * Calculator calculator = Calculator.of(scheme);
 * List<ScoreCard> cards = facts.stream().map(calculator::score).toList();
 * StandingsResult result = Standings.of(calculator).rank(cards); // any order, same result
 * result.ranking("awards-county").group("county").holders("二等奖"); // the units' ids
 * System.out.print(result.table());
 * }</pre>
 *
 * <p>Ties, cuts, disqualification, improvement and grades are described in <a
 * href="https://github.com/kaoping/scoring/blob/main/docs/standings.md">docs/standings.md</a>.
 */
@NullMarked
package io.github.kaoping.scoring.standings;

import org.jspecify.annotations.NullMarked;
