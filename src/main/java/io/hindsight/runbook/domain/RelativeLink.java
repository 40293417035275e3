package io.hindsight.runbook.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link written in a repository file that points into the repository: a relative path, a fragment,
 * or both.
 *
 * @param path the repository-relative path it names, empty for a link within the same file
 * @param fragment the anchor after {@code #}, decoded, empty when there is none
 */
public record RelativeLink(Optional<String> path, Optional<String> fragment) {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  /** Why the link cannot point into the repository, or the link; empty for external links. */
  public static Optional<Resolution> resolve(RunbookPath from, String destination) {
    if (destination.isBlank()
        || SCHEME.matcher(destination).matches()
        || destination.startsWith("/")) {
      return Optional.empty();
    }
    int hash = destination.indexOf('#');
    String pathPart = hash < 0 ? destination : destination.substring(0, hash);
    Optional<String> fragment =
        hash < 0 ? Optional.empty() : Optional.of(decode(destination.substring(hash + 1)));
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    if (pathPart.isEmpty()) {
      return Optional.of(new Resolution(Optional.of(new RelativeLink(Optional.empty(), fragment))));
    }
    Deque<String> segments = new ArrayDeque<>();
    from.directory().ifPresent(dir -> segments.addAll(List.of(dir.split("/"))));
    for (String segment : decode(pathPart).split("/")) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.of(new Resolution(Optional.empty()));
        }
        segments.removeLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return Optional.of(
        new Resolution(
            Optional.of(new RelativeLink(Optional.of(String.join("/", segments)), fragment))));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  /** A link into the repository, or empty when it climbs above the repository root. */
  public record Resolution(Optional<RelativeLink> link) {}
}
