package io.hindsight.runbook.application;

import io.hindsight.platform.paging.PageWindow;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.FolderCount;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog page's read model: one page of a repository's runbooks from the database index, with
 * the filters and the order in the query, the folders below the one listed, and the counts, in a
 * constant number of queries whatever the repository's size.
 */
@ApplicationScoped
public class RunbookCatalog {

  public static final int PAGE_SIZE = 50;
  public static final int MAX_FOLDERS = 100;
  static final int MAX_INDEX_FINDINGS = 5;
  private static final int MAX_INDEX_PAGES = 20;

  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject RunbookFindings findings;
  @Inject RunbookLintColumns lintColumns;
  @Inject RunbookLibrary library;

  /**
   * @throws NotFound when the repository cannot be read, the folder holds no file, or the page is
   *     past the end of the list
   */
  public CatalogView page(RepositoryKey key, CatalogAddress address) {
    RepositoryLocation location =
        repositories
            .find(key)
            .orElseThrow(() -> new NotFound("The repository " + key + " has not been synced yet."));
    RunbookRepository repository =
        repositories
            .registered(key)
            .orElseThrow(() -> new NotFound("There is no runbook repository named " + key + "."));
    RunbookFolder top = location.folder();
    RunbookFolder folder = address.folder().isRoot() ? top : address.folder();
    if (!top.holds(folder)) {
      throw new NotFound(
          "The folder "
              + folder
              + " is not among the runbooks of "
              + key
              + ", which are in "
              + (top.isRoot() ? "the whole repository." : "the folder " + top + "."));
    }
    Optional<RepositorySnapshot> snapshot = findings.snapshot(key);
    snapshot.ifPresent(s -> lintColumns.follow(repository.id(), s));

    RunbookFilter everything = CatalogAddress.ALL.filter(repository.id()).inFolder(folder);
    Map<String, long[]> all = index.countsByFolder(everything);
    long runbooks = all.values().stream().mapToLong(kinds -> kinds[0]).sum();
    long indexPages = all.values().stream().mapToLong(kinds -> kinds[1]).sum();
    if (runbooks + indexPages == 0 && !folder.equals(top)) {
      throw new NotFound("There is no runbook in the folder " + folder + " of " + key + ".");
    }
    RunbookFilter filter = address.filter(repository.id()).inFolder(folder);
    Map<String, long[]> kept = address.filtered() ? index.countsByFolder(filter) : all;
    Map<String, Long> files = new HashMap<>();
    kept.forEach((path, kinds) -> files.put(path, kinds[0] + kinds[1]));
    long total = files.values().stream().mapToLong(Long::longValue).sum();
    PageWindow window = new PageWindow(address.page(), PAGE_SIZE, total);
    if (!window.exists()) {
      throw new NotFound(
          "There is no page " + address.page() + ": the list has " + window.pages() + " pages.");
    }
    List<CatalogEntry> entries =
        index.page(filter, address.sort(), window.offset(), PAGE_SIZE).stream()
            .map(indexed -> CatalogEntry.of(key, indexed))
            .toList();
    List<FolderCount> folders = FolderCount.childrenOf(folder, files);
    List<LintFinding> indexFindings =
        snapshot.map(s -> s.indexFindings()).orElse(List.of()).stream()
            .filter(finding -> folder.contains(finding.path().value()))
            .toList();
    return new CatalogView(
        location,
        address,
        folder,
        folder.trailBelow(top),
        folders.stream().limit(MAX_FOLDERS).toList(),
        Math.max(0, folders.size() - MAX_FOLDERS),
        runbooks,
        indexPages,
        entries,
        window,
        indexPage(key, everything),
        indexFindings.stream().limit(MAX_INDEX_FINDINGS).toList(),
        indexFindings.size());
  }

  /** The index page nearest the top of the folder, README first, rendered. */
  private Optional<RunbookDocument> indexPage(RepositoryKey key, RunbookFilter folder) {
    return index.indexPages(folder, MAX_INDEX_PAGES).stream()
        .min(
            Comparator.comparingLong(
                    (IndexedRunbook page) ->
                        page.path().value().chars().filter(c -> c == '/').count())
                .thenComparing(page -> IndexPages.isSectionIndex(page.path()))
                .thenComparing(IndexedRunbook::path))
        .flatMap(page -> library.open(key, page.path()));
  }
}
