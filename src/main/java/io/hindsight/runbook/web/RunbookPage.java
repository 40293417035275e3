package io.hindsight.runbook.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.application.FilePages;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookHistory;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.ForgeFileLink;
import io.hindsight.runbook.domain.InvalidRunbookPathException;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.HistoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One runbook, rendered, with its metadata. Unknown runbooks answer 404, malformed addresses 400.
 */
@Named
@RequestScoped
public class RunbookPage {

  @Inject RunbookLibrary library;
  @Inject RunbookInspection inspection;
  @Inject RunbookRepositories repositories;
  @Inject RunbookHistory runbookHistory;
  @Inject Instance<FilePages> filePages;

  private String repo;
  private String path;
  private RunbookDocument document;
  private String problem;
  private String historyParam;
  private int historyPage;
  private ResultPage<HistoryEntry> history;

  public void load() {
    Optional<RepositoryKey> key = RunbookAddress.key(repo);
    if (key.isEmpty()) {
      fail(400, "This is not a runbook address: the repository name is missing or malformed.");
      return;
    }
    if (historyParam != null) {
      if (!historyParam.matches("[0-9]{1,6}")) {
        fail(400, "The history page is a number from 0 to 999999.");
        return;
      }
      historyPage = Integer.parseInt(historyParam);
    }
    RunbookPath runbookPath;
    try {
      runbookPath = RunbookPath.of(path == null ? "" : path);
    } catch (InvalidRunbookPathException invalid) {
      fail(400, invalid.getMessage());
      return;
    }
    try {
      document = library.open(key.get(), runbookPath).orElse(null);
    } catch (NotFound unknown) {
      fail(404, unknown.getMessage());
      return;
    }
    if (document == null) {
      fail(404, "There is no runbook " + runbookPath.value() + " in " + key.get() + ".");
    }
  }

  private void fail(int status, String message) {
    problem = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public List<LintFinding> getFindings() {
    return document == null
        ? List.of()
        : inspection
            .snapshot(document.summary().repository())
            .findingsOf(document.summary().path());
  }

  public Optional<RunbookMetadata> getMetadata() {
    return document == null
        ? Optional.empty()
        : Optional.ofNullable(
            inspection
                .snapshot(document.summary().repository())
                .metadata()
                .get(document.summary().path()));
  }

  /**
   * The file's page on its Git host: on the forge set for the repository, else when the remote is
   * on a public forge Hindsight knows.
   */
  public Optional<URI> getHostLink() {
    if (document == null) {
      return Optional.empty();
    }
    RunbookPath path = document.summary().path();
    return repositories
        .registered(document.summary().repository())
        .flatMap(
            repository ->
                filePages.stream()
                    .flatMap(
                        pages -> pages.of(repository.key(), repository.branch(), path).stream())
                    .findFirst()
                    .or(
                        () ->
                            repository
                                .remote()
                                .flatMap(
                                    remote ->
                                        ForgeFileLink.of(remote, repository.branch(), path))));
  }

  /** A page of the runbook's recorded history, the newest first; {@code ?history=n} for older. */
  public ResultPage<HistoryEntry> getHistory() {
    if (history == null) {
      history =
          document == null
              ? new ResultPage<>(List.of(), 0, RunbookHistory.VIEW_SIZE, 0)
              : runbookHistory.page(
                  document.summary().repository(),
                  document.summary().path(),
                  historyPage,
                  RunbookHistory.VIEW_SIZE);
    }
    return history;
  }

  public boolean hasOlderHistory() {
    ResultPage<HistoryEntry> page = getHistory();
    return (long) (page.page() + 1) * page.size() < page.total();
  }

  public int getHistoryPage() {
    return historyPage;
  }

  public String getHistoryParam() {
    return historyParam;
  }

  public void setHistoryParam(String historyParam) {
    this.historyParam = historyParam;
  }

  public RunbookDocument getDocument() {
    return document;
  }

  public String getProblem() {
    return problem;
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }
}
