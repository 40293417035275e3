package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OutgoingUrlTest {

  private static final URI SELF = URI.create("http://localhost:8080/");

  @Test
  void acceptsHttpAndHttpsReceivers() {
    assertThat(
            OutgoingUrl.parse("https://hooks.slack.com/services/T0/B0/XYZ", "chatUrl", SELF)
                .uri()
                .getHost())
        .isEqualTo("hooks.slack.com");
    assertThat(OutgoingUrl.parse(" http://127.0.0.1:9123/hook ", "webhookUrl", SELF).toString())
        .isEqualTo("http://127.0.0.1:9123/hook");
  }

  @Test
  void refusesOtherSchemesAndBrokenUrls() {
    for (String bad :
        new String[] {
          "file:///etc/passwd",
          "ftp://example.com/x",
          "javascript:alert(1)",
          "not a url",
          "",
          "//x/y"
        }) {
      assertThatThrownBy(() -> OutgoingUrl.parse(bad, "chatUrl", SELF))
          .as(bad)
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining("chatUrl");
    }
    assertThatThrownBy(() -> OutgoingUrl.parse("https://user:pw@example.com/", "chatUrl", SELF))
        .isInstanceOf(FieldRefused.class);
    assertThatThrownBy(() -> OutgoingUrl.parse("https:///nohost", "chatUrl", SELF))
        .isInstanceOf(FieldRefused.class);
  }

  @Test
  void refusesHindsightItselfUnderAnyLocalName() {
    for (String self :
        new String[] {
          "http://localhost:8080/api/v1/incidents",
          "http://127.0.0.1:8080/x",
          "http://LOCALHOST:8080"
        }) {
      assertThatThrownBy(() -> OutgoingUrl.parse(self, "webhookUrl", SELF))
          .as(self)
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining("itself");
    }
    URI publicSelf = URI.create("https://hindsight.example.com/");
    assertThatThrownBy(
            () -> OutgoingUrl.parse("https://hindsight.example.com/api", "webhookUrl", publicSelf))
        .isInstanceOf(FieldRefused.class);
    assertThat(OutgoingUrl.parse("http://127.0.0.1:8081/hook", "webhookUrl", SELF)).isNotNull();
  }
}
