package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {

  @Test
  void everyTokenExpiresNinetyDaysByDefaultOrAtTheMaximum() {
    assertThat(new TokenLifetime(365).of(Optional.empty())).isEqualTo(Duration.ofDays(90));
    assertThat(new TokenLifetime(30).of(Optional.empty())).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void aChosenLifetimeMustBeWithinOneDayAndTheMaximum() {
    assertThat(new TokenLifetime(30).of(Optional.of(30))).isEqualTo(Duration.ofDays(30));
    assertThatThrownBy(() -> new TokenLifetime(30).of(Optional.of(31)))
        .isInstanceOf(FieldRefused.class)
        .hasMessage("expiresInDays must be between 1 and 30.");
    assertThatThrownBy(() -> new TokenLifetime(30).of(Optional.of(0)))
        .isInstanceOf(FieldRefused.class);
  }
}
