package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.Points;
import io.github.kaoping.scoring.Provenance;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.UnitFacts;
import io.github.kaoping.scoring.VetoEvent;
import io.github.kaoping.scoring.standings.GradingCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Maps one unit's facts, and single facts, to and from the file format. */
final class FactsCodec {

  static final List<String> FACTS =
      List.of(
          "occurrence",
          "measurement",
          "assessment",
          "level",
          "check",
          "raterScores",
          "notApplicable",
          "vetoEvent");

  private final Problems problems;

  FactsCodec(Problems problems) {
    this.problems = problems;
  }

  /**
   * One unit read from a file: its facts (null if they could not be read) and where each fact was
   * written, so that the calculator's problems can be placed.
   *
   * @param facts the facts, or null
   * @param loc where the unit starts
   * @param unitId the unit's id, if it could be read
   * @param factLocs where each fact was written, by identity
   * @param grading the unit's grading, if the file gives one
   * @param nodeLocs where the missing facts of a node belong, by node id, in the order the
   *     calculator lists them: a workbook's empty cells of the node in the unit's row (its
   *     prerequisites, then its elements); empty for text files, whose units have no place per node
   */
  record Parsed(
      @Nullable UnitFacts facts,
      Doc.Loc loc,
      @Nullable String unitId,
      Map<Fact, Doc.Loc> factLocs,
      @Nullable GradingFacts grading,
      Function<String, List<Doc.Loc>> nodeLocs) {

    /** A unit of a text file without a grading. */
    Parsed(
        @Nullable UnitFacts facts,
        Doc.Loc loc,
        @Nullable String unitId,
        Map<Fact, Doc.Loc> factLocs) {
      this(facts, loc, unitId, factLocs, null, node -> List.of());
    }

    /**
     * This unit read under a file's recording policy.
     *
     * @param recording the policy the file declares
     * @return the unit with its facts under the policy
     */
    Parsed recorded(Recording recording) {
      UnitFacts f = facts;
      if (f == null || f.recording() == recording) {
        return this;
      }
      UnitFacts under = UnitFacts.builder().from(f).recording(recording).build();
      return new Parsed(under, loc, unitId, factLocs, grading, nodeLocs);
    }

    /** Is the unit listed for its grading alone, with no facts to score? */
    boolean gradingOnly() {
      return grading != null && facts != null && facts.facts().isEmpty();
    }
  }

  /**
   * A unit's grading as a facts file gives it: the grading it is for, if the file names one, and
   * the case without a score, which the unit's card gives once it is scored.
   *
   * @param outcome the grading's id, if written
   * @param c the unit's case: application, prerequisites, review decisions and past grades
   * @param loc where the grading is written
   */
  record GradingFacts(Optional<String> outcome, GradingCase c, Doc.Loc loc) {}

  /** Reads one unit; its problems go to the codec's {@link Problems}. */
  Parsed unit(Doc d, String at) {
    Map<Fact, Doc.Loc> locs = new IdentityHashMap<>();
    Fields first = Fields.of(d, at, problems, "a unit's facts");
    if (first == null) {
      return new Parsed(null, d.loc(), null, locs);
    }
    String unit = first.text("unit");
    String path = unit == null ? at : "unit " + unit;
    Fields f = Fields.of(first.map, path + " ", problems, "");
    if (f == null) {
      throw new AssertionError();
    }
    f.has("unit");
    String group = f.text("group");
    Optional<String> period = f.optText("period");
    int before = problems.size();
    List<Fact> facts =
        f.list(
            "facts",
            (item, p) -> {
              Fact fact = fact(item, p);
              if (fact != null) {
                locs.put(fact, item.loc());
              }
              return fact;
            });
    Doc gradingDoc = f.get("grading");
    GradingFacts grading =
        gradingDoc == null || unit == null || group == null
            ? null
            : new GradingCodec(problems).facts(gradingDoc, f.pathOf("grading"), unit, group);
    f.finish();
    if (unit == null || group == null || problems.size() > before) {
      return new Parsed(null, first.loc(), unit, locs);
    }
    UnitFacts built =
        SchemeCodec.build(
            f,
            problems,
            () ->
                UnitFacts.builder().unitId(unit).group(group).period(period).facts(facts).build());
    return new Parsed(built, first.loc(), unit, locs, grading, node -> List.of());
  }

