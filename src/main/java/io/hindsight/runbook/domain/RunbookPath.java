package io.hindsight.runbook.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Repository-relative path of a Markdown file, with {@code /} as separator, that cannot point
 * outside the repository.
 */
public record RunbookPath(String value) implements Comparable<RunbookPath> {

  public static final int MAX_LENGTH = 1024;

  private static final String EXTENSION = ".md";
  private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  public RunbookPath {
    String problem = problemWith(value);
    if (problem != null) {
      throw new InvalidRunbookPathException(problem);
    }
  }

  public static RunbookPath of(String raw) {
    return new RunbookPath(raw);
  }

  /** The path, or empty when {@code raw} is not a valid runbook path. */
  public static Optional<RunbookPath> parse(String raw) {
    return problemWith(raw) == null ? Optional.of(new RunbookPath(raw)) : Optional.empty();
  }

  public String fileName() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  /** The containing directory without a trailing slash, or empty at the repository root. */
  public Optional<String> directory() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(value.substring(0, slash));
  }

  /**
   * Resolves a relative Markdown link written in this file, such as {@code ./x.md} or {@code
   * ../ops/y.md#steps}; fragment and query are dropped. Empty when the link is absolute, has a
   * scheme, leaves the repository root or does not name a Markdown file; a bare fragment resolves
   * to this path.
   */
  public Optional<RunbookPath> resolveSibling(String relativeLink) {
    if (relativeLink == null) {
      return Optional.empty();
    }
    String link = relativeLink;
    int cut = indexOfAny(link, '#', '?');
    if (cut >= 0) {
      link = link.substring(0, cut);
    }
    if (link.isEmpty()) {
      return cut >= 0 ? Optional.of(this) : Optional.empty();
    }
    if (link.startsWith("/") || URI_SCHEME.matcher(link).matches()) {
      return Optional.empty();
    }
    Deque<String> segments = new ArrayDeque<>();
    directory().ifPresent(dir -> segments.addAll(List.of(dir.split("/"))));
    for (String segment : link.split("/", -1)) {
      switch (segment) {
        case "." -> {}
        case ".." -> {
          if (segments.isEmpty()) {
            return Optional.empty();
          }
          segments.removeLast();
        }
        default -> segments.addLast(segment);
      }
    }
    return parse(String.join("/", segments));
  }

  @Override
  public int compareTo(RunbookPath other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String problemWith(String raw) {
    String problem = fileProblemWith(raw);
    if (problem != null) {
      return problem;
    }
    String fileName = raw.substring(raw.lastIndexOf('/') + 1);
    if (fileName.length() <= EXTENSION.length()
        || !fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
      return "The runbook path must name a Markdown file ending in '.md'.";
    }
    return null;
  }

  /** What keeps {@code raw} from being a safe repository-relative file path, or null. */
  static String fileProblemWith(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "The runbook path is empty.";
    }
    if (raw.length() > MAX_LENGTH) {
      return "The runbook path is longer than " + MAX_LENGTH + " characters.";
    }
    if (!raw.strip().equals(raw)) {
      return "The runbook path must not start or end with whitespace.";
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isISOControl(c)) {
        return "The runbook path must not contain control characters.";
      }
      if (c == '\\') {
        return "The runbook path must use '/' as separator, not '\\'.";
      }
      if (c == '%') {
        return "The runbook path must not contain '%' or percent-encoded characters.";
      }
    }
    if (raw.startsWith("/") || DRIVE_LETTER.matcher(raw).matches()) {
      return "The runbook path must be relative to the repository root.";
    }
    for (String segment : raw.split("/", -1)) {
      if (segment.isEmpty()) {
        return "The runbook path must not contain empty segments.";
      }
      if (segment.equals(".") || segment.equals("..")) {
        return "The runbook path must not contain '.' or '..' segments.";
      }
      if (segment.equalsIgnoreCase(".git")) {
        return "The runbook path must not point into '.git'.";
      }
    }
    return null;
  }

  private static int indexOfAny(String text, char first, char second) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == first || c == second) {
        return i;
      }
    }
    return -1;
  }
}
