package io.hindsight.security.api;

import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import java.time.Instant;
import java.util.List;

/** A user as admins see it; never the password hash. */
public record UserView(
    String username,
    String displayName,
    List<String> roles,
    boolean enabled,
    String email,
    Instant createdAt,
    long version) {

  static UserView of(UserAccount account) {
    return new UserView(
        account.username().value(),
        account.displayName(),
        account.roles().stream().sorted().map(Role::groupName).toList(),
        account.enabled(),
        account.email().orElse(null),
        account.createdAt(),
        account.version());
  }
}
