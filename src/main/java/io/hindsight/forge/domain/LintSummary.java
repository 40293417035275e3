package io.hindsight.forge.domain;

import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintSeverity;
import java.util.List;
import java.util.Locale;

/**
 * The lint result of a change in a pull request's body: how many errors and warnings the runbook
 * has with the change and had before it, and the findings themselves (the first ten). The findings'
 * texts are escaped, so that a link or tag in a runbook never becomes markup on the forge.
 */
public final class LintSummary {

  static final int LISTED = 10;
  private static final int MAX_MESSAGE = 200;

  private LintSummary() {}

  public static String of(List<LintFinding> before, List<LintFinding> after) {
    StringBuilder text = new StringBuilder("**Lint:** ");
    if (after.isEmpty()) {
      text.append("no findings");
      if (!before.isEmpty()) {
        text.append(" (before this change: ").append(counts(before)).append(')');
      }
      return text.append(".\n").toString();
    }
    text.append(counts(after));
    text.append(
        before.isEmpty()
            ? " (none before this change)"
            : " (before this change: " + counts(before) + ")");
    text.append(".\n\n");
    after.stream()
        .limit(LISTED)
        .forEach(
            finding ->
                text.append("- ")
                    .append(finding.severity().name().toLowerCase(Locale.ROOT))
                    .append(" `")
                    .append(finding.ruleId())
                    .append('`')
                    .append(finding.line().map(line -> " line " + line).orElse(""))
                    .append(": ")
                    .append(escaped(finding.message()))
                    .append('\n'));
    if (after.size() > LISTED) {
      text.append("- and ")
          .append(after.size() - LISTED)
          .append(" more: see the change request in Hindsight.\n");
    }
    return text.toString();
  }

  static String counts(List<LintFinding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
    long warnings = findings.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }

  /** One line, at most 200 characters, with Markdown's and HTML's special characters escaped. */
  static String escaped(String message) {
    String line = message.replaceAll("\\s+", " ").strip();
    if (line.length() > MAX_MESSAGE) {
      line = line.substring(0, MAX_MESSAGE) + "…";
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (char c : line.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '~', '!' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
