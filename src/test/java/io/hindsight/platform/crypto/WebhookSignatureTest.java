package io.hindsight.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void matchesGitHubsPublishedExample() {
    // The example of GitHub's "Validating webhook deliveries" documentation.
    byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    String expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    assertThat(WebhookSignature.sign("It's a Secret to Everybody", body)).isEqualTo(expected);
    assertThat(WebhookSignature.matches("It's a Secret to Everybody", body, expected)).isTrue();
  }

  @Test
  void acceptsItsOwnSignatureInEitherCase() {
    String signature = WebhookSignature.sign("s3cret", BODY);
    assertThat(WebhookSignature.matches("s3cret", BODY, signature)).isTrue();
    assertThat(WebhookSignature.matches("s3cret", BODY, signature.toUpperCase())).isTrue();
  }

  @Test
  void refusesAnotherSecretBodyOrMalformedHeader() {
    String signature = WebhookSignature.sign("s3cret", BODY);
    assertThat(WebhookSignature.matches("other", BODY, signature)).isFalse();
    assertThat(WebhookSignature.matches("s3cret", "{}".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(WebhookSignature.matches("s3cret", BODY, null)).isFalse();
    assertThat(WebhookSignature.matches("s3cret", BODY, "")).isFalse();
    assertThat(WebhookSignature.matches("s3cret", BODY, "sha1=" + signature.substring(7)))
        .isFalse();
    assertThat(WebhookSignature.matches("s3cret", BODY, "sha256=zz")).isFalse();
    assertThat(WebhookSignature.matches("s3cret", BODY, signature.substring(0, 20))).isFalse();
    assertThat(WebhookSignature.matches("", BODY, signature)).isFalse();
  }
}
