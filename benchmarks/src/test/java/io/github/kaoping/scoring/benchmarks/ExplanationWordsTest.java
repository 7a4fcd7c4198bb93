package io.github.kaoping.scoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Line;
import io.github.kaoping.scoring.NodeScore;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.TriggeredVeto;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.schemes.Regulation;
import io.github.kaoping.scoring.standings.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The explanations of the nine packaged regulations speak Chinese: no line of a unit's card, and no
 * reason of a veto set off, holds an English word, outside the ids the office itself chose for its
 * facts (record ids such as {@code s1.2#3}, element keys, kinds, levels, matters).
 */
class ExplanationWordsTest {

  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Regulation.class)
  void noChineseExplanationLineHoldsAnEnglishWord(Regulation regulation) {
    Calculator calculator = Calculator.of(regulation.scheme());
    List<String> english = new ArrayList<>();
    int lines = 0;
    for (UnitFacts unit : RealisticFacts.generate(regulation.scheme(), 60, 2024)) {
      ScoreCard card = calculator.score(unit);
      assertThat(card.language()).isEqualTo(Language.CHINESE);
      List<String> ids = officesIds(unit);
      List<String> texts = new ArrayList<>();
      card.totalLines().forEach(l -> texts.add(l.text()));
      for (NodeScore n : card.nodes()) {
        for (Line l : n.lines()) {
          texts.add(l.text());
        }
      }
      for (TriggeredVeto v : card.vetoes()) {
        texts.add(v.reason());
      }
      lines += texts.size();
      for (String text : texts) {
        String words = text;
        for (String id : ids) {
          words = words.replace(id, " ");
        }
        Matcher m = WORD.matcher(words);
        if (m.find()) {
          english.add(unit.unitId() + ": " + text);
        }
      }
    }
    assertThat(lines).isGreaterThan(100);
    assertThat(english).isEmpty();
  }

  /**
   * The whole explanation a person reads speaks Chinese too: the verdict, what recording failures
   * only took (by titles and clauses, not node ids and element keys) and each fact's note under its
   * line, headed by the fact (an element by its title), for units that record every check and for
   * the same units recording failures only.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Regulation.class)
  void noChineseExplanationTextHoldsAnEnglishWord(Regulation regulation) {
    Calculator calculator = Calculator.of(regulation.scheme());
    List<UnitFacts> every = RealisticFacts.generate(regulation.scheme(), 30, 2024);
    List<UnitFacts> units = new ArrayList<>(every);
    for (UnitFacts u : every) {
      // the same unit as an office records failures only: its met checks left out
      units.add(
          UnitFacts.of(u.unitId(), u.group())
              .period(u.period())
              .recording(Recording.FAILURES_ONLY)
              .facts(u.facts().stream().filter(f -> !(f instanceof Check c && c.met())).toList())
              .build());
    }
    List<String> english = new ArrayList<>();
    int taken = 0;
    for (UnitFacts unit : units) {
      List<String> ids = officesIds(unit);
      String text = calculator.score(unit).explain();
      taken += text.contains("只记录未达标事项：") ? 1 : 0;
      for (String line : text.split("\n")) {
        String words = line;
        for (String id : ids) {
          words = words.replace(id, " ");
        }
        if (WORD.matcher(words).find()) {
          english.add(unit.unitId() + ": " + line);
        }
      }
    }
    assertThat(taken).isEqualTo(every.size());
    assertThat(english).isEmpty();
  }

  /**
   * The ids the facts give, the unit's and its period's among them, longest first, so that none is
   * left half removed.
   */
  private static List<String> officesIds(UnitFacts unit) {
    TreeSet<String> ids =
        new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    ids.add(unit.unitId());
    unit.period().ifPresent(ids::add);
    for (Fact f : unit.facts()) {
      if (f instanceof Occurrence o) {
        ids.add(o.id());
        o.kind().ifPresent(ids::add);
        o.level().ifPresent(ids::add);
        o.matter().ifPresent(ids::add);
      } else if (f instanceof Check c && !c.key().isEmpty()) {
        ids.add(c.key());
      } else if (f instanceof AssessedLevel a) {
        ids.add(a.level());
      } else if (f instanceof VetoEvent v) {
        ids.add(v.id());
      }
    }
    return List.copyOf(ids);
  }
}
