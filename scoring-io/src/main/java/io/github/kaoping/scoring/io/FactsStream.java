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
import java.util.List;
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

  // the keys a unit has, as bits
  private static final int UNIT_ID = 1;
  private static final int GROUP = 2;
  private static final int PERIOD = 4;
  private static final int FACTS = 8;

  // the keys a provenance has, as bits
  private static final int OFFICE = 1;
  private static final int RECORDED_ON = 2;
  private static final int EVIDENCE = 4;
  private static final int PROVENANCE_NOTE = 8;

  /**
   * Every key the fast path knows, with what it is where it may stand: as a unit's key (a bit of
   * the unit's keys), a fact's kind, a key of a fact's body (its slot) and a provenance's key (a
   * bit), or -1 where it may not stand.
   */
  private static final Key[] KEYS = {
    new Key("unit", UNIT_ID, -1, UNIT, 0),
    new Key("group", GROUP, -1, -1, 0),
    new Key("period", PERIOD, -1, -1, 0),
    new Key("facts", FACTS, -1, -1, 0),
    new Key("occurrence", 0, OCCURRENCE, -1, 0),
    new Key("measurement", 0, MEASUREMENT, -1, 0),
    new Key("assessment", 0, ASSESSMENT, -1, 0),
    new Key("level", 0, LEVEL_FACT, LEVEL, 0),
    new Key("check", 0, CHECK, -1, 0),
    new Key("raterScores", 0, RATER_SCORES, -1, 0),
    new Key("notApplicable", 0, NOT_APPLICABLE, -1, 0),
    new Key("vetoEvent", 0, VETO_EVENT, -1, 0),
    new Key("id", 0, -1, ID, 0),
    new Key("node", 0, -1, NODE, 0),
    new Key("kind", 0, -1, KIND, 0),
    new Key("count", 0, -1, COUNT, 0),
    new Key("points", 0, -1, POINTS, 0),
    new Key("amount", 0, -1, AMOUNT, 0),
    new Key("matter", 0, -1, MATTER, 0),
    new Key("selfReported", 0, -1, SELF_REPORTED, 0),
    new Key("joint", 0, -1, JOINT, 0),
    new Key("share", 0, -1, SHARE, 0),
    new Key("note", 0, -1, NOTE, PROVENANCE_NOTE),
    new Key("provenance", 0, -1, PROVENANCE, 0),
    new Key("value", 0, -1, VALUE, 0),
    new Key("key", 0, -1, KEY, 0),
    new Key("met", 0, -1, MET, 0),
    new Key("scores", 0, -1, SCORES, 0),
    new Key("reason", 0, -1, REASON, 0),
    new Key("veto", 0, -1, VETO, 0),
    new Key("office", 0, -1, -1, OFFICE),
    new Key("recordedOn", 0, -1, -1, RECORDED_ON),
    new Key("evidence", 0, -1, -1, EVIDENCE),
  };

  /** A key the fast path knows, and what it is where it may stand (see {@link #KEYS}). */
  private record Key(String name, int unitBit, int kind, int slot, int provenanceBit) {}

  /**
   * {@link #KEYS} by the hash of their names, each at its own place: a key is found by its hash and
   * one comparison. Jackson's JSON parser gives every key as the JVM's interned string, the same
   * object as the name here, so that comparison is by identity; YAML's keys are equal strings.
   */
  private static final Key[] BY_HASH = new Key[256];

  /** The multiplier that spreads {@link #KEYS} over {@link #BY_HASH} without two at one place. */
  private static final int SPREAD = spread();

  private static int spread() {
    for (int m = 0x9E3779B1, tries = 0; tries < 1 << 20; m += 2, tries++) {
      java.util.Arrays.fill(BY_HASH, null);
      boolean apart = true;
      for (Key k : KEYS) {
        int i = place(k.name(), m);
        if (BY_HASH[i] != null) {
          apart = false;
          break;
        }
        BY_HASH[i] = k;
      }
      if (apart) {
        return m;
      }
    }
    throw new AssertionError("no spread of the keys found");
  }

  private static int place(String name, int spread) {
    return (name.hashCode() * spread) >>> 24;
  }

  /** The known key of this name; gives up on any other. */
  private static Key known(String name) {
    Key k = BY_HASH[place(name, SPREAD)];
    if (k == null) {
      throw BAIL;
    }
    String n = k.name();
    if (n != name && !n.equals(name)) {
      throw BAIL;
    }
    return k;
  }

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
    FactPlaces locs = new FactPlaces(docs, 16);
    String unit = null;
    String group = null;
    String period = null;
    int seen = 0;
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      int bit = known(key()).unitBit();
      if (bit == 0 || (seen & bit) != 0) {
        throw BAIL; // unknown, a grading (the tree reader reads it), or written twice
      }
      seen |= bit;
      if (bit == FACTS) {
        if (next() != JsonToken.START_ARRAY) {
          throw BAIL;
        }
        facts(locs);
      } else {
        next();
        String value = text();
        if (bit == UNIT_ID) {
          unit = value;
        } else if (bit == GROUP) {
          group = value;
        } else {
          period = value;
        }
      }
    }
    if (t != JsonToken.END_OBJECT || unit == null || group == null) {
      throw BAIL;
    }
    UnitFacts built = locs.unit(unit, group, period, recording);
    return new FactsCodec.Parsed(built, at, unit, locs);
  }

  /** The facts of a list just begun, each placed where its mapping starts. */
  private void facts(FactPlaces locs) {
    JsonToken t;
    while ((t = next()) == JsonToken.START_OBJECT) {
      int line = placed.tokenLine();
      int column = placed.tokenColumn();
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
      locs.add(fact, line, column);
    }
    if (t != JsonToken.END_ARRAY) {
      throw BAIL;
    }
  }

  private static int kind(String name) {
    int kind = known(name).kind();
    if (kind < 0) {
      throw BAIL;
    }
    return kind;
  }

  /** A fact's body, from the mapping just begun to its end. */
  private Fact body(int kind) {
    int allowed = ALLOWED[kind];
    int present = 0;
    JsonToken t;
    while ((t = next()) == JsonToken.FIELD_NAME) {
      int slot = known(key()).slot();
      int bit = slot < 0 ? 0 : 1 << slot;
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
          if (has(present, KIND)) {
            b.kind(text(present, KIND));
          }
          if (has(present, LEVEL)) {
            b.level(text(present, LEVEL));
          }
          if (has(present, COUNT)) {
            b.count(integer(COUNT));
          }
          if (has(present, POINTS)) {
            b.points(Points.of(decimal(present, POINTS)));
          }
          if (has(present, AMOUNT)) {
            b.amount(decimal(present, AMOUNT));
          }
          if (has(present, MATTER)) {
            b.matter(text(present, MATTER));
          }
          if (has(present, SELF_REPORTED)) {
            b.selfReported(bool(present, SELF_REPORTED));
          }
          if (has(present, JOINT)) {
            b.joint(joint(text(present, JOINT)));
          }
          if (has(present, SHARE)) {
            b.share(decimal(present, SHARE));
          }
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
      int bit = known(key()).provenanceBit();
      if (bit == 0 || (seen & bit) != 0) {
        throw BAIL;
      }
      seen |= bit;
      if (bit == EVIDENCE) {
        if (next() != JsonToken.START_ARRAY) {
          throw BAIL;
        }
        evidence = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
          evidence.add(text());
        }
      } else {
        next();
        String value = text();
        if (bit == OFFICE) {
          office = value;
        } else if (bit == RECORDED_ON) {
          on = Fields.plainDate(value);
          if (on == null) {
            throw BAIL;
          }
        } else {
          note = value;
        }
      }
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
    return Text.plainDecimal(s);
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
      // only a string's text can hold a refused character: a number's, true's and false's are the
      // ASCII their syntax allows (YAML's too: typed by patterns of ASCII; a tag gives up above)
      if (s.length() > maxStringLength
          || (t == JsonToken.VALUE_STRING
              ? Text.refusal(s) != null
              : (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
                  && s.length() > maxNumberLength)) {
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
