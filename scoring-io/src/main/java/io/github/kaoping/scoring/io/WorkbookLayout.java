package io.github.kaoping.scoring.io;

import io.github.kaoping.scoring.Gate;
import io.github.kaoping.scoring.Node;
import io.github.kaoping.scoring.NotApplicablePolicy;
import io.github.kaoping.scoring.Recording;
import io.github.kaoping.scoring.Role;
import io.github.kaoping.scoring.Rule;
import io.github.kaoping.scoring.Scheme;
import io.github.kaoping.scoring.Unit;
import io.github.kaoping.scoring.UnitGroup;
import io.github.kaoping.scoring.Veto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sheets and columns of a scheme's facts workbook, which {@link WorkbookWriter} writes and
 * {@link WorkbookUnits} reads; {@code docs/format.md} describes them for people.
 *
 * <p>Every sheet the reader reads has four header rows, frozen: titles, clauses and what to enter,
 * hints, and the keys (grey) that say what each column holds; cell A1 holds the sheet's key. A unit
 * sheet ({@code group:<id>}) has a row per unit and a column per item (see {@link FactColumns});
 * the other sheets have a row per fact: occurrences, veto events and items marked not applicable.
 * Any other sheet (the instructions, the drop-down lists, a clerk's own) is not read.
 */
final class WorkbookLayout {

  /** The rows, counted from 1. */
  static final int TITLE_ROW = 1;

  static final int HEAD_ROW = 2;
  static final int HINT_ROW = 3;
  static final int KEY_ROW = 4;
  static final int FIRST_ROW = 5;

  /** The prefix of a unit sheet's key in A1. */
  static final String GROUP = "group:";

  static final String UNIT = "unit";
  static final String NAME = "name";
  static final String PERIOD = "period";

  /** What a field of a fact sheet holds, which decides its validation and how it is read. */
  enum Type {
    TEXT,
    WHOLE,
    DECIMAL,
    SHARE,
    YES_NO,
    JOINT,
    DATE,
    EVIDENCE,
    UNIT,
    NODE,
    VETO,
    KIND,
    LEVEL,
    /** Numbers separated by ；, as a panel's scores. */
    SCORES
  }

  /**
   * A column of a fact sheet.
   *
   * @param key its key: the name of the field in a YAML facts file ({@code provenance.office} for
   *     the provenance's)
   * @param title its header, in Chinese
   * @param hint what to enter
   * @param type what it holds
   */
  record Field(String key, String title, String hint, Type type) {}

  private static final List<Field> PROVENANCE =
      List.of(
          new Field("provenance.office", "记录单位", "谁记录的", Type.TEXT),
          new Field("provenance.recordedOn", "记录日期", "如 2024-04-02", Type.DATE),
          new Field("provenance.evidence", "依据", "多项用；分隔", Type.EVIDENCE),
          new Field("provenance.note", "记录备注", "", Type.TEXT));

  /** The sheets of facts that are not one number per unit and item. */
  enum FactSheet {
    /** Occurrences with an id, kind, level, chosen points, amount, matter, note or provenance. */
    OCCURRENCES(
        "occurrences",
        "扣分加分事项",
        "occurrence",
        fields(
            new Field(UNIT, "单位编号", "必填", Type.UNIT),
            new Field(PERIOD, "期间", "可空", Type.TEXT),
            new Field("node", "考评项目", "必填，从下拉列表选择", Type.NODE),
            new Field("id", "事项编号", "可空：空时以本单元格为编号", Type.TEXT),
            new Field("kind", "类别", "按考评办法", Type.KIND),
            new Field("level", "级别", "按考评办法", Type.LEVEL),
            new Field("count", "次数", "可空：空为1次", Type.WHOLE),
            new Field("points", "分值", "扣分或加分为区间时必填", Type.DECIMAL),
            new Field("amount", "金额", "按金额计分的项目", Type.DECIMAL),
            new Field("matter", "同一事项", "同一事项就高扣分一次", Type.TEXT),
            new Field("selfReported", "自查自纠", "是/否，可空", Type.YES_NO),
            new Field("joint", "联合办理", "主办/联办，可空", Type.JOINT),
            new Field("share", "分配比例", "0至1，可空", Type.SHARE),
            new Field("note", "说明", "", Type.TEXT))),
    /** Events that set off a veto (一票否决). */
    VETO_EVENTS(
        "vetoEvents",
        "一票否决",
        "vetoEvent",
        fields(
            new Field(UNIT, "单位编号", "必填", Type.UNIT),
            new Field(PERIOD, "期间", "可空", Type.TEXT),
            new Field("veto", "否决事项", "必填，从下拉列表选择", Type.VETO),
            new Field("id", "事件编号", "可空：空时以本单元格为编号", Type.TEXT),
            new Field("note", "说明", "", Type.TEXT))),
    /** Items outside a unit's duties. */
    NOT_APPLICABLE(
        "notApplicable",
        "不适用项目",
        "notApplicable",
        fields(
            new Field(UNIT, "单位编号", "必填", Type.UNIT),
            new Field(PERIOD, "期间", "可空", Type.TEXT),
            new Field("node", "考评项目", "必填，从下拉列表选择", Type.NODE),
            new Field("reason", "理由", "必填", Type.TEXT)));

    /** The key in A1. */
    final String key;

    /** The sheet's name in a template. */
    final String title;

    /** The fact's name in a YAML facts file. */
    final String fact;

    /** The columns, in order. */
    final List<Field> fields;

    FactSheet(String key, String title, String fact, List<Field> fields) {
      this.key = key;
      this.title = title;
      this.fact = fact;
      this.fields = fields;
    }

    private static List<Field> fields(Field... own) {
      List<Field> all = new ArrayList<>(List.of(own));
      all.addAll(PROVENANCE);
      return List.copyOf(all);
    }

    /** The field with a key, if any. */
    Field field(String key) {
      for (Field f : fields) {
        if (f.key().equals(key)) {
          return f;
        }
      }
      throw new IllegalArgumentException(key);
    }
  }

  /**
   * One column of an item on a unit sheet.
   *
   * @param node the item
   * @param column what it holds
   * @param section the title of the item's top-level section, for the first header row
   */
  record ItemColumn(Node node, FactColumns.Column column, String section) {}

  /**
   * A unit sheet.
   *
   * @param group the unit group
   * @param name the sheet's name in a template
   * @param items the columns of the items that apply to the group, in the scheme's order
   */
  record GroupSheet(UnitGroup group, String name, List<ItemColumn> items) {}

  final Scheme scheme;
  final FactColumns columns;
  final List<GroupSheet> groups = new ArrayList<>();
  final List<FactSheet> factSheets = new ArrayList<>();
  final Map<FactSheet, String> factSheetNames = new LinkedHashMap<>();

  /** The drop-down choices of node cells on the fact sheets: "id title". */
  final List<String> nodeChoices = new ArrayList<>();

  /** The drop-down choices of veto cells: "id title". */
  final List<String> vetoChoices = new ArrayList<>();

  /** The units the scheme lists, as the drop-down of unit cells offers them: "id name". */
  final List<String> unitChoices = new ArrayList<>();

  /** Whether unit cells get a drop-down: only if every group lists its units. */
  final boolean unitDropDown;

  /** Every kind and every level of occurrence the scheme's rates, gates and vetoes name. */
  final Set<String> kinds = new LinkedHashSet<>();

  final Set<String> levels = new LinkedHashSet<>();

  static final String INSTRUCTIONS = "说明";
  static final String LISTS = "选项";

  /** The key in A1 of the sheet of the workbook's settings, and the sheet's name. */
  static final String SETTINGS = "settings";

  static final String SETTINGS_TITLE = "设置";

  /** The key of the setting of how checks are recorded, which a YAML facts file also names. */
  static final String RECORDING = "recording";

  /**
   * A recording policy as the settings sheet's drop-down offers it, in Chinese.
   *
   * @param r the policy
   * @return its label
   */
  static String label(Recording r) {
    return switch (r) {
      case EVERY_CHECK -> "逐项记录";
      case FAILURES_ONLY -> "只记未达标";
    };
  }

  /**
   * The policy a settings cell names: its Chinese label or its name in a YAML file.
   *
   * @param text the cell's text, stripped
   * @return the policy, or null if the text names none
   */
  static @Nullable Recording recording(String text) {
    for (Recording r : Recording.values()) {
      if (label(r).equals(text) || Names.of(r).equals(text)) {
        return r;
      }
    }
    return null;
  }

  WorkbookLayout(Scheme scheme) {
    this.scheme = scheme;
    this.columns = new FactColumns(scheme);
    Set<String> names = new HashSet<>();
    names.add(INSTRUCTIONS.toLowerCase(Locale.ROOT));
    names.add(LISTS.toLowerCase(Locale.ROOT));
    names.add(SETTINGS_TITLE.toLowerCase(Locale.ROOT));
    boolean occurrences = false;
    boolean rosters = true;
    for (UnitGroup g : scheme.groups()) {
      List<ItemColumn> items = new ArrayList<>();
      for (Node section : scheme.sections()) {
        collect(section, section.title(), g.id(), items);
      }
      groups.add(new GroupSheet(g, unique(sheetName(g.title()), names), List.copyOf(items)));
      rosters &= !g.units().isEmpty();
      for (Unit u : g.units()) {
        unitChoices.add(u.id() + " " + u.name());
      }
    }
    unitDropDown = rosters && !unitChoices.isEmpty();
    for (Node n : columns.nodes()) {
      boolean leaf = n.isLeaf() && n.rule().isPresent();
      boolean reads = leaf && readsOccurrences(n);
      occurrences |= reads;
      if (reads || (n.role() == Role.SCORED && n.maximum().isPresent())) {
        nodeChoices.add(n.id() + " " + n.title());
      }
      if (leaf && n.rule().get() instanceof Rule.PerOccurrence per) {
        per.rates().forEach(r -> r.kind().ifPresent(kinds::add));
        per.rates().forEach(r -> r.level().ifPresent(levels::add));
      }
      for (Gate g : n.gates()) {
        if (g instanceof Gate.OccurrenceLimit o) {
          o.kind().ifPresent(kinds::add);
        }
      }
    }
    boolean reported = false;
    for (Veto v : scheme.vetoes()) {
      if (v.trigger() instanceof Veto.Reported) {
        reported = true;
        vetoChoices.add(v.id() + " " + v.title());
      } else if (v.trigger() instanceof Veto.OccurrenceCount c) {
        c.kind().ifPresent(kinds::add);
        occurrences = true;
      }
    }
    if (occurrences) {
      factSheets.add(FactSheet.OCCURRENCES);
    }
    if (reported) {
      factSheets.add(FactSheet.VETO_EVENTS);
    }
    if (scheme.notApplicable() != NotApplicablePolicy.REJECT) {
      factSheets.add(FactSheet.NOT_APPLICABLE);
    }
    for (FactSheet s : factSheets) {
      factSheetNames.put(s, unique(s.title, names));
    }
  }

  private void collect(Node node, String section, String group, List<ItemColumn> out) {
    if (!node.groups().isEmpty() && !node.groups().contains(group)) {
      return;
    }
    for (FactColumns.Column c : columns.columns(node)) {
      out.add(new ItemColumn(node, c, section));
    }
    for (Node child : node.children()) {
      collect(child, section, group, out);
    }
  }

  /** Does an item take occurrences: by its rule, or counted by its gates? */
  private static boolean readsOccurrences(Node n) {
    Rule rule = n.rule().orElseThrow();
    if (rule instanceof Rule.PerOccurrence
        || rule instanceof Rule.AmountSteps
        || rule instanceof Rule.FullMarks) {
      return true;
    }
    return n.gates().stream().anyMatch(g -> g instanceof Gate.OccurrenceLimit);
  }

  /** The sheet with a key, by the key in A1; null for a sheet the reader does not read. */
  static @Nullable FactSheet factSheet(String key) {
    for (FactSheet s : FactSheet.values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }

  /**
   * A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. A longer title loses
   * its parenthesised parts first ("各县、市、区人民政府办公室（含岳阳经济开发区...）"), then its end.
   */
  static String sheetName(String title) {
    String s = title.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
    if (s.codePointCount(0, s.length()) > 31) {
      String shorter = s.replaceAll("[（(][^（）()]*[)）]", "").strip();
      s = shorter.isEmpty() ? s : shorter;
    }
    if (s.startsWith("'")) {
      s = s.substring(1);
    }
    if (s.codePointCount(0, s.length()) > 31) {
      s = s.substring(0, s.offsetByCodePoints(0, 31));
    }
    while (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "Sheet" : s;
  }

  /** Makes a name unique among those taken (Excel compares them ignoring case). */
  private static String unique(String name, Set<String> taken) {
    String n = name;
    for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
      String suffix = "(" + i + ")";
      String base = name;
      while (base.codePointCount(0, base.length()) + suffix.length() > 31) {
        base =
            base.substring(
                0, base.offsetByCodePoints(0, base.codePointCount(0, base.length()) - 1));
      }
      n = base + suffix;
    }
    return n;
  }
}
