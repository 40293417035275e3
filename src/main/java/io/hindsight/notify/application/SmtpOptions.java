package io.hindsight.notify.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the mail session reaches the SMTP server beyond host and port: transport security ({@code
 * none}, {@code starttls} required, or {@code ssl} from the first byte) and, when a user is set,
 * authentication with a password given in plain ({@code HINDSIGHT_SMTP_PASSWORD}) or sealed by the
 * credential cipher ({@code HINDSIGHT_SMTP_PASSWORD_SEALED}, context {@value #SEALED_CONTEXT}).
 */
public final class SmtpOptions {

  public static final String SEALED_CONTEXT = "smtp-password";

  /** Transport security towards the SMTP server. */
  public enum Security {
    NONE,
    STARTTLS,
    SSL
  }

  private final Security security;
  private final Optional<String> user;
  private final Optional<String> password;

  private SmtpOptions(Security security, Optional<String> user, Optional<String> password) {
    this.security = security;
    this.user = user;
    this.password = password;
  }

  /**
   * The options as configured; refuses, naming the setting, an unknown security, a user without a
   * password, a password without a user, or a password given both ways.
   */
  public static SmtpOptions of(
      String security, String user, String password, String sealed, UnaryOperator<String> unseal) {
    Security mode;
    try {
      mode = Security.valueOf(blankless(security).orElse("none").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "HINDSIGHT_SMTP_SECURITY must be none, starttls or ssl, not \"" + security + "\"");
    }
    Optional<String> login = blankless(user);
    Optional<String> plain = blankless(password);
    Optional<String> sealedPassword = blankless(sealed);
    if (plain.isPresent() && sealedPassword.isPresent()) {
      throw new IllegalStateException(
          "Set HINDSIGHT_SMTP_PASSWORD or HINDSIGHT_SMTP_PASSWORD_SEALED, not both");
    }
    Optional<String> secret = plain.or(() -> sealedPassword.map(unseal));
    if (login.isPresent() != secret.isPresent()) {
      throw new IllegalStateException(
          "HINDSIGHT_SMTP_USER and a password (HINDSIGHT_SMTP_PASSWORD or"
              + " HINDSIGHT_SMTP_PASSWORD_SEALED) go together");
    }
    return new SmtpOptions(mode, login, secret);
  }

  private static Optional<String> blankless(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The JavaMail properties these options add to the session. */
  public Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>();
    if (security == Security.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    } else if (security == Security.SSL) {
      properties.put("mail.smtp.ssl.enable", "true");
    }
    if (security != Security.NONE) {
      properties.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    user.ifPresent(
        login -> {
          properties.put("mail.smtp.auth", "true");
          properties.put("mail.smtp.user", login);
        });
    return properties;
  }

  public Security security() {
    return security;
  }

  public Optional<String> user() {
    return user;
  }

  public Optional<String> password() {
    return password;
  }

  @Override
  public String toString() {
    return "SmtpOptions[" + security + ", user=" + user.orElse("none") + "]";
  }
}
