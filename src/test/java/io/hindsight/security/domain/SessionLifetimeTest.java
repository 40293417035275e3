package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");
  private final SessionLifetime lifetime =
      new SessionLifetime(Duration.ofHours(8), Duration.ofHours(24));

  @Test
  void anActiveSessionEndsAtTheAbsoluteLimit() {
    Instant justBefore = SIGNED_IN.plus(Duration.ofHours(24)).minusSeconds(1);
    assertThat(lifetime.isOver(SIGNED_IN, justBefore.minusSeconds(60), justBefore)).isFalse();
    assertThat(lifetime.isOver(SIGNED_IN, justBefore, SIGNED_IN.plus(Duration.ofHours(24))))
        .isTrue();
  }

  @Test
  void anIdleSessionEndsAfterTheIdleLimitWhateverPollingHappened() {
    Instant lastClick = SIGNED_IN.plus(Duration.ofHours(1));
    assertThat(lifetime.isOver(SIGNED_IN, lastClick, lastClick.plus(Duration.ofHours(7))))
        .isFalse();
    assertThat(lifetime.isOver(SIGNED_IN, lastClick, lastClick.plus(Duration.ofHours(8)))).isTrue();
  }
}
