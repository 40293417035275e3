package io.hindsight.review.api;

import io.hindsight.platform.api.JsonBodies;
import io.hindsight.platform.api.Problems;
import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.review.application.ChangeWebhook;
import io.hindsight.review.application.ServiceChanges;
import io.hindsight.review.domain.SignedChange;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Infrastructure and service changes ({@code POST /api/v1/changes/infrastructure}): the runbooks
 * that cover the service are due in 14 days with the change as their reason. A caller sends either
 * a responder's API token, or no token and Hindsight's timestamped signature under the secret an
 * admin set ({@link SignedChange}); admins set, replace and remove that secret here.
 */
@Path("changes/infrastructure")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class InfrastructureChangeResource {

  @Inject ChangeWebhook webhook;
  @Inject ServiceChanges changes;
  @Inject CallerIdentity identity;

  @Schema(name = "ChangeWebhookSecretStatus")
  public record SecretStatus(boolean secretSet, Instant changedAt, String changedBy) {}

  private static final String PROBLEM = "application/problem+json";

  @Schema(name = "ChangeWebhookSecret")
  public record NewSecret(String secret, String signatureHeader, String timestampHeader) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewRequests.Change.class)))
  @APIResponseSchema(
      value = ReviewViews.Change.class,
      responseCode = "200",
      responseDescription = "The runbooks that cover the service, due by the date given.")
  @APIResponse(
      responseCode = "401",
      description =
          "No token and no valid, fresh signature (X-Hindsight-Timestamp and"
              + " X-Hindsight-Signature).",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "A signed delivery received already.",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  public Response report(@Context HttpHeaders headers, byte[] body) {
    // Every signed-in user is at least a viewer; an unauthenticated caller has no role at all.
    if (identity.hasRole(Role.VIEWER)) {
      if (!identity.hasRole(Role.RESPONDER)) {
        throw new Forbidden("Reporting a change takes the responder role.");
      }
      ReviewRequests.Change change = JsonBodies.read(body, ReviewRequests.Change.class);
      return Response.ok(
              ReviewViews.change(
                  changes.changed(
                      change.serviceName(), change.referenceWords(), change.descriptionWords())))
          .build();
    }
    SignedChange.Check check =
        webhook.check(
            headers.getHeaderString(TimestampedSignature.TIMESTAMP_HEADER),
            headers.getHeaderString(TimestampedSignature.SIGNATURE_HEADER),
            body == null ? new byte[0] : body);
    if (!check.valid()) {
      return refused(check.verdict());
    }
    ReviewRequests.Change change = JsonBodies.read(body, ReviewRequests.Change.class);
    return Response.ok(
            ReviewViews.change(
                webhook.report(
                    check.delivery().orElseThrow(),
                    change.serviceName(),
                    change.referenceWords(),
                    change.descriptionWords())))
        .build();
  }

  @GET
  @Path("secret")
  @RolesAllowed("admin")
  public SecretStatus secret() {
    ChangeWebhook.Status status = webhook.status();
    return new SecretStatus(
        status.secretSet(), status.changedAt().orElse(null), status.changedBy().orElse(null));
  }

  @POST
  @Path("secret")
  @RolesAllowed("admin")
  @APIResponseSchema(
      value = NewSecret.class,
      responseCode = "201",
      responseDescription = "The new secret, shown this once; the old one no longer signs.")
  public Response newSecret() {
    String secret = webhook.newSecret(identity.caller());
    return Response.status(Response.Status.CREATED)
        .entity(
            new NewSecret(
                secret,
                TimestampedSignature.SIGNATURE_HEADER,
                TimestampedSignature.TIMESTAMP_HEADER))
        .build();
  }

  @DELETE
  @Path("secret")
  @RolesAllowed("admin")
  @APIResponse(
      responseCode = "204",
      description = "The secret is removed; signed deliveries are refused until a new one is set.")
  public Response removeSecret() {
    webhook.removeSecret();
    return Response.noContent().build();
  }

  private static Response refused(SignedChange.Verdict verdict) {
    String detail =
        switch (verdict) {
          case STALE ->
              "The "
                  + TimestampedSignature.TIMESTAMP_HEADER
                  + " is more than "
                  + TimestampedSignature.TOLERANCE.toMinutes()
                  + " minutes from the server's time: a change is accepted only while fresh.";
          case UNSIGNED ->
              "Authentication required: send a responder's API token, or sign the body with "
                  + TimestampedSignature.TIMESTAMP_HEADER
                  + " and "
                  + TimestampedSignature.SIGNATURE_HEADER
                  + ".";
          default ->
              "The "
                  + TimestampedSignature.SIGNATURE_HEADER
                  + " header does not sign this timestamp and body.";
        };
    return Problems.of(Response.Status.UNAUTHORIZED, detail);
  }
}
