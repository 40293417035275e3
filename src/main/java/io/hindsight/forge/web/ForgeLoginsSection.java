package io.hindsight.forge.web;

import io.hindsight.forge.application.ForgeLogins;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forge part of the account page: who the signed-in person is on each kind of forge, so that a
 * pull request for a runbook they own asks them to review it. An empty field removes the login.
 */
@Named
@ViewScoped
public class ForgeLoginsSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ForgeLogins logins;
  @Inject SecurityContext security;

  private List<LoginRow> rows;

  /** One kind of forge and the login typed for it. */
  public static final class LoginRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ForgeKind kind;
    private String login;

    LoginRow(ForgeKind kind, String login) {
      this.kind = kind;
      this.login = login;
    }

    public String getKind() {
      return kind.spelling();
    }

    public String getLabel() {
      return kind.label();
    }

    public String getLogin() {
      return login;
    }

    public void setLogin(String login) {
      this.login = login;
    }
  }

  public List<LoginRow> getRows() {
    if (rows == null) {
      Map<ForgeKind, String> current = logins.of(me());
      rows = new ArrayList<>();
      for (ForgeKind kind : ForgeKind.values()) {
        rows.add(new LoginRow(kind, current.getOrDefault(kind, "")));
      }
    }
    return rows;
  }

  public void save() {
    Map<String, String> requested = new LinkedHashMap<>();
    for (LoginRow row : getRows()) {
      requested.put(row.getKind(), row.getLogin() == null ? "" : row.getLogin());
    }
    try {
      logins.change(me(), requested);
      FacesMessages.info("Your forge logins are saved.");
      rows = null;
    } catch (FieldRefused refused) {
      FacesMessages.error("Nothing was saved: " + ForgeFieldWords.of(refused));
    }
  }

  private Username me() {
    return Username.of(security.getCallerPrincipal().getName());
  }
}
