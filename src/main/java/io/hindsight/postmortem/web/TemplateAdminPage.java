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

/**
 * The admin page of the post-mortem template: its sections, adding one and renaming one. Each
 * change is a new template version; existing post-mortems keep theirs.
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
