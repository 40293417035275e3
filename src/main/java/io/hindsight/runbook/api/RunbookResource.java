package io.hindsight.runbook.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.application.CatalogAddress;
import io.hindsight.runbook.application.RepositorySnapshot;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookFilter;
import io.hindsight.runbook.application.RunbookFindings;
import io.hindsight.runbook.application.RunbookHistory;
import io.hindsight.runbook.application.RunbookIndexStore;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.application.RunbookLintColumns;
import io.hindsight.runbook.application.RunbookOrder;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.InvalidRunbookPathException;
import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.HistoryEntry;
import io.hindsight.runbook.git.RunbookFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The runbook catalog from the index, one runbook with its history, and the diff of a commit. */
@Path("runbooks")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class RunbookResource {

  static final int MAX_PAGE_SIZE = 200;
  private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}");

  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject RunbookLibrary library;
  @Inject RunbookHistory history;
  @Inject RunbookFindings findings;
  @Inject RunbookLintColumns lintColumns;

  @GET
  public ResultPage<RunbookView> list(
      @QueryParam("repository") String repository,
      @QueryParam("folder") String folder,
      @QueryParam("owner") String owner,
      @QueryParam("service") String service,
      @QueryParam("severity") String severity,
      @QueryParam("lint") String lint,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int pageNumber = number("page", page, 0, 0, 1_000_000);
    int pageSize = number("size", size, 50, 1, MAX_PAGE_SIZE);
    Optional<LintFilter> lintFilter = lint == null ? Optional.empty() : CatalogAddress.lint(lint);
    if (lint != null && lintFilter.isEmpty()) {
      throw FieldRefused.field("lint", "must be " + LintFilter.accepted());
    }
    if (sort != null && sort.isBlank()) {
      throw FieldRefused.field("sort", "must be one of " + RunbookOrder.accepted());
    }
    RunbookOrder order = sort == null ? RunbookOrder.DEFAULT : CatalogAddress.order(sort);
    Optional<RunbookFolder> inFolder =
        folder == null ? Optional.empty() : Optional.of(CatalogAddress.folder(folder));
    Map<Long, RepositoryKey> keys = new HashMap<>();
    repositories.registered().forEach(r -> keys.put(r.id(), r.key()));
    Optional<Long> repositoryId =
        Optional.ofNullable(repository)
            .map(
                raw ->
                    repositories.registered(fieldKey(raw)).map(RunbookRepository::id).orElse(-1L));
    RunbookFilter filter =
        new RunbookFilter(
            repositoryId,
            text("owner", owner),
            text("service", service),
            text("severity", severity),
            inFolder,
            Optional.empty(),
            lintFilter);
    Map<RepositoryKey, Optional<RepositorySnapshot>> snapshots = new HashMap<>();
    Function<Long, Optional<RepositorySnapshot>> snapshotOf =
        id -> snapshots.computeIfAbsent(keys.get(id), findings::snapshot);
    if (lintFilter.isPresent() || order == RunbookOrder.LINT) {
      keys.keySet().stream()
          .filter(id -> repositoryId.map(id::equals).orElse(true))
          .forEach(id -> snapshotOf.apply(id).ifPresent(s -> lintColumns.follow(id, s)));
    }
    List<RunbookView> items =
        index.page(filter, order, pageNumber * pageSize, pageSize).stream()
            .map(
                runbook ->
                    RunbookView.of(
                        keys.get(runbook.repositoryId()),
                        runbook,
                        snapshotOf
                            .apply(runbook.repositoryId())
                            .map(snapshot -> snapshot.findingsOf(runbook.path()))))
            .toList();
    return new ResultPage<>(items, pageNumber, pageSize, index.count(filter));
  }

  @GET
  @Path("{repo}/{path: .+}")
  public RunbookDetailView get(
      @PathParam("repo") String rawKey, @PathParam("path") String rawPath) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    RunbookPath path = path(rawPath);
    RunbookRepository repository = repository(key);
    IndexedRunbook runbook = indexed(repository, path);
    Optional<List<LintFinding>> lint =
        findings.snapshot(key).map(snapshot -> snapshot.findingsOf(path));
    String html = null;
    String markdown = null;
    if (runbook.size() <= RunbookFile.MAX_BYTES) {
      Optional<RunbookDocument> document = open(key, path);
      html = document.map(d -> d.rendered().html()).orElse(null);
      markdown = document.map(RunbookDocument::markdown).orElse(null);
    }
    ResultPage<HistoryEntry> newest = history.page(key, path, 0, RunbookHistory.VIEW_SIZE);
    return new RunbookDetailView(
        RunbookView.of(key, runbook, lint),
        html,
        markdown,
        lint.orElse(List.of()).stream().map(RunbookDetailView.Finding::of).toList(),
        newest.items().stream().map(RunbookDetailView.Commit::of).toList(),
        newest.total());
  }

  /** The runbook's history a page at a time, newest first, as the last sync recorded it. */
  @GET
  @Path("{repo}/{path: .+}/history")
  public ResultPage<RunbookDetailView.Commit> history(
      @PathParam("repo") String rawKey,
      @PathParam("path") String rawPath,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    RunbookPath path = path(rawPath);
    int pageNumber = number("page", page, 0, 0, 1_000_000);
    int pageSize = number("size", size, RunbookHistory.VIEW_SIZE, 1, MAX_PAGE_SIZE);
    indexed(repository(key), path);
    return history.page(key, path, pageNumber, pageSize).map(RunbookDetailView.Commit::of);
  }

  @GET
  @Path("{repo}/{path: .+}/history/{commit}/diff")
  @APIResponseSchema(
      value = DiffView.class,
      responseCode = "200",
      responseDescription = "The commit's unified diff of the runbook.")
  public Response diff(
      @PathParam("repo") String rawKey,
      @PathParam("path") String rawPath,
      @PathParam("commit") String commit) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    RunbookPath path = path(rawPath);
    if (!COMMIT.matcher(commit).matches()) {
      return Problems.of(Response.Status.BAD_REQUEST, "A commit id has 40 hexadecimal characters.");
    }
    indexed(repository(key), path);
    return history
        .diff(key, path, commit)
        .map(diff -> Response.ok(new DiffView(commit, path.value(), diff)).build())
        .orElseThrow(
            () -> new NotFound("Commit " + commit + " is not in the history of " + path + "."));
  }

  /** A commit's unified diff of one runbook. */
  public record DiffView(String commit, String path, String diff) {}

  private Optional<RunbookDocument> open(RepositoryKey key, RunbookPath path) {
    try {
      return library.open(key, path);
    } catch (NotFound unknown) {
      return Optional.empty();
    }
  }

  private RunbookRepository repository(RepositoryKey key) {
    return repositories
        .registered(key)
        .orElseThrow(() -> new WebApplicationException(RepositoryResource.notFound(key.value())));
  }

  private IndexedRunbook indexed(RunbookRepository repository, RunbookPath path) {
    return index
        .find(repository.id(), path)
        .orElseThrow(
            () -> new NotFound("There is no runbook " + path + " in " + repository.key() + "."));
  }

  private static RunbookPath path(String raw) {
    try {
      return RunbookPath.of(raw);
    } catch (InvalidRunbookPathException invalid) {
      throw FieldRefused.because(invalid.getMessage());
    }
  }

  private static RepositoryKey fieldKey(String raw) {
    try {
      return RepositoryKey.of(raw);
    } catch (IllegalArgumentException malformed) {
      throw FieldRefused.field("repository", malformed.getMessage());
    }
  }

  private static Optional<String> text(String field, String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank() || value.length() > 200) {
      throw FieldRefused.field(field, "must have 1 to 200 characters");
    }
    return Optional.of(value.strip());
  }

  private static int number(String field, String raw, int fallback, int min, int max) {
    return raw == null ? fallback : QueryParameters.number(field, raw, min, max);
  }
}
