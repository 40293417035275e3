package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeOnForge;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.PullRequestState;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.SeenDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A forge's webhook for a repository: verified the way its forge signs, with the repository's
 * webhook secret; a replay refused; a pull request merged or closed there closes its change request
 * with the same loop as an internal merge or close.
 */
@ApplicationScoped
public class ForgeWebhooks {

  /** What a delivery came to. */
  public enum Outcome {
    UNSIGNED,
    NO_FORGE,
    REPLAY,
    IGNORED,
    UNKNOWN_BRANCH,
    MERGED,
    CLOSED
  }

  /** Compared against when the repository is unknown, so that both answers take as long. */
  private static final String NO_SECRET = "no repository has this webhook secret";

  private static final SeenDeliveries SEEN = new SeenDeliveries(Duration.ofHours(24), 10_000);

  @Inject RepositoryAdmin admin;
  @Inject ForgeLinks links;
  @Inject Forges forges;
  @Inject ChangeOnForge changes;
  @Inject PullRequestOutcomes outcomes;
  @Inject Clock clock;

  public Outcome receive(String rawKey, WebhookDelivery delivery) {
    Optional<RepositoryKey> key = RepositoryKey.parse(rawKey);
    Optional<String> secret = key.flatMap(admin::webhookSecret);
    Optional<ForgeLink> link = key.flatMap(links::find);
    Forge forge =
        link.flatMap(l -> forges.of(l.kind())).or(() -> forges.of(ForgeKind.GITHUB)).orElseThrow();
    boolean verified = forge.verifies(delivery, secret.orElse(NO_SECRET));
    if (secret.isEmpty() || !verified) {
      return Outcome.UNSIGNED;
    }
    if (link.isEmpty()) {
      return Outcome.NO_FORGE;
    }
    String id = forge.deliveryId(delivery).orElseGet(() -> sha256(delivery.body()));
    if (!SEEN.firstSeen("forge:" + key.get() + ":" + id, clock.instant())) {
      return Outcome.REPLAY;
    }
    Optional<PullRequestEvent> event = forge.event(delivery);
    if (event.isEmpty() || event.get().outcome() == PullRequestEvent.Outcome.OTHER) {
      return Outcome.IGNORED;
    }
    Optional<ChangeRequest> change = changes.byBranch(key.get(), event.get().branch());
    if (change.isEmpty()) {
      return Outcome.UNKNOWN_BRANCH;
    }
    return outcomes
        .apply(link.get().kind(), change.get(), event.get())
        .map(state -> state == PullRequestState.MERGED ? Outcome.MERGED : Outcome.CLOSED)
        .orElse(Outcome.IGNORED);
  }

  private static String sha256(byte[] body) {
    try {
      return "body-sha256="
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
