package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SmtpOptionsTest {

  private static final UnaryOperator<String> UNSEAL = value -> "unsealed:" + value;

  @Test
  void plainSmtpWithoutAuthenticationAddsNothing() {
    SmtpOptions options = SmtpOptions.of(null, "", " ", null, UNSEAL);
    assertThat(options.security()).isEqualTo(SmtpOptions.Security.NONE);
    assertThat(options.properties()).isEmpty();
    assertThat(options.user()).isEmpty();
  }

  @Test
  void starttlsIsRequiredNotMerelyTriedAndTheServerNameIsChecked() {
    assertThat(SmtpOptions.of("StartTLS", null, null, null, UNSEAL).properties())
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .doesNotContainKey("mail.smtp.ssl.enable");
    assertThat(SmtpOptions.of("ssl", null, null, null, UNSEAL).properties())
        .containsEntry("mail.smtp.ssl.enable", "true")
        .doesNotContainKey("mail.smtp.starttls.enable");
  }

  @Test
  void aUserAuthenticatesWithAPlainOrASealedPassword() {
    SmtpOptions plain = SmtpOptions.of("starttls", "hindsight", "s3cret", "", UNSEAL);
    assertThat(plain.properties())
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.user", "hindsight");
    assertThat(plain.password()).contains("s3cret");
    assertThat(plain.toString()).doesNotContain("s3cret");
    assertThat(SmtpOptions.of("none", "hindsight", null, "v1:abc", UNSEAL).password())
        .contains("unsealed:v1:abc");
  }

  @Test
  void inconsistentSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> SmtpOptions.of("tls", null, null, null, UNSEAL))
        .hasMessageContaining("HINDSIGHT_SMTP_SECURITY");
    assertThatThrownBy(() -> SmtpOptions.of("none", "hindsight", null, null, UNSEAL))
        .hasMessageContaining("HINDSIGHT_SMTP_USER");
    assertThatThrownBy(() -> SmtpOptions.of("none", null, "s3cret", null, UNSEAL))
        .hasMessageContaining("HINDSIGHT_SMTP_USER");
    assertThatThrownBy(() -> SmtpOptions.of("none", "hindsight", "a", "v1:b", UNSEAL))
        .hasMessageContaining("not both");
  }
}
