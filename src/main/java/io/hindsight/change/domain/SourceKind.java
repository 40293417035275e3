package io.hindsight.change.domain;

import java.util.Locale;
import java.util.Optional;

/** What asked for a change: a free edit from the runbook page, or an item that needs one. */
public enum SourceKind {
  RUNBOOK("edit"),
  ACTION_ITEM("action"),
  FEEDBACK("feedback"),
  REVIEW("review"),
  INCIDENT("incident"),
  POSTMORTEM("postmortem");

  private final String branchWord;

  SourceKind(String branchWord) {
    this.branchWord = branchWord;
  }

  /** The word naming the source in a branch name. */
  public String branchWord() {
    return branchWord;
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<SourceKind> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (SourceKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
