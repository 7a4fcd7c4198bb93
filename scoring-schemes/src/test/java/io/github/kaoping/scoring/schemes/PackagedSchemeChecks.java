package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Reading;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every packaged scheme must pass, against the verbatim text of its regulation kept in the
 * test resources ({@code regulations/<file>}, copied from the shared regulations folder so that the
 * tests run on a clean checkout).
 */
final class PackagedSchemeChecks {

  private PackagedSchemeChecks() {}

  /** The verbatim text of a regulation. */
  static String text(String file) {
    String resource = "/regulations/" + file.substring(file.lastIndexOf('/') + 1);
    try (InputStream in = PackagedSchemeChecks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no regulation text at " + resource + " in the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text a scheme's {@code info().source()} names. */
  static String textOf(Scheme scheme) {
    return text(scheme.info().source().orElseThrow(() -> new AssertionError("no source")));
  }

  /** Every node of the scheme, depth first, in the text's order. */
  static List<Node> nodes(Scheme scheme) {
    List<Node> all = new ArrayList<>();
    scheme.sections().forEach(n -> collect(n, all));
    return all;
  }

  private static void collect(Node node, List<Node> all) {
    all.add(node);
    node.children().forEach(c -> collect(c, all));
  }

  static void assertValid(Scheme scheme) {
    assertThat(Calculator.validate(scheme)).isEmpty();
  }

  static void assertEveryNodeCitesItsClause(Scheme scheme) {
    assertThat(nodes(scheme))
        .allSatisfy(
            n ->
                assertThat(n.clause())
                    .as("clause of %s", n.id())
                    .hasValueSatisfying(c -> assertThat(c).isNotBlank()));
  }

  static void assertEveryReadingQuotesTheText(Scheme scheme) {
    String text = textOf(scheme);
    assertThat(scheme.readings()).isNotEmpty();
    for (Reading r : scheme.readings()) {
      assertThat(text).as("quote of reading %s", r.id()).contains(r.quote());
      assertThat(r.reading()).as("reading %s", r.id()).isNotBlank();
    }
  }

  /** Every listed unit's name is verbatim in the text, and ids are plain ASCII like node ids. */
  static void assertRostersQuoteTheText(Scheme scheme) {
    String text = textOf(scheme);
    for (UnitGroup g : scheme.groups()) {
      for (Unit u : g.units()) {
        assertThat(text).as("name of unit %s", u.id()).contains(u.name());
        assertThat(u.id()).matches("[A-Za-z0-9][A-Za-z0-9._-]*");
      }
    }
  }

  /** Outcomes name groups and nodes of the scheme (the calculator does not check them). */
  static void assertOutcomesNameKnownGroupsAndNodes(Scheme scheme) {
    Set<String> groups = scheme.groups().stream().map(UnitGroup::id).collect(Collectors.toSet());
    Set<String> nodes = nodes(scheme).stream().map(Node::id).collect(Collectors.toSet());
    for (Outcome o : scheme.outcomes()) {
      assertThat(groups).as("groups of outcome %s", o.id()).containsAll(o.groups());
      if (o instanceof Ranking r) {
        r.on().ifPresent(on -> assertThat(nodes).contains(on));
        assertThat(nodes).containsAll(r.ties().tieBreakers());
      }
    }
  }
}
