package io.hindsight.runbook.web;

import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RepositorySnapshot;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.RunbookSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Runbooks page: the catalog of one repository, chosen by {@code ?repo=} (the sample repository
 * or else the first one by default), filterable and sortable, with its index page rendered.
 */
@Named
@RequestScoped
public class RunbooksPage {

  private static final int MAX_FILTER = 200;

  @Inject RunbookLibrary library;
  @Inject RunbookRepositories repositories;
  @Inject RunbookInspection inspection;

  private String repo;
  private String filter;
  private String sort;
  private List<RepositoryLocation> locations;
  private RepositoryLocation selected;
  private List<RunbookSummary> catalog;
  private List<RunbookSummary> shown;
  private RepositorySnapshot snapshot;
  private Optional<RunbookDocument> index;
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
      return;
    }
    Optional<RepositoryKey> key = RunbookAddress.key(repo);
    if (key.isEmpty()) {
      fail(400, "There is no repository with this name: the name is malformed.");
      return;
    }
    selected = locations.stream().filter(l -> l.key().equals(key.get())).findFirst().orElse(null);
    if (selected == null) {
      boolean registered = repositories.registered(key.get()).isPresent();
      fail(
          404,
          registered
              ? "The repository " + key.get() + " has not been synced yet."
              : "There is no runbook repository named " + key.get() + ".");
    }
  }

  private void fail(int status, String message) {
    problem = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public boolean isAvailable() {
    return selected != null;
  }

  /** Every registered repository, for the chooser; those not yet synced are listed too. */
  public List<RunbookRepository> getRepositories() {
    return repositories.registered();
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

  public List<RunbookSummary> getAllRunbooks() {
    if (catalog == null) {
      catalog = isAvailable() ? library.catalog(selected.key()) : List.of();
    }
    return catalog;
  }

  /** The catalog as filtered and sorted by the address. */
  public List<RunbookSummary> getRunbooks() {
    if (shown == null) {
      String needle = filterText().toLowerCase(Locale.ROOT);
      shown =
          getAllRunbooks().stream()
              .filter(summary -> needle.isEmpty() || matches(summary, needle))
              .sorted(order())
              .toList();
    }
    return shown;
  }

  public long getRunbookCount() {
    return getAllRunbooks().stream().filter(summary -> !summary.isIndex()).count();
  }

  public long getIndexPageCount() {
    return getAllRunbooks().stream().filter(RunbookSummary::isIndex).count();
  }

  private boolean matches(RunbookSummary summary, String needle) {
    return contains(summary.title(), needle)
        || contains(summary.path().value(), needle)
        || summary.owner().filter(owner -> contains(owner, needle)).isPresent()
        || summary.severity().filter(severity -> contains(severity, needle)).isPresent()
        || summary.services().stream().anyMatch(service -> contains(service, needle))
        || purpose(summary).filter(purpose -> contains(purpose, needle)).isPresent();
  }

  private static boolean contains(String text, String needle) {
    return text.toLowerCase(Locale.ROOT).contains(needle);
  }

  private Comparator<RunbookSummary> order() {
    Comparator<RunbookSummary> byTitle =
        Comparator.comparing((RunbookSummary s) -> s.title().toLowerCase(Locale.ROOT))
            .thenComparing(RunbookSummary::path);
    return switch (getSort()) {
      case "path" -> Comparator.comparing(RunbookSummary::path);
      case "severity" ->
          Comparator.comparing((RunbookSummary s) -> s.severity().isEmpty())
              .thenComparing(s -> s.severityLevel().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
              .thenComparing(s -> s.severity().orElse("").toLowerCase(Locale.ROOT))
              .thenComparing(byTitle);
      case "owner" ->
          Comparator.comparing((RunbookSummary s) -> s.owner().isEmpty())
              .thenComparing(s -> s.owner().orElse("").toLowerCase(Locale.ROOT))
              .thenComparing(byTitle);
      case "updated" ->
          Comparator.comparing(
                  (RunbookSummary s) -> s.lastUpdated().orElse(Instant.EPOCH),
                  Comparator.reverseOrder())
              .thenComparing(byTitle);
      case "lint" ->
          Comparator.comparing(this::findingCount, Comparator.reverseOrder())
              .thenComparing(byTitle);
      default -> Comparator.comparing(RunbookSummary::isIndex).reversed().thenComparing(byTitle);
    };
  }

  public RepositorySnapshot getSnapshot() {
    if (snapshot == null) {
      snapshot = inspection.snapshot(selected.key());
    }
    return snapshot;
  }

  public int findingCount(RunbookSummary summary) {
    return getSnapshot().findingsOf(summary.path()).size();
  }

  /** The badge class of a severity: its level, or none for a word that names no level. */
  public String severityClass(RunbookSummary summary) {
    return summary.severityLevel().map(level -> level.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  public String purposeOf(RunbookSummary summary) {
    return purpose(summary).orElse("");
  }

  private Optional<String> purpose(RunbookSummary summary) {
    return Optional.ofNullable(getSnapshot().metadata().get(summary.path()))
        .flatMap(RunbookMetadata::purpose);
  }

  /** The index page nearest the top of the folder, README first. */
  public RunbookDocument getIndex() {
    if (index == null) {
      index =
          getAllRunbooks().stream()
              .filter(RunbookSummary::isIndex)
              .min(
                  Comparator.comparingLong(
                          (RunbookSummary s) ->
                              s.path().value().chars().filter(c -> c == '/').count())
                      .thenComparing(RunbookSummary::isSectionIndex)
                      .thenComparing(RunbookSummary::path))
              .flatMap(summary -> library.open(summary.repository(), summary.path()));
    }
    return index.orElse(null);
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

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  private String filterText() {
    String text = filter == null ? "" : filter.strip();
    return text.length() > MAX_FILTER ? text.substring(0, MAX_FILTER) : text;
  }

  public String getSort() {
    return sort == null ? "title" : sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}
