package io.hindsight.runbook.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.api.RequestValidator;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.application.BareClones;
import io.hindsight.runbook.application.RegisteredRepository;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositoryRequest;
import io.hindsight.runbook.application.RepositorySettingsParser;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.application.RunbookFindings;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.application.SyncOutcome;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Runbook repositories: registered and changed by admins, listed to everyone signed in. */
@Path("repositories")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryResource {

  /** 422: the request was understood, but the repository could not be synced as it is. */
  static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  @Inject RunbookRepositories repositories;
  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;
  @Inject RequestValidator validator;
  @Inject BareClones clones;
  @Inject RunbookFindings findings;
  @Inject CallerIdentity caller;
  @Context UriInfo uri;

  @GET
  public List<RepositoryView> list() {
    return repositories.registered().stream().map(this::view).toList();
  }

  @GET
  @Path("{key}")
  @APIResponseSchema(
      value = RepositoryView.class,
      responseCode = "200",
      responseDescription = "The repository.")
  public Response get(@PathParam("key") String key) {
    return repositories
        .registered(RepositoryKeys.parse(key))
        .map(repository -> Response.ok(view(repository)).build())
        .orElseGet(() -> notFound(key));
  }

  @POST
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = RegisteredRepositoryView.class,
      responseCode = "201",
      responseDescription = "The repository and its webhook secret, shown once.")
  public Response register(RepositoryRequest request) {
    RepositoryRequest valid = validator.valid(request);
    if (valid.key() == null || valid.key().isBlank()) {
      throw FieldRefused.field("key", "must not be blank");
    }
    RepositoryKey key = RepositoryKeys.parseField(valid.key().strip());
    if (valid.version() != null) {
      throw FieldRefused.field("version", "must be left out when registering");
    }
    RegisteredRepository registered =
        admin.register(key, RepositorySettingsParser.parse(valid, Optional.empty()));
    sync.syncInBackground(key);
    return Response.created(uri.getAbsolutePathBuilder().path(key.value()).build())
        .entity(
            new RegisteredRepositoryView(view(registered.repository()), registered.webhookSecret()))
        .build();
  }

  @PUT
  @Path("{key}")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = RepositoryView.class,
      responseCode = "200",
      responseDescription = "The repository as stored.")
  public Response update(@PathParam("key") String rawKey, RepositoryRequest request) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    RepositoryRequest valid = validator.valid(request);
    if (valid.version() == null) {
      throw FieldRefused.field("version", "is required when updating");
    }
    if (valid.key() != null && !valid.key().strip().equals(key.value())) {
      throw FieldRefused.field("key", "cannot be changed");
    }
    Optional<RunbookRepository> current = repositories.registered(key);
    if (current.isEmpty()) {
      return notFound(rawKey);
    }
    if (sync.isRunning(key)) {
      return Problems.of(Response.Status.CONFLICT, "Repository " + key + " is syncing; try later.");
    }
    return admin
        .update(key, valid.version(), RepositorySettingsParser.parse(valid, current))
        .map(repository -> Response.ok(view(repository)).build())
        .orElseGet(() -> notFound(rawKey));
  }

  /**
   * {@code POST /api/v1/repositories/{key}/webhook-secret}: a new secret; the old one stops
   * working.
   */
  @POST
  @Path("{key}/webhook-secret")
  @RolesAllowed("admin")
  @APIResponseSchema(
      value = WebhookSecretView.class,
      responseCode = "200",
      responseDescription = "The new webhook secret, shown once.")
  public Response rotateWebhookSecret(@PathParam("key") String rawKey) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    return admin
        .rotateWebhookSecret(key)
        .map(secret -> Response.ok(new WebhookSecretView(secret)).build())
        .orElseGet(() -> notFound(rawKey));
  }

  @DELETE
  @Path("{key}")
  @RolesAllowed("admin")
  @APIResponse(responseCode = "204", description = "The repository is removed.")
  public Response remove(@PathParam("key") String rawKey) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    if (sync.isRunning(key)) {
      return Problems.of(Response.Status.CONFLICT, "Repository " + key + " is syncing; try later.");
    }
    if (admin.remove(key).isEmpty()) {
      return notFound(rawKey);
    }
    clones.delete(key);
    return Response.noContent().build();
  }

  @POST
  @Path("{key}/sync")
  @RolesAllowed("responder")
  @APIResponseSchema(
      value = SyncView.class,
      responseCode = "200",
      responseDescription = "What the sync found.")
  public Response sync(@PathParam("key") String rawKey) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    if (repositories.registered(key).isEmpty()) {
      return notFound(rawKey);
    }
    SyncOutcome outcome = sync.sync(key);
    if (!outcome.succeeded()) {
      String failure = outcome.failure().map(SyncFailure::label).orElse("");
      return Problems.of(
          UNPROCESSABLE,
          "The sync failed ("
              + failure
              + ") and the previous index was kept"
              + (caller.hasRole(Role.ADMIN) ? ": " + outcome.error().orElse("") : "."));
    }
    return Response.ok(SyncView.of(outcome)).build();
  }

  @GET
  @Path("{key}/lint")
  @APIResponseSchema(
      value = LintReportView.class,
      responseCode = "200",
      responseDescription =
          "The lint findings of the last sync, a page of them in path order; the counts are"
              + " the whole repository's.")
  public Response lint(
      @PathParam("key") String rawKey,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    int pageNumber = page == null ? 0 : QueryParameters.number("page", page, 0, 1_000_000);
    int pageSize =
        size == null
            ? LintReportView.DEFAULT_PAGE_SIZE
            : QueryParameters.number("size", size, 1, LintReportView.MAX_PAGE_SIZE);
    if (repositories.registered(key).isEmpty()) {
      return notFound(rawKey);
    }
    return findings
        .report(key)
        .map(report -> Response.ok(LintReportView.of(report, pageNumber, pageSize)).build())
        .orElseGet(
            () ->
                Problems.of(
                    Response.Status.NOT_FOUND,
                    "The repository "
                        + key
                        + " has not been synced yet: there is nothing to lint."));
  }

  private RepositoryView view(RunbookRepository repository) {
    return RepositoryView.of(
        repository, sync.progress(repository.key()), caller.hasRole(Role.ADMIN));
  }

  static Response notFound(String key) {
    return Problems.of(Response.Status.NOT_FOUND, "There is no runbook repository " + key + ".");
  }
}
