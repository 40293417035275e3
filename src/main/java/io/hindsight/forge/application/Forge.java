package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import java.util.List;
import java.util.Optional;

/**
 * One forge's API, a bean per kind: open or find a pull request, label it, ask for reviews, check a
 * token, and read and verify the forge's webhooks (pull requests merged or closed, reviews and
 * comments). Adding a forge is one more class.
 */
public interface Forge {

  ForgeKind kind();

  /** The open pull request from the draft's branch, opened now unless one exists already. */
  PullRequest openOrFind(ForgeAccess access, PullRequestDraft draft) throws ForgeFailure;

  /** Sets the title and body of an open pull request that was reused, to the draft's. */
  void describe(ForgeAccess access, long number, PullRequestDraft draft) throws ForgeFailure;

  void label(ForgeAccess access, long number, String label) throws ForgeFailure;

  void requestReview(ForgeAccess access, long number, List<String> logins) throws ForgeFailure;

  /**
   * Where pull request {@code number} stands now, read as the event it means (merged, closed, or
   * {@code OTHER} while open): for the poll that covers missed webhooks.
   */
  PullRequestEvent current(ForgeAccess access, long number) throws ForgeFailure;

  /** Checks the token's access to the project and the label, creating the label when allowed. */
  ConnectionCheck check(ForgeAccess access, String label) throws ForgeFailure;

  /** The header that names the signature or token this forge sends with webhooks. */
  String signatureHeader();

  /** Whether the delivery is signed (or carries the token) for {@code secret}. */
  boolean verifies(WebhookDelivery delivery, String secret);

  /** The delivery's id, for refusing replays: the forge's own id when it sends one. */
  Optional<String> deliveryId(WebhookDelivery delivery);

  /** The pull request event in a verified delivery, or empty for any other event. */
  Optional<PullRequestEvent> event(WebhookDelivery delivery);

  /**
   * The review, approval or comment on a pull request in a verified delivery, or empty for any
   * other event.
   */
  Optional<PullRequestRemark> remark(WebhookDelivery delivery);
}
