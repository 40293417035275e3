package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.openqa.selenium.support.ui.FluentWait;

/** The push of a merged change request, as the API shows it. */
public final class Pushes {

  private static final Duration AT_MOST = Duration.ofMinutes(2);

  private Pushes() {}

  /** The push once it is in {@code state} (pending, pushed, retrying, conflict). */
  public static JsonObject await(ApiClient client, long id, String state) {
    return new FluentWait<>(client)
        .withTimeout(AT_MOST)
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("the push of change request " + id + " is " + state)
        .until(
            api -> {
              JsonObject push = push(api, id);
              return push != null && push.getString("state").equals(state) ? push : null;
            });
  }

  /** The push now; null before the merge. */
  public static JsonObject push(ApiClient client, long id) {
    ApiClient.Reply reply = client.get("api/v1/change-requests/" + id);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject detail = reply.json();
    return detail.containsKey("push") && !detail.isNull("push")
        ? detail.getJsonObject("push")
        : null;
  }

  /** Runs the push worker now; {@code retryNow} also pushes those waiting for their retry time. */
  public static int drain(ApiClient admin, boolean retryNow) {
    ApiClient.Reply reply = admin.post("api/it/push-worker" + (retryNow ? "?retry=now" : ""), "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Integer.parseInt(reply.body().strip());
  }

  /** Pushes the change branches the remote has behind their heads now; how many were pushed. */
  public static int branchesBehind(ApiClient admin) {
    ApiClient.Reply reply = admin.post("api/it/push-worker?branches=behind", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Integer.parseInt(reply.body().strip());
  }
}
