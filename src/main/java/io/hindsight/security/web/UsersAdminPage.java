package io.hindsight.security.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
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
