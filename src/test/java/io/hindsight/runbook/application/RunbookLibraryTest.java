package io.hindsight.runbook.application;

import static io.hindsight.testing.BareRemote.files;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.RunbookSummary;
import io.hindsight.testing.BareRemote;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog and one runbook read from a bare repository, without a container. */
class RunbookLibraryTest {

  private static final RepositoryKey KEY = RepositoryKey.of("ops");

  @TempDir Path temp;
  private BareRemote remote;
  private RunbookLibrary library;

  @BeforeEach
  void library() {
    remote = BareRemote.create(temp.resolve("ops.git"), "main");
    RepositoryLocation location =
        new RepositoryLocation(KEY, "Ops", remote.directory(), "main", RunbookFolder.ROOT);
    RunbookRepositories repositories =
        new RunbookRepositories() {
          @Override
          public List<RepositoryLocation> all() {
            return List.of(location);
          }

          @Override
          public Optional<RepositoryLocation> find(RepositoryKey key) {
            return key.equals(KEY) ? Optional.of(location) : Optional.empty();
          }

          @Override
          public Optional<RunbookRepository> registered(RepositoryKey key) {
            return Optional.empty();
          }
        };
    RunbookInspection inspection = new RunbookInspection();
    inspection.repositories = repositories;
    inspection.searchIndex =
        new RunbookSearchIndex() {
          @Override
          void share(RepositoryKey key, RepositorySnapshot snapshot) {
            // The shared search index, in the database, is not this test's subject.
          }
        };
    inspection.staleGrace = "1d";
    inspection.configure();
    library = new RunbookLibrary();
    library.repositories = repositories;
    library.inspection = inspection;
    library.cache = new RenderedRunbookCache();
  }

  @Test
  void aRunbookOverTheSizeLimitIsListedByName() {
    byte[] inventory =
        ("# Inventory of every host\n" + "| host | state |\n".repeat(400_000)).getBytes(US_ASCII);
    remote.commit(
        "Ana",
        "Paste the inventory",
        files("host-inventory.md", inventory, "restart.md", "# Restart the queue\n"));

    assertThat(library.catalogOfAll())
        .extracting(RunbookSummary::title)
        .containsExactly("Host inventory", "Restart the queue");
    assertThat(library.open(KEY, RunbookPath.of("host-inventory.md")))
        .as("a view reads the database index, which a repository never synced has not")
        .isEmpty();
  }
}
