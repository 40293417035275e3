package io.hindsight.security.web;

import io.hindsight.platform.web.TrustedProxies;
import io.hindsight.security.application.LoginThrottles;
import io.hindsight.security.domain.Username;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Password logins, from the login form and from HTTP Basic: throttled per (user name, client) and
 * per client ({@link LoginThrottles}), failures logged (user name cleaned, never the password) and
 * counted.
 */
@ApplicationScoped
public class LoginAttempts {

  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject LoginThrottles throttles;
  @Inject MeterRegistry meters;
  @Inject TrustedProxies proxies;

  /** Either the validation result or, when throttled, how long to wait. */
  public record Outcome(CredentialValidationResult result, Optional<Duration> retryAfter) {

    public boolean throttled() {
      return retryAfter.isPresent();
    }

    public boolean valid() {
      return result.getStatus() == CredentialValidationResult.Status.VALID;
    }
  }

  public Outcome attempt(UsernamePasswordCredential credential, HttpServletRequest request) {
    String userKey =
        "user:" + Username.parse(credential.getCaller()).map(Username::value).orElse("<invalid>");
    String addressKey = "ip:" + proxies.clientAddress(request);
    Optional<Duration> wait = throttles.begin(userKey, addressKey);
    if (wait.isPresent()) {
      counted("throttled");
      LOG.warning(
          () ->
              "Login refused while throttled for " + printable(credential) + " from " + addressKey);
      return new Outcome(CredentialValidationResult.INVALID_RESULT, wait);
    }
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttles.succeeded(userKey, addressKey);
      counted("success");
    } else {
      counted("failure");
      LOG.warning(() -> "Failed login for " + printable(credential) + " from " + addressKey);
    }
    return new Outcome(result, Optional.empty());
  }

  private void counted(String outcome) {
    Counter.builder("hindsight_logins")
        .description("Password logins by outcome: success, failure, throttled")
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }

  /** The user name as typed, cut short and stripped of anything that could forge a log line. */
  private static String printable(UsernamePasswordCredential credential) {
    String caller = credential.getCaller();
    String shortened = caller.length() > 64 ? caller.substring(0, 64) + "…" : caller;
    return "'" + shortened.replaceAll("[^\\p{Alnum}._@-]", "?") + "'";
  }
}
