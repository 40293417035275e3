package io.hindsight.notify.api;

import io.hindsight.notify.application.NotificationPreferences;
import io.hindsight.notify.domain.ChannelModes;
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
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/me/notification-preferences}: {@code {"postmortem_overdue": {"email": "digest",
 * "chat": "off"}, …}}, per kind the mode of each personal channel (email: {@code immediately},
 * {@code digest} or {@code off}; chat: {@code immediately} or {@code off}). A {@code PUT} changes
 * the kinds and channels it names: a string sets every channel of the kind ({@code "digest"}: the
 * email in the digest, chat off), an object the channels it names.
 */
@Path("me/notification-preferences")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationPreferencesResource {

  @Inject NotificationPreferences preferences;
  @Inject CallerIdentity identity;

  @GET
  public JsonObject get() {
    return json(preferences.of(identity.caller().username()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject change(String text) {
    JsonObject body = object(text, "A JSON object of kinds and modes is required.");
    Map<String, Map<String, String>> requested = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
      String kind = entry.getKey();
      if (entry.getValue() instanceof JsonString mode) {
        requested.put(kind, Map.of(NotificationPreferences.EVERY_CHANNEL, mode.getString()));
      } else if (entry.getValue() instanceof JsonObject channels) {
        Map<String, String> modes = new LinkedHashMap<>();
        channels.forEach(
            (channel, value) -> {
              if (value instanceof JsonString mode
                  && !channel.equals(NotificationPreferences.EVERY_CHANNEL)) {
                modes.put(channel, mode.getString());
              } else {
                refused.put(kind + "." + channel, "must be immediately, digest or off");
              }
            });
        requested.put(kind, modes);
      } else {
        refused.put(kind, "must be immediately, digest or off, or an object of channels and modes");
      }
    }
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    return json(preferences.change(identity.caller().username(), requested));
  }

  private static JsonObject json(Map<String, ChannelModes> modes) {
    JsonObjectBuilder json = Jsonp.object();
    modes.forEach(
        (kind, mode) ->
            json.add(
                kind,
                Jsonp.object()
                    .add("email", mode.email().spelling())
                    .add("chat", mode.chat().spelling())));
    return json.build();
  }

  /** The body as a JSON object, or a refusal saying {@code required}. */
  static JsonObject object(String text, String required) {
    try (JsonReader reader = Jsonp.reader(new StringReader(text == null ? "" : text))) {
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
