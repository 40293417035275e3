package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostmortemDeadlineTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private static LocalDateTime inBerlin(Instant instant) {
    return LocalDateTime.ofInstant(instant, BERLIN);
  }

  private static DeadlinePolicy businessHours(Duration allowance, LocalDate... holidays) {
    return DeadlinePolicy.businessHours(
        allowance, WorkingHours.weekdays(BERLIN).withHolidays(List.of(holidays)));
  }

  @Test
  void standardPolicyIsDueFortyEightHoursAfterResolution() {
    PostmortemDeadline deadline =
        DeadlinePolicy.standard().deadlineFor(Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(deadline.resolvedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
  }

  @Test
  void aPostmortemOpenedDaysAfterTheResolutionIsDueCountedFromItsOpening() {
    Instant resolved = Instant.parse("2026-03-02T10:00:00Z");
    PostmortemDeadline deadline =
        DeadlinePolicy.standard().deadlineFor(resolved, Instant.parse("2026-03-05T16:30:00Z"));

    assertThat(deadline.resolvedAt()).isEqualTo(resolved);
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-07T16:30:00Z"));
    assertThat(DeadlinePolicy.standard().deadlineFor(resolved, resolved).dueAt())
        .isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
  }

  @Test
  void aPostmortemOpenedLaterCountsBusinessHoursFromItsOpening() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(8))
            .deadlineFor(berlin("2026-03-02T10:00"), berlin("2026-03-06T15:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-09T15:00");
  }

  @Test
  void allowanceIsConfigurable() {
    PostmortemDeadline deadline =
        DeadlinePolicy.wallClock(Duration.ofHours(24))
            .deadlineFor(Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
  }

  @Test
  void wallClockDeadlineCountsWeekendHours() {
    PostmortemDeadline deadline = DeadlinePolicy.standard().deadlineFor(berlin("2026-03-06T15:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-08T15:00");
  }

  @Test
  void businessHoursSkipTheWeekend() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(8)).deadlineFor(berlin("2026-03-06T15:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-09T15:00");
  }

  @Test
  void fortyEightBusinessHoursAreSixWorkingDays() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(48)).deadlineFor(berlin("2026-03-02T09:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-09T17:00");
  }

  @Test
  void businessHoursSkipHolidays() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(4), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6))
            .deadlineFor(berlin("2026-04-02T16:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-04-07T12:00");
  }

  @Test
  void resolutionOnTheWeekendStartsCountingMondayMorning() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(2)).deadlineFor(berlin("2026-03-07T22:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-09T11:00");
  }

  @Test
  void resolutionInTheEveningStartsCountingNextMorning() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(2)).deadlineFor(berlin("2026-03-03T20:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-04T11:00");
  }

  @Test
  void resolutionBeforeOpeningStartsCountingAtOpening() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(2)).deadlineFor(berlin("2026-03-03T06:30"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-03T11:00");
  }

  @Test
  void deadlineEndingExactlyAtClosingStaysThatDay() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(8)).deadlineFor(berlin("2026-03-03T09:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-03T17:00");
  }

  @Test
  void wallClockDeadlineAcrossSpringForwardIsFortyEightRealHours() {
    Instant resolved = berlin("2026-03-28T10:00");

    PostmortemDeadline deadline = DeadlinePolicy.standard().deadlineFor(resolved);

    assertThat(Duration.between(resolved, deadline.dueAt())).isEqualTo(Duration.ofHours(48));
    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-30T11:00");
  }

  @Test
  void businessHoursAcrossSpringForwardKeepLocalOpeningTime() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(2)).deadlineFor(berlin("2026-03-27T16:00"));

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-30T10:00");
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void businessHoursAcrossFallBackKeepLocalOpeningTime() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(2)).deadlineFor(berlin("2026-10-23T16:00"));

    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
  }

  @Test
  void customWorkingDaysAndHours() {
    WorkingHours sundayToThursday =
        WorkingHours.of(
            ZoneOffset.UTC,
            Set.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY),
            LocalTime.of(8, 0),
            LocalTime.of(16, 0),
            List.of());

    PostmortemDeadline deadline =
        DeadlinePolicy.businessHours(Duration.ofHours(3), sundayToThursday)
            .deadlineFor(Instant.parse("2026-03-05T15:00:00Z"));

    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
  }

  @Test
  void dueSoonStartsStrictlyWithinTwelveHours() {
    Instant resolved = Instant.parse("2026-03-02T10:00:00Z");
    PostmortemDeadline deadline = DeadlinePolicy.standard().deadlineFor(resolved);
    Instant due = deadline.dueAt();
    PostmortemStatus draft = PostmortemStatus.DRAFT;

    assertThat(deadline.stateAt(resolved, draft)).isEqualTo(DueState.NOT_DUE);
    assertThat(deadline.stateAt(due.minus(Duration.parse("PT12H1M")), draft))
        .isEqualTo(DueState.NOT_DUE);
    assertThat(deadline.stateAt(due.minus(Duration.ofHours(12)), draft))
        .isEqualTo(DueState.NOT_DUE);
    assertThat(deadline.stateAt(due.minus(Duration.parse("PT11H59M")), draft))
        .isEqualTo(DueState.DUE_SOON);
    assertThat(deadline.stateAt(due.minusNanos(1), draft)).isEqualTo(DueState.DUE_SOON);
  }

  @Test
  void theDueInstantItselfIsOverdue() {
    PostmortemDeadline deadline =
        DeadlinePolicy.standard().deadlineFor(Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(deadline.stateAt(deadline.dueAt(), PostmortemStatus.IN_REVIEW))
        .isEqualTo(DueState.OVERDUE);
    assertThat(deadline.timeLeft(deadline.dueAt())).isZero();
    assertThat(deadline.timeLeft(deadline.dueAt().plusSeconds(60))).isZero();
  }

  @Test
  void publishedIsDoneAndWaivedIsWaivedEvenWhenLate() {
    PostmortemDeadline deadline =
        DeadlinePolicy.standard().deadlineFor(Instant.parse("2026-03-02T10:00:00Z"));
    Instant late = deadline.dueAt().plus(Duration.ofDays(3));

    assertThat(deadline.stateAt(late, PostmortemStatus.PUBLISHED)).isEqualTo(DueState.DONE);
    assertThat(deadline.stateAt(late, PostmortemStatus.WAIVED)).isEqualTo(DueState.WAIVED);
    assertThat(deadline.stateAt(late, PostmortemStatus.APPROVED)).isEqualTo(DueState.OVERDUE);
  }

  @Test
  void stateFollowsTheClock() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T10:00:00Z"));
    PostmortemDeadline deadline = DeadlinePolicy.standard().deadlineFor(clock.instant());

    assertThat(deadline.state(clock, PostmortemStatus.DRAFT)).isEqualTo(DueState.NOT_DUE);
    clock.advance(Duration.ofHours(37));
    assertThat(deadline.state(clock, PostmortemStatus.DRAFT)).isEqualTo(DueState.DUE_SOON);
    clock.advance(Duration.ofHours(11));
    assertThat(deadline.state(clock, PostmortemStatus.DRAFT)).isEqualTo(DueState.OVERDUE);
  }

  @Test
  void dueSoonWindowIsConfigurable() {
    PostmortemDeadline deadline =
        DeadlinePolicy.standard()
            .withDueSoonWindow(Duration.ofHours(2))
            .deadlineFor(Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(
            deadline.stateAt(deadline.dueAt().minus(Duration.ofHours(3)), PostmortemStatus.DRAFT))
        .isEqualTo(DueState.NOT_DUE);
    assertThat(
            deadline.stateAt(deadline.dueAt().minus(Duration.ofHours(1)), PostmortemStatus.DRAFT))
        .isEqualTo(DueState.DUE_SOON);
  }

  @Test
  void inBusinessHoursModeTimeLeftCountsBusinessHours() {
    PostmortemDeadline deadline =
        businessHours(Duration.ofHours(8)).deadlineFor(berlin("2026-03-05T11:00"));
    Instant fridayAfternoon = berlin("2026-03-06T16:00");

    assertThat(inBerlin(deadline.dueAt())).isEqualTo("2026-03-06T11:00");
    PostmortemDeadline overWeekend =
        businessHours(Duration.ofHours(16)).deadlineFor(berlin("2026-03-05T11:00"));
    assertThat(inBerlin(overWeekend.dueAt())).isEqualTo("2026-03-09T11:00");
    assertThat(overWeekend.timeLeft(fridayAfternoon)).isEqualTo(Duration.ofHours(3));
    assertThat(overWeekend.stateAt(fridayAfternoon, PostmortemStatus.DRAFT))
        .isEqualTo(DueState.DUE_SOON);
  }

  @Test
  void invalidPoliciesAreRefused() {
    assertThatThrownBy(() -> DeadlinePolicy.wallClock(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The allowance must be a positive duration.");
    assertThatThrownBy(() -> DeadlinePolicy.standard().withDueSoonWindow(Duration.ofHours(-1)))
        .hasMessage("The due soon window must be a positive duration.");
    assertThatThrownBy(
            () ->
                WorkingHours.of(
                    BERLIN,
                    Set.of(DayOfWeek.MONDAY),
                    LocalTime.of(17, 0),
                    LocalTime.of(9, 0),
                    List.of()))
        .hasMessage("Working hours must start before they end.");
    assertThatThrownBy(
            () ->
                WorkingHours.of(
                    BERLIN, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0), List.of()))
        .hasMessage("At least one working day is required.");
  }
}
