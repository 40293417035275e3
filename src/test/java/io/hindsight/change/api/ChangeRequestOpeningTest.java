package io.hindsight.change.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.change.application.NewRunbook;
import io.hindsight.change.application.OpenChange;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.FieldRefused;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeRequestOpeningTest {

  @Test
  void aNewRunbookIsNamedByItsRepositoryAndPath() {
    NewRunbook opened =
        ChangeRequestOpening.newRunbook(
            new ChangeRequestBodies.Open(
                " ops/runbooks/web/cache.md ", null, null, "Cache", true, "# Cache\n"));
    assertThat(opened)
        .isEqualTo(
            new NewRunbook(
                "ops", "runbooks/web/cache.md", Optional.of("Cache"), Optional.of("# Cache\n")));
  }

  @Test
  void aNewRunbookWithoutARepositoryOrWithASourceIsRefused() {
    assertRefused(
        () ->
            ChangeRequestOpening.newRunbook(
                new ChangeRequestBodies.Open("cache.md", null, null, null, true, null)),
        "runbook");
    assertRefused(
        () ->
            ChangeRequestOpening.newRunbook(
                new ChangeRequestBodies.Open(
                    "ops/runbooks/cache.md", "incident", "INC-2026-0001", null, true, null)),
        "sourceKind");
  }

  @Test
  void aChangeToARunbookIsAFreeEditUnlessItNamesItsSource() {
    assertThat(
            ChangeRequestOpening.existing(
                new ChangeRequestBodies.Open("ops/runbooks/a.md", null, null, null, null, null)))
        .isEqualTo(
            new OpenChange(
                Optional.of("ops/runbooks/a.md"),
                SourceKind.RUNBOOK,
                Optional.empty(),
                Optional.empty()));
    assertThat(
            ChangeRequestOpening.existing(
                    new ChangeRequestBodies.Open(
                        null, "incident", "INC-2026-0001", "Fix it", null, null))
                .sourceKind())
        .isEqualTo(SourceKind.INCIDENT);
  }

  @Test
  void aChangeToARunbookTakesNoContentAndOnlyKnownSources() {
    assertRefused(
        () ->
            ChangeRequestOpening.existing(
                new ChangeRequestBodies.Open("ops/runbooks/a.md", null, null, null, null, "text")),
        "content");
    assertRefused(
        () ->
            ChangeRequestOpening.existing(
                new ChangeRequestBodies.Open(null, "rumour", "x", null, null, null)),
        "sourceKind");
  }

  private static void assertRefused(Runnable reading, String field) {
    assertThatThrownBy(reading::run)
        .isInstanceOfSatisfying(
            FieldRefused.class,
            refused -> assertThat(refused.errors()).extracting("field").containsExactly(field));
  }
}
