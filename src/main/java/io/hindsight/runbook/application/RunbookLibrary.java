package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.platform.markdown.RenderedMarkdown;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.MetadataSources;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.RunbookSeverity;
import io.hindsight.runbook.domain.RunbookSummary;
import io.hindsight.runbook.domain.RunbookTitle;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads runbooks (the Markdown files under a repository's folder) from their bare repositories: the
 * catalog of a repository and one runbook rendered.
 */
@ApplicationScoped
public class RunbookLibrary {

  @Inject RunbookRepositories repositories;
  @Inject RenderedRunbookCache cache;
  @Inject RunbookInspection inspection;
  @Inject RunbookIndexStore index;
  @Inject RunbookHistoryStore history;

  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  /** The runbooks of every repository that can be read, repository by repository. */
  public List<RunbookSummary> catalogOfAll() {
    return repositories.all().stream()
        .flatMap(location -> catalog(location.key()).stream())
        .toList();
  }

  public List<RunbookSummary> catalog(RepositoryKey key) {
    RepositoryLocation location = require(key);
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      Optional<String> head = git.resolve().branch(location.branch()).call();
      if (head.isEmpty()) {
        return List.of();
      }
      RepositorySnapshot snapshot = inspection.snapshot(key);
      List<RunbookFile> files = git.listFiles().at(head.get()).under(location.folder()).call();
      Map<RunbookPath, LastChange> changes =
          repositories.registered(key).map(r -> index.lastChanges(r.id())).orElse(Map.of());
      List<RunbookSummary> summaries = new ArrayList<>();
      for (RunbookFile file : files) {
        String source = text(git, head.get(), file.path());
        summaries.add(
            summary(
                key,
                file.path(),
                Parsed.of(source),
                Optional.ofNullable(changes.get(file.path())),
                Optional.ofNullable(snapshot.metadata().get(file.path()))));
      }
      summaries.sort(
          Comparator.comparing(RunbookSummary::isIndex)
              .reversed()
              .thenComparing(RunbookSummary::title));
      return summaries;
    } catch (IOException e) {
      throw repositories.unreadable(key, e);
    }
  }

  /**
   * The runbook as the last sync indexed it: its blob read by id, its last change from the index
   * and the recorded history; no commit history is walked.
   */
  public Optional<RunbookDocument> open(RepositoryKey key, RunbookPath path) {
    RepositoryLocation location = require(key);
    if (!location.holds(path)) {
      return Optional.empty();
    }
    Optional<RunbookRepository> repository = repositories.registered(key);
    Optional<IndexedRunbook> indexed =
        repository.flatMap(registered -> index.find(registered.id(), path));
    if (indexed.isEmpty()) {
      return Optional.empty();
    }
    IndexedRunbook file = indexed.get();
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      String source =
          git.readFile()
              .blob(file.blobId())
              .call()
              .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
              .orElse("");
      Optional<LastChange> change = lastChange(repository.get().id(), file);
      Parsed parsed =
          file.size() > RunbookFile.MAX_BYTES ? Parsed.tooLarge(file.size()) : Parsed.of(source);
      RepositorySnapshot snapshot = inspection.snapshot(key);
      RenderedMarkdown rendered =
          cache.render(
              key.value()
                  + ":"
                  + path.value()
                  + ":"
                  + file.blobId()
                  + ":"
                  + snapshot.filesFingerprint()
                  + ":"
                  + location.folder().value(),
              () ->
                  renderer.render(
                      parsed.body(),
                      new RunbookLinks(key, path, snapshot.files(), location.folder())));
      return Optional.of(
          new RunbookDocument(
              summary(
                  key, path, parsed, change, Optional.ofNullable(snapshot.metadata().get(path))),
              source,
              rendered,
              parsed.problem(),
              change));
    } catch (IOException e) {
      throw repositories.unreadable(key, e);
    }
  }

  /**
   * The newest recorded commit of the runbook, with the commit time the index holds; without a
   * recorded history, what the index holds alone.
   */
  private Optional<LastChange> lastChange(Long repositoryId, IndexedRunbook runbook) {
    if (runbook.lastCommit().isEmpty()
        || runbook.lastAuthor().isEmpty()
        || runbook.lastUpdated().isEmpty()) {
      return Optional.empty();
    }
    Instant committed = runbook.lastUpdated().get();
    return Optional.of(
        history.page(repositoryId, runbook.path(), 0, 1).stream()
            .filter(newest -> newest.commitId().equals(runbook.lastCommit().get()))
            .findFirst()
            .map(
                newest ->
                    new LastChange(
                        newest.commitId(),
                        newest.authorName(),
                        newest.authorTime(),
                        newest.message().lines().findFirst().orElse(""),
                        committed))
            .orElseGet(
                () ->
                    new LastChange(
                        runbook.lastCommit().get(),
                        runbook.lastAuthor().get(),
                        committed,
                        "",
                        committed)));
  }

  /** The file's text, or nothing when it is too large to read. */
  private static String text(RunbookGit git, String head, RunbookPath path) throws IOException {
    return git.readFile()
        .path(path)
        .at(head)
        .call()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .orElse("");
  }

  /**
   * @param metadata the runbook's metadata in its repository's snapshot, with the index table's
   *     fallbacks; without it, what the file's own front matter says
   */
  private static RunbookSummary summary(
      RepositoryKey key,
      RunbookPath path,
      Parsed parsed,
      Optional<LastChange> change,
      Optional<RunbookMetadata> metadata) {
    if (metadata.isPresent()) {
      RunbookMetadata meta = metadata.get();
      return new RunbookSummary(
          key,
          path,
          meta.title(),
          meta.owner(),
          meta.severity().map(RunbookSeverity::text),
          meta.services(),
          change.map(LastChange::commitTime),
          change.map(LastChange::authorName),
          meta.purpose(),
          meta.sources());
    }
    return new RunbookSummary(
        key,
        path,
        RunbookTitle.of(parsed.front().text("title"), parsed.body(), path),
        parsed.front().text("owner"),
        parsed.front().text("severity"),
        parsed.front().texts("services"),
        change.map(LastChange::commitTime),
        change.map(LastChange::authorName),
        Optional.empty(),
        MetadataSources.none());
  }

  /** Front matter and body; invalid front matter is reported and the whole file treated as body. */
  private record Parsed(FrontMatter front, String body, Optional<String> problem) {

    static Parsed tooLarge(long size) {
      return new Parsed(
          FrontMatter.empty(), "*" + RunbookFileReader.tooLarge(size) + "*\n", Optional.empty());
    }

    static Parsed of(String source) {
      try {
        MarkdownDocument document = MarkdownDocument.parse(source);
        return new Parsed(document.frontMatter(), document.body(), Optional.empty());
      } catch (InvalidFrontMatterException invalid) {
        return new Parsed(FrontMatter.empty(), source, Optional.of(invalid.getMessage()));
      }
    }
  }

  private RepositoryLocation require(RepositoryKey key) {
    return repositories
        .find(key)
        .orElseThrow(() -> new NotFound("No runbook repository named " + key + "."));
  }
}