  /** Reads one fact: a one-key mapping naming its kind. */
  @Nullable Fact fact(Doc d, String path) {
    Fields.Choice c = Fields.choice(d, path, problems, "fact", FACTS, List.of());
    Doc body = c == null ? null : c.body();
    if (c == null || body == null) {
      return null;
    }
    // "the occurrence" made only when the body is not a mapping, to say so
    Fields f =
        Fields.of(body, c.path(), problems, body instanceof Doc.Mapping ? "" : "the " + c.name());
    if (f == null) {
      return null;
    }
    Fact fact = factBody(c.name(), f);
    f.finish();
    return fact;
  }

  private @Nullable Fact factBody(String name, Fields f) {
    switch (name) {
      case "occurrence":
        {
          String id = f.text("id");
          String node = f.text("node");
          Occurrence.Builder b = Occurrence.builder();
          b.kind(f.optText("kind"));
          b.level(f.optText("level"));
          f.optInteger("count").ifPresent(b::count);
          b.points(f.optPoints("points"));
          b.amount(f.optDecimal("amount"));
          b.matter(f.optText("matter"));
          b.selfReported(f.bool("selfReported", false));
          Doc joint = f.get("joint");
          if (joint != null) {
            Occurrence.JointRole role =
                Fields.enumeration(
                    joint, f.pathOf("joint"), problems, List.of(Occurrence.JointRole.values()));
            if (role != null) {
              b.joint(role);
            }
          }
          b.share(f.optDecimal("share"));
          b.note(f.optText("note"));
          b.provenance(provenance(f));
          return id == null || node == null
              ? null
              : SchemeCodec.build(f, problems, () -> b.id(id).nodeId(node).build());
        }
      case "measurement":
        {
          String node = f.text("node");
          BigDecimal value = f.decimal("value");
          Optional<String> unit = f.optText("unit");
          Optional<Provenance> by = provenance(f);
          if (unit.isPresent() && unit.get().isBlank()) {
            f.problem("leave out 'unit' to give the value in the node's unit");
            return null;
          }
          return node == null || value == null
              ? null
              : new Measurement(node, value, unit, f.optText("note"), by);
        }
      case "assessment":
        {
          String node = f.text("node");
          Points points = f.points("points");
          Optional<Provenance> by = provenance(f);
          return node == null || points == null
              ? null
              : new Assessment(node, points, f.optText("note"), by);
        }
      case "level":
        {
          String node = f.text("node");
          String level = f.text("level");
          Optional<Provenance> by = provenance(f);
          return node == null || level == null
              ? null
              : new AssessedLevel(node, level, f.optText("note"), by);
        }
      case "check":
        {
          String node = f.text("node");
          Optional<String> key = f.optText("key");
          Boolean met = f.bool("met");
          Optional<Provenance> by = provenance(f);
          if (key.isPresent() && key.get().isEmpty()) {
            f.problem("leave out 'key' to check the node's own criterion");
            return null;
          }
          return node == null || met == null
              ? null
              : new Check(node, key.orElse(""), met, f.optText("note"), by);
        }
      case "raterScores":
        {
          String node = f.text("node");
          List<BigDecimal> scores = f.list("scores", (s, p) -> Fields.decimal(s, p, problems));
          if (!f.has("scores")) {
            f.problem("missing 'scores'");
          }
          Optional<Provenance> by = provenance(f);
          return node == null ? null : new RaterScores(node, scores, f.optText("note"), by);
        }
      case "notApplicable":
        {
          String node = f.text("node");
          String reason = f.text("reason");
          Optional<Provenance> by = provenance(f);
          return node == null || reason == null
              ? null
              : new NotApplicable(node, reason, f.optText("note"), by);
        }
      case "vetoEvent":
        {
          String id = f.text("id");
          String veto = f.text("veto");
          Optional<String> note = f.optText("note");
          Optional<Provenance> by = provenance(f);
          return id == null || veto == null ? null : new VetoEvent(id, veto, note, by);
        }
      default:
        throw new AssertionError(name);
    }
  }

  private Optional<Provenance> provenance(Fields fact) {
    Doc d = fact.get("provenance");
    if (d == null) {
      return Optional.empty();
    }
    Fields f = Fields.of(d, fact.pathOf("provenance"), problems, "who recorded the fact");
    if (f == null) {
      return Optional.empty();
    }
    String office = f.text("office");
    Optional<LocalDate> on = f.optDate("recordedOn");
    List<String> evidence = f.texts("evidence");
    Optional<String> note = f.optText("note");
    f.finish();
    return office == null
        ? Optional.empty()
        : Optional.of(new Provenance(office, on, evidence, note));
  }

