package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemTemplates;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.postmortem.domain.SectionDefinition;
import io.hindsight.postmortem.domain.SectionKey;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.BiFunction;

/**
 * The admin page of the post-mortem template: its sections, adding, renaming, moving and removing
 * one, and making one required or optional. Each change is a new template version; existing
 * post-mortems keep theirs.
 */
@Named
@ViewScoped
public class TemplateAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemTemplates templates;

  private String key;
  private String title;
  private String hint;
  private boolean required;
  private String renameKey;
  private String newTitle;
  private transient PostmortemTemplate template;

  public PostmortemTemplate getTemplate() {
    if (template == null) {
      template = templates.current();
    }
    return template;
  }

  public void add() {
    try {
      SectionDefinition section =
          new SectionDefinition(
              SectionKey.of(key == null ? "" : key.strip()), title, required, hint);
      PostmortemTemplate next = templates.change(current -> current.withSection(section));
      FacesMessages.info(
          "Added the section \""
              + section.title()
              + "\": template version "
              + next.version()
              + ".");
      key = null;
      title = null;
      hint = null;
      required = false;
      template = null;
    } catch (FieldRefused refused) {
      FacesMessages.error(refused.getMessage());
    }
  }

  public void rename() {
    try {
      SectionKey section = SectionKey.of(renameKey == null ? "" : renameKey);
      PostmortemTemplate next =
          templates.change(current -> current.withSectionRenamed(section, newTitle));
      FacesMessages.info("Renamed the section: template version " + next.version() + ".");
      newTitle = null;
      template = null;
    } catch (FieldRefused refused) {
      FacesMessages.error(refused.getMessage());
    }
  }

  public void moveUp(String section) {
    change(section, "Moved the section up", (t, k) -> t.withSectionMoved(k, -1));
  }

  public void moveDown(String section) {
    change(section, "Moved the section down", (t, k) -> t.withSectionMoved(k, 1));
  }

  public void remove(String section) {
    change(section, "Removed the section", PostmortemTemplate::withoutSection);
  }

  public void makeRequired(String section) {
    change(section, "The section is now required", (t, k) -> t.withSectionRequired(k, true));
  }

  public void makeOptional(String section) {
    change(section, "The section is now optional", (t, k) -> t.withSectionRequired(k, false));
  }

  private void change(
      String section,
      String done,
      BiFunction<PostmortemTemplate, SectionKey, PostmortemTemplate> change) {
    try {
      SectionKey key = SectionKey.of(section == null ? "" : section);
      PostmortemTemplate next = templates.change(current -> change.apply(current, key));
      FacesMessages.info(done + ": template version " + next.version() + ".");
      template = null;
    } catch (FieldRefused refused) {
      FacesMessages.error("Nothing was changed: " + refused.getMessage());
    }
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHint() {
    return hint;
  }

  public void setHint(String hint) {
    this.hint = hint;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getRenameKey() {
    return renameKey;
  }

  public void setRenameKey(String renameKey) {
    this.renameKey = renameKey;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }
}
