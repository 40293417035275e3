package io.hindsight.notify.application;

import io.hindsight.notify.domain.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
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
  @ConfigProperty(name = "hindsight.notify.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "hindsight.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public RetrySchedule retrySchedule() {
    Duration base = Duration.ofSeconds(Math.max(1, retryBaseSeconds));
    Duration cap = Duration.ofSeconds(Math.max(retryCapSeconds, base.toSeconds()));
    return new RetrySchedule(base, cap, Math.max(1, maxAttempts));
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 500));
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
