package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.ScoreCard;
import io.github.kaoping.scoring.UnitFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What every packaged scheme must satisfy, and small helpers for the worked examples. */
final class PackagedSchemes {

  private PackagedSchemes() {}

  /** The regulation's text, read from the test resources by the scheme's source file name. */
  static String text(Scheme scheme) {
    String name = "/regulations/" + scheme.info().source().orElseThrow();
    try (InputStream in = PackagedSchemes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every node of the scheme, depth first in the text's order. */
  static List<Node> nodes(Scheme scheme) {
    List<Node> all = new ArrayList<>();
    scheme.sections().forEach(s -> collect(s, all));
    return all;
  }

  private static void collect(Node node, List<Node> all) {
    all.add(node);
    node.children().forEach(c -> collect(c, all));
  }

  /** The node with the id. */
  static Node node(Scheme scheme, String id) {
    return nodes(scheme).stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id));
  }

  /** The reading with the id. */
  static Reading reading(Scheme scheme, String id) {
    return scheme.readings().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reading " + id));
  }

  /** The maximum of a node. */
  static Points max(Scheme scheme, String id) {
    return node(scheme, id).maximum().orElseThrow(() -> new AssertionError(id + " has no max"));
  }

  /** The sum of the maxima of the nodes. */
  static Points sumOfMaxima(Scheme scheme, String... ids) {
    Points sum = Points.ZERO;
    for (String id : ids) {
      sum = sum.plus(max(scheme, id));
    }
    return sum;
  }

  /** The scheme validates without a single problem. */
  static void assertValid(Scheme scheme) {
    assertThat(Calculator.validate(scheme)).isEmpty();
  }

  /** Every node names the clause it comes from. */
  static void assertEveryNodeHasAClause(Scheme scheme) {
    assertThat(nodes(scheme))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.clause()).as("clause of %s", n.id()).isPresent());
  }

  /** Every reading quotes the regulation verbatim. */
  static void assertReadingsQuoteTheText(Scheme scheme) {
    String text = text(scheme);
    assertThat(scheme.readings())
        .isNotEmpty()
        .allSatisfy(
            (Reading r) -> assertThat(text).as("quote of reading %s", r.id()).contains(r.quote()));
  }

  /** Scores one unit's facts. */
  static ScoreCard score(Scheme scheme, String unit, String group, List<Fact> facts) {
    return Calculator.of(scheme).score(UnitFacts.of(unit, group).addAllFacts(facts).build());
  }

  static Points p(String points) {
    return Points.parse(points);
  }
}
