package io.hindsight.notify.api;

import io.hindsight.notify.application.NotificationPreferences;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/me/notification-preferences}: {@code {"postmortem_overdue": "off", …}}, one mode
 * ({@code immediately} or {@code off}) per kind; a {@code PUT} changes the kinds it names.
 */
@Path("me/notification-preferences")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationPreferencesResource {

  @Inject NotificationPreferences preferences;
  @Inject CallerIdentity identity;

  @GET
  public Map<String, String> get() {
    return preferences.of(identity.caller().username());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> change(String text) {
    JsonObject body = object(text, "A JSON object of kinds and modes is required.");
    Map<String, String> requested = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
      if (entry.getValue() instanceof JsonString mode) {
        requested.put(entry.getKey(), mode.getString());
      } else {
        refused.put(entry.getKey(), "must be immediately, digest or off");
      }
    }
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    return preferences.change(identity.caller().username(), requested);
  }

  /** The body as a JSON object, or a refusal saying {@code required}. */
  static JsonObject object(String text, String required) {
    try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException | IllegalStateException e) {
      // refused below
    }
    throw new FieldRefused(required, List.of());
  }
}
