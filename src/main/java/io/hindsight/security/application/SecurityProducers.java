package io.hindsight.security.application;

import io.hindsight.security.domain.LoginThrottle;
import io.hindsight.security.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The security rules, built once and shared. */
@ApplicationScoped
public class SecurityProducers {

  @Produces
  @Singleton
  PasswordHasher passwordHasher() {
    return new PasswordHasher();
  }

  @Produces
  @Singleton
  LoginThrottles loginThrottles(Clock clock) {
    return new LoginThrottles(
        new LoginThrottle(clock),
        new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_KEYS, ADDRESS_FREE_FAILURES));
  }

  /**
   * Failures a client address may have per window: many people may sign in from behind one proxy.
   */
  static final int ADDRESS_FREE_FAILURES = 50;
}
