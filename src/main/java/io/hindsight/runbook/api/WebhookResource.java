package io.hindsight.runbook.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.platform.crypto.TimestampedSignature.Verdict;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.SeenDeliveries;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Push webhooks ({@code POST /api/v1/webhooks/{key}}): authenticated by the HMAC-SHA256 signature
 * of the body under the repository's webhook secret, not by a user, either the forges' {@code
 * X-Hub-Signature-256} or Hindsight's own timestamped signature ({@link TimestampedSignature},
 * which is refused once stale, so that a captured delivery cannot be replayed after the replay
 * memory forgot it); a valid push starts a sync in the background, or has the running one sync
 * again right after, and answers 202.
 */
@Path("webhooks")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;

  @Resource ManagedExecutorService executor;

  /** Compared against when the key is unknown, so that both answers take as long. */
  private static final String NO_SECRET = "no repository has this webhook secret";

  /** Deliveries within a day, by the forge's delivery id or else the signature. */
  private static final SeenDeliveries SEEN = new SeenDeliveries(Duration.ofHours(24), 10_000);

  private static final List<String> DELIVERY_HEADERS =
      List.of("X-GitHub-Delivery", "X-Gitlab-Event-UUID", "X-Gitea-Delivery");

  @Inject Clock clock;

  /**
   * An unknown or malformed key is answered exactly like a wrong signature, so that the webhook
   * address does not tell strangers which repositories exist.
   */
  @POST
  @Path("{key}")
  @APIResponse(
      responseCode = "202",
      description = "The push is accepted; the repository syncs soon.")
  public Response push(
      @PathParam("key") String rawKey,
      @HeaderParam(WebhookSignature.HEADER) String signature,
      @Context HttpHeaders headers,
      byte[] body) {
    Optional<RepositoryKey> key = RepositoryKey.parse(rawKey);
    Optional<String> secret = key.flatMap(admin::webhookSecret);
    byte[] signed = body == null ? new byte[0] : body;
    String ours = headers.getHeaderString(TimestampedSignature.SIGNATURE_HEADER);
    String delivery;
    if (ours != null) {
      Verdict verdict =
          TimestampedSignature.check(
              secret.orElse(NO_SECRET),
              headers.getHeaderString(TimestampedSignature.TIMESTAMP_HEADER),
              signed,
              ours,
              clock.instant());
      if (secret.isEmpty() || verdict == Verdict.BAD_SIGNATURE) {
        return unsigned();
      }
      if (verdict == Verdict.STALE) {
        return Problems.of(
            Response.Status.UNAUTHORIZED,
            "The "
                + TimestampedSignature.TIMESTAMP_HEADER
                + " is more than "
                + TimestampedSignature.TOLERANCE.toMinutes()
                + " minutes from the server's time: a delivery is accepted only while fresh.");
      }
      delivery = "hindsight-signature=" + ours.strip();
    } else {
      boolean matches = WebhookSignature.matches(secret.orElse(NO_SECRET), signed, signature);
      if (secret.isEmpty() || !matches) {
        return unsigned();
      }
      delivery = deliveryId(headers, signature);
    }
    if (!SEEN.firstSeen(key.get() + ":" + delivery, clock.instant())) {
      return Problems.of(
          Response.Status.CONFLICT, "This delivery was received already; a replay is not synced.");
    }
    sync.syncSoon(key.get(), executor);
    return Response.accepted().build();
  }

  private static Response unsigned() {
    return Problems.of(
        Response.Status.UNAUTHORIZED,
        "The "
            + WebhookSignature.HEADER
            + " (or "
            + TimestampedSignature.SIGNATURE_HEADER
            + " with "
            + TimestampedSignature.TIMESTAMP_HEADER
            + ") header is missing or does not sign this body.");
  }

  private static String deliveryId(HttpHeaders headers, String signature) {
    for (String header : DELIVERY_HEADERS) {
      String id = headers.getHeaderString(header);
      if (id != null && !id.isBlank()) {
        return header + "=" + id.strip();
      }
    }
    return "signature=" + signature.strip();
  }
}
