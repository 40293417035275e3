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

/** "Propose a change" on a runbook page: opens a change request and goes to its editor. */
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
    try {
      long id =
          service
              .open(
                  new OpenChange(
                      Optional.of(repo + "/" + path),
                      SourceKind.RUNBOOK,
                      Optional.empty(),
                      Optional.empty()),
                  ChangeActors.of(identity),
                  identity.caller())
              .change()
              .id();
      return "/change.xhtml?faces-redirect=true&id=" + id;
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }
}
