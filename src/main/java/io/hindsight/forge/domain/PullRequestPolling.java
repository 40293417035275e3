package io.hindsight.forge.domain;

import io.hindsight.change.domain.ChangeState;
import java.util.Optional;

/**
 * The poll that covers missed webhooks: what it does with each pull request still open in
 * Hindsight's records, and what it makes of a forge that does not answer.
 */
public final class PullRequestPolling {

  /** How many open pull requests one run asks about at most, those checked longest ago first. */
  public static final int BATCH = 100;

  private PullRequestPolling() {}

  /**
   * A change request already merged or closed in Hindsight needs no question to the forge: its
   * record only catches up. Any other is asked about.
   */
  public static Optional<PullRequestState> settledBy(ChangeState change) {
    return switch (change) {
      case MERGED -> Optional.of(PullRequestState.MERGED);
      case CLOSED -> Optional.of(PullRequestState.CLOSED);
      default -> Optional.empty();
    };
  }

  /**
   * Whether a failed question means the forge is busy or down (rate limited, 5xx, unreachable), so
   * that the run asks it nothing more and the next run tries again.
   */
  public static boolean forgeUnwell(int status, boolean retryAfter) {
    return retryAfter || status == 0 || status == 429 || status >= 500;
  }

  /**
   * The note for the admin when the forge answered about pull request {@code number} with an error.
   */
  public static String note(ForgeKind kind, long number, int status, String failure) {
    if (status == 404) {
      return "Pull request #"
          + number
          + " is gone from "
          + kind.label()
          + " (HTTP 404): it was deleted there, or the token can no longer see the project."
          + " Submit the change request again to open a new one, or close it in Hindsight.";
    }
    return "Hindsight could not check pull request #" + number + ": " + failure;
  }
}
