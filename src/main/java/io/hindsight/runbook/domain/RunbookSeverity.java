package io.hindsight.runbook.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A runbook's severity as written ({@code High}, {@code p1}, {@code SEV2}) and the level it names,
 * if any. Text that names no level is kept so it can be shown and flagged.
 */
public record RunbookSeverity(String text, Optional<Level> level) {

  /** The four levels, most severe first; {@code Critical} is {@code P0}. */
  public enum Level {
    CRITICAL("Critical"),
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** {@code P0} for critical to {@code P3} for low. */
    public String priority() {
      return "P" + ordinal();
    }
  }

  public RunbookSeverity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(level, "level");
    if (text.isBlank()) {
      throw new IllegalArgumentException("A severity is not blank.");
    }
  }

  /** The severity written as {@code text}; empty when it is blank or absent. */
  public static Optional<RunbookSeverity> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String written = text.strip();
    return Optional.of(new RunbookSeverity(written, levelOf(written)));
  }

  public static RunbookSeverity of(Level level) {
    return new RunbookSeverity(level.label(), Optional.of(level));
  }

  public boolean isRecognized() {
    return level.isPresent();
  }

  private static Optional<Level> levelOf(String written) {
    String key = written.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    for (Level candidate : Level.values()) {
      if (key.equals(candidate.name().toLowerCase(Locale.ROOT))
          || key.equals(candidate.priority().toLowerCase(Locale.ROOT))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
