package io.github.kaoping.scoring.standings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaoping.scoring.Band;
import io.github.kaoping.scoring.Banding;
import io.github.kaoping.scoring.Interval;
import io.github.kaoping.scoring.Scheme;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogue §5: bands on a score, with explicit inclusive and exclusive bounds. */
class BandingTest {

  /** jishui 四(三)2: below 80 (不含80) 10% cut, 80 to 85 (不含85) 5%, 85 (含85) or more none. */
  static Banding allowance() {
    return Banding.of("allowance", "津贴补贴扣发", "四(三)2")
        .addBands(
            new Band("扣发10%", Interval.below("80")),
            new Band(
                "扣发5%", Interval.between(new BigDecimal("80"), true, new BigDecimal("85"), false)),
            new Band("全额领取", Interval.atLeast("85")))
        .build();
  }

  @Test
  void jishui_4_3_2_allowanceCutsAtEightyAndEightyFive() {
    Scheme scheme = Cohort.scheme("jishui-2014", List.of("section"), allowance());
    BandingResult result =
        Cohort.of(scheme)
            .add("a", "section", "79.99")
            .add("b", "section", "80")
            .add("c", "section", "84.99")
            .add("d", "section", "85")
            .add("e", "section", "92")
            .rank()
            .banding("allowance");
    BandedGroup g = result.group("section");
    assertThat(g.inBand("扣发10%")).containsExactly("a");
    assertThat(g.inBand("扣发5%")).containsExactly("c", "b"); // by score, highest first
    assertThat(g.inBand("全额领取")).containsExactly("e", "d");
    assertThat(result.table())
        .isEqualTo(
            String.join(
                "\n",
                "津贴补贴扣发〔四(三)2〕：section",
                "单位   得分  档次",
                "----  -----  --------",
                "e     92     全额领取",
                "d     85     全额领取",
                "c     84.99  扣发5%",
                "b     80     扣发5%",
                "a     79.99  扣发10%",
                ""));
  }

  @Test
  void hubei_7_thresholdsAtNinetyAndEightyOnANode() {
    // 第七条 "省一级达标分数线为90分；省二级达标分数线为80分" as bands on node a.
    Scheme scheme =
        Cohort.scheme(
            "hubei-2011",
            List.of("organ"),
            Banding.of("thresholds", "达标分数线", "第七条")
                .on("a")
                .addBands(
                    new Band(
                        "省二级",
                        Interval.between(new BigDecimal("80"), true, new BigDecimal("90"), false)),
                    new Band("省一级", Interval.atLeast("90")))
                .build());
    BandedGroup g =
        Cohort.of(scheme)
            .add("x", "organ", "90", "5")
            .add("y", "organ", "80", "50")
            .add("z", "organ", "79.5", "50")
            .rank()
            .banding("thresholds")
            .group("organ");
    assertThat(g.unit("x").orElseThrow().band()).hasValue("省一级");
    assertThat(g.unit("y").orElseThrow().band()).hasValue("省二级");
    assertThat(g.unit("z").orElseThrow().band()).isEmpty();
  }

  @Test
  void aVetoDoesNotChangeABandTheScoreStands() {
    Scheme scheme = Cohort.scheme("jishui-2014", List.of("section"), allowance());
    BandedGroup g =
        Cohort.of(scheme).vetoed("a", "section", "90").rank().banding("allowance").group("section");
    assertThat(g.unit("a").orElseThrow().band()).hasValue("全额领取");
  }
}
