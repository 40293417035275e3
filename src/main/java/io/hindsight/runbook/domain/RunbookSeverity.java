package io.hindsight.runbook.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A runbook's severity as written ({@code High}, {@code p1}, {@code SEV2}, {@code Blocker}) and the
 * level it names, if any, case-insensitive. Text that names no level is kept so it can be shown and
 * flagged.
 */
public record RunbookSeverity(String text, Optional<Level> level) {

  /** The four levels, most severe first; {@code Critical} is {@code P0}. */
  public enum Level {
    CRITICAL("Critical", "sev1", "sev0", "blocker", "emergency", "urgent", "highest"),
    HIGH("High", "sev2", "major", "severe"),
    MEDIUM("Medium", "sev3", "moderate", "normal", "minor"),
    LOW("Low", "sev4", "trivial", "cosmetic", "lowest");

    private final String label;
    private final Set<String> synonyms;

    /**
     * @param synonyms other words for the level: incident tools' {@code Sev1}–{@code Sev4} (Sev1
     *     the worst), issue trackers' Blocker, Major, Minor, Trivial; the seed's Medium (P2) is
     *     "minor service degradation"
     */
    Level(String label, String... synonyms) {
      this.label = label;
      this.synonyms = Set.of(synonyms);
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

  /** The words that name a level, for a message that explains an unknown one. */
  public static String accepted() {
    return "Critical, High, Medium, Low, P0 to P3, Sev1 to Sev4, Blocker, Major, Minor or Trivial";
  }

  private static Optional<Level> levelOf(String written) {
    String key = written.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    for (Level candidate : Level.values()) {
      if (key.equals(candidate.name().toLowerCase(Locale.ROOT))
          || key.equals(candidate.priority().toLowerCase(Locale.ROOT))
          || candidate.synonyms.contains(key)) {
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
