package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunbookRepositoryTest {

  private static final Optional<RemoteUrl> REMOTE =
      Optional.of(RemoteUrl.of("https://git.example.com/ops/runbooks.git"));

  @Test
  void renamingKeepsTheIndexedCommit() {
    RunbookRepository repository = synced();

    repository.describe("New name", REMOTE, "main", RunbookFolder.of("runbooks"));

    assertThat(repository.indexedCommit()).contains("a".repeat(40));
  }

  @Test
  void anotherFolderBranchOrRemoteStartsTheIndexOver() {
    RunbookRepository folder = synced();
    folder.describe("Ops", REMOTE, "main", RunbookFolder.of("docs"));
    assertThat(folder.indexedCommit()).isEmpty();

    RunbookRepository branch = synced();
    branch.describe("Ops", REMOTE, "release", RunbookFolder.of("runbooks"));
    assertThat(branch.indexedCommit()).isEmpty();

    RunbookRepository remote = synced();
    remote.describe(
        "Ops",
        Optional.of(RemoteUrl.of("https://git.example.com/other.git")),
        "main",
        RunbookFolder.of("runbooks"));
    assertThat(remote.indexedCommit()).isEmpty();
  }

  private static RunbookRepository synced() {
    RunbookRepository repository =
        new RunbookRepository(
            RepositoryKey.of("ops"),
            "Ops",
            REMOTE,
            "main",
            RunbookFolder.of("runbooks"),
            "sealed",
            Instant.EPOCH);
    repository.syncSucceeded("a".repeat(40), Instant.EPOCH);
    return repository;
  }
}
