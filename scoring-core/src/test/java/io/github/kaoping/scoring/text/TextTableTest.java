package io.github.kaoping.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private static final TextTable.Align L = TextTable.Align.LEFT;
  private static final TextTable.Align D = TextTable.Align.DECIMAL;

  @Test
  void decimalsAlignOnTheirPointAndTheHeaderStaysRightAligned() {
    String table =
        TextTable.of(List.of("单位", "得分"), List.of(L, D))
            .add(List.of("东城", "94.5"))
            .add(List.of("交通", "67.75"))
            .add(List.of("西城", "81"))
            .add(List.of("南湖", "-11.5"))
            .add(List.of("无", ""))
            .render();
    assertThat(table)
        .isEqualTo(
            String.join(
                "\n",
                "单位    得分",
                "----  ------",
                "东城   94.5",
                "交通   67.75",
                "西城   81",
                "南湖  -11.5",
                "无",
                ""));
  }

  @Test
  void aLongTitleIsShortenedToItsColumnsWithAnEllipsis() {
    String title = "市政府各部门办公室（组成部门31个、特设机构1个）";
    String shortened = TextTable.shorten(title, 16);
    assertThat(shortened).isEqualTo("市政府各部门办…");
    assertThat(TextTable.width(shortened)).isLessThanOrEqualTo(16);
    assertThat(TextTable.shorten("县区", 16)).isEqualTo("县区");
  }

  @Test
  void aLongLineWrapsAfterChinesePunctuationOrAtSpacesAndIsIndented() {
    String line = "全市政府系统办公室工作先进单位〔三(四)〕：各县、市、区人民政府办公室（含岳阳经济开发区）";
    String wrapped = TextTable.wrap(line, 50, 2);
    assertThat(wrapped.lines())
        .containsExactly("全市政府系统办公室工作先进单位〔三(四)〕：", "  各县、市、区人民政府办公室（含岳阳经济开发区）");
    assertThat(wrapped.lines())
        .allSatisfy(l -> assertThat(TextTable.width(l)).isLessThanOrEqualTo(50));
    assertThat(TextTable.wrap("awards [one], county and city units", 20, 2).lines())
        .containsExactly("awards [one], county", "  and city units");
    assertThat(TextTable.wrap("short", 20, 2)).isEqualTo("short");
  }
}
