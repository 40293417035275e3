package io.hindsight.security.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.platform.persistence.ClusterLock;
import io.hindsight.security.domain.OneTimePassword;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first administrator, created at first start: {@code admin} with the password from {@code
 * HINDSIGHT_ADMIN_PASSWORD} (never logged), or a one-time password printed this once, which must be
 * replaced at the first sign-in. In demo mode, one user per role.
 */
@Startup
@Singleton
public class AdminBootstrap {

  public static final Username ADMIN = Username.of("admin");
  public static final String DEMO_PASSWORD = "hindsight-demo";

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  private static final Map<Username, Role> DEMO_USERS = demoUsers();

  @Inject AccountService accounts;
  @Inject HindsightConfig config;
  @Inject ClusterLock lock;

  /**
   * The users are created in one transaction holding a lock that all nodes share: a node starting
   * at the same moment as another waits for the other's users and then finds them. Should the
   * database have no such lock, the unique user name refuses the second insert and this node looks
   * again.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createFirstUsers() {
    try {
      createMissingUsers();
    } catch (RuntimeException createdMeanwhile) {
      LOG.log(
          Level.INFO,
          "Another node created the first users at the same moment; using theirs.",
          createdMeanwhile);
      createMissingUsers();
    }
    if (config.demoMode()) {
      LOG.warning(
          "Demo mode: users viewer, responder, reviewer and reviewer2 sign in with the password "
              + DEMO_PASSWORD
              + ". Do not use demo mode for real data.");
    }
  }

  private void createMissingUsers() {
    lock.holding(
        "first-users",
        () -> {
          createMissingUsersNow();
          return null;
        });
  }

  private void createMissingUsersNow() {
    if (accounts.find(ADMIN).isEmpty()) {
      createAdmin();
    }
    accounts.applyDemoMode(config.demoMode(), DEMO_USERS, DEMO_PASSWORD.toCharArray());
  }

  /** In a fixed order, so that two transactions creating them meet on the same first row. */
  private static Map<Username, Role> demoUsers() {
    Map<Username, Role> users = new LinkedHashMap<>();
    users.put(Username.of("responder"), Role.RESPONDER);
    users.put(Username.of("reviewer"), Role.REVIEWER);
    users.put(Username.of("reviewer2"), Role.REVIEWER);
    users.put(Username.of("viewer"), Role.VIEWER);
    return Collections.unmodifiableMap(users);
  }

  private void createAdmin() {
    var configured = config.initialAdminPassword();
    String password = configured.orElseGet(OneTimePassword::generate);
    accounts.create(ADMIN, "Administrator", password.toCharArray(), Set.of(Role.ADMIN));
    if (configured.isPresent()) {
      LOG.info(
          "Created the administrator 'admin' with the password from HINDSIGHT_ADMIN_PASSWORD.");
    } else {
      accounts.requirePasswordChange(ADMIN);
      LOG.warning(
          "\n=================================================================\n"
              + " First start: sign in as 'admin' with the one-time password\n"
              + "     "
              + password
              + "\n It is shown only this once; you choose your own at the first sign-in.\n"
              + "=================================================================");
    }
  }
}