  // ================================================================== writing

  static ObjectNode write(UnitFacts u) {
    ObjectNode n = Tree.object();
    n.put("unit", u.unitId());
    n.put("group", u.group());
    Tree.put(n, "period", u.period());
    Tree.putList(n, "facts", u.facts(), FactsCodec::write);
    return n;
  }

  static JsonNode write(Fact fact) {
    return fact.accept(WRITER);
  }

  private static void provenance(ObjectNode n, Optional<Provenance> provenance) {
    provenance.ifPresent(
        p -> {
          ObjectNode o = n.putObject("provenance");
          o.put("office", p.office());
          Tree.put(o, "recordedOn", p.recordedOn().map(LocalDate::toString));
          Tree.putTexts(o, "evidence", p.evidence());
          Tree.put(o, "note", p.note());
        });
  }

  private static final Fact.Visitor<JsonNode> WRITER =
      new Fact.Visitor<>() {
        @Override
        public JsonNode occurrence(Occurrence o) {
          ObjectNode n = Tree.object();
          n.put("id", o.id());
          n.put("node", o.nodeId());
          Tree.put(n, "kind", o.kind());
          Tree.put(n, "level", o.level());
          if (o.count() != 1) {
            n.put("count", o.count());
          }
          Tree.putPoints(n, "points", o.points());
          o.amount().ifPresent(a -> n.set("amount", Tree.number(a)));
          Tree.put(n, "matter", o.matter());
          if (o.selfReported()) {
            n.put("selfReported", true);
          }
          o.joint().ifPresent(j -> n.put("joint", Names.of(j)));
          o.share().ifPresent(s -> n.set("share", Tree.number(s)));
          Tree.put(n, "note", o.note());
          provenance(n, o.provenance());
          return Tree.choice("occurrence", n);
        }

        @Override
        public JsonNode measurement(Measurement m) {
          ObjectNode n = Tree.object();
          n.put("node", m.nodeId());
          n.set("value", Tree.number(m.value()));
          Tree.put(n, "unit", m.unit());
          Tree.put(n, "note", m.note());
          provenance(n, m.provenance());
          return Tree.choice("measurement", n);
        }

        @Override
        public JsonNode assessment(Assessment a) {
          ObjectNode n = Tree.object();
          n.put("node", a.nodeId());
          n.set("points", Tree.number(a.points()));
          Tree.put(n, "note", a.note());
          provenance(n, a.provenance());
          return Tree.choice("assessment", n);
        }

        @Override
        public JsonNode assessedLevel(AssessedLevel l) {
          ObjectNode n = Tree.object();
          n.put("node", l.nodeId());
          n.put("level", l.level());
          Tree.put(n, "note", l.note());
          provenance(n, l.provenance());
          return Tree.choice("level", n);
        }

        @Override
        public JsonNode check(Check c) {
          ObjectNode n = Tree.object();
          n.put("node", c.nodeId());
          if (!c.key().isEmpty()) {
            n.put("key", c.key());
          }
          n.put("met", c.met());
          Tree.put(n, "note", c.note());
          provenance(n, c.provenance());
          return Tree.choice("check", n);
        }

        @Override
        public JsonNode raterScores(RaterScores r) {
          ObjectNode n = Tree.object();
          n.put("node", r.nodeId());
          ArrayNode scores = n.putArray("scores");
          r.scores().forEach(s -> scores.add(Tree.number(s)));
          Tree.put(n, "note", r.note());
          provenance(n, r.provenance());
          return Tree.choice("raterScores", n);
        }

        @Override
        public JsonNode notApplicable(NotApplicable m) {
          ObjectNode n = Tree.object();
          n.put("node", m.nodeId());
          n.put("reason", m.reason());
          Tree.put(n, "note", m.note());
          provenance(n, m.provenance());
          return Tree.choice("notApplicable", n);
        }

        @Override
        public JsonNode vetoEvent(VetoEvent e) {
          ObjectNode n = Tree.object();
          n.put("id", e.id());
          n.put("veto", e.vetoId());
          Tree.put(n, "note", e.note());
          provenance(n, e.provenance());
          return Tree.choice("vetoEvent", n);
        }
      };
}
