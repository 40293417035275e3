package io.hindsight.runbook.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing lint found in a runbook or in the repository's index.
 *
 * @param path the file the finding is in
 * @param line the line of that file, counting from 1, when the finding has one
 * @param target the link, anchor, section or text the finding is about, when it has one
 * @param fix the text to write instead of {@code target} (a date, a repaired character) or the line
 *     to add (an index row), when lint knows it
 */
public record LintFinding(
    LintRule rule,
    LintSeverity severity,
    RunbookPath path,
    String message,
    Optional<Integer> line,
    Optional<String> target,
    Optional<String> fix) {

  public LintFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(fix, "fix");
  }

  static LintFinding of(LintRule rule, RunbookPath path, String message) {
    return new LintFinding(
        rule, rule.severity(), path, message, Optional.empty(), Optional.empty(), Optional.empty());
  }

  LintFinding at(int line) {
    return new LintFinding(rule, severity, path, message, Optional.of(line), target, fix);
  }

  LintFinding about(String target) {
    return new LintFinding(rule, severity, path, message, line, Optional.of(target), fix);
  }

  LintFinding fixedBy(String replacement) {
    return new LintFinding(rule, severity, path, message, line, target, Optional.of(replacement));
  }

  public String ruleId() {
    return rule.id();
  }
}
