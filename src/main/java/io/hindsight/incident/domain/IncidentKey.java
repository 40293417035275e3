package io.hindsight.incident.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An incident's key: {@code INC-2026-0042}, the year and a sequence of at least four digits. */
public record IncidentKey(int year, int sequence) implements Comparable<IncidentKey> {

  private static final Pattern SHAPE = Pattern.compile("INC-(\\d{4})-(\\d{4,9})");

  public IncidentKey {
    if (year < 1970 || year > 9999) {
      throw new IllegalArgumentException("The year of an incident key has four digits.");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("The sequence of an incident key starts at 1.");
    }
  }

  public static Optional<IncidentKey> parse(String raw) {
    if (raw == null || raw.length() > 20) {
      return Optional.empty();
    }
    Matcher matcher = SHAPE.matcher(raw);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(matcher.group(1));
    int sequence = Integer.parseInt(matcher.group(2));
    if (year < 1970 || sequence < 1) {
      return Optional.empty();
    }
    IncidentKey key = new IncidentKey(year, sequence);
    // One spelling per key: INC-2026-00042 is not INC-2026-0042.
    return key.value().equals(raw) ? Optional.of(key) : Optional.empty();
  }

  public String value() {
    return "INC-" + year + "-" + fourDigitsAtLeast(sequence);
  }

  private static String fourDigitsAtLeast(int number) {
    String digits = Integer.toString(number);
    return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
  }

  @Override
  public int compareTo(IncidentKey other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(sequence, other.sequence);
  }

  @Override
  public String toString() {
    return value();
  }
}
