package io.hindsight.postmortem.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Words for post-mortem states on pages: the due state is always written, never colour only. */
@Named
@ApplicationScoped
public class PostmortemLabels {

  /** "due", "due soon", "overdue", "done" or "waived" for a view's due state word. */
  public String due(String dueState) {
    if (dueState == null) {
      return "";
    }
    return switch (dueState) {
      case "not_due" -> "due";
      case "due_soon" -> "due soon";
      default -> dueState.replace('_', ' ');
    };
  }

  /** "draft", "in review", "changes requested", … for a view's status word. */
  public String status(String status) {
    return status == null ? "" : status.replace('_', ' ');
  }
}
