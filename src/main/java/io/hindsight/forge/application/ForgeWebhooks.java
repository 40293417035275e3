package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeOnForge;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.PullRequestState;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * A forge's webhook for a repository: verified the way its forge signs, with the repository's
 * webhook secret; a replay refused on every node; a review or comment there recorded on the change
 * request; a pull request merged or closed there closes its change request with the same loop as an
 * internal merge or close.
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
    UNKNOWN_PULL_REQUEST,
    RECORDED,
    MERGED,
    CLOSED
  }

  /** Compared against when the repository is unknown, so that both answers take as long. */
  private static final String NO_SECRET = "no repository has this webhook secret";

  /** The longest delivery id kept as it is; a longer one is kept as its digest. */
  private static final int MAX_ID = 120;

  @Inject RepositoryAdmin admin;
  @Inject ForgeLinks links;
  @Inject Forges forges;
  @Inject ChangeOnForge changes;
  @Inject PullRequestOutcomes outcomes;
  @Inject ForgeRemarks remarks;
  @Inject WebhookDeliveries deliveries;
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
    if (!firstSeen(key.get(), forge, delivery)) {
      return Outcome.REPLAY;
    }
    Optional<PullRequestRemark> remark = forge.remark(delivery);
    if (remark.isPresent()) {
      return remarks
          .record(key.get(), link.get().kind(), remark.get())
          .map(recorded -> Outcome.RECORDED)
          .orElse(Outcome.UNKNOWN_PULL_REQUEST);
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

  /**
   * Whether this is the first time any node received the delivery (by the forge's delivery id, or
   * the body's digest when the forge sent none).
   */
  private boolean firstSeen(RepositoryKey key, Forge forge, WebhookDelivery delivery) {
    String id =
        forge
            .deliveryId(delivery)
            .map(given -> given.length() <= MAX_ID ? given : "id-sha256=" + sha256(given))
            .orElseGet(() -> "body-sha256=" + RemarkPayloads.sha256(delivery.body()));
    try {
      return deliveries.remember(key.value() + ":" + id, clock.instant());
    } catch (PersistenceException | TransactionalException rememberedByAnotherNodeAtOnce) {
      return false;
    }
  }

  private static String sha256(String text) {
    return RemarkPayloads.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
