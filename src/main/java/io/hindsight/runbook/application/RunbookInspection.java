package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.Unavailable;
import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.IndexTable;
import io.hindsight.runbook.domain.IndexTables;
import io.hindsight.runbook.domain.LastGitChange;
import io.hindsight.runbook.domain.LinkTargets;
import io.hindsight.runbook.domain.LintConfig;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookHit;
import io.hindsight.runbook.domain.RunbookLint;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookMetadataReader;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookSearchText;
import io.hindsight.runbook.domain.SearchableRunbook;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a repository's runbooks (the Markdown files under its folder) at its branch head into a
 * {@link RepositorySnapshot}: metadata with the index table's fallbacks, lint findings, and search.
 * Snapshots are kept per repository and rebuilt when the head moves, from the files at the head and
 * the last changes the index holds (no commit history is walked), at once after each sync; each new
 * snapshot at the indexed commit writes the runbooks that changed to the search index every node
 * shares.
 */
@ApplicationScoped
public class RunbookInspection {

  private static final Logger LOG = Logger.getLogger(RunbookInspection.class.getName());

  static final String STALE_GRACE = "hindsight.index.stale-grace";

  /** Index pages found among a suggestion's candidates are dropped; this many more are ranked. */
  private static final int SUGGESTION_SLACK = 10;

  @Inject RunbookRepositories repositories;
  @Inject SearchDocuments documents;
  @Inject RunbookSearchIndex searchIndex;
  @Inject RunbookIndexStore index;

  @Inject
  @ConfigProperty(name = STALE_GRACE, defaultValue = "1d")
  String staleGrace;

