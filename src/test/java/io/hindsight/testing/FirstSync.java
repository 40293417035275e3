package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.openqa.selenium.support.ui.FluentWait;

/** Registering a repository starts its first sync in the background: waits until it is done. */
public final class FirstSync {

  private static final Duration AT_MOST = Duration.ofMinutes(3);

  private FirstSync() {}

  /** The repository as the API shows it once no sync of it runs. */
  public static JsonObject await(ApiClient client, String key) {
    return new FluentWait<>(client)
        .withTimeout(AT_MOST)
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("the first sync of " + key + " is done")
        .until(
            api -> {
              ApiClient.Reply reply = api.get("api/v1/repositories/" + key);
              assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
              JsonObject repository = reply.json();
              String state = repository.getString("syncState");
              return state.equals("syncing") || state.equals("never") ? null : repository;
            });
  }
}
