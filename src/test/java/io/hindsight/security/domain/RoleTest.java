package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @Test
  void rolesAreCumulative() {
    assertThat(Role.VIEWER.impliedRoles()).containsExactly(Role.VIEWER);
    assertThat(Role.RESPONDER.impliedRoles()).containsExactly(Role.VIEWER, Role.RESPONDER);
    assertThat(Role.REVIEWER.impliedRoles())
        .containsExactly(Role.VIEWER, Role.RESPONDER, Role.REVIEWER);
    assertThat(Role.ADMIN.impliedRoles()).containsExactly(Role.values());
  }

  @Test
  void impliesOnlyItselfAndLowerRoles() {
    assertThat(Role.REVIEWER.implies(Role.RESPONDER)).isTrue();
    assertThat(Role.REVIEWER.implies(Role.REVIEWER)).isTrue();
    assertThat(Role.REVIEWER.implies(Role.ADMIN)).isFalse();
    assertThat(Role.VIEWER.implies(Role.RESPONDER)).isFalse();
  }

  @Test
  void impliedRolesCannotBeChanged() {
    assertThat(Role.VIEWER.impliedRoles()).isUnmodifiable();
  }

  @Test
  void groupNamesAreLowercase() {
    assertThat(Role.VIEWER.groupName()).isEqualTo("viewer");
    assertThat(Role.RESPONDER.groupName()).isEqualTo("responder");
    assertThat(Role.REVIEWER.groupName()).isEqualTo("reviewer");
    assertThat(Role.ADMIN.groupName()).isEqualTo("admin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"responder", "RESPONDER", "Responder", " responder "})
  void parsesNamesIgnoringCase(String name) {
    assertThat(Role.fromName(name)).contains(Role.RESPONDER);
  }

  @Test
  void groupNameRoundTrips() {
    for (Role role : Role.values()) {
      assertThat(Role.fromName(role.groupName())).contains(role);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"root", "admins", "adm", "adm\u0131n", "v\u0130ewer"})
  void rejectsUnknownNames(String name) {
    assertThat(Role.fromName(name)).isEmpty();
  }
}
