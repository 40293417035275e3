package io.hindsight.change.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.security.domain.Username;
import java.util.List;

/**
 * Reads the identifiers, versions and user names of change request calls; refuses malformed ones.
 */
final class ChangeRequestFields {

  private ChangeRequestFields() {}

  static long version(ChangeRequestBodies.Versioned body) {
    if (body == null) {
      throw new FieldRefused("A JSON body with the version you loaded is required.", List.of());
    }
    return version(body.version());
  }

  static long version(Long version) {
    if (version == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    return version;
  }

  static Username user(String field, String raw) {
    return Username.parse(raw).orElseThrow(() -> FieldRefused.field(field, "must be a username"));
  }

  static long id(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not an id
    }
    throw NotFound.of("change request", raw == null || raw.length() > 20 ? "?" : raw);
  }
}
