package io.hindsight.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookSummary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunbookSuggestionsTest {

  private static RunbookSummary runbook(String path, String title, String... services) {
    return new RunbookSummary(
        RepositoryKey.of("sample"),
        RunbookPath.of(path),
        title,
        Optional.empty(),
        Optional.empty(),
        List.of(services),
        Optional.empty(),
        Optional.empty());
  }

  private final List<RunbookSummary> catalog =
      List.of(
          runbook("README.md", "Runbooks"),
          runbook("database-restore.md", "Database Restore", "rds"),
          runbook("rollback-procedure.md", "Rollback Procedure", "checkout-api"),
          runbook("node-recovery.md", "Node Recovery", "eks"));

  @Test
  void suggestsRunbooksSharingWordsOrServicesBestFirst() {
    List<RunbookSummary> suggested =
        RunbookSuggestions.rank(
            IncidentTitle.of("Database corruption after rollback"),
            Set.of(ServiceName.of("checkout-api")),
            catalog,
            5);
    assertThat(suggested)
        .extracting(r -> r.path().value())
        .containsExactly("rollback-procedure.md", "database-restore.md");
  }

  @Test
  void nothingInCommonSuggestsNothingAndTheIndexNever() {
    assertThat(RunbookSuggestions.rank(IncidentTitle.of("Runbooks typo"), Set.of(), catalog, 5))
        .isEmpty();
  }

  @Test
  void theLimitIsKept() {
    assertThat(
            RunbookSuggestions.rank(
                IncidentTitle.of("database node rollback"), Set.of(), catalog, 2))
        .hasSize(2);
  }
}
