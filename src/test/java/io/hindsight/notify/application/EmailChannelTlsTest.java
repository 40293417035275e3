package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.NotificationKind;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The email channel over TLS to a real SMTP server: GreenMail's SMTPS (TLS from the first byte)
 * with a certificate for {@code localhost} and {@code 127.0.0.1} ({@code tls/smtp-server.p12}), and
 * a trust store that holds just that certificate ({@code tls/smtp-trust.p12}), named as a deployer
 * names it ({@code HINDSIGHT_SMTP_TRUST_STORE}). The certificate and the server's name are checked:
 * an untrusted server gets nothing, and {@code starttls} never falls back to plain text.
 */
class EmailChannelTlsTest {

  private static final String PASSWORD = "changeit";

  private GreenMail smtp;

  @AfterEach
  void stop() {
    if (smtp != null) {
      smtp.stop();
    }
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY);
  }

  private void start(String protocol) {
    System.setProperty(
        DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY,
        resource("tls/smtp-server.p12").toString());
    System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, PASSWORD);
    System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, PASSWORD);
    smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", protocol))
            .withConfiguration(
                GreenMailConfiguration.aConfig()
                    .withUser("hindsight@example.com", "hindsight", "tls-password"));
    smtp.start();
  }

  private static Path resource(String name) {
    try {
      return Path.of(EmailChannelTlsTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private EmailChannel channel(int port, String security, Optional<String> trustStore) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.from", "hindsight@example.com");
    NotifySettings settings = new NotifySettings();
    settings.publicUrl = "https://hindsight.example.com";
    settings.smtpSecurity = security;
    settings.smtpUser = Optional.of("hindsight");
    settings.smtpPassword = Optional.of("tls-password");
    settings.smtpPasswordSealed = Optional.empty();
    settings.smtpTrustStore = trustStore;
    settings.smtpTrustStorePassword = Optional.of(PASSWORD);
    EmailChannel channel = new EmailChannel();
    channel.session = Session.getInstance(properties);
    channel.templates = new MessageTemplates();
    channel.settings = settings;
    channel.clock = Clock.systemUTC();
    channel.configure();
    return channel;
  }

  private static Optional<String> trusted() {
    return Optional.of(resource("tls/smtp-trust.p12").toString());
  }

  private static Delivery delivery(String key) {
    return new Delivery(
        1,
        NotificationKind.CHANNEL_TEST,
        Channel.EMAIL,
        "jane@example.com",
        "channel",
        "escalation",
        "Over TLS " + key,
        "A test <b>over</b> TLS.",
        Optional.empty(),
        new IdempotencyKey(key),
        1,
        Instant.now());
  }

  @Test
  void sslWithTheServersCertificateTrustedDeliversTheMail() throws Exception {
    start("smtps");
    channel(smtp.getSmtps().getPort(), "ssl", trusted()).deliver(delivery("tls-1"));
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Over TLS tls-1");
    assertThat(received.getHeader("X-Hindsight-Delivery")).containsExactly("tls-1");
  }

  @Test
  void aServerWhoseCertificateIsNotTrustedGetsNothing() {
    start("smtps");
    EmailChannel untrusted = channel(smtp.getSmtps().getPort(), "ssl", Optional.empty());
    assertThatThrownBy(() -> untrusted.deliver(delivery("tls-2")))
        .isInstanceOf(DeliveryFailure.class)
        .hasMessageContaining("mail not sent");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void starttlsNeverFallsBackToPlainTextWhenTheServerCannotUpgrade() {
    start("smtp");
    EmailChannel channel = channel(smtp.getSmtp().getPort(), "starttls", trusted());
    assertThatThrownBy(() -> channel.deliver(delivery("tls-3")))
        .isInstanceOf(DeliveryFailure.class)
        .hasMessageContaining("STARTTLS");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aTrustStoreThatCannotBeReadOrWithoutTlsStopsTheChannelNamingTheSetting() {
    start("smtp");
    int port = smtp.getSmtp().getPort();
    assertThatThrownBy(() -> channel(port, "ssl", Optional.of("/nowhere/trust.p12")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HINDSIGHT_SMTP_TRUST_STORE");
    assertThatThrownBy(() -> channel(port, "none", trusted()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HINDSIGHT_SMTP_SECURITY");
  }
}
