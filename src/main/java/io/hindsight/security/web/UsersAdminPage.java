package io.hindsight.security.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.AccountChanges;
import io.hindsight.security.application.AccountService;
import io.hindsight.security.domain.InvalidUsernameException;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Admin: the users and their roles. */
@Named
@ViewScoped
public class UsersAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private String username;
  private String displayName;
  private String password;
  private Role role = Role.VIEWER;
  private List<UserAccount> users;
  private Username editing;
  private long editingVersion;
  private String editDisplayName;
  private List<String> editRoles = List.of();
  private boolean editEnabled;
  private String temporaryPassword;

  public List<UserAccount> getUsers() {
    if (users == null) {
      users = accounts.all();
    }
    return users;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public void create() {
    try {
      Username name = Username.of(username == null ? "" : username);
      String shown =
          displayName == null || displayName.isBlank() ? name.value() : displayName.strip();
      if (shown.length() > 200) {
        FacesMessages.error("The display name can have at most 200 characters.");
        return;
      }
      accounts.create(
          name, shown, password == null ? new char[0] : password.toCharArray(), Set.of(role));
      FacesMessages.info("Created " + name.value() + " as " + role.groupName() + ".");
      username = null;
      displayName = null;
      users = null;
    } catch (InvalidUsernameException | FieldRefused | StateConflict refused) {
      FacesMessages.error(refused.getMessage());
    } finally {
      password = null;
    }
  }

  public void edit(String name) {
    accounts
        .find(Username.of(name))
        .ifPresentOrElse(
            account -> {
              editing = account.username();
              editingVersion = account.version();
              editDisplayName = account.displayName();
              editRoles = account.roles().stream().sorted().map(Role::name).toList();
              editEnabled = account.enabled();
            },
            () -> FacesMessages.error("There is no user " + name + "."));
  }

  public String save() {
    if (editing == null) {
      return null;
    }
    if (editDisplayName == null || editDisplayName.isBlank() || editDisplayName.length() > 200) {
      FacesMessages.error("Nothing was saved: the display name needs 1 to 200 characters.");
      return null;
    }
    if (editRoles == null || editRoles.isEmpty()) {
      FacesMessages.error("Nothing was saved: choose at least one role.");
      return null;
    }
    if (editRoles.stream().anyMatch(role -> Role.fromName(role).isEmpty())) {
      FacesMessages.error("Nothing was saved: choose roles from the list.");
      return null;
    }
    try {
      accounts.update(
          editing,
          editingVersion,
          new AccountChanges(
              editDisplayName.strip(),
              editRoles.stream()
                  .flatMap(role -> Role.fromName(role).stream())
                  .collect(Collectors.toSet()),
              editEnabled));
      FacesMessages.infoAfterRedirect("Saved " + editing.value() + ".");
      return "/admin/index?faces-redirect=true";
    } catch (FieldRefused | StateConflict | StaleVersion | NotFound refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
      return null;
    }
  }

  public String resetPassword() {
    if (editing == null) {
      return null;
    }
    try {
      accounts.resetPassword(
          editing, temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray());
      FacesMessages.infoAfterRedirect(
          "Reset the password of "
              + editing.value()
              + ": they must choose a new one at their next sign-in; their sessions and API tokens"
              + " no longer work.");
      return "/admin/index?faces-redirect=true";
    } catch (FieldRefused | NotFound refused) {
      FacesMessages.error("The password was not reset: " + refused.getMessage());
      return null;
    } finally {
      temporaryPassword = null;
    }
  }

  public String cancel() {
    return "/admin/index?faces-redirect=true";
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getEditingName() {
    return editing == null ? null : editing.value();
  }

  public String getEditDisplayName() {
    return editDisplayName;
  }

  public void setEditDisplayName(String editDisplayName) {
    this.editDisplayName = editDisplayName;
  }

  public List<String> getEditRoles() {
    return editRoles;
  }

  public void setEditRoles(List<String> editRoles) {
    this.editRoles = editRoles;
  }

  public boolean isEditEnabled() {
    return editEnabled;
  }

  public void setEditEnabled(boolean editEnabled) {
    this.editEnabled = editEnabled;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
