package io.hindsight.forge.api;

import io.hindsight.forge.application.ForgeWebhooks;
import io.hindsight.forge.application.WebhookDelivery;
import io.hindsight.platform.api.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/webhooks/forge/{key}}: a forge's pull request events for a repository,
 * authenticated by the forge's signature under the repository's webhook secret (GitHub {@code
 * X-Hub-Signature-256}, GitLab {@code X-Gitlab-Token}, Gitea {@code X-Gitea-Signature}), not by a
 * user. An unknown repository is answered like a bad signature, so that the address tells strangers
 * nothing; a replayed delivery is refused, whichever node received it first.
 */
@Path("webhooks/forge/{key}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ForgeWebhookResource {

  @Inject ForgeWebhooks webhooks;

  @POST
  @APIResponse(
      responseCode = "202",
      description =
          "Accepted: a merged or closed pull request closed its change request (outcome merged or"
              + " closed), a review or comment was recorded on it (recorded), or the event was not"
              + " one Hindsight follows (ignored, unknown_branch, unknown_pull_request).")
  public Response receive(@PathParam("key") String key, @Context HttpHeaders headers, byte[] body) {
    Map<String, String> named = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                named.put(name.toLowerCase(Locale.ROOT), values.get(0));
              }
            });
    ForgeWebhooks.Outcome outcome =
        webhooks.receive(key, new WebhookDelivery(named, body == null ? new byte[0] : body));
    return switch (outcome) {
      case UNSIGNED ->
          Problems.of(
              Response.Status.UNAUTHORIZED,
              "The forge's signature (GitHub X-Hub-Signature-256, Gitea X-Gitea-Signature) or token"
                  + " (GitLab X-Gitlab-Token) is missing or does not match the repository's webhook"
                  + " secret.");
      case NO_FORGE ->
          Problems.of(
              Response.Status.NOT_FOUND,
              "Repository " + key + " has no forge: set one before sending its webhooks here.");
      case REPLAY ->
          Problems.of(
              Response.Status.CONFLICT,
              "This delivery was received already; a replay changes nothing.");
      case UNKNOWN_BRANCH, UNKNOWN_PULL_REQUEST, IGNORED, RECORDED, MERGED, CLOSED ->
          Response.accepted(Map.of("outcome", outcome.name().toLowerCase(Locale.ROOT))).build();
    };
  }
}
