package io.hindsight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import java.time.Instant;

/** The scheduled work of notifications run from a test, through {@link ScheduledNoticesTrigger}. */
final class ScheduledNotices {

  private ScheduledNotices() {}

  /** Escalates and queues what is due now, then delivers everything due. */
  static void sweep(ApiClient client) {
    run(client, "api/it/notify/sweep");
  }

  /** Queues the reminders due at {@code at} (the clock moved), then delivers everything due. */
  static void sweepAt(ApiClient client, Instant at) {
    run(client, "api/it/notify/sweep?at=" + at);
  }

  /** Delivers everything due now; returns how many messages were attempted. */
  static int drain(ApiClient client) {
    return run(client, "api/it/notify/drain");
  }

  private static int run(ApiClient client, String path) {
    ApiClient.Reply reply = client.post(path, "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Integer.parseInt(reply.body().trim());
  }
}
