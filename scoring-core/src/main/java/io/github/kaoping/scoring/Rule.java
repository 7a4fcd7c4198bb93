package io.github.kaoping.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * How an item turns the facts observed for one unit into points.
 *
 * <p>The set of shapes is closed: each record below is one row of the rule catalogue. A rule that
 * deducts {@linkplain #startsFull() starts} from the item's maximum; every other rule starts from
 * zero. The item's floor and ceiling (see {@link Role}) are applied after the rule, by the
 * calculator.
 */
public sealed interface Rule
    permits Rule.PerOccurrence,
        Rule.Checklist,
        Rule.Criterion,
        Rule.FullMarks,
        Rule.Levels,
        Rule.Measured,
        Rule.AmountSteps,
        Rule.Assessed,
        Rule.Panel {

  /** {@return whether this rule starts from the item's maximum and takes points away from it} */
  boolean startsFull();

  /**
   * Calls the visitor's method for this shape.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per shape of rule: code that must handle every shape implements it, and the compiler
   * then finds every such place when a shape is added.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a {@link PerOccurrence} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R perOccurrence(PerOccurrence rule);

    /**
     * Visits a {@link Checklist} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R checklist(Checklist rule);

    /**
     * Visits a {@link Criterion} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R criterion(Criterion rule);

    /**
     * Visits a {@link FullMarks} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R fullMarks(FullMarks rule);

    /**
     * Visits a {@link Levels} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R levels(Levels rule);

    /**
     * Visits an {@link Assessed} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R assessed(Assessed rule);

    /**
     * Visits a {@link Panel} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R panel(Panel rule);

    /**
     * Visits a {@link Tiers} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R tiers(Tiers rule);

    /**
     * Visits a {@link Proportional} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R proportional(Proportional rule);

    /**
     * Visits a {@link Conversion} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R conversion(Conversion rule);

    /**
     * Visits a {@link ShortfallSteps} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R shortfallSteps(ShortfallSteps rule);

    /**
     * Visits an {@link AmountSteps} rule.
     *
     * @param rule the rule
     * @return the visitor's result
     */
    R amountSteps(AmountSteps rule);
  }

  /** {@return whether this rule divides, and so needs the scheme's rounding} */
  default boolean divides() {
    return false;
  }

  // ---------------------------------------------------------------- occurrences

  /**
   * Points per occurrence, looked up by the occurrence's kind and level: "出现差错一次扣5分",
   * "科级以上每人次扣15分", "县级0.1分...国家级2分", "每次得1分，最高得2分" (the cap is the item's ceiling). A rate may be a
   * range ("扣5—10分"), in which case each occurrence carries the amount the evaluator chose.
   *
   * @param rates the rates, at least one; no two match the same kind and level
   */
  record PerOccurrence(List<Rate> rates) implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.perOccurrence(this);
    }

    /**
     * Validates the rule.
     *
     * @param rates the rates, at least one; no two match the same kind and level
     * @throws IllegalArgumentException if there is no rate
     */
    public PerOccurrence {
      rates = List.copyOf(rates);
      if (rates.isEmpty()) {
        throw new IllegalArgumentException("a per-occurrence rule needs at least one rate");
      }
    }

    @Override
    public boolean startsFull() {
      return rates.stream().anyMatch(r -> r.direction() == Direction.DEDUCT);
    }
  }

  /**
   * The points one occurrence is worth, for occurrences of a kind and level (either may be left
   * open to match any).
   *
   * <p>Where the text gives the unit of count but no amount (zhangzhou 三(二)4(5) "每人次扣分"), the
   * amount is a {@link Parameter} the office sets: {@link #deductSetBy}. Such a rate is fixed at
   * the parameter's value when the scheme is compiled; an occurrence it would count before the
   * office has set the value is a facts error naming the parameter.
   *
   * @param kind the kind of occurrence this rate is for; empty matches an occurrence without a kind
   * @param level the level this rate is for; empty matches an occurrence without a level
   * @param direction whether the occurrence earns or deducts
   * @param min the least points one occurrence is worth, not negative; 0 for a rate a parameter
   *     sets, as written in a scheme
   * @param max the most points one occurrence is worth; equal to {@code min} for a fixed rate
   * @param title the text of the regulation this rate quotes, if any
   * @param parameter the {@link Parameter} of kind {@link Parameter.Kind#POINTS} that sets the
   *     amount, if the text gives none
   */
  record Rate(
      Optional<String> kind,
      Optional<String> level,
      Direction direction,
      Points min,
      Points max,
      Optional<String> title,
      Optional<String> parameter) {

    /**
     * Validates the rate.
     *
     * @param kind the kind of occurrence this rate is for; empty matches an occurrence without a
     *     kind
     * @param level the level this rate is for; empty matches an occurrence without a level
     * @param direction whether the occurrence earns or deducts
     * @param min the least points one occurrence is worth, not negative; 0 for a rate a parameter
     *     sets, as written in a scheme
     * @param max the most points one occurrence is worth; equal to {@code min} for a fixed rate
     * @param title the text of the regulation this rate quotes, if any
     * @param parameter the {@link Parameter} of kind {@link Parameter.Kind#POINTS} that sets the
     *     amount, if the text gives none
     * @throws IllegalArgumentException unless {@code 0 <= min <= max}, or if a parameter sets the
     *     amount and {@code min != max}
     */
    public Rate {
      requireNonNull(kind, "kind");
      requireNonNull(level, "level");
      requireNonNull(direction, "direction");
      requireNonNull(title, "title");
      requireNonNull(parameter, "parameter");
      if (min.isNegative() || max.isLessThan(min)) {
        throw new IllegalArgumentException("a rate needs 0 <= min <= max, was " + min + ".." + max);
      }
      if (parameter.isPresent() && !min.equals(max)) {
        throw new IllegalArgumentException(
            "a rate set by parameter " + parameter.get() + " is fixed, not a range");
      }
    }

    /**
     * A rate whose amount the text gives.
     *
     * @param kind the kind of occurrence it is for
     * @param level the level it is for
     * @param direction whether occurrences earn or deduct
     * @param min the least points per occurrence
     * @param max the most points per occurrence
     * @param title the text it quotes
     */
    public Rate(
        Optional<String> kind,
        Optional<String> level,
        Direction direction,
        Points min,
        Points max,
        Optional<String> title) {
      this(kind, level, direction, min, max, title, Optional.empty());
    }

    /**
     * A fixed deduction per occurrence, such as {@code deduct("5")}.
     *
     * @param points the points deducted per occurrence, as a plain decimal such as {@code "5"}
     * @return the rate, for occurrences of any kind and level
     */
    public static Rate deduct(String points) {
      Points p = Points.parse(points);
      return new Rate(Optional.empty(), Optional.empty(), Direction.DEDUCT, p, p, Optional.empty());
    }

    /**
     * A fixed earning per occurrence, such as {@code earn("0.5")}.
     *
     * @param points the points earned per occurrence, as a plain decimal such as {@code "0.5"}
     * @return the rate, for occurrences of any kind and level
     */
    public static Rate earn(String points) {
      Points p = Points.parse(points);
      return new Rate(Optional.empty(), Optional.empty(), Direction.EARN, p, p, Optional.empty());
    }

    /**
     * A deduction the evaluator chooses within a range, such as {@code deductBetween("5", "10")}.
     *
     * @param min the least points the evaluator may choose per occurrence, a plain decimal, not
     *     negative
     * @param max the most points the evaluator may choose per occurrence, a plain decimal, at least
     *     {@code min}
     * @return the rate, for occurrences of any kind and level
     */
    public static Rate deductBetween(String min, String max) {
      return new Rate(
          Optional.empty(),
          Optional.empty(),
          Direction.DEDUCT,
          Points.parse(min),
          Points.parse(max),
          Optional.empty());
    }

    /**
     * An earning the evaluator chooses within a range, such as {@code earnBetween("1", "5")}.
     *
     * @param min the least points the evaluator may choose per occurrence, a plain decimal, not
     *     negative
     * @param max the most points the evaluator may choose per occurrence, a plain decimal, at least
     *     {@code min}
     * @return the rate, for occurrences of any kind and level
     */
    public static Rate earnBetween(String min, String max) {
      return new Rate(
          Optional.empty(),
          Optional.empty(),
          Direction.EARN,
          Points.parse(min),
          Points.parse(max),
          Optional.empty());
    }

    /**
     * A deduction per occurrence of an amount the office sets, the text giving none.
     *
     * @param parameterId the {@link Parameter} of kind {@link Parameter.Kind#POINTS} that sets it
     * @return the rate
     */
    public static Rate deductSetBy(String parameterId) {
      return setBy(Direction.DEDUCT, parameterId);
    }

    /**
     * An earning per occurrence of an amount the office sets, the text giving none.
     *
     * @param parameterId the {@link Parameter} of kind {@link Parameter.Kind#POINTS} that sets it
     * @return the rate
     */
    public static Rate earnSetBy(String parameterId) {
      return setBy(Direction.EARN, parameterId);
    }

    private static Rate setBy(Direction direction, String parameterId) {
      return new Rate(
          Optional.empty(),
          Optional.empty(),
          direction,
          Points.ZERO,
          Points.ZERO,
          Optional.empty(),
          Optional.of(parameterId));
    }

    /**
     * Returns this rate restricted to occurrences of a kind.
     *
     * @param kind the kind, as in {@link Occurrence#kind()}
     * @return a copy of this rate for occurrences of that kind only
     */
    public Rate forKind(String kind) {
      return new Rate(Optional.of(kind), level, direction, min, max, title, parameter);
    }

    /**
     * Returns this rate restricted to occurrences at a level.
     *
     * @param level the level, as in {@link Occurrence#level()}
     * @return a copy of this rate for occurrences at that level only
     */
    public Rate atLevel(String level) {
      return new Rate(kind, Optional.of(level), direction, min, max, title, parameter);
    }

    /**
     * Returns this rate with the text it quotes.
     *
     * @param title the text of the regulation this rate quotes
     * @return a copy of this rate quoting that text
     */
    public Rate titled(String title) {
      return new Rate(kind, level, direction, min, max, Optional.of(title), parameter);
    }

    /**
     * Returns this rate fixed at an amount: what a parameter's value makes of a rate it sets.
     *
     * @param points the amount per occurrence
     * @return the rate, still naming its parameter
     */
    Rate fixedAt(Points points) {
      return new Rate(kind, level, direction, points, points, title, parameter);
    }

    /** {@return whether the evaluator chooses the amount within a range ({@code min < max})} */
    public boolean isRange() {
      return !min.equals(max);
    }
  }

  // ---------------------------------------------------------------- checks

  /**
   * Points per met or per missing element of a checklist: "缺一项扣5分", "少一项制度扣5分", "每一项得0.2分". When
   * the scheme lists the elements, the facts must say of each whether it is met; when it does not
   * ("各项规章制度"), the facts name the missing elements.
   *
   * @param elements the elements, if the text lists them
   * @param each the points per element
   * @param direction {@link Direction#EARN} per met element, or {@link Direction#DEDUCT} per
   *     missing
   */
  record Checklist(List<Element> elements, Points each, Direction direction) implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.checklist(this);
    }

    /**
     * Validates the rule.
     *
     * @param elements the elements, if the text lists them
     * @param each the points per element
     * @param direction {@link Direction#EARN} per met element, or {@link Direction#DEDUCT} per
     *     missing
     * @throws IllegalArgumentException if the points per element are not above 0
     */
    public Checklist {
      elements = List.copyOf(elements);
      requireNonNull(each, "each");
      requireNonNull(direction, "direction");
      if (!each.isPositive()) {
        throw new IllegalArgumentException("points per element must be above 0, was " + each);
      }
    }

    @Override
    public boolean startsFull() {
      return direction == Direction.DEDUCT;
    }
  }

  /**
   * One element of a checklist.
   *
   * @param id the element's id, unique within its item
   * @param title what the element requires
   */
  record Element(String id, String title) {
    /**
     * Validates the element.
     *
     * @param id the element's id, unique within its item
     * @param title what the element requires
     */
    public Element {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
    }
  }

  /**
   * The item's maximum when a criterion is met, nothing otherwise: "更名为...的，得1分"; each "●...的，得2分".
   */
  record Criterion() implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.criterion(this);
    }

    @Override
    public boolean startsFull() {
      return false;
    }
  }

  /** The item's maximum, unless one of its gates zeroes it: "无利用工作时间上网玩游戏、赌博等行为(2分)，一经发现此项不给分". */
  record FullMarks() implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fullMarks(this);
    }

    @Override
    public boolean startsFull() {
      return true;
    }
  }

  // ---------------------------------------------------------------- assessed

  /**
   * Points by a level the evaluator assesses: "全面建立...得4分;部分建立...得2分;没建立...不得分".
   *
   * @param levels the levels, in the order the text gives them
   */
  record Levels(List<Level> levels) implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.levels(this);
    }

    /**
     * Validates the rule.
     *
     * @param levels the levels, in the order the text gives them
     * @throws IllegalArgumentException if there is no level
     */
    public Levels {
      levels = List.copyOf(levels);
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("a level rule needs at least one level");
      }
    }

    @Override
    public boolean startsFull() {
      return false;
    }
  }

  /**
   * One assessed level.
   *
   * @param key the level's key, used by the facts
   * @param title what the level means
   * @param points the points it is worth, not negative
   */
  record Level(String key, String title, Points points) {
    /**
     * Validates the level.
     *
     * @param key the level's key, used by the facts
     * @param title what the level means
     * @param points the points it is worth, not negative
     * @throws IllegalArgumentException if the points are negative
     */
    public Level {
      requireNonNull(key, "key");
      requireNonNull(title, "title");
      if (points.isNegative()) {
        throw new IllegalArgumentException("a level's points must not be negative");
      }
    }
  }

  /**
   * Points chosen by the evaluator within bounds: "视完成质量得分，最高得3分" (awarded), or a discretionary
   * deduction "酌情扣分" (deducted from the maximum).
   *
   * @param min the least the evaluator may give, or 0 if empty
   * @param max the most the evaluator may give, or the item's maximum if empty
   * @param direction whether the assessed amount is awarded or deducted
   */
  record Assessed(Optional<Points> min, Optional<Points> max, Direction direction) implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.assessed(this);
    }

    /**
     * Validates the rule.
     *
     * @param min the least the evaluator may give, or 0 if empty
     * @param max the most the evaluator may give, or the item's maximum if empty
     * @param direction whether the assessed amount is awarded or deducted
     */
    public Assessed {
      requireNonNull(min, "min");
      requireNonNull(max, "max");
      requireNonNull(direction, "direction");
    }

    /** {@return a rule awarding points between 0 and the item's maximum} */
    public static Assessed award() {
      return new Assessed(Optional.empty(), Optional.empty(), Direction.EARN);
    }

    /**
     * Points awarded within a range, such as "视情况加1-5分".
     *
     * @param min the least the evaluator may give, a plain decimal
     * @param max the most the evaluator may give, a plain decimal, at least {@code min}
     * @return the rule
     */
    public static Assessed awardBetween(String min, String max) {
      return new Assessed(
          Optional.of(Points.parse(min)), Optional.of(Points.parse(max)), Direction.EARN);
    }

    /** {@return a rule deducting at discretion between 0 and the item's maximum (酌情扣分)} */
    public static Assessed deduction() {
      return new Assessed(Optional.empty(), Optional.empty(), Direction.DEDUCT);
    }

    @Override
    public boolean startsFull() {
      return direction == Direction.DEDUCT;
    }
  }

  /**
   * Scores given by a panel of raters on their own scale, aggregated and scaled to the item's
   * maximum: zhangzhou 综合评议 "集中统一打分", hubei's panels of 3-5, 5-7 or 7-9.
   *
   * @param scale the scale the raters score on (100 for a percentage)
   * @param aggregation how the scores combine
   * @param minRaters the fewest raters, at least 1 (3 for a trimmed mean)
   * @param maxRaters the most raters, if the text limits them
   */
  record Panel(
      BigDecimal scale, Aggregation aggregation, int minRaters, Optional<Integer> maxRaters)
      implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.panel(this);
    }

    /**
     * Validates the rule.
     *
     * @param scale the scale the raters score on (100 for a percentage)
     * @param aggregation how the scores combine
     * @param minRaters the fewest raters, at least 1 (3 for a trimmed mean)
     * @param maxRaters the most raters, if the text limits them
     * @throws IllegalArgumentException if the scale is not above 0, or unless {@code least <=
     *     minRaters <= maxRaters}, where {@code least} is 3 for a trimmed mean and 1 otherwise
     */
    public Panel {
      requireNonNull(scale, "scale");
      requireNonNull(aggregation, "aggregation");
      if (scale.signum() <= 0) {
        throw new IllegalArgumentException("a rater scale must be above 0");
      }
      requireNonNull(maxRaters, "maxRaters");
      int least = aggregation == Aggregation.TRIMMED_MEAN ? 3 : 1;
      if (minRaters < least || maxRaters.orElse(minRaters) < minRaters) {
        throw new IllegalArgumentException(
            "raters must be "
                + least
                + " <= min <= max, was "
                + minRaters
                + ".."
                + maxRaters.map(String::valueOf).orElse(""));
      }
    }

    /**
     * A panel of {@code minRaters} to {@code maxRaters} raters.
     *
     * @param scale the scale the raters score on (100 for a percentage)
     * @param aggregation how the scores combine
     * @param minRaters the fewest raters, at least 1 (3 for a trimmed mean)
     * @param maxRaters the most raters, if the text limits them
     */
    public Panel(BigDecimal scale, Aggregation aggregation, int minRaters, int maxRaters) {
      this(scale, aggregation, minRaters, Optional.of(maxRaters));
    }

    /**
     * A panel of at least {@code minRaters} raters, as many as take part.
     *
     * @param scale the scale the raters score on (100 for a percentage)
     * @param aggregation how the scores combine
     * @param minRaters the fewest raters, at least 1 (3 for a trimmed mean)
     */
    public Panel(BigDecimal scale, Aggregation aggregation, int minRaters) {
      this(scale, aggregation, minRaters, Optional.empty());
    }

    @Override
    public boolean startsFull() {
      return false;
    }

    @Override
    public boolean divides() {
      return true;
    }
  }

  /** How a panel's scores combine. */
  enum Aggregation {
    /** The arithmetic mean. */
    MEAN,
    /** The mean after dropping one highest and one lowest score (去掉一个最高分和一个最低分). */
    TRIMMED_MEAN
  }

  // ---------------------------------------------------------------- measured

  /**
   * A rule that reads one {@link Measurement} of its node, in the unit the text states: {@code 条/月}
   * for "平均每月至少报送15条", {@code 人} for "编制达到10人以上", {@code %} for "结案率达到95%". A measurement that
   * names another unit is an error, so that a figure entered in the wrong unit (a year's count
   * where the text states a monthly average) is never scored silently.
   */
  sealed interface Measured extends Rule permits Tiers, Proportional, Conversion, ShortfallSteps {

    /**
     * The unit the measured quantity is given in, as the text states it; empty if the scheme states
     * none.
     *
     * @return the unit, never null
     */
    String unit();

    /**
     * Does a unit written in the facts name this rule's unit? Units are compared after Unicode
     * compatibility normalisation (NFKC) without surrounding white space, so that a full-width
     * {@code ％} or {@code 条／月}, as Chinese input methods type them, names {@code %} or {@code 条/月}.
     *
     * @param unit the unit written in the facts, not null
     * @return whether it names {@link #unit()}
     */
    default boolean isUnit(String unit) {
      return sameUnit(unit, unit());
    }

    /**
     * Do two written units name the same unit? They are compared after Unicode compatibility
     * normalisation (NFKC) without surrounding white space: {@code ％} is {@code %}, {@code 条／月} is
     * {@code 条/月}. No unit is converted into another: {@code 条/年} is not {@code 条/月}.
     *
     * @param a a unit, not null
     * @param b another unit, not null
     * @return whether they are the same unit
     */
    static boolean sameUnit(String a, String b) {
      return normalised(a).equals(normalised(b));
    }

    private static String normalised(String unit) {
      return Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
    }
  }

  /**
   * Points by the band a measured quantity falls in: "编制达到10人以上的，得2分；10-5人，得1分；5人以下的，得0.5分"; an
   * all-or-nothing threshold "结案率达到95%的(10分)，未达到的不给分" is two tiers. Tiers must not overlap, and a
   * measured value outside every tier is an error, never a silent zero.
   *
   * @param tiers the tiers
   * @param unit the unit of the measured quantity as the text states it (人, %, 条/月)
   */
  record Tiers(List<Tier> tiers, String unit) implements Measured {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tiers(this);
    }

    /**
     * Validates the rule.
     *
     * @param tiers the tiers
     * @param unit the unit of the measured quantity as the text states it (人, %, 条/月)
     * @throws IllegalArgumentException if there is no tier
     */
    public Tiers {
      tiers = List.copyOf(tiers);
      requireNonNull(unit, "unit");
      if (tiers.isEmpty()) {
        throw new IllegalArgumentException("a tier rule needs at least one tier");
      }
    }

    @Override
    public boolean startsFull() {
      return false;
    }
  }

  /**
   * One tier.
   *
   * @param range the values in the tier, with explicit inclusivity
   * @param points the points for a value in it, not negative
   */
  record Tier(Interval range, Points points) {
    /**
     * Validates the tier.
     *
     * @param range the values in the tier, with explicit inclusivity
     * @param points the points for a value in it, not negative
     * @throws IllegalArgumentException if the points are negative
     */
    public Tier {
      requireNonNull(range, "range");
      if (points.isNegative()) {
        throw new IllegalArgumentException("a tier's points must not be negative");
      }
    }
  }

  /**
   * The item's maximum in proportion to a measured quantity's share of a target, never more than
   * the maximum: "未完成稿件录用任务的按比例得分", a satisfaction rate against 100%.
   *
   * @param target the quantity that earns the maximum, above 0
   * @param unit the unit of the measured quantity as the text states it (篇, %)
   */
  record Proportional(BigDecimal target, String unit) implements Measured {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.proportional(this);
    }

    /**
     * Validates the rule.
     *
     * @param target the quantity that earns the maximum, above 0
     * @param unit the unit of the measured quantity as the text states it (篇, %)
     * @throws IllegalArgumentException if the target is not above 0
     */
    public Proportional {
      requireNonNull(unit, "unit");
      if (target.signum() <= 0) {
        throw new IllegalArgumentException("a target must be above 0");
      }
    }

    @Override
    public boolean startsFull() {
      return false;
    }

    @Override
    public boolean divides() {
      return true;
    }
  }

  /**
   * Another scheme's result converted to this item's scale: xingan 二(三) "考评结果得分按比例折算后计入...". The
   * measured value is the other scheme's score, in points ({@value #POINTS}); it is not capped
   * before the item's own ceiling.
   *
   * @param sourceMaximum the other scheme's full marks, above 0
   */
  record Conversion(BigDecimal sourceMaximum) implements Measured {

    /** The unit of a score: 分, points. */
    public static final String POINTS = "分";

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.conversion(this);
    }

    /**
     * Validates the rule.
     *
     * @param sourceMaximum the other scheme's full marks, above 0
     * @throws IllegalArgumentException if the source maximum is not above 0
     */
    public Conversion {
      if (sourceMaximum.signum() <= 0) {
        throw new IllegalArgumentException("a source maximum must be above 0");
      }
    }

    /**
     * The unit of another scheme's score: points, {@value #POINTS}.
     *
     * @return {@value #POINTS}
     */
    @Override
    public String unit() {
      return POINTS;
    }

    @Override
    public boolean startsFull() {
      return false;
    }

    @Override
    public boolean divides() {
      return true;
    }
  }

  /**
   * A deduction per step by which a measured quantity falls short of a target: "每差欠5%扣4分".
   *
   * @param target the quantity with no shortfall
   * @param step the size of one step, above 0
   * @param pointsPerStep the deduction per step, above 0
   * @param partialStepCounts whether a started step counts as a whole one (差欠7% is 2 steps of 5% if
   *     so, 1 if not)
   * @param unit the unit of the measured quantity as the text states it (%, 篇)
   */
  record ShortfallSteps(
      BigDecimal target,
      BigDecimal step,
      Points pointsPerStep,
      boolean partialStepCounts,
      String unit)
      implements Measured {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.shortfallSteps(this);
    }

    /**
     * Validates the rule.
     *
     * @param target the quantity with no shortfall
     * @param step the size of one step, above 0
     * @param pointsPerStep the deduction per step, above 0
     * @param partialStepCounts whether a started step counts as a whole one (差欠7% is 2 steps of 5%
     *     if so, 1 if not)
     * @param unit the unit of the measured quantity as the text states it (%, 篇)
     * @throws IllegalArgumentException if the step or the points per step are not above 0
     */
    public ShortfallSteps {
      requireNonNull(target, "target");
      requireNonNull(unit, "unit");
      if (step.signum() <= 0 || !pointsPerStep.isPositive()) {
        throw new IllegalArgumentException("step and points per step must be above 0");
      }
    }

    @Override
    public boolean startsFull() {
      return true;
    }
  }

  /**
   * Points for amounts of money raised or capital brought in, with a base and steps above it:
   * "每争取50万元得1分" (base 0), "实际到资1000万元的得5分，每增加300万元得1分". Below the base nothing is earned; only
   * whole steps count. The {@link Valuation} says what the base and steps are applied to: each
   * occurrence's amount alone (a project's 实际到资), or the amounts of the period added together (the
   * year's funds). A share of joint work scales the points so found, never the amount.
   *
   * @param base the amount that earns {@code basePoints}, not negative
   * @param basePoints the points for reaching the base
   * @param step the amount of one step above the base, above 0
   * @param pointsPerStep the points per whole step
   * @param valuation whether each occurrence is valued alone or the amounts are pooled first
   * @param unit the unit of the amounts (万元), for explanations
   */
  record AmountSteps(
      BigDecimal base,
      Points basePoints,
      BigDecimal step,
      Points pointsPerStep,
      Valuation valuation,
      String unit)
      implements Rule {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.amountSteps(this);
    }

    /**
     * Validates the rule.
     *
     * @param base the amount that earns {@code basePoints}, not negative
     * @param basePoints the points for reaching the base
     * @param step the amount of one step above the base, above 0
     * @param pointsPerStep the points per whole step
     * @param valuation whether each occurrence is valued alone or the amounts are pooled first
     * @param unit the unit of the amounts (万元), for explanations
     * @throws IllegalArgumentException if the base or the base points are negative, or the step or
     *     the points per step are not above 0
     */
    public AmountSteps {
      requireNonNull(valuation, "valuation");
      requireNonNull(unit, "unit");
      if (base.signum() < 0 || basePoints.isNegative()) {
        throw new IllegalArgumentException("base and base points must not be negative");
      }
      if (step.signum() <= 0 || !pointsPerStep.isPositive()) {
        throw new IllegalArgumentException("step and points per step must be above 0");
      }
    }

    @Override
    public boolean startsFull() {
      return false;
    }
  }

  /** What an {@link AmountSteps} rule applies its base and steps to. */
  enum Valuation {
    /**
     * Each occurrence's amount alone, and the points of the occurrences add up: "实际到资1000万元的得5分" of
     * each project brought in.
     */
    EACH,
    /**
     * The amounts of the unit's occurrences added together first (those of one share of joint work
     * together): "每争取50万元得1分" over the year's funds.
     */
    POOLED
  }

  // ---------------------------------------------------------------- factories

  /**
   * A fixed deduction per occurrence: "出现差错一次扣5分".
   *
   * @param points the points deducted per occurrence, as a plain decimal such as {@code "5"}
   * @return the rule, with one rate for occurrences of any kind and level
   */
  static PerOccurrence deductPerOccurrence(String points) {
    return new PerOccurrence(List.of(Rate.deduct(points)));
  }

  /**
   * A fixed earning per occurrence: "每次得1分".
   *
   * @param points the points earned per occurrence, as a plain decimal such as {@code "1"}
   * @return the rule, with one rate for occurrences of any kind and level
   */
  static PerOccurrence earnPerOccurrence(String points) {
    return new PerOccurrence(List.of(Rate.earn(points)));
  }

  /**
   * Points per occurrence by kind and level.
   *
   * @param rates the rates, at least one; no two match the same kind and level
   * @return the rule
   */
  static PerOccurrence perOccurrence(Rate... rates) {
    return new PerOccurrence(List.of(rates));
  }

  /**
   * A deduction per missing element of a listed checklist.
   *
   * @param each the points deducted per missing element, as a plain decimal
   * @param elements the elements, in the text's order; none if the text does not list them
   * @return the rule
   */
  static Checklist deductPerMissing(String each, Element... elements) {
    return new Checklist(List.of(elements), Points.parse(each), Direction.DEDUCT);
  }

  /**
   * Points per met element of a listed checklist.
   *
   * @param each the points earned per met element, as a plain decimal
   * @param elements the elements, in the text's order; none if the text does not list them
   * @return the rule
   */
  static Checklist earnPerMet(String each, Element... elements) {
    return new Checklist(List.of(elements), Points.parse(each), Direction.EARN);
  }

  /** {@return a rule giving the item's maximum when its criterion is met} */
  static Criterion criterion() {
    return new Criterion();
  }

  /** {@return a rule giving the item's maximum unless a gate zeroes it} */
  static FullMarks fullMarks() {
    return new FullMarks();
  }
}
