package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void theSameDeadlineRecipientAndChannelGiveTheSameKey() {
    IdempotencyKey first =
        IdempotencyKey.of("INC-2026-0042", "NOT_ACKNOWLEDGED", "contact-7", "email");
    IdempotencyKey again =
        IdempotencyKey.of("INC-2026-0042", "NOT_ACKNOWLEDGED", "contact-7", "email");
    assertThat(first).isEqualTo(again);
    assertThat(first.value()).isEqualTo("INC-2026-0042:NOT_ACKNOWLEDGED:contact-7:email");
    assertThat(IdempotencyKey.of("INC-2026-0042", "NOT_ACKNOWLEDGED", "contact-7", "chat"))
        .isNotEqualTo(first);
    assertThat(IdempotencyKey.of("INC-2026-0042", "NOT_ACKNOWLEDGED", "contact-8", "email"))
        .isNotEqualTo(first);
  }

  @Test
  void aLongKeyIsShortenedToAPrefixAndADigestThatStillDiffer() {
    String longRef = "x".repeat(300);
    IdempotencyKey a = IdempotencyKey.of("test", longRef, "a");
    IdempotencyKey b = IdempotencyKey.of("test", longRef, "b");
    assertThat(a.value()).hasSize(IdempotencyKey.MAX).startsWith("test:xxx").contains("#");
    assertThat(a).isNotEqualTo(b);
    assertThat(IdempotencyKey.of("test", longRef, "a")).isEqualTo(a);
  }

  @Test
  void theMessageIdIsStableAndValid() {
    IdempotencyKey key = IdempotencyKey.of("INC-2026-0042", "DECLARED", "contact-1", "email");
    assertThat(key.messageId("hindsight.invalid"))
        .isEqualTo(key.messageId("hindsight.invalid"))
        .matches("<[0-9a-f]{40}@hindsight\\.invalid>");
    assertThat(IdempotencyKey.of("other").messageId("h")).isNotEqualTo(key.messageId("h"));
  }

  @Test
  void refusesEmptyKeys() {
    assertThatThrownBy(() -> new IdempotencyKey(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
