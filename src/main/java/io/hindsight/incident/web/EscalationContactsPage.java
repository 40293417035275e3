package io.hindsight.incident.web;

import io.hindsight.incident.application.EscalationContacts;
import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRole;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Admin: the people of the escalation chain. One form adds a contact or, after "Edit", changes the
 * chosen one; a change made meanwhile by someone else is refused, not overwritten.
 */
@Named
@ViewScoped
public class EscalationContactsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/admin/escalation-contacts?faces-redirect=true";

  @Inject EscalationContacts contacts;

  private Long editing;
  private long editingVersion;
  private String name;
  private EscalationRole role = EscalationRole.PRIMARY_ON_CALL;
  private String email;
  private String chatHandle;

  public List<EscalationContact> getContacts() {
    return contacts.all();
  }

  public EscalationRole[] getRoles() {
    return EscalationRole.values();
  }

  public String roleLabel(EscalationRole value) {
    return switch (value) {
      case PRIMARY_ON_CALL -> "Primary on-call";
      case SECONDARY_ON_CALL -> "Secondary on-call";
      case ENGINEERING_MANAGER -> "Engineering manager";
      case CTO -> "CTO";
    };
  }

  public void edit(long id) {
    contacts
        .find(id)
        .ifPresentOrElse(
            contact -> {
              editing = contact.id();
              editingVersion = contact.version();
              name = contact.name();
              role = contact.role();
              email = contact.email().orElse(null);
              chatHandle = contact.chatHandle().orElse(null);
            },
            () -> FacesMessages.error("That contact was removed meanwhile."));
  }

  public String save() {
    try {
      if (editing == null) {
        EscalationContact added = contacts.add(name, role, email, chatHandle);
        FacesMessages.infoAfterRedirect("Added " + added.name() + ".");
      } else {
        EscalationContact changed =
            contacts.change(editing, editingVersion, name, role, email, chatHandle);
        FacesMessages.infoAfterRedirect("Saved " + changed.name() + ".");
      }
      return SELF;
    } catch (FieldRefused | NotFound | StaleVersion refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
      return null;
    }
  }

  public String cancel() {
    return SELF;
  }

  public String remove(long id) {
    return contacts
        .remove(id)
        .map(
            removed -> {
              FacesMessages.infoAfterRedirect("Removed " + removed.name() + ".");
              return SELF;
            })
        .orElseGet(
            () -> {
              FacesMessages.error("That contact was removed meanwhile.");
              return null;
            });
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public EscalationRole getRole() {
    return role;
  }

  public void setRole(EscalationRole role) {
    this.role = role;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getChatHandle() {
    return chatHandle;
  }

  public void setChatHandle(String chatHandle) {
    this.chatHandle = chatHandle;
  }
}
