package io.hindsight.change.domain;

import io.hindsight.runbook.domain.RunbookPath;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The repository folder published post-mortems are committed to, {@code postmortems}: each in a
 * folder of its year, {@code postmortems/2026/PM-2026-0007.md}.
 */
public record PostmortemFolder(String value) {

  public static final int MAX_LENGTH = 200;
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

  public PostmortemFolder {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  public static Optional<PostmortemFolder> parse(String raw) {
    return problemWith(raw) == null ? Optional.of(new PostmortemFolder(raw)) : Optional.empty();
  }

  /**
   * What is wrong with a folder, or null: relative, segments of letters, digits, dots, hyphens and
   * underscores, none of them {@code .} or {@code ..} or starting with a dot.
   */
  public static String problemWith(String raw) {
    if (raw == null || raw.isBlank()) {
      return "Name a folder of the repository, such as postmortems.";
    }
    if (raw.length() > MAX_LENGTH) {
      return "A folder has at most " + MAX_LENGTH + " characters.";
    }
    if (raw.startsWith("/") || raw.endsWith("/")) {
      return "A folder is relative to the repository's root, without a leading or trailing /.";
    }
    for (String segment : raw.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return "\""
            + segment
            + "\" cannot name a folder here: use letters, digits, '.', '-' and '_', no '..' and"
            + " no leading dot.";
      }
    }
    return null;
  }

  /** Where the post-mortem of {@code key} (of an incident of {@code year}) goes. */
  public RunbookPath fileFor(String key, int year) {
    return RunbookPath.of(value + "/" + year + "/" + key + ".md");
  }
}
