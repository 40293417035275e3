package io.hindsight.runbook.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Push webhooks ({@code POST /api/v1/webhooks/{key}}): authenticated by the HMAC-SHA256 signature
 * of the body under the repository's webhook secret, not by a user; a valid push starts a sync in
 * the background, or has the running one sync again right after, and answers 202.
 */
@Path("webhooks")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;

  @Resource ManagedExecutorService executor;

  @POST
  @Path("{key}")
  public Response push(
      @PathParam("key") String rawKey,
      @HeaderParam(WebhookSignature.HEADER) String signature,
      byte[] body) {
    RepositoryKey key = RepositoryKeys.parse(rawKey);
    Optional<String> secret = admin.webhookSecret(key);
    if (secret.isEmpty()) {
      return RepositoryResource.notFound(rawKey);
    }
    if (!WebhookSignature.matches(secret.get(), body == null ? new byte[0] : body, signature)) {
      return Problems.of(
          Response.Status.UNAUTHORIZED,
          "The " + WebhookSignature.HEADER + " header is missing or does not sign this body.");
    }
    sync.syncSoon(key, executor);
    return Response.accepted().build();
  }
}
