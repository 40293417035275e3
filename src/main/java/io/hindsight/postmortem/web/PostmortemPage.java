package io.hindsight.postmortem.web;

import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.platform.web.FieldErrors;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.application.EditRights;
import io.hindsight.postmortem.application.IncidentFacts;
import io.hindsight.postmortem.application.NotBlameMarks;
import io.hindsight.postmortem.application.PostmortemChanged;
import io.hindsight.postmortem.application.PostmortemDocument;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.PostmortemViews;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One post-mortem: facts, timeline picker, sections with live preview and blame check, impact,
 * factors and authors, saved with the version the author loaded.
 */
@Named
@ViewScoped
public class PostmortemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  @Inject PostmortemService service;
  @Inject BlameCheck blame;
  @Inject NotBlameMarks marks;
  @Inject PostmortemViews views;
  @Inject CallerIdentity identity;

  private String key;
  private String found;
  private String problem;
  private final EditorState editor = new EditorState();
  private String reason;
  private SavedElsewhere conflict;
  private boolean revising;
  private final FieldErrors errors = new FieldErrors();
  private transient PostmortemView view;
  private transient EditorWarnings warnings;
  private transient IncidentFacts facts;

  public void load() {
    try {
      PostmortemKey parsed =
          PostmortemKey.parse(key)
              .orElseThrow(() -> NotFound.of("post-mortem", EditorState.shorten(key)));
      Postmortem postmortem = service.visible(parsed, identity.caller());
      found = postmortem.key().value();
      fill(postmortem);
    } catch (NotFound missing) {
      problem = missing.getMessage();
      found = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  private void fill(Postmortem postmortem) {
    view = views.detail(postmortem);
    editor.fill(postmortem, view);
    reason = null;
    conflict = null;
  }

  /** Rereads the stored post-mortem, dropping unsaved edits: after a workflow step. */
  public void reload() {
    fill(service.visible(postmortemKey(), identity.caller()));
  }

  /** Forgets the cached view so that the page shows fresh data. */
  public void refresh() {
    view = null;
    facts = null;
    warnings = null;
  }

  /** Parts of the page that save on their own (the action item form) refresh it this way. */
  void onChange(@Observes(notifyObserver = Reception.IF_EXISTS) PostmortemChanged changed) {
    refresh();
  }

  public PostmortemView getView() {
    if (view == null && found != null) {
      view = views.detail(service.visible(postmortemKey(), identity.caller()));
    }
    return view;
  }

  public IncidentFacts getFacts() {
    if (facts == null && found != null) {
      facts = service.facts(service.visible(postmortemKey(), identity.caller()));
    }
    return facts;
  }

  public String getDuration() {
    return getFacts() == null ? "" : PostmortemDocument.human(getFacts().duration());
  }

  public PostmortemKey postmortemKey() {
    return PostmortemKey.parse(found).orElseThrow();
  }

  public void save() {
    errors.clear();
    if (!isEditable()) {
      FacesMessages.error("You cannot edit this post-mortem now.");
      return;
    }
    try {
      Postmortem saved =
          service.update(
              postmortemKey(),
              editor.loadedVersion(),
              editor.content(),
              Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty()),
              identity.caller());
      fill(saved);
      revising = false;
      FacesMessages.info("Saved as revision " + saved.revision() + ".");
    } catch (FieldRefused refused) {
      errors.putAll("", refused);
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
    } catch (StateConflict refused) {
      errors.put("reason", refused.getMessage());
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
    } catch (StaleVersion | OptimisticLockException stale) {
      savedElsewhere();
    } catch (NotFound gone) {
      FacesMessages.error(gone.getMessage());
    }
    view = null;
  }

  private void savedElsewhere() {
    conflict = SavedElsewhere.of(service.visible(postmortemKey(), identity.caller()));
    FacesMessages.error(conflict.message());
  }

  /** After a conflict: saves the author's text based on the version someone else saved. */
  public void saveOverTheirs() {
    if (conflict == null) {
      save();
      return;
    }
    editor.rebase(conflict.version());
    conflict = null;
    save();
  }

  /** The section's Markdown as sanitized HTML. */
  public String preview(String section) {
    return RENDERER.render(editor.section(section)).html();
  }

  public List<WarningRow> warnings(String section) {
    return editorWarnings().ofSection(section);
  }

  public List<WarningRow> factorWarnings(FactorRow factor) {
    return editorWarnings().ofFactor(factor);
  }

  public int getOpenWarnings() {
    return editorWarnings().open();
  }

  private EditorWarnings editorWarnings() {
    if (warnings == null) {
      warnings =
          new EditorWarnings(
              editor,
              blame::lint,
              () -> marks.sentences(service.visible(postmortemKey(), identity.caller())));
    }
    return warnings;
  }

  public boolean isAuthor() {
    return getView() != null && EditRights.of(getView()).author(me());
  }

  public boolean isChosenReviewer() {
    return getView() != null && EditRights.of(getView()).chosenReviewer(me());
  }

  /** Whether the editor is open: a published post-mortem opens read-only until "Edit". */
  public boolean isEditable() {
    return isMayEdit() && (!isPublished() || revising);
  }

  /** Whether the caller may change the text now, in the editor or as a new revision. */
  public boolean isMayEdit() {
    return getView() != null && EditRights.of(getView()).mayEdit(me(), identity.responder());
  }

  /** Whether the page offers "Edit (new revision)" on a published post-mortem. */
  public boolean isCanRevise() {
    return isPublished() && isMayEdit() && !revising;
  }

  /** Opens the editor on a published post-mortem; saving it stores a new revision. */
  public void revise() {
    if (!isPublished() || !isMayEdit()) {
      FacesMessages.error("You cannot edit this post-mortem now.");
      return;
    }
    fill(service.visible(postmortemKey(), identity.caller()));
    revising = true;
  }

  /** Leaves the editor of a published post-mortem without saving. */
  public void stopRevising() {
    revising = false;
    reload();
  }

  public boolean isPublished() {
    return getView() != null && "published".equals(getView().status());
  }

  String me() {
    return identity.caller().username().value();
  }

  public EditorState getEditor() {
    return editor;
  }

  public Map<String, String> getErrors() {
    return errors.asMap();
  }

  public FieldErrors fieldErrors() {
    return errors;
  }

  public SavedElsewhere getConflict() {
    return conflict;
  }

  public String getProblem() {
    return problem;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
