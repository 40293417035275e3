package io.hindsight.postmortem.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** The people a post-mortem names: active users with the role its authors and reviewers need. */
@ApplicationScoped
@Transactional
public class PostmortemPeople {

  @Inject UserAccounts users;

  /**
   * @throws FieldRefused naming {@code field} for anyone who is not an active user with {@code
   *     role}
   */
  public void requireUsers(String field, Set<Username> people, Role role) {
    for (Username person : people) {
      Optional<UserAccount> account = users.find(person).filter(UserAccount::enabled);
      if (account.isEmpty()) {
        throw FieldRefused.field(field, "There is no active user " + person + ".");
      }
      if (account.get().roles().stream().noneMatch(r -> r.implies(role))) {
        throw FieldRefused.field(
            field, person + " does not have the " + role.groupName() + " role.");
      }
    }
  }

  public Role roleOf(Caller caller) {
    return users.find(caller.username()).stream()
        .flatMap(account -> account.roles().stream())
        .max(Role::compareTo)
        .orElse(Role.VIEWER);
  }
}
