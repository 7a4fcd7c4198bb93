package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts readers' parsers ({@link PlacedParsers}) give each token's line and column as Jackson's
 * own locations do.
 */
class PlacedParsersTest {

  @Test
  void placesAreTheTokensLocations() throws IOException {
    String json = "{\n  \"a\": [1, 2.5, \"x\"],\n\t\"b\" : {\"c\": null, \"d\": true}\n}\n";
    String yaml = "a:\n  - 1\n  - 2.5\n  - x\nb: {c: null, d: true}\n";
    for (JsonParser p :
        List.of(
            Limits.FACTS.json().createParser(new StringReader(json)),
            Limits.FACTS.yaml().createParser(new StringReader(yaml)))) {
      PlacedParsers.Placed placed = (PlacedParsers.Placed) p;
      int tokens = 0;
      while (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        assertThat(new int[] {placed.tokenLine(), placed.tokenColumn()})
            .as("%s %s", p.currentToken(), p.getText())
            .containsExactly(l.getLineNr(), l.getColumnNr());
        tokens++;
      }
      assertThat(tokens).isGreaterThan(10);
    }
  }
}
