package io.hindsight.change.web;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.ChangeRequestService;
import io.hindsight.change.application.OpenChange;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * "Propose a change" on a runbook page, "Open a change" on a runbook-update action item or a
 * feedback item: opens a change request (or finds the one open) and goes to its editor.
 */
@Named
@RequestScoped
public class ProposeChange {

  @Inject ChangeRequestService service;
  @Inject CallerIdentity identity;

  public boolean isAllowed() {
    return identity.signedIn().isPresent() && ChangeRules.mayOpen(ChangeActors.of(identity));
  }

  /** Opens a change of the runbook the page's form names, or the caller's open one of it. */
  public String open() {
    java.util.Map<String, String> form =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap();
    String repo = form.getOrDefault("propose-repo", "");
    String path = form.getOrDefault("propose-path", "");
    return opened(
        new OpenChange(
            Optional.of(repo + "/" + path),
            SourceKind.RUNBOOK,
            Optional.empty(),
            Optional.empty()));
  }

  /** Opens the change an item asks for: {@code action-item} or {@code feedback} and its id. */
  public String openFrom(String sourceKind, long sourceId) {
    Optional<SourceKind> kind = SourceKind.parse(sourceKind);
    if (kind.isEmpty()) {
      FacesMessages.error("Nothing here opens a change from \"" + sourceKind + "\".");
      return null;
    }
    return opened(
        new OpenChange(
            Optional.empty(), kind.get(), Optional.of(String.valueOf(sourceId)), Optional.empty()));
  }

  /** Opens the change of the feedback item whose button was pressed (its id the button's value). */
  public String openFeedback() {
    String raw =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("open-change:open", "");
    try {
      return openFrom(SourceKind.FEEDBACK.slug(), Long.parseLong(raw.strip()));
    } catch (NumberFormatException notAnId) {
      FacesMessages.error("Say which feedback item the change is for.");
      return null;
    }
  }

  private String opened(OpenChange request) {
    try {
      long id = service.open(request, ChangeActors.of(identity), identity.caller()).change().id();
      return "/change.xhtml?faces-redirect=true&id=" + id;
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }
}
