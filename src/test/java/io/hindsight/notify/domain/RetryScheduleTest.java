package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.schedule.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant FAILED = Instant.parse("2026-12-01T19:47:00Z");
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 6);

  @Test
  void theDelayDoublesPerAttemptUpToTheCap() {
    assertThat(schedule.delay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(schedule.delay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(schedule.delay(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(schedule.delay(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(schedule.delay(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.delay(60)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void jitterKeepsHalfTheDelayAndRandomisesTheOtherHalf() {
    assertThat(schedule.nextAttempt(3, FAILED, 0.0)).contains(FAILED.plusSeconds(60));
    assertThat(schedule.nextAttempt(3, FAILED, 0.5)).contains(FAILED.plusSeconds(90));
    assertThat(schedule.nextAttempt(3, FAILED, 0.999999))
        .get()
        .matches(t -> t.isBefore(FAILED.plusSeconds(120)));
  }

  @Test
  void afterTheLastAttemptThereIsNoNextOne() {
    assertThat(schedule.nextAttempt(5, FAILED, 0.3)).isPresent();
    assertThat(schedule.nextAttempt(6, FAILED, 0.3)).isEmpty();
    assertThat(schedule.nextAttempt(7, FAILED, 0.3)).isEmpty();
  }

  @Test
  void refusesSchedulesThatCannotWork() {
    assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schedule.nextAttempt(1, FAILED, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingMessageIsRetriedThenDead() {
    RetrySchedule twice = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(10), 2);
    Notification message =
        new Notification(
            NotificationKind.ESCALATION,
            Channel.EMAIL,
            "jane@example.com",
            SubjectType.INCIDENT,
            "INC-2026-0042",
            "[P0] INC-2026-0042 Region down",
            "Nobody acknowledged the incident within 15 minutes.",
            "/incident.xhtml?key=INC-2026-0042",
            IdempotencyKey.of("INC-2026-0042", "NOT_ACKNOWLEDGED", "contact-7", "email"),
            FAILED);
    message.claim(FAILED);
    message.failed("Connection refused", FAILED, twice, 0.0);
    assertThat(message.state()).isEqualTo(DeliveryState.FAILED);
    assertThat(message.nextAttemptAt()).isEqualTo(FAILED.plusSeconds(5));
    message.claim(FAILED.plusSeconds(5));
    message.failed("Connection refused", FAILED.plusSeconds(5), twice, 0.0);
    assertThat(message.state()).isEqualTo(DeliveryState.DEAD);
    assertThat(message.attempts()).isEqualTo(2);
    assertThat(message.lastError()).contains("Connection refused");

    message.retryNow(FAILED.plusSeconds(60));
    assertThat(message.state()).isEqualTo(DeliveryState.PENDING);
    message.claim(FAILED.plusSeconds(61));
    message.sent(FAILED.plusSeconds(62));
    assertThat(message.state()).isEqualTo(DeliveryState.SENT);
    assertThat(message.lastError()).isEmpty();
  }
}
