package io.hindsight.forge.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The repository on the forge: {@code owner/name} (GitHub, Gitea) or a GitLab path with groups
 * ({@code group/subgroup/name}); letters, digits, dots, dashes and underscores per segment.
 */
public record ForgeProject(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,99}){1,5}");

  public ForgeProject {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches() || value.length() > 300 || value.contains("..")) {
      throw new IllegalArgumentException("Not a forge project: \"" + value + "\".");
    }
  }

  public static Optional<ForgeProject> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip().replaceAll("^/+|/+$", "");
    try {
      return Optional.of(new ForgeProject(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Everything before the last slash: the owner, or GitLab's group path. */
  public String owner() {
    return value.substring(0, value.lastIndexOf('/'));
  }

  public String name() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
