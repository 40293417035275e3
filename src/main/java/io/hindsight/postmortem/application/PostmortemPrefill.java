package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.postmortem.domain.SectionKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a new post-mortem starts with, from its incident: the affected services under impact, and
 * under runbook feedback the runbooks used and the steps flagged during the incident. The runbook
 * feedback is bounded, well within a section's limit: notes are shortened, and what does not fit is
 * counted and linked to the incident page.
 */
public final class PostmortemPrefill {

  static final SectionKey IMPACT = SectionKey.of("impact");
  static final SectionKey RUNBOOK_FEEDBACK = SectionKey.of("runbook-feedback");

  /** Characters of listed runbooks used, and of listed flags, at most. */
  static final int MAX_RUNBOOKS_LISTED = 2_000;

  static final int MAX_FLAGS_LISTED = 8_000;

  /** A flag's note is shortened to this many characters. */
  static final int MAX_NOTE = 500;

  private PostmortemPrefill() {}

  public static Map<SectionKey, String> of(
      Incident incident, List<RunbookLink> used, List<RunbookFeedback> feedback) {
    Map<SectionKey, String> sections = new LinkedHashMap<>();
    if (!incident.services().isEmpty()) {
      sections.put(
          IMPACT,
          "Affected services: "
              + incident.services().stream()
                  .map(ServiceName::value)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    }
    String page = "[the incident page](incident.xhtml?key=" + incident.key().value() + "#runbooks)";
    StringBuilder runbooks = new StringBuilder();
    list(
        runbooks,
        "Runbooks used during the incident",
        used.stream()
            .map(link -> "- `" + link.repository().value() + '/' + link.path().value() + "`")
            .toList(),
        MAX_RUNBOOKS_LISTED,
        "runbooks were used",
        page);
    list(
        runbooks,
        "Flagged during the incident",
        feedback.stream()
            .map(
                flag ->
                    "- `"
                        + flag.repository().value()
                        + '/'
                        + flag.path().value()
                        + "`, step \""
                        + oneLine(flag.step())
                        + "\": "
                        + flag.problem().name().toLowerCase(Locale.ROOT)
                        + (flag.note() == null || flag.note().isBlank()
                            ? ""
                            : " — " + shortened(oneLine(flag.note()))))
            .toList(),
        MAX_FLAGS_LISTED,
        "steps were flagged",
        page);
    if (!runbooks.isEmpty()) {
      sections.put(RUNBOOK_FEEDBACK, runbooks.toString().strip());
    }
    return sections;
  }

  /** The lines under a heading, as many as fit in {@code budget}; the rest counted and linked. */
  private static void list(
      StringBuilder out, String heading, List<String> lines, int budget, String what, String page) {
    if (lines.isEmpty()) {
      return;
    }
    out.append(out.isEmpty() ? "" : "\n").append(heading).append(":\n\n");
    int length = 0;
    int listed = 0;
    for (String line : lines) {
      if (length + line.length() > budget) {
        break;
      }
      out.append(line).append('\n');
      length += line.length();
      listed++;
    }
    if (listed < lines.size()) {
      out.append('\n')
          .append(lines.size())
          .append(' ')
          .append(what)
          .append("; the ")
          .append(lines.size() - listed)
          .append(" not listed here are on ")
          .append(page)
          .append(".\n");
    }
  }

  private static String shortened(String text) {
    if (text.length() <= MAX_NOTE) {
      return text;
    }
    int end = MAX_NOTE - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip() + "…";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
