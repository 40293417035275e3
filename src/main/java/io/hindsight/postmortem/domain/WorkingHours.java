package io.hindsight.postmortem.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Business hours in one time zone: the same local hours on each working day, minus holidays.
 * Working hours are local times, so a working day keeps its length across a daylight saving change.
 */
public final class WorkingHours {

  private final ZoneId zone;
  private final Set<DayOfWeek> days;
  private final LocalTime start;
  private final LocalTime end;
  private final Set<LocalDate> holidays;

  private WorkingHours(
      ZoneId zone,
      Collection<DayOfWeek> days,
      LocalTime start,
      LocalTime end,
      Collection<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("At least one working day is required.");
    }
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("Working hours must start before they end.");
    }
    this.days = Set.copyOf(EnumSet.copyOf(days));
    this.start = start;
    this.end = end;
    this.holidays = Set.copyOf(holidays);
  }

  public static WorkingHours of(
      ZoneId zone,
      Collection<DayOfWeek> days,
      LocalTime start,
      LocalTime end,
      Collection<LocalDate> holidays) {
    return new WorkingHours(zone, days, start, end, holidays);
  }

  /** Monday to Friday, 09:00 to 17:00, no holidays. */
  public static WorkingHours weekdays(ZoneId zone) {
    return of(
        zone,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        Set.of());
  }

  public WorkingHours withHolidays(Collection<LocalDate> holidays) {
    return new WorkingHours(zone, days, start, end, holidays);
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isWorkingDay(LocalDate date) {
    return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The instant at which {@code amount} of working time has passed after {@code from}. */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Working time to add must not be negative.");
    }
    if (amount.isZero()) {
      return from;
    }
    Instant cursor = from;
    Duration remaining = amount;
    LocalDate date = cursor.atZone(zone).toLocalDate();
    // Ends: there is at least one working day a week and finitely many holidays.
    while (true) {
      if (isWorkingDay(date)) {
        Instant opens = instant(date, start);
        Instant closes = instant(date, end);
        Instant begin = cursor.isAfter(opens) ? cursor : opens;
        if (begin.isBefore(closes)) {
          Duration available = Duration.between(begin, closes);
          if (remaining.compareTo(available) <= 0) {
            return begin.plus(remaining);
          }
          remaining = remaining.minus(available);
        }
      }
      date = date.plusDays(1);
      cursor = instant(date, LocalTime.MIDNIGHT);
    }
  }

  /** Working time between two instants; zero if {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate date = from.atZone(zone).toLocalDate();
        !date.isAfter(last);
        date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        Instant begin = latest(from, instant(date, start));
        Instant finish = earliest(to, instant(date, end));
        if (begin.isBefore(finish)) {
          total = total.plus(Duration.between(begin, finish));
        }
      }
    }
    return total;
  }

  private Instant instant(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
