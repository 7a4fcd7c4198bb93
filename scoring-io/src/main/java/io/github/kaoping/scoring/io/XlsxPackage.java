package io.github.kaoping.scoring.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A workbook (xlsx) opened for reading: its sheets, cell formats and shared strings, read with the
 * JDK's zip and XML parsers under {@link Xlsx.Limits}. Hostile workbooks are refused with an {@link
 * InvalidFileException} naming what was found: a zip bomb (a part that inflates beyond its limit),
 * a shared-strings table beyond its limit, a document type declaration (which could declare
 * entities), macros, links to other workbooks and data connections.
 *
 * <p>Only the parts a reader needs are inflated: the content types, the relationships, the
 * workbook, its styles and shared strings, and the sheets, each when it is read. Every byte
 * inflated is counted as it is read, so a part's declared size is never trusted.
 *
 * <p>Not thread-safe. Close it to release the file.
 */
final class XlsxPackage implements Closeable {

  /**
   * A sheet of the workbook.
   *
   * @param name its name, as its tab shows it
   * @param part the zip entry of its XML
   */
  record SheetRef(String name, String part) {}

  private static final String DOCUMENT = "officeDocument";
  private static final Pattern MACRO_PARTS =
      Pattern.compile("(?i).*(vbaproject\\.bin|/macrosheets/.*|/dialogsheets/.*|/activex/.*)");
  private static final Pattern LINK_PARTS =
      Pattern.compile("(?i)(.*/externallinks/.*|.*/connections\\.xml|.*/querytables/.*)");

  private static final XMLInputFactory XML = xmlFactory();

  private final ZipFile zip;
  private final String file;
  private final Xlsx.Limits limits;
  private final Map<String, ZipEntry> entries = new HashMap<>();
  private final List<SheetRef> sheets = new ArrayList<>();
  private final BitSet dateStyles = new BitSet();
  private final SharedStrings strings = new SharedStrings();
  private long inflated;
  private boolean date1904;

  private XlsxPackage(ZipFile zip, String file, Xlsx.Limits limits) {
    this.zip = zip;
    this.file = file;
    this.limits = limits;
  }

