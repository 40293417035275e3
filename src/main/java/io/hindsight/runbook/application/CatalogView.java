package io.hindsight.runbook.application;

import io.hindsight.platform.paging.PageWindow;
import io.hindsight.runbook.domain.FolderCount;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RunbookFolder;
import java.util.List;
import java.util.Optional;

/**
 * One page of a repository's catalog, as its address asks for it.
 *
 * @param folder the folder listed: the address's, or the repository's runbook folder
 * @param trail the folders from below the runbook folder down to {@code folder}, for links up
 * @param folders the folders right below {@code folder} that hold files the filters keep, with how
 *     many, at most {@link RunbookCatalog#MAX_FOLDERS}
 * @param moreFolders how many more such folders there are
 * @param runbooks how many runbooks {@code folder} holds, whatever the filters
 * @param indexPages how many index pages {@code folder} holds, whatever the filters
 * @param index the index page nearest the top of {@code folder}, README first
 * @param indexFindings the first findings of the index tables in {@code folder}
 * @param indexFindingCount how many such findings there are in all
 */
public record CatalogView(
    RepositoryLocation repository,
    CatalogAddress address,
    RunbookFolder folder,
    List<RunbookFolder> trail,
    List<FolderCount> folders,
    int moreFolders,
    long runbooks,
    long indexPages,
    List<CatalogEntry> entries,
    PageWindow window,
    Optional<RunbookDocument> index,
    List<LintFinding> indexFindings,
    int indexFindingCount) {

  public CatalogView {
    trail = List.copyOf(trail);
    folders = List.copyOf(folders);
    entries = List.copyOf(entries);
    indexFindings = List.copyOf(indexFindings);
  }

  /** The folder is the repository's runbook folder, the top of the catalog. */
  public boolean atTop() {
    return folder.equals(repository.folder());
  }
}
