package io.hindsight.notify.web;

import java.util.Map;

/** How the pages name each kind of notification. */
final class KindLabels {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("escalation", "Escalations"),
          Map.entry("status_update_due", "P0/P1 status update due"),
          Map.entry("postmortem_created", "Post-mortem to write"),
          Map.entry("postmortem_due_soon", "Post-mortem due in 24 hours"),
          Map.entry("postmortem_due", "Post-mortem due"),
          Map.entry("postmortem_overdue", "Post-mortem overdue (daily)"),
          Map.entry("review_requested", "Review requested"),
          Map.entry("changes_requested", "Changes requested"),
          Map.entry("postmortem_approved", "Post-mortem approved"),
          Map.entry("action_assigned", "Action item assigned"),
          Map.entry("action_due_soon", "Action item due in 3 days"),
          Map.entry("action_overdue", "Action item overdue (weekly)"),
          Map.entry("runbook_review_assigned", "Runbook review assigned"),
          Map.entry("runbook_review_due", "Runbook review due"),
          Map.entry("runbook_review_overdue", "Runbook review overdue"),
          Map.entry("runbook_review_digest", "Runbook reviews due (weekly digest)"),
          Map.entry("change_review_requested", "Runbook change to review"),
          Map.entry("change_reviewed", "Your runbook change reviewed"),
          Map.entry("change_merged", "Your runbook change merged"),
          Map.entry("change_closed", "Your runbook change closed"),
          Map.entry("channel_test", "Channel test"),
          Map.entry("daily_digest", "Daily digest"),
          Map.entry("forge_pull_request", "Pull request on a forge"));

  private KindLabels() {}

  static String of(String kind) {
    return LABELS.getOrDefault(kind, kind);
  }
}
