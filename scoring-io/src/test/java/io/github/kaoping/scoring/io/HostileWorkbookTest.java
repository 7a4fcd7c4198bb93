package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaoping.scoring.Calculator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks are refused with a problem that says what was found, before they exhaust time
 * or memory or have anything run: a zip bomb (declared, or hidden by a lying header), a huge
 * shared-strings table, external links and data connections, macros, XML entities; and a few more
 * that a crafted file could try (an XML token longer than any cell, deep nesting, thousands of
 * parts, rows out of order, cells beyond the last column, a workbook that is not one).
 */
class HostileWorkbookTest {

  static final Calculator CALC = Calculator.of(Everything.scheme());

  @TempDir Path tmp;
  Path template;

  @BeforeEach
  void template() throws IOException {
    template = tmp.resolve("template.xlsx");
    FactsFiles.template(template, Everything.scheme(), Optional.of("2025"));
  }

  /** The template with parts replaced or added (null removes one). */
  Path craft(String name, Map<String, byte[]> parts) throws IOException {
    Path out = tmp.resolve(name);
    Map<String, byte[]> rest = new LinkedHashMap<>(parts);
    try (ZipFile in = new ZipFile(template.toFile());
        OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        boolean replaced = rest.containsKey(entry.getName());
        byte[] body = replaced ? rest.remove(entry.getName()) : null;
        if (replaced && body == null) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (body != null) {
          zip.write(body);
        } else {
          try (InputStream is = in.getInputStream(entry)) {
            is.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> added : rest.entrySet()) {
        zip.putNextEntry(new ZipEntry(added.getKey()));
        zip.write(added.getValue());
        zip.closeEntry();
      }
    }
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  byte[] part(String name) throws IOException {
    try (ZipFile in = new ZipFile(template.toFile());
        InputStream is = in.getInputStream(in.getEntry(name))) {
      return is.readAllBytes();
    }
  }

  /** The one problem reading a file gives. */
  static String refusal(Path file) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> FactsFiles.read(file, CALC))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> thrown[0] = e);
    InvalidFileException e = (InvalidFileException) thrown[0];
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }

  private static final String SHEET = "xl/worksheets/sheet2.xml";

  private static final String SHEET_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

  @Test
  void aZipBombIsRefused() throws IOException {
    byte[] spaces = new byte[200 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    ByteBuffer bomb = ByteBuffer.allocate(spaces.length + 200);
    bomb.put(utf8(SHEET_HEAD)).put(spaces).put(utf8("</sheetData></worksheet>"));
    byte[] body = java.util.Arrays.copyOf(bomb.array(), bomb.position());
    Path file = craft("bomb.xlsx", Map.of(SHEET, body));
    assertThat(refusal(file))
        .isEqualTo(
            file
                + ": the part "
                + SHEET
                + " inflates to more than 100 times its compressed size: a zip bomb, refused");
  }

  @Test
  void aZipBombBehindAHeaderThatUnderstatesItsSizeIsRefusedAsItInflates() throws IOException {
    // short elements the reader skips, so that only the count of inflated bytes can stop it
    String x = "<x/>".repeat(50 << 20);
    Path file =
        craft("bomb.xlsx", Map.of(SHEET, utf8(SHEET_HEAD + x + "</sheetData></worksheet>")));
    lieAboutSize(file, SHEET, 1000);
    assertThat(refusal(file))
        .isEqualTo(
            file
                + ": the part "
                + SHEET
                + " inflates to more than 100 times its compressed size: a zip bomb, refused");
  }

  /** Rewrites an entry's uncompressed size in the zip's central directory. */
  private static void lieAboutSize(Path file, String name, int size) throws IOException {
    byte[] zip = Files.readAllBytes(file);
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    byte[] wanted = utf8(name);
    for (int i = 0; i + 46 < zip.length; i++) {
      if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == wanted.length) {
        String n = new String(zip, i + 46, wanted.length, StandardCharsets.UTF_8);
        if (n.equals(name)) {
          b.putInt(i + 24, size);
          Files.write(file, zip);
          return;
        }
      }
    }
    throw new AssertionError("no central directory entry " + name);
  }

  @Test
  void aHugeSharedStringsTableIsRefused() throws IOException {
    StringBuilder many =
        new StringBuilder(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i <= 2_000_000; i++) {
      many.append("<si><t>x</t></si>");
    }
    many.append("</sst>");
    Path file = craft("sst.xlsx", Map.of("xl/sharedStrings.xml", utf8(many.toString())));
    assertThat(refusal(file))
        .isEqualTo(
            file
                + ": has a shared-strings table of more than 2000000 entries; it is held in memory,"
                + " so it is refused");

    StringBuilder long_ =
        new StringBuilder(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    String cell = "字".repeat(30_000);
    for (int i = 0; i < 600; i++) {
      long_.append("<si><t>").append(cell).append("</t></si>");
    }
    long_.append("</sst>");
    Path chars = craft("chars.xlsx", Map.of("xl/sharedStrings.xml", utf8(long_.toString())));
    assertThat(refusal(chars))
        .contains("has a shared-strings table of more than 16777216 characters");
  }

  @Test
  void externalLinksAndDataConnectionsAreRefused() throws IOException {
    String expected =
        ": links to other workbooks or data sources (external links, data connections), whose"
            + " values would be read as if they were this workbook's; break the links (数据 ›"
            + " 编辑链接 › 断开链接) and save it again";
    Path part =
        craft(
            "link.xlsx",
            Map.of(
                "xl/externalLinks/externalLink1.xml",
                utf8(
                    "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")));
    assertThat(refusal(part)).isEqualTo(part + expected);

    String rels = new String(part("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
    Path rel =
        craft(
            "rel.xlsx",
            Map.of(
                "xl/_rels/workbook.xml.rels",
                utf8(
                    rels.replace(
                        "</Relationships>",
                        "<Relationship Id=\"rX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\""
                            + " Target=\"file:///C:/secret.xlsx\" TargetMode=\"External\"/></Relationships>"))));
    assertThat(refusal(rel)).isEqualTo(rel + expected);

    Path connection =
        craft("connection.xlsx", Map.of("xl/connections.xml", utf8("<connections/>")));
    assertThat(refusal(connection)).isEqualTo(connection + expected);
  }

  @Test
  void macrosAreRefused() throws IOException {
    String expected =
        ": contains macros (VBA, Excel 4.0 macro sheets or ActiveX controls), which could run code;"
            + " save it as an .xlsx workbook without macros";
    Path vba = craft("vba.xlsx", Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));
    assertThat(refusal(vba)).isEqualTo(vba + expected);

    String types = new String(part("[Content_Types].xml"), StandardCharsets.UTF_8);
    Path xlsm =
        craft(
            "xlsm.xlsx",
            Map.of(
                "[Content_Types].xml",
                utf8(
                    types.replace(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"))));
    assertThat(refusal(xlsm)).isEqualTo(xlsm + expected);

    Path xlm = craft("xlm.xlsx", Map.of("xl/macrosheets/sheet1.xml", utf8("<xm:macrosheet/>")));
    assertThat(refusal(xlm)).isEqualTo(xlm + expected);
  }

  @Test
  void xmlEntitiesAreRefusedBeforeAnyExpands() throws IOException {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol9;</t></si></sst>";
    Path file = craft("laughs.xlsx", Map.of("xl/sharedStrings.xml", utf8(laughs)));
    assertThat(refusal(file))
        .isEqualTo(
            file
                + ": the part xl/sharedStrings.xml declares a document type (<!DOCTYPE>), which"
                + " workbooks never do; it could declare entities that expand without end, so it is"
                + " refused");

    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + SHEET_HEAD.substring(SHEET_HEAD.indexOf("<worksheet"))
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
    Path xxe = craft("xxe.xlsx", Map.of(SHEET, utf8(external)));
    assertThat(refusal(xxe)).contains("declares a document type (<!DOCTYPE>)");
    // an entity used without a declaration is not well-formed XML
    Path undeclared =
        craft(
            "undeclared.xlsx",
            Map.of(
                SHEET,
                utf8(
                    SHEET_HEAD
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")));
    assertThat(refusal(undeclared)).contains("is not well-formed XML");
  }

  @Test
  void anXmlTokenLongerThanAnyCellIsRefused() throws IOException {
    String text = "长".repeat(1 << 19); // 1.5 MiB of UTF-8 in one text
    Path file =
        craft(
            "token.xlsx",
            Map.of(
                SHEET,
                utf8(
                    SHEET_HEAD
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                        + text
                        + "</t></is></c></row></sheetData></worksheet>")));
    // the XML parser hands the text over in pieces: the cell's own limit stops it
    assertThat(refusal(file))
        .isEqualTo(file + ": 第一序列: holds a text longer than a cell's 32767 characters");
    // it holds a tag whole: the guard on the inflated bytes stops it first
    Path attribute =
        craft(
            "attribute.xlsx",
            Map.of(
                SHEET,
                utf8(
                    SHEET_HEAD
                        + "<row r=\"1\" x=\""
                        + "a>".repeat(1 << 20)
                        + "\"/></sheetData></worksheet>")));
    assertThat(refusal(attribute)).contains("holds an XML tag or text longer than 1048576 bytes");
  }

  @Test
  void deepNestingThousandsOfPartsRowsOutOfOrderAndCellsBeyondTheLastColumnAreRefused()
      throws IOException {
    Path deep =
        craft(
            "deep.xlsx",
            Map.of(
                SHEET,
                utf8(
                    SHEET_HEAD
                        + "<a>".repeat(100)
                        + "</a>".repeat(100)
                        + "</sheetData></worksheet>")));
    assertThat(refusal(deep)).contains("nests more than 32 deep");

    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < 10_001; i++) {
      parts.put("xl/media/p" + i + ".bin", new byte[0]);
    }
    Path many = craft("many.xlsx", parts);
    assertThat(refusal(many))
        .isEqualTo(many + ": has more than 10000 parts; a workbook has dozens");

    Path order =
        craft(
            "order.xlsx",
            Map.of(
                SHEET, utf8(SHEET_HEAD + "<row r=\"7\"/><row r=\"3\"/></sheetData></worksheet>")));
    assertThat(refusal(order))
        .isEqualTo(order + ": 第一序列: row 3 comes after row 7; rows must be in order");

    Path wide =
        craft(
            "wide.xlsx",
            Map.of(
                SHEET,
                utf8(
                    SHEET_HEAD
                        + "<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>")));
    assertThat(refusal(wide)).isEqualTo(wide + ": 第一序列: row 1 has a cell 'ZZZZ1'");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedSayingWhatItIs() throws IOException {
    Path text = tmp.resolve("text.xlsx");
    Files.writeString(text, "unit,group\n");
    assertThat(refusal(text))
        .isEqualTo(text + ": is not a workbook: an .xlsx file is a zip archive");
    Path xls = tmp.resolve("old.xlsx");
    Files.write(
        xls,
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    assertThat(refusal(xls))
        .isEqualTo(
            xls
                + ": is an Excel 97-2003 workbook (.xls) or an encrypted workbook; save it as an"
                + " unencrypted .xlsx workbook");
    Path truncated = tmp.resolve("truncated.xlsx");
    byte[] whole = Files.readAllBytes(template);
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(refusal(truncated)).startsWith(truncated + ": is not a readable zip archive");
  }
}
