package io.hindsight.security.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.EmailAddress;
import io.hindsight.security.domain.FieldChange;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.PasswordHasher;
import io.hindsight.security.domain.PasswordPolicy;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates accounts and changes passwords. */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject UserAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject ApiTokens tokens;
  @Inject AuditTrail audit;

  public UserAccount create(
      Username username, String displayName, char[] password, Set<Role> roles) {
    if (accounts.find(username).isPresent()) {
      throw new StateConflict("A user named " + username.value() + " already exists.");
    }
    requireAcceptable(password);
    UserAccount account =
        accounts.add(
            new UserAccount(username, displayName, hasher.hash(password), roles, clock.instant()));
    audit.record(
        subject(account),
        AuditAction.CREATED,
        FieldChanges.created(fields(account)).withConcealed("password"));
    return account;
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
    audit.record(
        subject(account),
        AuditAction.of("password-changed"),
        FieldChanges.of(
            FieldChange.concealed("password"), FieldChange.of("tokens", null, "revoked")));
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
    audit.record(
        subject(account),
        AuditAction.of("password-reset"),
        FieldChanges.of(
            FieldChange.concealed("password"),
            FieldChange.of("passwordChangeRequired", null, "true"),
            FieldChange.of("tokens", null, "revoked")));
  }

  /** Changes what an admin may change of an account, if nobody changed it since {@code version}. */
  public UserAccount update(Username username, long version, AccountChanges changes) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    StaleVersion.check("user " + username.value(), version, account.version());
    Map<String, String> before = fields(account);
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
    audit.recordUpdate(subject(account), before, fields(account));
    return account;
  }

  /** Sets or (with an empty address) removes where the user's notifications are emailed. */
  public UserAccount changeEmail(Username username, Optional<EmailAddress> address) {
    UserAccount account =
        accounts.find(username).orElseThrow(() -> NotFound.of("user", username.value()));
    Map<String, String> before = fields(account);
    account.changeEmail(address);
    audit.recordUpdate(subject(account), before, fields(account));
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

  private static AuditSubject subject(UserAccount account) {
    return AuditSubject.of("user", account.username().value());
  }

  /** What the audit trail records of an account; never its password hash. */
  static Map<String, String> fields(UserAccount account) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("displayName", account.displayName());
    fields.put(
        "roles",
        account.roles().stream().map(Role::groupName).sorted().collect(Collectors.joining(", ")));
    fields.put("enabled", String.valueOf(account.enabled()));
    fields.put("email", account.email().orElse(null));
    return fields;
  }

  private static void requireAcceptable(char[] password) {
    List<String> violations = new PasswordPolicy().violations(password);
    if (!violations.isEmpty()) {
      throw FieldRefused.field("password", String.join(" ", violations));
    }
  }
}
