package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.schedule.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangePushTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final RetrySchedule RETRIES =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(30), Integer.MAX_VALUE);

  private static ChangePush queued() {
    return new ChangePush(
        7,
        "ops",
        "main",
        "a".repeat(40),
        "b".repeat(40),
        "runbook-improvement/x",
        "c".repeat(40),
        Optional.of("runbooks-2026.03.01"),
        NOW);
  }

  @Test
  void aQueuedPushIsDueAtOnce() {
    ChangePush push = queued();
    assertThat(push.state()).isEqualTo(PushState.PENDING);
    assertThat(push.state().isDue()).isTrue();
    assertThat(push.nextAttemptAt()).isEqualTo(NOW);
    assertThat(push.attempts()).isZero();
  }

  @Test
  void aFailedAttemptIsRetriedLaterAndLaterUpToTheCap() {
    ChangePush push = queued();
    push.failed("Cannot reach the remote", NOW, RETRIES, 0.0);
    assertThat(push.state()).isEqualTo(PushState.FAILED);
    assertThat(push.state().word()).isEqualTo("retrying");
    assertThat(push.state().isDue()).isTrue();
    assertThat(push.lastError()).contains("Cannot reach the remote");
    assertThat(push.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    for (int i = 0; i < 40; i++) {
      push.failed("still down", NOW, RETRIES, 0.999);
    }
    assertThat(push.state()).isEqualTo(PushState.FAILED);
    assertThat(push.attempts()).isEqualTo(41);
    assertThat(push.nextAttemptAt()).isBetween(NOW.plusSeconds(900), NOW.plusSeconds(1800));
  }

  @Test
  void aPushAfterFailuresClearsTheErrorAndRecordsWhatTheRemoteGot() {
    ChangePush push = queued();
    push.failed("down", NOW, RETRIES, 0.5);
    push.pushed("d".repeat(40), NOW.plusSeconds(30));
    assertThat(push.state()).isEqualTo(PushState.PUSHED);
    assertThat(push.state().isDue()).isFalse();
    assertThat(push.lastError()).isEmpty();
    assertThat(push.pushedCommit()).contains("d".repeat(40));
    assertThat(push.pushedAt()).contains(NOW.plusSeconds(30));
    assertThat(push.attempts()).isEqualTo(2);
  }

  @Test
  void aConflictIsFinalAndSaysWhyInAtMostTheColumnsLength() {
    ChangePush push = queued();
    push.conflict("x".repeat(5000));
    assertThat(push.state()).isEqualTo(PushState.CONFLICT);
    assertThat(push.state().isDue()).isFalse();
    assertThat(push.lastError().orElseThrow()).hasSize(ChangePush.MAX_ERROR);
  }
}
