package io.hindsight.forge.application;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An inbound webhook as received: its headers (names in lower case) and raw body. */
public record WebhookDelivery(Map<String, String> headers, byte[] body) {

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }
}
