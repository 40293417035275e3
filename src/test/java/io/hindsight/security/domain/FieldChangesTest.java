package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  private static Map<String, String> account(String roles, String enabled, String email) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("displayName", "Dana Scully");
    fields.put("roles", roles);
    fields.put("enabled", enabled);
    fields.put("email", email);
    return fields;
  }

  @Test
  void onlyTheFieldsThatDifferAreChanges() {
    FieldChanges changes =
        FieldChanges.between(
            account("viewer", "true", null), account("admin, reviewer", "true", null));

    assertThat(changes.list())
        .containsExactly(FieldChange.of("roles", "viewer", "admin, reviewer"));
  }

  @Test
  void aValueThatAppearsOrDisappearsIsAChangeFromOrToNothing() {
    FieldChanges changes =
        FieldChanges.between(
            account("viewer", "true", null), account("viewer", "false", "dana@example.org"));

    assertThat(changes.list())
        .containsExactly(
            FieldChange.of("enabled", "true", "false"),
            FieldChange.of("email", null, "dana@example.org"));
    assertThat(changes.list().get(1).describe()).isEqualTo("email: (none) → dana@example.org");
  }

  @Test
  void identicalSnapshotsChangeNothing() {
    assertThat(
            FieldChanges.between(account("viewer", "true", null), account("viewer", "true", null)))
        .isEqualTo(FieldChanges.none());
    assertThat(FieldChanges.none().isEmpty()).isTrue();
  }

  @Test
  void creationAndRemovalListEveryFieldWithAValue() {
    Map<String, String> contact = new LinkedHashMap<>();
    contact.put("name", "Fox Mulder");
    contact.put("role", "manager");
    contact.put("email", null);

    assertThat(FieldChanges.created(contact).list())
        .containsExactly(
            FieldChange.of("name", null, "Fox Mulder"), FieldChange.of("role", null, "manager"));
    assertThat(FieldChanges.removed(contact).list())
        .containsExactly(
            FieldChange.of("name", "Fox Mulder", null), FieldChange.of("role", "manager", null));
  }

  @Test
  void aConcealedChangeKeepsNoValue() {
    FieldChange secret =
        new FieldChange("credential", Optional.of("ghp_old"), Optional.of("ghp_new"), true);

    assertThat(secret.before()).isEmpty();
    assertThat(secret.after()).isEmpty();
    assertThat(secret.describe()).isEqualTo("credential: changed (secret, not recorded)");
    assertThat(FieldChanges.none().withConcealed("credential").toJson())
        .isEqualTo("[{\"field\":\"credential\",\"concealed\":true}]")
        .doesNotContain("ghp_");
  }

  @Test
  void longValuesAreCutWithAnEllipsis() {
    FieldChange change = FieldChange.of("summary", "x".repeat(2000), "short");

    assertThat(change.before()).get().asString().hasSize(FieldChange.MAX_VALUE).endsWith("…");
    assertThat(change.after()).contains("short");
  }

  @Test
  void jsonRoundTripsEveryKindOfChange() {
    FieldChanges changes =
        FieldChanges.between(
                Map.of("url", "https://git.example.com/ops/runbooks.git"),
                Map.of("url", "https://git.example.com/sre/runbooks.git", "branch", "main"))
            .withConcealed("credential");

    assertThat(FieldChanges.fromJson(changes.toJson())).isEqualTo(changes);
    assertThat(FieldChanges.fromJson("")).isEqualTo(FieldChanges.none());
  }

  @Test
  void quotesAndNewlinesSurviveJson() {
    FieldChanges changes =
        FieldChanges.of(FieldChange.of("title", "Checkout \"slow\"", "Checkout\ndown"));

    assertThat(FieldChanges.fromJson(changes.toJson())).isEqualTo(changes);
  }

  @Test
  void aFieldNeedsAName() {
    assertThatThrownBy(() -> FieldChange.of(" ", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
