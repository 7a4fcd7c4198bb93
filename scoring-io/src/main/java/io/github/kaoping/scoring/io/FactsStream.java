package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a unit's facts straight from the parser's tokens, without a {@link Doc} tree, for the
 * common case of a unit without a problem: the facts equal, and are placed where, {@link
 * FactsCodec#unit} would give and place them. The moment anything is not as the common case has it
 * (a key unknown or written twice, a value of another kind, a number not plain, text refused, a
 * limit, a YAML anchor, alias or tag, a parse failure, a grading) it gives up, and the tokens read
 * so far are read again by the tree reader ({@link DocParser#replay}), which then finds and places
 * every problem exactly as it always has. So this never accepts what the tree reader refuses.
 */
final class FactsStream {

  /** Thrown to give up the fast path; never leaves this class. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  private static final Bail BAIL = new Bail();

  // the keys of a fact's body, as bits
  private static final int ID = 0;
  private static final int NODE = 1;
  private static final int KIND = 2;
  private static final int LEVEL = 3;
  private static final int COUNT = 4;
  private static final int POINTS = 5;
  private static final int AMOUNT = 6;
  private static final int MATTER = 7;
  private static final int SELF_REPORTED = 8;
  private static final int JOINT = 9;
  private static final int SHARE = 10;
  private static final int NOTE = 11;
  private static final int PROVENANCE = 12;
  private static final int UNIT = 13;
  private static final int VALUE = 14;
  private static final int KEY = 15;
  private static final int MET = 16;
  private static final int SCORES = 17;
  private static final int REASON = 18;
  private static final int VETO = 19;
  private static final int SLOTS = 20;

  private static final int OCCURRENCE = 0;
  private static final int MEASUREMENT = 1;
  private static final int ASSESSMENT = 2;
  private static final int LEVEL_FACT = 3;
  private static final int CHECK = 4;
  private static final int RATER_SCORES = 5;
  private static final int NOT_APPLICABLE = 6;
  private static final int VETO_EVENT = 7;

  private static final int COMMON = bits(NODE, NOTE, PROVENANCE);

  /** The keys each kind of fact may have, by kind, in the order of {@link FactsCodec#FACTS}. */
  private static final int[] ALLOWED = {
    bits(ID, NODE, KIND, LEVEL, COUNT, POINTS, AMOUNT, MATTER, SELF_REPORTED, JOINT, SHARE, NOTE)
        | bits(PROVENANCE),
    COMMON | bits(VALUE, UNIT),
    COMMON | bits(POINTS),
    COMMON | bits(LEVEL),
    COMMON | bits(KEY, MET),
    COMMON | bits(SCORES),
    COMMON | bits(REASON),
    bits(ID, VETO, NOTE, PROVENANCE)
  };

  /** The deepest the fast path reads: unit, facts, fact, body, provenance, evidence. */
  private static final int DEPTH = 6;

  /** The longest key the fast path knows ({@code selfReported}). */
  private static final int LONGEST_KEY = 12;

  private final DocParser docs;
  private final JsonParser parser;
  private final PlacedParsers.Placed placed;
  private final @Nullable YAMLParser yaml;
  private final DocParser.Tape tape;
  private final int maxStringLength;
  private final int maxNumberLength;

  /** The text of the token just read: a key's or a scalar's, else null. */
  private @Nullable String text;

  // a fact body's values by slot: the scalar token and its text, the provenance, the scores
  private final @Nullable JsonToken[] tokens = new JsonToken[SLOTS];
  private final @Nullable String[] texts = new String[SLOTS];
  private @Nullable Provenance provenance;
  private @Nullable List<BigDecimal> scores;

  private FactsStream(DocParser docs, PlacedParsers.Placed placed) {
    this.docs = docs;
    this.parser = docs.parser();
    this.placed = placed;
    this.yaml = parser instanceof YAMLParser y ? y : null;
    this.tape = docs.tape();
    this.maxStringLength = docs.limits().maxStringLength();
    this.maxNumberLength = docs.limits().maxNumberLength();
  }

  /**
   * A fast reader for the units of a parser, or null where only the tree reader can read them: a
   * parser that does not tell places as numbers, or limits tighter than the fast path's shapes.
   */
  static @Nullable FactsStream of(DocParser docs) {
    Limits limits = docs.limits();
    if (!(docs.parser() instanceof PlacedParsers.Placed p)
        || limits.maxNameLength() < LONGEST_KEY
        || docs.depth() + DEPTH > limits.maxNestingDepth()) {
      return null;
    }
    return new FactsStream(docs, p);
  }

  /**
   * Reads the unit whose value starts at the parser's current token, if it has no problem.
   *
   * @param recording the file's recording policy
   * @return the unit, as the tree reader would give it; or null after arranging for the tokens read
   *     to be read again by the tree reader ({@link DocParser#replay})
   */
  FactsCodec.@Nullable Parsed unit(Recording recording) {
    if (docs.replaying() || parser.currentToken() != JsonToken.START_OBJECT || !clean()) {
      return null; // nothing read yet: the tree reader starts here
    }
    tape.clear();
    tape.add(JsonToken.START_OBJECT, null, placed.tokenLine(), placed.tokenColumn());
    try {
      return mapUnit(recording);
    } catch (RuntimeException e) {
      // given up (or a fact refused by its own checks, which the tree reader then meets again)
      docs.replay();
      return null;
    }
  }

  private FactsCodec.Parsed mapUnit(Recording recording) {
    Doc.Loc at = docs.loc(tape.line(0), tape.column(0));
    Map<Fact, Doc.Loc> locs = new IdentityHashMap<>();
    String unit = null;
    String group = null;
    String period = null;
    List<Fact> facts = List.of();
    int seen = 0;
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      String key = key();
      int bit;
      switch (key) {
        case "unit" -> {
          bit = 1;
          next();
          unit = text();
        }
        case "group" -> {
          bit = 2;
          next();
          group = text();
        }
        case "period" -> {
          bit = 4;
          next();
          period = text();
        }
        case "facts" -> {
          bit = 8;
          if (next() != JsonToken.START_ARRAY) {
            throw BAIL;
          }
          facts = facts(locs);
        }
        default -> throw BAIL; // unknown, or a grading: the tree reader reads it
      }
      if ((seen & bit) != 0) {
        throw BAIL;
      }
      seen |= bit;
    }
    if (t != JsonToken.END_OBJECT || unit == null || group == null) {
      throw BAIL;
    }
    UnitFacts built =
        UnitFacts.builder()
            .unitId(unit)
            .group(group)
            .period(Optional.ofNullable(period))
            .facts(facts)
            .recording(recording)
            .build();
    return new FactsCodec.Parsed(built, at, unit, locs);
  }

  /** The facts of a list just begun, each placed where its mapping starts. */
  private List<Fact> facts(Map<Fact, Doc.Loc> locs) {
    List<Fact> facts = new ArrayList<>();
    JsonToken t;
    while ((t = next()) == JsonToken.START_OBJECT) {
      Doc.Loc at = docs.loc(placed.tokenLine(), placed.tokenColumn());
      if (next() != JsonToken.FIELD_NAME) {
        throw BAIL;
      }
      int kind = kind(key());
      if (next() != JsonToken.START_OBJECT) {
        throw BAIL;
      }
      Fact fact = body(kind);
      if (next() != JsonToken.END_OBJECT) {
        throw BAIL; // a second key: not a one-key mapping
      }
      facts.add(fact);
      locs.put(fact, at);
    }
    if (t != JsonToken.END_ARRAY) {
      throw BAIL;
    }
    return facts;
  }

  private static int kind(String name) {
    return switch (name) {
      case "occurrence" -> OCCURRENCE;
      case "measurement" -> MEASUREMENT;
      case "assessment" -> ASSESSMENT;
      case "level" -> LEVEL_FACT;
      case "check" -> CHECK;
      case "raterScores" -> RATER_SCORES;
      case "notApplicable" -> NOT_APPLICABLE;
      case "vetoEvent" -> VETO_EVENT;
      default -> throw BAIL;
    };
  }

  private static int slot(String key) {
    return switch (key) {
      case "id" -> ID;
      case "node" -> NODE;
      case "kind" -> KIND;
      case "level" -> LEVEL;
      case "count" -> COUNT;
      case "points" -> POINTS;
      case "amount" -> AMOUNT;
      case "matter" -> MATTER;
      case "selfReported" -> SELF_REPORTED;
      case "joint" -> JOINT;
      case "share" -> SHARE;
      case "note" -> NOTE;
      case "provenance" -> PROVENANCE;
      case "unit" -> UNIT;
      case "value" -> VALUE;
      case "key" -> KEY;
      case "met" -> MET;
      case "scores" -> SCORES;
      case "reason" -> REASON;
      case "veto" -> VETO;
      default -> throw BAIL;
    };
  }

  /** A fact's body, from the mapping just begun to its end. */
  private Fact body(int kind) {
    int allowed = ALLOWED[kind];
    int present = 0;
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      int slot = slot(key());
      int bit = 1 << slot;
      if ((allowed & bit) == 0 || (present & bit) != 0) {
        throw BAIL;
      }
      present |= bit;
      JsonToken v = next();
      if (slot == PROVENANCE) {
        if (v != JsonToken.START_OBJECT) {
          throw BAIL;
        }
        provenance = provenance();
      } else if (slot == SCORES) {
        if (v != JsonToken.START_ARRAY) {
          throw BAIL;
        }
        scores = decimals();
      } else if (isScalar(v)) {
        tokens[slot] = v;
        texts[slot] = text;
      } else {
        throw BAIL;
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw BAIL;
    }
    Optional<Provenance> by =
        (present & (1 << PROVENANCE)) == 0 ? Optional.empty() : Optional.of(provenanceRead());
    Optional<String> note = optText(present, NOTE);
    switch (kind) {
      case OCCURRENCE:
        {
          Occurrence.Builder b = Occurrence.builder();
          b.id(text(present, ID)).nodeId(text(present, NODE));
          b.kind(optText(present, KIND));
          b.level(optText(present, LEVEL));
          if (has(present, COUNT)) {
            b.count(integer(COUNT));
          }
          b.points(
              has(present, POINTS)
                  ? Optional.of(Points.of(decimal(present, POINTS)))
                  : Optional.empty());
          b.amount(optDecimal(present, AMOUNT));
          b.matter(optText(present, MATTER));
          b.selfReported(has(present, SELF_REPORTED) && bool(present, SELF_REPORTED));
          if (has(present, JOINT)) {
            b.joint(joint(text(present, JOINT)));
          }
          b.share(optDecimal(present, SHARE));
          b.note(note);
          b.provenance(by);
          return b.build();
        }
      case MEASUREMENT:
        {
          Optional<String> unit = optText(present, UNIT);
          if (unit.isPresent() && unit.get().isBlank()) {
            throw BAIL;
          }
          return new Measurement(text(present, NODE), decimal(present, VALUE), unit, note, by);
        }
      case ASSESSMENT:
        return new Assessment(text(present, NODE), Points.of(decimal(present, POINTS)), note, by);
      case LEVEL_FACT:
        return new AssessedLevel(text(present, NODE), text(present, LEVEL), note, by);
      case CHECK:
        {
          Optional<String> key = optText(present, KEY);
          if (key.isPresent() && key.get().isEmpty()) {
            throw BAIL;
          }
          boolean met = bool(present, MET);
          return new Check(text(present, NODE), key.orElse(""), met, note, by);
        }
      case RATER_SCORES:
        {
          List<BigDecimal> s = scores;
          if (!has(present, SCORES) || s == null) {
            throw BAIL;
          }
          return new RaterScores(text(present, NODE), s, note, by);
        }
      case NOT_APPLICABLE:
        return new NotApplicable(text(present, NODE), text(present, REASON), note, by);
      case VETO_EVENT:
        return new VetoEvent(text(present, ID), text(present, VETO), note, by);
      default:
        throw new AssertionError(kind);
    }
  }

  private Provenance provenanceRead() {
    Provenance p = provenance;
    if (p == null) {
      throw BAIL;
    }
    provenance = null;
    return p;
  }

  /** Who recorded a fact, from the mapping just begun to its end. */
  private Provenance provenance() {
    String office = null;
    LocalDate on = null;
    List<String> evidence = List.of();
    String note = null;
    int seen = 0;
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      String key = key();
      int bit;
      switch (key) {
        case "office" -> {
          bit = 1;
          next();
          office = text();
        }
        case "recordedOn" -> {
          bit = 2;
          next();
          on = Fields.plainDate(text());
          if (on == null) {
            throw BAIL;
          }
        }
        case "evidence" -> {
          bit = 4;
          if (next() != JsonToken.START_ARRAY) {
            throw BAIL;
          }
          evidence = new ArrayList<>();
          while (next() != JsonToken.END_ARRAY) {
            evidence.add(text());
          }
        }
        case "note" -> {
          bit = 8;
          next();
          note = text();
        }
        default -> throw BAIL;
      }
      if ((seen & bit) != 0) {
        throw BAIL;
      }
      seen |= bit;
    }
    if (t != JsonToken.END_OBJECT || office == null) {
      throw BAIL;
    }
    return new Provenance(office, Optional.ofNullable(on), evidence, Optional.ofNullable(note));
  }

  /** Plain decimals, from the list just begun to its end. */
  private List<BigDecimal> decimals() {
    List<BigDecimal> out = new ArrayList<>();
    JsonToken t;
    while ((t = next()) != JsonToken.END_ARRAY) {
      out.add(decimal(t, text));
    }
    return out;
  }

  // ------------------------------------------------------------------ values, as Fields reads them

  private static boolean has(int present, int slot) {
    return (present & (1 << slot)) != 0;
  }

  private static boolean isScalar(@Nullable JsonToken t) {
    return t == JsonToken.VALUE_STRING
        || t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_TRUE
        || t == JsonToken.VALUE_FALSE;
  }

  /** The text of the scalar just read: text, a number or a boolean, as {@code Fields.text}. */
  private String text() {
    String s = text;
    if (s == null || !isScalar(parser.currentToken())) {
      throw BAIL;
    }
    return s;
  }

  /** The key just read. */
  private String key() {
    String s = text;
    if (s == null) {
      throw BAIL;
    }
    return s;
  }

  private String text(int present, int slot) {
    String s = texts[slot];
    if (!has(present, slot) || s == null) {
      throw BAIL;
    }
    return s;
  }

  private Optional<String> optText(int present, int slot) {
    return has(present, slot) ? Optional.of(text(present, slot)) : Optional.empty();
  }

  private BigDecimal decimal(int present, int slot) {
    if (!has(present, slot)) {
      throw BAIL;
    }
    return decimal(tokens[slot], texts[slot]);
  }

  private static BigDecimal decimal(@Nullable JsonToken t, @Nullable String s) {
    if ((t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT)
        || s == null
        || !Text.isPlainDecimal(s)) {
      throw BAIL;
    }
    return new BigDecimal(s);
  }

  private Optional<BigDecimal> optDecimal(int present, int slot) {
    return has(present, slot) ? Optional.of(decimal(present, slot)) : Optional.empty();
  }

  private int integer(int slot) {
    String s = texts[slot];
    JsonToken t = tokens[slot];
    if ((t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT)
        || s == null
        || !Text.isPlainInteger(s, true)) {
      throw BAIL;
    }
    return Integer.parseInt(s);
  }

  private boolean bool(int present, int slot) {
    if (!has(present, slot)) {
      throw BAIL;
    }
    String s = texts[slot];
    JsonToken t = tokens[slot];
    if ((t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) || s == null) {
      throw BAIL;
    }
    if (s.equals("true")) {
      return true;
    }
    if (s.equals("false")) {
      return false;
    }
    throw BAIL;
  }

  private static Occurrence.JointRole joint(String text) {
    for (Occurrence.JointRole r : Occurrence.JointRole.values()) {
      if (Names.of(r).equals(text)) {
        return r;
      }
    }
    throw BAIL;
  }

  // ------------------------------------------------------------------ tokens

  /**
   * The next token, taped for the tree reader, with its text read as the tree reader reads it (a
   * key's and a scalar's: Jackson checks a string's length only when its text is read); gives up on
   * anything the tree reader would report.
   */
  private @Nullable JsonToken next() {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (IOException | RuntimeException e) {
      tape.failNext(e);
      throw BAIL;
    }
    String s = null;
    if (t == JsonToken.FIELD_NAME || isScalar(t)) {
      try {
        s = parser.getText();
      } catch (IOException | RuntimeException e) {
        tape.add(t, null, placed.tokenLine(), placed.tokenColumn());
        tape.failText(e);
        throw BAIL;
      }
    }
    tape.add(t, s, placed.tokenLine(), placed.tokenColumn());
    text = s;
    if (t == null || !clean()) {
      throw BAIL;
    }
    if (s != null && t != JsonToken.FIELD_NAME) {
      if (s.length() > maxStringLength
          || (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
              && s.length() > maxNumberLength
          || Text.refusal(s) != null) {
        throw BAIL;
      }
    }
    return t;
  }

  /** Is the current token free of what YAML may add (an anchor, a tag, an alias)? */
  private boolean clean() {
    YAMLParser y = yaml;
    if (y == null) {
      return true;
    }
    try {
      return y.getObjectId() == null && y.getTypeId() == null && !y.isCurrentAlias();
    } catch (IOException e) {
      return false;
    }
  }

  private static int bits(int... slots) {
    int b = 0;
    for (int s : slots) {
      b |= 1 << s;
    }
    return b;
  }
}
