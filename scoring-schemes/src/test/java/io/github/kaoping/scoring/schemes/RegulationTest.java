package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Scheme;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue as a whole: what every packaged scheme owes its users. */
class RegulationTest {

  @Test
  void everyRegulationIsFoundByItsOwnIdAndIdsAreUnique() {
    for (Regulation r : Regulation.values()) {
      assertThat(Regulation.byId(r.id())).contains(r);
    }
    assertThat(Arrays.stream(Regulation.values()).map(Regulation::id)).doesNotHaveDuplicates();
  }

  @Test
  void everyPackagedSchemeValidatesCitesItsClausesAndQuotesItsText() {
    for (Regulation r : Regulation.values()) {
      Scheme scheme = r.scheme();
      PackagedSchemeChecks.assertValid(scheme);
      PackagedSchemeChecks.assertEveryNodeHasAClause(scheme);
      PackagedSchemeChecks.assertEveryReadingQuotesTheText(scheme);
      PackagedSchemeChecks.assertRostersQuoteTheText(scheme);
      PackagedSchemeChecks.assertOutcomesNameKnownGroupsAndNodes(scheme);
      assertThat(scheme.info().issuer()).as("issuer of %s", r).isPresent();
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
