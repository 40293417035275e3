package io.hindsight.runbook.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.application.CatalogAddress;
import io.hindsight.runbook.application.CatalogView;
import io.hindsight.runbook.application.LintReportAddress;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookCatalog;
import io.hindsight.runbook.application.RunbookOrder;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.LintStatus;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Runbooks page: the catalog of one repository, chosen by {@code ?repo=} (the sample repository
 * or else the first one by default), a page at a time from the database index. The address holds
 * the folder, the filters, the order and the page, so every view can be bookmarked; links keep all
 * of it but what they change.
 */
@Named
@RequestScoped
public class RunbooksPage {

  /** Index pages rendered larger than this are linked rather than shown, to keep the page small. */
  static final int MAX_INDEX_HTML = 32 * 1024;

  @Inject RunbookCatalog catalog;
  @Inject RunbookRepositories repositories;

  private String repo;
  private String folder;
  private String filter;
  private String lint;
  private String severity;
  private String sort;
  private String page;
  private List<RepositoryLocation> locations;
  private List<RunbookRepository> registered;
  private RepositoryLocation selected;
  private CatalogView view;
  private String problem;

  public void load() {
    locations = repositories.all();
    if (repo == null || repo.isBlank()) {
      selected =
          locations.stream()
              .filter(location -> location.key().equals(RunbookRepositories.SAMPLE))
              .findFirst()
              .or(() -> locations.stream().findFirst())
              .orElse(null);
    } else {
      Optional<RepositoryKey> key = RunbookAddress.key(repo);
      if (key.isEmpty()) {
        fail(400, "There is no repository with this name: the name is malformed.");
        return;
      }
      selected = locations.stream().filter(l -> l.key().equals(key.get())).findFirst().orElse(null);
      if (selected == null) {
        boolean known = repositories.registered(key.get()).isPresent();
        fail(
            404,
            known
                ? "The repository " + key.get() + " has not been synced yet."
                : "There is no runbook repository named " + key.get() + ".");
        return;
      }
    }
    if (selected == null) {
      return;
    }
    try {
      CatalogAddress address = CatalogAddress.parse(folder, filter, lint, severity, sort, page);
      view = catalog.page(selected.key(), address);
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

  /** A repository is chosen and its catalog could be read for this address. */
  public boolean isAvailable() {
    return view != null;
  }

  /** Every registered repository, for the chooser; those not yet synced are listed too. */
  public List<RunbookRepository> getRepositories() {
    if (registered == null) {
      registered = repositories.registered();
    }
    return registered;
  }

  public boolean isReadable(RunbookRepository repository) {
    return locations != null && locations.stream().anyMatch(l -> l.key().equals(repository.key()));
  }

  public boolean isSelected(RunbookRepository repository) {
    return selected != null && selected.key().equals(repository.key());
  }

  public RepositoryLocation getSelected() {
    return selected;
  }

  public CatalogView getView() {
    return view;
  }

  /** The address of this page with another page number. */
  public String pageHref(int number) {
    return href(view.address().atPage(number));
  }

  /** The address of the first page in another order. */
  public String sortHref(String order) {
    return href(view.address().sortedBy(RunbookOrder.parse(order).orElse(RunbookOrder.DEFAULT)));
  }

  public boolean isSortedBy(String order) {
    return view.address().sort().id().equals(order);
  }

  /** The address of another folder's first page; the top folder is the address without folder. */
  public String folderHref(RunbookFolder other) {
    boolean top = other.equals(view.repository().folder());
    return href(view.address().inFolder(top ? RunbookFolder.ROOT : other));
  }

  /** The address of the repository's whole catalog, with no filter. */
  public String getTopHref() {
    return href(CatalogAddress.ALL);
  }

  /** The lint report of the same repository and folder. */
  public String lintReportHref(String rule) {
    StringBuilder href =
        new StringBuilder(contextPath())
            .append("/runbook-lint.xhtml?repo=")
            .append(view.repository().key().value());
    if (!view.atTop()) {
      href.append("&folder=").append(LintReportAddress.encode(view.folder().value()));
    }
    if (rule != null && !rule.isEmpty()) {
      href.append("&rule=").append(rule);
    }
    return href.toString();
  }

  private String href(CatalogAddress address) {
    return contextPath() + "/runbooks.xhtml?" + address.query(view.repository().key().value());
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** The lint filters to choose from: the statuses, any finding, then each rule. */
  public List<String> getLintChoices() {
    List<String> choices = new ArrayList<>();
    Arrays.stream(LintStatus.values()).map(LintStatus::id).forEach(choices::add);
    choices.add(LintFilter.ANY);
    Arrays.stream(LintRule.values()).map(LintRule::id).forEach(choices::add);
    return choices;
  }

  public boolean isLint(String choice) {
    return view.address().lint().map(LintFilter::value).filter(choice::equals).isPresent();
  }

  public boolean isSeverity(String choice) {
    return view.address().severity().filter(choice::equalsIgnoreCase).isPresent();
  }

  public List<String> getSeverityChoices() {
    return List.of("critical", "high", "medium", "low");
  }

  /** The index page's HTML when it is small enough to show on the catalog page. */
  public String getIndexHtml() {
    return view.index()
        .map(document -> document.rendered().html())
        .filter(html -> html.length() <= MAX_INDEX_HTML)
        .orElse(null);
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

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getLint() {
    return lint;
  }

  public void setLint(String lint) {
    this.lint = lint;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
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
