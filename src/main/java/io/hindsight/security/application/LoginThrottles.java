package io.hindsight.security.application;

import io.hindsight.security.domain.LoginThrottle;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The throttles of password logins: per (user name, client) pair, and (more lenient) per client.
 * Nothing is throttled per user name alone, so a stranger's failures never keep the user out when
 * the user signs in from a client of their own.
 *
 * <p>An attempt is counted as a failure when it begins, in the same step as the check, and forgiven
 * when it succeeds: parallel guesses cannot all pass the check before the first failure is
 * recorded.
 */
public final class LoginThrottles {

  private final LoginThrottle byPair;
  private final LoginThrottle byClient;

  public LoginThrottles(LoginThrottle byPair, LoginThrottle byClient) {
    this.byPair = Objects.requireNonNull(byPair, "byPair");
    this.byClient = Objects.requireNonNull(byClient, "byClient");
  }

  /** How long to wait when the attempt is refused; empty when it may go ahead (and is counted). */
  public synchronized Optional<Duration> begin(String username, String client) {
    String pair = pair(username, client);
    Optional<Duration> wait = byPair.retryAfter(pair).or(() -> byClient.retryAfter(client));
    if (wait.isEmpty()) {
      byPair.recordFailure(pair);
      byClient.recordFailure(client);
    }
    return wait;
  }

  /**
   * The attempt begun for this pair succeeded: the pair starts afresh, the client is forgiven it.
   */
  public synchronized void succeeded(String username, String client) {
    byPair.recordSuccess(pair(username, client));
    byClient.forgiveFailure(client);
  }

  private static String pair(String username, String client) {
    return username + "|" + client;
  }
}
