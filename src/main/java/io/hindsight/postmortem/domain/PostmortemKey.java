package io.hindsight.postmortem.domain;

import io.hindsight.incident.domain.IncidentKey;
import java.util.Optional;

/**
 * A post-mortem's key, {@code PM-2026-0042} for incident {@code INC-2026-0042}: one per incident.
 */
public record PostmortemKey(IncidentKey incident) {

  private static final String PREFIX = "PM-";

  public PostmortemKey {
    java.util.Objects.requireNonNull(incident, "incident");
  }

  public static PostmortemKey of(IncidentKey incident) {
    return new PostmortemKey(incident);
  }

  public static Optional<PostmortemKey> parse(String raw) {
    if (raw == null || !raw.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return IncidentKey.parse("INC-" + raw.substring(PREFIX.length())).map(PostmortemKey::new);
  }

  public String value() {
    return PREFIX + incident.value().substring("INC-".length());
  }

  @Override
  public String toString() {
    return value();
  }
}
