package io.hindsight.runbook.domain;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a runbook is reviewed, as written ({@code quarterly}, {@code 90d}, {@code P6M}) and as
 * a period.
 */
public record ReviewInterval(String text, Period period) {

  private static final Map<String, Period> NAMED =
      Map.ofEntries(
          Map.entry("daily", Period.ofDays(1)),
          Map.entry("weekly", Period.ofWeeks(1)),
          Map.entry("biweekly", Period.ofWeeks(2)),
          Map.entry("fortnightly", Period.ofWeeks(2)),
          Map.entry("monthly", Period.ofMonths(1)),
          Map.entry("bimonthly", Period.ofMonths(2)),
          Map.entry("quarterly", Period.ofMonths(3)),
          Map.entry("semiannually", Period.ofMonths(6)),
          Map.entry("semiannual", Period.ofMonths(6)),
          Map.entry("halfyearly", Period.ofMonths(6)),
          Map.entry("biannually", Period.ofMonths(6)),
          Map.entry("yearly", Period.ofYears(1)),
          Map.entry("annually", Period.ofYears(1)),
          Map.entry("annual", Period.ofYears(1)));

  private static final Pattern AMOUNT =
      Pattern.compile("(\\d{1,4})\\s*(d|days?|w|weeks?|m|months?|y|years?)");

  public ReviewInterval {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A review interval is longer than zero.");
    }
  }

  public static ReviewInterval quarterly() {
    return new ReviewInterval("quarterly", Period.ofMonths(3));
  }

  /** The interval {@code text} names; empty when it names none. */
  public static Optional<ReviewInterval> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String written = text.strip();
    String key = written.toLowerCase(Locale.ROOT);
    Period named = NAMED.get(key.replaceAll("[\\s_-]", ""));
    if (named != null) {
      return Optional.of(new ReviewInterval(written, named));
    }
    Matcher amount = AMOUNT.matcher(key);
    if (amount.matches()) {
      return positive(written, periodOf(Integer.parseInt(amount.group(1)), amount.group(2)));
    }
    if (key.startsWith("p")) {
      try {
        return positive(written, Period.parse(written));
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Period periodOf(int amount, String unit) {
    return switch (unit.charAt(0)) {
      case 'd' -> Period.ofDays(amount);
      case 'w' -> Period.ofWeeks(amount);
      case 'm' -> Period.ofMonths(amount);
      default -> Period.ofYears(amount);
    };
  }

  private static Optional<ReviewInterval> positive(String written, Period period) {
    return period.isZero() || period.isNegative()
        ? Optional.empty()
        : Optional.of(new ReviewInterval(written, period));
  }

  @Override
  public String toString() {
    return text;
  }
}
