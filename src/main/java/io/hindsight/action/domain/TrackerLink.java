package io.hindsight.action.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link to the item in an issue tracker: any absolute http or https URL with a host. */
public record TrackerLink(String value) {

  public static final int MAX_LENGTH = 2000;

  public TrackerLink {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  public static TrackerLink of(String value) {
    return new TrackerLink(value == null ? null : value.strip());
  }

  static String problemWith(String value) {
    if (value == null || value.isBlank()) {
      return "A tracker link is required.";
    }
    if (value.length() > MAX_LENGTH) {
      return "A tracker link has at most " + MAX_LENGTH + " characters.";
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "A tracker link must start with http:// or https://.";
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return "A tracker link must name a host.";
      }
      return null;
    } catch (URISyntaxException e) {
      return "A tracker link must be a valid URL.";
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
