package io.hindsight.postmortem.web;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemFilter;
import io.hindsight.postmortem.application.PostmortemOpening;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.PostmortemViews;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Post-mortems for the home page (the ones I write that are still open, with due-state counts) and
 * for an incident's page (its post-mortem, or a button to start one).
 */
@Named
@RequestScoped
public class MyPostmortems {

  @Inject PostmortemService service;
  @Inject PostmortemOpening opening;
  @Inject PostmortemViews views;
  @Inject CallerIdentity identity;

  /** Overdue first, then due soon, then the others; the earliest due first within each. */
  static final java.util.Comparator<PostmortemView> BY_DUE_STATE =
      java.util.Comparator.comparing(
              (PostmortemView p) ->
                  switch (p.dueState()) {
                    case "overdue" -> 0;
                    case "due_soon" -> 1;
                    default -> 2;
                  })
          .thenComparing(PostmortemView::dueAt);

  private List<PostmortemView> open;
  private final Map<String, PostmortemView> ofIncident = new HashMap<>();

  /** Post-mortems I am an author of that are not yet published or waived. */
  public List<PostmortemView> getOpen() {
    if (open == null) {
      open =
          service
              .list(
                  PostmortemFilter.all().withAuthor(identity.caller().username()),
                  identity.caller(),
                  0,
                  PostmortemsPage.LIMIT)
              .items()
              .stream()
              .filter(p -> !p.status().isClosed())
              .map(views::summary)
              .sorted(BY_DUE_STATE)
              .toList();
    }
    return open;
  }

  public long count(String dueState) {
    return getOpen().stream().filter(p -> p.dueState().equals(dueState)).count();
  }

  /**
   * The post-mortem of an incident, when there is one the caller may see; else null. Only found
   * ones are remembered: a post-mortem may open during the request (the incident is resolved).
   */
  public PostmortemView of(String incidentKey) {
    PostmortemView known = ofIncident.get(incidentKey);
    if (known != null) {
      return known;
    }
    Optional<PostmortemView> found =
        IncidentKey.parse(incidentKey)
            .flatMap(
                key -> {
                  try {
                    return Optional.of(
                        views.summary(service.visible(PostmortemKey.of(key), identity.caller())));
                  } catch (NotFound none) {
                    return Optional.empty();
                  }
                });
    found.ifPresent(view -> ofIncident.put(incidentKey, view));
    return found.orElse(null);
  }

  public boolean isResponder() {
    return identity.responder();
  }

  /** Opens the post-mortem of a resolved incident and goes to it. */
  public String start(String incidentKey) {
    if (!identity.responder()) {
      FacesMessages.error("Only responders can start a post-mortem.");
      return null;
    }
    try {
      IncidentKey key =
          IncidentKey.parse(incidentKey)
              .orElseThrow(() -> NotFound.of("incident", String.valueOf(incidentKey)));
      Postmortem started = opening.start(key, identity.caller());
      FacesMessages.infoAfterRedirect("Post-mortem " + started.key() + " started.");
      return "/postmortem?faces-redirect=true&key=" + started.key().value();
    } catch (StateConflict | NotFound refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }
}
