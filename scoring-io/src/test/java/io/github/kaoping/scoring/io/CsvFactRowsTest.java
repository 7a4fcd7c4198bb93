package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row layout of CSV facts files: a fact per row, of any kind; its problems, placed. */
class CsvFactRowsTest {

  private static final Scheme SCHEME = Everything.scheme();

  static List<UnitFacts> read(String csv) throws IOException {
    List<UnitFacts> out = new ArrayList<>();
    try (FactsReader r =
        new FactsReader(FactsFiles.csv(new StringReader(csv), "f", Limits.FACTS, SCHEME), null)) {
      r.readEach(out::add);
    }
    return out;
  }

  static List<String> problems(String csv) {
    InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> read(csv));
    assertThat(e).as("rejected").isNotNull();
    List<String> out = new ArrayList<>();
    e.problems().forEach(p -> out.add(p.toString()));
    return out;
  }

  @Test
  void aRowPerFactGivesEveryKindWithItsNoteAndTheUnitsRecordingPolicy() throws IOException {
    List<UnitFacts> units =
        read(
            "unit,group,period,recording,fact,node,veto,id,key,met,level,count,note\n"
                + "u1,g1,2025,failuresOnly,vetoEvent,,v1,ev1,,,,,发生失泄密事件\n"
                + "u1,,,,check,a2,,,e2,否,,,制度未上墙\n"
                + "u1,,,,level,a3,,,,,part,,\n"
                + "u1,,,,occurrence,a1,,,,,,2,\n"
                + "u2,g1,2025,,,,,,,,,,\n");
    assertThat(units).hasSize(2);
    UnitFacts u1 = units.get(0);
    assertThat(u1.recording()).isEqualTo(Recording.FAILURES_ONLY);
    assertThat(u1.period()).contains("2025");
    assertThat(u1.facts())
        .containsExactly(
            VetoEvent.of("ev1", "v1", "发生失泄密事件"),
            Check.of("a2", "e2", false).withNote("制度未上墙"),
            AssessedLevel.of("a3", "part"),
            Occurrence.of("第5行", "a1").count(2).build());
    assertThat(units.get(1).facts()).isEmpty();
    assertThat(units.get(1).recording()).isEqualTo(Recording.EVERY_CHECK);
  }

  @Test
  void aLevelMayBeGivenByItsTitleAndAnItemAsTheDropDownOffersIt() throws IOException {
    String a3 =
        new WorkbookLayout(SCHEME)
            .nodeChoices.stream().filter(c -> c.startsWith("a1 ")).findFirst().orElseThrow();
    Fact level = read("unit,group,fact,node,level\nu1,g1,level,a3,部分建立\n").get(0).facts().get(0);
    assertThat(level).isEqualTo(AssessedLevel.of("a3", "part"));
    Fact o =
        read("unit,group,fact,node,kind\nu1,g1,occurrence," + a3 + ",差错\n").get(0).facts().get(0);
    assertThat(o.target()).isEqualTo("a1");
  }

  @Test
  void everyProblemOfEveryRowIsListedWithItsLineColumnAndUnit() {
    assertThat(
            problems(
                "unit,group,fact,node,veto,id,met,count,provenance.recordedOn\n"
                    + "u1,g1,occurrence,a1,,,是,x,\n"
                    + "u1,g2,vetoEvent,,v1,,,,2025-13-01\n"
                    + "u1,,check,a4,,,也许,,\n"
                    + "u1,,bogus,a4,,,,,\n"
                    + "u1,,,a4,,,,,\n"
                    + "u2,g1,measurement,b1,,,,,\n"))
        .containsExactly(
            "f:2:7: unit u1, column 'met': a fact of the kind occurrence has no met: leave the"
                + " cell empty (its fields are node, id, kind, level, count, points, amount, matter,"
                + " selfReported, joint, share, note, provenance.office, provenance.recordedOn,"
                + " provenance.evidence, provenance.note)",
            "f:2:8: unit u1.occurrence.count: expected a whole number such as 3, found text 'x'",
            "f:3:2: unit u1, column 'group': expected 'g1' as on the unit's rows above (or"
                + " nothing), found 'g2'",
            "f:3:9: unit u1.vetoEvent.provenance: missing 'office'",
            "f:3:9: unit u1.vetoEvent.provenance.recordedOn: expected a date written as"
                + " YYYY-MM-DD, found '2025-13-01'",
            "f:4:7: unit u1, column 'met': expected 是 or 否, found '也许'",
            "f:5:3: unit u1, column 'fact': expected one of: occurrence, measurement,"
                + " assessment, level, check, raterScores, notApplicable, vetoEvent, found"
                + " 'bogus'",
            "f:6:3: unit u1, column 'fact': the row gives a fact but not its kind; expected one"
                + " of: occurrence, measurement, assessment, level, check, raterScores,"
                + " notApplicable, vetoEvent",
            "f:7:3: unit u2.measurement: missing 'value'");
  }

  @Test
  void aUnitsRowsMustBeTogetherAndTheErrorSaysWhereTheyEnded() {
    assertThat(
            problems(
                "unit,group,fact,node,count\n"
                    + "u1,g1,occurrence,b4,1\n"
                    + "u2,g1,occurrence,b4,1\n"
                    + "u1,g1,occurrence,e,1\n"))
        .contains(
            "f:4:1: unit u1: the unit's rows must be together, one after another: its rows"
                + " ended at line 2; sort the file by unit");
  }

  @Test
  void theSameUnitInTwoPeriodsIsTwoUnitsWhereverItsRowsAre() throws IOException {
    List<UnitFacts> units =
        read(
            "unit,group,period,fact,node,count\n"
                + "u1,g1,2024,occurrence,b4,1\n"
                + "u1,g1,2025,occurrence,b4,2\n"
                + "u2,g1,2025,occurrence,b4,1\n"
                + "u1,g1,2026,occurrence,e,1\n"
                + "u1,,,occurrence,b4,3\n");
    assertThat(units)
        .extracting(u -> u.unitId() + "/" + u.period().orElse("") + ":" + u.facts().size())
        .containsExactly("u1/2024:1", "u1/2025:1", "u2/2025:1", "u1/2026:2");
  }

  @Test
  void aUnitsRowsApartInOnePeriodAreStillRefused() {
    assertThat(
            problems(
                "unit,group,period,fact,node,count\n"
                    + "u1,g1,2025,occurrence,b4,1\n"
                    + "u1,g1,2024,occurrence,b4,1\n"
                    + "u1,g1,2025,occurrence,e,1\n"))
        .contains(
            "f:4:1: unit u1: the unit's rows must be together, one after another: its rows"
                + " ended at line 2; sort the file by unit");
  }

  @Test
  void theHeaderNamesEveryUnknownOrMissingColumn() {
    assertThat(problems("unit,fact,node,colour,node\nu1,occurrence,a1,red,a1\n"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "f:1:4: column 'colour': is not a column of facts; the columns are unit, group, period, recording, fact, node, veto, id,"))
        .contains("f:1:5: column 'node': is named twice", "f:1:1: missing the column 'group'");
  }

  @Test
  void aFileWithoutTheColumnFactIsReadAsARowPerUnit() throws IOException {
    assertThat(read("unit,group,b4\nu1,g1,3\n").get(0).facts())
        .containsExactly(Occurrence.of("b4", "b4").count(3).build());
  }

  @Test
  void formulaLikeTextIsWrittenSafeAndReadBackAsWritten() throws IOException {
    UnitFacts u =
        UnitFacts.of("u1", "g1")
            .addFacts(VetoEvent.of("=cmd|' /C calc'!A0", "v1", "@SUM(A1:A2)"))
            .build();
    java.io.StringWriter w = new java.io.StringWriter();
    FactsFiles.write(w, FileFormat.CSV, SCHEME, List.of(u));
    assertThat(w.toString())
        .contains("'=cmd")
        .contains("'@SUM")
        .doesNotContain(",=")
        .doesNotContain(",@");
    assertThat(read(w.toString())).containsExactly(u);
  }

  @Test
  void aCellWithAControlCharacterIsRefusedAtItsCell() {
    assertThat(problems("unit,group,fact,veto,id,note\nu1,g1,vetoEvent,v1,e1,a\u0007b\n"))
        .anySatisfy(p -> assertThat(p).startsWith("f:2:6: unit u1: the cell "));
  }
}
