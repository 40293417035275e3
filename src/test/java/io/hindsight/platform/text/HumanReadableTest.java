package io.hindsight.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HumanReadableTest {

  private static final Instant NOW = Instant.parse("2026-12-01T19:16:12.784305Z");
  private final HumanReadable utc = new HumanReadable(ZoneOffset.UTC);

  @Test
  void timesAreLocalToTheMinuteWithTheirZone() {
    assertThat(utc.time(NOW)).isEqualTo("2026-12-01 19:16 UTC");
    assertThat(new HumanReadable(ZoneId.of("Europe/Paris")).time(NOW))
        .isEqualTo("2026-12-01 20:16 CET");
    assertThat(
            new HumanReadable(ZoneId.of("Europe/Paris"))
                .time(Instant.parse("2026-07-01T10:00:00Z")))
        .isEqualTo("2026-07-01 12:00 CEST");
    assertThat(utc.date(NOW)).isEqualTo("2026-12-01");
    assertThat(utc.time(null)).isEmpty();
  }

  @Test
  void relativeTimesSayHowFarAndWhichWay() {
    assertThat(utc.relative(NOW.plus(Duration.ofMinutes(12)), NOW)).isEqualTo("in 12 min");
    assertThat(utc.relative(NOW.minus(Duration.ofMinutes(185)), NOW)).isEqualTo("3 h ago");
    assertThat(utc.relative(NOW.plusSeconds(30), NOW)).isEqualTo("just now");
    assertThat(utc.relative(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo("3 d ago");
    assertThat(utc.relative(NOW.plus(Duration.ofHours(47)), NOW)).isEqualTo("in 47 h");
  }

  @Test
  void durationsUseMinutesAndHoursNotRawSeconds() {
    assertThat(utc.seconds(160L)).isEqualTo("2 min");
    assertThat(utc.seconds(45L)).isEqualTo("45 s");
    assertThat(utc.duration(Duration.ofMinutes(100))).isEqualTo("1 h 40 min");
    assertThat(utc.duration(Duration.ofHours(2))).isEqualTo("2 h");
    assertThat(utc.duration(Duration.ofHours(51))).isEqualTo("2 d 3 h");
    assertThat(utc.duration(Duration.ofMinutes(-5))).isEqualTo("-5 min");
    assertThat(utc.seconds(null)).isEmpty();
  }

  @Test
  void countsTakeTheRightNumber() {
    assertThat(HumanReadable.count(0, "finding")).isEqualTo("0 findings");
    assertThat(HumanReadable.count(1, "finding")).isEqualTo("1 finding");
    assertThat(HumanReadable.count(2, "entry", "entries")).isEqualTo("2 entries");
    assertThat(HumanReadable.noun(1, "finding")).isEqualTo("finding");
    assertThat(HumanReadable.noun(3, "finding")).isEqualTo("findings");
  }

  @Test
  void listsJoinItemsInTheirOrderAndNothingForNone() {
    assertThat(HumanReadable.list(java.util.List.of("eks", "rds", "route53"), ", "))
        .isEqualTo("eks, rds, route53");
    assertThat(HumanReadable.list(java.util.List.of("a"), "; ")).isEqualTo("a");
    assertThat(HumanReadable.list(java.util.List.of(), ", ")).isEmpty();
    assertThat(HumanReadable.list(null, ", ")).isEmpty();
  }
}
