package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.FullTextIndex;
import io.hindsight.platform.search.SearchDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunbookSearchIndexTest {

  private static final RepositoryKey OPS = RepositoryKey.of("ops");

  private static final SearchableRunbook NODE =
      runbook(
          "node-recovery.md",
          """
          ---
          title: Node recovery
          triggers: [Node NotReady, pods evicted, node drain failure]
          services: [kubernetes]
          ---
          ## Steps
          Cordon the node, then drain it.
          """);
  private static final SearchableRunbook DATABASE =
      runbook(
          "database-restore.md",
          """
          ---
          title: Database restore
          triggers: [data corruption, accidental deletion]
          ---
          ## Steps
          Restore the snapshot. While restoring, pods may be evicted from busy nodes; ignore that.
          """);
  private static final SearchableRunbook INDEX =
      runbook("README.md", "# Runbooks\nNode recovery handles NotReady nodes and evicted pods.\n");

  @Test
  void aTriggerMatchBeatsABodyMention() {
    RunbookSearchIndex index = indexOf(NODE, DATABASE, INDEX);

    List<RunbookHit> hits = index.search("evicted", 10);

    assertThat(hits).extracting(hit -> hit.path().value()).startsWith("node-recovery.md");
    assertThat(hits.get(0).repository()).isEqualTo(OPS);
  }

  @Test
  void suggestsRunbooksForAnIncidentTitleButNoIndexPages() {
    RunbookSearchIndex index = indexOf(DATABASE, INDEX, NODE);

    List<RunbookHit> suggestions = index.suggest("node NotReady, pods evicted", 5);

    assertThat(suggestions)
        .extracting(hit -> hit.path().value())
        .containsExactly("node-recovery.md", "database-restore.md");
    assertThat(suggestions.get(0).snippet().text()).contains("Node NotReady");
    assertThat(suggestions.get(0).score()).isGreaterThan(2 * suggestions.get(1).score());
  }

  @Test
  void searchSnippetsAreThePlainTextOfTheBody() {
    RunbookSearchIndex index = indexOf(NODE, DATABASE);

    RunbookHit hit = index.search("cordon", 1).get(0);

    assertThat(hit.snippet().text()).isEqualTo("Steps Cordon the node, then drain it.");
  }

  @Test
  void blankAndUnmatchedQueriesFindNothing() {
    RunbookSearchIndex index = indexOf(NODE, DATABASE);

    assertThat(index.search(" ", 10)).isEmpty();
    assertThat(index.suggest("", 10)).isEmpty();
    assertThat(index.search("zebra", 10)).isEmpty();
  }

  @Test
  void rebuildingARepositoryReplacesOnlyItsRunbooks() {
    FullTextIndex shared = new FullTextIndex();
    shared.put(
        new SearchDocument(
            new DocumentRef("postmortem", "7"), Map.of("title", "Node drain stuck")));
    RunbookSearchIndex index = new RunbookSearchIndex(shared);
    index.replaceRepository(OPS, List.of(NODE, DATABASE));
    index.replaceRepository(RepositoryKey.of("other"), List.of(DATABASE));

    index.replaceRepository(OPS, List.of(DATABASE));
    index.remove(RepositoryKey.of("other"), DATABASE.metadata().path());

    assertThat(index.search("drain restore", 10))
        .extracting(hit -> hit.repository() + "/" + hit.path())
        .containsExactly("ops/database-restore.md");
    assertThat(shared.size()).isEqualTo(2);
  }

  private static RunbookSearchIndex indexOf(SearchableRunbook... runbooks) {
    RunbookSearchIndex index = new RunbookSearchIndex();
    index.replaceRepository(OPS, List.of(runbooks));
    return index;
  }

  private static SearchableRunbook runbook(String path, String source) {
    MarkdownDocument document = MarkdownDocument.parse(source);
    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            RunbookPath.of(path),
            document.frontMatter(),
            document.body(),
            Optional.empty(),
            Optional.empty());
    return new SearchableRunbook(OPS, metadata, document.body());
  }
}
