package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static AuditFilter parse(Map<String, String> parameters) {
    return AuditFilter.parse(name -> Optional.ofNullable(parameters.get(name)));
  }

  @Test
  void noParametersMatchEverything() {
    assertThat(parse(Map.of())).isEqualTo(AuditFilter.everything());
    assertThat(parse(Map.of("actor", " ", "kind", ""))).isEqualTo(AuditFilter.everything());
  }

  @Test
  void readsWhoWhatAndWhich() {
    AuditFilter filter =
        parse(
            Map.of(
                "actor", "Admin",
                "kind", "repository",
                "subject", "ops-runbooks",
                "action", "credential-changed"));

    assertThat(filter.actor()).contains(Username.of("admin"));
    assertThat(filter.subjectKind()).contains("repository");
    assertThat(filter.subjectId()).contains("ops-runbooks");
    assertThat(filter.action()).contains(AuditAction.of("credential-changed"));
  }

  @Test
  void datesCoverWholeDaysInUtcWithToInclusive() {
    AuditFilter filter = parse(Map.of("from", "2026-11-30", "to", "2026-12-01"));

    assertThat(filter.from()).contains(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(filter.until()).contains(Instant.parse("2026-12-02T00:00:00Z"));
  }

  @Test
  void instantsAreTakenAsGiven() {
    AuditFilter filter =
        parse(Map.of("from", "2026-12-01T09:15:00Z", "to", "2026-12-01T09:45:00Z"));

    assertThat(filter.from()).contains(Instant.parse("2026-12-01T09:15:00Z"));
    assertThat(filter.until()).contains(Instant.parse("2026-12-01T09:45:00Z"));
  }

  @Test
  void namesEveryParameterItDoesNotUnderstand() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "actor", "not a name!",
                        "kind", "Repository",
                        "action", "drop table",
                        "from", "yesterday",
                        "to", "2026-02-30")))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            refused ->
                assertThat(refused.messages().keySet())
                    .containsExactlyInAnyOrder("actor", "kind", "action", "from", "to"));
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> parse(Map.of("from", "2026-12-02", "to", "2026-12-01")))
        .isInstanceOfSatisfying(
            FieldRefused.class, refused -> assertThat(refused.field()).isEqualTo("to"));
  }

  @Test
  void refusesDatesOutsideSaneBounds() {
    assertThatThrownBy(() -> parse(Map.of("from", "1999-12-31"))).isInstanceOf(FieldRefused.class);
    assertThatThrownBy(() -> parse(Map.of("from", "-999999999-01-01T00:00:00Z")))
        .isInstanceOf(FieldRefused.class);
  }

  @Test
  void refusesASubjectOfSeveralLinesOrTooLong() {
    assertThatThrownBy(() -> parse(Map.of("subject", "a\nb"))).isInstanceOf(FieldRefused.class);
    assertThatThrownBy(() -> parse(Map.of("subject", "k".repeat(201))))
        .isInstanceOf(FieldRefused.class);
  }
}
