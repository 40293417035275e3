package io.hindsight.platform.text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Dates, durations and counts as people read them: "2026-12-01 19:16 UTC", "in 12 min", "3 h ago",
 * "1 h 40 min", "1 finding". One instance per time zone; immutable and thread-safe.
 */
public final class HumanReadable {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private final ZoneId zone;

  public HumanReadable(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    this.zone = zone.normalized().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
  }

  /** Local time with its zone, to the minute: {@code 2026-12-01 19:16 UTC}. */
  public String time(Instant at) {
    if (at == null) {
      return "";
    }
    return DATE_TIME.format(at.atZone(zone));
  }

  /** The local date of an instant: {@code 2026-12-01}. */
  public String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(zone));
  }

  /** Where {@code at} stands from {@code now}: "in 12 min", "3 h ago", "just now". */
  public String relative(Instant at, Instant now) {
    if (at == null || now == null) {
      return "";
    }
    Duration between = Duration.between(now, at);
    if (between.abs().compareTo(Duration.ofMinutes(1)) < 0) {
      return "just now";
    }
    String span = rounded(between.abs());
    return between.isNegative() ? span + " ago" : "in " + span;
  }

  /** A duration in its two largest units: "45 s", "12 min", "1 h 40 min", "2 d 3 h". */
  public String duration(Duration duration) {
    if (duration == null) {
      return "";
    }
    long seconds = Math.abs(duration.toSeconds());
    String sign = duration.isNegative() ? "-" : "";
    if (seconds < 60) {
      return sign + seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return sign + minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return sign + hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    long days = hours / 24;
    return sign + days + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
  }

  /** A duration given in seconds, as {@link #duration(Duration)}; blank for none. */
  public String seconds(Long seconds) {
    return seconds == null ? "" : duration(Duration.ofSeconds(seconds));
  }

  /** A count with its noun in the right number: "0 findings", "1 finding", "2 findings". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** The noun alone, in the number {@code n} asks for: "finding" for 1, "findings" otherwise. */
  public static String noun(long n, String singular) {
    return n == 1 ? singular : singular + "s";
  }

  /** The items in their order, each as its text, between {@code separator}s; "" for none. */
  public static String list(Collection<?> items, String separator) {
    return items == null
        ? ""
        : items.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }

  /** A count with an English noun that takes "s" for its plural. */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  public ZoneId zone() {
    return zone;
  }

  /** Rounded down to its largest unit, as relative times say it: "12 min", "3 h", "2 d". */
  private static String rounded(Duration span) {
    long minutes = span.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = span.toHours();
    if (hours < 48) {
      return hours + " h";
    }
    return span.toDays() + " d";
  }
}
