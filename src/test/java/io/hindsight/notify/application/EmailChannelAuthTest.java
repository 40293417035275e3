package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.NotificationKind;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The email channel authenticating to a real SMTP server (GreenMail on a free port, with an account
 * whose password it checks): the right password delivers, a wrong one is a failed attempt.
 */
class EmailChannelAuthTest {

  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"))
            .withConfiguration(
                GreenMailConfiguration.aConfig()
                    .withUser("hindsight@example.com", "hindsight", "right-password"));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private EmailChannel channel(String user, String password) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
    properties.put("mail.from", "hindsight@example.com");
    NotifySettings settings = new NotifySettings();
    settings.publicUrl = "https://hindsight.example.com";
    settings.smtpSecurity = "none";
    settings.smtpUser = Optional.ofNullable(user);
    settings.smtpPassword = Optional.ofNullable(password);
    settings.smtpPasswordSealed = Optional.empty();
    settings.smtpTrustStore = Optional.empty();
    settings.smtpTrustStorePassword = Optional.empty();
    EmailChannel channel = new EmailChannel();
    channel.session = Session.getInstance(properties);
    channel.templates = new MessageTemplates();
    channel.settings = settings;
    channel.clock = Clock.systemUTC();
    channel.configure();
    return channel;
  }

  private static Delivery delivery(String key) {
    return new Delivery(
        1,
        NotificationKind.CHANNEL_TEST,
        Channel.EMAIL,
        "jane@example.com",
        "channel",
        "escalation",
        "Test " + key,
        "A test.",
        Optional.empty(),
        new IdempotencyKey(key),
        1,
        Instant.now());
  }

  @Test
  void withTheRightPasswordTheMailIsDelivered() throws Exception {
    channel("hindsight", "right-password").deliver(delivery("right"));
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Test right");
  }

  @Test
  void aWrongPasswordIsAFailedAttemptAndNothingIsDelivered() {
    EmailChannel wrong = channel("hindsight", "wrong-password");
    assertThatThrownBy(() -> wrong.deliver(delivery("wrong")))
        .isInstanceOf(DeliveryFailure.class)
        .hasMessageContaining("mail not sent");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
