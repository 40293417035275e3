package io.hindsight.notify.application;

import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.schedule.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivery settings, read through MicroProfile Config (environment variables override). */
@ApplicationScoped
public class NotifySettings {

  @Inject
  @ConfigProperty(name = "hindsight.notify.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "hindsight.notify.retry-base-seconds", defaultValue = "30")
  long retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "hindsight.notify.retry-cap-seconds", defaultValue = "3600")
  long retryCapSeconds;

  @Inject
  @ConfigProperty(name = "hindsight.notify.batch-size", defaultValue = "100")
  int batchSize;

  @Inject
  @ConfigProperty(name = "hindsight.notify.senders", defaultValue = "4")
  int senders;

  @Inject
  @ConfigProperty(name = "hindsight.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.security", defaultValue = "none")
  String smtpSecurity;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.password-sealed")
  Optional<String> smtpPasswordSealed;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.trust-store")
  Optional<String> smtpTrustStore;

  @Inject
  @ConfigProperty(name = "hindsight.smtp.trust-store-password")
  Optional<String> smtpTrustStorePassword;

  @Inject CredentialCipher cipher;

  /** TLS and authentication towards the SMTP server ({@code HINDSIGHT_SMTP_*}). */
  public SmtpOptions smtp() {
    return SmtpOptions.of(
        smtpSecurity,
        smtpUser.orElse(null),
        smtpPassword.orElse(null),
        smtpPasswordSealed.orElse(null),
        value -> cipher.decrypt(value, SmtpOptions.SEALED_CONTEXT));
  }

  /**
   * The socket factory trusting the certificates of {@code HINDSIGHT_SMTP_TRUST_STORE}, when set;
   * refused when the connection is not TLS at all.
   */
  public Optional<SSLSocketFactory> smtpTrust() {
    Optional<String> file = smtpTrustStore.map(String::strip).filter(f -> !f.isEmpty());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (smtp().security() == SmtpOptions.Security.NONE) {
      throw new IllegalStateException(
          "HINDSIGHT_SMTP_TRUST_STORE needs HINDSIGHT_SMTP_SECURITY starttls or ssl");
    }
    return Optional.of(
        SmtpTrust.socketFactory(Path.of(file.get()), smtpTrustStorePassword.orElse(null)));
  }

  public RetrySchedule retrySchedule() {
    Duration base = Duration.ofSeconds(Math.max(1, retryBaseSeconds));
    Duration cap = Duration.ofSeconds(Math.max(retryCapSeconds, base.toSeconds()));
    return new RetrySchedule(base, cap, Math.max(1, maxAttempts));
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 500));
  }

  /** How many messages of a batch are sent at once (1 to 16). */
  public int senders() {
    return Math.max(1, Math.min(senders, 16));
  }

  /** How long a claimed message may stay in sending before a worker takes it again (a crash). */
  public Duration claimLease() {
    return Duration.ofMinutes(5);
  }

  /** Where people reach Hindsight: links in messages, and the address receivers must not have. */
  public URI publicUrl() {
    String url = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return URI.create(url);
  }

  public String messageIdDomain() {
    String host = publicUrl().getHost();
    return host == null || host.isBlank() ? "hindsight.invalid" : host;
  }
}
