package io.hindsight.security.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.AccountService;
import io.hindsight.security.application.ApiTokenService;
import io.hindsight.security.application.IssuedToken;
import io.hindsight.security.domain.ApiToken;
import io.hindsight.security.domain.EmailAddress;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in user's own account: email address, password and API tokens. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject ApiTokenService tokens;
  @Inject SecurityContext security;

  private String currentPassword;
  private String newPassword;
  private String tokenName;
  private Integer tokenDays = 90;
  private String issuedSecret;
  private List<ApiToken> tokenList;
  private String email;
  private Boolean passwordChangeRequired;

  public List<ApiToken> getTokens() {
    if (tokenList == null) {
      tokenList = tokens.list(me());
    }
    return tokenList;
  }

  public void createToken() {
    if (tokenName == null || tokenName.isBlank() || tokenName.length() > 100) {
      FacesMessages.error("Give the token a name of 1 to 100 characters.");
      return;
    }
    if (tokenDays != null && (tokenDays < 1 || tokenDays > 365)) {
      FacesMessages.error("A token lives 1 to 365 days; leave the field empty for no expiry.");
      return;
    }
    IssuedToken issued = tokens.issue(me(), tokenName.strip(), Optional.ofNullable(tokenDays));
    issuedSecret = issued.secret().value();
    tokenName = null;
    tokenList = null;
    FacesMessages.info("Token created. Copy it now: it is shown only this once.");
  }

  public void revoke(long id) {
    tokens.revoke(me(), id);
    tokenList = null;
    FacesMessages.info("Token revoked.");
  }

  /** Where notifications are emailed; an empty field removes the address. */
  public void changeEmail() {
    try {
      Optional<EmailAddress> address =
          email == null || email.isBlank()
              ? Optional.empty()
              : Optional.of(EmailAddress.parse("email", email));
      UserAccount changed = accounts.changeEmail(me(), address);
      email = changed.email().orElse("");
      FacesMessages.info(
          address.isPresent()
              ? "Notifications are emailed to " + email + "."
              : "Your email address is removed: you get no notification emails.");
    } catch (FieldRefused | NotFound refused) {
      FacesMessages.error("Not saved: " + refused.getMessage());
    }
  }

  public String getEmail() {
    if (email == null) {
      email = accounts.find(me()).flatMap(UserAccount::email).orElse("");
    }
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** Signed in with the generated password: the page offers nothing but choosing one. */
  public boolean isPasswordChangeRequired() {
    if (passwordChangeRequired == null) {
      passwordChangeRequired =
          accounts.find(me()).map(UserAccount::passwordChangeRequired).orElse(false);
    }
    return passwordChangeRequired;
  }

  public void changePassword() {
    if (currentPassword == null || newPassword == null) {
      FacesMessages.error("Enter your current password and a new one.");
      return;
    }
    try {
      accounts.changePassword(me(), currentPassword.toCharArray(), newPassword.toCharArray());
      keepThisSession();
      tokenList = null;
      passwordChangeRequired = null;
      FacesMessages.info(
          "Your password has been changed. Your other sessions and your API tokens have ended.");
    } catch (FieldRefused | NotFound refused) {
      FacesMessages.error(refused.getMessage());
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  /** The new password ends every session but this one, which takes the new password's stamp. */
  private void keepThisSession() {
    Map<String, Object> session =
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    if (session.get(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
      accounts
          .find(me())
          .ifPresent(
              account ->
                  session.put(
                      SignedInUser.SESSION_ATTRIBUTE, user.withStamp(account.credentialStamp())));
    }
  }

  private Username me() {
    return Username.of(security.getCallerPrincipal().getName());
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public Integer getTokenDays() {
    return tokenDays;
  }

  public void setTokenDays(Integer tokenDays) {
    this.tokenDays = tokenDays;
  }
}
