package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue as a whole: what every packaged scheme owes its users. */
class RegulationTest {

  @Test
  void everyRegulationIsFoundByItsOwnIdAndIdsAreUnique() {
    for (Regulation r : Regulation.values()) {
      assertThat(Regulation.byId(r.id())).contains(r);
    }
    assertThat(Arrays.stream(Regulation.values()).map(Regulation::id)).doesNotHaveDuplicates();
  }

  // One test per check and regulation, so that a failure names both.

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void theSchemeValidates(Regulation r) {
    PackagedSchemeChecks.assertValid(r.scheme());
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void theSchemeHasNoWarnings(Regulation r) {
    assertThat(io.github.kaoping.scoring.Calculator.warnings(r.scheme())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void everyNodeCitesItsClause(Regulation r) {
    PackagedSchemeChecks.assertEveryNodeHasAClause(r.scheme());
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void everyReadingQuotesTheTextVerbatim(Regulation r) {
    PackagedSchemeChecks.assertEveryReadingQuotesTheText(r.scheme());
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void everyRosterQuotesTheTextVerbatim(Regulation r) {
    PackagedSchemeChecks.assertRostersQuoteTheText(r.scheme());
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void outcomesNameKnownGroupsAndNodes(Regulation r) {
    PackagedSchemeChecks.assertOutcomesNameKnownGroupsAndNodes(r.scheme());
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void theIssuerIsRecorded(Regulation r) {
    assertThat(r.scheme().info().issuer()).as("issuer of %s", r).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void everySchemeWithAwardsRecordsWhyItSettlesTiesAtACutAsItDoes(Regulation r) {
    // Issue 10 §4: the choice between ALL_BETTER and ALL_WORSE is a reading of the text's words
    // (places or a number of winners), recorded with its clause, never an unstated default.
    Scheme scheme = r.scheme();
    for (Outcome o : scheme.outcomes()) {
      Optional<CutTies> declared =
          o instanceof Ranking rk && !rk.awards().isEmpty()
              ? Optional.of(rk.cutTies())
              : o instanceof Improvement i && !i.awards().isEmpty()
                  ? Optional.of(i.cutTies())
                  : Optional.empty();
      if (declared.isPresent()) {
        CutTies policy = declared.get();
        assertThat(scheme.readings())
            .as("%s: a reading saying why %s settles %s", r, o.id(), policy)
            .anySatisfy(
                reading -> {
                  assertThat(reading.reading()).contains(policy.name());
                  assertThat(reading.clause()).isNotBlank();
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Regulation.class)
  void aPackagedSchemeLeavesEveryParameterToTheOfficeWithADocumentedExample(Regulation r) {
    // A number the text does not give is never the regulation's: no value is set, the example is
    // documented as one, and the parameter says which clause leaves it open.
    for (Parameter p : r.scheme().parameters()) {
      assertThat(p.value()).as("%s %s", r, p.id()).isEmpty();
      assertThat(p.why()).as("%s %s", r, p.id()).contains("example");
      assertThat(p.clause()).as("%s %s", r, p.id()).isNotBlank();
    }
  }

  @Test
  void aBlankOrUnknownDocumentNumberFindsNothing() {
    // Regulations without a 文号 of their own must not match an empty one.
    assertThat(Regulation.byDocumentNumber("")).isEmpty();
    assertThat(Regulation.byDocumentNumber("  ")).isEmpty();
    assertThat(Regulation.byDocumentNumber("国发[2099]1号")).isEmpty();
  }

  @Test
  void everyDocumentNumberFindsItsRegulationWhicheverBracketsAreUsed() {
    for (Regulation r : Regulation.values()) {
      r.scheme()
          .info()
          .documentNumber()
          .ifPresent(
              n -> {
                assertThat(Regulation.byDocumentNumber(n)).contains(r);
                String other = n.replace('[', '〔').replace(']', '〕');
                assertThat(Regulation.byDocumentNumber(other)).contains(r);
              });
    }
  }
}
