package io.hindsight.runbook.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.application.LintFindingsView;
import io.hindsight.runbook.application.LintReportAddress;
import io.hindsight.runbook.application.RunbookFindings;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lint report of one repository, a page of findings at a time: {@code
 * runbook-lint.xhtml?repo=…&folder=…&rule=…&sort=…&page=…}.
 */
@Named
@RequestScoped
public class LintReportPage {

  @Inject RunbookFindings findings;
  @Inject RunbookRepositories repositories;

  private String repo;
  private String folder;
  private String rule;
  private String sort;
  private String page;
  private LintFindingsView report;
  private String problem;
  private boolean known;

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
    known = true;
    try {
      report = findings.page(key.get(), LintReportAddress.parse(folder, rule, sort, page));
    } catch (FieldRefused refused) {
      fail(400, refused.getMessage());
    } catch (NotFound missing) {
      fail(404, missing.getMessage());
    }
  }

  private void fail(int status, String message) {
    problem = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public LintFindingsView getReport() {
    return report;
  }

  /** The counts by rule, as rows for the page. */
  public List<Map.Entry<String, Integer>> getCounts() {
    return report == null ? List.of() : new ArrayList<>(report.byRule().entrySet());
  }

  public String pageHref(int number) {
    return href(report.address().atPage(number));
  }

  /** The first page of the findings of one rule; an empty id shows every rule. */
  public String ruleHref(String id) {
    return href(
        report
            .address()
            .withRule(Arrays.stream(LintRule.values()).filter(r -> r.id().equals(id)).findFirst()));
  }

  public String sortHref(String id) {
    return href(
        report
            .address()
            .sortedBy(
                Arrays.stream(LintReportAddress.Order.values())
                    .filter(o -> o.id().equals(id))
                    .findFirst()
                    .orElse(LintReportAddress.Order.PATH)));
  }

  /** Another folder's first page; the runbook folder is the address without folder. */
  public String folderHref(RunbookFolder other) {
    return href(report.address().inFolder(other.equals(report.top()) ? RunbookFolder.ROOT : other));
  }

  /** The catalog of the same folder. */
  public String getCatalogHref() {
    return contextPath()
        + "/runbooks.xhtml?repo="
        + report.repository().value()
        + (report.atTop() ? "" : "&folder=" + LintReportAddress.encode(report.folder().value()));
  }

  private String href(LintReportAddress address) {
    return contextPath() + "/runbook-lint.xhtml?" + address.query(report.repository().value());
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** The address names a registered repository, so a link to its whole report can be offered. */
  public boolean isKnown() {
    return known;
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

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = rule;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
