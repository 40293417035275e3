package io.hindsight.runbook.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What lint asks of every runbook.
 *
 * @param requiredSections sections that must each have a heading
 * @param ownerRequired whether a runbook without an owner is a finding
 * @param indexStaleGrace how long after the day an index row's "Last Updated" names a commit may
 *     touch the runbook before the row is stale
 */
public record LintConfig(
    List<RequiredSection> requiredSections, boolean ownerRequired, Duration indexStaleGrace) {

  public static final Duration DEFAULT_INDEX_STALE_GRACE = Duration.ofDays(1);
  private static final Duration MAX_GRACE = Duration.ofDays(3650);
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([dhm])");

  public LintConfig {
    requiredSections = List.copyOf(requiredSections);
    Objects.requireNonNull(indexStaleGrace, "indexStaleGrace");
    if (indexStaleGrace.isNegative()) {
      throw new IllegalArgumentException("The index grace is not negative.");
    }
  }

  /** Trigger, impact, steps, verification, rollback and escalation, and an owner. */
  public static LintConfig defaults() {
    return new LintConfig(
        List.of(
            RequiredSection.of("Trigger", "When to use", "Triggers", "Symptoms", "Meaning"),
            RequiredSection.of("Impact"),
            RequiredSection.of("Steps", "Procedure", "Resolution", "Mitigation", "Step"),
            RequiredSection.of("Verification", "Verify", "Validation", "Validate"),
            RequiredSection.of("Rollback", "Roll back", "Undo", "Revert"),
            RequiredSection.of("Escalation", "Escalate", "Contacts")),
        true,
        DEFAULT_INDEX_STALE_GRACE);
  }

  public LintConfig withRequiredSections(List<RequiredSection> sections) {
    return new LintConfig(sections, ownerRequired, indexStaleGrace);
  }

  /**
   * A grace written as days, hours or minutes ({@code 1d}, {@code 36h}, {@code 90m}, {@code 0}) or
   * as an ISO-8601 duration ({@code P1D}, {@code PT12H}); empty when it is neither or negative.
   */
  public static Optional<Duration> parseGrace(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String written = text.strip().toLowerCase(Locale.ROOT);
    Matcher short_ = SHORT_DURATION.matcher(written);
    try {
      Duration grace;
      if (written.equals("0")) {
        grace = Duration.ZERO;
      } else if (short_.matches()) {
        long amount = Long.parseLong(short_.group(1));
        grace =
            switch (short_.group(2)) {
              case "d" -> Duration.ofDays(amount);
              case "h" -> Duration.ofHours(amount);
              default -> Duration.ofMinutes(amount);
            };
      } else {
        grace = Duration.parse(written.toUpperCase(Locale.ROOT));
      }
      return grace.isNegative() || grace.compareTo(MAX_GRACE) > 0
          ? Optional.empty()
          : Optional.of(grace);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  public LintConfig withIndexStaleGrace(Duration grace) {
    return new LintConfig(requiredSections, ownerRequired, grace);
  }
}
