package io.hindsight.runbook.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people write in runbooks: {@code 2025-11-16}, {@code 2025/11/16}, {@code
 * 2025-11-16T10:00:00Z}, {@code 16 Nov 2025}, {@code November 16, 2025}.
 */
public final class LenientDate {

  private static final Pattern ISO_LIKE =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s].*)?");

  private static final List<DateTimeFormatter> WORDED =
      List.of(
          formatter("d MMM uuuu"),
          formatter("d MMMM uuuu"),
          formatter("MMM d uuuu"),
          formatter("MMMM d uuuu"));

  private LenientDate() {}

  /** The date {@code text} names; empty when it names none. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 64) {
      return Optional.empty();
    }
    String written = text.strip();
    Matcher iso = ISO_LIKE.matcher(written);
    if (iso.matches()) {
      return date(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    String words = written.replace(",", " ").replaceAll("\\s+", " ");
    for (DateTimeFormatter formatter : WORDED) {
      try {
        return Optional.of(LocalDate.parse(words, formatter));
      } catch (DateTimeParseException tryNext) {
        // the next shape may fit
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
