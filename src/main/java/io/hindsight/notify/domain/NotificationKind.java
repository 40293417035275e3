package io.hindsight.notify.domain;

import java.util.Locale;
import java.util.Optional;

/** What a notification is about; preferences and channel settings are per kind. */
public enum NotificationKind {
  ESCALATION,
  STATUS_UPDATE_DUE,
  POSTMORTEM_CREATED,
  POSTMORTEM_DUE_SOON,
  POSTMORTEM_DUE,
  POSTMORTEM_OVERDUE,
  REVIEW_REQUESTED,
  CHANGES_REQUESTED,
  POSTMORTEM_APPROVED,
  ACTION_ASSIGNED,
  ACTION_DUE_SOON,
  ACTION_OVERDUE,
  RUNBOOK_REVIEW_ASSIGNED,
  RUNBOOK_REVIEW_DUE,
  RUNBOOK_REVIEW_OVERDUE,
  /** A reviewer's weekly digest of the runbook reviews due. */
  RUNBOOK_REVIEW_DIGEST,
  CHANGE_REVIEW_REQUESTED,
  CHANGE_REVIEWED,
  CHANGE_MERGED,
  CHANGE_CLOSED,
  CHANNEL_TEST,
  DAILY_DIGEST,
  /** A change request opened or updated as a pull request on its repository's forge. */
  FORGE_PULL_REQUEST;

  /** The kind spelled as the API and pages spell it ({@code status_update_due}), in any case. */
  public static Optional<NotificationKind> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (NotificationKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Escalations and the P0/P1 cadence reach the people on the chain whatever they choose. */
  public boolean mandatory() {
    return this == ESCALATION || this == STATUS_UPDATE_DUE;
  }

  /**
   * Kinds a user has a preference for (channel tests go to admins' receivers, not people; the
   * digest is how a preference is delivered; pull requests go to forges).
   */
  public boolean choosable() {
    return this != CHANNEL_TEST && this != DAILY_DIGEST && this != FORGE_PULL_REQUEST;
  }

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
