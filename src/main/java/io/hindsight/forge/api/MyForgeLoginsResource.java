package io.hindsight.forge.api;

import io.hindsight.forge.application.ForgeLogins;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.json.Jsonp;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/me/forge-logins}: who the caller is on each forge, {@code {"github": "octocat"}};
 * a pull request asks them to review the runbooks they own. A blank login removes it.
 */
@Path("me/forge-logins")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class MyForgeLoginsResource {

  @Inject ForgeLogins logins;
  @Inject CallerIdentity identity;

  @GET
  public JsonObject get() {
    return json(logins.of(identity.caller().username()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject change(String text) {
    JsonObject body;
    try (JsonReader reader = Jsonp.reader(new StringReader(text == null ? "" : text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw FieldRefused.because("A JSON object of forges and logins is required.");
      }
      body = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw FieldRefused.because("A JSON object of forges and logins is required.");
    }
    Map<String, String> requested = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    body.forEach(
        (kind, login) -> {
          if (login instanceof JsonString s) {
            requested.put(kind, s.getString());
          } else if (login.getValueType() == JsonValue.ValueType.NULL) {
            requested.put(kind, "");
          } else {
            refused.put(kind, "must be a login (a string)");
          }
        });
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    return json(logins.change(identity.caller().username(), requested));
  }

  private static JsonObject json(Map<ForgeKind, String> logins) {
    JsonObjectBuilder json = Jsonp.object();
    logins.forEach((kind, login) -> json.add(kind.spelling(), login));
    return json.build();
  }
}
