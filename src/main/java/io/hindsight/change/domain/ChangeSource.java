package io.hindsight.change.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The item a change request answers, by kind and key: action item {@code 42}, feedback {@code 7},
 * incident {@code INC-2026-0042}, or a free edit keyed by its author and time.
 */
public record ChangeSource(SourceKind kind, String key) {

  private static final Pattern KEY =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?");

  public ChangeSource {
    Objects.requireNonNull(kind, "kind");
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "A source key has 1 to 40 letters, digits, dots, hyphens or underscores, not \""
              + key
              + "\".");
    }
  }

  public static Optional<ChangeSource> parse(SourceKind kind, String key) {
    return kind != null && key != null && KEY.matcher(key).matches()
        ? Optional.of(new ChangeSource(kind, key))
        : Optional.empty();
  }

  /** How the source is named in a branch: {@code action-42}, {@code edit-alice-20261201t2240}. */
  public String branchPart() {
    return kind.branchWord() + "-" + ChangeBranch.slug(key);
  }

  /** How a commit message links the source. */
  public String reference() {
    return switch (kind) {
      case RUNBOOK -> "Free edit";
      case ACTION_ITEM -> "Action item #" + key;
      case FEEDBACK -> "Runbook feedback #" + key;
      case REVIEW -> "Runbook review #" + key;
      case INCIDENT -> "Incident " + key;
      case POSTMORTEM -> "Post-mortem " + key;
    };
  }
}
