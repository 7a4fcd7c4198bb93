package io.github.kaoping.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written number scanners accept exactly what the patterns they replace accepted. */
class PlainNumbersTest {

  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,8}");

  /** Text made of the characters that matter to a number, and a few that must not pass. */
  private static Gen<String> numberish() {
    String alphabet = "-0123456789.0+e_ x";
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 13)
        .map(
            is -> {
              StringBuilder b = new StringBuilder();
              is.forEach(i -> b.append(alphabet.charAt(i)));
              return b.toString();
            });
  }

  @Test
  void isPlainDecimal_acceptsWhatThePatternAccepts() {
    qt().withExamples(20_000)
        .forAll(numberish())
        .checkAssert(
            t -> assertThat(Text.isPlainDecimal(t)).as(t).isEqualTo(DECIMAL.matcher(t).matches()));
  }

  @Test
  void isPlainInteger_acceptsWhatThePatternsAccept() {
    qt().withExamples(20_000)
        .forAll(numberish())
        .checkAssert(
            t -> {
              assertThat(Text.isPlainInteger(t, true))
                  .as(t)
                  .isEqualTo(INTEGER.matcher(t).matches());
              assertThat(Text.isPlainInteger(t, false)).as(t).isEqualTo(COUNT.matcher(t).matches());
            });
  }

  @Test
  void plainDecimal_isExactlyWhatBigDecimalParses() {
    // short ones (up to 18 characters, read as a long) and long ones, at every scale up to 20
    qt().withExamples(20_000)
        .forAll(
            SourceDSL.longs().all(),
            SourceDSL.longs().between(0, Long.MAX_VALUE),
            SourceDSL.integers().between(0, 20))
        .checkAssert(
            (a, b, scale) -> {
              BigInteger wide =
                  BigInteger.valueOf(a).multiply(BigInteger.TEN.pow(19)).add(BigInteger.valueOf(b));
              for (BigInteger unscaled :
                  List.of(BigInteger.valueOf(a), wide, BigInteger.valueOf(a % 1000))) {
                String t = new BigDecimal(unscaled, scale).toPlainString();
                assertThat(Text.isPlainDecimal(t)).as(t).isTrue();
                // BigDecimal's equals compares the scale as well as the value
                assertThat(Text.plainDecimal(t)).as(t).isEqualTo(new BigDecimal(t));
              }
            });
    for (String t :
        new String[] {
          "0",
          "-0",
          "-0.0",
          "0.000",
          "96.5",
          "-15",
          "999999999999999999",
          "-99999999999999999",
          "9999999999999999999",
          "12345678901234567.8",
          "1234567890123456.78",
          "0.00000000000000001"
        }) {
      assertThat(Text.plainDecimal(t)).as(t).isEqualTo(new BigDecimal(t));
    }
  }

  @Test
  void examples() {
    assertThat(Text.isPlainDecimal("-0.5")).isTrue();
    assertThat(Text.isPlainDecimal("10")).isTrue();
    assertThat(Text.isPlainDecimal("01")).isFalse();
    assertThat(Text.isPlainDecimal("1.")).isFalse();
    assertThat(Text.isPlainDecimal(".5")).isFalse();
    assertThat(Text.isPlainDecimal("1e3")).isFalse();
    assertThat(Text.isPlainDecimal("-")).isFalse();
    assertThat(Text.isPlainInteger("123456789", true)).isTrue();
    assertThat(Text.isPlainInteger("1234567890", true)).isFalse();
    assertThat(Text.isPlainInteger("-3", false)).isFalse();
  }
}
