package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActionItemReminderTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 18);

  @Test
  void dueSoonFrom0900ThreeDaysBeforeUntilTheDayAfter() {
    assertThat(
            ActionItemReminder.current(DUE, Instant.parse("2026-12-15T08:59:59Z"), ZoneOffset.UTC))
        .isEmpty();
    ActionItemReminder soon =
        ActionItemReminder.current(DUE, Instant.parse("2026-12-15T09:00:00Z"), ZoneOffset.UTC)
            .orElseThrow();
    assertThat(soon.overdue()).isFalse();
    assertThat(soon.slot()).isEqualTo("due-soon");
    assertThat(
            ActionItemReminder.current(DUE, Instant.parse("2026-12-19T08:59:59Z"), ZoneOffset.UTC))
        .contains(soon);
  }

  @Test
  void overdueOnceAWeek() {
    assertThat(
            ActionItemReminder.current(DUE, Instant.parse("2026-12-19T09:00:00Z"), ZoneOffset.UTC))
        .contains(
            new ActionItemReminder(true, Instant.parse("2026-12-19T09:00:00Z"), "overdue-week-1"));
    assertThat(
            ActionItemReminder.current(DUE, Instant.parse("2026-12-26T08:59:59Z"), ZoneOffset.UTC))
        .get()
        .extracting(ActionItemReminder::slot)
        .isEqualTo("overdue-week-1");
    assertThat(
            ActionItemReminder.current(DUE, Instant.parse("2027-01-09T12:00:00Z"), ZoneOffset.UTC))
        .contains(
            new ActionItemReminder(true, Instant.parse("2027-01-09T09:00:00Z"), "overdue-week-4"));
  }

  @Test
  void theWeeklyReminderStaysAt0900AcrossDaylightSaving() {
    ZoneId newYork = ZoneId.of("America/New_York");
    LocalDate due = LocalDate.of(2027, 3, 5); // overdue from Sat 03-06 09:00 EST (14:00 UTC)
    assertThat(ActionItemReminder.current(due, Instant.parse("2027-03-06T14:00:00Z"), newYork))
        .get()
        .extracting(ActionItemReminder::slot)
        .isEqualTo("overdue-week-1");
    // Clocks go forward on 03-14: 09:00 EDT is 13:00 UTC.
    assertThat(ActionItemReminder.current(due, Instant.parse("2027-03-13T12:59:59Z"), newYork))
        .get()
        .extracting(ActionItemReminder::slot)
        .isEqualTo("overdue-week-1");
    assertThat(ActionItemReminder.current(due, Instant.parse("2027-03-13T14:00:00Z"), newYork))
        .contains(
            new ActionItemReminder(true, Instant.parse("2027-03-13T14:00:00Z"), "overdue-week-2"));
    assertThat(ActionItemReminder.current(due, Instant.parse("2027-03-20T13:00:00Z"), newYork))
        .contains(
            new ActionItemReminder(true, Instant.parse("2027-03-20T13:00:00Z"), "overdue-week-3"));
  }

  @Test
  void theNextReminderStartsWhereTheCurrentOneEnds() {
    assertThat(ActionItemReminder.next(DUE, Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-15T09:00:00Z"));
    assertThat(ActionItemReminder.next(DUE, Instant.parse("2026-12-15T09:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-19T09:00:00Z"));
    assertThat(ActionItemReminder.next(DUE, Instant.parse("2026-12-19T09:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-26T09:00:00Z"));
    Instant later = Instant.parse("2027-02-03T10:00:00Z");
    Instant next = ActionItemReminder.next(DUE, later, ZoneOffset.UTC);
    assertThat(next).isEqualTo(Instant.parse("2027-02-06T09:00:00Z"));
    assertThat(ActionItemReminder.current(DUE, next, ZoneOffset.UTC).orElseThrow().slot())
        .as("the next reminder is another slot than the current one")
        .isNotEqualTo(ActionItemReminder.current(DUE, later, ZoneOffset.UTC).orElseThrow().slot());
  }
}
