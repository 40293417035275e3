package io.hindsight.platform.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The dates Hindsight accepts from people: nothing before the earliest day (2000-01-01 unless
 * {@code hindsight.time.earliest} says otherwise) and nothing after the latest day (2199-12-31
 * unless {@code hindsight.time.latest} says otherwise). Outside them durations and escalations
 * become absurd.
 */
public record TimeBounds(LocalDate earliest, LocalDate latest) {

  public static final TimeBounds DEFAULT =
      new TimeBounds(LocalDate.of(2000, 1, 1), LocalDate.of(2199, 12, 31));

  public TimeBounds {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("latest is before earliest");
    }
  }

  /** The bounds the operator configured, the defaults for what is not configured. */
  public static TimeBounds configured() {
    var config = ConfigProvider.getConfig();
    return new TimeBounds(
        config
            .getOptionalValue("hindsight.time.earliest", String.class)
            .map(LocalDate::parse)
            .orElse(DEFAULT.earliest),
        config
            .getOptionalValue("hindsight.time.latest", String.class)
            .map(LocalDate::parse)
            .orElse(DEFAULT.latest));
  }

  /** Why the day is refused; empty when it is within bounds. */
  public Optional<String> problem(LocalDate day) {
    if (day.isBefore(earliest) || day.isAfter(latest)) {
      return Optional.of("must be between " + earliest + " and " + latest);
    }
    return Optional.empty();
  }

  /** Why the instant is refused; empty when its day (in UTC) is within bounds. */
  public Optional<String> problem(Instant instant) {
    if (instant.isBefore(earliest.atStartOfDay(ZoneOffset.UTC).toInstant())
        || !instant.isBefore(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      return Optional.of("must be between " + earliest + " and " + latest + " (UTC)");
    }
    return Optional.empty();
  }
}
