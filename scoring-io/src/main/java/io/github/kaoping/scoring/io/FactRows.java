package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.AssessedLevel;
import io.github.kaoping.scoring.Assessment;
import io.github.kaoping.scoring.Check;
import io.github.kaoping.scoring.Fact;
import io.github.kaoping.scoring.Measurement;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicable;
import io.github.kaoping.scoring.Occurrence;
import io.github.kaoping.scoring.RaterScores;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.VetoEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Facts given one per row, with a column per field: a row of a workbook's fact sheet (occurrences,
 * veto events, items not applicable) or of a CSV facts file in the row layout ({@link
 * CsvFactRows}), which holds every kind of fact. A column's key is the fact's field in a YAML facts
 * file ({@code provenance.office} for its provenance's), so a row reads into the mapping a YAML
 * file would hold and is checked by {@link FactsCodec}, with every problem placed at its cell.
 *
 * <p>Both formats turn a cell's text into a value here, a row's cells into a fact here, and a fact
 * into a row's values here.
 */
final class FactRows {

  private FactRows() {}

  /** How a cell separates the items of a list: evidence, a panel's scores, elements' names. */
  static final Pattern SEPARATORS = Pattern.compile("[；;、\\n]");

  /** The column of a measurement's unit: {@code unit} names the unit (organisation) of a row. */
  static final String VALUE_UNIT = "valueUnit";

  private static final String PROVENANCE = "provenance.";

  /** The fields of a CSV facts file's rows beside the unit's, in the order written. */
  static final List<WorkbookLayout.Field> FIELDS;

  /** The fields each kind of fact takes, by the kind's name in a YAML facts file. */
  static final Map<String, Set<String>> BY_FACT = new LinkedHashMap<>();

  static {
    Map<String, WorkbookLayout.Field> all = new LinkedHashMap<>();
    for (WorkbookLayout.FactSheet s : WorkbookLayout.FactSheet.values()) {
      for (WorkbookLayout.Field f : s.fields) {
        all.putIfAbsent(f.key(), f);
      }
    }
    WorkbookLayout.Type text = WorkbookLayout.Type.TEXT;
    List<WorkbookLayout.Field> more =
        List.of(
            new WorkbookLayout.Field("key", "检查要素", "清单要素或前提条件的编号", text),
            new WorkbookLayout.Field("met", "是否达到", "是/否", WorkbookLayout.Type.YES_NO),
            new WorkbookLayout.Field("value", "数值", "实测值", WorkbookLayout.Type.DECIMAL),
            new WorkbookLayout.Field(VALUE_UNIT, "计量单位", "可空：空为考评项目的单位", text),
            new WorkbookLayout.Field("scores", "评分", "每位评分人一个分数，用；分隔", WorkbookLayout.Type.SCORES));
    more.forEach(f -> all.put(f.key(), f));
    List<String> order =
        List.of(
            "node",
            "veto",
            "id",
            "key",
            "met",
            "level",
            "value",
            VALUE_UNIT,
            "points",
            "scores",
            "kind",
            "count",
            "amount",
            "matter",
            "selfReported",
            "joint",
            "share",
            "reason",
            "note",
            "provenance.office",
            "provenance.recordedOn",
            "provenance.evidence",
            "provenance.note");
    List<WorkbookLayout.Field> fields = new ArrayList<>();
    order.forEach(k -> fields.add(all.get(k)));
    FIELDS = List.copyOf(fields);
    List<String> provenance =
        List.of(
            "note",
            "provenance.office",
            "provenance.recordedOn",
            "provenance.evidence",
            "provenance.note");
    byFact(
        "occurrence",
        List.of(
            "node",
            "id",
            "kind",
            "level",
            "count",
            "points",
            "amount",
            "matter",
            "selfReported",
            "joint",
            "share"),
        provenance);
    byFact("measurement", List.of("node", "value", VALUE_UNIT), provenance);
    byFact("assessment", List.of("node", "points"), provenance);
    byFact("level", List.of("node", "level"), provenance);
    byFact("check", List.of("node", "key", "met"), provenance);
    byFact("raterScores", List.of("node", "scores"), provenance);
    byFact("notApplicable", List.of("node", "reason"), provenance);
    byFact("vetoEvent", List.of("veto", "id"), provenance);
  }

  private static void byFact(String fact, List<String> own, List<String> common) {
    Set<String> keys = new LinkedHashSet<>(own);
    keys.addAll(common);
    BY_FACT.put(fact, keys);
  }

  /** The index in {@link #FIELDS} of the field with a key; there must be one. */
  static int fieldIndex(String key) {
    WorkbookLayout.Field f = field(key);
    if (f == null) {
      throw new IllegalArgumentException(key);
    }
    return fieldIndex(f);
  }

  /** The index in {@link #FIELDS} of one of its fields. */
  static int fieldIndex(WorkbookLayout.Field f) {
    return FIELDS.indexOf(f);
  }

  /** The field of a CSV row with a key, or null if there is none. */
  static WorkbookLayout.@Nullable Field field(String key) {
    for (WorkbookLayout.Field f : FIELDS) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }

  // ================================================================== reading

  /**
   * A cell's text as the value a YAML facts file would hold, by its field's type; null for an empty
   * cell.
   *
   * @param f the cell's field
   * @param text the cell's text, stripped
   * @param loc the cell
   * @param path the cell's field as problems name it
   * @param problems where a text that is not of the field's type is reported
   * @param layout the scheme's drop-down choices, which a cell may hold for an id
   * @return the value, an invalid one after a problem, or null
   */
  static @Nullable Doc value(
      WorkbookLayout.Field f,
      String text,
      Doc.Loc loc,
      String path,
      Problems problems,
      WorkbookLayout layout) {
    if (text.isEmpty()) {
      return null;
    }
    switch (f.type()) {
      case WHOLE, DECIMAL, SHARE -> {
        // not a number reads as text, for the reader of the field to say what it expected
        Doc.Kind kind = Text.isPlainDecimal(text) ? Doc.Kind.NUMBER : Doc.Kind.STRING;
        return new Doc.Scalar(loc, kind, text);
      }
      case YES_NO -> {
        Boolean b = yesNo(text);
        if (b == null) {
          problems.at(loc, path, "expected 是 or 否, found '" + Doc.abbreviate(text) + "'");
          return new Doc.Scalar(loc, Doc.Kind.INVALID, "");
        }
        return new Doc.Scalar(loc, Doc.Kind.BOOLEAN, b.toString());
      }
      case JOINT -> {
        Occurrence.JointRole role = joint(text);
        if (role == null) {
          problems.at(loc, path, "expected 主办 or 联办, found '" + Doc.abbreviate(text) + "'");
          return new Doc.Scalar(loc, Doc.Kind.INVALID, "");
        }
        return new Doc.Scalar(
            loc, Doc.Kind.STRING, role == Occurrence.JointRole.LEAD ? "lead" : "partner");
      }
      case EVIDENCE, SCORES -> {
        Doc.Kind kind = f.type() == WorkbookLayout.Type.SCORES ? Doc.Kind.NUMBER : Doc.Kind.STRING;
        List<Doc> items = new ArrayList<>();
        for (String s : SEPARATORS.split(text)) {
          if (!s.isBlank()) {
            String item = s.strip();
            boolean number = kind != Doc.Kind.NUMBER || Text.isPlainDecimal(item);
            items.add(new Doc.Scalar(loc, number ? kind : Doc.Kind.STRING, item));
          }
        }
        return items.isEmpty() ? null : new Doc.Sequence(loc, items);
      }
      case NODE -> {
        return new Doc.Scalar(loc, Doc.Kind.STRING, choice(text, layout.nodeChoices));
      }
      case VETO -> {
        return new Doc.Scalar(loc, Doc.Kind.STRING, choice(text, layout.vetoChoices));
      }
      default -> {
        return new Doc.Scalar(loc, Doc.Kind.STRING, text);
      }
    }
  }

  /** 主办 or 联办 (or lead and partner, as a program writes them); null for anything else. */
  static Occurrence.@Nullable JointRole joint(String text) {
    return switch (text) {
      case "主办", "lead" -> Occurrence.JointRole.LEAD;
      case "联办", "partner" -> Occurrence.JointRole.PARTNER;
      default -> null;
    };
  }

  /** 是 or 否 (or true and false, as a program writes them); null for anything else. */
  static @Nullable Boolean yesNo(String text) {
    return switch (text) {
      case "是", "true", "TRUE" -> true;
      case "否", "false", "FALSE" -> false;
      default -> null;
    };
  }

  /** The id a drop-down's choice ("id title") stands for, or the text as typed. */
  static String choice(String text, List<String> choices) {
    if (text.indexOf(' ') < 0) {
      return text; // every choice has a space between its id and title: an id typed alone
    }
    for (String c : choices) {
      if (c.equals(text)) {
        return c.substring(0, c.indexOf(' '));
      }
    }
    return text;
  }

  /**
   * Reads a row's values into a fact, as a YAML facts file's fact of the kind would be read.
   *
   * @param codec the reader of facts, whose problems name each cell
   * @param problems the codec's problems
   * @param fact the kind's name in a YAML facts file, such as {@code vetoEvent}
   * @param row where the row starts, for problems of the whole fact (a field missing)
   * @param cells the row's values by field key ({@code provenance.office} for the provenance's),
   *     each with its cell
   * @param path the unit, as problems name it ({@code unit a})
   * @return the fact, or null after recording its problems
   */
  static @Nullable Fact fact(
      FactsCodec codec,
      Problems problems,
      String fact,
      Doc.Loc row,
      Map<String, Doc.Entry> cells,
      String path) {
    LinkedHashMap<String, Doc.Entry> body = new LinkedHashMap<>();
    LinkedHashMap<String, Doc.Entry> provenance = new LinkedHashMap<>();
    Doc.Loc provenanceAt = null;
    for (Map.Entry<String, Doc.Entry> e : cells.entrySet()) {
      String key = e.getKey();
      if (key.startsWith(PROVENANCE)) {
        provenance.put(key.substring(PROVENANCE.length()), e.getValue());
        provenanceAt = provenanceAt == null ? e.getValue().keyLoc() : provenanceAt;
      } else {
        body.put(key.equals(VALUE_UNIT) ? "unit" : key, e.getValue());
      }
    }
    if (provenanceAt != null) {
      body.put(
          "provenance", new Doc.Entry(provenanceAt, new Doc.Mapping(provenanceAt, provenance)));
    }
    LinkedHashMap<String, Doc.Entry> choice = new LinkedHashMap<>();
    choice.put(fact, new Doc.Entry(row, new Doc.Mapping(row, body)));
    int before = problems.size();
    Fact read = codec.fact(new Doc.Mapping(row, choice), path);
    return problems.size() == before ? read : null;
  }

  /**
   * The key of a level, given as its key or as its title (as a workbook's drop-down offers it).
   *
   * @param node the item assessed, if the scheme has it
   * @param text the level as given
   * @return the level's key, or the text as given
   */
  static String levelKey(@Nullable Node node, String text) {
    if (node != null
        && node.rule().isPresent()
        && node.rule().get() instanceof Rule.Levels levels) {
      for (Map.Entry<String, String> l : WorkbookWriter.levelLabels(levels).entrySet()) {
        if (l.getValue().equals(text)) {
          return l.getKey();
        }
      }
    }
    return text;
  }

  // ================================================================== writing

  /**
   * A fact's values in a row, by field key: text, a number or a date.
   *
   * @param f the fact
   * @return its values; a field the fact leaves out has none
   */
  static Map<String, Object> values(Fact f) {
    Map<String, Object> v = new HashMap<>();
    fill(f, v);
    f.note().ifPresent(n -> v.put("note", n));
    f.provenance()
        .ifPresent(
            p -> {
              v.put("provenance.office", p.office());
              p.recordedOn().ifPresent(d -> v.put("provenance.recordedOn", d));
              if (!p.evidence().isEmpty()) {
                v.put("provenance.evidence", String.join("；", p.evidence()));
              }
              p.note().ifPresent(n -> v.put("provenance.note", n));
            });
    return v;
  }

  /** Puts a fact's own fields (not its note or provenance) and returns its kind's name. */
  private static String fill(Fact f, Map<String, Object> v) {
    return f.accept(
        new Fact.Visitor<String>() {
          @Override
          public String occurrence(Occurrence o) {
            v.put("node", o.nodeId());
            v.put("id", o.id());
            o.kind().ifPresent(k -> v.put("kind", k));
            o.level().ifPresent(l -> v.put("level", l));
            if (o.count() != 1) {
              v.put("count", BigDecimal.valueOf(o.count()));
            }
            o.points().ifPresent(p -> v.put("points", p.toBigDecimal()));
            o.amount().ifPresent(a -> v.put("amount", a));
            o.matter().ifPresent(m -> v.put("matter", m));
            if (o.selfReported()) {
              v.put("selfReported", "是");
            }
            o.joint().ifPresent(j -> v.put("joint", j == Occurrence.JointRole.LEAD ? "主办" : "联办"));
            o.share().ifPresent(s -> v.put("share", s));
            return "occurrence";
          }

          @Override
          public String measurement(Measurement m) {
            v.put("node", m.nodeId());
            v.put("value", m.value());
            m.unit().ifPresent(u -> v.put(VALUE_UNIT, u));
            return "measurement";
          }

          @Override
          public String assessment(Assessment a) {
            v.put("node", a.nodeId());
            v.put("points", a.points().toBigDecimal());
            return "assessment";
          }

          @Override
          public String assessedLevel(AssessedLevel l) {
            v.put("node", l.nodeId());
            v.put("level", l.level());
            return "level";
          }

          @Override
          public String check(Check c) {
            v.put("node", c.nodeId());
            if (!c.key().isEmpty()) {
              v.put("key", c.key());
            }
            v.put("met", c.met() ? "是" : "否");
            return "check";
          }

          @Override
          public String raterScores(RaterScores r) {
            v.put("node", r.nodeId());
            List<String> scores = new ArrayList<>();
            r.scores().forEach(s -> scores.add(s.toPlainString()));
            v.put("scores", String.join("；", scores));
            return "raterScores";
          }

          @Override
          public String notApplicable(NotApplicable n) {
            v.put("node", n.nodeId());
            v.put("reason", n.reason());
            return "notApplicable";
          }

          @Override
          public String vetoEvent(VetoEvent e) {
            v.put("veto", e.vetoId());
            v.put("id", e.id());
            return "vetoEvent";
          }
        });
  }

  /** A value of {@link #values} as a CSV cell's text. */
  static String text(Object value) {
    if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  /** The name of a kind of fact in a YAML facts file. */
  static String name(Fact f) {
    return fill(f, new HashMap<>());
  }
}
