package io.hindsight.runbook.web;

import io.hindsight.runbook.application.LintReport;
import io.hindsight.runbook.application.RunbookFindings;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lint report of one repository: {@code runbook-lint.xhtml?repo=…}. */
@Named
@RequestScoped
public class LintReportPage {

  @Inject RunbookFindings findings;
  @Inject RunbookRepositories repositories;

  private String repo;
  private LintReport report;
  private String problem;

  public void load() {
    Optional<RepositoryKey> key = RunbookAddress.key(repo);
    if (key.isEmpty()) {
      fail(400, "There is no repository with this name: the name is malformed.");
      return;
    }
    if (repositories.registered(key.get()).isEmpty()) {
      fail(404, "There is no runbook repository named " + key.get() + ".");
      return;
    }
    report = findings.report(key.get()).orElse(null);
    if (report == null) {
      fail(404, "The repository " + key.get() + " has not been synced yet.");
    }
  }

  private void fail(int status, String message) {
    problem = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public LintReport getReport() {
    return report;
  }

  /** The counts by rule, as rows for the page. */
  public List<Map.Entry<String, Integer>> getCounts() {
    return report == null ? List.of() : new ArrayList<>(report.countsByRule().entrySet());
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
}
