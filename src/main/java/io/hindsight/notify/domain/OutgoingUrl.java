package io.hindsight.notify.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The address of a chat or webhook receiver: an absolute http(s) URL with a host, no credentials in
 * it, and not Hindsight itself (a message posted to its own API would loop).
 */
public record OutgoingUrl(URI uri) {

  private static final Set<String> LOCAL_NAMES =
      Set.of("localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]", "ip6-localhost");

  /**
   * Refuses {@code value} for {@code field} unless it is a receiver's URL; {@code self} is the
   * address Hindsight is reached at (scheme, host and port).
   */
  public static OutgoingUrl parse(String value, String field, URI self) {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field(field, "must be an http or https URL");
    }
    if (value.strip().length() > 2000) {
      throw FieldRefused.field(field, "must be at most 2000 characters");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw FieldRefused.field(field, "must be an http or https URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw FieldRefused.field(field, "must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw FieldRefused.field(field, "must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      throw FieldRefused.field(field, "must not carry a user name or password");
    }
    if (self != null && pointsAt(uri, self)) {
      throw FieldRefused.field(field, "must not point at Hindsight itself");
    }
    return new OutgoingUrl(uri);
  }

  static boolean pointsAt(URI uri, URI self) {
    if (port(uri) != port(self)) {
      return false;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String selfHost = self.getHost() == null ? "" : self.getHost().toLowerCase(Locale.ROOT);
    return host.equals(selfHost) || (LOCAL_NAMES.contains(host) && LOCAL_NAMES.contains(selfHost));
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
