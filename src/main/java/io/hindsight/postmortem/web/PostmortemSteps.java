package io.hindsight.postmortem.web;

import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemReview;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The review workflow from the post-mortem page: submit to chosen reviewers, approve, request
 * changes, publish, waive. Each step works on the stored content, not on unsaved edits.
 */
@Named
@ViewScoped
public class PostmortemSteps implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemPage page;
  @Inject PostmortemService service;
  @Inject PostmortemReview review;
  @Inject UserAccounts users;
  @Inject CallerIdentity identity;

  private List<String> reviewers = new ArrayList<>();
  private String note;
  private String waiveReason;

  /** Enabled users with the reviewer role who are not authors of this post-mortem. */
  public List<String> getReviewerCandidates() {
    PostmortemView view = page.getView();
    List<String> authors = view == null ? List.of() : view.authors();
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(account -> account.roles().stream().anyMatch(r -> r.implies(Role.REVIEWER)))
        .map(account -> account.username().value())
        .filter(name -> !authors.contains(name))
        .toList();
  }

  public boolean isReviewerRole() {
    return identity.hasRole(Role.REVIEWER);
  }

  public boolean isCanSubmit() {
    return is("draft", "changes_requested") && page.isAuthor() && identity.responder();
  }

  public boolean isCanReview() {
    return is("in_review") && page.isChosenReviewer() && isReviewerRole();
  }

  public boolean isCanPublish() {
    return is("approved") && (page.isAuthor() || page.isChosenReviewer()) && identity.responder();
  }

  public boolean isCanWaive() {
    return is("draft", "in_review", "changes_requested")
        && isReviewerRole()
        && identity.responder()
        && Severity.parse(page.getView().severity()).map(review::waivable).orElse(false);
  }

  private boolean is(String... statuses) {
    PostmortemView view = page.getView();
    return view != null && List.of(statuses).contains(view.status());
  }

  public void submit() {
    step(
        "reviewers",
        () -> {
          Set<Username> chosen = new LinkedHashSet<>();
          for (String name : reviewers) {
            chosen.add(
                Username.parse(name)
                    .orElseThrow(() -> FieldRefused.field("reviewers", "Choose reviewers.")));
          }
          review.submit(page.postmortemKey(), chosen, identity.caller());
          reviewers = new ArrayList<>();
          return "Submitted for review.";
        });
  }

  public void approve() {
    step(
        "review",
        () -> {
          review.approve(page.postmortemKey(), identity.caller());
          return "Approved. An author or reviewer can publish it now.";
        });
  }

  public void requestChanges() {
    step(
        "note",
        () -> {
          review.requestChanges(page.postmortemKey(), note, identity.caller());
          note = null;
          return "Changes requested; the authors can edit it again.";
        });
  }

  public void publish() {
    step(
        "publish",
        () -> {
          review.publish(page.postmortemKey(), identity.caller());
          return "Published.";
        });
  }

  public void waive() {
    step(
        "waiveReason",
        () -> {
          review.waive(page.postmortemKey(), waiveReason, identity.caller());
          waiveReason = null;
          return "Waived.";
        });
  }

  /** Runs one step; a refusal is shown next to the step's form and nothing changes. */
  private void step(String field, Supplier<String> change) {
    page.fieldErrors().clear();
    if (!identity.responder()) {
      FacesMessages.error("Only responders and reviewers take post-mortems through review.");
      return;
    }
    try {
      String done = change.get();
      page.reload();
      FacesMessages.info(done);
    } catch (StateConflict refused) {
      page.fieldErrors().put(field, refused.getMessage());
      FacesMessages.error(refused.getMessage());
      page.refresh();
    } catch (FieldRefused refused) {
      page.fieldErrors().put(field, refused.getMessage());
      FacesMessages.error(refused.getMessage());
      page.refresh();
    } catch (NotFound gone) {
      FacesMessages.error(gone.getMessage());
    }
  }

  public List<String> getReviewers() {
    return reviewers;
  }

  public void setReviewers(List<String> reviewers) {
    this.reviewers = reviewers == null ? new ArrayList<>() : new ArrayList<>(reviewers);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getWaiveReason() {
    return waiveReason;
  }

  public void setWaiveReason(String waiveReason) {
    this.waiveReason = waiveReason;
  }
}
