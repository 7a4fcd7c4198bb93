package io.github.kaoping.scoring.standings;

import io.github.kaoping.scoring.Award;
import io.github.kaoping.scoring.CutTies;
import io.github.kaoping.scoring.Improvement;
import io.github.kaoping.scoring.Outcome;
import io.github.kaoping.scoring.Parameter;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Ranking;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words the standings write for people, in the scheme's {@link Language}: ties at a cut,
 * withheld awards and the decisions left to the office. Outcomes, groups and units are named by
 * their titles, clauses and names, never by ids alone.
 */
final class Words {

  private final Language language;
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, String> units = new HashMap<>();
  private final @Nullable Scheme scheme;

  Words(Scheme scheme) {
    this(scheme, Language.of(scheme.title()));
  }

  /** Words without a scheme: groups and units by id. */
  Words(Language language) {
    this.language = language;
    this.scheme = null;
  }

  Words(Scheme scheme, Language language) {
    this.language = language;
    this.scheme = scheme;
    for (UnitGroup g : scheme.groups()) {
      groups.put(g.id(), g.title());
      for (Unit u : g.units()) {
        units.putIfAbsent(u.id(), u.name());
      }
    }
  }

  private boolean chinese() {
    return language == Language.CHINESE;
  }

  /** The outcome by title and clause, and the group ranked by title. */
  private String where(Outcome o, String group) {
    List<String> titles = new ArrayList<>();
    for (String g : group.split("\\+")) {
      titles.add(groups.getOrDefault(g, g));
    }
    if (chinese()) {
      return o.title()
          + o.clause().map(c -> "〔" + c + "〕").orElse("")
          + "（"
          + String.join("、", titles)
          + "）";
    }
    return o.title()
        + o.clause().map(c -> " [" + c + "]").orElse("")
        + ", "
        + String.join(" + ", titles);
  }

  /** Units by name (and id), as the rosters give them. */
  String names(List<String> ids) {
    List<String> named = new ArrayList<>();
    for (String id : ids) {
      String name = units.get(id);
      named.add(name == null ? id : name + "(" + id + ")");
    }
    return String.join(chinese() ? "、" : ", ", named);
  }

  /** An award's positions the tie left without holders. */
  String unfilled(
      Outcome o,
      String group,
      Award award,
      int from,
      int to,
      List<String> unitIds,
      Points value,
      int a,
      int b,
      CutTies policy,
      Optional<String> settled) {
    if (chinese()) {
      return where(o, group)
          + "：“"
          + award.label()
          + "”"
          + positions(award.end(), from, to, Language.CHINESE)
          + "因得分并列无人获得。"
          + names(unitIds)
          + "同为"
          + value
          + "分，并列占"
          + positions(award.end(), a, b, Language.CHINESE)
          + "，"
          + how(award.end(), policy, Language.CHINESE)
          + "，"
          + settled.map(s -> "均获“" + s + "”").orElse("均未获奖")
          + "。文中规定的获奖名次未能授出，须由考评办决定。";
    }
    return where(o, group)
        + ": "
        + award.label()
        + " at "
        + positions(award.end(), from, to, Language.ENGLISH)
        + " is left unfilled by a tie: "
        + names(unitIds)
        + " tied at "
        + value
        + " on "
        + positions(award.end(), a, b, Language.ENGLISH)
        + ", "
        + how(award.end(), policy, Language.ENGLISH)
        + ": "
        + settled.map(s -> "each holds " + s).orElse("none holds an award")
        + ". The office must decide.";
  }

  /** An award whose places a parameter the office has not set. */
  String placesNotSet(Outcome o, String group, Award award, Parameter p) {
    if (chinese()) {
      return where(o, group)
          + "：“"
          + award.label()
          + "”的获奖名次文中未作规定，由考评办设定的参数“"
          + p.title()
          + "”（"
          + p.clause()
          + "，"
          + p.id()
          + "）尚未设定：排名照列，暂无单位获奖，须由考评办决定。在方案文件 parameters 中为 "
          + p.id()
          + " 设定 value，或运行 scoring score --set "
          + p.id()
          + "=名次数。";
    }
    return where(o, group)
        + ": the text does not say how many places "
        + award.label()
        + " has; parameter "
        + p.id()
        + " ("
        + p.title()
        + ", "
        + p.clause()
        + ") sets it and the office has not set it: the ranking stands and nobody holds the award"
        + " until it is decided. Set its value in the scheme file's parameters, or run scoring"
        + " score --set "
        + p.id()
        + "=N.";
  }

