package io.hindsight.runbook.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which runbooks a lint filter keeps, by their findings: {@code clean}, {@code warning}, {@code
 * error} (the {@link LintStatus}), {@code findings} (any finding), or a rule id such as {@code
 * missing-owner} (a finding of that rule).
 */
public record LintFilter(String value, Predicate<Collection<LintFinding>> keeps) {

  public static final String ANY = "findings";

  /** The filter, or empty when {@code raw} names no status and no rule. */
  public static Optional<LintFilter> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip().toLowerCase(Locale.ROOT);
    if (value.equals(ANY)) {
      return Optional.of(new LintFilter(value, findings -> !findings.isEmpty()));
    }
    for (LintStatus status : LintStatus.values()) {
      if (status.id().equals(value)) {
        return Optional.of(new LintFilter(value, findings -> LintStatus.of(findings) == status));
      }
    }
    for (LintRule rule : LintRule.values()) {
      if (rule.id().equals(value)) {
        return Optional.of(
            new LintFilter(value, findings -> findings.stream().anyMatch(f -> f.rule() == rule)));
      }
    }
    return Optional.empty();
  }

  /** The values {@link #parse} accepts, for error messages. */
  public static String accepted() {
    return Arrays.stream(LintStatus.values()).map(LintStatus::id).collect(Collectors.joining(", "))
        + ", "
        + ANY
        + " or a rule: "
        + Arrays.stream(LintRule.values()).map(LintRule::id).collect(Collectors.joining(", "));
  }

  public boolean test(Collection<LintFinding> findings) {
    return keeps.test(findings);
  }

  /** The status this filter keeps, when it names one. */
  public Optional<LintStatus> status() {
    return Arrays.stream(LintStatus.values()).filter(s -> s.id().equals(value)).findFirst();
  }

  /** The rule a kept runbook has a finding of, when the filter names one. */
  public Optional<LintRule> rule() {
    return Arrays.stream(LintRule.values()).filter(r -> r.id().equals(value)).findFirst();
  }

  /** Keeps every runbook with at least one finding. */
  public boolean anyFinding() {
    return value.equals(ANY);
  }
}
