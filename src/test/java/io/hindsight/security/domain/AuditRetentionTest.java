package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

  @Test
  void keepsTheLastDaysOfTheRetention() {
    AuditRetention retention = new AuditRetention(AuditRetention.DEFAULT_DAYS);

    assertThat(retention.cutoff(Instant.parse("2026-12-02T03:17:00Z")))
        .isEqualTo(Instant.parse("2025-10-28T03:17:00Z"));
  }

  @Test
  void refusesARetentionOfNoDays() {
    assertThatThrownBy(() -> new AuditRetention(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditRetention(40_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
