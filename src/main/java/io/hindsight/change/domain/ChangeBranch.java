package io.hindsight.change.domain;

import io.hindsight.runbook.domain.RunbookPath;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The branch of a change request, {@code runbook-improvement/<runbook-slug>-<source>}: one runbook
 * and one source give one branch, so the name is the change request's idempotency key.
 */
public record ChangeBranch(String value) {

  public static final String PREFIX = "runbook-improvement/";
  private static final int MAX_SLUG = 60;
  private static final Pattern SHAPE =
      Pattern.compile("runbook-improvement/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  public ChangeBranch {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches() || value.length() > 200) {
      throw new IllegalArgumentException("Not a change request branch: \"" + value + "\".");
    }
  }

  public static ChangeBranch of(RunbookPath runbook, ChangeSource source) {
    String file = runbook.fileName();
    String name = slug(file.substring(0, file.length() - ".md".length()));
    if (name.isEmpty()) {
      name = "runbook";
    }
    return new ChangeBranch(PREFIX + name + "-" + source.branchPart());
  }

  /** Lower case letters and digits, every other run of characters one hyphen, at most 60 long. */
  static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String trimmed = lower.replaceAll("^-+|-+$", "");
    if (trimmed.length() > MAX_SLUG) {
      trimmed = trimmed.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return trimmed;
  }

  @Override
  public String toString() {
    return value;
  }
}
