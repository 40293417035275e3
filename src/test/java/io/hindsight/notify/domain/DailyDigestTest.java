package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyDigestTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static DailyDigest.Item item(long id, String to, String at, String title) {
    return new DailyDigest.Item(
        id, to, NotificationKind.POSTMORTEM_DUE_SOON, title, "Body of " + title, Instant.parse(at));
  }

  @Test
  void aDaysItemsForOneAddressBecomeOneDigestOnceTheDayHasEndedInTheZone() {
    List<DailyDigest.Item> held =
        List.of(
            item(2, "jane@example.com", "2026-06-10T20:00:00Z", "Second"),
            item(1, "Jane@Example.com", "2026-06-10T06:00:00Z", "First"),
            item(3, "bo@example.com", "2026-06-10T12:00:00Z", "Bo's"));

    // 23:59 in Berlin on the 10th: the day has not ended there.
    assertThat(DailyDigest.due(held, Instant.parse("2026-06-10T21:59:00Z"), BERLIN)).isEmpty();

    List<DailyDigest.Digest> due =
        DailyDigest.due(held, Instant.parse("2026-06-10T22:00:00Z"), BERLIN);
    assertThat(due)
        .extracting(DailyDigest.Digest::recipient)
        .containsExactly("bo@example.com", "Jane@Example.com");
    DailyDigest.Digest jane = due.get(1);
    assertThat(jane.day()).isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(jane.items()).extracting(DailyDigest.Item::title).containsExactly("First", "Second");
    assertThat(jane.title()).isEqualTo("Hindsight digest for 2026-06-10: 2 notifications");
    assertThat(jane.body()).contains("- First\n  Body of First").contains("- Second");
    assertThat(jane.body().indexOf("First")).isLessThan(jane.body().indexOf("Second"));
    assertThat(jane.key().value()).isEqualTo("digest:jane@example.com:2026-06-10:email");
  }

  @Test
  void itemsOfSeveralPastDaysGiveOneDigestPerDayAndTodaysWait() {
    List<DailyDigest.Item> held =
        List.of(
            item(1, "jane@example.com", "2026-06-08T10:00:00Z", "Monday"),
            item(2, "jane@example.com", "2026-06-09T10:00:00Z", "Tuesday"),
            item(3, "jane@example.com", "2026-06-10T10:00:00Z", "Today"));
    List<DailyDigest.Digest> due =
        DailyDigest.due(held, Instant.parse("2026-06-10T12:00:00Z"), BERLIN);
    assertThat(due)
        .extracting(DailyDigest.Digest::day)
        .containsExactly(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 9));
    assertThat(due.get(0).title()).endsWith("1 notification");
  }

  @Test
  void theDayFollowsTheZoneAcrossTheSpringDaylightSavingChange() {
    // 29 March 2026: Berlin moves from +01:00 to +02:00; the local day is 23 hours long.
    List<DailyDigest.Item> held =
        List.of(
            item(1, "jane@example.com", "2026-03-28T23:30:00Z", "Just after midnight"),
            item(2, "jane@example.com", "2026-03-29T21:30:00Z", "Just before midnight"),
            item(3, "jane@example.com", "2026-03-29T22:30:00Z", "Next day"));
    List<DailyDigest.Digest> due =
        DailyDigest.due(held, Instant.parse("2026-03-29T22:00:00Z"), BERLIN);
    assertThat(due)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.day()).isEqualTo(LocalDate.of(2026, 3, 29));
              assertThat(d.items()).extracting(DailyDigest.Item::id).containsExactly(1L, 2L);
            });
  }
}
