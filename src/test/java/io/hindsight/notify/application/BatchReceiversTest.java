package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.notify.domain.NotificationKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchReceiversTest {

  /** Channel settings that count their reads; escalation has receivers, the others none. */
  private static final class CountingSettings extends ChannelSettings {
    final List<String> reads = new ArrayList<>();

    @Override
    public Optional<Webhook> webhook(NotificationKind kind) {
      reads.add("webhook " + kind.spelling());
      return kind == NotificationKind.ESCALATION
          ? Optional.of(new Webhook(URI.create("http://hooks.example/1"), "secret-" + reads.size()))
          : Optional.empty();
    }

    @Override
    public Optional<URI> chatUrl(NotificationKind kind) {
      reads.add("chat " + kind.spelling());
      return kind == NotificationKind.ESCALATION
          ? Optional.of(URI.create("http://chat.example/" + reads.size()))
          : Optional.empty();
    }
  }

  @Test
  void eachKindsReceiversAreReadOnceForTheBatch() {
    CountingSettings settings = new CountingSettings();
    BatchReceivers receivers = new BatchReceivers(settings);

    for (int i = 0; i < 100; i++) {
      assertThat(receivers.webhook(NotificationKind.ESCALATION))
          .contains(new ChannelSettings.Webhook(URI.create("http://hooks.example/1"), "secret-1"));
      assertThat(receivers.chatUrl(NotificationKind.ESCALATION))
          .contains(URI.create("http://chat.example/2"));
      assertThat(receivers.webhook(NotificationKind.POSTMORTEM_CREATED)).isEmpty();
    }

    assertThat(settings.reads)
        .containsExactly("webhook escalation", "chat escalation", "webhook postmortem_created");
  }

  @Test
  void aNewBatchReadsTheReceiversAgain() {
    CountingSettings settings = new CountingSettings();

    new BatchReceivers(settings).webhook(NotificationKind.ESCALATION);
    Optional<ChannelSettings.Webhook> next =
        new BatchReceivers(settings).webhook(NotificationKind.ESCALATION);

    assertThat(next).map(ChannelSettings.Webhook::secret).contains("secret-2");
    assertThat(settings.reads).hasSize(2);
  }
}
