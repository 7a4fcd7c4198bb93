package io.github.kaoping.scoring.schemes;

import com.google.common.base.Suppliers;
import io.github.kaoping.scoring.Calculator;
import io.github.kaoping.scoring.Scheme;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cited regulations, each packaged as a validated {@link Scheme}.
 *
 * <p>The catalogue is {@link #values()}: id, title, 文号, issuer, dates and status come from each
 * scheme's {@link io.github.kaoping.scoring.SchemeInfo}. A scheme is built and validated once, on
 * first use.
 */
public enum Regulation {
  /** 岳阳市政府系统办公室工作考评办法, 岳政办发[2007]13号: 1000 points for 12 counties and 72 departments. */
  YUEYANG_2007(Yueyang2007::scheme),
  /** 新干县县直机关政务“阳光行动”工作考评办法(试行), 2006: 100 points plus uncapped ± items. */
  XINGAN_2006(Xingan2006::scheme),
  /** ××乡机关绩效考评办法: 100 points minus veto penalties, units in three categories. */
  TOWNSHIP_EFFICIENCY(TownshipEfficiency::scheme),
  /** 吉水县国土资源局2014机关工作目标管理考评办法: 30 common points plus 70 for each of 14 sections. */
  JISHUI_2014(Jishui2014::scheme),
  /** 达州市政府系统办公室绩效工作评价试行办法 (2012, trial): seven assessed areas, each ranked apart. */
  DAZHOU_2012(Dazhou2012::scheme),
  /** 湖北省机关档案工作目标管理等级考评办法 (鄂档规[2011]1号): prerequisites, scored and reviewed grades. */
  HUBEI_2011(Hubei2011::scheme),
  /** 漳州市直机关绩效考评办法: 1000 points for 76 municipal units in three series. */
  ZHANGZHOU(ZhangzhouMunicipal::scheme),
  /** 常州市机关事务管理工作考核办法(暂行), 常机管〔2018〕49号: 100 points plus 20 bonus points. */
  CHANGZHOU(Changzhou2018::scheme),
  /** 哈尔滨市政府系统政务信息工作考核办法, 哈政办综〔2008〕11号: 40 + 60 points plus uncapped adoption points. */
  HARBIN(Harbin2008::scheme);

  private final Supplier<Scheme> scheme;

  Regulation(Supplier<Scheme> build) {
    this.scheme =
        Suppliers.memoize(
            () -> {
              Scheme s = build.get();
              Calculator.of(s); // a packaged scheme is always valid; this throws if not
              return s;
            });
  }

  /**
   * Returns the packaged scheme.
   *
   * @return the scheme, validated
   */
  public Scheme scheme() {
    return scheme.get();
  }

  /**
   * Returns the packaged scheme's id, building the scheme on first use.
   *
   * @return the scheme's id, such as {@code yueyang-2007}
   */
  public String id() {
    return scheme().id();
  }

  /**
   * Finds a regulation by its scheme id.
   *
   * @param id the scheme's id, such as {@code yueyang-2007}; compared exactly
   * @return the regulation, or empty if no packaged scheme has that id
   */
  public static Optional<Regulation> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Finds a regulation by its document number (文号). Brackets 〔〕, [] and ［］ are treated alike, and
   * spaces are ignored, since copies of one number differ in both. A regulation without a number of
   * its own is never found this way, not even by a blank number.
   *
   * @param number the document number, such as {@code 岳政办发〔2007〕13号}
   * @return the regulation, or empty if no packaged scheme has that number
   */
  public static Optional<Regulation> byDocumentNumber(String number) {
    String wanted = normalise(number);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(
            r ->
                r.scheme()
                    .info()
                    .documentNumber()
                    .map(Regulation::normalise)
                    .filter(wanted::equals)
                    .isPresent())
        .findFirst();
  }

  private static String normalise(String number) {
    return number
        .replaceAll("\\s", "")
        .replace('〔', '[')
        .replace('〕', ']')
        .replace('［', '[')
        .replace('］', ']');
  }
}
