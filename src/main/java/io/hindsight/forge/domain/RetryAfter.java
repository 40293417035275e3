package io.hindsight.forge.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A forge's "try again later": {@code Retry-After} in seconds or as an HTTP date, or GitHub's
 * {@code x-ratelimit-reset} (epoch seconds) once {@code x-ratelimit-remaining} is 0. Never more
 * than a day, never negative.
 */
public final class RetryAfter {

  private static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  public static Optional<Duration> parse(String retryAfter, Instant now) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return Optional.empty();
    }
    String value = retryAfter.strip();
    try {
      return Optional.of(bounded(Duration.ofSeconds(Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(bounded(Duration.between(now, at)));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** GitHub's primary rate limit: exhausted when remaining is 0, until the reset time. */
  public static Optional<Duration> rateLimitReset(String remaining, String reset, Instant now) {
    if (remaining == null || reset == null || !remaining.strip().equals("0")) {
      return Optional.empty();
    }
    try {
      Instant at = Instant.ofEpochSecond(Long.parseLong(reset.strip()));
      return Optional.of(bounded(Duration.between(now, at)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Duration bounded(Duration d) {
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
