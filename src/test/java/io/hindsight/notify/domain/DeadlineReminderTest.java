package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.notify.domain.DeadlineReminder.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlineReminderTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Resolved Tuesday 2026-12-01 17:30 UTC, due 48 h later.
  private static final Instant DUE = Instant.parse("2026-12-03T17:30:00Z");

  @Test
  void nothingBefore24HoursAhead() {
    assertThat(DeadlineReminder.current(DUE, DUE.minus(Duration.ofHours(25)), ZoneOffset.UTC))
        .isEmpty();
    assertThat(DeadlineReminder.current(DUE, DUE.minusSeconds(86401), ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void dueSoonFrom24HoursBeforeUntilTheDeadline() {
    DeadlineReminder soon =
        DeadlineReminder.current(DUE, DUE.minus(Duration.ofHours(24)), ZoneOffset.UTC)
            .orElseThrow();
    assertThat(soon.step()).isEqualTo(Step.DUE_SOON);
    assertThat(soon.at()).isEqualTo(Instant.parse("2026-12-02T17:30:00Z"));
    assertThat(soon.slot()).isEqualTo("due-soon");
    assertThat(DeadlineReminder.current(DUE, DUE.minusSeconds(1), ZoneOffset.UTC)).contains(soon);
  }

  @Test
  void dueAtTheDeadlineThenOverdueOncePerDay() {
    assertThat(DeadlineReminder.current(DUE, DUE, ZoneOffset.UTC))
        .contains(new DeadlineReminder(Step.DUE, DUE, "due"));
    assertThat(DeadlineReminder.current(DUE, DUE.plus(Duration.ofHours(23)), ZoneOffset.UTC))
        .contains(new DeadlineReminder(Step.DUE, DUE, "due"));
    assertThat(DeadlineReminder.current(DUE, DUE.plus(Duration.ofHours(24)), ZoneOffset.UTC))
        .contains(
            new DeadlineReminder(Step.OVERDUE, Instant.parse("2026-12-04T17:30:00Z"), "overdue-1"));
    // A job down for three days sends only the current reminder.
    assertThat(DeadlineReminder.current(DUE, Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC))
        .contains(
            new DeadlineReminder(Step.OVERDUE, Instant.parse("2026-12-06T17:30:00Z"), "overdue-3"));
  }

  @Test
  void overdueRemindersKeepTheWallClockTimeAcrossTheSpringDaylightSavingChange() {
    // Due Saturday 2027-03-27 18:00 in Berlin (17:00 UTC); clocks go forward on Sunday 03-28.
    Instant due = Instant.parse("2027-03-27T17:00:00Z");
    Instant sundayEvening = Instant.parse("2027-03-28T16:00:00Z"); // 18:00 CEST
    assertThat(DeadlineReminder.current(due, sundayEvening.minusSeconds(1), BERLIN))
        .get()
        .extracting(DeadlineReminder::step)
        .isEqualTo(Step.DUE);
    assertThat(DeadlineReminder.current(due, sundayEvening, BERLIN))
        .contains(new DeadlineReminder(Step.OVERDUE, sundayEvening, "overdue-1"));
    // 23 hours after the deadline, not 24: the day was short.
    assertThat(Duration.between(due, sundayEvening)).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void overdueRemindersKeepTheWallClockTimeAcrossTheAutumnChange() {
    // Due Saturday 2026-10-24 09:00 in Berlin (07:00 UTC); clocks go back on Sunday 10-25.
    Instant due = Instant.parse("2026-10-24T07:00:00Z");
    Instant sundayMorning = Instant.parse("2026-10-25T08:00:00Z"); // 09:00 CET
    assertThat(DeadlineReminder.current(due, sundayMorning.minusSeconds(1), BERLIN))
        .get()
        .extracting(DeadlineReminder::slot)
        .isEqualTo("due");
    assertThat(DeadlineReminder.current(due, sundayMorning, BERLIN))
        .contains(new DeadlineReminder(Step.OVERDUE, sundayMorning, "overdue-1"));
    assertThat(DeadlineReminder.current(due, Instant.parse("2026-10-26T08:00:00Z"), BERLIN))
        .get()
        .extracting(DeadlineReminder::slot)
        .isEqualTo("overdue-2");
  }

  @Test
  void aDeadlineAcrossMidnightAndMonthEndCountsDays() {
    Instant due = Instant.parse("2026-12-31T23:30:00Z");
    assertThat(DeadlineReminder.current(due, Instant.parse("2027-01-02T23:29:59Z"), ZoneOffset.UTC))
        .get()
        .extracting(DeadlineReminder::slot)
        .isEqualTo("overdue-1");
    assertThat(DeadlineReminder.current(due, Instant.parse("2027-01-02T23:30:00Z"), ZoneOffset.UTC))
        .get()
        .extracting(DeadlineReminder::slot)
        .isEqualTo("overdue-2");
  }

  @Test
  void theNextReminderStartsWhereTheCurrentOneEnds() {
    Instant[] moments = {
      DUE.minus(Duration.ofDays(3)),
      DUE.minus(Duration.ofHours(24)),
      DUE.minusSeconds(1),
      DUE,
      DUE.plus(Duration.ofHours(30)),
      Instant.parse("2026-12-07T09:00:00Z")
    };
    for (Instant now : moments) {
      Instant next = DeadlineReminder.next(DUE, now, ZoneOffset.UTC);
      assertThat(next).as("after %s", now).isAfter(now);
      assertThat(DeadlineReminder.current(DUE, next.minusSeconds(1), ZoneOffset.UTC))
          .as("just before the next one after %s", now)
          .isEqualTo(DeadlineReminder.current(DUE, now, ZoneOffset.UTC));
      assertThat(DeadlineReminder.current(DUE, next, ZoneOffset.UTC))
          .as("the next one after %s", now)
          .isNotEqualTo(DeadlineReminder.current(DUE, now, ZoneOffset.UTC));
    }
    assertThat(DeadlineReminder.next(DUE, DUE.minus(Duration.ofDays(3)), ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-02T17:30:00Z"));
    assertThat(DeadlineReminder.next(DUE, DUE.minusSeconds(1), ZoneOffset.UTC)).isEqualTo(DUE);
    assertThat(DeadlineReminder.next(DUE, Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-07T17:30:00Z"));
  }

  @Test
  void theNextOverdueReminderKeepsTheWallClockTimeAcrossDaylightSaving() {
    Instant due = Instant.parse("2027-03-27T17:00:00Z"); // Saturday 18:00 in Berlin
    assertThat(DeadlineReminder.next(due, due, BERLIN))
        .isEqualTo(Instant.parse("2027-03-28T16:00:00Z")); // Sunday 18:00 CEST
  }
}
