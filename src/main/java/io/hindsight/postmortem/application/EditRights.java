package io.hindsight.postmortem.application;

import java.util.List;

/**
 * Who may change a post-mortem's text: its authors while it is a draft or sent back, and also its
 * chosen reviewers once it is published (as a new revision); only responders, never a viewer.
 */
public record EditRights(String status, List<String> authors, List<String> reviewers) {

  public static EditRights of(PostmortemView view) {
    return new EditRights(view.status(), view.authors(), view.reviewers());
  }

  public boolean author(String user) {
    return authors.contains(user);
  }

  /** A reviewer the authors chose who is not an author too. */
  public boolean chosenReviewer(String user) {
    return reviewers.contains(user) && !author(user);
  }

  public boolean mayEdit(String user, boolean responder) {
    if (!responder) {
      return false;
    }
    return switch (status) {
      case "draft", "changes_requested" -> author(user);
      case "published" -> author(user) || chosenReviewer(user);
      default -> false;
    };
  }
}
