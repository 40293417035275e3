package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import java.net.URL;

/** Published post-mortems, for the tests of post-mortems into Git. */
public final class PublishedPostmortems {

  private PublishedPostmortems() {}

  /**
   * A P1 post-mortem written by "responder", approved by "reviewer" and published; returns its key.
   */
  public static String publish(URL base) {
    PostmortemApi postmortems = new PostmortemApi(base);
    String key = postmortems.draft("P1");
    publish(postmortems, key);
    return key;
  }

  /** Fills, submits, approves and publishes the post-mortem; returns its Markdown export. */
  public static String publish(PostmortemApi postmortems, String key) {
    postmortems.save(
        "responder",
        key,
        "summary",
        "The certificate expired because renewal depended on a manual calendar reminder.");
    ApiClient responder = postmortems.as("responder");
    ApiClient.Reply submitted =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    ApiClient.Reply approved =
        postmortems.as("reviewer").post("api/v1/postmortems/" + key + "/approve", "");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    ApiClient.Reply published = responder.post("api/v1/postmortems/" + key + "/publish", "");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    ApiClient.Reply export =
        responder.raw(
            responder
                .request("api/v1/postmortems/" + key + "/export.md")
                .setHeader("Accept", "text/markdown, */*")
                .GET());
    assertThat(export.status()).isEqualTo(200);
    return export.body();
  }
}
