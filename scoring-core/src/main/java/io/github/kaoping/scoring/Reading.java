package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a scheme reads a passage of its regulation that is ambiguous, contradictory or missing, so
 * that nothing is decided silently.
 *
 * @param id the reading's id, unique in the scheme
 * @param clause the clause read
 * @param quote the words read, verbatim
 * @param reading what the scheme takes them to mean, and why
 * @param nodeIds the nodes the reading shapes
 */
public record Reading(
    String id, String clause, String quote, String reading, List<String> nodeIds) {

  /**
   * Validates the reading.
   *
   * @param id the reading's id, unique in the scheme
   * @param clause the clause read
   * @param quote the words read, verbatim
   * @param reading what the scheme takes them to mean, and why
   * @param nodeIds the nodes the reading shapes
   */
  public Reading {
    requireNonNull(id, "id");
    requireNonNull(clause, "clause");
    requireNonNull(quote, "quote");
    requireNonNull(reading, "reading");
    nodeIds = List.copyOf(nodeIds);
  }
}