  /**
   * Opens a workbook and reads everything but its sheets.
   *
   * @param path the file
   * @param file what to call it in problems
   * @param limits what it may contain
   * @return the opened workbook
   * @throws InvalidFileException if it is not a workbook this library reads, or is hostile
   * @throws IOException if it cannot be read
   */
  static XlsxPackage open(Path path, String file, Xlsx.Limits limits) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
      throw refused(
          file,
          "",
          "is an Excel 97-2003 workbook (.xls) or an encrypted workbook; save it as an"
              + " unencrypted .xlsx workbook");
    }
    if (n < 4 || head[0] != 'P' || head[1] != 'K') {
      throw refused(file, "", "is not a workbook: an .xlsx file is a zip archive");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw refused(file, "", "is not a readable zip archive, so not a workbook: " + e);
    }
    XlsxPackage p = new XlsxPackage(zip, file, limits);
    try {
      p.readStructure();
      return p;
    } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
      zip.close(); // a damaged archive: a name that is not UTF-8, a header that lies
      throw refused(file, "", "is not a readable zip archive, so not a workbook: " + e);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** The sheets, in the workbook's order. */
  List<SheetRef> sheets() {
    return sheets;
  }

  /** The file's name, for problems. */
  String file() {
    return file;
  }

  /** Opens a sheet's rows. */
  XlsxSheet open(SheetRef sheet) throws IOException {
    ZipEntry e = entries.get(sheet.part().toLowerCase(Locale.ROOT));
    if (e == null) {
      throw refused(file, sheet.name(), "the sheet's part " + sheet.part() + " is missing");
    }
    return new XlsxSheet(this, sheet.name(), xml(e, sheet.name()));
  }

  boolean isDate(int style) {
    return dateStyles.get(style);
  }

  boolean date1904() {
    return date1904;
  }

  @Nullable String sharedString(int index) {
    return strings.get(index);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  // ================================================================== structure

  private void readStructure() throws IOException {
    Set<String> names = new HashSet<>();
    int count = 0;
    for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
      ZipEntry e = all.nextElement();
      if (++count > limits.maxEntries()) {
        throw refused(
            file, "", "has more than " + limits.maxEntries() + " parts; a workbook has dozens");
      }
      String name = e.getName().toLowerCase(Locale.ROOT);
      if (!names.add(name)) {
        throw refused(file, "", "holds the part " + e.getName() + " twice; which is meant?");
      }
      long size = e.getSize();
      if (size > allowed(e)) {
        throw bomb(e.getName());
      }
      if (MACRO_PARTS.matcher("/" + name).matches()) {
        throw macros();
      }
      if (LINK_PARTS.matcher("/" + name).matches()) {
        throw links();
      }
      entries.put(name, e);
    }
    checkContentTypes();
    String workbook = target("", "_rels/.rels", DOCUMENT);
    if (workbook == null) {
      throw refused(file, "", "has no workbook part: it is not a spreadsheet");
    }
    Map<String, String[]> rels = relationships(workbook);
    readWorkbook(workbook, rels);
    for (String[] rel : rels.values()) {
      if (rel[0].endsWith("/styles")) {
        readStyles(rel[1]);
      } else if (rel[0].endsWith("/sharedStrings")) {
        readSharedStrings(rel[1]);
      }
    }
  }

  private void checkContentTypes() throws IOException {
    ZipEntry types = entries.get("[content_types].xml");
    if (types == null) {
      throw refused(file, "", "has no [Content_Types].xml: it is not an Office document");
    }
    try (Xml x = xml(types, "")) {
      while (x.next() != XMLStreamConstants.END_DOCUMENT) {
        if (x.isStart("Default") || x.isStart("Override")) {
          String type = x.attribute("ContentType").toLowerCase(Locale.ROOT);
          if (type.contains("macroenabled")
              || type.contains("vbaproject")
              || type.contains("macrosheet")
              || type.contains("activex")) {
            throw macros();
          }
          if (type.contains("externallink")
              || type.contains("connections")
              || type.contains("querytable")) {
            throw links();
          }
        }
      }
    }
  }

  /** The target of the first relationship of a type in a rels part, resolved; null if none. */
  private @Nullable String target(String base, String relsPart, String type) throws IOException {
    for (String[] rel : relationships(base, relsPart).values()) {
      if (rel[0].endsWith("/" + type)) {
        return rel[1];
      }
    }
    return null;
  }

  /** A part's relationships by id: {type, resolved target}. */
  private Map<String, String[]> relationships(String part) throws IOException {
    int slash = part.lastIndexOf('/');
    String dir = slash < 0 ? "" : part.substring(0, slash + 1);
    return relationships(dir, dir + "_rels/" + part.substring(slash + 1) + ".rels");
  }

  private Map<String, String[]> relationships(String dir, String relsPart) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    ZipEntry e = entries.get(relsPart.toLowerCase(Locale.ROOT));
    if (e == null) {
      return out;
    }
    try (Xml x = xml(e, "")) {
      while (x.next() != XMLStreamConstants.END_DOCUMENT) {
        if (x.isStart("Relationship")) {
          String type = x.attribute("Type");
          String target = x.attribute("Target");
          if (type.endsWith("/externalLink")
              || type.endsWith("/connections")
              || type.endsWith("/externalLinkPath")) {
            throw links();
          }
          if ("External".equalsIgnoreCase(x.attribute("TargetMode"))) {
            if (type.endsWith("/hyperlink")) {
              continue; // a link a person may follow; nothing is read from it
            }
            throw links();
          }
          out.put(x.attribute("Id"), new String[] {type, resolve(dir, target)});
        }
      }
    }
    return out;
  }

  private static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/", -1)) {
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!p.equals(".") && !p.isEmpty()) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  private void readWorkbook(String part, Map<String, String[]> rels) throws IOException {
    ZipEntry e = entries.get(part.toLowerCase(Locale.ROOT));
    if (e == null) {
      throw refused(file, "", "names its workbook part " + part + ", which is missing");
    }
    try (Xml x = xml(e, "")) {
      while (x.next() != XMLStreamConstants.END_DOCUMENT) {
        if (x.isStart("workbookPr")) {
          String d = x.attribute("date1904");
          date1904 = d.equals("1") || d.equalsIgnoreCase("true");
        } else if (x.isStart("externalReference")) {
          throw links();
        } else if (x.isStart("sheet")) {
          String id =
              x.attribute(
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
          if (id.isEmpty()) {
            id = x.attribute("http://purl.oclc.org/ooxml/officeDocument/relationships", "id");
          }
          String[] rel = rels.get(id);
          if (rel == null) {
            throw refused(file, x.attribute("name"), "the sheet has no part in the workbook");
          }
          if (rel[0].endsWith("/worksheet")) {
            if (sheets.size() >= limits.maxSheets()) {
              throw refused(file, "", "has more than " + limits.maxSheets() + " sheets");
            }
            sheets.add(new SheetRef(x.attribute("name"), rel[1]));
          } else if (rel[0].endsWith("/macrosheet") || rel[0].endsWith("/dialogsheet")) {
            throw macros();
          } // a chart sheet holds no cells
        }
      }
    }
  }

  // ================================================================== styles

  /** Which cell formats show a date or time, by the index cells refer to them with. */
  private void readStyles(String part) throws IOException {
    ZipEntry e = entries.get(part.toLowerCase(Locale.ROOT));
    if (e == null) {
      return;
    }
    Map<Integer, String> custom = new HashMap<>();
    try (Xml x = xml(e, "")) {
      boolean inCellXfs = false;
      int index = 0;
      while (x.next() != XMLStreamConstants.END_DOCUMENT) {
        if (x.isStart("numFmt")) {
          Integer id = integer(x.attribute("numFmtId"));
          if (id != null) {
            custom.put(id, x.attribute("formatCode"));
          }
        } else if (x.isStart("cellXfs")) {
          inCellXfs = true;
        } else if (x.isEnd("cellXfs")) {
          inCellXfs = false;
        } else if (inCellXfs && x.isStart("xf")) {
          if (index >= limits.maxStyles()) {
            throw refused(file, "", "has more than " + limits.maxStyles() + " cell formats");
          }
          Integer id = integer(x.attribute("numFmtId"));
          if (id != null && isDateFormat(id, custom.get(id))) {
            dateStyles.set(index);
          }
          index++;
        }
      }
    }
  }

  private static @Nullable Integer integer(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return null;
      }
    }
    return Integer.valueOf(s);
  }

  /**
   * Does a number format show a date or time? The built-in formats 14-22 and 45-47 do, and so do
   * 27-36 and 50-58, which are the built-in date formats of Chinese, Japanese and Korean Excel
   * ({@code yyyy"年"m"月"d"日"}); a custom format does if, outside its quoted text, escapes and
   * brackets, it has a year, month, day, hour or second.
   */
  static boolean isDateFormat(int id, @Nullable String code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 58)) {
      return true;
    }
    if (code == null) {
      return false;
    }
    StringBuilder s = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // an escaped or padding character
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0) {
        s.append(Character.toLowerCase(c));
      }
    }
    String f = s.toString();
    if (f.contains("general")) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      if ("ymdhs年月日时分秒".indexOf(f.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ================================================================== shared strings

  private void readSharedStrings(String part) throws IOException {
    ZipEntry e = entries.get(part.toLowerCase(Locale.ROOT));
    if (e == null) {
      return;
    }
    try (Xml x = xml(e, "")) {
      while (x.next() != XMLStreamConstants.END_DOCUMENT) {
        if (x.isStart("si")) {
          if (strings.size() >= limits.maxSharedStrings()) {
            throw refused(
                file,
                "",
                "has a shared-strings table of more than "
                    + limits.maxSharedStrings()
                    + " entries; it is held in memory, so it is refused");
          }
          strings.add(x.richText("si"));
          if (strings.chars() > limits.maxSharedChars()) {
            throw refused(
                file,
                "",
                "has a shared-strings table of more than "
                    + limits.maxSharedChars()
                    + " characters; it is held in memory, so it is refused");
          }
        }
      }
    }
  }

  /** The shared strings, in one buffer: two bytes a character and four an entry. */
  private static final class SharedStrings {
    private final StringBuilder chars = new StringBuilder();
    private int[] ends = new int[64];
    private int size;

    void add(String s) {
      if (size == ends.length) {
        ends = java.util.Arrays.copyOf(ends, size * 2);
      }
      chars.append(s);
      ends[size++] = chars.length();
    }

    int size() {
      return size;
    }

    int chars() {
      return chars.length();
    }

    @Nullable String get(int i) {
      if (i < 0 || i >= size) {
        return null;
      }
      return chars.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
    }
  }

  // ================================================================== XML

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // errors are thrown and reported as problems; not also printed to standard error
    f.setXMLReporter((message, type, info, location) -> {});
    return f;
  }

  /** The most a part may inflate to. */
  private long allowed(ZipEntry e) {
    long compressed = Math.max(e.getCompressedSize(), 0);
    return Math.max(compressed * limits.maxRatio(), limits.freeBytes());
  }

  /** Opens a part's XML, guarded. */
  Xml xml(ZipEntry e, String sheet) throws IOException {
    InputStream in;
    try {
      in = zip.getInputStream(e);
    } catch (ZipException | java.io.EOFException ex) {
      throw damaged(e.getName(), sheet, ex);
    }
    Guard guard = new Guard(in, e.getName(), allowed(e), sheet);
    try {
      // decoded here, strictly, so that bytes that are not UTF-8 are a problem like any other
      // (the JDK's parser would also print them to standard error)
      return new Xml(
          XML.createXMLStreamReader(Input.utf8(guard, Long.MAX_VALUE)), e.getName(), sheet);
    } catch (XMLStreamException ex) {
      guard.close();
      throw malformed(e.getName(), sheet, ex);
    }
  }

  private InvalidFileException damaged(String part, String sheet, IOException e) {
    return refused(file, sheet, "is damaged: its part " + part + " cannot be inflated (" + e + ")");
  }

  private InvalidFileException malformed(String part, String sheet, XMLStreamException e) {
    Throwable nested = e.getNestedException();
    if (nested instanceof InvalidFileException refusal) {
      return refusal;
    }
    if (nested instanceof java.nio.charset.CharacterCodingException) {
      return refused(file, sheet, "the part " + part + " is not UTF-8 XML");
    }
    if (nested instanceof ZipException || nested instanceof java.io.EOFException) {
      return damaged(part, sheet, (IOException) nested);
    }
    String where =
        e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + " of it";
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf("\nMessage: ");
    message = cut < 0 ? message : message.substring(cut + "\nMessage: ".length());
    return refused(
        file, sheet, "the part " + part + " is not well-formed XML" + where + ": " + message);
  }

  /**
   * A part's XML events, with the depth of elements bounded and any document type declaration or
   * entity reference refused.
   */
  final class Xml implements Closeable {
    private static final int MAX_DEPTH = 32;
    private final XMLStreamReader r;
    private final String part;
    private final String sheet;
    private int depth;

    Xml(XMLStreamReader r, String part, String sheet) {
      this.r = r;
      this.part = part;
      this.sheet = sheet;
    }

    int next() {
      int event;
      try {
        event = r.next();
      } catch (XMLStreamException e) {
        throw malformed(part, sheet, e);
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > MAX_DEPTH) {
            throw refused(
                file, sheet, "the part " + part + " nests more than " + MAX_DEPTH + " deep");
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.DTD -> throw doctype(part, sheet);
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw refused(
                file,
                sheet,
                "the part "
                    + part
                    + " refers to the entity &"
                    + r.getLocalName()
                    + ";, which"
                    + " workbooks do not use");
        default -> {}
      }
      return event;
    }

    boolean isStart(String name) {
      return r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(name);
    }

    boolean isEnd(String name) {
      return r.getEventType() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(name);
    }

    /** An attribute of the current start tag, "" if absent. */
    String attribute(String name) {
      String v = r.getAttributeValue(null, name);
      return v == null ? "" : v;
    }

    String attribute(String namespace, String name) {
      String v = r.getAttributeValue(namespace, name);
      return v == null ? "" : v;
    }

    /**
     * The text inside the current element up to its end, at most a cell's length; the text of the
     * nested {@code t} elements of a rich text, leaving out phonetic runs ({@code rPh}).
     */
    String richText(String element) {
      StringBuilder s = new StringBuilder();
      int level = 0;
      boolean phonetic = false;
      boolean inT = false;
      while (true) {
        int e = next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          level++;
          phonetic |= r.getLocalName().equals("rPh");
          inT = r.getLocalName().equals("t");
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (level == 0) {
            return s.toString(); // the end of element
          }
          level--;
          if (r.getLocalName().equals("rPh")) {
            phonetic = false;
          }
          inT = false;
        } else if ((e == XMLStreamConstants.CHARACTERS
                || e == XMLStreamConstants.CDATA
                || e == XMLStreamConstants.SPACE)
            && inT
            && !phonetic) {
          s.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          if (s.length() > Xlsx.MAX_CELL_CHARS) {
            throw refused(
                file,
                sheet,
                "holds a text longer than a cell's " + Xlsx.MAX_CELL_CHARS + " characters");
          }
        } else if (e == XMLStreamConstants.END_DOCUMENT) {
          throw refused(file, sheet, "the part " + part + " ends inside " + element);
        }
      }
    }

    /** The text of the current element, which has no children, at most {@code max} characters. */
    String text(int max) {
      StringBuilder s = new StringBuilder();
      while (true) {
        int e = next();
        if (e == XMLStreamConstants.CHARACTERS
            || e == XMLStreamConstants.CDATA
            || e == XMLStreamConstants.SPACE) {
          s.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          if (s.length() > max) {
            throw refused(file, sheet, "holds a value longer than " + max + " characters");
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          return s.toString();
        } else if (e == XMLStreamConstants.START_ELEMENT) {
          skip();
        } else if (e == XMLStreamConstants.END_DOCUMENT) {
          throw refused(file, sheet, "the part " + part + " ends inside an element");
        }
      }
    }

    /** Skips the current element's content up to its end. */
    void skip() {
      int level = 0;
      while (true) {
        int e = next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          level++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (level-- == 0) {
            return;
          }
        } else if (e == XMLStreamConstants.END_DOCUMENT) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      try {
        r.close();
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
    }
  }

  /**
   * Inflated bytes of one part: counted against the part's and the workbook's limits, and scanned
   * so that no XML tag, text, comment, CDATA section or processing instruction is longer than the
   * limit (the XML parser holds each whole), and that no document type is declared.
   */
  private final class Guard extends InputStream {
    private static final int TEXT = 0;
    private static final int LT = 1;
    private static final int BANG = 2;
    private static final int TAG = 3;
    private static final int COMMENT = 4;
    private static final int CDATA = 5;
    private static final int PI = 6;

    private final InputStream in;
    private final String part;
    private final long max;
    private final String sheet;
    private long count;
    private int state = TEXT;
    private int quote;
    private int tail;
    private int run;

    Guard(InputStream in, String part, long max, String sheet) {
      this.in = in;
      this.part = part;
      this.max = max;
      this.sheet = sheet;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n <= 0) {
        return n;
      }
      if (count == 0 && n >= 2 && (b[off] == 0 || b[off + 1] == 0 || (b[off] & 0xFF) >= 0xFE)) {
        throw refused(file, sheet, "the part " + part + " is not UTF-8 XML");
      }
      count += n;
      inflated += n;
      if (count > max) {
        throw bomb(part);
      }
      if (inflated > limits.maxTotalBytes()) {
        throw refused(
            file,
            "",
            "inflates to more than " + limits.maxTotalBytes() / (1 << 20) + " MiB of XML");
      }
      scan(b, off, off + n);
      return n;
    }

    /**
     * Scans bytes: text and tags, nearly all of a part, a run at a time; the rest (comments, CDATA,
     * processing instructions, the first bytes of markup) a byte at a time.
     */
    private void scan(byte[] b, int from, int to) {
      int i = from;
      while (i < to) {
        if (state == TEXT) {
          int j = i;
          while (j < to && b[j] != '<') {
            j++;
          }
          grow(j - i);
          if (j < to) {
            state = LT;
            run = 1;
            j++;
          }
          i = j;
        } else if (state == TAG) {
          int j = i;
          int q = quote;
          while (j < to) {
            byte c = b[j];
            if (q != 0) {
              if (c == q) {
                q = 0;
              }
            } else if (c == '"' || c == '\'') {
              q = c;
            } else if (c == '>') {
              break;
            }
            j++;
          }
          quote = q;
          grow(j - i);
          if (j < to) {
            state = TEXT;
            run = 0;
            j++;
          }
          i = j;
        } else {
          scan(b[i] & 0xFF);
          i++;
        }
      }
    }

    private void grow(int n) {
      run += n;
      if (run > limits.maxTokenBytes()) {
        throw tooLong();
      }
    }

    private InvalidFileException tooLong() {
      return refused(
          file,
          sheet,
          "the part "
              + part
              + " holds an XML tag or text longer than "
              + limits.maxTokenBytes()
              + " bytes; no cell needs one");
    }

    private void scan(int c) {
      if (++run > limits.maxTokenBytes()) {
        throw tooLong();
      }
      tail = (tail << 8 | c) & 0xFFFFFF;
      switch (state) {
        case TEXT -> {
          if (c == '<') {
            state = LT;
            run = 1;
          }
        }
        case LT -> {
          if (c == '!') {
            state = BANG;
          } else if (c == '?') {
            state = PI;
            tail = 0;
          } else {
            state = TAG;
            quote = 0;
            tag(c);
          }
        }
        case BANG -> {
          if (c == '-') {
            state = COMMENT;
            tail = 0;
          } else if (c == '[') {
            state = CDATA;
            tail = 0;
          } else {
            throw doctype(part, sheet);
          }
        }
        case TAG -> tag(c);
        case COMMENT -> end(tail == ('-' << 16 | '-' << 8 | '>'));
        case CDATA -> end(tail == (']' << 16 | ']' << 8 | '>'));
        case PI -> end((tail & 0xFFFF) == ('?' << 8 | '>'));
        default -> throw new AssertionError(state);
      }
    }

    private void tag(int c) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        end(true);
      }
    }

    private void end(boolean ended) {
      if (ended) {
        state = TEXT;
        run = 0;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  // ================================================================== refusals

  static InvalidFileException refused(String file, String sheet, String message) {
    return new InvalidFileException(file, List.of(new FileProblem(file, sheet, 0, 0, "", message)));
  }

  private InvalidFileException bomb(String part) {
    return refused(
        file,
        "",
        "the part "
            + part
            + " inflates to more than "
            + limits.maxRatio()
            + " times its compressed size: a zip bomb, refused");
  }

  private InvalidFileException doctype(String part, String sheet) {
    return refused(
        file,
        sheet,
        "the part "
            + part
            + " declares a document type (<!DOCTYPE>), which workbooks never do; it could declare"
            + " entities that expand without end, so it is refused");
  }

  private InvalidFileException macros() {
    return refused(
        file,
        "",
        "contains macros (VBA, Excel 4.0 macro sheets or ActiveX controls), which could run code;"
            + " save it as an .xlsx workbook without macros");
  }

  private InvalidFileException links() {
    return refused(
        file,
        "",
        "links to other workbooks or data sources (external links, data connections), whose values"
            + " would be read as if they were this workbook's; break the links (数据 › 编辑链接 ›"
            + " 断开链接) and save it again");
  }
}
