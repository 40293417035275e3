package io.hindsight.forge.domain;

import java.util.Locale;
import java.util.Optional;

/** The forges a runbook repository may be hosted on. */
public enum ForgeKind {
  GITHUB("GitHub"),
  GITLAB("GitLab"),
  GITEA("Gitea/Forgejo");

  private final String label;

  ForgeKind(String label) {
    this.label = label;
  }

  /** {@code github}, {@code GitHub}, {@code gitea}; Forgejo speaks Gitea's API. */
  public static Optional<ForgeKind> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT);
    if (name.equals("FORGEJO")) {
      return Optional.of(GITEA);
    }
    for (ForgeKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }
}
