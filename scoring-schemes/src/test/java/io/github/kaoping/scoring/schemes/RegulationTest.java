package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
