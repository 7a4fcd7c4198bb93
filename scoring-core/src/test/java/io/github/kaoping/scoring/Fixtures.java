package io.github.kaoping.scoring;

import java.util.List;

/** Small schemes and facts for tests: one group {@code g}, one unit {@code u}. */
final class Fixtures {

  private Fixtures() {}

  /** A scheme of the given sections, with one group and 2-place half-up rounding. */
  static Scheme.Builder scheme(Node.Builder... sections) {
    return Scheme.builder()
        .id("test")
        .title("测试办法")
        .addGroups(UnitGroup.of("g", "单位", "一"))
        .rounding(Rounding.halfUp(2))
        .add(sections);
  }

  /** Zhangzhou's deduction section 三(二): 100 points, "对被考评单位实行扣分制", its children deductions. */
  static Node.Builder deductionSection(Node.Builder... deductions) {
    return Node.of("z2", "机关效率与作风纪律建设", "三(二)").max("100").add(deductions);
  }

  /** Scores facts of unit {@code u} in group {@code g}. */
  static ScoreCard score(Scheme scheme, Fact... facts) {
    return Calculator.of(scheme).score(facts(facts));
  }

  /** Scores facts of unit {@code u} in group {@code g} against a scheme of the given sections. */
  static ScoreCard score(Node.Builder section, Fact... facts) {
    return score(scheme(section).build(), facts);
  }

  static UnitFacts facts(Fact... facts) {
    return UnitFacts.of("u", "g").addFacts(facts).build();
  }

  /** {@code n} occurrences on a node, with ids {@code prefix-1..n}. */
  static Fact[] occurrences(String nodeId, int n) {
    Fact[] found = new Fact[n];
    for (int i = 0; i < n; i++) {
      found[i] = Occurrence.of(nodeId + "-" + (i + 1), nodeId).build();
    }
    return found;
  }

  /** {@code n} occurrences of a kind on a node. */
  static Fact[] occurrences(String nodeId, String kind, int n) {
    Fact[] found = new Fact[n];
    for (int i = 0; i < n; i++) {
      found[i] = Occurrence.of(nodeId + "-" + kind + "-" + (i + 1), nodeId).kind(kind).build();
    }
    return found;
  }

  static Fact[] concat(Fact[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(Fact[]::new);
  }

  static Points p(String points) {
    return Points.parse(points);
  }

  /** The messages of the problems, for concise assertions. */
  static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }
}
