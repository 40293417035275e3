package io.hindsight.notify.api;

import io.hindsight.notify.application.SmtpOptions;
import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/smtp-password/seal} {@code {"password": "…"}}: the password sealed with this
 * server's credential key, for {@code HINDSIGHT_SMTP_PASSWORD_SEALED}; nothing is stored. Admins
 * only.
 */
@Path("smtp-password/seal")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class SmtpPasswordResource {

  private static final int MAX_PASSWORD = 500;

  @Inject CredentialCipher cipher;

  public record Sealed(String sealed, String variable) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Sealed seal(String text) {
    JsonValue value =
        MyNotificationPreferencesResource.object(text, "A JSON object with a password is required.")
            .get("password");
    String password = value instanceof JsonString string ? string.getString() : "";
    if (password.isEmpty() || password.length() > MAX_PASSWORD) {
      throw FieldRefused.field(
          "password", "must be a string of 1 to " + MAX_PASSWORD + " characters");
    }
    return new Sealed(
        cipher.encrypt(password, SmtpOptions.SEALED_CONTEXT), "HINDSIGHT_SMTP_PASSWORD_SEALED");
  }
}
