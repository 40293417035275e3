package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.MarkdownPlainText;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.FieldWeights;
import io.hindsight.platform.search.FullTextIndex;
import io.hindsight.platform.search.SearchDocument;
import io.hindsight.platform.search.SearchHit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Full-text search over runbooks, in a {@link FullTextIndex} that other kinds of documents may
 * share: a runbook is the document of kind {@value #KIND} with id {@code repository/path}.
 */
public final class RunbookSearchIndex {

  public static final String KIND = "runbook";

  private static final String TITLE = "title";
  private static final String TRIGGERS = "triggers";
  private static final String SERVICES = "services";
  private static final String PURPOSE = "purpose";
  private static final String BODY = "body";

  private static final FieldWeights SEARCH =
      new FieldWeights(
          Map.of(TITLE, 3.0, TRIGGERS, 2.5, SERVICES, 1.5, PURPOSE, 1.5, BODY, 1.0), BODY);
  private static final FieldWeights SUGGEST =
      new FieldWeights(
          Map.of(TRIGGERS, 5.0, TITLE, 2.0, SERVICES, 1.5, PURPOSE, 1.0, BODY, 0.5), TRIGGERS);

  private final FullTextIndex index;

  public RunbookSearchIndex() {
    this(new FullTextIndex());
  }

  public RunbookSearchIndex(FullTextIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** Replaces every runbook of {@code repository} by {@code runbooks} at once. */
  public void replaceRepository(RepositoryKey repository, Collection<SearchableRunbook> runbooks) {
    String prefix = repository.value() + "/";
    index.replace(
        ref -> ref.kind().equals(KIND) && ref.id().startsWith(prefix),
        runbooks.stream().map(RunbookSearchIndex::documentOf).toList());
  }

  public void put(SearchableRunbook runbook) {
    index.put(documentOf(runbook));
  }

  public void remove(RepositoryKey repository, RunbookPath path) {
    index.remove(refOf(repository, path));
  }

  /** Runbooks and index pages matching {@code query}, title and triggers weighing most. */
  public List<RunbookHit> search(String query, int limit) {
    return hits(index.search(query, SEARCH, limit, ref -> ref.kind().equals(KIND)));
  }

  /**
   * As {@link #search(String, int)}, among the runbooks of the repositories {@code among} takes.
   */
  public List<RunbookHit> search(String query, int limit, Predicate<RepositoryKey> among) {
    Predicate<DocumentRef> runbooksOf =
        ref ->
            ref.kind().equals(KIND)
                && hitOf(ref).filter(hit -> among.test(hit.repository())).isPresent();
    return hits(index.search(query, SEARCH, limit, runbooksOf));
  }

  /**
   * The runbooks that best fit a free text such as an incident title, triggers weighing most; index
   * pages are never suggested.
   */
  public List<RunbookHit> suggest(String freeText, int limit) {
    Predicate<DocumentRef> runbooksOnly =
        ref -> ref.kind().equals(KIND) && hitOf(ref).filter(this::notIndexPage).isPresent();
    return hits(index.search(freeText, SUGGEST, limit, runbooksOnly));
  }

  /**
   * As {@link #suggest(String, int)}, among the runbooks of the repositories {@code among} takes.
   */
  public List<RunbookHit> suggest(String freeText, int limit, Predicate<RepositoryKey> among) {
    Predicate<DocumentRef> runbooksOf =
        ref ->
            ref.kind().equals(KIND)
                && hitOf(ref)
                    .filter(this::notIndexPage)
                    .filter(hit -> among.test(hit.repository()))
                    .isPresent();
    return hits(index.search(freeText, SUGGEST, limit, runbooksOf));
  }

  public static DocumentRef refOf(RepositoryKey repository, RunbookPath path) {
    return new DocumentRef(KIND, repository.value() + "/" + path.value());
  }

  static SearchDocument documentOf(SearchableRunbook runbook) {
    RunbookMetadata metadata = runbook.metadata();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(TITLE, metadata.title());
    fields.put(TRIGGERS, String.join("\n", metadata.triggers()));
    fields.put(SERVICES, String.join("\n", metadata.services()));
    fields.put(PURPOSE, metadata.purpose().orElse(""));
    fields.put(BODY, MarkdownPlainText.of(runbook.body()));
    return new SearchDocument(refOf(runbook.repository(), metadata.path()), fields);
  }

  private boolean notIndexPage(RunbookHitRef ref) {
    return !IndexPages.isIndexPage(ref.path());
  }

  private static List<RunbookHit> hits(List<SearchHit> hits) {
    return hits.stream()
        .flatMap(
            hit ->
                hitOf(hit.ref())
                    .map(
                        ref ->
                            new RunbookHit(
                                ref.repository(), ref.path(), hit.score(), hit.snippet()))
                    .stream())
        .toList();
  }

  private static Optional<RunbookHitRef> hitOf(DocumentRef ref) {
    int slash = ref.id().indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return RunbookPath.parse(ref.id().substring(slash + 1))
        .map(path -> new RunbookHitRef(RepositoryKey.of(ref.id().substring(0, slash)), path));
  }

  private record RunbookHitRef(RepositoryKey repository, RunbookPath path) {}
}
