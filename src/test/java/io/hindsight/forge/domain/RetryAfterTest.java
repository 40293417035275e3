package io.hindsight.forge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

  @Test
  void secondsAnHttpDateOrNothing() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Wed, 02 Dec 2026 06:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Wed, 02 Dec 2026 05:00:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("999999", NOW)).contains(Duration.ofDays(1));
  }

  @Test
  void gitHubsExhaustedRateLimitWaitsForTheReset() {
    long reset = NOW.plusSeconds(300).getEpochSecond();
    assertThat(RetryAfter.rateLimitReset("0", "" + reset, NOW)).contains(Duration.ofMinutes(5));
    assertThat(RetryAfter.rateLimitReset("12", "" + reset, NOW)).isEmpty();
  }
}
