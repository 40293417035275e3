package io.hindsight.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrapeAccessTest {

  @Test
  void withoutATokenAnyoneMayScrape() {
    assertThat(new ScrapeAccess(Optional.empty()).allows(null)).isTrue();
    assertThat(new ScrapeAccess(Optional.of("  ")).allows(null)).isTrue();
  }

  @Test
  void withATokenOnlyItsBearerMayScrape() {
    ScrapeAccess access = new ScrapeAccess(Optional.of("s3cret-token"));
    assertThat(access.allows("Bearer s3cret-token")).isTrue();
    assertThat(access.allows(null)).isFalse();
    assertThat(access.allows("Bearer wrong")).isFalse();
    assertThat(access.allows("Basic czNjcmV0LXRva2Vu")).isFalse();
    assertThat(access.allows("Bearer s3cret-token-and-more")).isFalse();
  }
}
