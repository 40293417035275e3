package io.hindsight.postmortem.web;

import io.hindsight.postmortem.application.PostmortemView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

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

  /** "breached", "met" or "no target": the editor and the printable page say the same. */
  public String sla(PostmortemView.SlaFact fact) {
    if (fact.breached()) {
      return "breached";
    }
    return fact.targetMinutes() == null ? "no target" : "met";
  }

  /** User names as a list for a sentence: "alice, bob", or "none" when there are none. */
  public String people(List<String> names) {
    return names == null || names.isEmpty() ? "none" : String.join(", ", names);
  }
}
