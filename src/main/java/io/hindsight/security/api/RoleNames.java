package io.hindsight.security.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Role names from a request, refused by name when unknown. */
final class RoleNames {

  private RoleNames() {}

  static Set<Role> parse(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      roles.add(
          Role.fromName(name == null ? "" : name)
              .orElseThrow(
                  () ->
                      FieldRefused.field(
                          "roles",
                          "unknown role '"
                              + name
                              + "'; use viewer, responder, reviewer or admin")));
    }
    return roles;
  }
}
