package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the README is in this project's sources exactly as written, so
 * that compiling this project compiles the README. A block may be indented as a whole; nothing
 * else may differ. When this fails after a README change, copy the changed block into {@link
 * ReadmeExamples} (a new block gets a method of its own there and a test in {@link
 * ReadmeExamplesTest}).
 */
class ReadmeVerbatimTest {

  /** The {@code ```java} blocks of a Markdown text, each as its lines. */
  static List<List<String>> javaBlocks(List<String> markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : markdown) {
      if (block == null && line.equals("```java")) {
        block = new ArrayList<>();
      } else if (block != null && line.startsWith("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line);
      }
    }
    return blocks;
  }

  /** Whether {@code block} is in {@code source} line by line, under one common indentation. */
  static boolean contains(List<String> source, List<String> block) {
    for (int start = 0; start + block.size() <= source.size(); start++) {
      String first = source.get(start);
      if (!first.endsWith(block.get(0)) || !first.substring(0, first.length() - block.get(0).length()).isBlank()) {
        continue;
      }
      String indent = first.substring(0, first.length() - block.get(0).length());
      boolean all = true;
      for (int i = 0; i < block.size() && all; i++) {
        String expected = block.get(i).isEmpty() ? "" : indent + block.get(i);
        all = source.get(start + i).equals(expected);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyJavaBlockOfTheReadmeIsInTheseSourcesAsWritten() throws IOException {
    List<List<String>> blocks =
        javaBlocks(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
    assertThat(blocks).as("java blocks in README.md").isNotEmpty();
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("consumer.sources")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.add(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    List<String> missing = new ArrayList<>();
    for (List<String> block : blocks) {
      if (sources.stream().noneMatch(source -> contains(source, block))) {
        missing.add(String.join("\n", block));
      }
    }
    assertThat(missing)
        .as("README blocks not in examples/consumer/src/main/java as written")
        .isEmpty();
  }

  @Test
  void aChangedLineIsFound() {
    List<String> source = List.of("  void f() {", "    int a = 1;", "    int b = 2;", "  }");
    assertThat(contains(source, List.of("int a = 1;", "int b = 2;"))).isTrue();
    assertThat(contains(source, List.of("int a = 1;", "int b = 3;"))).isFalse();
    assertThat(contains(source, List.of("int a = 1;", "  int b = 2;"))).isFalse();
    assertThat(javaBlocks(List.of("x", "```java", "int a;", "```", "```", "sh", "```")))
        .containsExactly(List.of("int a;"));
  }
}