  private RunbookLint lint;
  private final Map<RepositoryKey, RepositorySnapshot> snapshots = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    Duration grace =
        LintConfig.parseGrace(staleGrace)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        STALE_GRACE
                            + " must be a duration such as 1d, 36h or P1D (at most 3650 days), not \""
                            + staleGrace
                            + "\""));
    lint = new RunbookLint(LintConfig.defaults().withIndexStaleGrace(grace));
  }

  public RepositorySnapshot snapshot(RepositoryKey key) {
    RepositoryLocation location =
        repositories
            .find(key)
            .orElseThrow(() -> new NotFound("No runbook repository named " + key + "."));
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      Optional<String> head = git.resolve().branch(location.branch()).call();
      RepositorySnapshot current = snapshots.get(key);
      if (current == null
          || !current.commitId().equals(head.orElse(""))
          || !current.folder().equals(location.folder())) {
        current =
            head.isPresent()
                ? read(location, head.get(), git)
                : snapshot(location, "", Map.of(), Map.of(), List.of());
        snapshots.put(key, current);
      }
      searchIndex.share(key, current);
      return current;
    } catch (IOException e) {
      throw repositories.unreadable(key, e);
    }
  }

  /** A sync moved a repository to a new commit: its snapshot, and so its search index, follow. */
  void indexChanged(@Observes RunbookIndexChanged changed) {
    try {
      snapshot(changed.repository());
    } catch (NotFound | Unavailable | UncheckedIOException unreadable) {
      LOG.log(
          Level.WARNING, "Runbook repository " + changed.repository() + " not indexed", unreadable);
    }
  }

  /**
   * Searches the runbooks of every repository in one ranking, in the shared index.
   *
   * @param repository only this repository's runbooks, when given
   */
  public List<RunbookHit> search(String query, int limit, Optional<RepositoryKey> repository) {
    indexUnread();
    return RunbookSearchText.hitsOf(
        documents.search(
            FullTextQuery.of(RunbookSearchText.KIND, query, RunbookSearchText.SEARCH, limit)
                .within(repository.map(RepositoryKey::value))));
  }

  /**
   * The runbooks that best fit a free text such as an incident title, in one ranking; index pages
   * are never suggested.
   */
  public List<RunbookHit> suggest(String freeText, int limit, Optional<RepositoryKey> repository) {
    indexUnread();
    return RunbookSearchText.hitsOf(
            documents.search(
                FullTextQuery.of(
                        RunbookSearchText.KIND,
                        freeText,
                        RunbookSearchText.SUGGEST,
                        limit * 2 + SUGGESTION_SLACK)
                    .within(repository.map(RepositoryKey::value))))
        .stream()
        .filter(hit -> !IndexPages.isIndexPage(hit.path()))
        .limit(Math.max(0, limit))
        .toList();
  }

  /**
   * Reads each repository this node has not read yet, so that its runbooks are in the shared index
   * even when it was synced before the index existed; one that cannot be read is left out.
   */
  private void indexUnread() {
    for (RepositoryLocation location : repositories.all()) {
      if (!snapshots.containsKey(location.key())) {
        try {
          snapshot(location.key());
        } catch (NotFound | Unavailable | UncheckedIOException unreadable) {
          LOG.log(
              Level.WARNING,
              "Runbook repository " + location.key() + " left out of search",
              unreadable);
        }
      }
    }
  }

  /** The metadata of a runbook in the latest snapshot of its repository, if there is one. */
  public Optional<RunbookMetadata> metadata(RepositoryKey repository, RunbookPath path) {
    return Optional.ofNullable(snapshots.get(repository))
        .map(snapshot -> snapshot.metadata().get(path));
  }

  /**
   * The lint findings {@code text} would have as the runbook at {@code path}, against the files of
   * the repository's snapshot: a change request's new text, before it is merged. The index table's
   * owner still counts when the text names none.
   */
  public List<LintFinding> lintText(RepositoryKey key, RunbookPath path, String text) {
    RepositorySnapshot current = snapshot(key);
    RunbookSource source = RunbookSource.of(text);
    RunbookMetadata meta =
        RunbookMetadataReader.read(
            path, source.front(), source.body(), Optional.empty(), Optional.empty());
    boolean ownerListed =
        Optional.ofNullable(current.metadata().get(path))
            .flatMap(RunbookMetadata::owner)
            .isPresent();
    return lint.lint(meta, source.body(), source.bodyFirstLine(), current.files()).stream()
        .filter(finding -> !(ownerListed && finding.rule() == LintRule.MISSING_OWNER))
        .toList();
  }

  private RepositorySnapshot read(RepositoryLocation location, String head, RunbookGit git)
      throws IOException {
    List<RunbookFile> held = git.listFiles().at(head).under(location.folder()).call();
    Map<RunbookPath, LastChange> changes =
        repositories
            .registered(location.key())
            .map(repository -> index.lastChanges(repository.id()))
            .orElse(Map.of());
    Map<RunbookPath, RunbookSource> sources = new LinkedHashMap<>();
    for (RunbookFile file : held) {
      String text =
          git.readFile()
              .path(file.path())
              .at(head)
              .call()
              .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
              .orElse("");
      sources.put(file.path(), RunbookSource.of(text));
    }
    return snapshot(location, head, sources, changes, git.listPaths().at(head).call());
  }

  private RepositorySnapshot snapshot(
      RepositoryLocation location,
      String head,
      Map<RunbookPath, RunbookSource> sources,
      Map<RunbookPath, LastChange> changes,
      List<String> allFiles) {
    RepositoryKey key = location.key();
    IndexTables tables =
        IndexTables.of(
            sources.entrySet().stream()
                .filter(e -> IndexPages.isIndexPage(e.getKey()))
                .map(e -> IndexTable.parse(e.getKey(), e.getValue().body()))
                .flatMap(Optional::stream)
                .toList());
    Map<RunbookPath, String> bodies = new HashMap<>();
    sources.forEach((path, source) -> bodies.put(path, source.body()));
    LinkTargets files = LinkTargets.ofMarkdown(bodies, allFiles);

    Map<RunbookPath, RunbookMetadata> metadata = new LinkedHashMap<>();
    Map<RunbookPath, List<LintFinding>> findings = new HashMap<>();
    List<SearchableRunbook> searchable = new ArrayList<>();
    sources.forEach(
        (path, source) -> {
          RunbookMetadata meta =
              RunbookMetadataReader.read(
                  path,
                  source.front(),
                  source.body(),
                  tables.rowFor(path),
                  Optional.ofNullable(changes.get(path))
                      .map(c -> new LastGitChange(c.commitTime(), c.authorName())));
          metadata.put(path, meta);
          findings.put(path, lint.lint(meta, source.body(), source.bodyFirstLine(), files));
          searchable.add(new SearchableRunbook(key, meta, source.body()));
        });
    List<LintFinding> indexFindings =
        lint.lintIndex(tables, metadata.values(), files, ZoneOffset.UTC);
    return new RepositorySnapshot(
        head,
        location.folder(),
        metadata,
        findings,
        indexFindings,
        searchable,
        files,
        RepositorySnapshot.fingerprint(allFiles));
  }
}
