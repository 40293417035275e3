package io.hindsight.security.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.EmailAddress;
import io.hindsight.security.domain.PasswordHasher;
import io.hindsight.security.domain.PasswordPolicy;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates accounts and changes passwords. */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject UserAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject ApiTokens tokens;

  public UserAccount create(
      Username username, String displayName, char[] password, Set<Role> roles) {
    if (accounts.find(username).isPresent()) {
      throw new StateConflict("A user named " + username.value() + " already exists.");
    }
    requireAcceptable(password);
    return accounts.add(
        new UserAccount(username, displayName, hasher.hash(password), roles, clock.instant()));
  }

  public void changePassword(Username username, char[] current, char[] replacement) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    if (!hasher.verify(current, account.passwordHash())) {
      throw FieldRefused.field("currentPassword", "The current password is not right.");
    }
    requireAcceptable(replacement);
    account.choosePassword(hasher.hash(replacement));
    tokens.revokeAll(account, clock.instant());
  }

  /**
   * An admin's reset: a temporary password the person must replace at the next sign-in; their
   * sessions and API tokens stop working at once.
   */
  public void resetPassword(Username username, char[] temporary) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    requireAcceptable(temporary);
    account.resetPassword(hasher.hash(temporary));
    tokens.revokeAll(account, clock.instant());
  }

  /** Changes what an admin may change of an account, if nobody changed it since {@code version}. */
  public UserAccount update(Username username, long version, AccountChanges changes) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    StaleVersion.check("user " + username.value(), version, account.version());
    boolean staysAdmin = changes.enabled() && changes.roles().contains(Role.ADMIN);
    if (account.enabled()
        && account.roles().contains(Role.ADMIN)
        && !staysAdmin
        && accounts.countEnabledAdminsOtherThan(account) == 0) {
      throw new StateConflict("Hindsight needs at least one enabled admin; add another first.");
    }
    account.rename(changes.displayName());
    account.assignRoles(changes.roles());
    if (changes.enabled()) {
      account.enable();
    } else {
      account.disable();
    }
    return account;
  }

  /** Sets or (with an empty address) removes where the user's notifications are emailed. */
  public UserAccount changeEmail(Username username, Optional<EmailAddress> address) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    account.changeEmail(address);
    return account;
  }

  /** Demo accounts are enabled while demo mode is on and disabled as soon as it is off. */
  public void applyDemoMode(
      boolean demoMode, java.util.Map<Username, Role> demoUsers, char[] password) {
    if (demoMode) {
      demoUsers.forEach(
          (username, role) ->
              accounts
                  .find(username)
                  .ifPresentOrElse(
                      existing -> {
                        if (existing.demo()) {
                          existing.enable();
                        }
                      },
                      () ->
                          create(username, "Demo " + username.value(), password, Set.of(role))
                              .markDemo()));
    } else {
      accounts.demoAccounts().forEach(UserAccount::disable);
    }
  }

  /** The account's password was made up by Hindsight: its owner must choose one first. */
  public void requirePasswordChange(Username username) {
    accounts
        .find(username)
        .orElseThrow(() -> NotFound.of("user", username.value()))
        .requirePasswordChange();
  }

  public Optional<UserAccount> find(Username username) {
    return accounts.find(username);
  }

  public List<UserAccount> all() {
    return accounts.all();
  }

  private static void requireAcceptable(char[] password) {
    List<String> violations = new PasswordPolicy().violations(password);
    if (!violations.isEmpty()) {
      throw FieldRefused.field("password", String.join(" ", violations));
    }
  }
}
