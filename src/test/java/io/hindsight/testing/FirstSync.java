package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Registering a repository starts its first sync in the background: waits until it is done. */
public final class FirstSync {

  private static final Duration AT_MOST = Duration.ofMinutes(3);

  private FirstSync() {}

  /** The repository as the API shows it once no sync of it runs. */
  public static JsonObject await(ApiClient client, String key) {
    Instant until = Instant.now().plus(AT_MOST);
    while (true) {
      ApiClient.Reply reply = client.get("api/v1/repositories/" + key);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonObject repository = reply.json();
      if (!"syncing".equals(repository.getString("syncState"))) {
        return repository;
      }
      assertThat(Instant.now()).as("the first sync of " + key + " is done").isBefore(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
