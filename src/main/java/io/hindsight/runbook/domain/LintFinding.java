package io.hindsight.runbook.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing lint found in a runbook or in the repository's index.
 *
 * @param path the file the finding is in
 * @param line the line of that file, counting from 1, when the finding has one
 * @param target the link, anchor or section the finding is about, when it has one
 */
public record LintFinding(
    LintRule rule,
    LintSeverity severity,
    RunbookPath path,
    String message,
    Optional<Integer> line,
    Optional<String> target) {

  public LintFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(target, "target");
  }

  static LintFinding of(LintRule rule, RunbookPath path, String message) {
    return new LintFinding(
        rule, rule.severity(), path, message, Optional.empty(), Optional.empty());
  }

  LintFinding at(int line) {
    return new LintFinding(rule, severity, path, message, Optional.of(line), target);
  }

  LintFinding about(String target) {
    return new LintFinding(rule, severity, path, message, line, Optional.of(target));
  }

  public String ruleId() {
    return rule.id();
  }
}
