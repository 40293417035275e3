package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditSubjectTest {

  @Test
  void aSubjectIsAKindAndAnId() {
    AuditSubject subject = AuditSubject.of("action-item", 42L);

    assertThat(subject.kind()).isEqualTo("action-item");
    assertThat(subject.id()).isEqualTo("42");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "User", "1user", "user kind", "user_kind"})
  void refusesKindsNotSpelledAsKinds(String kind) {
    assertThatThrownBy(() -> new AuditSubject(kind, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AuditSubject.parseKind(kind)).isEmpty();
    assertThat(AuditAction.parse(kind)).isEmpty();
  }

  @Test
  void refusesIdsThatAreBlankTooLongOrSeveralLines() {
    assertThatThrownBy(() -> new AuditSubject("user", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditSubject("user", "x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditSubject("incident", "INC-1\nINC-2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongOrSeveralLineIdIsCutToOneLineWhenRecorded() {
    assertThat(AuditSubject.of("review", "ops:" + "x".repeat(300)).id()).hasSize(200);
    assertThat(AuditSubject.of("incident", "INC-1\nINC-2").id()).isEqualTo("INC-1 INC-2");
  }

  @Test
  void actionsAreWordsJoinedByHyphens() {
    assertThat(AuditAction.parse(" credential-changed "))
        .contains(AuditAction.of("credential-changed"));
    assertThat(AuditAction.CREATED).hasToString("created");
  }
}
