package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void acceptsMailboxes() {
    assertThat(EmailAddress.parse("email", " jane.doe+oncall@ops.example.com ").value())
        .isEqualTo("jane.doe+oncall@ops.example.com");
  }

  @Test
  void refusesWhatIsNotOneMailbox() {
    for (String bad :
        new String[] {
          "",
          "jane",
          "jane@",
          "@example.com",
          "jane@localhost",
          "a@b@example.com",
          "Jane <jane@example.com>",
          "jane@example.com, bob@example.com",
          "jane doe@example.com",
          "jane@example.com\r\nBcc: x@example.com",
          "x".repeat(65) + "@example.com"
        }) {
      assertThatThrownBy(() -> EmailAddress.parse("email", bad))
          .as(bad)
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining("email");
    }
  }
}