  /**
   * What the office must decide, in this language: the decision's own text (in the language the
   * standings were decided in) said again from its data, or as it is without the scheme.
   */
  String decision(OfficeDecision d) {
    Scheme sc = scheme;
    if (sc == null) {
      return d.text();
    }
    Outcome o =
        sc.outcomes().stream().filter(x -> x.id().equals(d.outcomeId())).findFirst().orElse(null);
    List<Award> awards = List.of();
    CutTies declared = CutTies.ALL_WORSE;
    if (o instanceof Ranking r) {
      awards = r.awards();
      declared = r.cutTies();
    } else if (o instanceof Improvement i) {
      awards = i.awards();
      declared = i.cutTies();
    }
    Award award =
        awards.stream()
            .filter(a -> a.label().equals(d.award()) && a.end() == d.end())
            .findFirst()
            .orElse(null);
    if (o == null || award == null) {
      return d.text();
    }
    if (d instanceof AwardPlacesNotSet p) {
      Optional<Parameter> parameter = sc.parameter(p.parameterId());
      return parameter.isPresent() ? placesNotSet(o, p.group(), award, parameter.get()) : d.text();
    }
    AwardUnfilledByTie u = (AwardUnfilledByTie) d;
    return unfilled(
        o,
        u.group(),
        award,
        u.from(),
        u.to(),
        u.unitIds(),
        u.value(),
        u.tieFrom(),
        u.tieTo(),
        Ranker.policy(award.end(), declared),
        u.settled());
  }

  /** Positions {@code a..b} counted from an end. */
  static String positions(Award.End end, int a, int b, Language language) {
    if (language == Language.CHINESE) {
      String from = end == Award.End.BOTTOM ? "倒数" : "";
      return a == b ? from + "第" + a + "名" : from + "第" + a + "至" + b + "名";
    }
    String where = end == Award.End.BOTTOM ? "bottom position" : "position";
    return a == b ? where + " " + a : where + "s " + a + "-" + b;
  }

  /** How a tie at a cut was settled, in words. */
  static String how(Award.End end, CutTies policy, Language language) {
    boolean chinese = language == Language.CHINESE;
    if (end == Award.End.BOTTOM) {
      return chinese ? "并列从重，均按倒数名次计" : "settled towards the sanction, at the last place";
    }
    if (policy == CutTies.ALL_BETTER) {
      return chinese ? "并列均按较高名次计" : "settled at the tie's highest position";
    }
    return chinese ? "并列均按较低名次计" : "settled at the tie's lowest position";
  }

  /** A tie at a cut in words, its units by name, naming what settled it. */
  String cutTie(CutTie t, Optional<String> rule) {
    return cutTie(t, language, names(t.unitIds()), rule);
  }

  /** A tie at a cut in words. */
  static String cutTie(CutTie t, Language language) {
    return cutTie(
        t,
        language,
        String.join(language == Language.CHINESE ? "、" : ", ", t.unitIds()),
        Optional.empty());
  }

  private static String cutTie(CutTie t, Language language, String units, Optional<String> rule) {
    List<String> spans = new ArrayList<>();
    for (Span s : t.spans()) {
      String award =
          language == Language.CHINESE
              ? s.award().map(x -> "“" + x + "”").orElse("无奖")
              : s.award().orElse("none");
      spans.add(positions(t.end(), s.from(), s.to(), language) + " " + award);
    }
    if (language == Language.CHINESE) {
      return "名次线上并列："
          + units
          + "同为"
          + t.value()
          + "分，占"
          + positions(t.end(), t.from(), t.to(), language)
          + "（"
          + String.join("；", spans)
          + "），"
          + rule.map(r -> "依" + r + "，").orElse("")
          + how(t.end(), t.policy(), language)
          + "："
          + t.settled().map(s -> "均获“" + s + "”").orElse("均未获奖");
    }
    return "cut tie: "
        + units
        + " tied at "
        + t.value()
        + " on "
        + positions(t.end(), t.from(), t.to(), language)
        + " ("
        + String.join(", ", spans)
        + "), "
        + how(t.end(), t.policy(), language)
        + rule.map(r -> " under " + r).orElse("")
        + ": "
        + t.settled().map(s -> "each holds " + s).orElse("none holds an award");
  }

  /** Why an award is withheld, in words. */
  static String withheld(Withheld w, Language language) {
    if (language == Language.CHINESE) {
      String why =
          switch (w.reason()) {
            case DISQUALIFIED -> "被一票否决";
            case INELIGIBLE -> "得分不在获奖范围内";
            case TIE_AT_CUT -> "名次线上并列，按较低名次计";
          };
      return "未获“" + w.award() + "”（" + why + "）";
    }
    String why =
        switch (w.reason()) {
          case DISQUALIFIED -> "disqualified";
          case INELIGIBLE -> "ineligible";
          case TIE_AT_CUT -> "tie at cut";
        };
    return w.award() + " withheld (" + why + ")";
  }
}
