package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aChosenPasswordLiftsTheRequiredChangeButARehashDoesNot() {
    UserAccount admin =
        new UserAccount(Username.of("admin"), "Administrator", "hash-1", Set.of(Role.ADMIN), NOW);
    assertThat(admin.passwordChangeRequired()).isFalse();

    admin.requirePasswordChange();
    admin.changePasswordHash("hash-1-stronger");
    assertThat(admin.passwordChangeRequired()).isTrue();

    admin.choosePassword("hash-2");
    assertThat(admin.passwordChangeRequired()).isFalse();
    assertThat(admin.passwordHash()).isEqualTo("hash-2");
  }
}
