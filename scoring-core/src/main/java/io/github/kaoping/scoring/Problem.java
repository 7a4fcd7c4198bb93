package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with a scheme or with a unit's facts.
 *
 * @param path where: the node path ({@code yueyang-2007/s4/s4.5/s4.5.2}) or the fact ({@code unit
 *     u7/occurrence o-3})
 * @param message what is wrong and what was expected
 * @param nodeId the node concerned, if any, so a reader can point at the line of a file
 * @param fact the fact concerned, if any
 * @param facts every fact concerned: for a fact recorded more than once, each copy in the order
 *     given, so that a reader can name every line it was written on; otherwise the {@code fact}, if
 *     any
 */
public record Problem(
    String path, String message, Optional<String> nodeId, Optional<Fact> fact, List<Fact> facts) {

  /**
   * Validates the problem.
   *
   * @param path where: the node path ({@code yueyang-2007/s4/s4.5/s4.5.2}) or the fact ({@code unit
   *     u7/occurrence o-3})
   * @param message what is wrong and what was expected
   * @param nodeId the node concerned, if any, so a reader can point at the line of a file
   * @param fact the fact concerned, if any
   * @param facts every fact concerned; empty for none beyond {@code fact}
   */
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(nodeId, "nodeId");
    requireNonNull(fact, "fact");
    facts = facts.isEmpty() && fact.isPresent() ? List.of(fact.get()) : List.copyOf(facts);
  }

  /**
   * A problem concerning at most one fact.
   *
   * @param path where: the node path or the fact
   * @param message what is wrong and what was expected
   * @param nodeId the node concerned, if any
   * @param fact the fact concerned, if any
   */
  public Problem(String path, String message, Optional<String> nodeId, Optional<Fact> fact) {
    this(path, message, nodeId, fact, List.of());
  }

  static Problem at(String path, String message) {
    return new Problem(path, message, Optional.empty(), Optional.empty());
  }

  static Problem atNode(String path, String nodeId, String message) {
    return new Problem(path, message, Optional.of(nodeId), Optional.empty());
  }

  static Problem ofFact(String path, Fact fact, String message) {
    return new Problem(path, message, Optional.of(fact.target()), Optional.of(fact));
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
